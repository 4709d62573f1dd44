"""Every input format validates real files, with findings located by line, record or cell."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from cm_model.validation import validate

CONTACT = {"id": "sc-1", "client_id": "c-1", "contact_date": "2025-01-02",
           "contact_type": "PHONE_CONTACT", "sector": "PRIMARY_HEALTH_CARE"}


def test_json_single_record_and_list(tmp_path: Path) -> None:
    one = tmp_path / "one.json"
    one.write_text(json.dumps(CONTACT))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([CONTACT, {**CONTACT, "id": "sc-2", "sector": "NOPE"}]))
    assert validate([one]).exit_code == 0
    report = validate([many])
    assert [(f.record, f.path, f.code) for f in report.findings] == [
        ("[1]", "sector", "schema.enum")]


def test_jsonl_locates_lines_and_checks_ids_across_lines(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in (
        CONTACT, {**CONTACT, "id": "sc-2"}, CONTACT)) + "\n")
    report = validate([path])
    assert [(f.record, f.code) for f in report.findings] == [("line 3", "CM-R002")]
    assert "line 1" in report.findings[0].message


def test_yaml(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("id: sc-1\nclient_id: c-1\ncontact_date: 2025-01-02\n"
                    "contact_type: PHONE_CONTACT\nsector: PRIMARY_HEALTH_CARE\n")
    assert validate([path]).exit_code == 0  # unquoted dates stay ISO text
    path.write_text(path.read_text().replace("sector: PRIMARY_HEALTH_CARE", "sector: NOPE"))
    assert [(f.path, f.code) for f in validate([path]).findings] == [("sector", "schema.enum")]


def test_finnish_excel_csv_cp1252_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "palvelukontaktit.csv"
    rows = ["id;client_id;contact_date;end_date;contact_type;sector;unit_id;urgent",
            "sc-1;c-1;2.1.2025;5.1.2025;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE;Äänekoski;ei",
            "sc-2;c-1;31.2.2025;;PHONE_CONTACT;PRIMARY_HEALTH_CARE;Hämeenlinna;kyllä"]
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    report = validate([path], class_name="ServiceContact")
    assert [(f.record, f.cell, f.code) for f in report.findings] == [
        ("row 3", "C3", "read.coerce")]
    assert report.records == 2


def test_csv_utf8_bom_and_overrides(tmp_path: Path) -> None:
    path = tmp_path / "ServiceContact.csv"
    path.write_bytes(b"\xef\xbb\xbfid|client_id|contact_date|contact_type|sector\n"
                     b"sc-1|c-1|2025-01-02|PHONE_CONTACT|PRIMARY_HEALTH_CARE\n")
    assert validate([path], delimiter="|").exit_code == 0
    with pytest.raises(ValueError, match="unknown encoding"):  # usage error: exit 2 in the CLI
        validate([path], encoding="no-such-codec")


def test_csv_nested_and_multivalued_columns(tmp_path: Path) -> None:
    path = tmp_path / "Client.csv"
    path.write_text("id,segments,contact_arrangement.preferred_channel,"
                    "contact_arrangement.initiated_by,assignments[0].worker_id,"
                    "assignments[0].role,assignments[0].start_date,assignments[0].end_date,assignments.0.id,"
                    "assignments.0.client_informed\n"
                    "c-1,PPT|AT_RISK,PHONE,CLIENT,w-1,CASE_MANAGER,1.3.2025,1.2.2025,a-1,tosi\n")
    report = validate([path])
    assert [(f.cell, f.code) for f in report.findings] == [("H2", "CM-R003")]


def _workbook(path: Path, sheet: str, rows: list[list[object]]) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)


def test_plain_workbook_cells(tmp_path: Path) -> None:
    import datetime

    path = tmp_path / "book.xlsx"
    _workbook(path, "Palvelukontaktit", [
        ["id", "client_id", "contact_date", "contact_type", "sector", "urgent"],
        ["sc-1", "c-1", datetime.datetime(2025, 1, 2), "PHONE_CONTACT", "PRIMARY_HEALTH_CARE",
         True],
        ["sc-2", "c-1", "2025-01-03", "PHONE", "PRIMARY_HEALTH_CARE", "maybe"],
    ])
    report = validate([path], class_name="ServiceContact")
    assert sorted((f.cell, f.code) for f in report.findings) == [
        ("Palvelukontaktit!D3", "schema.enum"), ("Palvelukontaktit!F3", "read.coerce")]


def test_intake_form_workbook_goes_through_the_forms_reader(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch,
                                                            ) -> None:
    from openpyxl import Workbook

    path = tmp_path / "form.xlsx"
    wb = Workbook()
    wb.active.title = "Asiakas"
    wb.create_sheet("_cm_meta").sheet_state = "hidden"
    wb.save(path)

    class Rec:
        class_name = "Client"
        sheet, row = "Asiakas", 12
        data = {"id": "c-1", "birth_year": 1800,
                "assignments": [{"id": "a-1", "worker_id": "w-1", "role": "CASE_MANAGER",
                                 "start_date": "2025-03-01", "end_date": "2025-02-01",
                                 "client_informed": True}]}
        cells = {"birth_year": "Asiakas!C12", "assignments.0.end_date": "Asiakas!F12"}
        errors = [("Asiakas!D12", "the reader's own complaint")]

    fake = types.ModuleType("cm_model.forms.reader")
    fake.iter_form_records = lambda p: iter([Rec()])  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "cm_model.forms.reader", fake)
    report = validate([path])
    cells = sorted(((f.cell, f.code) for f in report.findings), key=str)
    assert cells == [("Asiakas!C12", "schema.minimum"), ("Asiakas!D12", "read.form"),
                     ("Asiakas!F12", "CM-R003")]
