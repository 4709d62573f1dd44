"""The generated intake forms: what a person opening them in Excel or LibreOffice gets."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cm_model.forms.build import build
from cm_model.forms.definitions import FORMS
from cm_model.forms.layout import PARENT, form_layout
from cm_model.forms.render import EXAMPLE_ROW, FIRST_DATA_ROW, HEADER_ROW, LISTS_SHEET, META_SHEET
from cm_model.forms.schema_view import current_view

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def built() -> dict[str, bytes]:
    return build(ROOT)


def _open(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data))


def test_every_form_in_finnish_swedish_and_english(built):
    assert len(built) == 3 * len(FORMS)
    for spec in FORMS:
        for lang in ("fi", "sv", "en"):
            assert f"forms/{lang}/{spec.file[lang]}" in built


def test_regenerating_gives_identical_bytes(built):
    again = build(ROOT)
    assert again == built
    # No wall-clock time leaks into the zip entries or the document properties.
    for data in built.values():
        archive = zipfile.ZipFile(io.BytesIO(data))
        assert {info.date_time for info in archive.infolist()} == {(2025, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
        assert "2025-01-01T00:00:00Z" in core


def test_committed_forms_match_the_schema(built):
    """`cm-model generate` output is committed; a schema change without regeneration fails."""
    for rel, data in built.items():
        path = ROOT / rel
        assert path.is_file(), f"{rel} missing: run `cm-model generate`"
        assert path.read_bytes() == data, f"{rel} is stale: run `cm-model generate`"


@pytest.mark.parametrize("spec", FORMS, ids=[f.id for f in FORMS])
def test_finnish_form_shows_labels_prompts_and_dropdowns(built, spec):
    view = current_view()
    layout = form_layout(view, spec)
    wb = _open(built[f"forms/fi/{spec.file['fi']}"])
    assert wb.sheetnames[0] == "Ohjeet"
    assert wb[META_SHEET].sheet_state == "hidden"
    assert wb[LISTS_SHEET].sheet_state == "hidden"
    meta = {row[1]: row[2] for row in wb[META_SHEET].iter_rows(values_only=True)
            if row[0] == "meta"}
    assert meta["schema_version"] == view.version
    assert meta["form_version"] == spec.version
    for sheet in layout.sheets:
        ws = wb[sheet.names["fi"]]
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith(str(FIRST_DATA_ROW))
        assert ws.protection.sheet, "header rows are locked"
        assert ws.row_dimensions[1].hidden
        validations = {str(dv.sqref).split(":")[0]: dv for dv in ws.data_validations.dataValidation}
        for index, column in enumerate(sheet.columns, start=1):
            letter = openpyxl.utils.get_column_letter(index)
            header = ws.cell(HEADER_ROW, index).value
            # A Finnish label from the schema, never the raw slot name.
            assert column.labels["fi"] in header
            assert "_" not in header and column.path not in header
            assert header.endswith(" *") == column.required
            assert ws.cell(HEADER_ROW, index).protection.locked
            assert ws.column_dimensions[letter].width >= 10
            dv = validations[f"{letter}{EXAMPLE_ROW}"]
            assert dv.prompt and len(dv.prompt) <= 255
            assert dv.promptTitle and len(dv.promptTitle) <= 32
            if column.kind in ("enum", "boolean"):
                assert dv.type == "list"
                assert dv.formula1 in wb.defined_names
            if column.kind == "date":
                assert dv.type == "date"
                assert ws.column_dimensions[letter].number_format == "DD.MM.YYYY"
            if column.choices:  # WHOQOL-BREF items: "7 – Keskittyminen" from a list
                assert dv.type == "list" and dv.errorStyle == "warning"
            elif column.kind in ("integer", "decimal") and column.maximum is not None:
                assert float(dv.formula2) == column.maximum
            if column.required and column.path != PARENT:
                assert "Pakollinen" in dv.prompt
            # Plain Finnish: the column's description, not an English sentence.
            assert column.descriptions.get("fi"), column.path
            assert dv.prompt.startswith(column.descriptions["fi"][:20])
        assert any(ws.cell(EXAMPLE_ROW, i).value is not None
                   for i in range(1, len(sheet.columns) + 1))


def test_dropdown_lists_are_not_limited_to_255_characters(built):
    wb = _open(built["forms/fi/1_tunnistaminen_ja_ilmoitus.xlsx"])
    # Client segments: the longest list; Excel's inline lists stop at 255 characters.
    target = wb.defined_names["L_ClientSegment"].attr_text
    sheet, cells = target.split("!")
    assert sheet.strip("'") == LISTS_SHEET
    labels = [c.value for row in wb[LISTS_SHEET][cells.replace("$", "")] for c in row]
    values = current_view().enum_values("ClientSegment")
    assert labels == [v.labels["fi"] for v in values]
    assert len(", ".join(labels)) > 255  # would not fit an inline Excel list


def test_prompts_are_truncated_sensibly():
    from cm_model.forms.layout import Column
    from cm_model.forms.render import prompt_text

    column = Column("notes", "text", None, True, False, None, None, None,
                    {"fi": "Huomautukset", "en": "Notes"}, {"en": "word " * 200})
    prompt = prompt_text(column, "en", None)
    assert len(prompt) <= 255
    assert prompt.endswith("Required.")  # the hint survives, the description is cut
    assert "…" in prompt
