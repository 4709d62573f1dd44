"""CSV and XLSX readers: flat rows → records, typed from the schema, located by cell.

Layout (one class per CSV file or per worksheet):
- the header row names fields by slot name; nested single-valued objects use dotted paths
  (``contact_arrangement.method``), list elements an index (``assignments.0.worker_id`` or
  ``assignments[0].worker_id``); a multivalued plain field takes ``|``-separated values;
- an empty cell means "absent";
- cell text is converted to the schema type: integers, decimals (``,`` or ``.``), booleans
  (true/false, 1/0, yes/no, kyllä/ei, tosi/epätosi), dates (``2024-03-01`` or ``1.3.2024``),
  date-times (ISO 8601, or ``1.3.2024 14:05``); a cell that does not convert is reported by
  its reference (``C12`` in CSV, ``Asiakas!C12`` in a workbook).
Which class: ``--class``, else the file or sheet name (class name, list slot such as
``service_contacts``, or the class's fi/sv/en label), else inferred from the header.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from cm_model.io import values
from cm_model.io.limits import DATE_MAX as _DATE_MAX
from cm_model.io.limits import DATE_MIN as _DATE_MIN
from cm_model.io.limits import MAX_COLUMNS, MAX_ROWS
from cm_model.io.problems import Item, Problem
from cm_model.io.problems import safe_name as _safe_name
from cm_model.schema_info import enum_code_lookup, normalise_label
from cm_model.validation import schema

_INDEX = re.compile(r"\[(\d+)\]")


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def split_header(name: str) -> list[str | int]:
    parts: list[str | int] = []
    for piece in _INDEX.sub(r".\1", name.strip()).split("."):
        if piece == "":
            continue
        parts.append(int(piece) if piece.isdigit() else piece)
    return parts


def path_string(parts: Iterable[str | int]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else p
    return out


class _Column:
    __slots__ = ("name", "parts", "field", "path")

    def __init__(self, name: str, parts: list[str | int], fld: schema.Field):
        self.name, self.parts, self.field = name, parts, fld
        self.path = path_string(parts)


_LABELS: dict[str, dict[str, str]] = {}


def slot_labels(class_name: str) -> dict[str, str]:
    """Normalised fi/sv/en labels (and slot names) of a class's fields -> slot name, so that
    headers written as the schema's labels (e.g. Finnish Excel exports) are understood."""
    found = _LABELS.get(class_name)
    if found is not None:
        return found
    from cm_model.schema_info import class_fields

    found = {}
    names = schema.fields(class_name)
    # the fields' induced labels from the generated schema index (no YAML at run time)
    try:
        fields = class_fields(class_name)
    except KeyError:  # not a class of the schema: slot names only
        fields = {}
    for name in names:
        for label in ((fields.get(name) or {}).get("labels") or {}).values():
            found.setdefault(normalise_label(label), name)
    for name in names:
        found[normalise_label(name)] = name
    _LABELS[class_name] = found
    return found


def _resolve_column(class_name: str, name: str) -> _Column | None:
    column = _resolve_path(class_name, name)
    if column is None:
        slot = slot_labels(class_name).get(normalise_label(name))
        if slot is not None and slot != name:
            column = _resolve_path(class_name, slot)
            if column is not None:
                column.name = name
    return column


def _resolve_path(class_name: str, name: str) -> _Column | None:
    parts = split_header(name)
    if not parts or not isinstance(parts[0], str):
        return None
    cls, fld = class_name, None
    i = 0
    while i < len(parts):
        part = parts[i]
        if not isinstance(part, str):
            return None
        fld = schema.fields(cls).get(part)
        if fld is None:
            return None
        i += 1
        if fld.multivalued and fld.kind == "object":
            if i == len(parts):
                # the column of an empty list (as synth writes it): only empty cells allowed
                return _Column(name, parts, schema.Field(fld.name, "empty-list", False, None))
            if not isinstance(parts[i], int):
                return None  # a list of objects needs an index
            i += 1
        elif fld.multivalued and i < len(parts) and isinstance(parts[i], int):
            if i == len(parts) - 1:
                fld = schema.Field(fld.name, fld.kind, False, fld.ref)
                i += 1
                break
            return None
        if fld.kind == "object":
            if i == len(parts):
                return None  # an object column must name a field inside it
            cls = fld.ref or ""
        elif i != len(parts):
            return None
    if fld is None:
        return None
    return _Column(name, parts, fld)


def _enum_code(value: Any, fld: schema.Field) -> Any:
    if fld.kind != "enum" or not fld.ref or not isinstance(value, str):
        return value
    return enum_code_lookup(fld.ref).get(normalise_label(value), value)


def coerce(text: Any, kind: str) -> Any:
    """Cell value → JSON value of the schema type (the rules of :mod:`cm_model.io.values`);
    raises CellError (a ValueError) when it does not fit."""
    if type(text) in (date, datetime) and text < _FIRST_REAL_SERIAL_DAY_TYPED[type(text)]:
        # A spreadsheet date cell before 1 March 1900: Excel's 1900 calendar counts a
        # 29 February that never was, so python-calamine reads serial 60 as 28.02.1900 like
        # serial 59; no record of this domain is that old, so every such cell is refused.
        raise values.CellError("serial")
    if type(text) is time and kind in ("date", "datetime"):
        raise values.CellError("serial")  # calamine's reading of a zero or negative serial
    if kind in ("string", "enum", "any"):
        if isinstance(text, str):
            return text.strip()
        if isinstance(text, bool):
            return str(text).lower()
        return values.to_text(text)
    if kind == "integer":
        return values.to_integer(text)
    if kind == "number":
        return values.to_number(text)
    if kind == "boolean":
        return values.to_boolean(text)
    if kind == "date":
        return values.to_date(text).isoformat()
    if kind == "datetime":
        if isinstance(text, str):
            values.to_datetime(text)  # raises when malformed or out of range
            return text.strip()
        return values.to_datetime(text).isoformat()
    return text


def _set_path(record: dict[str, Any], parts: list[str | int], value: Any) -> bool:
    """Put `value` at `parts`; True when a list got a gap (an index beyond its end)."""
    gap = False
    node: Any = record
    last = len(parts) - 1
    for i in range(last):
        part = parts[i]
        nxt = parts[i + 1]
        if type(part) is int:
            if len(node) <= part:
                gap = gap or len(node) < part
                node.extend([None] * (part + 1 - len(node)))
            child = node[part]
            if child is None:
                child = node[part] = [] if type(nxt) is int else {}
            node = child
        else:
            child = node.get(part)
            if child is None:
                child = node[part] = [] if type(nxt) is int else {}
            node = child
    part = parts[last]
    if type(part) is int:
        if len(node) <= part:
            gap = gap or len(node) < part
            node.extend([None] * (part + 1 - len(node)))
        node[part] = value
    else:
        node[part] = value
    return gap


def _compact(value: Any) -> Any:
    """Drop list gaps left by sparse index columns (assignments.0 and .2 but no .1)."""
    if isinstance(value, dict):
        return {k: _compact(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_compact(v) for v in value if v is not None]
    return value


def infer_class(columns: list[str], hint: str | None) -> str | None:
    if hint:
        found = schema.find_class(hint)
        if found:
            return found
    raw = [str(c).strip() for c in columns if c]
    best, best_score = None, 0
    for cls in schema.class_names():
        if cls == schema.ENVELOPE_CLASS:
            continue
        by_label = slot_labels(cls)
        heads = {by_label.get(normalise_label(c), c.split(".")[0].split("[")[0]) for c in raw}
        names = set(schema.fields(cls))
        if not heads <= names:
            continue
        required = {f.name for f in schema.fields(cls).values() if f.required}
        score = len(heads & names) * 10 + len(heads & required) - len(names)
        if score > best_score:
            best, best_score = cls, score
    return best


class RowBuilder:
    """Maps one header onto a class and turns rows into Items."""

    def __init__(self, class_name: str, header: list[Any], cell_prefix: str, record_prefix: str,
                 text_only: bool = False):
        self.class_name = class_name
        self.cell_prefix = cell_prefix
        self.record_prefix = record_prefix
        self.columns: list[_Column | None] = []
        self.problems: list[Problem] = []
        seen: set[str] = set()
        for index, name in enumerate(header):
            label = "" if name is None else str(name).strip()
            if not label:
                self.columns.append(None)
                continue
            column = _resolve_column(class_name, label)
            cell = f"{cell_prefix}{column_letter(index)}1"
            if column is None:
                self.problems.append(Problem("read.header", {"column": _safe_name(label),
                                                             "cls": class_name}, cell=cell))
            elif column.path in seen:
                self.problems.append(Problem("read.header-duplicate",
                                             {"column": _safe_name(label)}, cell=cell))
                column = None
            else:
                seen.add(column.path)
            self.columns.append(column)

        self._plans: list[_Plan | None] = [
            None if c is None else _Plan(c, column_letter(i)) for i, c in enumerate(self.columns)]

        self._fill = _compile(self._plans, text_only)

    def build(self, row: tuple[Any, ...] | list[Any], rownum: int) -> Iterator[Item | Problem]:
        """One row → one Item (and located problems). The hot path of CSV and XLSX: the
        header is compiled once into a function that converts each column and puts it in its
        place (`_compile`), and cell references are only formatted when a finding asks for
        one (`_LazyCells`)."""
        plans = self._plans
        width = len(plans)
        problems: list[Problem] = []
        if len(row) > width:
            for index in range(width, len(row)):
                raw = row[index]
                if raw is None or (isinstance(raw, str) and not raw.strip()):
                    continue
                problems.append(Problem("read.csv-width", {"found": len(row),
                                        "expected": width},
                                        record=f"{self.record_prefix}row {rownum}",
                                        cell=f"{self.cell_prefix}{column_letter(index)}{rownum}"))
            row = row[:width]
        elif len(row) < width:
            row = list(row) + [None] * (width - len(row))
        record: dict[str, Any] = {}
        flag = [False]  # set when a list got a gap (sparse index columns)
        errors = self._fill(row, record, flag)
        skip: set[str] = set()
        for index, exc in errors or ():
            plan = plans[index]
            assert plan is not None
            problems.append(self._cell_problem(plan, exc, rownum))
            if plan.kind != "empty list":
                skip.add(plan.path)
        yield from problems
        if record:
            yield Item(_compact(record) if flag[0] else record,
                       f"{self.record_prefix}row {rownum}", self.class_name,
                       _LazyCells(self.cell_prefix, rownum, plans, row), frozenset(skip))

    def _cell_problem(self, plan: _Plan, exc: Exception, rownum: int) -> Problem:
        locator = f"{self.record_prefix}row {rownum}"
        cell = f"{self.cell_prefix}{plan.letter}{rownum}"
        kind = plan.kind
        if isinstance(exc, values.CellError):
            # A value of the wrong kind keeps the long-standing code read.coerce; the new
            # classes (range, serial, time of day in a date) have codes of their own.
            plain = exc.key in ("date", "datetime", "integer", "number", "boolean", "enum")
            if not plain:
                return Problem(exc.code, exc.params, record=locator, cell=cell, path=plan.path)
        return Problem("read.coerce", {"type": kind}, record=locator, cell=cell,
                       path=plan.path)


class _LazyCells(Mapping[str, str]):
    """Field path → cell reference of one row, formatted only when asked for."""

    __slots__ = ("_prefix", "_row", "_plans", "_cells", "_map")

    def __init__(self, prefix: str, row: int, plans: list[_Plan | None],
                 cells: list[Any] | tuple[Any, ...]) -> None:
        self._prefix, self._row, self._plans, self._cells = prefix, row, plans, cells
        self._map: dict[str, str] | None = None

    def _letters(self) -> dict[str, str]:
        if self._map is None:
            self._map = {p.path: p.letter for p, v in zip(self._plans, self._cells, strict=False)
                         if p is not None and v is not None
                         and not (isinstance(v, str) and not v.strip())}
        return self._map

    def __getitem__(self, path: str) -> str:
        return f"{self._prefix}{self._letters()[path]}{self._row}"

    def __contains__(self, path: object) -> bool:
        return path in self._letters()

    def __iter__(self) -> Iterator[str]:
        return iter(self._letters())

    def __len__(self) -> int:
        return len(self._letters())


class _Blank(Exception):
    """A cell of white space only: absent, like an empty cell."""


class _Plan:
    """One column worked out once: its converter and where its value goes."""

    __slots__ = ("path", "letter", "parts", "key", "kind", "convert", "shape", "plain",
                 "multivalued", "codes")

    def __init__(self, column: _Column, letter: str) -> None:
        fld = column.field
        self.path, self.letter, self.kind = column.path, letter, fld.kind
        parts = self.parts = column.parts
        self.key = parts[0] if len(parts) == 1 else None
        kinds = tuple(type(p) for p in parts)
        # 1: field, 2: object.field, 3: list.index.field, 4: list.index,
        # 5: list.index.list.index.field, 0: anything else (generic)
        self.shape = {(str,): 1, (str, str): 2, (str, int, str): 3, (str, int): 4,
                      (str, int, str, int, str): 5}.get(kinds, 0)
        one = _converter(fld)
        # Plain text: the cell's text, stripped, inline in the row loop (no call).
        self.plain = fld.kind in ("string", "any") and not fld.multivalued
        self.multivalued = fld.multivalued
        # Exact codes of an enum column, looked up inline before any normalising.
        self.codes = ({code: code for code in enum_code_lookup(fld.ref).values()}
                      if fld.kind == "enum" and fld.ref else None)
        if fld.kind == "empty-list":
            def empty(raw: Any) -> Any:
                raise ValueError
            self.kind = "empty list"
            self.convert = empty
        elif fld.multivalued and fld.kind != "object":
            def many(raw: Any, one: Any = one) -> list[Any]:
                found = [one(p) for p in str(raw).split("|") if p.strip()]
                if not found:
                    raise _Blank
                return found
            self.convert = many
        else:
            self.convert = one


def _elem(container: dict[str, Any], name: str, index: int, flag: list[bool]) -> dict[str, Any]:
    """The object at container[name][index], made (with any gap filled by None) if absent."""
    items = container.get(name)
    if items is None:
        items = container[name] = []
    size = len(items)
    if size <= index:
        if size < index:
            flag[0] = True
        items.extend([None] * (index + 1 - size))
    element = items[index]
    if element is None:
        element = items[index] = {}
    return element


def _put(container: dict[str, Any], name: str, index: int, value: Any,
         flag: list[bool]) -> None:
    items = container.get(name)
    if items is None:
        items = container[name] = []
    size = len(items)
    if size <= index:
        if size < index:
            flag[0] = True
        items.extend([None] * (index + 1 - size))
    items[index] = value


def _compile(plans: list[_Plan | None], text_only: bool = False) -> Any:
    """A function ``fill(row, record, flag) -> errors`` made for one header: straight-line
    code per column (no per-cell dispatch), each nested object looked up once per row.
    Only names and indices taken from the schema-resolved header go into the code, as
    literals (repr); cell values are never part of it. ``text_only``: every cell is a str
    (CSV), so the type tests drop out."""
    lines = ["def fill(row, record, flag):", "    errors = None"]
    containers: dict[tuple[Any, ...], str] = {}

    def container(key: tuple[Any, ...]) -> str:
        if key not in containers:
            containers[key] = f"c{len(containers)}"
        return containers[key]

    body: list[str] = []
    for i, plan in enumerate(plans):
        if plan is None:
            continue
        parts, shape = plan.parts, plan.shape
        if shape == 1:
            place = [f"record[{parts[0]!r}] = v"]
        elif shape == 2:
            c = container((parts[0],))
            place = [f"if {c} is None:", f"    {c} = record.get({parts[0]!r})",
                     f"    if {c} is None:", f"        {c} = record[{parts[0]!r}] = {{}}",
                     f"{c}[{parts[1]!r}] = v"]
        elif shape == 3:
            c = container((parts[0], parts[1]))
            place = [f"if {c} is None:",
                     f"    {c} = elem(record, {parts[0]!r}, {parts[1]!r}, flag)",
                     f"{c}[{parts[2]!r}] = v"]
        elif shape == 4:
            place = [f"put(record, {parts[0]!r}, {parts[1]!r}, v, flag)"]
        elif shape == 5:
            outer = container((parts[0], parts[1]))
            inner = container((parts[0], parts[1], parts[2], parts[3]))
            place = [f"if {inner} is None:",
                     f"    if {outer} is None:",
                     f"        {outer} = elem(record, {parts[0]!r}, {parts[1]!r}, flag)",
                     f"    {inner} = elem({outer}, {parts[2]!r}, {parts[3]!r}, flag)",
                     f"{inner}[{parts[4]!r}] = v"]
        else:
            place = [f"if set_path(record, P[{i}], v):", "    flag[0] = True"]
        fast: list[str] = []
        if plan.kind == "integer" and not plan.multivalued:
            test = "v.isdigit()" if text_only else "type(v) is str and v.isdigit()"
            fast = [f"if {test} and len(v) < 19:", "    v = int(v)",
                    "else:"]
        elif plan.kind == "enum" and not plan.multivalued and plan.codes:
            fast = [f"w = K{i}.get(v)", "if w is not None:", "    v = w", "else:"]
        convert = [
            "try:",
            f"    v = C[{i}](v)",
            "except Blank:",
            "    v = NOTHING",
            "except CONVERSION as exc:",
            "    if errors is None:",
            "        errors = []",
            f"    errors.append(({i}, exc))",
            f"    v = NOTHING if EMPTY_LIST[{i}] else (v if type(v) is str else str(v))",
            "if v is not NOTHING:",
        ]
        if fast:
            # The fast branch (no call) and the converter both end in the placement.
            convert = (fast[:-1] + ["    ok = True", "else:", "    ok = False"]
                       + ["if not ok:"] + ["    " + line for line in
                                           ["try:", f"    v = C[{i}](v)", "except Blank:",
                                            "    v = NOTHING", "except CONVERSION as exc:",
                                            "    if errors is None:", "        errors = []",
                                            f"    errors.append(({i}, exc))",
                                            f"    v = NOTHING if EMPTY_LIST[{i}] else "
                                            "(v if type(v) is str else str(v))"]]
                       + ["if v is not NOTHING:"])
        body.append(f"    v = row[{i}]")
        if text_only:
            body.append("    if v:")
        else:
            body.append("    if v is not None and v != '':")
        if plan.plain and text_only:
            body += ["        v = v.strip()", "        if v:"]
            body += ["            " + line for line in place]
        elif plan.plain:
            body += ["        if type(v) is str:", "            v = v.strip()",
                     "            if v:"]
            body += ["                " + line for line in place]
            body.append("        else:")
            body += ["            " + line for line in convert]
            body += ["                " + line for line in place]
        else:
            body += ["        " + line for line in convert]
            body += ["            " + line for line in place]
    lines += [f"    {name} = None" for name in containers.values()]
    lines += body
    lines.append("    return errors")
    scope: dict[str, Any] = {
        "C": [None if p is None else p.convert for p in plans],
        "P": [None if p is None else p.parts for p in plans],
        "EMPTY_LIST": [p is not None and p.kind == "empty list" for p in plans],
        **{f"K{i}": p.codes for i, p in enumerate(plans) if p is not None and p.codes},
        "Blank": _Blank, "NOTHING": _NOTHING, "elem": _elem, "put": _put,
        "set_path": _set_path, "CONVERSION": (values.CellError, ValueError, OverflowError),
    }
    exec(compile("\n".join(lines), "<cm_model.io.tabular row>", "exec"), scope)  # noqa: S102
    return scope["fill"]


_NOTHING = object()


def _converter(fld: schema.Field) -> Any:
    """The conversion of one cell of this field (raises CellError or ValueError)."""
    kind = fld.kind
    if kind == "enum" and fld.ref:
        lookup = enum_code_lookup(fld.ref)
        codes = {code: code for code in lookup.values()}  # exact codes skip normalising

        def enum(raw: Any) -> Any:
            text = raw.strip() if type(raw) is str else coerce(raw, "enum")
            if not text:
                raise _Blank
            return codes.get(text) or lookup.get(normalise_label(text), text)
        return enum
    if kind in ("string", "any", "enum"):
        def text(raw: Any) -> Any:
            if type(raw) is str:
                stripped = raw.strip()
                if not stripped:
                    raise _Blank
                return stripped
            return coerce(raw, kind)
        return text
    if kind == "integer":
        def integer(raw: Any) -> Any:
            if type(raw) is str:
                if raw.isdigit() and len(raw) < 19:
                    return int(raw)
                if raw.isspace():
                    raise _Blank
            return values.to_integer(raw)
        return integer
    if kind == "date":
        def day(raw: Any) -> Any:
            if type(raw) is str and len(raw) == 10 and raw[4] == "-":
                try:
                    parsed = date.fromisoformat(raw)
                except ValueError:
                    raise values.CellError("date") from None
                if _DATE_MIN <= parsed <= _DATE_MAX:
                    return raw
            if type(raw) is str and raw.isspace():
                raise _Blank
            return coerce(raw, "date")
        return day

    if kind == "datetime":
        def moment(raw: Any) -> Any:
            # Fast path: an ISO date-time text in range is kept as written.
            if (type(raw) is str and len(raw) >= 16 and raw[4] == "-" and raw[10] in "T "
                    and "1900" <= raw[:4] <= "2199"):
                try:
                    datetime.fromisoformat(raw.replace("Z", "+00:00"))
                except ValueError:
                    pass
                else:
                    return raw
            if type(raw) is str and raw.isspace():
                raise _Blank
            return coerce(raw, "datetime")
        return moment
    if kind == "number":
        def number(raw: Any) -> Any:
            if type(raw) is str and raw.isascii() and "," not in raw:
                try:
                    value = float(raw) if ("." in raw or "e" in raw or "E" in raw) else int(raw)
                except ValueError:
                    pass
                else:
                    if value == value and value not in (float("inf"), float("-inf")) \
                            and (type(value) is float or -(2**63) <= value < 2**63):
                        return value
            if type(raw) is str and raw.isspace():
                raise _Blank
            return coerce(raw, "number")
        return number

    if kind == "boolean":
        def boolean(raw: Any) -> Any:
            if type(raw) is str:
                found = _BOOLEAN_WORDS.get(raw)  # a word as written in the lists: no normalising
                if found is not None:
                    return found
                if raw.isspace():
                    raise _Blank
            return coerce(raw, kind)
        return boolean

    def other(raw: Any) -> Any:
        if type(raw) is str and raw.isspace():
            raise _Blank
        return coerce(raw, kind)
    return other


# The boolean words of the one value conversion, as they are listed (lower case): the same
# verdict `values.to_boolean` gives them after normalising, without the normalising.
_BOOLEAN_WORDS = {**dict.fromkeys(values.TRUE, True), **dict.fromkeys(values.FALSE, False)}


# --- CSV ----------------------------------------------------------------------------------

def _detect_encoding(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = head
    if len(sample) >= 1 << 20:  # cut at a line end so a split multibyte char is no failure
        cut = sample.rfind(b"\n")
        sample = sample[: cut if cut > 0 else len(sample) - 4]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"  # what Finnish Excel writes for "CSV (semicolon separated)"


def _detect_delimiter(header_line: str) -> str:
    counts = {d: header_line.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, *, encoding: str | None = None, delimiter: str | None = None,
             class_name: str | None = None) -> Iterator[Item | Problem]:
    try:
        handle = path.open("rb")
    except OSError:
        yield Problem("read.missing", fatal=True)
        return
    with handle:
        head = handle.read(1 << 20)
        handle.seek(0)
        enc = encoding or _detect_encoding(head)
        try:
            "".encode(enc)
        except LookupError:
            yield Problem("read.encoding", {"encoding": _safe_name(enc)}, fatal=True)
            return
        bad_lines: set[int] = set()
        mixed: list[int] = []
        if enc.replace("-", "").lower() in ("utf16", "utf16le", "utf16be"):
            text_lines: Iterable[str] = io.TextIOWrapper(handle, encoding=enc, newline="")
        elif encoding is None and enc == "cp1252":
            text_lines = _auto_lines(handle, mixed)
        else:
            text_lines = _decoded_lines(handle, enc, bad_lines)
        lines = iter(text_lines)
        try:
            first = next(lines, None)
        except UnicodeDecodeError:
            yield Problem("read.encoding", {"encoding": enc}, fatal=True)
            return
        if first is None or not first.strip():
            yield Problem("read.header-missing", fatal=True)
            return
        if 1 in bad_lines:
            yield Problem("read.encoding", {"encoding": enc}, fatal=True)
            return
        delim = delimiter or _detect_delimiter(first)
        if len(delim) != 1:
            yield Problem("read.csv", {"detail": "delimiter must be one character"}, fatal=True)
            return

        def chained() -> Iterator[str]:
            yield first
            yield from lines

        reader = csv.reader(chained(), delimiter=delim)
        try:
            header = next(reader)
        except csv.Error as exc:
            yield Problem("read.csv", {"detail": _csv_detail(exc)}, record="row 1", fatal=True)
            return
        if len(header) > MAX_COLUMNS:
            yield Problem("read.columns", {"limit": MAX_COLUMNS}, fatal=True)
            return
        header = [h.lstrip("\ufeff") for h in header]
        cls = schema.find_class(class_name) if class_name else None
        if class_name and cls is None:
            yield Problem("read.unknown-class", {"name": _safe_name(class_name)}, fatal=True)
            return
        cls = cls or infer_class(header, path.stem)
        if cls is None:
            yield Problem("read.class", fatal=True)
            return
        builder = RowBuilder(cls, header, "", "", text_only=True)
        yield from builder.problems
        any_rows = False
        rows_read = 0
        last_line = reader.line_num
        while True:
            start_line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except UnicodeDecodeError:
                yield Problem("read.encoding", {"encoding": enc}, record=f"row {start_line}",
                              fatal=True)
                return
            except csv.Error as exc:
                yield Problem("read.csv", {"detail": _csv_detail(exc)},
                              record=f"row {start_line}", line=start_line)
                if reader.line_num == last_line:
                    return  # no progress: stop rather than loop
                last_line = reader.line_num
                continue
            last_line = reader.line_num
            if bad_lines and any(n in bad_lines
                                 for n in range(start_line, reader.line_num + 1)):
                yield Problem("read.encoding", {"encoding": enc}, record=f"row {start_line}",
                              line=start_line)
                continue
            if not any(row) or not any(c.strip() for c in row):
                continue
            rows_read += 1
            if rows_read > MAX_ROWS:
                yield Problem("read.too-many-rows", {"limit": MAX_ROWS}, record=f"row {start_line}")
                break
            any_rows = True
            yield from builder.build(row, start_line)
        if mixed:
            yield Problem("read.mixed-encoding", {"line": mixed[0]}, severity="warning")
        if not any_rows:
            yield Problem("read.empty")


def _auto_lines(handle: Any, mixed: list[int]) -> Iterator[str]:
    """Detected cp1252: still take lines that are valid UTF-8 with non-ASCII text as UTF-8,
    and remember the first such line (the file mixes encodings; the user is warned)."""
    for number, raw in enumerate(handle, start=1):
        if raw.isascii():
            yield raw.decode("ascii")
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            yield raw.decode("cp1252", errors="replace")
            continue
        if not mixed:
            mixed.append(number)
        yield text


def _decoded_lines(handle: Any, enc: str, bad_lines: set[int]) -> Iterator[str]:
    """Decode line by line so one undecodable line is reported, not the whole file lost."""
    for number, raw in enumerate(handle, start=1):
        try:
            yield raw.decode(enc)
        except UnicodeDecodeError:
            bad_lines.add(number)
            yield raw.decode(enc, errors="replace")


def _csv_detail(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 120 and "'" not in text and '"' not in text else "malformed row"


# --- XLSX ---------------------------------------------------------------------------------

FORM_META_SHEET = "_cm_meta"


def read_xlsx(path: Path, *, class_name: str | None = None) -> Iterator[Item | Problem]:
    from cm_model.io import workbook

    problem = workbook.guard(path)
    if problem:
        yield problem
        return
    if workbook.has_sheet(path, FORM_META_SHEET):
        yield from _read_form(path)
        return
    try:
        book = workbook.FastWorkbook(path)
        sheets = book.sheets()
    except Exception as exc:  # noqa: BLE001 - calamine raises many types on broken files
        yield Problem("read.xlsx", {"detail": type(exc).__name__}, fatal=True)
        return
    yield from _read_plain(book, sheets, class_name)


def form_reader() -> Any:
    """The intake-form reader plugged into this layer: `cm_model.forms.reader` registers
    nothing and imports nothing from validation; this one lookup is the plug-in point, so
    validation never imports forms."""
    import importlib

    return importlib.import_module("cm_model.forms.reader").iter_form_records


def _read_form(path: Path) -> Iterator[Item | Problem]:
    try:
        iter_form_records = form_reader()
    except ImportError:
        yield Problem("read.xlsx", {"detail": "intake-form reader not available"}, fatal=True)
        return
    try:
        for rec in iter_form_records(path):
            # A sheet-level finding names no record (None, as everywhere in the report).
            record = f"{rec.sheet} row {rec.row}" if getattr(rec, "row", None) else None
            fatal = bool(getattr(rec, "fatal", False))
            for cell, text in getattr(rec, "errors", None) or []:
                yield Problem("read.form", {"detail": str(text)}, record=record, cell=cell,
                              fatal=fatal)
            if rec.data is not None:
                cells = {_normal_path(k): v for k, v in (rec.cells or {}).items()}
                yield Item(rec.data, record, rec.class_name, cells)
    except Exception as exc:  # noqa: BLE001 - the form reader's failures stay located
        yield Problem("read.xlsx", {"detail": type(exc).__name__}, fatal=True)


def _normal_path(key: str) -> str:
    """The form reader's field path in this package's spelling (a.b[0].c)."""
    return path_string(split_header(key))


def _read_plain(book: Any, sheets: list[Any], class_name: str | None
                ) -> Iterator[Item | Problem]:
    for found in _read_sheets(book, sheets, class_name):
        yield found
        if isinstance(found, Problem) and found.fatal:
            return


def _read_sheets(book: Any, sheets: list[Any], class_name: str | None
                 ) -> Iterator[Item | Problem]:
    any_rows = False
    for sheet in sheets:
        sheet_name = sheet.name
        if not sheet.visible:
            yield Problem("read.sheet-hidden", {"sheet": _safe_name(sheet_name)},
                          record=sheet_name, severity="warning")
            continue
        prefix = f"{_quote_sheet(sheet_name)}!"
        try:
            rows = book.rows(sheet_name)
            header_row = next(rows, None)
            if header_row is None:
                continue
            header = list(header_row[:MAX_COLUMNS])
            while header and header[-1] in (None, ""):
                header.pop()
            if not header:
                if any(any(v is not None for v in row) for row in rows):
                    yield Problem("read.header-missing", record=sheet_name)
                continue
            cls = schema.find_class(class_name) if class_name else None
            cls = cls or infer_class([str(h) for h in header if h is not None], sheet_name)
            if cls is None:
                # Fail at once, not after reading a million rows.
                yield Problem("read.no-known-field" if not _any_known(header)
                              else "read.sheet-class", {"sheet": _safe_name(sheet_name)},
                              record=sheet_name, fatal=len(sheets) == 1)
                continue
            builder = RowBuilder(cls, header, prefix, f"{sheet_name} ")
            yield from builder.problems
            if not any(c is not None for c in builder.columns):
                yield Problem("read.no-known-field", record=sheet_name, fatal=len(sheets) == 1)
                continue
            width = len(header) + 1  # one more: a value beyond the header is reported
            for rownum, row in enumerate(rows, start=2):
                if rownum > MAX_ROWS + 1:
                    yield Problem("read.too-many-rows", {"limit": MAX_ROWS}, record=sheet_name)
                    break
                row = row[:width]
                if not any(v is not None and (not isinstance(v, str) or v.strip())
                           for v in row):
                    continue
                any_rows = True
                yield from builder.build(row, rownum)
        except Exception as exc:  # noqa: BLE001 - the reader raises many types on broken files
            yield Problem("read.xlsx", {"detail": type(exc).__name__}, record=sheet_name)
            return
    if not any_rows:
        yield Problem("read.empty")


_FIRST_REAL_SERIAL_DAY_TYPED = {date: date(1900, 3, 1), datetime: datetime(1900, 3, 1)}


def _any_known(header: list[Any]) -> bool:
    """Whether any header cell names a field (or label) of any class."""
    for cls in schema.class_names():
        labels = slot_labels(cls)
        for name in header:
            if name is not None and normalise_label(str(name).split(".")[0].split("[")[0]) \
                    in labels:
                return True
    return False


def _quote_sheet(name: str) -> str:
    return f"'{name}'" if re.search(r"[^A-Za-z0-9_]", name) else name
