"""Draw one form as an .xlsx workbook: instructions, data sheets, hidden lists and `_cm_meta`.

Layout of every data sheet (the row numbers are also recorded in `_cm_meta`):
row 1 (hidden) the field path of each column, so reading survives moved or relabelled columns;
row 2 the labels (`*` required, `(*)` required once the group is used); row 3 an example; data
from row 4. Dropdowns point at defined names over the hidden `_lists` sheet (no 255-character
limit); each column's description is its input prompt.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from collections.abc import Iterable, Sequence
from typing import Any

from cm_model.forms import texts
from cm_model.forms.cells import (
    BOOLEAN_LABELS,
    DATE_FORMAT,
    DATETIME_FORMAT,
    TEXT_FORMAT,
    EnumLookup,
    to_cell,
)
from cm_model.forms.choices import choice_items, choice_label
from cm_model.forms.layout import PARENT, VALUE, Column, FormLayout
from cm_model.forms.schema_view import SchemaView

META_SHEET = "_cm_meta"
LISTS_SHEET = "_lists"
KEY_ROW, HEADER_ROW, EXAMPLE_ROW, FIRST_DATA_ROW = 1, 2, 3, 4
KEY_PREFIX = "cm:"
TEMPLATE_ROWS = 5000
WORKER_ROWS = 1000  # rows of the Workers sheet behind the worker-id dropdowns
REF_HEADER_ROW, REF_FIRST_ROW = 2, 3  # reference sheets: row 1 a note, row 2 headings
FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)
ZIP_TIME = (2025, 1, 1, 0, 0, 0)
MAX_PROMPT = 255
# Named, so that every program shows the same font (LibreOffice renders Calibri with the
# metric-compatible Carlito); an unnamed font falls back to a different one in each program.
FONT = "Calibri"
MAX_PROMPT_TITLE = 32

_NUMBER_FORMATS = {"date": DATE_FORMAT, "datetime": DATETIME_FORMAT, "text": TEXT_FORMAT,
                   "integer": "0", "decimal": "General", "enum": TEXT_FORMAT,
                   "boolean": TEXT_FORMAT}


def list_name(column: Column) -> str | None:
    if column.choices:
        return f"L_{column.choices}"
    if column.reference == "TriggerDefinition":
        return "L_TriggerCode"
    if column.reference == "Worker":
        return "L_Worker"
    if column.kind == "enum" and column.enum:
        return f"L_{column.enum}"
    if column.kind == "boolean":
        return "L_Boolean"
    return None


def enum_lookups(view: SchemaView, layout: FormLayout, lang: str) -> dict[str, EnumLookup]:
    names = {c.enum for s in layout.sheets for c in s.columns if c.enum}
    if texts.references(layout, "Worker"):
        names |= set(WORKER_ENUMS)  # the dropdowns of the Workers sheet
    return {name: EnumLookup.build(view.enum_values(name), lang) for name in sorted(names)}


WORKER_ENUMS = ("Profession", "Sector")


def trigger_catalogue() -> list[dict[str, Any]]:
    """The default trigger catalogue shipped with cm-model (metrics/default_triggers.yaml)."""
    from cm_model.metrics.triggers import default_catalogue_entries

    return default_catalogue_entries()


def header_text(column: Column, lang: str) -> str:
    label = column.labels.get(lang) or column.labels["en"]
    if column.required:
        return f"{label} *"
    if column.conditional:
        return f"{label} (*)"
    return label


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


def prompt_text(column: Column, lang: str, lookup: EnumLookup | None) -> str:
    """Hint first (format, required, bounds) so truncation only ever shortens the description."""
    hint = texts.column_hint(column, lang)
    # Only a description in the form's language: an English sentence in a Finnish form helps
    # nobody (the schema may carry Finnish ones as `annotations: description_fi`).
    description = column.descriptions.get(lang) or ""
    if not description:
        return _truncate(hint, MAX_PROMPT)
    room = MAX_PROMPT - len(hint) - 1
    if room < 20:
        return _truncate(hint, MAX_PROMPT)
    return f"{_truncate(description, room)}\n{hint}" if hint else _truncate(description, MAX_PROMPT)


def example_digest(values: Sequence[Any]) -> str:
    """Fingerprint of the example row, to notice data typed into it (which is never read)."""
    joined = "\x1f".join(normalise_example(v) for v in values)
    return hashlib.sha256(joined.encode()).hexdigest()[:16]


def normalise_example(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def render(
    view: SchemaView,
    layout: FormLayout,
    lang: str,
    rows: dict[str, list[list[Any]]] | None = None,
) -> bytes:
    """The workbook bytes; `rows` (sheet path → cell values per column) pre-fills data rows."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    rows = rows or {}
    lookups = enum_lookups(view, layout, lang)
    wb = Workbook()
    wb.properties.creator = "cm-model"
    wb.properties.title = layout.spec.title[lang]
    wb.properties.description = texts.GENERATED[lang]
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.properties.lastModifiedBy = "cm-model"
    wb.properties.language = lang

    thin = Side(style="thin", color="9DA7B8")
    header_style = NamedStyle(
        name="cm_header",
        font=Font(name=FONT, bold=True, color="1F2A44"),
        fill=PatternFill("solid", fgColor="DCE6F2"),
        alignment=Alignment(wrap_text=True, vertical="top"),
        border=Border(bottom=thin, right=thin),
        protection=Protection(locked=True),
    )
    required_style = NamedStyle(
        name="cm_header_required",
        font=Font(name=FONT, bold=True, color="7A1E00"),
        fill=PatternFill("solid", fgColor="FBE3D6"),
        alignment=Alignment(wrap_text=True, vertical="top"),
        border=Border(bottom=thin, right=thin),
        protection=Protection(locked=True),
    )
    example_style = NamedStyle(
        name="cm_example",
        font=Font(name=FONT, italic=True, color="6B6B6B"),
        fill=PatternFill("solid", fgColor="F2F2F2"),
        protection=Protection(locked=True),
    )
    data_styles: dict[str, NamedStyle] = {}
    for kind, fmt in _NUMBER_FORMATS.items():
        data_styles[kind] = NamedStyle(
            name=f"cm_{kind}", number_format=fmt, protection=Protection(locked=False),
            font=Font(name=FONT, size=11),
            alignment=Alignment(vertical="top"),
        )
    for style in (header_style, required_style, example_style, *data_styles.values()):
        wb.add_named_style(style)

    _instructions(wb.active, layout, lang)

    # Hidden dropdown lists: labels shown to people, codes beside them for readers of the file.
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    list_col = 1
    yes, no = BOOLEAN_LABELS.get(lang, BOOLEAN_LABELS["en"])
    list_sources: list[tuple[str, list[tuple[str, str]]]] = [
        ("L_Boolean", [(yes, "true"), (no, "false")])
    ]
    for enum_name, lookup in lookups.items():
        list_sources.append((f"L_{enum_name}", [(lbl, code) for code, lbl in lookup.shown.items()]))
    for choice in sorted({c.choices for s in layout.sheets for c in s.columns if c.choices}):
        items = [(lbl, str(v)) for lbl, v in choice_items(choice, lang)]
        list_sources.append((f"L_{choice}", items))
    for name, items in list_sources:
        letter = get_column_letter(list_col)
        code_letter = get_column_letter(list_col + 1)
        lists.cell(1, list_col, name)
        lists.cell(1, list_col + 1, "code")
        for i, (label, code) in enumerate(items, start=2):
            lists.cell(i, list_col, label)
            lists.cell(i, list_col + 1, code)
        ref = f"'{LISTS_SHEET}'!${letter}$2:${letter}${len(items) + 1}"
        wb.defined_names[name] = DefinedName(name, attr_text=ref)
        lists.column_dimensions[letter].width = 40
        lists.column_dimensions[code_letter].width = 28
        list_col += 3

    meta_rows: list[list[Any]] = [
        ["meta", "generated", texts.GENERATED["en"]],
        ["meta", "schema_version", layout.schema_version],
        ["meta", "form_id", layout.spec.id],
        ["meta", "form_version", layout.spec.version],
        ["meta", "language", lang],
        ["meta", "key_row", KEY_ROW],
        ["meta", "header_row", HEADER_ROW],
        ["meta", "example_row", EXAMPLE_ROW],
        ["meta", "first_data_row", FIRST_DATA_ROW],
    ]
    examples = _examples(layout, lang, lookups)
    catalogue = trigger_catalogue() if texts.references(layout, "TriggerDefinition") else []
    for sheet in layout.sheets:
        ws = wb.create_sheet(sheet.names[lang], index=len(wb.sheetnames) - 1)
        body = rows.get(sheet.path, [])
        last_row = max(FIRST_DATA_ROW + TEMPLATE_ROWS - 1, FIRST_DATA_ROW + len(body) + 999)
        meta_rows.append(
            ["sheet", sheet.names[lang], sheet.path, sheet.cls or "",
             "" if sheet.parent_path is None else sheet.parent_path or ".",
             example_digest(examples[sheet.path])]
        )
        for index, column in enumerate(sheet.columns, start=1):
            letter = get_column_letter(index)
            meta_rows.append(["column", sheet.names[lang], letter, column.path, column.kind,
                              column.enum or (f"@{column.choices}" if column.choices else "")])
            ws.cell(KEY_ROW, index, KEY_PREFIX + column.path)
            head = ws.cell(HEADER_ROW, index, header_text(column, lang))
            head.style = "cm_header_required" if column.required else "cm_header"
            ex = ws.cell(EXAMPLE_ROW, index, examples[sheet.path][index - 1])
            ex.style = "cm_example"
            ex.number_format = _NUMBER_FORMATS.get(column.kind, "General")
            dim = ws.column_dimensions[letter]
            dim.width = _width(column, lang, lookups, catalogue)
            dim.number_format = _NUMBER_FORMATS.get(column.kind, "General")
            dim.protection = Protection(locked=False)
            _validation(ws, DataValidation, column, lang, lookups, letter, last_row)
        data_style = [f"cm_{c.kind}" if c.kind in _NUMBER_FORMATS else "cm_text"
                      for c in sheet.columns]
        for r, values in enumerate(body, start=FIRST_DATA_ROW):
            for c, value in enumerate(values, start=1):
                cell = ws.cell(r, c)
                cell.style = data_style[c - 1]
                if value is None:
                    continue
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # text, even when it looks like a formula or #N/A
        ws.row_dimensions[KEY_ROW].hidden = True
        ws.row_dimensions[HEADER_ROW].height = 48
        ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 2 if len(sheet.columns) > 1 else 1)
        ws.protection.sheet = True
        for allowed in ("formatColumns", "formatRows", "formatCells", "insertRows",
                        "deleteRows", "sort", "autoFilter"):
            setattr(ws.protection, allowed, False)
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
        ws.sheet_view.zoomScale = 100

    if catalogue:
        _trigger_sheet(wb, view, catalogue, lang)
        meta_rows.append(["reference", texts.TRIGGERS_SHEET[lang], "trigger_catalogue"])
    if texts.references(layout, "Worker"):
        _workers_sheet(wb, view, lang, lookups)
        meta_rows.append(["reference", texts.WORKERS_SHEET[lang], "workers"])

    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    for values in meta_rows:
        meta.append(values)
    meta.column_dimensions["A"].width = 10
    meta.column_dimensions["B"].width = 32
    meta.column_dimensions["C"].width = 40
    wb.active = 0
    # Not wb.save(): it stamps the current time into docProps/core.xml.
    from openpyxl.writer.excel import ExcelWriter

    buffer = io.BytesIO()
    ExcelWriter(wb, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return deterministic_zip(buffer.getvalue())


def _validation(ws, DataValidation, column: Column, lang: str, lookups, letter: str,
                last_row: int) -> None:
    lookup = lookups.get(column.enum) if column.enum else None
    kwargs: dict[str, Any] = {}
    error_style = "warning"
    if column.kind in ("enum", "boolean") or column.reference in ("TriggerDefinition", "Worker") \
            or column.choices:
        # Trigger, worker and item lists help but do not bind: warning style lets other values in.
        kwargs = {"type": "list", "formula1": list_name(column)}
    elif column.kind == "date":
        kwargs = {"type": "date", "operator": "between", "formula1": "1", "formula2": "73415"}
    elif column.kind == "datetime":
        kwargs = {"type": "decimal", "operator": "between", "formula1": "1", "formula2": "73416"}
    elif column.kind in ("integer", "decimal"):
        kind = "whole" if column.kind == "integer" else "decimal"
        lo = column.minimum if column.minimum is not None else -1e15
        hi = column.maximum if column.maximum is not None else 1e15
        kwargs = {"type": kind, "operator": "between", "formula1": _num(lo), "formula2": _num(hi)}
        error_style = "stop"
    dv = DataValidation(
        allow_blank=True,
        showInputMessage=True,
        showErrorMessage=bool(kwargs),
        promptTitle=_truncate(column.labels.get(lang) or column.labels["en"], MAX_PROMPT_TITLE),
        prompt=prompt_text(column, lang, lookup),
        errorTitle=_truncate(column.labels.get(lang) or column.labels["en"], MAX_PROMPT_TITLE),
        error=_truncate(texts.column_error(column, lang), MAX_PROMPT),
        errorStyle=error_style,
        **kwargs,
    )
    dv.add(f"{letter}{EXAMPLE_ROW}:{letter}{last_row}")
    ws.add_data_validation(dv)


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _width(column: Column, lang: str, lookups: dict[str, EnumLookup],
           catalogue: Sequence[dict[str, Any]] = ()) -> float:
    label = header_text(column, lang)
    longest_word = max((len(w) for w in label.split()), default=8)
    if column.reference == "TriggerDefinition" and catalogue:
        base = max(len(str(e["code"])) for e in catalogue) + 4  # room for the dropdown arrow
    elif column.choices:
        base = max(len(lbl) for lbl, _ in choice_items(column.choices, lang)) + 4
    elif column.kind in ("date",):
        base = 13
    elif column.kind == "datetime":
        base = 17
    elif column.kind == "enum" and column.enum in lookups:
        base = max(len(v) for v in lookups[column.enum].shown.values()) + 3
    elif column.kind == "boolean":
        base = 10
    elif column.kind in ("integer", "decimal"):
        base = 11
    elif column.path.endswith(("_text", "notes", "client_view", "reason", "summary")):
        base = 48
    else:
        base = 22
    return float(min(max(base, longest_word + 3, len(label) / 2.2, 10), 52))


def _instructions(ws, layout: FormLayout, lang: str) -> None:
    from openpyxl.styles import Alignment, Font

    ws.title = texts.INSTRUCTIONS_SHEET[lang]
    ws.column_dimensions["A"].width = 80
    ws.sheet_view.showGridLines = False
    for text, kind in texts.instructions(layout, lang):
        ws.append([text])
        cell = ws.cell(ws.max_row, 1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if kind == "title":
            cell.font = Font(name=FONT, bold=True, size=16, color="1F2A44")
            ws.row_dimensions[ws.max_row].height = 26
        elif kind == "heading":
            cell.font = Font(name=FONT, bold=True, size=12, color="1F2A44")
        elif kind == "small":
            cell.font = Font(name=FONT, italic=True, size=9, color="6B6B6B")
        if kind in ("para", "small") and len(text) > 88:
            # Spreadsheet programs do not grow rows for wrapped text on their own.
            ws.row_dimensions[ws.max_row].height = 15 * -(-len(text) // 88)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.protection.sheet = True


def _examples(layout: FormLayout, lang: str, lookups: dict[str, EnumLookup]) -> dict[str, list]:
    """One consistent example row per sheet: child rows point at the parent's example id."""
    ids = {sheet.path: texts.example_id(sheet, layout) for sheet in layout.sheets}
    result: dict[str, list] = {}
    for sheet in layout.sheets:
        values = []
        for column in sheet.columns:
            if column.path == PARENT:
                raw: Any = ids[sheet.parent_path or ""]
            elif column.path == "id":
                raw = ids[sheet.path]
            elif column.path == VALUE and column.kind == "text":
                raw = texts.example_reference(sheet.slot)
            else:
                raw = texts.example_value(column, lang, lookups, sheet.path)
            if raw is not None and column.choices:
                values.append(choice_label(column.choices, raw, lang))
                continue
            values.append(
                to_cell(column.kind, raw, lang, lookups.get(column.enum) if column.enum else None)
                if raw is not None else None
            )
        result[sheet.path] = values
    return result


_TRIGGER_HEADINGS = {
    "fi": ("Koodi", "Nimi", "Toimialat", "Kuvaus", "Nimi ruotsiksi", "Nimi englanniksi"),
    "sv": ("Kod", "Namn", "Sektorer", "Beskrivning", "Namn på finska", "Namn på engelska"),
    "en": ("Code", "Name", "Sectors", "Description", "Name in Finnish", "Name in Swedish"),
}
_OTHER_LANGS = {"fi": ("sv", "en"), "sv": ("fi", "en"), "en": ("fi", "sv")}
_TRIGGER_NOTE = {
    "fi": "cm-modelin oletusherätelista. Herätesarakkeen pudotusvalikko näyttää nämä koodit; "
    "organisaatiosi omat koodit käyvät myös. Tätä välilehteä ei lueta.",
    "sv": "cm-models standardkatalog över signaler. Rullgardinsmenyn i signalkolumnen visar "
    "dessa koder; din organisations egna koder godkänns också. Denna flik läses inte.",
    "en": "cm-model's default trigger catalogue. The trigger column's dropdown shows these "
    "codes; your organisation's own codes are accepted too. This sheet is not read.",
}
_WORKER_NOTE = {
    "fi": "Kirjoita yksikkösi työntekijät riville 4 ja sen alle. Työntekijäsarakkeiden "
    "pudotusvalikot näyttävät nämä tunnisteet. Tätä välilehteä ei lueta tietueiksi.",
    "sv": "Skriv din enhets arbetstagare från rad 4 och nedåt. Rullgardinsmenyerna i "
    "arbetstagarkolumnerna visar dessa identifierare. Denna flik läses inte in som poster.",
    "en": "List your unit's workers from row 4 down. The worker columns' dropdowns show these "
    "ids. This sheet is not read into records.",
}
_WORKER_EXAMPLE = {
    "fi": {"id": "TT-0007", "name": "Hoitaja Esimerkki", "unit_id": "TK-SALPAUS"},
    "sv": {"id": "AT-0007", "name": "Skötare Exempel", "unit_id": "HC-NORR"},
    "en": {"id": "W-0007", "name": "Nurse Example", "unit_id": "HC-NORTH"},
}


def trigger_description(entry: dict[str, Any], lang: str) -> str:
    """The entry's description in the form's language (English is `trigger_description`)."""
    key = "trigger_description" if lang == "en" else f"trigger_description_{lang}"
    return " ".join(str(entry.get(key) or "").split())


def _reference_header(ws, note: str, headings: Sequence[str], widths: Sequence[float]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    ws.cell(1, 1, note).font = Font(name=FONT, italic=True, color="1F2A44")
    ws.row_dimensions[1].height = 30
    ws.cell(1, 1).alignment = Alignment(wrap_text=False, vertical="top")
    for index, (heading, width) in enumerate(zip(headings, widths, strict=True), start=1):
        ws.cell(REF_HEADER_ROW, index, heading).style = "cm_header"
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = ws.cell(REF_FIRST_ROW, 2)
    ws.protection.sheet = True
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def _trigger_sheet(wb, view: SchemaView, catalogue: Sequence[dict[str, Any]], lang: str) -> None:
    """Visible, read-only list of the default triggers; its code column feeds the dropdown."""
    from openpyxl.styles import Alignment
    from openpyxl.workbook.defined_name import DefinedName

    ws = wb.create_sheet(texts.TRIGGERS_SHEET[lang], index=len(wb.sheetnames) - 1)
    sectors = {v.code: v.labels.get(lang) or v.labels.get("en") or v.code
               for v in view.enum_values("Sector")}
    longest = max(len(str(e["code"])) for e in catalogue)
    _reference_header(ws, _TRIGGER_NOTE[lang], _TRIGGER_HEADINGS[lang],
                      (longest + 3, 44, 30, 90, 40, 40))
    for row, entry in enumerate(catalogue, start=REF_FIRST_ROW):
        # Only texts in the form's language up front; the other names come last, for matching
        # a code with a colleague's form in another language.
        description = trigger_description(entry, lang)
        values = (str(entry["code"]), entry.get(f"name_{lang}") or "",
                  ", ".join(sectors.get(str(c), str(c)) for c in entry.get("sectors") or ()
                            if isinstance(c, str)),
                  description,
                  *(entry.get(f"name_{other}") or "" for other in _OTHER_LANGS[lang]))
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row, col, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[row].height = 15 * max(1, -(-len(description) // 95))
    last = REF_FIRST_ROW + len(catalogue) - 1
    ref = f"'{ws.title}'!$A${REF_FIRST_ROW}:$A${last}"
    wb.defined_names["L_TriggerCode"] = DefinedName("L_TriggerCode", attr_text=ref)


def _workers_sheet(wb, view: SchemaView, lang: str, lookups: dict[str, EnumLookup]) -> None:
    """The unit's own worker list (typed by the unit); its id column feeds the dropdowns."""
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    ws = wb.create_sheet(texts.WORKERS_SHEET[lang], index=len(wb.sheetnames) - 1)
    slots = view.class_slots("Worker")
    names = [n for n in ("id", "name", "profession", "unit_id", "sector") if n in slots]
    headings = [(slots[n].labels.get(lang) or slots[n].labels["en"]) + (" *" if n == "id" else "")
                for n in names]
    _reference_header(ws, _WORKER_NOTE[lang], headings, [22 if n != "name" else 30 for n in names])
    example = {**_WORKER_EXAMPLE[lang], "profession": "REGISTERED_NURSE",
               "sector": "PRIMARY_HEALTH_CARE"}
    last = REF_FIRST_ROW + WORKER_ROWS
    for col, name in enumerate(names, start=1):
        letter = get_column_letter(col)
        slot = slots[name]
        value: Any = example[name]
        if slot.kind == "enum" and slot.range in lookups:
            value = lookups[slot.range].shown.get(value, value)
            ws.column_dimensions[letter].width = max(
                22, max(len(v) for v in lookups[slot.range].shown.values()) + 3)
        ws.cell(REF_FIRST_ROW, col, value).style = "cm_example"
        # Unlocked text cells below the example (ids keep their leading zeros).
        ws.column_dimensions[letter].protection = Protection(locked=False)
        ws.column_dimensions[letter].number_format = TEXT_FORMAT
        description = slot.descriptions.get(lang) or ""
        dv = DataValidation(
            allow_blank=True, showInputMessage=True,
            promptTitle=_truncate(headings[col - 1], MAX_PROMPT_TITLE),
            prompt=_truncate(description, MAX_PROMPT),
            **({"type": "list", "formula1": f"L_{slot.range}", "showErrorMessage": True,
                "errorStyle": "warning",
                "error": texts.column_error(_enum_column(slot), lang)}
               if slot.kind == "enum" and slot.range in lookups else {}),
        )
        dv.add(f"{letter}{REF_FIRST_ROW + 1}:{letter}{last}")
        ws.add_data_validation(dv)
    ref = f"'{ws.title}'!$A${REF_FIRST_ROW + 1}:$A${last}"
    wb.defined_names["L_Worker"] = DefinedName("L_Worker", attr_text=ref)


def _enum_column(slot) -> Column:
    return Column(slot.name, "enum", slot.range, False, False, None, None, None,
                  dict(slot.labels), dict(slot.descriptions))


def deterministic_zip(data: bytes, entries: Iterable[str] | None = None) -> bytes:
    """Rewrite a zip with fixed timestamps and attributes so equal content gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in entries or source.namelist():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, source.read(name), compresslevel=6)
    return out.getvalue()
