"""Trigger evaluation: exact windows, each measure, evidence, and the shipped catalogue."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from cm_model.metrics.contacts import read_contacts
from cm_model.metrics.triggers import (
    DEFAULT_CATALOGUE,
    CatalogueError,
    evaluate,
    load_catalogue,
)
from cm_model.metrics.windows import add_months, before_after, lookback, parse_months

DATA = Path(__file__).parent / "data" / "contacts"

CATALOGUE = """
- {code: INP, name_fi: Jaksot, name_sv: Perioder, name_en: Episodes, sectors: [SPECIALISED_HEALTH_CARE],
   trigger_description: x, machine_checkable: true, measure: CONTACT_COUNT,
   comparison: GREATER_THAN, threshold: 3, window_months: 12, contact_types: [INPATIENT_EPISODE]}
- {code: EM, name_fi: P, name_sv: J, name_en: E, sectors: [EMERGENCY_CARE], trigger_description: x,
   machine_checkable: true, measure: CONTACT_COUNT, comparison: AT_LEAST, threshold: 4,
   window_months: 12, contact_types: [EMERGENCY_VISIT]}
- {code: SEC, name_fi: T, name_sv: S, name_en: S, sectors: [OTHER], trigger_description: x,
   machine_checkable: true, measure: DISTINCT_SECTOR_COUNT, comparison: AT_LEAST, threshold: 3,
   window_months: 12}
- {code: UNITS, name_fi: Y, name_sv: E, name_en: U, sectors: [OTHER], trigger_description: x,
   machine_checkable: true, measure: DISTINCT_UNIT_COUNT, comparison: AT_LEAST, threshold: 3,
   window_months: 12}
- {code: DAYS, name_fi: H, name_sv: V, name_en: D, sectors: [SPECIALISED_HEALTH_CARE],
   trigger_description: x, machine_checkable: true, measure: INPATIENT_DAYS,
   comparison: GREATER_THAN, threshold: 30, window_months: 12}
- {code: JUDGEMENT, name_fi: A, name_sv: B, name_en: C, sectors: [OTHER], trigger_description: x,
   machine_checkable: false}
"""


@pytest.fixture()
def catalogue(tmp_path: Path):
    path = tmp_path / "catalogue.yaml"
    path.write_text(CATALOGUE, encoding="utf-8")
    return load_catalogue(path)


@pytest.fixture(scope="module")
def table():
    return read_contacts(DATA / "trigger_windows.jsonl")


def fired(evaluation) -> dict[tuple[str, str], object]:
    return {(f.client_id, f.trigger.code): f for f in evaluation.firings}


# --- windows ---------------------------------------------------------------------------------


def test_lookback_window_includes_as_of_and_excludes_the_day_m_months_earlier() -> None:
    window = lookback(date(2024, 6, 30), 12)
    assert (window.first, window.last) == (date(2023, 7, 1), date(2024, 6, 30))
    assert date(2023, 6, 30) not in window
    assert date(2024, 6, 30) in window
    assert date(2024, 7, 1) not in window


def test_month_arithmetic_clamps_to_month_end() -> None:
    assert add_months(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert lookback(date(2024, 2, 29), 12).first == date(2023, 3, 1)


def test_before_after_windows_around_the_plan_date() -> None:
    before, after = before_after(date(2024, 3, 1), 12)
    assert (before.first, before.last) == (date(2023, 3, 1), date(2024, 2, 29))
    assert (after.first, after.last) == (date(2024, 3, 1), date(2025, 2, 28))


@pytest.mark.parametrize(("text", "months"), [("12m", 12), ("6", 6), ("1y", 12), ("2v", 24),
                                               ("18kk", 18)])
def test_parse_months(text: str, months: int) -> None:
    assert parse_months(text) == months


@pytest.mark.parametrize("text", ["0m", "121m", "twelve", "12w", "999999m", "11y",
                                  "1" * 5000 + "m"])
def test_parse_months_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="1–120 months"):
        parse_months(text)


def test_parse_months_out_of_range_names_the_range() -> None:
    with pytest.raises(ValueError) as info:
        parse_months("999999m")
    assert "out of range: use 1–120 months (up to 10 years)" in str(info.value)
    assert parse_months("0012m") == 12


# --- measures and windows over contacts -------------------------------------------------------


def test_inpatient_count_window_edges(table, catalogue) -> None:
    at_30 = fired(evaluate(table, catalogue, date(2024, 6, 30)))
    # T-1: 2023-06-30 is outside, 2023-07-01 … 2024-06-30 gives 4 > 3.
    assert at_30[("T-1", "INP")].value == 4
    assert at_30[("T-1", "INP")].contact_ids == ["t-002", "t-003", "t-004", "t-005"]
    # T-2: the episode on 2024-07-01 is after the as-of date.
    assert ("T-2", "INP") not in at_30
    # One day later the window moves by one day: T-1 drops to 3, T-2 reaches 4.
    at_01 = fired(evaluate(table, catalogue, date(2024, 7, 1)))
    assert ("T-1", "INP") not in at_01
    assert at_01[("T-2", "INP")].value == 4


def test_contact_types_filter_and_at_least(table, catalogue) -> None:
    result = fired(evaluate(table, catalogue, date(2024, 6, 30)))
    emergency = result[("T-3", "EM")]
    assert emergency.value == 4  # the primary-care visit is not counted
    assert len(emergency.contact_ids) == 4
    assert (emergency.window.first, emergency.window.last) == (date(2023, 7, 1),
                                                               date(2024, 6, 30))


def test_distinct_sectors_and_units(table, catalogue) -> None:
    result = fired(evaluate(table, catalogue, date(2024, 6, 30)))
    assert result[("T-4", "SEC")].value == 3
    assert result[("T-4", "UNITS")].value == 3  # U-POLI in 2023-01 is outside the window
    assert ("T-3", "SEC") not in result  # two sectors only


def test_inpatient_days_open_and_crossing_episodes(table, catalogue) -> None:
    evaluation = evaluate(table, catalogue, date(2024, 6, 30))
    result = fired(evaluation)
    # T-5 open since 2024-05-31: 31 days up to the as-of date inclusive.
    assert result[("T-5", "DAYS")].value == 31
    assert ("T-6", "DAYS") not in result  # 14 days inside the window
    # One day earlier the open episode has 30 days: not more than 30.
    assert ("T-5", "DAYS") not in fired(evaluate(table, catalogue, date(2024, 6, 29)))


def test_inpatient_days_values(table, catalogue) -> None:
    from cm_model.metrics.triggers import _measure

    days = next(t for t in catalogue if t.code == "DAYS")
    values, _ = _measure(table, days, lookback(date(2024, 6, 30), 12))
    by_client = dict(zip(table.client_ids, values.tolist(), strict=True))
    assert by_client["T-6"] == 14
    assert by_client["T-1"] == 4  # four one-day episodes in the window
    assert by_client["T-5"] == 31


def test_non_machine_checkable_are_listed_not_evaluated(table, catalogue) -> None:
    evaluation = evaluate(table, catalogue, date(2024, 6, 30))
    assert [t.code for t in evaluation.not_machine_checkable] == ["JUDGEMENT"]
    assert all(f.trigger.code != "JUDGEMENT" for f in evaluation.firings)
    assert evaluation.contacts_after_as_of == 1


# --- the catalogue -------------------------------------------------------------------------------


def test_default_catalogue_validates_against_the_schema() -> None:
    import jsonschema
    import yaml

    from cm_model.paths import JSON_SCHEMA_PATH

    entries = yaml.safe_load(DEFAULT_CATALOGUE.read_text(encoding="utf-8"))
    schema = json.loads(JSON_SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(
        {"$ref": "#/$defs/TriggerDefinition", "$defs": schema["$defs"]})
    for entry in entries:
        assert not list(validator.iter_errors(entry)), entry["code"]
    triggers = load_catalogue()
    codes = {t.code for t in triggers}
    assert {"PS-INPATIENT-3", "KH-NEET-YOUTH", "KH-MENTAL-SUBSTANCE",
            "PROFESSIONAL-JUDGEMENT", "MULTI-SECTOR-3"} <= codes
    inpatient = next(t for t in triggers if t.code == "PS-INPATIENT-3")
    assert (inpatient.measure, inpatient.comparison, inpatient.threshold,
            inpatient.window_months) == ("CONTACT_COUNT", "GREATER_THAN", 3, 12)
    assert any(not t.machine_checkable for t in triggers)


def test_catalogue_errors_are_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        "- {code: OK-1, name_fi: a, name_sv: b, name_en: c, sectors: [OTHER],\n"
        "   trigger_description: x, machine_checkable: true, measure: CONTACT_COUNT,\n"
        "   comparison: AT_LEAST, window_months: 12}\n"
        "- {code: BAD-2, name_fi: a, name_sv: b, name_en: c, sectors: [NOWHERE],\n"
        "   trigger_description: x, machine_checkable: false}\n", encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(path)
    text = "\n".join(info.value.errors)
    assert "entry 1 (OK-1): threshold is required when machine_checkable is true" in text
    assert "entry 2 (BAD-2): sector" in text


def test_default_catalogue_on_the_test_contacts(table) -> None:
    evaluation = evaluate(table, load_catalogue(), date(2024, 6, 30))
    result = fired(evaluation)
    assert result[("T-1", "PS-INPATIENT-3")].value == 4
    assert result[("T-3", "ACUTE-FREQUENT-EMERGENCY")].value == 4
    assert result[("T-4", "MULTI-SECTOR-3")].value == 3
    assert result[("T-5", "INPATIENT-DAYS-30")].value == 31


# --- inpatient days: union of stays, open episodes closed at the next admission ---------------


def _episodes(tmp_path: Path, episodes: list[tuple[str, str, str | None]]):
    lines = []
    for n, (client, start, end) in enumerate(episodes, start=1):
        row = {"id": f"e-{n}", "client_id": client, "contact_date": start,
               "contact_type": "INPATIENT_EPISODE", "sector": "SPECIALISED_HEALTH_CARE"}
        if end:
            row["end_date"] = end
        lines.append(json.dumps(row))
    path = tmp_path / "episodes.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_contacts(path)


def _days(table, catalogue, as_of: date) -> dict[str, int]:
    from cm_model.metrics.triggers import _measure

    trigger = next(t for t in catalogue if t.code == "DAYS")
    values, _ = _measure(table, trigger, lookback(as_of, 12))
    return dict(zip(table.client_ids, values.tolist(), strict=True))


def test_overlapping_episodes_count_each_day_once(tmp_path: Path, catalogue) -> None:
    table = _episodes(tmp_path, [("O-1", "2024-01-01", "2024-01-20"),
                                 ("O-1", "2024-01-10", "2024-01-25"),
                                 ("O-1", "2024-01-12", "2024-01-14")])  # inside both
    # In hospital 1.1. … 24.1. (the discharge day is not a hospital day): 24 days, not 34.
    assert _days(table, catalogue, date(2024, 3, 31))["O-1"] == 24
    assert ("O-1", "DAYS") not in fired(evaluate(table, catalogue, date(2024, 3, 31)))


def test_open_episodes_close_at_the_next_admission(tmp_path: Path, catalogue) -> None:
    starts = ["2023-05-01", "2023-07-01", "2023-09-01", "2023-11-01", "2024-01-01",
              "2024-03-01"]
    table = _episodes(tmp_path, [("O-2", s, None) for s in starts] + [
        ("O-3", "2024-01-01", None), ("O-3", "2024-01-11", "2024-01-13")])
    days = _days(table, catalogue, date(2024, 3, 31))
    # Six open episodes chain into one stay 1.5.2023 … 31.3.2024 (as-of date inclusive):
    # 336 days of the 366-day window (summing each open episode to the as-of date gave 1037).
    assert days["O-2"] == 336
    # The open episode of 1.1. ends at the admission of 11.1.: 10 days, then 2 more.
    assert days["O-3"] == 12
    evaluation = evaluate(table, catalogue, date(2024, 3, 31))
    assert evaluation.open_inpatient_episodes == 7
    firing = fired(evaluation)[("O-2", "DAYS")]
    assert firing.value == 336 and len(firing.contact_ids) == 6


def test_inpatient_days_never_exceed_the_window(tmp_path: Path, catalogue) -> None:
    table = _episodes(tmp_path, [("O-4", "2020-01-01", None), ("O-4", "2020-01-01", None),
                                 ("O-4", "2022-01-01", "2030-01-01")])
    assert _days(table, catalogue, date(2024, 3, 31))["O-4"] == 366
