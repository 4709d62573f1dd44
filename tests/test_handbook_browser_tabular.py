"""The handbook's validator on filled intake forms (XLSX, fi/sv/en), plain workbooks and CSV, in
Chromium: the same verdict, rule ids, records and cell locations as `cm-model validate FILE
--format json`, file by file.

Inputs: every committed form fixture (tests/data/forms), the generated blank forms with their
example rows (forms/*/), every form filled with synthetic clients in each language, the same
forms with planted mistakes (a wrong code, a bad date, a henkilötunnus with a wrong check
character, a missing required cell, a formula), the reader's broken-file corpus, and CSV in
UTF-8 and cp1252 with `,` and `;`. Hostile workbooks (zip bomb, entity bomb) are refused.

Needs the built site (`make docs`) and Debian's /usr/bin/chromium, as test_handbook_browser.
"""

from __future__ import annotations

import base64
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from test_handbook_browser import base_url, browser, page  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[1]
CLI = [str(Path(sys.executable).parent / "cm-model")]
FORM_FIXTURES = sorted((ROOT / "tests" / "data" / "forms").glob("*.xlsx"))
BLANK_FORMS = sorted((ROOT / "forms").glob("*/*.xlsx"))
BROKEN = sorted(p for p in (ROOT / "tests" / "data" / "broken").iterdir()
                if p.suffix in (".csv", ".xlsx"))
CONTACTS = sorted((ROOT / "tests" / "data" / "contacts").glob("*.csv"))
LANGS = ("fi", "sv", "en")


def test_the_input_folders_are_not_empty() -> None:
    assert len(FORM_FIXTURES) >= 10 and len(BROKEN) >= 10 and len(CONTACTS) >= 2
    assert {p.parent.name for p in BLANK_FORMS} == set(LANGS) and len(BLANK_FORMS) >= 15


def _cli(paths: list[Path], lang: str = "en") -> dict[str, tuple[dict, list[dict]]]:
    """The CLI's report on files of one folder (one run: the CLI starts once), run in that
    folder so that its file names are the browser's. Name → (file summary, findings)."""
    folder = {p.parent for p in paths}
    assert len(folder) == 1, folder
    done = subprocess.run([*CLI, "validate", *(p.name for p in paths), "--format", "json",
                           "--lang", lang],
                          cwd=paths[0].parent, capture_output=True, text=True, timeout=600)
    assert done.stdout, done.stderr
    report = json.loads(done.stdout)
    return {s["file"]: (s, [f for f in report["findings"] if f["file"] == s["file"]])
            for s in report["files"]}


def _browser(pg, path: Path, lang: str = "en") -> dict:  # type: ignore[no-untyped-def]
    data = base64.b64encode(path.read_bytes()).decode()
    return pg.evaluate(
        """([name, data, lang]) => {
             const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
             return cmValidator.report([cmValidator.validateBytes(name, bytes, {lang})]);
           }""", [path.name, data, lang])


def _key(f: dict) -> tuple:
    return f["code"], f.get("record"), f.get("path"), f.get("cell"), f["severity"], f["message"]


def _assert_same(pg, paths: list[Path], lang: str = "en",  # type: ignore[no-untyped-def]
                 ordered: bool = True) -> dict[str, dict]:
    """Browser and CLI agree on every file: findings (code, record, field path, cell,
    severity, message; in order unless `ordered` is False), records, readability, format and
    exit code. Unordered: ajv lists several structural errors of one record in the schema's
    property order, jsonschema-rs in the record's key order."""
    cli = _cli(paths, lang)
    out = {}
    for path in paths:
        summary, findings = cli[path.name]
        web = _browser(pg, path, lang)
        got, expected = [_key(f) for f in web["findings"]], [_key(f) for f in findings]
        if not ordered:
            got, expected = sorted(got, key=repr), sorted(expected, key=repr)
        assert got == expected, path.name
        errors = sum(f["severity"] == "error" for f in findings)
        exit_code = 2 if not summary["readable"] else 1 if errors else 0
        assert web["exit_code"] == exit_code, path.name
        for field in ("records", "readable", "format", "errors", "warnings"):
            assert web["files"][0][field] == summary[field], (path.name, field)
        out[path.name] = web
    return out


def _copied(paths: list[Path], folder: Path) -> list[Path]:
    for p in paths:
        shutil.copyfile(p, folder / p.name)
    return [folder / p.name for p in paths]


@pytest.fixture()
def validator(page, base_url):  # type: ignore[no-untyped-def]  # noqa: F811
    page.goto(base_url + "/en/validator/")
    page.wait_for_function("!!(window.cmValidator && window.cmValidator.validateBytes)")
    return page


# --- filled forms, generated here from synthetic clients ----------------------------------------

def _clients() -> list[dict]:
    from cm_model import synth

    return [synth.client(i, 11) for i in range(3)]


def _form_ids() -> list[str]:
    from cm_model.forms.definitions import FORMS

    return [f.id for f in FORMS]


def _fill(form_id: str, lang: str) -> bytes:
    from cm_model.forms.writer import fill_form

    data, _ = fill_form(form_id, _clients(), lang)
    return data


def _columns(ws) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Field code (hidden row 1) → column letter of a form sheet."""
    return {str(c.value)[3:]: c.column_letter for c in ws[1]
            if isinstance(c.value, str) and c.value.startswith("cm:")}


def _root_sheet(wb) -> str:  # type: ignore[no-untyped-def]
    for row in wb["_cm_meta"].iter_rows(values_only=True):
        if row[0] == "sheet" and row[4] in (None, ""):
            return str(row[1])
    raise AssertionError("no client sheet in _cm_meta")


def _planted(form: bytes, mistake: str) -> bytes:
    """A filled form with one mistake typed into it as a person would."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(form))
    ws = wb[_root_sheet(wb)]
    cols = _columns(ws)
    if mistake == "wrong-code":
        ws[f"{cols['client_group_marking']}4"] = "NOT-A-CODE"
    elif mistake == "bad-date":
        ws[f"{cols['birth_date']}5"] = "31.2.1990"
    elif mistake == "bad-check-character":
        cell = ws[f"{cols['henkilotunnus']}4"]
        text = str(cell.value)
        cell.value = text[:-1] + ("A" if text[-1] != "A" else "B")
    elif mistake == "missing-required":
        for name in wb.sheetnames:
            sheet = wb[name]
            heads = {c.column_letter: c.value for c in sheet[2]}
            codes = _columns(sheet)
            required = [letter for code, letter in codes.items()
                        if not code.startswith("@") and str(heads.get(letter, "")).endswith(" *")
                        and code != "id" and sheet[f"{letter}4"].value not in (None, "")]
            if name != ws.title and required:
                sheet[f"{required[0]}4"] = None
                break
        else:
            raise AssertionError("no required cell to clear")
    elif mistake == "formula":
        ws[f"{cols['birth_year']}4"] = "=1900+73"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_parity_on_form_fixtures_and_blank_forms(validator, tmp_path) -> None:
    paths = FORM_FIXTURES + BLANK_FORMS
    assert len({p.name for p in paths}) == len(paths)
    _assert_same(validator, _copied(paths, tmp_path))


@pytest.mark.parametrize("lang", LANGS)
def test_parity_on_every_form_filled_in_each_language(validator, tmp_path, lang) -> None:
    paths = []
    for form_id in _form_ids():
        paths.append(tmp_path / f"{form_id}_{lang}.xlsx")
        paths[-1].write_bytes(_fill(form_id, lang))
    for name, web in _assert_same(validator, paths).items():
        assert web["summary"]["records"] == 3, name


MISTAKES = ("wrong-code", "bad-date", "bad-check-character", "missing-required", "formula")


@pytest.mark.parametrize("lang", LANGS)
def test_parity_on_planted_mistakes(validator, tmp_path, lang) -> None:
    form = _fill("identification", lang)
    paths = []
    for mistake in MISTAKES:
        paths.append(tmp_path / f"identification_{lang}_{mistake}.xlsx")
        paths[-1].write_bytes(_planted(form, mistake))
    # messages in the form's language where the CLI has them (fi, else en)
    webs = _assert_same(validator, paths, "fi" if lang == "fi" else "en")
    for mistake, path in zip(MISTAKES, paths, strict=True):
        web = webs[path.name]
        assert web["exit_code"] == 1, (mistake, web["findings"])
        codes = {f["code"] for f in web["findings"]}
        if mistake == "bad-check-character":  # a rule of the catalogue, located at the cell
            found = [f for f in web["findings"] if f["code"].startswith("CM-R")]
            assert found and all(f["cell"] and f["cell"].endswith("!B4") for f in found), found
        else:  # the form reader's finding, with the cell
            found = [f for f in web["findings"] if f["code"] == "read.form"]
            assert found and all(f["cell"] for f in found), (mistake, codes)


def _typed_values(form: bytes, values: dict[str, object]) -> bytes:
    """A filled form with values typed into the first client row, field code → value."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(form))
    ws = wb[_root_sheet(wb)]
    cols = _columns(ws)
    for code, value in values.items():
        ws[f"{cols[code]}4"] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", ("fi", "en"))
def test_parity_on_the_value_rules_in_forms(validator, tmp_path, lang) -> None:
    """The input layer's value rules in a filled form: the date range, a time of day in a
    date (typed and as a date cell), dates typed with slashes and spaces, a whole number
    beyond 64 bits, decimal commas and no-break spaces in numbers."""
    import datetime as dt

    form = _fill("identification", lang)
    cases = {
        "too_old": {"birth_date": "31.12.1899"},
        "too_late": {"birth_date": "1.1.2200"},
        "time_typed": {"birth_date": "1.3.1990 14:05"},
        "time_cell": {"birth_date": dt.datetime(1990, 3, 1, 14, 5)},
        "midnight": {"birth_date": "1990-03-01T00:00"},
        "slashes": {"birth_date": "1 / 3 / 1990"},
        "old_cell": {"birth_date": dt.datetime(1899, 12, 31)},
        "huge_year": {"birth_year": "99999999999999999999"},
        "year_spaces": {"birth_year": "1\u00a0990"},
        "year_comma": {"birth_year": "1990,0"},
        "year_text": {"birth_year": "tuhat"},
    }
    paths = []
    for name, values in cases.items():
        paths.append(tmp_path / f"identification_{lang}_{name}.xlsx")
        paths[-1].write_bytes(_typed_values(form, values))
    webs = _assert_same(validator, paths, lang)
    messages = {f["message"] for w in webs.values() for f in w["findings"]}
    from cm_model.io.messages import message

    for code in ("cell.date-range", "cell.time-in-date", "cell.integer-range"):
        assert any(message(code, lang, lo="1900-01-01", hi="2199-12-31") in m
                   for m in messages), code


def _hand_typed(form: bytes, variant: str) -> bytes:
    """The first data row of every data sheet as a person might type it: every value as text
    (Finnish dates and decimals, padded numbers, codes and labels in capitals), every other
    cell junk, or the row left empty."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(form))
    for ws in wb.worksheets:
        if ws.sheet_state != "visible" or not _columns(ws):
            continue
        for c in ws[4]:
            v = c.value
            if v is None:
                continue
            if variant == "empty":
                c.value = None
            elif variant == "junk":
                c.value = "??" if c.column % 2 == 0 else v
            elif isinstance(v, dt.datetime):
                c.value = f"{v.day}.{v.month}.{v.year}" + (
                    f" {v.hour}:{v.minute:02d}" if v.hour or v.minute else "")
            elif isinstance(v, float):
                c.value = str(v).replace(".", ",")
            elif isinstance(v, int) and not isinstance(v, bool):
                c.value = f" {v} "
            elif isinstance(v, str) and len(v) < 40:
                c.value = v.upper()
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", LANGS)
def test_parity_on_hand_typed_and_damaged_rows(validator, tmp_path, lang) -> None:
    paths = []
    for form_id in _form_ids():
        form = _fill(form_id, lang)
        for variant in ("typed", "junk", "empty"):
            paths.append(tmp_path / f"{form_id}_{lang}_{variant}.xlsx")
            paths[-1].write_bytes(_hand_typed(form, variant))
    webs = _assert_same(validator, paths, ordered=False)
    assert sum(w["exit_code"] == 1 for w in webs.values()) >= 5  # the junk rows at least


def _renamed(form: bytes) -> bytes:
    """Every other column heading of every data sheet overwritten (the data stays)."""
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(form))
    for ws in wb.worksheets:
        if ws.sheet_state == "visible" and _columns(ws):
            for c in ws[2]:
                if c.value and c.column % 2 == 1:
                    c.value = "Renamed"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


@pytest.mark.parametrize("lang", LANGS)
def test_parity_on_renamed_headings(validator, tmp_path, lang) -> None:
    # The outcomes form is left out: its WHOQOL-BREF item headings are named from the forms'
    # own topic table (forms/choices.py), which the schema index does not carry; the browser
    # does not report a renamed item heading (the answers are still read by their hidden code).
    paths = []
    for form_id in _form_ids():
        if form_id != "outcomes":
            paths.append(tmp_path / f"{form_id}_{lang}_renamed.xlsx")
            paths[-1].write_bytes(_renamed(_fill(form_id, lang)))
    for name, web in _assert_same(validator, paths).items():
        assert any("Renamed" not in f["message"] and f["cell"].endswith("2")
                   for f in web["findings"] if f["code"] == "read.form"), name


def test_parity_on_plain_workbooks(validator, tmp_path) -> None:
    """Workbooks that are not forms: one class per sheet named by the sheet or found from the
    headers (Finnish labels), date and number cells, a hidden sheet that is not read, an
    unknown column, a wrong code and a bad date."""
    import datetime as dt

    import openpyxl

    source = (ROOT / "tests" / "data" / "contacts" / "excel_fi_cp1252.csv").read_bytes()
    rows = [line.split(";") for line in source.decode("cp1252").splitlines()]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Palvelutapahtumat"
    for r, row in enumerate(rows, start=1):
        for c, text in enumerate(row, start=1):
            value: object = text or None
            if r > 1 and c == 3 and text.count(".") == 2:
                d, m, y = (int(x) for x in text.split("."))
                value = dt.datetime(y, m, d)
            ws.cell(r, c, value)
    ws["C3"] = "31.2.2023"
    ws["E4"] = "Ei tällaista lajia"
    ws["J1"] = "Lisätieto"
    ws["J2"] = "x"
    hidden = wb.create_sheet("Muistiinpanot")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "not read"
    other = wb.create_sheet("Sheet2")
    other["A1"] = "id"
    other["B1"] = "name"
    other["A2"] = "W-1"
    other["B2"] = "Testi"
    paths = [tmp_path / "palvelutapahtumat.xlsx", tmp_path / "empty_sheet.xlsx"]
    wb.save(paths[0])
    openpyxl.Workbook().save(paths[1])
    webs = _assert_same(validator, paths)
    assert webs["palvelutapahtumat.xlsx"]["exit_code"] == 1
    assert webs["empty_sheet.xlsx"]["exit_code"] == 2


def test_parity_on_the_value_rules_in_plain_workbooks(validator, tmp_path) -> None:
    """Typed cells of a plain workbook at the edges of cm_model.io.values: date cells with a
    time of day or before 1 March 1900 (Excel's serials 60, 0 and below), yes/no and date
    cells in number fields, numbers in yes/no fields, whole numbers as decimals."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "ServiceContact"
    ws.append(["id", "client_id", "contact_date", "contact_type", "sector", "urgent"])
    contact, sector = _enum_code("ServiceContactType"), _enum_code("Sector")
    dates: list[object] = [dt.datetime(2023, 3, 1), dt.datetime(2023, 3, 1, 14, 5),
                           dt.datetime(1900, 2, 28), dt.datetime(1900, 3, 1),
                           dt.datetime(2199, 12, 31), dt.date(2023, 3, 2), 45000, 1.5,
                           True, "1.3.2023"]
    flags: list[object] = [True, False, 1, 0, 2, 0.5, "kyllä", dt.datetime(2023, 1, 1), "on",
                           None]
    for i, (d, f) in enumerate(zip(dates, flags, strict=True)):
        ws.append([f"K-{i}", "c-001", d, contact, sector, f])
    serial = wb.create_sheet("OrganisationIndicator")
    serial.append(["id", "indicator", "window_start", "window_end", "indicator_value"])
    kind = _enum_code("OrganisationIndicatorType")
    for i, v in enumerate([1.5, 12, True, dt.datetime(2023, 1, 1), -0.0, 9.5e18, "1 000,5"]):
        serial.append([f"OI-{i}", kind, dt.datetime(2023, 1, 1), dt.datetime(2023, 12, 31), v])
    for cell, number in (("C2", 0), ("C3", 60), ("C4", -5)):
        serial[cell] = number
        serial[cell].number_format = "d.m.yyyy"
    path = tmp_path / "typed_cells.xlsx"
    wb.save(path)
    _assert_same(validator, [path])


def test_parity_on_csv_and_broken_files(validator, tmp_path) -> None:
    _assert_same(validator, _copied(BROKEN + CONTACTS, tmp_path))


def test_parity_on_csv_encodings_and_delimiters(validator, tmp_path) -> None:
    # Finnish headers and labels with ä/ö, Finnish dates, a wrong code and a bad date
    source = (ROOT / "tests" / "data" / "contacts" / "excel_fi_cp1252.csv").read_bytes()
    rows = [line.split(";") for line in source.decode("cp1252").splitlines()]
    rows[2][2] = "31.2.2023"  # not a date
    rows[3][4] = "Ei tällaista lajia"  # not a contact type
    paths = []
    for encoding in ("utf-8", "cp1252"):
        for delimiter, word in ((",", "comma"), (";", "semicolon")):
            text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row)
                                for row in rows) + "\r\n"
            paths.append(tmp_path / f"palvelutapahtumat_{encoding}_{word}.csv")
            paths[-1].write_bytes(text.encode(encoding))
    for lang in ("fi", "en"):
        webs = _assert_same(validator, paths, lang)
    for name, web in webs.items():
        assert web["exit_code"] == 1, name
        assert web["summary"]["records"] == 17, name
        assert {f["cell"] for f in web["findings"] if f["code"] == "read.coerce"} == {"C3"}


def _enum_code(enum: str) -> str:
    from cm_model.schema_info import enum_code_lookup

    return sorted(set(enum_code_lookup(enum).values()))[0]


def test_parity_on_the_value_rules_of_the_input_layer(validator, tmp_path) -> None:
    """CSV cells at the edges of cm_model.io.values: the date range, Finnish and ISO dates
    with and without a time of day, every yes/no word, decimal commas, spaces and no-break
    spaces in numbers, Python's numeric spellings, Unicode digits and the 64-bit range."""
    dates = ["2023-02-28", "1.3.2023", "1/3/2023", " 2.3.2023 ", "1 . 3 . 2023", "20230301",
             "1899-12-31", "2200-01-01", "31.12.2199", "1.1.1900", "2023-3-1", "2023-3-01 ",
             "2023-03-01T00:00", "2023-03-01 14:05", "1.3.2023 00:00", "1.3.2023 klo 14.05",
             "2023-03-01T00:00:00Z", "31.2.2023", "2023-02-30"]
    words = ["kylla", "on", "off", "e", "epatosi", "K", "X", "JA", "nej", "Kyllä", "1", "0",
             "maybe", "true", "False", "y", "Tosi", "EI", "no"]
    contact, sector = _enum_code("ServiceContactType"), _enum_code("Sector")
    rows = ["id,client_id,contact_date,contact_type,sector,urgent"]
    rows += [f"K-{i:04d},c-001,{d},{contact},{sector},{w}"
             for i, (d, w) in enumerate(zip(dates, words, strict=True))]
    (tmp_path / "servicecontact.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    numbers = ["1,5", "1 000,25", "1e3", "12.", ".5", "+2", "9223372036854775808", "NaN",
               "Infinity", "1,2,3", "0x10", "1_000", "-0", " 7 ", "1\u00a0234,5", "٣٫٥",
               "1e999", "9223372036854775807", "-9223372036854775809", "1.5e", "٣"]
    rows = ["id,indicator,window_start,window_end,indicator_value"]
    rows += [f'OI-{i},{_enum_code("OrganisationIndicatorType")},2023-01-01,2023-12-31,"{n}"'
             for i, n in enumerate(numbers)]
    (tmp_path / "organisationindicator.csv").write_text("\n".join(rows) + "\n",
                                                         encoding="utf-8")
    counts = ["3", " 12 ", "00012", "1\u00a0000", "9223372036854775807", "9223372036854775808",
              "-9223372036854775809", "1.0", "1e3", "+5", "12345678901234567890123456", "٣",
              "1_000", "1,5", "-3"]
    rows = ["id,contact_type,count,window_start,window_end,timepoint"]
    rows += [f'U-{i},{contact},"{c}",2023-01-01,2023-12-31,{_enum_code("MeasurementTimepoint")}'
             for i, c in enumerate(counts)]
    (tmp_path / "serviceusecount.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    moments = ["2023-03-01T10:00:00+02:00", "2023-03-01T10:00", "2023-03-01T10:00:00.1234567Z",
               "2023-03-01T10:00+0200", "2023-3-01T10:00", "2023-03-01T24:00",
               "1.3.2023 14:05", "31.2.2023 10:00", "2200-01-01T00:00:00Z",
               "1899-12-31T23:00:00Z", "2023-03-01", "20230301T1000", "2023-03-01T10:00:00Z"]
    rows = ["id,revised_at,revised_by,changed_sections"]
    rows += [f"PR-{i},{m},W-1,{_enum_code('PlanSection')}" for i, m in enumerate(moments)]
    (tmp_path / "planrevision.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    paths = sorted(tmp_path.glob("*.csv"))
    webs = _assert_same(validator, paths)
    codes = {f["code"] for w in webs.values() for f in w["findings"]}
    assert {"cell.date-range", "cell.time-in-date", "cell.integer-range",
            "read.coerce"} <= codes, codes


def test_parity_on_duplicate_keys_in_json(validator, tmp_path) -> None:
    """A key written twice in one object is refused with its line and column (io.duplicates),
    in JSON (the file) and JSON Lines (the line); the inner object is reported first."""
    files = {
        "export.json": '{"clients": [{"id": "c-1"}], "clients": []}',
        "nested.json": '{\n  "clients": [\n    {"id": "c-1", "name": {"a": 1, "a": 2}, "id": "x"},'
                       '\n    {"id": "ä\U0001F600", "id": "y"}\n  ],\n  "clients": []\n}\n',
        "key_as_value.json": '[{"id": "id", "id": 2}]',
        "clean.json": '{"a": {"b": 1}, "b": [{"a": 1}, {"a": 2}]}',
        "clients.jsonl": '{"id": "c-1"}\n{"id": "c-2", "id": "c-3"}\n'
                         '  {"x": {"k\\"q": 1, "k\\"q": 2}}\n{"ok": 1}\n',
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    webs = _assert_same(validator, sorted(tmp_path.iterdir()))
    found = {name: [f["record"] for f in web["findings"] if f["code"] == "read.duplicate-key"]
             for name, web in webs.items()}
    assert found == {"export.json": [None], "nested.json": [None], "key_as_value.json": [None],
                     "clean.json": [], "clients.jsonl": ["line 2", "line 3"]}, found


def test_hostile_workbooks_are_refused_before_parsing(validator) -> None:
    for name, code in (("hostile_zip_bomb.xlsx", "read.zip-bomb"),
                       ("hostile_entity_bomb.xlsx", "read.xml-entity")):
        web = _browser(validator, ROOT / "tests" / "data" / "forms" / name)
        assert web["exit_code"] == 2 and not web["files"][0]["readable"], name
        assert [f["code"] for f in web["findings"]] == [code], web["findings"]
        assert web["summary"]["records"] == 0
    xxe = _browser(validator, ROOT / "tests" / "data" / "broken" / "xlsx_xxe.xlsx")
    assert [f["code"] for f in xxe["findings"]] == ["read.xml-entity"]


def test_a_filled_form_picked_in_the_page(page, base_url, tmp_path) -> None:  # noqa: F811
    """The user's way: pick a filled Swedish form on the Swedish page; findings name cells."""
    path = tmp_path / "identifiering.xlsx"
    path.write_bytes(_planted(_fill("identification", "sv"), "bad-date"))
    page.goto(base_url + "/sv/validator/")
    page.wait_for_function("document.querySelector('[data-cm-validator]').dataset.ready")
    page.locator("[data-cm-files]").set_input_files(str(path))
    page.wait_for_function("document.querySelector('[data-cm-validator]').dataset.report")
    report = json.loads(page.evaluate(
        "document.querySelector('[data-cm-validator]').dataset.report"))
    assert report["exit_code"] == 1
    assert any(f["cell"] and f["cell"].endswith("5") for f in report["findings"])
    assert page.locator("[data-cm-results] [data-verdict=invalid]").count() == 1
    assert page.locator("[data-cm-results] td", has_text="!").count() >= 1  # the cell column
