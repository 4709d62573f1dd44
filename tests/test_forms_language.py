"""The reader's language: Finnish and Swedish forms carry no English-only text, and the
messages of `cm-model forms import` come in the language asked for (or the form's)."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.forms.build import build
from cm_model.forms.definitions import FORMS
from cm_model.forms.layout import form_layout
from cm_model.forms.render import EXAMPLE_ROW, FIRST_DATA_ROW, HEADER_ROW, deterministic_zip
from cm_model.forms.schema_view import current_view
from cm_model.forms.texts import INSTRUCTIONS_SHEET, instructions
from cm_model.forms.writer import fill_form

ROOT = Path(__file__).resolve().parents[1]
# Words that give English text away in a Finnish or Swedish form.
ENGLISH = (" the ", " which ", " when ", " and the ", " of the ", "Pick ", "Required")


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return build(ROOT)


def _book(built, spec, lang):
    return openpyxl.load_workbook(io.BytesIO(built[f"forms/{lang}/{spec.file[lang]}"]))


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize("spec", FORMS, ids=[f.id for f in FORMS])
def test_no_english_only_text_in_finnish_and_swedish_forms(built, spec, lang):
    wb = _book(built, spec, lang)
    layout = form_layout(current_view(), spec)
    for sheet in layout.sheets:
        ws = wb[sheet.names[lang]]
        for dv in ws.data_validations.dataValidation:
            for text in (dv.prompt or "", dv.error or "", dv.promptTitle or ""):
                assert not any(w in f" {text} " for w in ENGLISH), (ws.title, text)
        for index, column in enumerate(sheet.columns, start=1):
            heading = ws.cell(HEADER_ROW, index).value
            label = column.labels[lang]
            assert heading.startswith(label), (ws.title, heading)
            if column.descriptions.get("en") and column.descriptions.get(lang):
                assert column.descriptions[lang] != column.descriptions["en"]
    for row in wb[INSTRUCTIONS_SHEET[lang]].iter_rows(values_only=True):
        text = f" {row[0] or ''} "
        assert not any(w in text for w in ENGLISH), text
    # Every visible sheet name is in the form's language.
    english = {s.names["en"] for s in layout.sheets} - {s.names[lang] for s in layout.sheets}
    assert not english & set(wb.sheetnames)


def test_swedish_descriptions_come_from_the_schema():
    view = current_view()
    missing = [f"{cls}.{name}" for cls in view.classes for name, slot in
               view.class_slots(cls).items() if "fi" in slot.descriptions
               and "sv" not in slot.descriptions]
    assert missing == []
    assert view.class_slots("Client")["id"].descriptions["sv"].startswith("Postens identifierare")


def test_swedish_instructions_name_the_swedish_sheets():
    spec = FORMS[2]
    layout = form_layout(current_view(), spec)
    text = "\n".join(t for t, _ in instructions(layout, "sv"))
    assert "Så här fyller du i blanketten" in text
    for sheet in layout.sheets:
        assert f"• {sheet.names['sv']}:" in text


def _broken_form(lang: str, tmp_path: Path) -> Path:
    from cm_model import synth

    data, _ = fill_form("care_plan", [synth.client(i, 5) for i in range(2)], lang)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    layout = form_layout(current_view(), FORMS[2])
    ws = wb[layout.sheet("care_plans").names[lang]]
    date_col = [c.path for c in layout.sheet("care_plans").columns].index("created_date") + 1
    ws.cell(FIRST_DATA_ROW, date_col, "not a date")
    ws.cell(FIRST_DATA_ROW + 1, date_col, "=1+1")
    wb.create_sheet("Extra")["A1"] = "x"
    assert ws.cell(EXAMPLE_ROW, 1).value
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / f"broken_{lang}.xlsx"
    path.write_bytes(deterministic_zip(buf.getvalue()))
    return path


EXPECTED = {
    "fi": ("välilehti ei kuulu lomakkeeseen", "ei ole päivämäärä", "sisältää kaavan"),
    "sv": ("fliken hör inte till blanketten", "är inte ett datum", "innehåller en formel"),
    "en": ("sheet is not part of the form", "is not a date", "contains a formula"),
}


@pytest.mark.parametrize("form_lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("asked", [None, "fi", "sv", "en"])
def test_import_messages_in_the_language_asked_for(form_lang, asked, tmp_path):
    path = _broken_form(form_lang, tmp_path)
    args = ["forms", "import", str(path), "-o", str(tmp_path / "out.jsonl")]
    result = CliRunner().invoke(app, args + (["--lang", asked] if asked else []))
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith(path.name)]
    want = asked or form_lang
    for phrase in EXPECTED[want]:
        assert sum(phrase in line for line in lines) == 1, (phrase, lines)
    others = [p for lang, ps in EXPECTED.items() if lang != want for p in ps]
    assert not any(p in line for p in others for line in lines)
    assert "not a date" not in "\n".join(lines).replace("is not a date", "")


def test_every_finnish_description_in_the_schema_has_a_swedish_one():
    from cm_model.schema_info import load_schema_dict

    schema = load_schema_dict()
    missing = [
        f"{part}.{name}"
        for part in ("classes", "slots", "enums")
        for name, element in (schema.get(part) or {}).items()
        if "description_fi" in ((element or {}).get("annotations") or {})
        and not ((element or {}).get("annotations") or {}).get("description_sv")
    ]
    assert missing == []
    assert len([1 for part in ("classes", "slots", "enums")
                for e in schema[part].values() if "description_sv" in (e.get("annotations") or {})
                ]) >= 220


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("form_id", [f.id for f in FORMS])
def test_each_screenshot_opens_a_dropdown_with_a_prompt(form_id, lang):
    """What `make screenshots` shows: the showcase sheet opened, a filled list cell selected."""
    from openpyxl.utils import column_index_from_string

    from cm_model.forms.screenshots import showcase_workbook

    data, cell = showcase_workbook(form_id, lang)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    ws = wb.active
    assert ws.title not in (INSTRUCTIONS_SHEET[lang], "_lists", "_cm_meta")
    column = "".join(ch for ch in cell if ch.isalpha())
    row = int(cell[len(column):])
    assert ws[cell].value not in (None, "")
    found = [dv for dv in ws.data_validations.dataValidation
             if any(r.min_col <= column_index_from_string(column) <= r.max_col
                    and r.min_row <= row <= r.max_row for r in dv.sqref.ranges)]
    assert len(found) == 1 and found[0].type == "list" and found[0].prompt


def test_a_picture_names_the_form_it_shows(tmp_path):
    """`make screenshots` re-renders a picture only when what it shows changed."""
    from PIL import Image

    from cm_model.forms.screenshots import SCREEN, _save_small, is_current, source_digest

    digest = source_digest("care_plan", "sv")
    assert digest == source_digest("care_plan", "sv")
    assert digest != source_digest("care_plan", "fi")
    raw = tmp_path / "screen.png"
    Image.new("RGB", SCREEN, "white").save(raw)
    target = tmp_path / "care_plan.png"
    _save_small(raw, target, digest)
    assert is_current(target, digest)
    assert not is_current(target, source_digest("cm_hoi", "sv"))
    assert not is_current(tmp_path / "missing.png", digest)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["care_plan.png", "screen.png"]
