"""Generated FHIR artifacts (a builder of `cm-model generate`): the extension
StructureDefinitions, the CodeSystems of the model's code lists, the NamingSystems of its
record ids and the Questionnaires, the
example bundles of `examples/valid/`, the mapping tables (fi/en) the vendor chapter includes,
and the list of them among the downloads."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from cm_model.fhir import mapping
from cm_model.fhir.extensions import value_type
from cm_model.fhir.fields import Ident
from cm_model.fhir.schema_map import (
    FHIR_BASE,
    class_slots,
    class_title,
    classes,
    codesystem_url,
    enum_label,
    enums,
    extension_url,
    id_system,
    identifier_slot,
    schema_version,
    slot_fhir_mappings,
)
from cm_model.schema_info import labels

DEFINITIONS = "src/cm_model/fhir/definitions"
EXAMPLES = "examples/fhir"
SNIPPETS = "docs/fi/downloads/fhir-snippets.md"
LIST_CAPTIONS = {
    "fi": "Esimerkkikokoelmat, laajennukset, koodistot, tunnistejärjestelmät ja kyselylomakkeet "
          "(JSON):",
    "sv": "Exempelsamlingar, tillägg, kodsystem, identifierarsystem och frågeformulär (JSON):",
    "en": "Example bundles, extensions, code systems, naming systems and questionnaires (JSON):",
}
MARK = "generated from schema/cm_model.yaml by `cm-model generate` — do not edit"


def _json(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"


def _sd(url: str, name: str, title: str, description: str, context: str,
        vtype: str | None) -> dict[str, Any]:
    sd_id = url.rsplit("/", 1)[1].replace("_", "-")  # ids allow no underscore
    differential: list[dict[str, Any]] = [
        {"id": "Extension", "path": "Extension", "short": title, "definition": description},
        {"id": "Extension.url", "path": "Extension.url", "fixedUri": url},
    ]
    if vtype in (None, "Extension"):
        differential.append({"id": "Extension.value[x]", "path": "Extension.value[x]",
                             "max": "0"})
    else:
        differential.append({"id": "Extension.value[x]", "path": "Extension.value[x]",
                             "type": [{"code": vtype[0].lower() + vtype[1:]
                                       if vtype in ("String", "Date", "DateTime", "Integer",
                                                    "Decimal", "Boolean", "Uri", "Time",
                                                    "Code") else vtype}]})
    return {
        "resourceType": "StructureDefinition", "id": sd_id, "url": url,
        "version": schema_version(), "name": name, "title": title, "status": "draft",
        "description": description, "fhirVersion": "4.0.1", "kind": "complex-type",
        "abstract": False, "context": [{"type": "element", "expression": context}],
        "type": "Extension",
        "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Extension",
        "derivation": "constraint", "differential": {"element": differential},
    }


def _name(text: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in text.replace("-", "_").split("_") if p)


def extension_definitions() -> list[dict[str, Any]]:
    """One StructureDefinition per (class, slot): every slot can travel as its extension."""
    out = [
        _sd(mapping.SOURCE_URL, "CmModelSource", "cm-model record source",
            "Which schema class a resource was made from, the slot that held the record and "
            "the parent resource (parts: class, slot, parent).", "Resource", None),
        _sd(mapping.EMPTY_LIST_URL, "CmModelEmptyList", "Empty list",
            "Marks a multivalued slot that is present with no values.", "Extension", "Boolean"),
    ]
    for class_name in classes():
        for slot in class_slots(class_name):
            url = extension_url(class_name, slot.name)
            out.append(_sd(url, _name(f"{class_name}_{slot.name}"),
                           f"{class_title(class_name)}: {slot.title}",
                           slot.description or slot.title, "Element", value_type(slot)))
    return out


def _kebab(name: str) -> str:
    """A FHIR id from a schema name: ClientSegment -> client-segment."""
    return "".join(f"-{c.lower()}" if c.isupper() and i else c.lower()
                   for i, c in enumerate(name))


def codesystems() -> list[dict[str, Any]]:
    """One CodeSystem per schema enum, at the URL the export's codings name: every code with
    its English label as display, its description as definition and its Finnish and Swedish
    labels as designations (all from the schema)."""
    out = []
    for enum_name, enum in enums().items():
        concepts = []
        for code, value in (enum.get("permissible_values") or {}).items():
            value = value or {}
            concept: dict[str, Any] = {"code": str(code)}
            display = enum_label(enum_name, str(code))
            if display:
                concept["display"] = display
            if value.get("description"):
                concept["definition"] = value["description"]
            names = labels(value)
            designations = [{"language": lang, "value": names[lang]} for lang in ("fi", "sv")
                            if names.get(lang)]
            if designations:
                concept["designation"] = designations
            concepts.append(concept)
        system: dict[str, Any] = {
            "resourceType": "CodeSystem", "id": _kebab(enum_name),
            "url": codesystem_url(enum_name), "version": schema_version(), "name": enum_name,
            "title": enum.get("title") or enum_name, "status": "draft"}
        if enum.get("description"):
            system["description"] = enum["description"]
        system.update({"caseSensitive": True, "content": "complete", "count": len(concepts),
                       "concept": concepts})
        out.append(system)
    return out + [_record_kinds(), _triggers()]


def _record_kinds() -> dict[str, Any]:
    """The code of the `Basic` resource that carries the export envelope (its class name)."""
    return {"resourceType": "CodeSystem", "id": "record-kind", "url": mapping.RECORD_KIND_SYSTEM,
            "version": schema_version(), "name": "RecordKind", "title": "cm-model record kind",
            "status": "draft", "description": "The schema class a `Basic` resource carries.",
            "caseSensitive": True, "content": "complete", "count": 1,
            "concept": [{"code": mapping.ENVELOPE, "display": class_title(mapping.ENVELOPE)}]}


def _triggers() -> dict[str, Any]:
    """The codes of `ObservedTrigger.trigger_code`: the default trigger catalogue (herätteet)
    cm-model ships, as a fragment, for each organisation keeps its own list."""
    from cm_model.metrics.triggers import default_catalogue_entries

    concepts = []
    for entry in default_catalogue_entries():
        concept: dict[str, Any] = {"code": entry["code"], "display": entry["name_en"]}
        if entry.get("trigger_description"):
            concept["definition"] = " ".join(entry["trigger_description"].split())
        concept["designation"] = [{"language": lang, "value": entry[f"name_{lang}"]}
                                  for lang in ("fi", "sv") if entry.get(f"name_{lang}")]
        concepts.append(concept)
    return {"resourceType": "CodeSystem", "id": "trigger", "url": mapping.TRIGGER_SYSTEM,
            "version": schema_version(), "name": "Trigger", "title": "cm-model triggers",
            "status": "draft", "description": "Trigger codes (herätteet) of cm-model's default "
            "trigger catalogue. Each organisation keeps its own catalogue (its "
            "TriggerDefinition records, `cm-model triggers --catalogue`), whose codes an "
            "ObservedTrigger may carry too: this is a fragment.", "caseSensitive": True,
            "content": "fragment", "count": len(concepts), "concept": concepts}


def _questionnaires() -> list[dict[str, Any]]:
    from cm_model.forms.choices import WHOQOL_ITEM_TOPICS
    from cm_model.metrics.measures import WHOQOL_BREF_DOMAINS

    def item(n: int) -> dict[str, Any]:
        return {"linkId": str(n), "text": WHOQOL_ITEM_TOPICS["en"][n - 1], "type": "integer",
                "extension": [
                    {"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                     "valueInteger": 1},
                    {"url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                     "valueInteger": 5}]}

    groups = [{"linkId": "overall", "text": "Overall quality of life and health",
               "type": "group", "item": [item(1), item(2)]}]
    groups += [{"linkId": domain, "text": domain, "type": "group",
                "item": [item(n) for n in sorted(items)]}
               for domain, items in WHOQOL_BREF_DOMAINS.items()]
    whoqol = {"resourceType": "Questionnaire", "id": "whoqol-bref",
              "url": mapping.QUESTIONNAIRE["WhoqolBrefAssessment"],
              "version": schema_version(), "name": "WhoqolBref", "title": "WHOQOL-BREF",
              "status": "draft", "subjectType": ["Patient"],
              "description": "Item structure of WHOQOL-BREF (26 items, answers 1-5) as "
              "cm-model stores it: item topics only, not the WHO item wording; linkId is "
              "the item number. Items outside the domains: 1 and 2.", "item": groups}
    nps = {"resourceType": "Questionnaire", "id": "nps", "url": mapping.QUESTIONNAIRE[
        "NpsResponse"], "version": schema_version(), "name": "Nps",
        "title": "Net Promoter Score", "status": "draft", "subjectType": ["Patient"],
        "item": [{"linkId": "nps", "type": "integer", "required": True,
                  "text": "How likely is it that you would recommend the service? (0-10)",
                  "extension": [
                      {"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                       "valueInteger": 0},
                      {"url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                       "valueInteger": 10}]}]}
    return [whoqol, nps]


def _collection(resources: list[dict[str, Any]], name: str) -> dict[str, Any]:
    # FHIR JSON has no comments: the generated-file mark rides in a meta tag.
    return {"resourceType": "Bundle", "id": name, "meta": {"tag": [{
        "system": f"{FHIR_BASE}/CodeSystem/generated", "code": "generated", "display": MARK}]},
        "type": "collection", "entry": [
        {"fullUrl": r.get("url") or f"{FHIR_BASE}/{r['resourceType']}/{r['id']}",
         "resource": r} for r in resources]}


TEXTS = {
    "fi": {"class": "Luokka", "slot": "Kenttä", "resource": "FHIR-resurssi ja profiili",
           "element": "FHIR-elementti", "schema": "Skeeman vastaavuus",
           "ext": "laajennus", "records": "tietueet", "in": "resurssissa",
           "container": "yksi resurssi tietueen kaikille riveille",
           "both": "elementti; tarkka arvo laajennuksessa"},
    "en": {"class": "Class", "slot": "Field", "resource": "FHIR resource and profile",
           "element": "FHIR element", "schema": "Schema mapping",
           "ext": "extension", "records": "records", "in": "in",
           "container": "one resource for all the rows of the record",
           "both": "element; the exact value in the extension"},
}


def mapping_table(lang: str) -> str:
    t = TEXTS[lang]
    lines = [f"<!-- {MARK} -->", "",
             f"| {t['class']} | {t['slot']} | {t['element']} | {t['schema']} |",
             "|---|---|---|---|"]
    for class_name in classes():
        types = mapping.resources_of(class_name)
        head = ", ".join(f"`{r}` ([{mapping.FI_BASE_PROFILES.get(r, 'R4')}]"
                         f"({mapping.profile(r)}))" for r in types) or "—"
        lines.append(f"| **{class_name}** |  | {head} | "
                     f"{', '.join(mapping.class_fhir_targets(class_name)) or '—'} |")
        for slot in class_slots(class_name):
            fields = mapping.fields(class_name, slot.name)
            if slot.is_class and slot.inlined:
                where = mapping.placement(class_name, slot.range)
                if where.kind == "resource":
                    element = f"`{where.resource}` ({t['records']} `{slot.range}`)"
                elif where.kind == "backbone":
                    element = f"`{where.resource}.{where.path}`"
                elif where.kind == "container":
                    element = f"`{where.resource}.{where.path}` ({t['container']})"
                else:
                    element = f"{t['ext']} `{class_name}-{slot.name}`"
            elif fields:
                parts = [f"`{(f.on + '.') if f.on else ''}{f.element()}`" for f in fields]
                element = ", ".join(parts)
                if not any(f.lossless for f in fields):
                    element += f" ({t['both']} `{class_name}-{slot.name}`)"
            else:
                element = f"{t['ext']} `{class_name}-{slot.name}`"
            schema = ", ".join(slot_fhir_mappings(class_name, slot.name)) or ""
            lines.append(f"|  | `{slot.name}` | {element} | {schema} |")
    return "\n".join(lines) + "\n"


def example_bundles(root: Path) -> dict[str, bytes]:
    from cm_model.fhir.export import bundle_bytes, export_document

    out = {}
    for path in sorted((root / "examples" / "valid").glob("*.json")):
        document = orjson.loads(path.read_bytes())
        bundle = export_document(document)
        # The bytes `cm-model fhir export` writes (one entry a line).
        out[f"{EXAMPLES}/{path.stem}.bundle.json"] = b"".join(
            bundle_bytes([bundle["entry"]], document.get("export_time")))
    return out


SNIPPET_SOURCE = "examples/valid/paijat_sote_worked_example.json"
SNIPPET_TYPES = ("Patient", "EpisodeOfCare", "CareTeam", "Flag")


def snippets(root: Path) -> bytes:
    """Worked snippets for the vendor chapter: resources of the worked example, as exported
    (one JSON block per resource type; the first CareTeam is the responsible workers')."""
    from cm_model.fhir.export import export_document

    bundle = export_document(orjson.loads((root / SNIPPET_SOURCE).read_bytes()))
    out = [f"<!-- {MARK} -->", ""]
    for rtype in SNIPPET_TYPES:
        resource = next(e["resource"] for e in bundle["entry"]
                        if e["resource"]["resourceType"] == rtype and (
                            rtype != "CareTeam" or any("role" in p for p in
                                                       e["resource"].get("participant", []))))
        text = orjson.dumps(resource, option=orjson.OPT_INDENT_2).decode()
        out += [f"=== \"{rtype}\"", "", "    ```json"]
        out += [f"    {line}" for line in text.splitlines()]
        out += ["    ```", ""]
    return ("\n".join(out)).encode()


def release_date(root: Path) -> str:
    """The date of the schema version's release: its heading in CHANGELOG.md
    (``## [0.2.0] - 2026-11-30``), the one place it is written."""
    version = schema_version()
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    found = re.search(rf"^## \[{re.escape(version)}\] - (\d{{4}}-\d{{2}}-\d{{2}})\s*$",
                      changelog, re.MULTILINE)
    if found is None:
        raise ValueError(f"CHANGELOG.md has no dated heading for schema version {version}")
    return found.group(1)


def naming_systems(root: Path) -> list[dict[str, Any]]:
    """One NamingSystem per identifier system of the model's own that an export writes: the
    record ids of each class whose id travels in an `identifier` (the mapping table), or that
    a slot refers to by id (a reference to a record outside the bundle keeps its identifier).
    The national systems the FI Base profiles name are their owners' to define."""
    owners = {cls for (cls, _slot), fmaps in mapping.FIELDS.items()
              for f in fmaps if isinstance(f, Ident) and f.system == id_system(cls)}
    owners |= {slot.range for name in classes() for slot in class_slots(name)
               if slot.is_class and not slot.inlined and identifier_slot(slot.range)}
    date = release_date(root)
    out = []
    for cls in sorted(owners):
        system = id_system(cls)
        out.append({
            "resourceType": "NamingSystem", "id": f"id-{_kebab(cls)}",
            "name": f"CmModel{cls}Id", "status": "draft", "kind": "identifier", "date": date,
            "publisher": "cm-model",
            "description": (f"Identifiers of {class_title(cls)} records (`{cls}."
                            f"{identifier_slot(cls)}` in cm-model {schema_version()}), as the "
                            "exporting organisation gives them."),
            "usage": "The system of `identifier` in resources exported by `cm-model fhir "
                     "export`; import reads the record id back from it.",
            "uniqueId": [{"type": "uri", "value": system, "preferred": True}]})
    return out


# The shipped definitions: file name -> (its resources from the checkout's root, the
# collection's id).
DEFINITION_FILES: dict[str, tuple[Callable[[Path], list[dict[str, Any]]], str]] = {
    "extensions.json": (lambda root: extension_definitions(), "cm-model-extensions"),
    "questionnaires.json": (lambda root: _questionnaires(), "cm-model-questionnaires"),
    "codesystems.json": (lambda root: codesystems(), "cm-model-codesystems"),
    "namingsystems.json": (naming_systems, "cm-model-namingsystems"),
}


def download_files(root: Path) -> list[str]:
    """The files of this builder the handbook offers for download, named without building
    them (the downloads list of `cm_model.handbook.reference` reads this, so a new file is
    listed in the same `cm-model generate` run that writes it)."""
    names = [f"{DEFINITIONS}/{name}" for name in DEFINITION_FILES]
    names += [f"{EXAMPLES}/{path.stem}.bundle.json"
              for path in (root / "examples" / "valid").glob("*.json")]
    return sorted(names)


def build(root: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {f"{DEFINITIONS}/{name}": _json(_collection(make(root),
                                                                           collection))
                               for name, (make, collection) in DEFINITION_FILES.items()}
    files.update(example_bundles(root))
    # JSON is the same in every language: one file, included by the fi and en chapters.
    files[SNIPPETS] = snippets(root)
    for lang in ("fi", "en"):
        files[f"docs/{lang}/downloads/fhir-mapping.md"] = mapping_table(lang).encode()
    names = [rel.rsplit("/", 1)[1] for rel in download_files(root)]
    for lang, caption in LIST_CAPTIONS.items():  # the downloads page exists in all three
        listing = [f"<!-- {MARK} -->", "", caption, ""]
        listing += [f"- [{name}](../downloads/fhir/{name})" for name in names]
        files[f"docs/{lang}/downloads/fhir-list.md"] = ("\n".join(listing) + "\n").encode()
    # The files themselves reach docs/<lang>/downloads/fhir/ at build time (web/build.mjs, from
    # the handbook's download list), never as committed copies.
    return files
