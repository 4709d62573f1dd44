"""Records → filled forms: pre-filling a form for staff, and the first half of the round trip.

A form shows one moment of work, so it carries part of a Client; `fill_form` returns the paths
of the values the form has no place for, so nothing is dropped without the caller knowing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cm_model.forms.cells import get_path, to_cell
from cm_model.forms.choices import choice_label
from cm_model.forms.definitions import FORMS, FormSpec, form_by_id
from cm_model.forms.layout import PARENT, VALUE, FormLayout, SheetLayout, form_layout
from cm_model.forms.render import enum_lookups, render
from cm_model.forms.schema_view import SchemaView, current_view


def form_rows(
    view: SchemaView, layout: FormLayout, records: Iterable[dict[str, Any]], lang: str
) -> tuple[dict[str, list[list[Any]]], list[str]]:
    """Cell values per sheet, and the record paths (e.g. `clients[3].consents`) left out."""
    from cm_model.forms.questionnaire import flatten, questionnaire_sheets

    records, dropped = flatten(list(records), questionnaire_sheets(layout))
    lookups = enum_lookups(view, layout, lang)
    rows: dict[str, list[list[Any]]] = {sheet.path: [] for sheet in layout.sheets}
    children: dict[str, list[SheetLayout]] = {}
    for sheet in layout.sheets[1:]:
        children.setdefault(sheet.parent_path or "", []).append(sheet)

    def cell(column, value):
        if column.choices:
            return choice_label(column.choices, value, lang)
        return to_cell(column.kind, value, lang, lookups.get(column.enum) if column.enum else None)

    def emit(sheet: SheetLayout, obj: Any, parent_id: Any, where: str) -> None:
        row = []
        for column in sheet.columns:
            if column.path == PARENT:
                row.append(parent_id)
            elif column.path == VALUE:
                row.append(cell(column, obj))
            else:
                row.append(cell(column, get_path(obj, column.path)))
        rows[sheet.path].append(row)
        if sheet.cls is None:
            return
        shown = {c.path.split(".")[0] for c in sheet.columns}
        linked = {child.slot: child for child in children.get(sheet.path, [])}
        for key, value in obj.items():
            if value in (None, [], {}):
                continue
            if key in linked:
                for i, item in enumerate(value):
                    emit(linked[key], item, obj.get(view.identifier(sheet.cls) or "id"),
                         f"{where}.{key}[{i}]")
            elif key not in shown:
                dropped.append(f"{where}.{key}" if where else key)
            elif isinstance(value, dict):
                columns = {c.path for c in sheet.columns}
                dropped.extend(_uncovered(value, key, columns, where))

    for index, record in enumerate(records):
        emit(layout.sheets[0], record, None, f"[{index}]")
    return rows, dropped


def _uncovered(value: dict[str, Any], prefix: str, columns: set[str], where: str) -> list[str]:
    out = []
    for key, inner in value.items():
        path = f"{prefix}.{key}"
        if inner in (None, [], {}):
            continue
        if isinstance(inner, dict):
            out.extend(_uncovered(inner, path, columns, where))
        elif path not in columns:
            out.append(f"{where}.{path}")
    return out


def fill_form(
    form: str | FormSpec, records: Iterable[dict[str, Any]], lang: str = "fi",
    view: SchemaView | None = None,
) -> tuple[bytes, list[str]]:
    """A form pre-filled with Client records; and the record paths the form cannot hold."""
    view = view or current_view()
    spec = form_by_id(form) if isinstance(form, str) else form
    layout = form_layout(view, spec)
    rows, dropped = form_rows(view, layout, records, lang)
    return render(view, layout, lang, rows), dropped


__all__ = ["FORMS", "fill_form", "form_rows"]
