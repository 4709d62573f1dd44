"""Records → filled forms: pre-filling a form for staff, and the first half of the round trip.

A form shows one moment of work, so it carries part of a Client; `fill_form` returns the paths
of the values the form has no place for, so nothing is dropped without the caller knowing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from cm_model.forms.cells import get_path, to_cell
from cm_model.forms.choices import choice_label
from cm_model.forms.definitions import FORMS, FormSpec, form_by_id
from cm_model.forms.layout import PARENT, VALUE, FormLayout, SheetLayout, form_layout
from cm_model.forms.render import enum_lookups, render
from cm_model.forms.schema_view import SchemaView, current_view


class FillError(ValueError):
    """Records that cannot be put on the form; ``problems`` are located messages (record
    path and field), without values unless asked for."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


# What a workbook cannot hold: the C0 control characters except tab, line feed and carriage
# return (openpyxl's ILLEGAL_CHARACTERS_RE; XML 1.0 forbids them).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
MAX_PROBLEMS = 50


def _found(value: Any, lang: str) -> str:
    from cm_model.io.messages import TYPE_WORDS

    words = TYPE_WORDS.get(lang, TYPE_WORDS["en"])
    if isinstance(value, dict):
        return {"fi": "objekti", "sv": "objekt"}.get(lang, "object")
    if isinstance(value, list):
        return {"fi": "lista", "sv": "lista"}.get(lang, "list")
    if isinstance(value, bool):
        return words["boolean"]
    if isinstance(value, int | float):
        return words["number"]
    return words["string"]


def form_rows(
    view: SchemaView, layout: FormLayout, records: Iterable[dict[str, Any]], lang: str,
    show_values: bool = False,
) -> tuple[dict[str, list[list[Any]]], list[str]]:
    """Cell values per sheet, and the record paths (e.g. `clients[3].consents`) left out.

    Raises FillError listing every value that cannot be put in a cell: text where a list
    belongs (the text "PPT" for segments is not three segments P, P, T), a list or object where
    one value belongs, a date or date-time that cannot be read or shown (year 9999 moved into
    Finnish time), and control characters a workbook cannot hold."""
    from cm_model.forms.questionnaire import flatten, questionnaire_sheets
    from cm_model.io.messages import message

    records, dropped = flatten(list(records), questionnaire_sheets(layout))
    lookups = enum_lookups(view, layout, lang)
    rows: dict[str, list[list[Any]]] = {sheet.path: [] for sheet in layout.sheets}
    children: dict[str, list[SheetLayout]] = {}
    for sheet in layout.sheets[1:]:
        children.setdefault(sheet.parent_path or "", []).append(sheet)
    problems: list[str] = []

    def problem(where: str, key: str, value: Any = None, **params: Any) -> None:
        text = f"{where}: {message(key, lang, **params)}"
        if show_values and value is not None:
            text += f" ({value!r})"
        problems.append(text)

    def cell(column, value, where: str):
        if isinstance(value, dict | list):
            problem(where, "fill.scalar-expected", value, found=_found(value, lang))
            return None
        try:
            if column.choices:
                shown = choice_label(column.choices, value, lang)
            else:
                shown = to_cell(column.kind, value, lang,
                                lookups.get(column.enum) if column.enum else None)
        except (ValueError, TypeError, OverflowError):
            from cm_model.io.messages import TYPE_WORDS

            kind = TYPE_WORDS.get(lang, TYPE_WORDS["en"]).get(
                {"decimal": "number"}.get(column.kind, column.kind), column.kind)
            problem(where, "fill.value", value, type=kind)
            return None
        if isinstance(shown, str):
            bad = _ILLEGAL.search(shown)
            if bad:
                problem(where, "fill.control", value, char=f"U+{ord(bad.group()):04X}")
                return None
        return shown

    def emit(sheet: SheetLayout, obj: Any, parent_id: Any, where: str) -> None:
        if sheet.cls is not None and not isinstance(obj, dict):
            problem(where, "fill.object-expected", obj, found=_found(obj, lang))
            return
        row = []
        for column in sheet.columns:
            if column.path == PARENT:
                row.append(cell(column, parent_id, where))
            elif column.path == VALUE:
                row.append(cell(column, obj, where))
            else:
                row.append(cell(column, get_path(obj, column.path), f"{where}.{column.path}"))
        rows[sheet.path].append(row)
        if sheet.cls is None:
            return
        shown = {c.path.split(".")[0] for c in sheet.columns}
        linked = {child.slot: child for child in children.get(sheet.path, [])}
        for key, value in obj.items():
            if value in (None, [], {}):
                continue
            if key in linked:
                if not isinstance(value, list):
                    # One decision for every list slot: a lone value is an error, never
                    # split into characters and never guessed to be a one-item list.
                    problem(f"{where}.{key}", "fill.list-expected", value,
                            found=_found(value, lang))
                    continue
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
    if problems:
        if len(problems) > MAX_PROBLEMS:
            rest = len(problems) - MAX_PROBLEMS
            problems = [*problems[:MAX_PROBLEMS], message("fill.more", lang, count=rest)]
        raise FillError(problems)
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
    view: SchemaView | None = None, show_values: bool = False,
) -> tuple[bytes, list[str]]:
    """A form pre-filled with Client records; and the record paths the form cannot hold.
    Raises FillError (located, no values unless `show_values`) for values no cell can take."""
    view = view or current_view()
    spec = form_by_id(form) if isinstance(form, str) else form
    layout = form_layout(view, spec)
    rows, dropped = form_rows(view, layout, records, lang, show_values)
    return render(view, layout, lang, rows), dropped


__all__ = ["FORMS", "FillError", "fill_form", "form_rows"]
