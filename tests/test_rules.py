"""The rule catalogue, rule by rule, through the example files a user (and the handbook) sees."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cm_model.validation import rules, validate

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "rules"
IDS = [r.id for r in rules.CATALOGUE]


def test_catalogue_entries_are_complete_and_ordered() -> None:
    assert sorted(IDS) == IDS and len(set(IDS)) == len(IDS) >= 20
    for r in rules.CATALOGUE:
        assert re.fullmatch(r"CM-R\d{3}", r.id)
        assert r.severity in ("error", "warning")
        assert r.message_fi and r.message_en and r.message_fi != r.message_en
        assert r.description_fi and r.description_en


def test_catalogue_as_dicts_is_json_and_deterministic() -> None:
    first = json.dumps(rules.catalogue_as_dicts(), sort_keys=True)
    assert first == json.dumps(rules.catalogue_as_dicts(), sort_keys=True)
    keys = set(rules.catalogue_as_dicts()[0])
    assert {"id", "severity", "message_fi", "message_en", "description_fi",
            "description_en"} <= keys


@pytest.mark.parametrize("rule_id", IDS)
def test_valid_example_passes_every_rule(rule_id: str) -> None:
    report = validate([EXAMPLES / f"{rule_id}-valid.json"])
    assert report.findings == [] and report.exit_code == 0


@pytest.mark.parametrize("rule_id", IDS)
def test_invalid_example_breaks_exactly_its_rule(rule_id: str) -> None:
    report = validate([EXAMPLES / f"{rule_id}-invalid.json"])
    assert {f.code for f in report.findings} == {rule_id}
    severity = rules.BY_ID[rule_id].severity
    assert report.exit_code == (1 if severity == "error" else 0)
    assert all(f.record and f.path for f in report.findings)


def test_assignment_overlap_counts_days_in_force() -> None:
    def a(i: int, start: str, end: str | None = None) -> dict:
        d = {"id": f"a{i}", "role": "CASE_MANAGER", "start_date": start}
        if end:
            d["end_date"] = end
        return d

    check = rules.BY_ID["CM-R004"]
    handover = {"assignments": [a(1, "2025-01-01", "2025-03-01"), a(2, "2025-03-02"),
                                a(3, "2025-01-01")]}
    assert list(rules.apply(check, handover, rules.Context(), "Client")) == []
    three = {"assignments": [a(1, "2025-01-01", "2025-03-02"), a(2, "2025-03-02"),
                             a(3, "2025-01-01")]}
    hits = list(rules.apply(check, three, rules.Context(), "Client"))
    assert [h.path for h in hits] == ["assignments[1]"]


def test_rules_survive_wrong_types() -> None:
    junk = {"assignments": "x", "care_plans": [None, 3, {"goals": "no"}],
            "continuity_indices": [{"index_value": "1.5"}], "status_history": [{}],
            "whoqol_assessments": [{"item_answers": [{"item_number": "1", "answer": 9}]}]}
    for r in rules.rules_for("Client"):
        list(rules.apply(r, junk, rules.Context(
            export_time="2026-01-01", record_ids={"Worker": set(), "TriggerDefinition": set()}),
            "Client"))


def test_whoqol_rule_uses_the_metrics_scoring() -> None:
    from cm_model.metrics.measures import whoqol_bref_domain_scores

    answers = {n: 3 for n in range(1, 27)}
    expected = whoqol_bref_domain_scores(answers)["physical"].score_4_20.value
    record = {"whoqol_assessments": [{
        "item_answers": [{"item_number": n, "answer": 3} for n in answers],
        "domain_scores": [{"domain": "PHYSICAL", "score_4_20": expected}]}]}
    check = rules.BY_ID["CM-R014"]
    assert list(rules.apply(check, record, rules.Context(), "Client")) == []
    record["whoqol_assessments"][0]["domain_scores"][0]["score_4_20"] = expected + 1
    assert len(list(rules.apply(check, record, rules.Context(), "Client"))) == 1
