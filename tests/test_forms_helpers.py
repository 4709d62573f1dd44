"""What a nurse needs to fill the forms: code lists, worker lists, coherent examples, item topics."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
import pytest
import yaml
from openpyxl.utils import get_column_letter
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.forms.build import build
from cm_model.forms.definitions import FORMS, form_by_id
from cm_model.forms.layout import PARENT, form_layout
from cm_model.forms.reader import read_form
from cm_model.forms.render import EXAMPLE_ROW, FIRST_DATA_ROW, HEADER_ROW, deterministic_zip
from cm_model.forms.schema_view import current_view
from cm_model.forms.writer import fill_form

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "forms"
CLIENTS = json.loads((DATA / "clients.json").read_text(encoding="utf-8"))
CATALOGUE = yaml.safe_load(
    (ROOT / "src" / "cm_model" / "metrics" / "default_triggers.yaml").read_text("utf-8"))
SHEETS = {"fi": ("Herätelista", "Työntekijät"), "sv": ("Signalkatalog", "Arbetstagare"),
          "en": ("Trigger catalogue", "Workers")}


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return build(ROOT)


def _workbook(built, form_id: str, lang: str):
    spec = form_by_id(form_id)
    return openpyxl.load_workbook(io.BytesIO(built[f"forms/{lang}/{spec.file[lang]}"]))


def _validation(ws, letter: str):
    for dv in ws.data_validations.dataValidation:
        if str(dv.sqref).split(":")[0] == f"{letter}{EXAMPLE_ROW}":
            return dv
    raise AssertionError(f"no validation on {ws.title}!{letter}")


def _column(layout, path: str, field: str):
    sheet = layout.sheet(path)
    index = [c.path for c in sheet.columns].index(field) + 1
    return sheet, get_column_letter(index)


def _save(wb, tmp_path: Path, name: str = "filled.xlsx") -> Path:
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / name
    path.write_bytes(deterministic_zip(buf.getvalue()))
    return path


# -- 1. trigger catalogue and worker list ---------------------------------------------------
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_trigger_codes_come_from_a_visible_catalogue_with_an_open_dropdown(built, lang):
    wb = _workbook(built, "identification", lang)
    ws = wb[SHEETS[lang][0]]
    assert ws.sheet_state == "visible" and ws.protection.sheet
    codes = [ws.cell(r, 1).value for r in range(3, 3 + len(CATALOGUE))]
    assert codes == [e["code"] for e in CATALOGUE]
    assert ws.cell(3, 2).value == CATALOGUE[0][f"name_{lang}"]
    target = wb.defined_names["L_TriggerCode"].attr_text
    assert target == f"'{ws.title}'!$A$3:$A${2 + len(CATALOGUE)}"
    layout = form_layout(current_view(), form_by_id("identification"))
    sheet, letter = _column(layout, "observed_triggers", "trigger_code")
    data_ws = wb[sheet.names[lang]]
    dv = _validation(data_ws, letter)
    # A dropdown that also takes the organisation's own codes (warning, not stop).
    assert (dv.type, dv.formula1, dv.errorStyle) == ("list", "L_TriggerCode", "warning")
    assert dv.showErrorMessage
    # The example code exists, and the column is wide enough for every code.
    assert data_ws[f"{letter}{EXAMPLE_ROW}"].value in codes
    longest = max(len(c) for c in codes)
    assert data_ws.column_dimensions[letter].width >= longest + 2
    assert "PS-ACUTE-INAPPROPRIATE" in codes


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_trigger_catalogue_sheet_has_no_english_only_column(built, lang):
    """Finnish and Swedish forms describe the triggers in their own language."""
    ws = _workbook(built, "identification", lang)[SHEETS[lang][0]]
    headings = [c.value for c in ws[2]]
    assert not any("englanniksi" in str(h) and "Kuvaus" in str(h) for h in headings)
    description = headings.index({"fi": "Kuvaus", "sv": "Beskrivning"}[lang]) + 1
    for r, entry in enumerate(CATALOGUE, start=3):
        text = ws.cell(r, description).value
        assert text == " ".join(entry[f"trigger_description_{lang}"].split())
        assert text != " ".join(entry["trigger_description"].split())


@pytest.mark.parametrize("spec", FORMS, ids=[f.id for f in FORMS])
def test_every_worker_column_has_a_dropdown_fed_by_the_workers_sheet(built, spec):
    view = current_view()
    layout = form_layout(view, spec)
    worker_columns = [(s, c) for s in layout.sheets for c in s.columns if c.reference == "Worker"]
    for lang in ("fi", "sv", "en"):
        wb = _workbook(built, spec.id, lang)
        if not worker_columns:  # outcome measures name no worker: no list to keep
            assert SHEETS[lang][1] not in wb.sheetnames
            continue
        workers = wb[SHEETS[lang][1]]
        assert workers.sheet_state == "visible"
        assert wb.defined_names["L_Worker"].attr_text.startswith(f"'{workers.title}'!$A$4:")
        for sheet, column in worker_columns:
            letter = get_column_letter(sheet.columns.index(column) + 1)
            dv = _validation(wb[sheet.names[lang]], letter)
            assert (dv.type, dv.formula1, dv.errorStyle) == ("list", "L_Worker", "warning")
        instructions = " ".join(str(c.value) for c in wb.worksheets[0]["A"] if c.value)
        assert SHEETS[lang][1] in instructions


def test_filled_reference_sheets_are_not_read_into_records_or_errors(tmp_path):
    data, _ = fill_form("identification", CLIENTS, "fi")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    workers = wb["Työntekijät"]
    workers["A4"], workers["B4"], workers["C4"] = "TT-0100", "Hoitaja Testi", "Sairaanhoitaja"
    workers["A5"], workers["B5"] = "TT-0101", "Sosiaalityöntekijä Testi"
    ws = wb["Havaitut herätteet"]
    ws["C4"] = "OMA-KOODI-1"  # an organisation's own code, not in the default catalogue
    records = read_form(_save(wb, tmp_path))
    assert [e for r in records for e in r.errors] == []
    assert [r.data["id"] for r in records] == [c["id"] for c in CLIENTS]
    assert records[0].data["observed_triggers"][0]["trigger_code"] == "OMA-KOODI-1"
    assert "Hoitaja Testi" not in json.dumps([r.data for r in records], ensure_ascii=False)


# -- 2. parent-id columns name sheets that exist ---------------------------------------------
@pytest.mark.parametrize("spec", FORMS, ids=[f.id for f in FORMS])
def test_parent_columns_name_the_parent_sheet(built, spec):
    layout = form_layout(current_view(), spec)
    for lang in ("fi", "sv", "en"):
        wb = _workbook(built, spec.id, lang)
        for sheet in layout.sheets[1:]:
            parent = layout.sheet(sheet.parent_path or "").names[lang]
            assert parent in wb.sheetnames
            assert sheet.columns[0].path == PARENT
            assert wb[sheet.names[lang]].cell(HEADER_ROW, 1).value.startswith(f"{parent} – ")
            assert parent in _validation(wb[sheet.names[lang]], "A").prompt


def test_expected_parent_headings_of_the_review():
    view = current_view()
    care = form_layout(view, form_by_id("care_plan"))
    heads = {s.path: s.columns[0].labels["fi"] for s in care.sheets[1:]}
    assert heads["care_plans.goals"].startswith("Yhteiset asiakassuunnitelmat – ")
    assert heads["care_plans.services.goal_ids"].startswith("Palvelut ja toimenpiteet – ")
    assert heads["care_plans.revisions.changed_sections"].startswith("Päivitykset – ")
    outcomes = form_layout(view, form_by_id("outcomes"))
    heads = {s.path: s.columns[0].labels for s in outcomes.sheets[1:]}
    assert heads["whoqol_assessments.domain_scores"]["fi"].startswith("WHOQOL-BREF-arvioinnit – ")
    assert heads["prom_responses.prom_answers"]["fi"].startswith("PROM-vastaukset – ")
    assert heads["prom_responses.prom_answers"]["en"].startswith(
        outcomes.sheet("prom_responses").names["en"] + " – ")


def test_forms_filled_before_the_sheet_named_headings_still_read(tmp_path):
    data, _ = fill_form("care_plan", CLIENTS, "fi")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    plan_label = current_view().class_labels("SharedCarePlan")["fi"]
    wb["Tavoitteet"]["A2"] = f"{plan_label} – Tunniste *"  # the 1.0.0 heading
    records = read_form(_save(wb, tmp_path))
    assert [e for r in records for e in r.errors] == []


# -- 3. example rows are coherent and valid ----------------------------------------------------
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("spec", FORMS, ids=[f.id for f in FORMS])
def test_example_rows_pass_the_validator(built, spec, lang, tmp_path):
    """Copy each example row into the first data row: `cm-model validate` finds no error."""
    layout = form_layout(current_view(), spec)
    wb = _workbook(built, spec.id, lang)
    for sheet in layout.sheets:
        ws = wb[sheet.names[lang]]
        for col in range(1, len(sheet.columns) + 1):
            ws.cell(FIRST_DATA_ROW, col).value = ws.cell(EXAMPLE_ROW, col).value
    path = _save(wb, tmp_path, f"{spec.id}.xlsx")
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert "1 record(s): 0 error(s)" in result.output, result.output
    assert result.exit_code == 0, result.output


def _example(built, form_id: str, path: str, field: str, lang: str = "fi"):
    layout = form_layout(current_view(), form_by_id(form_id))
    sheet, letter = _column(layout, path, field)
    return _workbook(built, form_id, lang)[sheet.names[lang]][f"{letter}{EXAMPLE_ROW}"].value


def test_examples_do_not_contradict_themselves(built):
    hetu = _example(built, "identification", "", "henkilotunnus")
    born = _example(built, "identification", "", "birth_date")
    assert hetu[:6] == born.strftime("%d%m%y") and hetu[6] == "-"
    assert _example(built, "identification", "", "birth_year") == born.year
    assert 900 <= int(hetu[7:10]) <= 999
    # CM-HOI: one network-meeting entry, nothing of other phases.
    assert _example(built, "cm_hoi", "cm_hoi_entries", "phase") == "Verkostopalaveri"
    for field in ("coping_assessment_method", "closing_reason", "is_correction",
                  "corrects_entry"):
        assert _example(built, "cm_hoi", "cm_hoi_entries", field) is None, field
    assert _example(built, "cm_hoi", "status_history", "clienthood_status") == "Aktiivinen"
    # Intensive support: a time-limited period, not permanent.
    start = _example(built, "care_plan", "care_plans.intensive_support_periods", "start_date")
    planned = _example(built, "care_plan", "care_plans.intensive_support_periods", "planned_end_date")
    assert planned > start
    assert _example(built, "care_plan", "care_plans.intensive_support_periods", "end_date") is None
    assert _example(built, "care_plan", "care_plans.intensive_support_periods", "permanent") == "Ei"
    aim = _example(built, "outcomes", "whoqol_assessments", "quadruple_aim_perspective", "en")
    labels = {v.code: v.labels["en"] for v in current_view().enum_values(
        "QuadrupleAimPerspective")}
    assert aim == labels["HEALTH_WELLBEING"]


# -- 4. WHOQOL-BREF as a questionnaire; domain scores optional --------------------------------
@pytest.mark.parametrize(("lang", "seven", "good"), [
    ("fi", "7 Keskittyminen", "4 – Hyvä"),
    ("sv", "7 Koncentration", "4 – Bra"),
    ("en", "7 Concentration", "4 – Good"),
])
def test_whoqol_is_one_row_per_questionnaire_with_answer_dropdowns(
        built, lang, seven, good, tmp_path):
    layout = form_layout(current_view(), form_by_id("outcomes"))
    assert "whoqol_assessments.item_answers" not in [s.path for s in layout.sheets]
    sheet, letter = _column(layout, "whoqol_assessments", "item_answers.7")
    wb = _workbook(built, "outcomes", lang)
    ws = wb[sheet.names[lang]]
    assert ws[f"{letter}2"].value == seven
    items = [c.path for c in sheet.columns if c.path.startswith("item_answers.")]
    assert items == [f"item_answers.{n}" for n in range(1, 27)]
    # Item 1 (overall quality of life) is answered on the poor–good scale.
    _, first = _column(layout, "whoqol_assessments", "item_answers.1")
    dv = _validation(ws, first)
    assert (dv.type, dv.formula1) == ("list", "L_whoqol_good")
    cells = wb.defined_names["L_whoqol_good"].attr_text.split("!")[1].replace("$", "")
    shown = [row[0].value for row in wb["_lists"][cells]]
    assert len(shown) == 5 and shown[3] == good
    # Typed as the label, as a plain number, or as the other language's label.
    data, _ = fill_form("outcomes", CLIENTS[:1], lang)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb[sheet.names[lang]]
    ws[f"{first}{FIRST_DATA_ROW}"] = good
    ws[f"{letter}{FIRST_DATA_ROW}"] = "2"
    _, sleep = _column(layout, "whoqol_assessments", "item_answers.16")
    ws[f"{sleep}{FIRST_DATA_ROW}"] = "Nöjd" if lang == "fi" else "Tyytyväinen"
    records = read_form(_save(wb, tmp_path))
    assert [e for r in records for e in r.errors] == []
    answers = {a["item_number"]: a["answer"]
               for a in records[0].data["whoqol_assessments"][0]["item_answers"]}
    assert (answers[1], answers[7], answers[16]) == (4, 2, 4)


@pytest.mark.parametrize("raw", ["6", "0", "Hyvin hyvä ehkä"])
def test_whoqol_answer_outside_the_scale_is_located(raw, tmp_path):
    layout = form_layout(current_view(), form_by_id("outcomes"))
    sheet, letter = _column(layout, "whoqol_assessments", "item_answers.9")
    data, _ = fill_form("outcomes", CLIENTS[:1], "fi")
    wb = openpyxl.load_workbook(io.BytesIO(data))
    wb[sheet.names["fi"]][f"{letter}{FIRST_DATA_ROW}"] = raw
    records = read_form(_save(wb, tmp_path))
    errors = [e for r in records for e in r.errors]
    assert len(errors) == 1 and errors[0][0].endswith(f"!{letter}{FIRST_DATA_ROW}")
    assert raw not in errors[0][1]


def test_nps_answer_is_picked_from_a_0_to_10_list(built):
    layout = form_layout(current_view(), form_by_id("outcomes"))
    sheet, letter = _column(layout, "nps_responses", "nps_score")
    wb = _workbook(built, "outcomes", "sv")
    dv = _validation(wb[sheet.names["sv"]], letter)
    assert (dv.type, dv.formula1) == ("list", "L_nps")
    cells = wb.defined_names["L_nps"].attr_text.split("!")[1].replace("$", "")
    shown = [row[0].value for row in wb["_lists"][cells]]
    assert len(shown) == 11 and shown[0].startswith("0 – ") and shown[10].startswith("10 – ")


def test_whoqol_domain_scores_are_marked_optional(built):
    layout = form_layout(current_view(), form_by_id("outcomes"))
    sheet = layout.sheet("whoqol_assessments.domain_scores")
    for lang, word in (("fi", "Valinnainen"), ("sv", "Frivilligt"), ("en", "Optional")):
        ws = _workbook(built, "outcomes", lang)[sheet.names[lang]]
        assert word.lower() in sheet.names[lang].lower()
        for index in range(1, len(sheet.columns) + 1):
            assert not ws.cell(HEADER_ROW, index).value.endswith(" *")
            assert _validation(ws, get_column_letter(index)).prompt.startswith(word)
