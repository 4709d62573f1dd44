"""The counts of docs/*/about/architecture.md ("three changes traced"), checked where a test can.

- A new enum value: the schema only. Added to the schema, it reaches the index's code lists,
  the forms' choices and the reference page without any other edit.
- A new business rule: two hand-written files (its definition with its example in
  validation/rules.py, its browser port in handbook/js/rules.js); everything else is generated.
- A new ServiceContact field: the schema only. It reaches the index (validator field kinds,
  event dates), the forms' view and the reference without any other edit.
"""

from __future__ import annotations

import copy
import re
import subprocess
from pathlib import Path

import yaml

from cm_model.forms.schema_view import SchemaView
from cm_model.generation import schema_index
from cm_model.handbook import reference
from cm_model.validation import rules

ROOT = Path(__file__).resolve().parent.parent
PAGES = {lang: ROOT / f"docs/{lang}/about/architecture.md" for lang in ("fi", "en")}


def _schema() -> dict:
    return yaml.safe_load((ROOT / "schema/cm_model.yaml").read_text(encoding="utf-8"))


def _counts(lang: str) -> list[int]:
    text = PAGES[lang].read_text(encoding="utf-8")
    return [int(n) for n in re.findall(r"^\| [^|]+ \| \*\*(\d+)\*\*", text, re.M)]


def test_the_pages_state_the_three_counts() -> None:
    for lang in PAGES:
        assert _counts(lang) == [1, 2, 1], lang


def test_a_rule_is_defined_in_two_hand_written_files() -> None:
    generated = set((ROOT / "src/cm_model/datamodel/GENERATED_FILES.txt").read_text(
        encoding="utf-8").splitlines())
    files = subprocess.run(["git", "ls-files", "src", "web"], cwd=ROOT, capture_output=True,
                           text=True, check=True).stdout.split()
    hand = [f for f in files if f not in generated and f.endswith((".py", ".js", ".mjs"))]
    sources = {f: (ROOT / f).read_text(encoding="utf-8") for f in hand}
    two = ["src/cm_model/handbook/js/rules.js", "src/cm_model/validation/rules.py"]
    holding = {r.id: sorted(f for f, text in sources.items() if r.id in text)
               for r in rules.CATALOGUE}
    for rule_id, files_ in holding.items():
        assert set(two) <= set(files_), rule_id  # defined and ported
    # rules complete with those two files alone: no third file needs an edit for a new rule
    # (synth's breakers for its invalid-data option and comments naming a rule are optional)
    only_two = [rule_id for rule_id, files_ in holding.items() if files_ == two]
    assert len(only_two) >= 5, only_two


def test_a_new_enum_value_needs_the_schema_only() -> None:
    data = copy.deepcopy(_schema())
    data["enums"]["ConsentStatus"]["permissible_values"]["ON_HOLD"] = {
        "title": "On hold", "description": "Decision postponed.",
        "structured_aliases": [{"literal_form": "Odottaa", "in_language": "fi"},
                               {"literal_form": "Väntar", "in_language": "sv"},
                               {"literal_form": "On hold", "in_language": "en"}]}
    index = schema_index.compute(data)
    assert "ON_HOLD" in index["code_lists"]["ConsentStatus"]
    assert "ON_HOLD" in [v.code for v in SchemaView(data).enum_values("ConsentStatus")]
    page = reference.enum_page(reference.Schema(data), "ConsentStatus", "fi")
    assert "`ON_HOLD`" in page and "Odottaa" in page


def test_a_new_service_contact_field_needs_the_schema_only() -> None:
    data = copy.deepcopy(_schema())
    data["slots"]["follow_up_date"] = {
        "title": "Follow-up date", "description": "When the contact was followed up.",
        "range": "date", "annotations": {"date_kind": "event"},
        "structured_aliases": [{"literal_form": "Seurantapäivä", "in_language": "fi"}]}
    data["classes"]["ServiceContact"]["slots"].append("follow_up_date")
    index = schema_index.compute(data)
    fields = {s["name"]: s for s in index["classes"]["ServiceContact"]["slots"]}
    assert fields["follow_up_date"]["kind"] == "date"  # the tabular readers' field kind
    assert "follow_up_date" in index["event_dates"]["ServiceContact"]  # CM-R019 checks it
    assert "follow_up_date" in SchemaView(data).class_slots("ServiceContact")
    page_schema = reference.Schema(data)
    assert "follow_up_date" in page_schema.class_slots("ServiceContact")
    assert "Seurantapäivä" in reference.class_page(page_schema, "ServiceContact", "fi", None)
