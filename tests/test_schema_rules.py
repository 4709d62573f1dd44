"""House rules on the schema itself (in the spirit of nmdc-schema's meta-tests)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from cm_model.schema_info import labels, load_schema_dict

SCHEMA = load_schema_dict()
ROOT = Path(__file__).resolve().parent.parent
LANGS = ("fi", "sv", "en")


def _elements():
    for kind in ("classes", "slots", "enums"):
        for name, element in SCHEMA[kind].items():
            yield f"{kind}.{name}", element
    for enum_name, enum in SCHEMA["enums"].items():
        for code, value in enum["permissible_values"].items():
            yield f"enums.{enum_name}.{code}", value


ELEMENTS = list(_elements())


def test_label_coverage_is_complete():
    missing = [f"{where} [{lang}]" for where, el in ELEMENTS for lang in LANGS if not labels(el).get(lang)]
    coverage = 1 - len(missing) / (len(ELEMENTS) * len(LANGS))
    assert coverage == 1.0, f"label coverage {coverage:.1%}; missing: {missing[:20]}"


def test_every_element_has_title_and_description():
    bad = [w for w, el in ELEMENTS if not el.get("title") or not el.get("description")]
    assert bad == []


def test_classes_slots_and_enums_have_finnish_descriptions():
    missing = [
        f"{kind}.{name}" for kind in ("classes", "slots", "enums")
        for name, el in SCHEMA[kind].items()
        if not (el.get("annotations") or {}).get("description_fi")
    ]
    assert missing == []


def test_english_label_is_the_title():
    assert [w for w, el in ELEMENTS if labels(el).get("en") != el.get("title")] == []


def test_naming_conventions():
    upper_camel = re.compile(r"^[A-Z][A-Za-z0-9]+$")
    snake = re.compile(r"^[a-z][a-z0-9_]*$")
    code = re.compile(r"^[A-Z][A-Z0-9_]*$")
    assert [c for c in SCHEMA["classes"] if not upper_camel.match(c)] == []
    assert [e for e in SCHEMA["enums"] if not upper_camel.match(e)] == []
    assert [s for s in SCHEMA["slots"] if not snake.match(s)] == []
    bad_codes = [
        f"{e}.{v}" for e, enum in SCHEMA["enums"].items()
        for v in enum["permissible_values"] if not code.match(v)
    ]
    assert bad_codes == []


def test_every_class_has_its_class_uri():
    assert [c for c, el in SCHEMA["classes"].items() if el.get("class_uri") != f"cm_model:{c}"] == []


def test_no_orphan_enums_or_slots():
    ranges = {slot["range"] for slot in SCHEMA["slots"].values()}
    used = {s for cls in SCHEMA["classes"].values() for s in cls.get("slots", [])}
    assert sorted(set(SCHEMA["enums"]) - ranges) == []
    assert sorted(set(SCHEMA["slots"]) - used) == []


def test_fhir_mappings_point_at_fhir():
    # Elements map to FHIR R4 elements (fhir:), enum values to FHIR / HL7 code systems.
    hl7 = {p for p, url in SCHEMA["prefixes"].items() if "hl7.org" in url}
    for where, el in ELEMENTS:
        for key in ("exact_mappings", "close_mappings"):
            for curie in el.get(key, []):
                assert curie.split(":")[0] in hl7, f"{where}: {curie}"
    mapped = [c for c, el in SCHEMA["classes"].items() if el.get("exact_mappings") or el.get("close_mappings")]
    for resource in ("CarePlan", "CareTeam", "EpisodeOfCare", "Flag", "Consent", "Goal",
                     "QuestionnaireResponse", "Observation"):
        assert any(
            m.split(":")[1].split(".")[0] == resource
            for c in mapped
            for m in SCHEMA["classes"][c].get("exact_mappings", []) + SCHEMA["classes"][c].get("close_mappings", [])
        ), resource


def test_henkilotunnus_carries_its_oid():
    assert SCHEMA["slots"]["henkilotunnus"]["annotations"]["identifier_system"] == "urn:oid:1.2.246.21"


def test_schema_version_is_semver_and_in_changelog():
    version = SCHEMA["version"]
    assert re.match(r"^\d+\.\d+\.\d+$", version)
    assert f"## [{version}]" in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_linkml_lint_is_clean():
    lint = Path(sys.executable).parent / "linkml-lint"
    result = subprocess.run(
        [str(lint), "--config", str(ROOT / ".linkmllint.yaml"), str(ROOT / "schema" / "cm_model.yaml")],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_lint_config_gives_a_reason_for_every_rule():
    text = (ROOT / ".linkmllint.yaml").read_text(encoding="utf-8").splitlines()
    rule_lines = [i for i, line in enumerate(text) if re.match(r"^  [a-z_]+:\s*$", line)]
    for i in rule_lines:
        block = text[i + 1 : i + 6]
        assert any(line.strip().startswith("#") for line in block), f"no reason for {text[i].strip()}"


@pytest.mark.parametrize("name", sorted(SCHEMA["classes"]))
def test_class_has_pydantic_model(name):
    from cm_model.datamodel import cm_model

    assert hasattr(cm_model, name)
