"""The handbook's generated reference and hand-written chapters, checked without a browser."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
import yaml

from cm_model.handbook import diagrams, reference

ROOT = Path(__file__).resolve().parents[1]
TRAINER_CHAPTERS = (
    "problem", "client-and-segments", "identification", "consent", "responsible-worker",
    "process-and-cm-hoi", "shared-plan", "measures", "working-methods", "success-factors",
    "worked-example",
)


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return reference.build(ROOT)


@pytest.fixture(scope="module")
def schema() -> dict:
    return yaml.safe_load((ROOT / "schema/cm_model.yaml").read_text(encoding="utf-8"))


def _text(built: dict[str, bytes], rel: str) -> str:
    assert rel in built, f"{rel} not generated"
    return built[rel].decode("utf-8")


def test_build_is_deterministic(built: dict[str, bytes]) -> None:
    assert reference.build(ROOT) == built


def test_every_schema_element_has_a_page_in_both_languages(built, schema) -> None:
    from cm_model.schema_info import labels

    for lang in ("fi", "en"):
        for kind in ("classes", "slots", "enums"):
            for name, element in schema[kind].items():
                page = _text(built, f"docs/{lang}/reference/{kind}/{name}.md")
                title = page.splitlines()[0]
                assert title.startswith("# ") and f"(`{name}`)" in title
                assert labels(element)[lang] in title, (lang, kind, name)
                other = "en" if lang == "fi" else "fi"
                assert labels(element)[other] in page
                description = (
                    element["annotations"]["description_fi"] if lang == "fi" else element["description"]
                )
                assert description in page
                assert reference.GENERATED_MARK in page.splitlines()[2]


def test_every_enum_value_is_listed_with_its_labels(built, schema) -> None:
    from cm_model.schema_info import labels

    for lang in ("fi", "en"):
        for name, enum in schema["enums"].items():
            page = _text(built, f"docs/{lang}/reference/enums/{name}.md")
            for code, value in enum["permissible_values"].items():
                row = next(line for line in page.splitlines() if f"`{code}`" in line)
                assert labels(value)["fi"] in row and labels(value)["en"] in row


def test_class_page_shows_cardinality_mappings_and_example(built) -> None:
    page = _text(built, "docs/en/reference/classes/ResponsibleWorkerAssignment.md")
    row = next(line for line in page.splitlines() if line.startswith("| [`worker_id`]"))
    assert "| 1 |" in row and "id of a [`Worker`]" in row
    end = next(line for line in page.splitlines() if line.startswith("| [`end_date`]"))
    assert "| 0..1 |" in end
    assert "`fhir:CareTeam.participant`" in page
    assert '"worker_id":' in page  # the example from examples/valid/
    client = _text(built, "docs/fi/reference/classes/Client.md")
    assert "| 0..* |" in client and "`fhir:Patient`" in client


def test_diagrams_are_size_guarded_and_split(built) -> None:
    count = 0
    for rel, data in built.items():
        if not rel.endswith(".md"):
            continue
        for source in re.findall(r"```mermaid\n(.*?)\n```", data.decode("utf-8"), re.S):
            count += 1
            assert diagrams.count_nodes(source) <= diagrams.MAX_NODES, rel
            members = [ln for ln in source.splitlines() if ln.startswith("    +")]
            assert len(members) <= diagrams.MAX_MEMBERS + 1, rel
    assert count > 60
    worker = _text(built, "docs/en/reference/classes/Worker.md")
    # Worker is referred to from many classes: more than one diagram, each legible.
    assert worker.count("```mermaid") >= 2


def test_rule_catalogue_page_lists_every_rule(built) -> None:
    from cm_model.validation.rules import catalogue_as_dicts

    for lang in ("fi", "en"):
        page = _text(built, f"docs/{lang}/reference/rules.md")
        for rule in catalogue_as_dicts():
            assert f"## {rule['id']} {{#{rule['id'].lower()}}}" in page
            assert rule[f"description_{lang}"] in page


def test_browser_validator_data_matches_the_catalogue(built) -> None:
    from cm_model.validation.rules import catalogue_as_dicts

    data = json.loads(built[reference.RULES_JSON])
    assert data["rules"] == json.loads(json.dumps(catalogue_as_dicts()))
    assert "schema.required" in data["messages"]


def test_every_rule_has_a_javascript_port() -> None:
    from cm_model.validation.rules import catalogue_as_dicts

    source = (ROOT / "src/cm_model/handbook/js/rules.js").read_text(encoding="utf-8")
    ported = set(re.findall(r'^  "(CM-R\d{3})"(?:\(|: references\()', source, re.M))
    assert ported == {r["id"] for r in catalogue_as_dicts()}


def test_downloads_list_every_source_once(built) -> None:
    """The downloads page offers the schema, the JSON Schema, every example and every form;
    web/build.mjs copies them from their one place in the repository (not committed twice)."""
    files = json.loads(built[reference.DOWNLOADS_JSON])["files"]
    for lang in ("fi", "en"):
        base = f"docs/{lang}/downloads"
        listed = {target: source for target, source in files if target.startswith(base)}
        assert listed[f"{base}/cm_model.yaml"] == "schema/cm_model.yaml"
        assert listed[f"{base}/cm_model.schema.json"] == reference.JSON_SCHEMA_REL
        for path in (p for d in reference.EXAMPLE_DIRS for p in (ROOT / d).rglob("*.json")):
            rel = path.relative_to(ROOT).as_posix()
            assert listed[f"{base}/{rel}"] == rel
            assert f"](../downloads/{rel})" in _text(built, f"{base}/examples-list.md")
        forms = [rel for rel in listed if rel.startswith(f"{base}/forms/")]
        assert {rel.split("/")[4] for rel in forms} == {"fi", "sv", "en"}
        # FHIR bundles and definitions land flat under downloads/fhir/, listed by fhir-list.md.
        fhir = [p for d in reference.FHIR_DOWNLOAD_DIRS for p in (ROOT / d).glob("*.json")]
        assert fhir
        for path in fhir:
            assert listed[f"{base}/fhir/{path.name}"] == path.relative_to(ROOT).as_posix()
        for rel in forms:
            assert (ROOT / listed[rel]).read_bytes()[:2] == b"PK"  # an xlsx (zip) file
            assert rel.removeprefix(f"{base}/") in _text(built, f"{base}/forms-list.md")
        assert not any(rel.startswith(f"{base}/") and not rel.endswith(".md") for rel in built)


def test_every_trainer_chapter_exists_in_both_languages_and_in_the_nav() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for chapter in TRAINER_CHAPTERS:
        assert f"trainers/{chapter}.md" in nav
        fi = (ROOT / f"docs/fi/trainers/{chapter}.md").read_text(encoding="utf-8")
        en = (ROOT / f"docs/en/trainers/{chapter}.md").read_text(encoding="utf-8")
        assert fi.startswith("# ") and en.startswith("# ")
        assert fi.splitlines()[0] != en.splitlines()[0]  # translated, not copied


def test_process_and_lifecycle_diagrams_use_the_schema_codes(schema) -> None:
    for lang in ("fi", "en"):
        page = (ROOT / f"docs/{lang}/trainers/process-and-cm-hoi.md").read_text(encoding="utf-8")
        assert "stateDiagram-v2" in page and "flowchart TD" in page
        for code in schema["enums"]["ClienthoodStatus"]["permissible_values"]:
            assert code in page, (lang, code)
        for code in schema["enums"]["CmHoiPhase"]["permissible_values"]:
            assert f"`{code}`" in page, (lang, code)


def _subset(part: object, whole: object) -> bool:
    if isinstance(part, dict):
        return isinstance(whole, dict) and all(k in whole and _subset(v, whole[k])
                                               for k, v in part.items())
    return part == whole


def _contains(doc: object, part: dict) -> bool:
    if _subset(part, doc):
        return True
    if isinstance(doc, dict):
        return any(_contains(v, part) for v in doc.values())
    if isinstance(doc, list):
        return any(_contains(v, part) for v in doc)
    return False


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_worked_example_excerpts_come_from_the_example_record(lang: str) -> None:
    example = json.loads(
        (ROOT / "examples/valid/paijat_sote_worked_example.json").read_text(encoding="utf-8"))
    page = (ROOT / f"docs/{lang}/trainers/worked-example.md").read_text(encoding="utf-8")
    excerpts = re.findall(r"^```json\n(.*?)\n```", page, re.S | re.M)
    assert len(excerpts) >= 4
    for excerpt in excerpts:
        assert _contains(example, json.loads(excerpt)), excerpt[:80]
    client = example["clients"][0]
    # 52 at identification, as the chapter and the seed say.
    born = date.fromisoformat(client["birth_date"])
    seen = date.fromisoformat(client["observed_triggers"][0]["observed_date"])
    assert seen.year - born.year - ((seen.month, seen.day) < (born.month, born.day)) == 52
    assert f"{seen.day}.{seen.month}.{seen.year}" in page or seen.isoformat() in page
    # The evidence text and the number of evidence episodes agree with the chapter.
    trigger = client["observed_triggers"][0]
    assert trigger["evidence_text"] in page
    phases = [e["phase"] for e in client["cm_hoi_entries"]]
    for phase in set(phases):
        assert f"`{phase}`" in page
    assert '--8<-- "examples/valid/paijat_sote_worked_example.json"' in page


def test_self_reference_is_drawn_once(built) -> None:
    for lang in ("fi", "en"):
        page = _text(built, f"docs/{lang}/reference/classes/ResponsibleWorkerAssignment.md")
        arrows = [line for line in page.splitlines() if "..>" in line and "handover_from" in line]
        assert arrows == [
            '  ResponsibleWorkerAssignment ..> "0..1" ResponsibleWorkerAssignment : handover_from']


def test_finnish_description_is_not_a_note_and_id_has_no_stray_suffix(built) -> None:
    for rel, data in built.items():
        if rel.endswith(".md") and "/reference/" in rel:
            text = data.decode("utf-8")
            for name in ("trigger_description_fi", "trigger_description_sv"):  # slots' names
                text = text.replace(name, "")
            assert "description_fi" not in text and "description_sv" not in text, rel
    for lang in ("fi", "en"):
        page = _text(built, f"docs/{lang}/reference/classes/Client.md")
        row = next(line for line in page.splitlines() if line.startswith("| [`id`]"))
        assert not row.endswith(")) |") and "(identifier)" not in row and "(tunniste)" not in row


def test_mappings_expand_curies_with_the_schema_prefixes() -> None:
    schema = reference.Schema({
        "prefixes": {"fhir": "http://hl7.org/fhir/",
                     "fhir_consent_state": "http://hl7.org/fhir/consent-state-codes#"},
        "classes": {}, "slots": {"consent_status": {"range": "ConsentStatus"}},
        "enums": {"ConsentStatus": {"title": "Consent status", "permissible_values": {
            "GIVEN": {"title": "Given", "close_mappings": ["fhir_consent_state:active"]},
            "OTHER": {"title": "Other", "exact_mappings": ["unknown_prefix:x"]},
            "NONE": {"title": "None"}}}}})
    page = reference.enum_page(schema, "ConsentStatus", "en")
    given = next(line for line in page.splitlines() if "`GIVEN`" in line)
    assert given.endswith(
        "| Close: [`fhir_consent_state:active`](http://hl7.org/fhir/consent-state-codes#active) |")
    other = next(line for line in page.splitlines() if "`OTHER`" in line)
    assert other.endswith("| Exact: `unknown_prefix:x` |")  # undeclared prefix: not linked
    none = next(line for line in page.splitlines() if "`NONE`" in line)
    assert none.endswith("|  |")
    assert "| Code | Label (en) | Label (fi) | Label (sv) | Description | FHIR mappings |" in page


def test_value_mappings_of_the_schema_are_shown(built, schema) -> None:
    prefixes = schema.get("prefixes") or {}
    for enum, element in schema["enums"].items():
        for code, value in (element.get("permissible_values") or {}).items():
            for kind in reference.MAPPING_KINDS:
                for target in (value or {}).get(kind) or []:
                    prefix, _, local = target.partition(":")
                    page = _text(built, f"docs/en/reference/enums/{enum}.md")
                    row = next(line for line in page.splitlines() if f"`{code}`" in line)
                    assert f"[`{target}`]({prefixes[prefix]}{local})" in row, (enum, code)


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_every_trainer_chapter_has_a_tip_for_the_trainer(lang: str) -> None:
    title = {"fi": '!!! tip "Kouluttajalle"', "en": '!!! tip "For the trainer"'}[lang]
    for chapter in TRAINER_CHAPTERS:
        page = (ROOT / f"docs/{lang}/trainers/{chapter}.md").read_text(encoding="utf-8")
        assert title in page or '!!! tip "' in page, (lang, chapter)


def test_default_trigger_catalogue_is_documented_with_its_origin(built) -> None:
    from cm_model.handbook import triggers

    catalogue = triggers.load(ROOT)
    codes = [entry["code"] for entry in catalogue]
    assert set(codes) == set(triggers.ORIGINS), "give every default trigger an origin"
    assert triggers.ORIGINS["EMS-FREQUENT"] == "LOCAL"  # Päijät-Sote: EMS at discretion
    for lang in ("fi", "en"):
        table = _text(built, f"docs/{lang}/downloads/default-triggers.md")
        for entry in catalogue:
            row = next(line for line in table.splitlines() if f"| `{entry['code']}` |" in line)
            assert entry[f"name_{lang}"] in row
            if entry.get("machine_checkable"):
                assert f" {entry['threshold']} / {entry['window_months']} " in row
        page = (ROOT / f"docs/{lang}/data/triggers.md").read_text(encoding="utf-8")
        assert f'--8<-- "docs/{lang}/downloads/default-triggers.md"' in page
