"""Builder of the handbook's schema reference, rule catalogue and downloads (fi, sv and en).

`build(root)` returns every page as bytes: one page per class, slot and enum (values are
listed on their enum's page, each with its own anchor), index pages, the rule catalogue, the
list of the files the downloads page offers (web/downloads.json: web/build.mjs copies them into
docs/<lang>/downloads/ at build time, so no copy is committed) and the rule catalogue as JSON
for the browser validator. Deterministic: sorted iteration only.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from cm_model.generation import GENERATED_MARK
from cm_model.handbook import diagrams, triggers
from cm_model.handbook.text import T
from cm_model.schema_info import labels

LANGS = ("fi", "sv", "en")
SCHEMA_REL = "schema/cm_model.yaml"
JSON_SCHEMA_REL = "src/cm_model/datamodel/cm_model.schema.json"
EXAMPLE_DIRS = ("examples/valid", "examples/invalid", "examples/rules")
# Offered under downloads/fhir/ and listed by the FHIR builder's own page (fhir-list.md).
FHIR_DOWNLOAD_DIRS = ("examples/fhir", "src/cm_model/fhir/definitions")
# Machine-readable copies for the browser validator; not a page.
RULES_JSON = "docs/assets/validator/rules.json"
# What web/build.mjs copies into docs/<lang>/downloads/ (built, not committed).
DOWNLOADS_JSON = "web/downloads.json"
# After the H1 on pages (mkdocs reads a page's nav title from a leading H1), first on snippets.
MARK = f"<!-- {GENERATED_MARK} -->\n"
PRIMITIVES = {"string", "integer", "float", "double", "decimal", "boolean", "date", "datetime",
              "time", "uri", "uriorcurie"}


# --- schema access ---------------------------------------------------------------------------

def _labels(element: dict[str, Any]) -> dict[str, str]:
    found = labels(element)
    found.setdefault("en", element.get("title") or "")
    return found


def _desc(element: dict[str, Any], lang: str) -> str:
    """The description in the page's language: Finnish and Swedish from
    annotations.description_fi / description_sv; a missing Swedish one falls back to the
    English description, marked as such."""
    if lang in ("fi", "sv"):
        own = (element.get("annotations") or {}).get(f"description_{lang}")
        if isinstance(own, dict):
            own = own.get("value")
        if own:
            return str(own)
    english = element.get("description", "") or ""
    return f"*{T['sv']['in_english']}* {english}" if lang == "sv" and english else english


class Schema:
    """The parsed LinkML YAML (for prose: descriptions, mappings) with the structural facts
    (induced slots through is_a, mixins, attributes and slot_usage; ranges; identifiers;
    references) taken from the schema index, computed by the same function as the generated
    schema_index.json."""

    def __init__(self, data: dict[str, Any]) -> None:
        from cm_model.generation.schema_index import compute

        self.data = data
        self.classes: dict[str, dict[str, Any]] = data.get("classes") or {}
        self.slots: dict[str, dict[str, Any]] = dict(data.get("slots") or {})
        self.enums: dict[str, dict[str, Any]] = data.get("enums") or {}
        self.prefixes: dict[str, str] = {
            k: (v.get("prefix_reference", "") if isinstance(v, dict) else str(v))
            for k, v in (data.get("prefixes") or {}).items()}
        self.index = compute(data)
        self._slots = {cls: {s["name"]: s for s in entry["slots"]}
                       for cls, entry in self.index["classes"].items()}
        # attributes: class-local slots, shown on their class page like the others
        for element in self.classes.values():
            for name, attr in ((element or {}).get("attributes") or {}).items():
                self.slots.setdefault(name, dict(attr or {}))

    def _entry(self, slot: str, cls: str | None) -> dict[str, Any] | None:
        return self._slots.get(cls, {}).get(slot) if cls else None

    def slot_range(self, slot: str, cls: str | None = None) -> str:
        entry = self._entry(slot, cls)
        if entry is not None:
            return str(entry["range"])
        return str(self.slots.get(slot, {}).get("range") or self.data.get("default_range")
                   or "string")

    def induced(self, cls: str, slot: str) -> dict[str, Any]:
        """The slot as used in the class: global definition overlaid by slot_usage (and the
        class's ancestors), with required/multivalued/range as the index induces them."""
        merged = dict(self.slots.get(slot, {}))
        usage = (self.classes[cls].get("slot_usage") or {}).get(slot) or {}
        merged.update(usage)
        entry = self._entry(slot, cls)
        if entry is not None:
            merged.update(range=entry["range"], required=entry["required"],
                          multivalued=entry["multivalued"])
        if merged.get("identifier"):  # LinkML: an identifier is always required
            merged["required"] = True
        return merged

    def is_ref(self, slot: str, cls: str | None = None) -> bool:
        """A class-ranged slot that holds the id of a record rather than the record itself."""
        entry = self._entry(slot, cls)
        if entry is not None:
            return entry["kind"] == "reference"
        s = self.slots.get(slot, {})
        return self.slot_range(slot) in self.classes and not (
            s.get("inlined") or s.get("inlined_as_list"))

    def is_inlined(self, slot: str, cls: str | None = None) -> bool:
        return self.slot_range(slot, cls) in self.classes and not self.is_ref(slot, cls)

    def class_slots(self, cls: str) -> list[str]:
        return list(self._slots.get(cls, {}))

    def card(self, cls: str, slot: str) -> str:
        s = self.induced(cls, slot)
        return diagrams.cardinality(bool(s.get("required")), bool(s.get("multivalued")))

    def children(self, cls: str) -> list[tuple[str, str, str]]:
        return [(slot, self.slot_range(slot, cls), self.card(cls, slot))
                for slot in self.class_slots(cls) if self.is_inlined(slot, cls)]

    def parents(self, cls: str) -> list[tuple[str, str, str]]:
        out = []
        for holder in sorted(self.classes):
            if holder == cls:  # a class holding itself is already one of its children
                continue
            for slot in self.class_slots(holder):
                if self.slot_range(slot, holder) == cls and self.is_inlined(slot, holder):
                    out.append((slot, holder, self.card(holder, slot)))
        return out

    def refs_out(self, cls: str) -> list[tuple[str, str, str]]:
        return [(slot, self.slot_range(slot, cls), self.card(cls, slot))
                for slot in self.class_slots(cls) if self.is_ref(slot, cls)]

    def refs_in(self, cls: str) -> list[tuple[str, str, str]]:
        """References from other classes; a self-reference (handover_from) is already one of
        refs_out, and drawing it from both ends would show the same arrow twice."""
        out = []
        for holder in sorted(self.classes):
            if holder == cls:
                continue
            for slot in self.class_slots(holder):
                if self.slot_range(slot, holder) == cls and self.is_ref(slot, holder):
                    out.append((slot, holder, self.card(holder, slot)))
        return out

    def slot_users(self, slot: str) -> list[str]:
        return sorted(c for c in self.classes if slot in self.class_slots(c))

    def enum_users(self, enum: str) -> list[str]:
        return sorted(s for s in self.slots if self.slot_range(s) == enum)


# --- examples ---------------------------------------------------------------------------------

def _load_examples(root: Path) -> list[tuple[str, Any]]:
    out = []
    for rel in EXAMPLE_DIRS:
        folder = root / rel
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            try:
                out.append((f"{rel}/{path.name}", json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, UnicodeDecodeError):
                continue  # invalid examples may be unreadable on purpose
    return out


def _instances(schema: Schema, cls: str, value: Any, found: dict[str, Any],
               values: dict[str, list[Any]]) -> None:
    """Walk a value of class `cls`, keeping the first instance per class and sample values per
    slot."""
    if not isinstance(value, dict):
        return
    found.setdefault(cls, value)
    for slot in schema.class_slots(cls):
        if slot not in value:
            continue
        v = value[slot]
        rng = schema.slot_range(slot, cls)
        items = v if isinstance(v, list) else [v]
        if schema.is_inlined(slot, cls):
            for item in items:
                _instances(schema, rng, item, found, values)
        else:
            bucket = values.setdefault(slot, [])
            for item in items:
                if item is not None and item not in bucket and len(bucket) < 3:
                    bucket.append(item)


def _trim(value: Any, depth: int = 0) -> Any:
    """A short example: lists cut to their first element, deep structures cut at depth 3."""
    if isinstance(value, list):
        return [_trim(v, depth + 1) for v in value[:1]]
    if isinstance(value, dict):
        if depth >= 3:
            return {k: ("…" if isinstance(v, dict | list) else v) for k, v in value.items()}
        return {k: _trim(v, depth + 1) for k, v in value.items()}
    return value


# --- markdown helpers -------------------------------------------------------------------------

def _esc(text: Any) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ").strip()


def _mermaid(source: str) -> str:
    return f"```mermaid\n{source}\n```\n"


def _json_block(value: Any, title: str, *, collapse_over: int = 40) -> str:
    body = json.dumps(value, indent=2, ensure_ascii=False)
    lines = body.splitlines()
    marker = "???" if len(lines) > collapse_over else "???+"
    indented = "\n".join("    " + line for line in ["```json", *lines, "```"])
    return f'{marker} example "{title}"\n{indented}\n'


def _other(lang: str) -> str:
    return "en" if lang == "fi" else "fi"


def _label_line(element: dict[str, Any], lang: str) -> str:
    labels = _labels(element)
    parts = [f"**{labels.get(lang, '')}**"]
    for code in (_other(lang), "sv") if lang != "sv" else ("fi", "en"):
        if labels.get(code):
            parts.append(f"{code}: {labels[code]}")
    return " · ".join(parts)


def _range_link(schema: Schema, rng: str, up: str, ref_word: str = "") -> str:
    if rng in schema.classes and ref_word:
        return f"{ref_word} [`{rng}`]({up}classes/{rng}.md)"
    if rng in schema.classes:
        return f"[`{rng}`]({up}classes/{rng}.md)"
    if rng in schema.enums:
        return f"[`{rng}`]({up}enums/{rng}.md)"
    return f"`{rng}`"


MAPPING_KINDS = ("exact_mappings", "close_mappings", "related_mappings", "narrow_mappings",
                 "broad_mappings")


def _curie(target: str, prefixes: dict[str, str]) -> str:
    """A mapping target as code, linked to its expansion when its prefix is declared in the
    schema's `prefixes:` (fhir:Patient, fhir_consent_state:active, v3_act_code:…)."""
    prefix, sep, local = str(target).partition(":")
    if sep and prefix in prefixes and not local.startswith("//"):
        return f"[`{target}`]({prefixes[prefix]}{local})"
    return f"`{target}`"


def _mappings(element: dict[str, Any], lang: str, prefixes: dict[str, str]) -> str:
    rows = []
    for kind in MAPPING_KINDS:
        for target in element.get(kind) or []:
            rows.append(f"| {T[lang][kind]} | {_curie(target, prefixes)} |")
    if not rows:
        return T[lang]["no_mappings"] + "\n"
    return (f"| {T[lang]['mapping_kind']} | {T[lang]['mapping_target']} |\n|---|---|\n"
            + "\n".join(rows) + "\n")


def _value_mappings(value: dict[str, Any], lang: str, prefixes: dict[str, str]) -> str:
    """A permissible value's mappings in one table cell: 'Exact: fhir_consent_state:active'."""
    parts = [f"{T[lang][kind]}: {_curie(target, prefixes)}"
             for kind in MAPPING_KINDS for target in value.get(kind) or []]
    return "<br>".join(parts)


def _constraints(slot: dict[str, Any], lang: str) -> list[str]:
    out = []
    if slot.get("identifier"):
        out.append(T[lang]["identifier"])
    if "minimum_value" in slot:
        out.append(f"{T[lang]['minimum']} {slot['minimum_value']}")
    if "maximum_value" in slot:
        out.append(f"{T[lang]['maximum']} {slot['maximum_value']}")
    if slot.get("pattern"):
        out.append(f"{T[lang]['pattern']} `{slot['pattern']}`")
    return out


# --- pages ------------------------------------------------------------------------------------

def _crumbs(lang: str, kind: str) -> str:
    t = T[lang]
    return f"[{t['reference_title']}](../index.md) › [{t[kind]}](../{kind}.md)\n"


def class_page(schema: Schema, cls: str, lang: str, example: Any) -> str:
    t = T[lang]
    element = schema.classes[cls]
    labels = _labels(element)
    out = [f"# {labels.get(lang, cls)} (`{cls}`)\n", MARK, _crumbs(lang, "classes"),
           _label_line(element, lang) + "\n",
           f"{t['description']}: {_desc(element, lang)}\n"]
    if element.get("tree_root"):
        out.append(f"!!! info \"{t['tree_root_title']}\"\n    {t['tree_root']}\n")
    out.append(f"## {t['fields']}\n")
    out.append(f"| {t['field']} | {t['label']} ({lang} / {_other(lang)}) "
               f"| {t['type']} | {t['cardinality']} | {t['description']} |")
    out.append("|---|---|---|---|---|")
    members = []
    for slot in schema.class_slots(cls):
        s = schema.induced(cls, slot)
        sl = _labels(schema.slots.get(slot, {}))
        rng = schema.slot_range(slot, cls)
        card = schema.card(cls, slot)
        # The identifier flag is left out here: the id description already says what it is.
        extra = _constraints({k: v for k, v in s.items() if k != "identifier"}, lang)
        desc = _esc(_desc(s, lang)) + (f" ({'; '.join(extra)})" if extra else "")
        ref_word = t["ref"] if schema.is_ref(slot, cls) else ""
        out.append(f"| [`{slot}`](../slots/{slot}.md) | {_esc(sl.get(lang, ''))}<br>"
                   f"<small>{_esc(sl.get(_other(lang), ''))}</small> "
                   f"| {_range_link(schema, rng, '../', ref_word)} "
                   f"| {card} | {desc} |")
        members.append((slot, f"id→{rng}" if ref_word else rng, card))
    out.append("")
    out.append(f"## {t['diagram']}\n")
    sources = diagrams.neighbourhood(cls, members, schema.children(cls), schema.parents(cls),
                                     t["more_fields"], schema.refs_out(cls), schema.refs_in(cls))
    if len(sources) > 1:
        out.append(t["diagram_split"].format(n=len(sources)) + "\n")
    out += [_mermaid(src) for src in sources]
    parents = schema.parents(cls)
    if parents:
        out.append(f"## {t['used_in']}\n")
        for slot, holder, card in parents:
            out.append(f"- [`{holder}`]({holder}.md) · [`{slot}`](../slots/{slot}.md) ({card})")
        out.append("")
    refs_in = schema.refs_in(cls)
    if refs_in:
        out.append(f"## {t['referred_from']}\n")
        for slot, holder, card in refs_in:
            out.append(f"- [`{holder}`]({holder}.md) · [`{slot}`](../slots/{slot}.md) ({card})")
        out.append("")
    out.append(f"## {t['fhir']}\n")
    out.append(_mappings(element, lang, schema.prefixes))
    out.append(f"## {t['example']}\n")
    if example is None:
        out.append(t["no_example"] + "\n")
    else:
        out.append(t["example_note"] + "\n")
        out.append(_json_block(_trim(example), cls))
    return "\n".join(out)


def slot_page(schema: Schema, slot: str, lang: str, samples: list[Any]) -> str:
    t = T[lang]
    element = schema.slots[slot]
    labels = _labels(element)
    rng = schema.slot_range(slot)
    out = [f"# {labels.get(lang, slot)} (`{slot}`)\n", MARK, _crumbs(lang, "slots"),
           _label_line(element, lang) + "\n",
           f"{t['description']}: {_desc(element, lang)}\n",
           f"| | |\n|---|---|\n| {t['type']} | {_range_link(schema, rng, '../')} |"]
    for c in _constraints(element, lang):
        out.append(f"| {t['constraint']} | {c} |")
    out.append("")
    out.append(f"## {t['used_in']}\n")
    out.append(f"| {t['class']} | {t['cardinality']} | {t['required']} |\n|---|---|---|")
    for cls in schema.slot_users(slot):
        s = schema.induced(cls, slot)
        out.append(f"| [`{cls}`](../classes/{cls}.md) | {schema.card(cls, slot)} "
                   f"| {t['yes'] if s.get('required') else t['no']} |")
    out.append("")
    out.append(f"## {t['fhir']}\n")
    out.append(_mappings(element, lang, schema.prefixes))
    # description_fi/_sv are the Finnish/Swedish descriptions, not notes for either language.
    annotations = {k: v for k, v in (element.get("annotations") or {}).items()
                   if k not in ("description_fi", "description_sv")}
    if annotations:
        out.append(f"## {t['notes']}\n")
        for key in sorted(annotations):
            value = annotations[key]
            value = value.get("value", value) if isinstance(value, dict) else value
            out.append(f"- `{key}`: {_esc(value)}")
        out.append("")
    out.append(f"## {t['example']}\n")
    if schema.is_inlined(slot):
        out.append(t["see_class"].format(link=_range_link(schema, rng, "../")) + "\n")
    elif samples:
        value = samples if element.get("multivalued") else samples[0]
        out.append(_json_block({slot: value}, slot))
    else:
        out.append(t["no_example"] + "\n")
    return "\n".join(out)


def enum_page(schema: Schema, enum: str, lang: str) -> str:
    t = T[lang]
    element = schema.enums[enum]
    labels = _labels(element)
    out = [f"# {labels.get(lang, enum)} (`{enum}`)\n", MARK, _crumbs(lang, "enums"),
           _label_line(element, lang) + "\n",
           f"{t['description']}: {_desc(element, lang)}\n",
           f"## {t['values']}\n"]
    values = element.get("permissible_values") or {}
    # A mapping column only where some value has a mapping (most code lists have none).
    mapped = any(kind in (v or {}) for v in values.values() for kind in MAPPING_KINDS)
    third = "en" if lang == "sv" else "sv"
    head = (f"| {t['code']} | {t['label']} ({lang}) | {t['label']} ({_other(lang)}) "
            f"| {t['label']} ({third}) | {t['value_description']} |")
    out.append(head + (f" {t['fhir']} |" if mapped else ""))
    out.append("|---|---|---|---|---|" + ("---|" if mapped else ""))
    for code, value in values.items():
        value = value or {}
        vl = _labels(value)
        row = (f"| <span id=\"{code}\"></span>`{code}` | {_esc(vl.get(lang, ''))} "
               f"| {_esc(vl.get(_other(lang), ''))} | {_esc(vl.get(third, ''))} "
               f"| {_esc(value.get('description', ''))} |")
        if mapped:
            row += f" {_value_mappings(value, lang, schema.prefixes)} |"
        out.append(row)
    out.append("")
    users = schema.enum_users(enum)
    out.append(f"## {t['used_in']}\n")
    for slot in users:
        out.append(f"- [`{slot}`](../slots/{slot}.md)")
    out.append("")
    out.append(f"## {t['fhir']}\n")
    own = _mappings(element, lang, schema.prefixes)
    out.append(own if any(k in element for k in MAPPING_KINDS) else t["no_mappings_enum"] + "\n")
    out.append(f"## {t['example']}\n")
    if users and values:
        first = next(iter(values))
        sample = [first] if schema.slots[users[0]].get("multivalued") else first
        out.append(_json_block({users[0]: sample}, enum))
    return "\n".join(out)


def index_page(schema: Schema, lang: str) -> str:
    t = T[lang]
    data = schema.data
    out = [f"# {t['reference_title']}\n", MARK, t["reference_intro"].format(
        version=data.get("version", "?")) + "\n"]
    out.append(f"## {t['overview']}\n")
    out.append(t["overview_note"] + "\n")
    edges = []
    for holder in schema.classes:
        for slot, held, card in schema.children(holder):
            edges.append((holder, slot, held, card))
    holders = [c for c in schema.classes if schema.children(c)]
    for src in diagrams.overview(edges, holders):
        out.append(_mermaid(src))
    out.append(f"## {t['lists']}\n")
    out.append(f"- [{t['classes']}](classes.md) ({len(schema.classes)})")
    out.append(f"- [{t['enums']}](enums.md) ({len(schema.enums)})")
    out.append(f"- [{t['slots']}](slots.md) ({len(schema.slots)})")
    out.append(f"- [{t['rules']}](rules.md)")
    out.append("")
    return "\n".join(out)


def list_page(schema: Schema, kind: str, lang: str) -> str:
    t = T[lang]
    table = {"classes": schema.classes, "enums": schema.enums, "slots": schema.slots}[kind]
    out = [f"# {t[kind]}\n", MARK, t[f"{kind}_intro"] + "\n",
           f"| {t['name']} | {t['label']} ({lang}) | {t['label']} ({_other(lang)}) "
           f"| {t['description']} |", "|---|---|---|---|"]
    for name in sorted(table, key=str.lower):
        labels = _labels(table[name])
        out.append(f"| [`{name}`]({kind}/{name}.md) | {_esc(labels.get(lang, ''))} "
                   f"| {_esc(labels.get(_other(lang), ''))} "
                   f"| {_esc(_desc(table[name], lang))} |")
    out.append("")
    return "\n".join(out)


def _rule_text(rule: dict[str, Any], key: str, lang: str) -> str:
    """The rule catalogue is Finnish and English; a Swedish page shows the English text."""
    return rule.get(f"{key}_{lang}") or rule[f"{key}_en"]


def rules_page(catalogue: list[dict[str, Any]], lang: str,
               slot_of: dict[str, str] | None = None) -> str:
    """The rule catalogue page; `slot_of`: record class -> the envelope's list holding it."""
    slot_of = slot_of or {}
    t = T[lang]
    out = [f"# {t['rules']}\n", MARK, t["rules_intro"] + "\n",
           f"| {t['rule']} | {t['severity']} | {t['applies_to']} | {t['message']} |",
           "|---|---|---|---|"]
    for rule in catalogue:
        applies = ", ".join(f"[`{c}`](classes/{c}.md)" for c in rule["applies_to"])
        anchor = rule["id"].lower()
        out.append(f"| [{rule['id']}](#{anchor}) | {t[rule['severity']]} | {applies} "
                   f"| {_esc(_rule_text(rule, 'message', lang))} |")
    out.append("")
    for rule in catalogue:
        out.append(f"## {rule['id']} {{#{rule['id'].lower()}}}\n")
        out.append(f"**{t[rule['severity']]}** · {_esc(_rule_text(rule, 'message', lang))}\n")
        out.append(_rule_text(rule, "description", lang) + "\n")
        if rule.get("reads"):
            out.append(t["reads"].format(reads=", ".join(f"`{n}`" for n in rule["reads"]))
                       + "\n")
        if rule.get("needs"):
            # a class name stands for the ids of the export's records of that class: name the
            # envelope's list that holds them
            out.append(t["needs"].format(needs=", ".join(
                f"`{slot_of.get(n, n)}`" for n in rule["needs"])) + "\n")
        if rule.get("needs_client"):
            out.append(t["needs_client"].format(
                patterns=", ".join(f"`{p}`" for p in rule["needs_client"])) + "\n")
        if rule.get("data"):
            out.append(_json_block(rule["data"], t["rule_data"], collapse_over=0))
    return "\n".join(out)


def examples_list(examples: list[tuple[str, Any]], lang: str) -> str:
    """The table of every example file, included into the downloads page (a snippet, not a
    page of its own: mkdocs.yml excludes docs/*/downloads/*.md)."""
    t = T[lang]
    out = [MARK, f"| {t['file']} | {t['folder']} | {t['notes']} |", "|---|---|---|"]
    for rel, doc in examples:
        folder, name = rel.rsplit("/", 1)
        notes = doc.get("notes", "") if isinstance(doc, dict) else ""
        out.append(f"| [{name}](../downloads/{rel}) | `{folder}/` | {_esc(notes)} |")
    return "\n".join(out) + "\n"


# --- the builder ------------------------------------------------------------------------------

@cache
def download_sources(root: Path) -> list[str]:
    """The files the downloads page offers, as paths in the repository: copied into
    docs/<lang>/downloads/ at build time (web/build.mjs), never committed there."""
    from cm_model.generation.json_schema import TARGET

    out = [SCHEMA_REL, TARGET]
    for rel in EXAMPLE_DIRS:
        folder = root / rel
        out += [f"{rel}/{p.name}" for p in sorted(folder.glob("*.json"))] if folder.is_dir() \
            else []
    out += sorted(_form_bytes(root))
    # FHIR: the example bundles and the shipped definitions, as the FHIR builder names them.
    from cm_model.fhir.build import download_files

    return out + download_files(root)


def download_target(source: str) -> str:
    """Where a source lands under docs/<lang>/downloads/ (its path, or its name when flat)."""
    if source.startswith(FHIR_DOWNLOAD_DIRS):
        return "fhir/" + source.rsplit("/", 1)[-1]
    if source.startswith(("examples/", "forms/")):
        return source
    return source.rsplit("/", 1)[-1]


def _downloads_manifest(root: Path) -> str:
    files = [[f"docs/{lang}/downloads/{download_target(src)}", src]
             for lang in LANGS for src in download_sources(root)]
    return json.dumps({"$comment": f"{GENERATED_MARK}; web/build.mjs copies each source to its "
                       "place before mkdocs builds the handbook", "files": files},
                      ensure_ascii=False, indent=1) + "\n"


def _json_schema_bytes(root: Path) -> bytes:
    """The JSON Schema as `cm-model generate` writes it now (not the possibly stale file)."""
    from cm_model.generation.json_schema import TARGET, build

    return build(root)[TARGET]


@cache
def _form_bytes(root: Path) -> dict[str, bytes]:
    """The Excel forms as `cm-model generate` writes them now (forms/<lang>/*.xlsx)."""
    from cm_model.forms.build import build

    return {rel: data for rel, data in build(root).items()
            if rel.startswith("forms/") and rel.endswith(".xlsx")}


def forms_list(forms: list[str], lang: str) -> str:
    """The table of downloadable forms, included into the downloads page."""
    t = T[lang]
    out = [MARK, f"| {t['file']} | {t['language']} |", "|---|---|"]
    for rel in sorted(forms, key=lambda r: (r.split("/")[1] != lang, r)):
        form_lang = rel.split("/")[1]
        out.append(f"| [{rel.rsplit('/', 1)[1]}](../downloads/{rel}) | {t['lang_' + form_lang]} |")
    return "\n".join(out) + "\n"


def _catalogue() -> list[dict[str, Any]]:
    from cm_model.validation.rules import catalogue_as_dicts

    return catalogue_as_dicts()


def _validator_json(catalogue: list[dict[str, Any]]) -> str:
    """What the browser validator reads: the rules with their tables, and the structural
    layer's messages (cm_model.io.messages) so both sides word findings alike."""
    from datetime import date

    from cm_model.forms import reader as form_reader
    from cm_model.io import limits, values
    from cm_model.io.messages import MESSAGES, TYPE_WORDS

    # The input layer's numeric limits (zip guards, sheet extent, columns), so the browser's
    # readers refuse what the CLI refuses without a copied number; dates stay ISO text.
    # Dates as ISO text; integers beyond 2**53 (INT_MIN/INT_MAX) as decimal text (BigInt).
    found: dict[str, Any] = {}
    for key, value in vars(limits).items():
        if not key.isupper() or isinstance(value, bool):
            continue
        if isinstance(value, date):
            found[key] = value.isoformat()
        elif isinstance(value, int):
            found[key] = value if -(2**53) < value < 2**53 else str(value)
    words = {"true": sorted(values.TRUE), "false": sorted(values.FALSE)}
    return json.dumps({"$comment": GENERATED_MARK, "rules": catalogue, "messages": MESSAGES,
                       "type_words": TYPE_WORDS, "limits": found, "boolean_words": words,
                       "excel_errors": sorted(values.EXCEL_ERRORS),
                       "form_limits": {k: v for k, v in vars(form_reader).items()
                                       if k.startswith("MAX") and type(v) is int}},
                      indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def build(root: Path) -> dict[str, bytes]:
    root = Path(root)
    schema_text = (root / SCHEMA_REL).read_bytes()
    schema = Schema(yaml.safe_load(schema_text))
    examples = _load_examples(root)
    found: dict[str, Any] = {}
    samples: dict[str, list[Any]] = {}
    for rel, doc in examples:
        if rel.startswith("examples/valid/"):
            _instances(schema, "Export", doc, found, samples)
    catalogue = _catalogue()
    trigger_catalogue = triggers.load(root)
    out: dict[str, str | bytes] = {}
    for lang in LANGS:
        base = f"docs/{lang}/reference"
        out[f"{base}/index.md"] = index_page(schema, lang)
        for kind in ("classes", "enums", "slots"):
            out[f"{base}/{kind}.md"] = list_page(schema, kind, lang)
        for cls in schema.classes:
            out[f"{base}/classes/{cls}.md"] = class_page(schema, cls, lang, found.get(cls))
        for enum in schema.enums:
            out[f"{base}/enums/{enum}.md"] = enum_page(schema, enum, lang)
        for slot in schema.slots:
            out[f"{base}/slots/{slot}.md"] = slot_page(schema, slot, lang, samples.get(slot, []))
        out[f"{base}/rules.md"] = rules_page(
            catalogue, lang, {c: s for s, c in schema.index["record_slots"].items()})
        downloads = f"docs/{lang}/downloads"
        out[f"{downloads}/examples-list.md"] = examples_list(examples, lang)
        out[f"{downloads}/forms-list.md"] = forms_list(list(_form_bytes(root)), lang)
        out[f"{downloads}/default-triggers.md"] = triggers.table(trigger_catalogue, lang)
    out[RULES_JSON] = _validator_json(catalogue)
    out[DOWNLOADS_JSON] = _downloads_manifest(root)
    return {k: v if isinstance(v, bytes) else v.encode("utf-8") for k, v in sorted(out.items())}
