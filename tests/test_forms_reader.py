"""Reading filled forms: lenient about what people type, strict about what could lose data."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import openpyxl
import pytest

from cm_model.forms.cells import CellError, EnumLookup, from_cell
from cm_model.forms.reader import is_form_workbook, read_form
from cm_model.forms.render import deterministic_zip
from cm_model.forms.schema_view import current_view
from cm_model.forms.writer import fill_form

DATA = Path(__file__).parent / "data" / "forms"
CLIENTS = json.loads((DATA / "clients.json").read_text(encoding="utf-8"))


def _edit(data: bytes, edits: dict[tuple[str, str], object], tmp_path: Path) -> Path:
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for (sheet, cell), value in edits.items():
        wb[sheet][cell].value = value
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "edited.xlsx"
    path.write_bytes(deterministic_zip(buf.getvalue()))
    return path


def _instants(value):
    if isinstance(value, dict):
        return {k: _instants(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_instants(v) for v in value]
    if isinstance(value, str) and len(value) > 19 and value[10] == "T":
        return dt.datetime.fromisoformat(value).astimezone(dt.UTC)
    return value


def _errors(records) -> list[tuple[str, str]]:
    return [e for r in records for e in r.errors]


# -- what people type ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "raw", "expected"),
    [
        ("date", "24.11.2026", "2026-11-24"),
        ("date", " 1.2.2026 ", "2026-02-01"),
        ("date", "2026-11-24", "2026-11-24"),
        ("date", dt.datetime(2026, 11, 24), "2026-11-24"),
        ("decimal", "12,5", 12.5),
        ("decimal", " 1 234,5 ", 1234.5),
        ("integer", " 12 ", 12),
        ("integer", 12.0, 12),
        ("boolean", "kyllä", True),
        ("boolean", "No", False),
        ("text", "  tavoite  ", "tavoite"),
        ("text", 1234.0, "1234"),
        ("datetime", "24.11.2026 14:30", "2026-11-24T14:30:00+02:00"),
        ("datetime", dt.datetime(2026, 6, 1, 9, 0), "2026-06-01T09:00:00+03:00"),
    ],
)
def test_accepts_what_people_type(kind, raw, expected):
    assert from_cell(kind, raw, "fi") == expected


@pytest.mark.parametrize(
    ("kind", "raw"),
    [("date", "31.02.2026"), ("date", "24.11.26"), ("date", "huomenna"),
     ("date", dt.datetime(2026, 1, 1, 12, 5)), ("integer", "12,5"), ("decimal", "12,5,1"),
     ("boolean", "ehkä"), ("decimal", "#REF!")],
)
def test_rejects_values_that_do_not_fit_without_echoing_them(kind, raw):
    with pytest.raises(CellError) as info:
        from_cell(kind, raw, "fi")
    assert str(raw) not in str(info.value)


def test_bounds_come_from_the_schema():
    slot = current_view().class_slots("NpsResponse")["nps_score"]
    assert from_cell("integer", "10", "en", None, slot.minimum, slot.maximum) == 10
    with pytest.raises(CellError, match="0–10"):
        from_cell("integer", "11", "en", None, slot.minimum, slot.maximum)


def test_dropdown_columns_take_label_in_any_language_or_code():
    lookup = EnumLookup.build(current_view().enum_values("GoalStatus"), "fi")
    fi_label = lookup.shown["ACHIEVED"]
    for typed in (fi_label, fi_label.upper(), f"  {fi_label} ", "ACHIEVED", "achieved", "Achieved"):
        assert from_cell("enum", typed, "fi", lookup) == "ACHIEVED"
    with pytest.raises(CellError):
        from_cell("enum", "melkein", "fi", lookup)


# -- whole workbooks ----------------------------------------------------------------------
def test_typed_values_in_a_filled_form(tmp_path):
    data, _ = fill_form("care_plan", CLIENTS, "fi")
    path = _edit(data, {
        ("Yhteiset asiakassuunnitelmat", "C4"): " 24.11.2025 ",
        ("Tavoitteet", "D4"): "achieved",
        ("Tavoitteet", "E4"): "1.2.2026",
    }, tmp_path)
    records = read_form(path)
    assert _errors(records) == []
    plan = records[0].data["care_plans"][0]
    assert plan["created_date"] == "2025-11-24"
    assert plan["goals"][0]["goal_status"] == "ACHIEVED"
    assert plan["goals"][0]["set_date"] == "2026-02-01"
    assert records[0].cells["care_plans[0].goals[0].set_date"] == "Tavoitteet!E4"


def test_errors_point_at_sheet_and_cell(tmp_path):
    data, _ = fill_form("care_plan", CLIENTS, "fi")
    path = _edit(data, {
        ("Tavoitteet", "E4"): "31.02.2026",
        ("Tavoitteet", "C5"): None,  # a required goal text left empty
        ("Yhteiset asiakassuunnitelmat", "G4"): "200",  # review interval bounded 1–104
        # A review schedule without its required next date (the group is in use).
        ("Yhteiset asiakassuunnitelmat", "F5"): None,
        ("Yhteiset asiakassuunnitelmat", "G5"): 4,
    }, tmp_path)
    errors = _errors(read_form(path))
    cells = {cell for cell, _ in errors}
    assert "Tavoitteet!E4" in cells
    assert "Tavoitteet!C5" in cells
    assert "'Yhteiset asiakassuunnitelmat'!G4" in cells
    assert "'Yhteiset asiakassuunnitelmat'!F5" in cells
    assert all("31.02" not in text for _, text in errors)


def test_linked_row_with_unknown_parent_is_reported_not_dropped(tmp_path):
    data, _ = fill_form("care_plan", CLIENTS, "fi")
    path = _edit(data, {("Tavoitteet", "A4"): "no-such-plan"}, tmp_path)
    records = read_form(path)
    orphans = [r for r in records if r.data is None and r.sheet == "Tavoitteet"]
    assert orphans and orphans[0].errors[0][0] == "Tavoitteet!A4"
    assert "no-such-plan" not in orphans[0].errors[0][1]


def test_formulas_are_rejected_and_said_so():
    records = read_form(DATA / "hostile_formulas.xlsx")
    errors = _errors(records)
    assert ("'Havaitut herätteet'!C4", "sisältää kaavan; lomakkeeseen kirjoitetaan arvot, ei "
            "kaavoja") in errors
    assert any(cell == "Asiakas!C5" and "kaava" in text for cell, text in errors)


def test_renamed_and_unknown_columns_and_extra_sheets_are_reported():
    records = read_form(DATA / "hostile_renamed_column_extra_sheet.xlsx")
    errors = dict(_errors(records))
    assert "Taulukko1!A1" in errors
    assert "Henkilötunnus" in errors["Asiakas!B2"]  # the renamed heading
    assert "1" in errors["Asiakas!I2"]  # one value in an unknown column is not read
    # The data under the renamed heading is still read by its hidden column code.
    assert records[1].data["henkilotunnus"] == CLIENTS[0]["henkilotunnus"]


def test_far_away_cells_are_reported_not_dropped():
    records = read_form(DATA / "hostile_far_cells.xlsx")
    errors = dict(_errors(records))
    assert "Asiakas!XFD2" in errors  # one value in a column the form does not have
    clients = [r for r in records if r.data]
    assert clients[-1].data == {"id": "c-far"} and clients[-1].row == 1048576


def test_moved_column_is_read_by_its_code(tmp_path):
    data, _ = fill_form("identification", CLIENTS, "fi")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb["Asiakas"]
    ws.protection.sheet = False
    ws.move_range("B1:B10", cols=20)  # the henkilötunnus column moved far right
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "moved.xlsx"
    path.write_bytes(buf.getvalue())
    records = read_form(path)
    assert _errors(records) == []  # heading and data moved together: nothing to report
    clients = [r for r in records if r.data]
    assert clients[0].data["henkilotunnus"] == CLIENTS[0]["henkilotunnus"]
    assert clients[0].cells["henkilotunnus"] == "Asiakas!V4"


@pytest.mark.parametrize(
    ("name", "needle"),
    [("hostile_entity_bomb.xlsx", "entit"), ("hostile_zip_bomb.xlsx", "zip bomb"),
     ("hostile_not_a_zip.xlsx", "not an .xlsx"), ("hostile_truncated.xlsx", "not an .xlsx"),
     ("plain_workbook_not_a_form.xlsx", "_cm_meta")],
)
def test_hostile_workbooks_get_one_clear_error(name, needle):
    records = read_form(DATA / name, "en")
    assert len(records) == 1 and records[0].data is None and records[0].fatal
    assert needle in records[0].errors[0][1]
    assert not is_form_workbook(DATA / name)


@pytest.mark.parametrize("name", ["filled_care_plan_fi_libreoffice.xlsx",
                                  "filled_identification_fi_libreoffice.xlsx"])
def test_libreoffice_resaved_form_reads_like_the_original(name):
    """LibreOffice rewrites styles, shared strings and validations; reading must not care."""
    assert is_form_workbook(DATA / name)
    records = read_form(DATA / name, "en")
    assert _errors(records) == []
    original = read_form(DATA / name.replace("_libreoffice", ""))
    assert [r.data for r in records] == [r.data for r in original]
    assert [r.cells for r in records] == [r.cells for r in original]
    assert [r.data["id"] for r in records] == [c["id"] for c in CLIENTS]
    if "care_plan" in name:
        # Typed Finnish dates, a lower-case code and stray spaces read as the original values.
        # Times come back as Finnish wall-clock time with its offset: the same instant.
        assert _instants([r.data["care_plans"] for r in records]) == _instants(
            [c["care_plans"] for c in CLIENTS])
