"""Filled intake forms → Client records, with every problem located at a sheet and cell.

Reading trusts the workbook's own map: the hidden `_cm_meta` sheet (sheets, their place in the
record, the column → field mapping) and the hidden first row of each data sheet (the field code
of each column, which moves along if someone moves a column). Label text is only compared, to
report renamed columns. Linked sheets (goals, triggers, services …) are joined back to their
parent rows by id, so each record comes out nested, as the schema has it.

Safety: the zip directory and every XML part are checked before openpyxl parses anything
(`cm_model.io.workbook.check_workbook`, the guard of every command's XLSX reading),
openpyxl runs in read-only streaming mode, and values never appear in
messages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cm_model.forms.cells import CellError, EnumLookup, get_path, normalise_label
from cm_model.forms.layout import PARENT, VALUE
from cm_model.forms.render import (
    KEY_PREFIX,
    LISTS_SHEET,
    META_SHEET,
    example_digest,
    header_text,
)
from cm_model.forms.schema_view import SchemaView, current_view
from cm_model.forms.texts import INSTRUCTIONS_SHEET
from cm_model.io import values
from cm_model.io.limits import MAX_MESSAGES_PER_FILE
from cm_model.io.messages import message as io_message
from cm_model.io.workbook import UnsafeWorkbook, check_workbook

MAX_COLUMNS = 200  # no form has more; a hostile dimension cannot widen rows past this
MAX_META_ROWS = 5000


@dataclass
class FormRecord:
    """One record read from a form. `data` is None for items that carry only errors
    (a workbook-level problem, or a linked row whose parent is missing)."""

    class_name: str | None
    data: dict[str, Any] | None
    sheet: str
    row: int | None
    cells: dict[str, str] = field(default_factory=dict)
    errors: list[tuple[str, str]] = field(default_factory=list)
    file: str = ""
    fatal: bool = False  # the workbook could not be read at all


@dataclass
class _ColumnMap:
    index: int  # 0-based
    path: str
    kind: str
    enum: str | None
    letter: str


@dataclass
class _Sheet:
    name: str
    path: str
    cls: str
    parent_path: str | None
    digest: str
    columns: dict[str, _ColumnMap]  # path → column as the form was generated


@dataclass
class _Meta:
    values: dict[str, str]
    sheets: list[_Sheet]
    references: set[str] = field(default_factory=set)  # help sheets import skips (Workers …)

    def int(self, key: str, default: int) -> int:
        try:
            return int(float(self.values.get(key, default)))
        except (TypeError, ValueError):
            return default


def quote_sheet(name: str) -> str:
    return name if re.fullmatch(r"[A-Za-z0-9_]+", name) else "'" + name.replace("'", "''") + "'"


def ref(sheet: str, letter: str, row: int | None = None) -> str:
    return f"{quote_sheet(sheet)}!{letter}{row if row is not None else ''}"


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def is_form_workbook(path: str | Path) -> bool:
    """True when the file is a zip workbook that declares a `_cm_meta` sheet (cheap check)."""
    import zipfile

    try:
        check_workbook(Path(path))
        with zipfile.ZipFile(path) as archive:
            from defusedxml.ElementTree import fromstring

            root = fromstring(archive.read("xl/workbook.xml"))
    except Exception:  # noqa: BLE001 - any failure means "not a form we can read"
        return False
    for element in root.iter():
        if element.tag.endswith("}sheet") and element.get("name") == META_SHEET:
            return True
    return False


def iter_form_records(
    path: str | Path, lang: str | None = None, view: SchemaView | None = None
) -> Iterator[FormRecord]:
    """Client records of a filled form, in the order of the client rows.

    Never raises for a bad file: an unreadable, hostile or foreign workbook comes out as one
    FormRecord with `data=None` and the reason in `errors`. Workbook-level findings (extra
    sheets, unknown columns, rows whose parent is missing) come first, as items with
    `data=None`; per-row findings are in the errors of the record they belong to.
    """
    path = Path(path)
    result = _read(path, lang, view or current_view())
    yield from _capped(result, lang or "fi")


def _capped(records: list[FormRecord], lang: str) -> Iterator[FormRecord]:
    """At most MAX_MESSAGES_PER_FILE messages per file, then one line with the count of the
    rest (a form with 100 000 orphan rows must not print 400 000 lines). A record whose
    messages are cut keeps none of its data: a record with errors is never written anyway."""
    shown = hidden = 0
    for rec in records:
        if rec.errors:
            room = max(MAX_MESSAGES_PER_FILE - shown, 0)
            if room < len(rec.errors):
                hidden += len(rec.errors) - room
                rec.errors = rec.errors[:room]
                if not rec.errors:
                    rec.data = None
                    rec.class_name = None
                    if not rec.fatal:
                        continue
            shown += len(rec.errors)
        yield rec
    if hidden:
        summary = io_message("read.more", lang, count=hidden, limit=MAX_MESSAGES_PER_FILE)
        yield FormRecord(None, None, "", None, errors=[("…", summary.lstrip("… "))])


def _fatal(path: Path, text: str, sheet: str = "", cell: str = "") -> list[FormRecord]:
    return [FormRecord(None, None, sheet, None, errors=[(cell or path.name, text)],
                       file=str(path), fatal=True)]


def _read(path: Path, lang: str | None, view: SchemaView) -> list[FormRecord]:
    msg_lang = lang or "fi"
    try:
        check_workbook(path)
    except UnsafeWorkbook as exc:
        return _fatal(path, io_message(exc.code, msg_lang, **exc.params))
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many types on broken files
        return _fatal(path, io_message("form.unreadable", msg_lang, d=type(exc).__name__))
    try:
        if META_SHEET not in workbook.sheetnames:
            return _fatal(path, io_message("form.not-form", msg_lang))
        meta = _read_meta(workbook[META_SHEET])
        form_lang = meta.values.get("language") or "fi"
        msg_lang = lang or form_lang
        return _Assembler(path, workbook, meta, form_lang, msg_lang, view).run()
    except _MetaError as exc:
        return _fatal(path, io_message("form.bad-meta", msg_lang, d=str(exc)),
                      cell=f"{META_SHEET}!A1")
    except Exception as exc:  # noqa: BLE001 - a damaged part deep inside the file
        from defusedxml import DefusedXmlException

        if isinstance(exc, DefusedXmlException):
            return _fatal(path, "refused: XML entities or DTD in the workbook")
        return _fatal(path, io_message("form.unreadable", msg_lang, d=type(exc).__name__))
    finally:
        workbook.close()


class _MetaError(ValueError):
    pass


def _read_meta(ws) -> _Meta:
    values: dict[str, str] = {}
    sheets: dict[str, _Sheet] = {}
    references: set[str] = set()
    ws.reset_dimensions()
    for count, row in enumerate(ws.iter_rows(values_only=True, max_col=6)):
        if count > MAX_META_ROWS:
            raise _MetaError("too many rows")
        cells = [("" if v is None else str(v)) for v in row] + [""] * 6
        kind = cells[0]
        if kind == "meta":
            values[cells[1]] = cells[2]
        elif kind == "reference":
            references.add(cells[1])
        elif kind == "sheet":
            parent = cells[4]
            sheets[cells[1]] = _Sheet(
                name=cells[1], path=cells[2], cls=cells[3],
                parent_path=None if parent == "" else ("" if parent == "." else parent),
                digest=cells[5], columns={},
            )
        elif kind == "column":
            sheet = sheets.get(cells[1])
            if sheet is None:
                raise _MetaError(f"column for unknown sheet at row {count + 1}")
            from openpyxl.utils import column_index_from_string

            try:
                index = column_index_from_string(cells[2]) - 1
            except ValueError:
                raise _MetaError(f"bad column letter at row {count + 1}") from None
            sheet.columns[cells[3]] = _ColumnMap(index, cells[3], cells[4], cells[5] or None,
                                                 cells[2])
    if not sheets or "form_id" not in values:
        raise _MetaError("no sheets described")
    roots = [s for s in sheets.values() if s.parent_path is None]
    if len(roots) != 1:
        raise _MetaError("no single client sheet")
    return _Meta(values, list(sheets.values()), references)


def _set(obj: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    for part in parts[:-1]:
        obj = obj.setdefault(part, {})
    obj[parts[-1]] = value


class _Assembler:
    def __init__(self, path: Path, workbook, meta: _Meta, form_lang: str, msg_lang: str,
                 view: SchemaView) -> None:
        self.path = path
        self.workbook = workbook
        self.meta = meta
        self.form_lang = form_lang
        self.lang = msg_lang
        self.view = view
        self.key_row = meta.int("key_row", 1)
        self.header_row = meta.int("header_row", 2)
        self.example_row = meta.int("example_row", 3)
        self.first_row = meta.int("first_data_row", 4)
        # The generator writes 1, 2, 3, 4: other values mean a tampered description, and
        # would skip rows without a word.
        if not (1 <= self.key_row < self.header_row < self.example_row < self.first_row
                <= 10):
            raise _MetaError("row layout (key_row, header_row, example_row, first_data_row)")
        self.lookups: dict[str, EnumLookup] = {}
        self.workbook_errors: list[tuple[str, str]] = []
        self.orphans: list[FormRecord] = []
        self.copied: set[tuple[str, int]] = set()  # columns copied with their code row

    def lookup(self, enum: str) -> EnumLookup:
        if enum not in self.lookups:
            self.lookups[enum] = EnumLookup.build(self.view.enum_values(enum), self.form_lang)
        return self.lookups[enum]

    def run(self) -> list[FormRecord]:
        # A form made for another schema version is read all the same: validation against the
        # current schema decides whether its data fits.
        expected = {s.name for s in self.meta.sheets}
        # Reference sheets (trigger catalogue, the unit's worker list) help filling in and are
        # not read: documented on the instructions sheet.
        known = expected | self.meta.references | {
            META_SHEET, LISTS_SHEET, *INSTRUCTIONS_SHEET.values()}
        for name in self.workbook.sheetnames:
            if name not in known:
                self.workbook_errors.append(
                    (ref(name, "A", 1), io_message("form.extra-sheet", self.lang)))
        roots: list[tuple[dict[str, Any], FormRecord]] = []
        by_path: dict[str, dict[str, list[tuple[dict[str, Any], FormRecord, str]]]] = {}
        for sheet in self.meta.sheets:
            if sheet.name not in self.workbook.sheetnames:
                if sheet.parent_path is None:  # the client sheet: nothing could be read
                    raise _MetaError(io_message("form.missing-sheet", self.lang, s=sheet.name))
                self.workbook_errors.append(
                    (self.path.name, io_message("form.missing-sheet", self.lang, s=sheet.name))
                )
                continue
            if sheet.cls and sheet.parent_path is None and not self.view.class_slots(sheet.cls):
                raise _MetaError(f"unknown class {sheet.cls[:40]!r}")
            self._read_sheet(sheet, roots, by_path)
        from cm_model.forms.questionnaire import questionnaire_sheets, restore

        for data, rec in roots:  # questionnaire columns back into their lists
            restore(data, rec.cells, questionnaire_sheets())
        head: list[FormRecord] = []
        if self.workbook_errors:
            head.append(FormRecord(None, None, "", None, errors=self.workbook_errors,
                                   file=str(self.path)))
        return head + self.orphans + [rec for _, rec in roots]

    # -- one sheet -------------------------------------------------------------------------
    def _column_map(self, sheet: _Sheet, key_cells: list[Any], header: list[Any]) -> dict[int, str]:
        """Column index → field path, from the hidden code row when it is there."""
        found: dict[int, str] = {}
        for index, value in enumerate(key_cells):
            if isinstance(value, str) and value.startswith(KEY_PREFIX):
                found[index] = value[len(KEY_PREFIX):]
        if not found:  # code row deleted: fall back on the positions in _cm_meta
            return {c.index: c.path for c in sheet.columns.values()}
        # A column copied in Excel with its hidden code row carries another column's code:
        # the copy must not overwrite the field. Keep the column at the position _cm_meta
        # gives (else the first), report the others and read nothing from them.
        by_path: dict[str, list[int]] = {}
        for index, path in found.items():
            by_path.setdefault(path, []).append(index)
        for path, where in by_path.items():
            if len(where) < 2:
                continue
            meta_column = sheet.columns.get(path)
            keep = meta_column.index if meta_column and meta_column.index in where else where[0]
            for index in where:
                if index != keep:
                    del found[index]
                    self.copied.add((sheet.name, index))
                    self.workbook_errors.append((
                        ref(sheet.name, _letter(index), self.key_row),
                        io_message("read.code-row-copy", self.lang, column=_letter(index),
                                   field=path, first=_letter(keep))))
        for path, column in sheet.columns.items():
            where = [i for i, p in found.items() if p == path]
            if not where:
                self.workbook_errors.append(
                    (ref(sheet.name, column.letter, self.header_row),
                     io_message("form.missing-column", self.lang, f=path))
                )
        for index, path in found.items():
            if path not in sheet.columns:
                self.workbook_errors.append(
                    (ref(sheet.name, _letter(index), self.key_row),
                     io_message("form.unknown-field", self.lang, f=path))
                )
        return {i: p for i, p in found.items() if p in sheet.columns}

    def _labels_for(self, sheet: _Sheet, path: str) -> tuple[set[str], str]:
        """Every heading a column may carry: its label in any language, with or without marks."""
        from cm_model.forms.definitions import form_by_id
        from cm_model.forms.layout import form_layout

        if not hasattr(self, "_layout"):
            try:
                self._layout = form_layout(self.view, form_by_id(self.meta.values["form_id"]))
            except Exception:  # noqa: BLE001 - an unknown or older form: no label check
                self._layout = None
        if self._layout is None:
            return set(), ""
        try:
            layout_sheet = self._layout.sheet(sheet.path)
        except KeyError:
            return set(), ""
        for column in layout_sheet.columns:
            if column.path == path:
                out = set()
                for lang in ("fi", "en", "sv"):
                    out.add(normalise_label(header_text(column, lang)))
                    out.add(normalise_label(column.labels.get(lang) or ""))
                for alias in column.aliases:
                    out.update((normalise_label(alias), normalise_label(f"{alias} *")))
                return out, header_text(column, self.form_lang)
        return set(), ""

    def _read_sheet(self, sheet: _Sheet, roots, by_path) -> None:
        rows = _iter_rows(self.workbook, self.workbook[sheet.name])
        key_cells: list[Any] = []
        header: list[Any] = []
        example: list[Any] = []
        mapping: dict[int, str] | None = None
        unknown_counts: dict[int, int] = {}
        parents = by_path.get(sheet.parent_path or "", {}) if sheet.parent_path is not None else {}
        own: dict[str, list[tuple[dict[str, Any], FormRecord, str]]] = by_path.setdefault(
            sheet.path, {})
        root_rows: dict[str, int] = {}
        for cells in rows:
            if not cells:
                continue
            rownum = cells[0].row
            if rownum == self.key_row:
                key_cells = _dense(cells)
                continue
            if rownum == self.header_row:
                header = _dense(cells)
                continue
            if mapping is None:
                mapping = self._column_map(sheet, key_cells, header)
                self._check_headers(sheet, mapping, header)
            if rownum == self.example_row:
                example = _dense(cells)
                where = {p: i for i, p in mapping.items()}
                values = [example[where[p]] if where.get(p, len(example)) < len(example)
                          else None for p in sheet.columns]
                if sheet.digest and example_digest(values) != sheet.digest:
                    self.workbook_errors.append(
                        (ref(sheet.name, "A", rownum),
                         io_message("form.example-changed", self.lang))
                    )
                continue
            if rownum < self.first_row:
                if any(c.value not in (None, "") for c in cells):
                    self.workbook_errors.append((ref(sheet.name, "A", rownum),
                                                 io_message("form.skipped-row", self.lang)))
                continue
            record = self._read_row(sheet, mapping, cells, rownum, unknown_counts)
            if record is None:
                continue
            data, rec, parent_key = record
            if sheet.parent_path is None:
                ident = data.get("id")
                rec.class_name = sheet.cls
                if isinstance(ident, str) and ident in root_rows:
                    rec.errors.append((rec.cells.get("id", ""), io_message(
                        "form.duplicate-id", self.lang, r=root_rows[ident])))
                elif isinstance(ident, str):
                    root_rows[ident] = rownum
                    own.setdefault(ident, []).append((data, rec, ""))
                roots.append((data, rec))
                continue
            self._attach(sheet, data, rec, parent_key, parents, own)
        if mapping is None and (key_cells or header):
            mapping = self._column_map(sheet, key_cells, header)
            self._check_headers(sheet, mapping, header)
        for index in getattr(self, "_unknown_headers", set()):
            unknown_counts.setdefault(index, 0)
        self._unknown_headers = set()
        for index, count in sorted(unknown_counts.items()):
            self.workbook_errors.append(
                (ref(sheet.name, _letter(index), self.header_row),
                 io_message("form.unknown-column", self.lang, n=count))
            )

    def _check_headers(self, sheet: _Sheet, mapping: dict[int, str], header: list[Any]) -> None:
        for index, path in sorted(mapping.items()):
            expected, shown = self._labels_for(sheet, path)
            text = header[index] if index < len(header) else None
            if expected and normalise_label(str(text or "")) not in expected:
                self.workbook_errors.append(
                    (ref(sheet.name, _letter(index), self.header_row),
                     io_message("form.renamed-column", self.lang, e=shown))
                )
            # A moved column is fine: its hidden code moved with it.
        self._unknown_headers = {
            index for index, value in enumerate(header)
            if index not in mapping and value not in (None, "")
            and (sheet.name, index) not in self.copied
        }

    def _read_row(self, sheet: _Sheet, mapping: dict[int, str], cells, rownum: int,
                  unknown_counts: dict[int, int]):
        data: dict[str, Any] = {}
        rec = FormRecord(sheet.cls or None, data, sheet.name, rownum, file=str(self.path))
        parent_key: Any = None
        any_value = False
        for cell in cells:
            index = cell.column - 1
            raw = cell.value
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            any_value = True
            where = ref(sheet.name, _letter(index), rownum)
            path = mapping.get(index)
            if path is None:
                unknown_counts[index] = unknown_counts.get(index, 0) + 1
                continue
            if cell.data_type == "f" or (isinstance(raw, str) and raw.startswith("=")
                                         and cell.data_type != "s"):
                rec.errors.append((where, io_message("form.formula", self.lang)))
                rec.cells[path] = where
                continue
            if cell.data_type == "e":
                rec.errors.append((where, io_message("form.error-value", self.lang)))
                rec.cells[path] = where
                continue
            if cell.data_type == "!":  # a date cell whose number names no real day
                rec.errors.append((where, io_message(raw, self.lang, lo="1900-01-01",
                                                     hi="2199-12-31")))
                rec.cells[path] = where
                continue
            column = sheet.columns[path]
            slot = self._slot(sheet, path)
            try:
                value = _parse(column, slot, raw, self.lang, self)
            except CellError as exc:
                rec.errors.append((where, str(exc)))
                rec.cells[path] = where
                continue
            if value is None:
                continue
            rec.cells[path] = where
            if path == PARENT:
                parent_key = value
            elif path == VALUE:
                data[VALUE] = value
            else:
                _set(data, path, value)
        if not any_value:
            return None
        self._check_required(sheet, data, rec, rownum, parent_key)
        return data, rec, parent_key

    def _slot(self, sheet: _Sheet, path: str):
        if path in (PARENT, VALUE):
            return None
        cls = sheet.cls
        slot = None
        for part in path.split("."):
            slots = self.view.class_slots(cls) if cls else {}
            slot = slots.get(part)
            if slot is None:
                return None
            cls = slot.range
        return slot

    def _check_required(self, sheet: _Sheet, data, rec: FormRecord, rownum: int,
                        parent_key) -> None:
        for path, column in sheet.columns.items():
            if path == PARENT:
                if parent_key is None:
                    rec.errors.append((ref(sheet.name, column.letter, rownum),
                                       io_message("form.no-parent-key", self.lang)))
                continue
            if path == VALUE:
                if VALUE not in data:
                    rec.errors.append((ref(sheet.name, column.letter, rownum),
                                       io_message("form.required", self.lang)))
                continue
            slot = self._slot(sheet, path)
            if slot is None or not slot.required:
                continue
            # Required inside an optional group: only once the group is used at all.
            group = path.rpartition(".")[0]
            if group and not _group_used(data, group):
                continue
            if get_path(data, path) is None and path not in rec.cells:
                rec.errors.append((ref(sheet.name, column.letter, rownum),
                                   io_message("form.required", self.lang)))

    def _attach(self, sheet: _Sheet, data, rec: FormRecord, parent_key, parents, own) -> None:
        parent_sheet = next(s.name for s in self.meta.sheets if s.path == sheet.parent_path)
        candidates = parents.get(parent_key) if isinstance(parent_key, str) else None
        if not candidates:
            if parent_key is not None:
                rec.errors.append((rec.cells.get(PARENT, ref(sheet.name, "A", rec.row)),
                                   io_message("form.no-parent", self.lang, s=parent_sheet)))
            rec.data = None
            rec.class_name = None
            self.orphans.append(rec)
            return
        parent_data, parent_rec, parent_prefix = candidates[0]
        if len(candidates) > 1 and sheet.parent_path:
            rec.errors.append((rec.cells.get(PARENT, ""),
                               io_message("form.ambiguous-parent", self.lang, s=parent_sheet)))
        slot = sheet.path.rsplit(".", 1)[-1]
        items = parent_data.setdefault(slot, [])
        prefix = f"{parent_prefix}{'.' if parent_prefix else ''}{slot}[{len(items)}]"
        if VALUE in data:
            items.append(data[VALUE])
            if VALUE in rec.cells:
                parent_rec.cells[prefix] = rec.cells[VALUE]
        else:
            items.append(data)
            for path, where in rec.cells.items():
                if path != PARENT:
                    parent_rec.cells[f"{prefix}.{path}"] = where
            ident = data.get("id")
            if isinstance(ident, str):
                own.setdefault(ident, []).append((data, parent_rec, prefix))
        parent_rec.errors.extend(rec.errors)


@dataclass(frozen=True, slots=True)
class _Cell:
    row: int
    column: int
    value: Any
    data_type: str


def _iter_rows(workbook, ws) -> Iterator[list[_Cell]]:
    """The cells each row really has, without padding.

    openpyxl's own iter_rows pads every row to the sheet's width, so one forged cell at XFD
    would mean 16 384 cells a row, and a cap on the width would silently drop such a cell. The
    sheet parser underneath yields only the cells that exist: each is read or reported.
    """
    try:
        from openpyxl.worksheet._reader import WorkSheetParser

        source = ws._get_source()
        shared = ws._shared_strings
    except (ImportError, AttributeError):  # another openpyxl: the padded public API
        ws.reset_dimensions()
        for row in ws.iter_rows(values_only=False, max_col=MAX_COLUMNS):
            yield [_Cell(c.row, c.column, c.value, c.data_type) for c in row
                   if getattr(c, "column", None) is not None]
        return
    # Dates are converted here, not by openpyxl: its conversion reads serial 60 (29.02.1900,
    # a day that never was) as a real day and warns with the raw value on out-of-range ones.
    date_styles = set(workbook._date_formats) - set(workbook._timedelta_formats)
    mac = getattr(workbook, "epoch", None) is not None and workbook.epoch.year == 1904
    noticed: list[str] = []
    with source as src, values.quiet_library(noticed):
        parser = WorkSheetParser(
            src, shared, data_only=False, epoch=workbook.epoch,
            date_formats=set(), timedelta_formats=set(),
        )
        for _, row in parser.parse():
            yield [_date_cell(c, mac) if c["data_type"] == "n" and c["style_id"] in date_styles
                   and isinstance(c["value"], int | float)
                   else _Cell(c["row"], c["column"], c["value"], c["data_type"]) for c in row]


def _date_cell(c: dict[str, Any], mac: bool) -> _Cell:
    number = c["value"]
    try:
        moment = values.excel_serial(number + 1462 if mac else number)
    except values.CellError as exc:
        return _Cell(c["row"], c["column"], exc.code, "!")
    return _Cell(c["row"], c["column"], moment, "d")


def _dense(cells) -> list[Any]:
    out: list[Any] = []
    for cell in cells:
        index = cell.column - 1
        if index >= MAX_COLUMNS:
            break
        while len(out) < index:
            out.append(None)
        out.append(cell.value)
    return out


def _group_used(data: dict[str, Any], group: str) -> bool:
    value = get_path(data, group)
    return isinstance(value, dict) and bool(value)


def _parse(column: _ColumnMap, slot, raw: Any, lang: str, assembler: _Assembler) -> Any:
    from cm_model.forms.cells import from_cell

    if column.enum and column.enum.startswith("@"):  # a fixed list (questionnaire.py)
        from cm_model.forms.questionnaire import parse_choice

        return parse_choice(column.enum[1:], raw, lang, column.kind)
    if slot is None:  # parent key or plain-value column: typed by the sheet's own slot
        kind = column.kind
        enum = assembler.lookup(column.enum) if column.enum else None
        return from_cell(kind, raw, lang, enum)
    kind = "text" if slot.kind == "reference" else slot.kind
    enum = assembler.lookup(slot.range) if kind == "enum" else None
    return from_cell(kind, raw, lang, enum, slot.minimum, slot.maximum)


def read_form(path: str | Path, lang: str | None = None) -> list[FormRecord]:
    return list(iter_form_records(path, lang))
