"""Reviewer's defects: standalone sub-records, label headers, in-memory API, empty files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cm_model.validation import validate

COC = {"id": "ci1", "index_type": "COC", "window_start": "2025-01-01",
       "window_end": "2025-06-01", "timepoint": "BEFORE_PLAN", "contact_count": 1,
       "index_value": 0.5, "provider_basis": "PROFESSIONAL"}
EXAMPLE = Path(__file__).parent.parent / "examples" / "valid" / "paijat_sote_worked_example.json"


def _codes(report) -> list[tuple[str | None, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(f.record, f.path, f.code) for f in report.findings]


def test_standalone_continuity_index_gets_client_rules_and_repeated_ids(tmp_path: Path) -> None:
    path = tmp_path / "ci.jsonl"
    path.write_text(json.dumps(COC) + "\n" + json.dumps({**COC, "contact_count": 3}) + "\n")
    report = validate(path, class_name="ContinuityIndex")
    assert _codes(report) == [("line 1", "index_value", "CM-R012"), ("line 2", "id", "CM-R002")]
    assert report.exit_code == 1


def test_standalone_assignment_runs_local_rules_and_says_what_it_cannot(tmp_path: Path) -> None:
    path = tmp_path / "as.jsonl"
    path.write_text(json.dumps({"id": "a1", "worker_id": "w1", "role": "CLIENT_COORDINATOR",
                                "start_date": "2025-05-01", "end_date": "2025-04-01",
                                "client_informed": True}) + "\n")
    report = validate(path, class_name="ResponsibleWorkerAssignment")
    assert _codes(report) == [(None, None, "rules.standalone"),
                              ("line 1", "end_date", "CM-R003")]
    assert report.findings[0].severity == "warning" and "CM-R005" in report.findings[0].message


def test_workbook_continuity_index_sheet(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "ContinuityIndex"
    ws.append(list(COC))
    ws.append(list(COC.values()))
    ws.append(list({**COC, "contact_count": 4}.values()))
    path = tmp_path / "ci.xlsx"
    wb.save(path)
    assert [f.code for f in validate(path).findings] == ["CM-R012", "CM-R002"]


def test_finnish_headers_and_sheet_label(tmp_path: Path) -> None:
    from openpyxl import Workbook

    data = Path(__file__).parent / "data" / "contacts" / "excel_fi_cp1252.csv"
    report = validate(data)
    assert not [f for f in report.findings if f.code.startswith("read.")]
    wb = Workbook()
    ws = wb.active
    ws.title = "Palvelutapahtumat"
    ws.append(["Tunniste", "Asiakas", "Päivämäärä", "Palvelutapahtuman laji", "Ihan outo"])
    ws.append(["sc-1", "c-1", "2025-01-02", "PHONE_CONTACT", "x"])
    path = tmp_path / "pt.xlsx"
    wb.save(path)
    report = validate(path)
    assert report.records == 1
    assert [(f.code, "'Ihan outo'" in f.message) for f in report.findings
            if f.code.startswith("read.")] == [("read.header", True)]


def test_in_memory_records_export_and_wrong_input() -> None:
    env = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    assert validate(env).exit_code == 0
    client = env["clients"][0]
    assert validate(client, class_name="Client").exit_code == 0
    report = validate([client, client])
    assert _codes(report) == [("[1]", "id", "CM-R002")] and report.findings[0].file == "<memory>"
    assert validate([EXAMPLE]).exit_code == 0
    for wrong in (5, [client, "x.json"], b"{}"):
        with pytest.raises(TypeError, match="record dict"):
            validate(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.json", "empty.yaml", "empty.csv"])
def test_file_without_records_exits_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("")
    assert validate(path).exit_code == 2


def test_finnish_excel_contacts_with_labels_validate_clean():
    # A `;`-separated cp1252 export from Finnish Excel: Finnish headers, Finnish value labels,
    # d.m.yyyy dates and kyllä/ei — the same file `cm-model triggers` and `metrics` accept.
    data = Path(__file__).resolve().parent / "data" / "contacts" / "excel_fi_cp1252.csv"
    report = validate([data], class_name="ServiceContact")
    assert report.exit_code == 0, [f.as_dict() for f in report.findings]
    assert report.as_dict()["summary"]["records"] == 17


def test_unknown_encoding_is_a_usage_error():
    data = Path(__file__).resolve().parent / "data" / "contacts" / "excel_fi_cp1252.csv"
    with pytest.raises(ValueError, match="unknown encoding 'bogus'"):
        validate([data], encoding="bogus")
