"""The generated schema index: the one place tools learn schema facts (issue 10)."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import yaml

from cm_model import schema_info
from cm_model.forms.schema_view import SchemaView, current_view
from cm_model.generation import schema_index
from cm_model.handbook import reference

ROOT = Path(__file__).resolve().parent.parent


def _schema() -> dict:
    return yaml.safe_load((ROOT / "schema/cm_model.yaml").read_text(encoding="utf-8"))


def test_index_file_is_marked_generated_and_deterministic() -> None:
    data = _schema()
    first = schema_index.render(schema_index.compute(data))
    second = schema_index.render(schema_index.compute(copy.deepcopy(data)))
    assert first == second
    assert (ROOT / schema_index.INDEX_REL).read_bytes() == first
    assert "do not edit" in json.loads(first)["$comment"]


def test_references_come_from_non_inlined_class_ranges() -> None:
    refs = {(r["record"], r["path"]): r for r in schema_info.references()}
    evidence = refs[("Client", "observed_triggers[*].evidence_contact_ids[*]")]
    assert (evidence["target"], evidence["scope"]) == ("ServiceContact", "export")
    goal = refs[("Client", "care_plans[*].services[*].goal_ids[*]")]
    assert (goal["scope"], goal["target_path"]) == ("record", "care_plans[*].goals[*].id")
    assert refs[("ServiceContact", "client_id")]["target"] == "Client"
    # every class-ranged, non-inlined slot of the schema is in the table
    data = _schema()
    for cls in data["classes"]:
        for name, slot in schema_info.class_fields(cls).items():
            if slot["range"] in data["classes"] and slot["kind"] == "reference":
                assert any(r["class"] == cls and r["slot"] == name for r in refs.values()), \
                    (cls, name)


def test_event_dates_and_periods_follow_the_schema_annotations() -> None:
    client = schema_info.event_dates("Client")
    assert "assignments[*].start_date" in client
    assert "care_plans[*].services[*].start_date" not in client  # planned: may lie ahead
    assert "care_plans[*].goals[*].target_date" not in client
    assert ("consents[*]", "decision_date", "valid_until") in schema_info.periods("Client")
    assert ("scope_rules[*]", "valid_from", "valid_until") in schema_info.periods("Organisation")
    assert ("", "contact_date", "end_date") in schema_info.periods("ServiceContact")


def test_code_lists_and_whoqol_tables() -> None:
    assert "GIVEN" in schema_info.code_list("ConsentStatus")
    whoqol = schema_info.whoqol_bref()
    items = sorted(i for d in whoqol["domains"].values() for i in d["items"])
    assert items == sorted(set(range(1, 27)) - {1, 2})  # items 1 and 2 are in no domain
    assert whoqol["reversed_items"] == [3, 4, 26]


def _toy() -> dict:
    """A schema using is_a, mixins, attributes and slot_usage."""
    return {
        "default_range": "string",
        "slots": {"id": {"identifier": True}, "name": {"title": "Name"},
                  "owner": {"range": "Base"}, "when": {"range": "date"}},
        "classes": {
            "Base": {"slots": ["id", "name"]},
            "Mixin": {"slots": ["when"]},
            "Child": {"is_a": "Base", "mixins": ["Mixin"], "slots": ["owner"],
                      "attributes": {"extra": {"range": "integer", "required": True}},
                      "slot_usage": {"name": {"required": True}}},
        },
        "enums": {},
    }


def test_inheritance_and_attributes_reach_every_view() -> None:
    index = schema_index.compute(_toy())
    slots = {s["name"]: s for s in index["classes"]["Child"]["slots"]}
    assert list(slots) == ["id", "name", "when", "owner", "extra"]
    assert slots["name"]["required"] and slots["extra"]["kind"] == "integer"
    assert slots["owner"]["kind"] == "reference"
    view = SchemaView(_toy())
    assert view.identifier("Child") == "id"
    assert view.class_slots("Child")["extra"].required
    page_schema = reference.Schema(_toy())
    assert page_schema.class_slots("Child") == ["id", "name", "when", "owner", "extra"]
    assert page_schema.refs_out("Child")[0][:2] == ("owner", "Base")


def test_forms_view_on_the_index_equals_the_view_on_the_yaml() -> None:
    from_yaml = SchemaView(_schema())
    view = current_view()
    for cls in _schema()["classes"]:
        assert view.class_slots(cls) == from_yaml.class_slots(cls)
