"""The one input layer (cm_model.io): every defect class of issue 9 on the input side, as a user
meets it in `validate`, `triggers`, `metrics` and `forms import`."""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.forms.reader import read_form
from cm_model.forms.render import deterministic_zip
from cm_model.io import values
from cm_model.io.limits import MAX_MESSAGES_PER_FILE
from cm_model.metrics.contacts import read_contacts
from cm_model.validation import validate

FORMS = Path(__file__).parent / "data" / "forms"
HETU = "010190-999W"  # test range (individual number 900–999), correct check character
HEADER = "id;client_id;contact_date;end_date;contact_type;sector\n"
ROW = "k-{n};c-{c};{d};;EMERGENCY_VISIT;EMERGENCY_CARE"
runner = CliRunner()


def run(*args: str | Path):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    return result


def _csv(tmp_path: Path, text: str, name: str = "c.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _triggers(tmp_path: Path, contacts: Path):
    return run("triggers", contacts, "--as-of", "2024-06-30", "-o", tmp_path / "out")


# -- duplicate object keys -------------------------------------------------------------------
def test_duplicate_keys_in_json_are_refused_by_validate(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('{"clients": [{"id": "c-1"}], "clients": []}', encoding="utf-8")
    report = validate([path])
    assert report.exit_code == 2
    assert [f.code for f in report.findings] == ["read.duplicate-key"]
    assert "clients" in report.findings[0].message and "line 1" in report.findings[0].message


def test_duplicate_keys_in_json_lines_are_located_by_line(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "c-1"}\n{"id": "c-2", "id": "c-3"}\n', encoding="utf-8")
    report = validate([path], class_name="Client")
    found = [f for f in report.findings if f.code == "read.duplicate-key"]
    assert [f.record for f in found] == ["line 2"]


def test_duplicate_keys_in_yaml_are_refused_everywhere(tmp_path: Path) -> None:
    path = tmp_path / "records.yaml"
    path.write_text("clients:\n  - id: c-1\nclients: []\n", encoding="utf-8")
    assert validate([path]).exit_code == 2
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d="2024-01-02") + "\n")
    result = run("metrics", contacts, "--records", path, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert "records.yaml: line 3: key 'clients' appears twice" in result.output


def test_duplicate_keys_in_contacts_json_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text('{"service_contacts": [{"id": "k-1"}], "service_contacts": []}',
                    encoding="utf-8")
    result = _triggers(tmp_path, path)
    assert result.exit_code == 2 and "appears twice" in result.output


def test_the_cheap_duplicate_check_is_exact() -> None:
    import orjson

    from cm_model.io.duplicates import check

    assert check(b'{"a":1,"b":{"c":2,"c":3}}', orjson.loads(b'{"a":1,"b":{"c":3}}')).key == "c"
    for clean in (b'{"a":"x\\":"}', b'{"a" :1, "b": 2}', b'{"a":"\\u0022:"}', b'[{"a":1},{"a":2}]'):
        assert check(clean, orjson.loads(clean)) is None


# -- nothing ignored in silence --------------------------------------------------------------
def test_misspelled_contacts_column_is_an_error_not_a_longer_stay(tmp_path: Path) -> None:
    path = _csv(tmp_path, "id;client_id;contact_date;discharge_date;contact_type;sector\n"
                "k-1;c-1;2024-01-01;2024-01-04;INPATIENT_EPISODE;SPECIALISED_HEALTH_CARE\n")
    result = _triggers(tmp_path, path)
    assert result.exit_code == 1
    assert "column 'discharge_date' is not a field of ServiceContact" in result.output
    assert not (tmp_path / "out" / "candidates.csv").exists()


def test_duplicate_contact_ids_are_refused_not_counted_four_times(tmp_path: Path) -> None:
    rows = [ROW.format(n=1, c=1, d="2024-01-02")] * 4
    result = _triggers(tmp_path, _csv(tmp_path, HEADER + "\n".join(rows) + "\n"))
    assert result.exit_code == 1
    assert result.output.count("counted twice") == 3
    assert "line 3, column id (A): contact id is the same as at line 2" in result.output


def test_xlsx_contacts_on_two_sheets_are_all_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Tammikuu"
    second = wb.create_sheet("Helmikuu")
    notes = wb.create_sheet("Muistiinpanot")
    notes.append(["Muistio"])
    for sheet, start in ((first, 1), (second, 10)):
        sheet.append(HEADER.strip().split(";"))
        for n in range(start, start + 3):
            sheet.append([f"k-{n}", "c-1", "2024-01-02", None, "EMERGENCY_VISIT",
                          "EMERGENCY_CARE"])
    path = tmp_path / "contacts.xlsx"
    wb.save(path)
    table = read_contacts(path)
    assert len(table) == 6
    assert any("Muistiinpanot" in w and "not read" in w for w in table.warnings)


def test_empty_directory_is_not_a_clean_run(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run("validate", tmp_path / "empty")
    assert result.exit_code == 2
    assert "no files to read" in result.output


def test_xlsx_header_with_no_known_field_fails_at_once(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["foo", "bar"])
    for n in range(2000):
        wb.active.append([n, n])
    path = tmp_path / "x.xlsx"
    wb.save(path)
    report = validate([path])
    assert report.exit_code == 2
    assert [f.code for f in report.findings] == ["read.no-known-field"]


# -- personal data ---------------------------------------------------------------------------
def test_henkilotunnus_inside_a_list_never_reaches_outputs(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "k-1", "client_id": [HETU], "contact_date": "2024-01-02",
                                "contact_type": "EMERGENCY_VISIT",
                                "sector": "EMERGENCY_CARE"}) + "\n", encoding="utf-8")
    result = _triggers(tmp_path, path)
    assert result.exit_code == 1 and HETU not in result.output
    assert "client_id must be text" in result.output
    assert not (tmp_path / "out" / "candidates.json").exists()


@pytest.mark.parametrize("column", ["id", "client_id"])
def test_henkilotunnus_in_any_id_column_is_refused(tmp_path: Path, column: str) -> None:
    row = {"id": "k-1", "client_id": "c-1"}
    row[column] = HETU
    text = HEADER + f"{row['id']};{row['client_id']};2024-01-02;;EMERGENCY_VISIT;EMERGENCY_CARE\n"
    result = _triggers(tmp_path, _csv(tmp_path, text))
    assert result.exit_code == 1 and HETU not in result.output
    assert f"{column} looks like a henkilötunnus" in result.output


# -- dates -----------------------------------------------------------------------------------
def test_one_rule_for_a_time_of_day_in_a_date(tmp_path: Path) -> None:
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d="1.3.2024 14:05") + "\n")
    result = _triggers(tmp_path, contacts)
    assert result.exit_code == 1 and "time of day" in result.output
    report = validate([contacts], class_name="ServiceContact")
    assert [f.code for f in report.findings] == ["cell.time-in-date"]
    assert values.to_date("1.3.2024 00:00").isoformat() == "2024-03-01"


@pytest.mark.parametrize("text", ["on", "kylla", "Kyllä", "1", "x"])
def test_one_boolean_rule(text: str) -> None:
    from cm_model.forms.cells import from_cell
    from cm_model.io.tabular import coerce

    assert values.to_boolean(text) is True
    assert coerce(text, "boolean") is True
    assert from_cell("boolean", text, "fi") is True


def test_plan_date_in_year_9999_is_a_located_error(tmp_path: Path) -> None:
    records = tmp_path / "records.json"
    records.write_text(json.dumps({"clients": [{"id": "c-1", "care_plans": [
        {"created_date": "9999-12-31", "plan_status": "ACTIVE"}]}]}), encoding="utf-8")
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d="2024-01-02") + "\n")
    result = run("metrics", contacts, "--records", records, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert "clients[0].care_plans[0].created_date: not a date" in result.output


def test_unquoted_impossible_yaml_date_is_a_located_error(tmp_path: Path) -> None:
    records = tmp_path / "records.yaml"
    records.write_text("clients:\n  - id: c-1\n    care_plans:\n      - created_date: 2026-02-30"
                       "\n        plan_status: ACTIVE\n", encoding="utf-8")
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d="2024-01-02") + "\n")
    result = run("metrics", contacts, "--records", records, "-o", tmp_path / "out")
    assert result.exit_code == 1 and "created_date: not a date" in result.output
    assert validate([records]).exit_code == 1


@pytest.mark.parametrize("serial", [60, 0, -5])
def test_excel_serials_that_name_no_day_are_errors(serial: float) -> None:
    with pytest.raises(values.CellError):
        values.excel_serial(serial)


def test_excel_serials_around_the_phantom_leap_day() -> None:
    assert values.excel_serial(59).date().isoformat() == "1900-02-28"
    assert values.excel_serial(61).date().isoformat() == "1900-03-01"
    assert values.excel_serial(45292).date().isoformat() == "2024-01-01"


@pytest.mark.parametrize("text", ["2200-01-01", "1899-12-31", "0001-01-01", "9999-12-31"])
def test_dates_outside_the_range_are_errors_in_every_reader(text: str, tmp_path: Path) -> None:
    with pytest.raises(values.CellError):
        values.to_date(text)
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d=text) + "\n")
    assert _triggers(tmp_path, contacts).exit_code == 1
    assert validate([contacts], class_name="ServiceContact").exit_code == 1


def _form(tmp_path: Path, edits: dict[tuple[str, str], object], name: str = "f.xlsx",
          formats: dict[tuple[str, str], str] | None = None) -> Path:
    wb = openpyxl.load_workbook(FORMS / "filled_identification_fi.xlsx")
    for (sheet, cell), value in edits.items():
        wb[sheet][cell].value = value
    for (sheet, cell), number_format in (formats or {}).items():
        wb[sheet][cell].number_format = number_format
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / name
    path.write_bytes(deterministic_zip(buf.getvalue()))
    return path


def _messages(path: Path) -> list[str]:
    return [text for rec in read_form(path, "en") for _, text in rec.errors]


@pytest.mark.parametrize("serial", [60, -5, 3_000_000])
def test_form_date_cells_with_impossible_serials_are_errors_without_values(
        tmp_path: Path, serial: int) -> None:
    path = _form(tmp_path, {("Havaitut herätteet", "D4"): serial},
                 formats={("Havaitut herätteet", "D4"): "DD.MM.YYYY"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a library warning would carry the raw value
        messages = _messages(path)
    assert any("Excel date number" in m or "outside the accepted range" in m for m in messages)
    if serial != 60:  # the message itself explains serial 60
        assert not any(str(serial) in m for m in messages)


def test_integer_beyond_64_bits_in_a_form_is_an_error(tmp_path: Path) -> None:
    path = _form(tmp_path, {("Asiakas", "C4"): 10**30})
    messages = _messages(path)
    assert any("64 bits" in m or "whole number" in m for m in messages)


def test_tampered_form_description_is_a_located_error_with_exit_2(tmp_path: Path) -> None:
    path = _form(tmp_path, {("_cm_meta", "C9"): 100000})  # first_data_row
    result = run("forms", "import", path, "-o", tmp_path / "out.jsonl", "--lang", "en")
    assert result.exit_code == 2
    assert "_cm_meta" in result.output and "damaged" in result.output


def test_column_copied_with_its_code_row_does_not_overwrite(tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(FORMS / "filled_identification_fi.xlsx")
    sheet = wb["Asiakas"]
    original = [sheet.cell(r, 1).value for r in range(1, 7)]
    for r, value in enumerate(original, start=1):  # column A (id) copied to H with code row
        sheet.cell(r, 8).value = value
    sheet.cell(4, 8).value = "someone-else"
    path = tmp_path / "copied.xlsx"
    wb.save(path)
    records = read_form(path, "en")
    messages = [text for rec in records for _, text in rec.errors]
    assert any("hidden code of field 'id'" in m for m in messages)
    ids = [rec.data["id"] for rec in records if rec.data]
    assert "someone-else" not in ids and original[3] in ids


def test_messages_are_capped_per_form(tmp_path: Path) -> None:
    edits = {}
    for row in range(4, 4 + MAX_MESSAGES_PER_FILE + 50):
        edits[("Asiakassegmentit", f"A{row}")] = f"missing-{row}"
        edits[("Asiakassegmentit", f"B{row}")] = "PPT"
    path = _form(tmp_path, edits)
    messages = _messages(path)
    assert len(messages) == MAX_MESSAGES_PER_FILE + 1
    assert "more message(s)" in messages[-1]
    result = run("forms", "import", path, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 1
    assert len(result.output.splitlines()) <= MAX_MESSAGES_PER_FILE + 3


def test_validate_text_report_is_capped_per_file_but_counts_everything(tmp_path: Path) -> None:
    rows = [ROW.format(n=n, c=n, d="31.2.2024") for n in range(MAX_MESSAGES_PER_FILE + 40)]
    path = _csv(tmp_path, HEADER + "\n".join(rows) + "\n")
    result = run("validate", path, "--class", "ServiceContact")
    lines = result.output.splitlines()
    assert result.exit_code == 1
    assert len(lines) == MAX_MESSAGES_PER_FILE + 2
    assert "40 more message(s)" in lines[-2]
    assert f"{MAX_MESSAGES_PER_FILE + 40} error(s)" in lines[-1]


def test_duplicate_keys_in_a_trigger_catalogue_are_refused(tmp_path: Path) -> None:
    catalogue = tmp_path / "catalogue.json"
    catalogue.write_text('[{"code": "T1", "code": "T2"}]', encoding="utf-8")
    contacts = _csv(tmp_path, HEADER + ROW.format(n=1, c=1, d="2024-01-02") + "\n")
    result = run("triggers", contacts, "--as-of", "2024-06-30", "-o", tmp_path / "out",
                 "--catalogue", catalogue)
    assert result.exit_code == 2
    assert "key 'code' appears twice" in result.output


def test_csv_boolean_words_read_as_the_one_conversion_reads_them() -> None:
    """The CSV reader takes the listed boolean words as written, without normalising: they
    must be the very words `values.to_boolean` accepts, with its verdict."""
    from cm_model.io import tabular, values

    for word, verdict in tabular._BOOLEAN_WORDS.items():
        assert values.to_boolean(word) is verdict
        assert values.to_boolean(word.upper()) is verdict  # other spellings: the slow way
