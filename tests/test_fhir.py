"""FHIR R4 export/import: lossless round trip, FI Base profiles and identifiers, references,
determinism and the generic extension fallback for slots the mapping table does not name."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.fhir import export_document, import_bundle
from cm_model.fhir.mapping import FI_PROFILE, HETU_SYSTEM, MUNICIPALITY_URL, check_table
from cm_model.fhir.validate import check_bundle

ROOT = Path(__file__).resolve().parents[1]
VALID = sorted((ROOT / "examples" / "valid").glob("*.json"))
runner = CliRunner()


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _resources(bundle: dict, rtype: str) -> list[dict]:
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == rtype]


def test_examples_folder_is_not_empty() -> None:
    assert len(VALID) >= 4


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_every_valid_example_round_trips(path: Path) -> None:
    document = _load(path)
    bundle = export_document(document)
    # Through JSON text, as a receiving system would see it.
    back, unused = import_bundle(orjson.loads(orjson.dumps(bundle)))
    assert back == document
    assert unused == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_every_valid_example_passes_the_offline_checks(path: Path) -> None:
    findings = check_bundle(export_document(_load(path)))
    assert findings == []


def test_patient_has_fi_base_profile_henkilotunnus_and_municipality() -> None:
    document = _load(ROOT / "examples/valid/paijat_sote_worked_example.json")
    bundle = export_document(document)
    (patient,) = _resources(bundle, "Patient")
    assert patient["meta"]["profile"] == [FI_PROFILE.format("fi-base-patient")]
    (hetu,) = [i for i in patient["identifier"] if i["system"] == HETU_SYSTEM]
    assert HETU_SYSTEM == "urn:oid:1.2.246.21"
    assert hetu["value"] == document["clients"][0]["henkilotunnus"]
    assert hetu["use"] == "official"
    assert hetu["type"]["coding"][0]["code"] == "NNFIN"
    (municipality,) = [x for x in patient["extension"] if x["url"] == MUNICIPALITY_URL]
    assert municipality["valueCoding"] == {"system": "urn:oid:1.2.246.537.6.21.2003",
                                           "code": document["clients"][0]["home_municipality"]}
    assert patient["birthDate"] == document["clients"][0]["birth_date"]


def test_fi_base_and_base_r4_profiles() -> None:
    bundle = export_document(_load(ROOT / "examples/valid/paijat_sote_worked_example.json"))
    fi = {"Patient": "fi-base-patient", "Practitioner": "fi-base-practitioner",
          "PractitionerRole": "fi-base-practitioner-role",
          "Organization": "fi-base-organization", "EpisodeOfCare": "fi-base-episode-of-care",
          "Observation": "fi-base-observation", "Encounter": "fi-base-encounter"}
    seen = set()
    for entry in bundle["entry"]:
        resource = entry["resource"]
        rtype = resource["resourceType"]
        seen.add(rtype)
        expected = (f"https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/{fi[rtype]}"
                    if rtype in fi else f"http://hl7.org/fhir/StructureDefinition/{rtype}")
        assert resource["meta"]["profile"] == [expected], rtype
    # Every resource family the issue names appears in the worked example.
    assert {"CarePlan", "Goal", "CareTeam", "Consent", "Flag", "ServiceRequest",
            "QuestionnaireResponse", "Provenance", "EpisodeOfCare", "Encounter"} <= seen


def test_episode_of_care_care_manager_status_history_and_team() -> None:
    document = _load(ROOT / "examples/valid/kanta_hame_two_workers_handover.json")
    bundle = export_document(document)
    urls = {e["fullUrl"]: e["resource"] for e in bundle["entry"]}
    for episode in _resources(bundle, "EpisodeOfCare"):
        assert episode["statusHistory"], "status history carried"
        (team_ref,) = episode["team"]
        team = urls[team_ref["reference"]]
        assert team["resourceType"] == "CareTeam"
        assert all("period" in p and "start" in p["period"] for p in team["participant"])
        if "careManager" in episode:
            member = urls[episode["careManager"]["reference"]]
            assert member["resourceType"] == "PractitionerRole"


def test_all_responsible_worker_roles_with_periods_in_care_team() -> None:
    document = _load(ROOT / "examples/valid/kanta_hame_two_workers_handover.json")
    bundle = export_document(document)
    assignments = [a for c in document["clients"] for a in c.get("assignments", [])]
    participants = [p for t in _resources(bundle, "CareTeam") for p in t.get("participant", [])
                    if "role" in p]
    assert len(participants) == len(assignments)
    assert [p["period"]["start"] for p in participants] == [
        a["start_date"] for a in assignments]


def test_every_reference_resolves_inside_the_bundle() -> None:
    for path in VALID:
        bundle = export_document(_load(path))
        urls = {e["fullUrl"] for e in bundle["entry"]}
        text = orjson.dumps(bundle).decode()
        for ref in _all_refs(bundle):
            assert ref in urls, (path.name, ref)
        assert "urn:uuid:" in text


def _all_refs(node: object) -> list[str]:
    out = []
    if isinstance(node, dict):
        if isinstance(node.get("reference"), str):
            out.append(node["reference"])
        for v in node.values():
            out.extend(_all_refs(v))
    elif isinstance(node, list):
        for v in node:
            out.extend(_all_refs(v))
    return out


def test_output_is_deterministic(tmp_path: Path) -> None:
    source = ROOT / "examples/valid/etela_savo_liaison_nurse_measures.json"
    for name in ("a.json", "b.json"):
        result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    ids = [e["resource"]["id"] for e in _load(tmp_path / "a.json")["entry"]]
    assert len(ids) == len(set(ids))


def test_committed_example_bundles_are_what_the_command_writes(tmp_path: Path) -> None:
    for path in VALID:
        committed = ROOT / "examples" / "fhir" / f"{path.stem}.bundle.json"
        out = tmp_path / f"{path.stem}.json"
        assert runner.invoke(app, ["fhir", "export", str(path), "-o", str(out)]).exit_code == 0
        assert committed.read_bytes() == out.read_bytes()
        assert _load(committed) == export_document(_load(path))


def test_cli_round_trip_json_and_ndjson(tmp_path: Path) -> None:
    source = ROOT / "examples/valid/siun_sote_scope_and_consent.json"
    for flag, name in (([], "b.json"), (["--ndjson"], "b.ndjson")):
        bundle = tmp_path / name
        r1 = runner.invoke(app, ["fhir", "export", str(source), "-o", str(bundle), *flag])
        assert r1.exit_code == 0, r1.output
        out = tmp_path / f"{name}.export.json"
        r2 = runner.invoke(app, ["fhir", "import", str(bundle), "-o", str(out)])
        assert r2.exit_code == 0, r2.output
        assert _load(out) == _load(source)
    lines = (tmp_path / "b.ndjson").read_bytes().splitlines()
    assert all(json.loads(line)["resourceType"] for line in lines)


def test_json_lines_of_clients_round_trip(tmp_path: Path) -> None:
    from cm_model import synth

    clients = [synth.client(i, 5) for i in range(6)]
    clients = orjson.loads(orjson.dumps(clients))
    source = tmp_path / "clients.jsonl"
    source.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in clients))
    bundle, back = tmp_path / "b.json", tmp_path / "back.jsonl"
    assert runner.invoke(app, ["fhir", "export", str(source), "-o", str(bundle)]).exit_code == 0
    result = runner.invoke(app, ["fhir", "import", str(bundle), "-o", str(back)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in back.read_text().splitlines()] == clients
    # Workers are not in a client-only file: references to them keep the identifier only.
    assert all(r.startswith("urn:uuid:") for r in _all_refs(_load(bundle)))
    # The streamed path: JSON Lines in, NDJSON out, read back one client group at a time.
    ndjson, again = tmp_path / "b.ndjson", tmp_path / "again.jsonl"
    assert runner.invoke(app, ["fhir", "export", str(source), "-o", str(ndjson),
                               "--ndjson"]).exit_code == 0
    result = runner.invoke(app, ["fhir", "import", str(ndjson), "-o", str(again)])
    assert result.exit_code == 0, result.output
    assert [json.loads(line) for line in again.read_text().splitlines()] == clients
    as_list = tmp_path / "again.json"
    assert runner.invoke(app, ["fhir", "import", str(ndjson), "-o", str(as_list)]).exit_code == 0
    assert _load(as_list) == clients


@settings(max_examples=8)
@given(n=st.integers(min_value=0, max_value=4), seed=st.integers(min_value=0, max_value=10**6))
def test_synthetic_exports_round_trip(n: int, seed: int) -> None:
    from cm_model import synth

    document, _ = synth.export(n, seed, contacts_per_client=2)
    document = orjson.loads(orjson.dumps(document))
    bundle = export_document(document)
    assert check_bundle(bundle, parse=n <= 2) == []
    back, unused = import_bundle(orjson.loads(orjson.dumps(bundle)))
    assert back == document
    assert unused == []


def test_mapping_table_names_only_schema_elements() -> None:
    assert check_table() == []


def test_unmapped_slot_travels_in_its_generated_extension() -> None:
    document = _load(ROOT / "examples/valid/paijat_sote_worked_example.json")
    bundle = export_document(document)
    (patient,) = _resources(bundle, "Patient")
    url = "https://w3id.org/cm-model/fhir/StructureDefinition/Client-birth_year"
    (ext,) = [x for x in patient["extension"] if x["url"] == url]
    assert ext["valueInteger"] == document["clients"][0]["birth_year"]
    definitions = _load(ROOT / "src/cm_model/fhir/definitions/extensions.json")
    assert url in {e["resource"]["url"] for e in definitions["entry"]}


def _codings(value: object) -> list[dict]:
    if isinstance(value, dict):
        found = [value] if "system" in value and "code" in value else []
        return found + [c for v in value.values() for c in _codings(v)]
    if isinstance(value, list):
        return [c for v in value for c in _codings(v)]
    return []


def test_every_model_coding_names_a_code_of_a_shipped_codesystem() -> None:
    """The codings an export writes in the model's own systems resolve: the CodeSystem is
    among the shipped definitions and holds the code (valid examples and synthetic clients)."""
    from cm_model import synth
    from cm_model.fhir.export import export_clients
    from cm_model.fhir.schema_map import FHIR_BASE

    shipped = _load(ROOT / "src/cm_model/fhir/definitions/codesystems.json")
    codes = {e["resource"]["url"]: {c["code"] for c in e["resource"]["concept"]}
             for e in shipped["entry"]}
    clients, _ = synth.client_records(40, seed=2, invalid_rate=0)
    bundles = [export_document(_load(path)) for path in VALID]
    bundles.append(export_clients(orjson.loads(orjson.dumps(clients))))
    ours = [c for b in bundles for c in _codings(b)
            if c["system"].startswith(f"{FHIR_BASE}/CodeSystem/")]
    assert len({c["system"] for c in ours}) >= 10
    complete = {e["resource"]["url"] for e in shipped["entry"]
                if e["resource"]["content"] == "complete"}
    for coding in ours:
        assert coding["system"] in codes, coding
        if coding["system"] in complete:  # the trigger codes are a fragment: any catalogue's
            assert coding["code"] in codes[coding["system"]], coding


def test_shipped_codesystems_parse_and_carry_the_schema_labels() -> None:
    from fhir.resources.R4B.codesystem import CodeSystem

    from cm_model.fhir import mapping
    from cm_model.fhir.schema_map import codesystem_url, enum_label, enums

    shipped = _load(ROOT / "src/cm_model/fhir/definitions/codesystems.json")
    systems = {e["resource"]["url"]: e["resource"] for e in shipped["entry"]}
    assert set(systems) == {codesystem_url(name) for name in enums()} | {
        mapping.RECORD_KIND_SYSTEM, mapping.TRIGGER_SYSTEM}
    for system in systems.values():
        CodeSystem.model_validate(system)
    for name, enum in enums().items():
        system = systems[codesystem_url(name)]
        CodeSystem.model_validate(system)
        assert [c["code"] for c in system["concept"]] == list(enum["permissible_values"])
        for concept in system["concept"]:
            finnish = [d["value"] for d in concept.get("designation", [])
                       if d["language"] == "fi"]
            assert finnish == [enum_label(name, concept["code"], "fi")]


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_full_url_is_the_standard_uuid5(name: str) -> None:
    """The export's ids (uuid-utils, for speed) are those of Python's `uuid.uuid5` for the same
    namespace and name, which a vendor can recompute with any RFC 4122 library."""
    import uuid

    from cm_model.fhir.export import NAMESPACE, full_url

    try:
        expected = uuid.uuid5(NAMESPACE, f"{name}|Patient").urn
    except UnicodeEncodeError:  # a lone surrogate: no reader passes one on (tested there)
        return
    assert full_url(name, "Patient") == expected


def _identifiers(value) -> list[dict]:
    if isinstance(value, dict):
        found = [value] if "system" in value and "value" in value and "code" not in value \
            else []
        return found + [i for v in value.values() for i in _identifiers(v)]
    if isinstance(value, list):
        return [i for v in value for i in _identifiers(v)]
    return []


def test_every_model_identifier_system_has_a_shipped_namingsystem() -> None:
    """The record-id systems an export writes (valid examples, synthetic clients) are each
    described by a shipped NamingSystem that parses with the R4B models, dated by the
    schema version's heading in CHANGELOG.md."""
    from fhir.resources.R4B.namingsystem import NamingSystem

    from cm_model import synth
    from cm_model.fhir.export import export_clients
    from cm_model.fhir.schema_map import CANONICAL, schema_version

    shipped = _load(ROOT / "src/cm_model/fhir/definitions/namingsystems.json")
    systems = {}
    for entry in shipped["entry"]:
        NamingSystem.model_validate(entry["resource"])
        for unique in entry["resource"]["uniqueId"]:
            systems[unique["value"]] = entry["resource"]
    clients, _ = synth.client_records(40, seed=2, invalid_rate=0)
    bundles = [export_document(_load(path)) for path in VALID]
    bundles.append(export_clients(orjson.loads(orjson.dumps(clients))))
    written = {i["system"] for b in bundles for i in _identifiers(b)
               if i["system"].startswith(f"{CANONICAL}/id/")}
    assert len(written) >= 10
    assert written <= set(systems), written - set(systems)
    heading = re.search(rf"^## \[{re.escape(schema_version())}\] - (\S+)$",
                        (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert heading and {s["date"] for s in systems.values()} == {heading.group(1)}


def test_slot_added_to_the_schema_round_trips_without_code_changes(monkeypatch) -> None:
    """A later schema version adds a slot and a class: no mapping entry, still lossless."""
    from cm_model.fhir import schema_map

    schema = copy.deepcopy(schema_map.load_schema_dict())
    schema["slots"]["care_language"] = {"range": "string", "title": "Care language"}
    schema["slots"]["problems"] = {"range": "Problem", "multivalued": True, "inlined": True,
                                   "inlined_as_list": True}
    schema["classes"]["Problem"] = {"title": "Problem", "close_mappings": ["fhir:Condition"],
                                    "slots": ["id", "problem_text", "valid_from"]}
    schema["classes"]["Client"]["slots"] += ["care_language", "problems"]
    _clear_caches()
    monkeypatch.setattr(schema_map, "load_schema_dict", lambda: schema)
    try:
        document = _load(ROOT / "examples/valid/paijat_sote_worked_example.json")
        document["clients"][0]["care_language"] = "fi"
        document["clients"][0]["problems"] = [
            {"id": "pr-1", "problem_text": "Kipu", "valid_from": "2026-01-02"}]
        bundle = export_document(document)
        assert _resources(bundle, "Condition"), "the new class became its schema's resource"
        back, unused = import_bundle(orjson.loads(orjson.dumps(bundle)))
        assert back == document and unused == []
    finally:
        monkeypatch.undo()
        _clear_caches()


def _clear_caches() -> None:
    from cm_model.fhir import export, extensions, fields, importer, mapping, schema_map

    for module in (schema_map, mapping, export, extensions, fields, importer):
        for value in vars(module).values():
            if hasattr(value, "cache_clear"):
                value.cache_clear()


def test_yaml_export_round_trips(tmp_path: Path) -> None:
    import yaml

    document = _load(ROOT / "examples/valid/kanta_hame_two_workers_handover.json")
    source = tmp_path / "export.yaml"
    source.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    bundle, back = tmp_path / "b.json", tmp_path / "back.json"
    assert runner.invoke(app, ["fhir", "export", str(source), "-o", str(bundle)]).exit_code == 0
    assert runner.invoke(app, ["fhir", "import", str(bundle), "-o", str(back)]).exit_code == 0
    assert _load(back) == document


def test_fhir_downloads_are_listed_and_built_from_their_one_place() -> None:
    """Bundles and definitions are offered under downloads/fhir/; web/build.mjs copies them there
    from examples/fhir/ and the package (web/downloads.json), never as committed copies."""
    from cm_model.fhir.build import build

    built = build(ROOT)
    copies = json.loads((ROOT / "web/downloads.json").read_text(encoding="utf-8"))["files"]
    targets = dict(copies)
    for lang in ("fi", "sv", "en"):
        listing = built[f"docs/{lang}/downloads/fhir-list.md"].decode()
        for rel in [k for k in built if k.startswith(("examples/fhir/",
                                                      "src/cm_model/fhir/definitions/"))]:
            name = rel.rsplit("/", 1)[1]
            assert targets[f"docs/{lang}/downloads/fhir/{name}"] == rel
            assert f"](../downloads/fhir/{name})" in listing
            assert not any(k.startswith(f"docs/{lang}/downloads/fhir/") for k in built)
    for lang in ("fi", "en"):
        page = (ROOT / f"docs/{lang}/vendors/fhir.md").read_text(encoding="utf-8")
        for snippet in ("fhir-mapping.md", "fhir-list.md"):
            assert f'--8<-- "docs/{lang}/downloads/{snippet}"' in page
        assert '--8<-- "docs/fi/downloads/fhir-snippets.md"' in page


# Values a record may carry that the FHIR elements refuse (empty, padded, wrong type, not a
# date...): each must take the same way as in the mapping table's own `put` methods.
_ODD_VALUES = ["", " x", "x", "x ", "2024-01-02", "2024-01-02T10:00:00+02:00", "2024-13",
               3, 0, -1, True, False, 2.5, None, [], ["a"], ["a", ""], ["b", "c"], {"a": 1}]


def _interpreted(exporter, class_name: str, record: dict, node: dict, nodes: dict) -> None:
    """The mapping applied field by field, straight from the table (the reference the
    compiled class encoders must match byte for byte)."""
    from cm_model.fhir import extensions, mapping
    from cm_model.fhir.schema_map import class_slots, extension_url

    for slot in class_slots(class_name):
        if slot.name not in record:
            continue
        value, url = record[slot.name], extension_url(class_name, slot.name)
        if slot.multivalued and value == []:
            node.setdefault("extension", []).extend(extensions.encode(url, slot, [], exporter))
            continue
        carried = False
        for fmap in mapping.fields(class_name, slot.name):
            target = nodes.get(fmap.on) if fmap.on else node
            if target is not None:
                carried = fmap.put(target, value, slot, exporter) or carried
        if not carried:
            node.setdefault("extension", []).extend(
                extensions.encode(url, slot, value, exporter))


def _failure(run, *args) -> type | None:
    """None, or the error type: a value of a kind the schema refuses may fail, and then the
    compiled encoder must fail alike."""
    try:
        run(*args)
    except TypeError as exc:
        return type(exc)
    return None


def _fresh_nodes(class_name: str) -> tuple[str, dict]:
    from cm_model.fhir.mapping import resources_of

    types = resources_of(class_name) or ("*",)
    return types[0], {t: {"resourceType": t} if t != "*" else {} for t in types}


@pytest.mark.parametrize("class_name", sorted(__import__(
    "cm_model.fhir.schema_map", fromlist=["classes"]).classes()))
def test_compiled_class_encoder_writes_what_the_table_says(class_name: str) -> None:
    """The per-class encoders are generated code: every slot and every odd value gives the
    same elements, extensions and order as applying the table's field mappings one by one."""
    from cm_model.fhir.export import Exporter, _encoder
    from cm_model.fhir.schema_map import class_slots

    slots = [s for s in class_slots(class_name) if not (s.is_class and s.inlined)]
    records = [{s.name: v} for s in slots for v in _ODD_VALUES]
    # Several slots at once, given in reverse order: the output follows the schema's order.
    records.append({s.name: ("x" if not s.multivalued else ["x"]) for s in reversed(slots)})
    for record in records:
        primary, compiled = _fresh_nodes(class_name)
        _, expected = _fresh_nodes(class_name)
        outcome = [_failure(_encoder(class_name), Exporter(), record, compiled,
                            compiled[primary], "urn:uuid:parent", "k"),
                   _failure(_interpreted, Exporter(), class_name, record,
                            expected[primary], expected)]
        assert outcome[0] == outcome[1], record
        assert orjson.dumps(compiled) == orjson.dumps(expected), record


def _emitter_encoder(class_name: str):
    """The class's encoder body as its emitter has it (`in_emitter`: the resources are
    variables, the primary's extension list is bound), wrapped as an encoder for the test."""
    from cm_model.fhir.export import _encoder_parts, _resource_vars

    body, env = _encoder_parts(class_name, False, in_emitter=True)
    head = [f"    {var} = nodes[{rtype!r}]" for rtype, var in _resource_vars(class_name).items()]
    source = "\n".join(["def encode(ex, record, nodes, node, parent_full, key):", *head,
                        "    ext = node['extension']", *body])
    scope = dict(env)
    exec(compile(source + "\n", f"<test emitter {class_name}>", "exec"), scope)  # noqa: S102
    return scope["encode"]


@pytest.mark.parametrize("class_name", sorted(
    c for c in __import__("cm_model.fhir.schema_map", fromlist=["classes"]).classes()
    if __import__("cm_model.fhir.mapping", fromlist=["resources_of"]).resources_of(c)))
def test_emitter_encoder_writes_what_the_table_says(class_name: str) -> None:
    """Inside a class's emitter the encoder knows more when it is generated (which resources
    the record makes, that the primary has its extension list, each resource's type) and
    looks nothing up: it still writes what the table says, for every odd value."""
    from cm_model.fhir.export import Exporter
    from cm_model.fhir.fields import SINGLE_IDENTIFIER
    from cm_model.fhir.schema_map import class_slots

    slots = [s for s in class_slots(class_name) if not (s.is_class and s.inlined)]
    records = [{s.name: v} for s in slots for v in _ODD_VALUES]
    records.append({s.name: ("x" if not s.multivalued else ["x"]) for s in reversed(slots)})
    encode = _emitter_encoder(class_name)
    for record, seeded in [(r, seeded) for r in records for seeded in (False, True)]:
        primary, compiled = _fresh_nodes(class_name)
        _, expected = _fresh_nodes(class_name)
        for nodes in (compiled, expected):
            nodes[primary]["extension"] = []
            for rtype, node in nodes.items():
                if seeded:  # an identifier written before (a resource may take only one)
                    node["identifier"] = {"value": "pre"} if rtype in SINGLE_IDENTIFIER \
                        else [{"value": "pre"}]
        outcome = [_failure(encode, Exporter(), record, compiled, compiled[primary],
                            "urn:uuid:parent", "k"),
                   _failure(_interpreted, Exporter(), class_name, record,
                            expected[primary], expected)]
        assert outcome[0] == outcome[1], record
        assert orjson.dumps(compiled) == orjson.dumps(expected), record


def test_exported_bundle_shares_no_object_with_a_later_export() -> None:
    """While writing, resources share their constant parts (profiles, codings, source
    extensions, references to workers); a bundle handed to a caller has objects of its own:
    changing every one of them changes nothing in a later export."""
    document = _load(ROOT / "examples/valid/paijat_sote_worked_example.json")
    expected = orjson.dumps(export_document(document))
    seen: set[int] = set()

    def scribble(node: object) -> None:
        if id(node) in seen:
            raise AssertionError("an object appears twice in the bundle")
        if isinstance(node, dict):
            seen.add(id(node))
            for value in list(node.values()):
                scribble(value)
            node["scribbled"] = True
        elif isinstance(node, list):
            seen.add(id(node))
            for value in list(node):
                scribble(value)
            node.append("scribbled")

    scribble(export_document(document))
    assert orjson.dumps(export_document(document)) == expected


def test_shared_references_and_subjects_are_never_written_into() -> None:
    """References (to workers, to the client's Patient) are shared between resources while
    a bundle is written: no mapping may write inside one."""
    from cm_model.fhir import mapping
    from cm_model.fhir.export import _leaf
    from cm_model.fhir.fields import Ref, RefExt

    for (class_name, slot_name), fmaps in mapping.FIELDS.items():
        for fmap in fmaps:
            if isinstance(fmap, Ref | RefExt):
                assert _leaf(class_name, fmap.path), (class_name, slot_name, fmap.path)
        for element in [e for e in mapping.SUBJECT_ELEMENT.values() if e] + ["meta"]:
            for fmap in fmaps:
                assert not fmap.path.startswith((element + ".", element + "[")), (
                    class_name, slot_name, fmap.path)


def test_shared_questionnaire_items_follow_the_exact_values() -> None:
    """Questionnaire items are made once per distinct values and then shared; values that
    Python holds equal but JSON does not (1, true, 1.0, "1") still get their own items, in
    a first export and in a later one that finds the items already made."""
    from cm_model.fhir.export import _encoder, iter_client_groups

    items = [{"item_number": 1, "answer": 1}, {"item_number": 1, "answer": True},
             {"item_number": 1, "answer": 1.0}, {"item_number": True, "answer": 1},
             {"item_number": 1, "answer": "1"}, {"answer": 1, "item_number": 1},
             {"item_number": 2}, "not a record"]
    client = {"id": "c-1", "whoqol_assessments": [{"id": "w-1", "item_answers": items}]}
    encode = _encoder("WhoqolItemAnswer")
    expected = []
    for item in items:
        node: dict = {}
        if isinstance(item, dict):
            encode(None, item, {"*": node}, node, None, "k")
        expected.append(orjson.dumps(node))
    for _ in range(2):
        (group,) = list(iter_client_groups([copy.deepcopy(client)]))
        (answers,) = [e["resource"] for e in group
                      if e["resource"]["resourceType"] == "QuestionnaireResponse"]
        assert [orjson.dumps(item) for item in answers["item"]] == expected
