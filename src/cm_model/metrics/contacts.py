"""Reading service contacts (class ServiceContact) into compact columns, with located errors.

Inputs: CSV (UTF-8 or cp1252, ``,`` ``;`` or tab separated, an optional Excel ``sep=;`` first
line), JSON Lines (one ServiceContact per line), JSON (an Export envelope with
``service_contacts`` or a list of contacts) and XLSX (every visible sheet whose header names
the required columns; other sheets are reported). Headers are slot names or the slots'
fi/sv/en labels (``Asiakas``, ``Päivämäärä`` …); coded values are the enum codes or their
fi/sv/en labels; values are converted by the one conversion of :mod:`cm_model.io.values`
(dates in 1900–2199; a time of day other than 00:00 in a date is an error).

Refused, with located errors: a column that is no ServiceContact field (a misspelled
``discharge_date`` must not leave ``end_date`` empty in silence), duplicate object keys, the
same contact ``id`` twice (policy: the file is refused, so nothing is counted twice), an id
that is not text, and any id (contact, client, unit, professional) that looks like a
henkilötunnus. ServiceContact fields this command does not use are listed as warnings.

Large CSV files take a fast path: pyarrow parses the file in line-aligned chunks (one chunk
ahead, on a worker thread) with the needed columns dictionary-encoded, each *distinct* value is
parsed once in Python, and only small integer codes are kept (about 23 bytes per contact), so
memory stays bounded by the number of contacts and not by the file size. Anything the fast path
cannot take (a malformed row, a bad value, quoted line breaks) sends the file through the exact
row-by-row reader, which is also the one that reports errors, each with its line and column.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, time
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from cm_model.io import values
from cm_model.io.limits import MAX_MESSAGES_PER_FILE
from cm_model.io.messages import Note, refused_note
from cm_model.metrics.pseudonyms import looks_like_hetu
from cm_model.schema_info import (
    class_fields,
    code,
    code_list,
    enum_code_lookup,
    normalise_label,
)

EPOCH = date(1970, 1, 1)
NO_DATE = np.iinfo(np.int32).min
MAX_ERRORS = MAX_MESSAGES_PER_FILE
ID_SLOTS = ("id", "client_id", "unit_id", "professional_id")

FIELDS = ("id", "client_id", "contact_date", "end_date", "contact_type", "sector", "unit_id",
          "professional_id", "urgent", "attendance")
REQUIRED = ("id", "client_id", "contact_date", "contact_type", "sector")
ATTENDED = code("AttendanceStatus", "ATTENDED")  # the one attendance that is a contact
TRUE = values.TRUE
FALSE = values.FALSE


class ContactsError(Exception):
    """The contacts file could not be read; ``errors`` are located, human-readable lines.
    ``unreadable``: the file as a whole is missing, refused or not in its format (exit 2, as
    in `cm-model validate`), rather than holding located errors (exit 1)."""

    def __init__(self, errors: list[str], more: bool = False, unreadable: bool = False):
        self.errors = errors
        self.more = more
        self.unreadable = unreadable
        super().__init__("\n".join(errors))


# --- vocabulary from the schema ----------------------------------------------------------------


@dataclass(frozen=True)
class Vocabulary:
    """Codes of an enum in schema order, and every accepted spelling → code index."""

    codes: tuple[str, ...]
    lookup: dict[str, int]

    def index(self, text: str) -> int | None:
        return self.lookup.get(normalise_label(text))


@cache
def vocabulary(enum_name: str) -> Vocabulary:
    lookup = enum_code_lookup(enum_name)
    codes = code_list(enum_name)  # from the generated index: no schema YAML at run time
    position = {code: i for i, code in enumerate(codes)}
    return Vocabulary(codes, {text: position[code] for text, code in lookup.items()})


@cache
def header_names() -> dict[str, str]:
    """Accepted header spellings (casefolded) → slot name: the slot name and its labels."""
    slots = class_fields("ServiceContact")
    names: dict[str, str] = {}
    for slot in FIELDS:
        names[slot.casefold()] = slot
    for slot in FIELDS:
        for label in ((slots.get(slot) or {}).get("labels") or {}).values():
            names.setdefault(label.strip().casefold(), slot)
    return names


# --- the table ---------------------------------------------------------------------------------


class ContactIds:
    """Contact ids by row: a Python list, or pyarrow chunks kept columnar until asked for."""

    def __init__(self, values: list[str] | list[Any]) -> None:
        self._list: list[str] | None = None
        self._arrow: Any = None
        if values and not isinstance(values[0], str):
            import pyarrow as pa

            self._arrow = pa.chunked_array(values, type=pa.string())
        else:
            self._list = list(values)  # type: ignore[arg-type]

    def __len__(self) -> int:
        return len(self._list) if self._list is not None else len(self._arrow)

    def take(self, rows: Iterable[int]) -> list[str]:
        rows = [int(r) for r in rows]
        if self._list is not None:
            return [self._list[r] for r in rows]
        import pyarrow as pa

        return self._arrow.take(pa.array(rows, type=pa.int64())).to_pylist()



@dataclass
class ContactTable:
    """Service contacts as parallel columns of small integers.

    Dates are days since 1970-01-01 (``NO_DATE`` when absent); ``contact_type`` and ``sector``
    index ``types.codes`` / ``sectors.codes``; ``unit`` / ``professional`` index their id lists
    (−1 when absent); ``urgent`` is 1, 0 or −1 (not stated). ``ids`` are the contact ids.
    """

    client: np.ndarray
    client_ids: list[str]
    day: np.ndarray
    end_day: np.ndarray
    contact_type: np.ndarray
    sector: np.ndarray
    unit: np.ndarray
    unit_ids: list[str]
    professional: np.ndarray
    professional_ids: list[str]
    urgent: np.ndarray
    ids: ContactIds
    source: str = ""
    # AttendanceStatus code index per contact (-1: not stated); see `attended_only`
    attendance: np.ndarray | None = None
    blank_rows: int = 0
    warnings: list[str] = field(default_factory=list)  # located; printed, not fatal
    types: Vocabulary = field(default_factory=lambda: vocabulary("ServiceContactType"))
    sectors: Vocabulary = field(default_factory=lambda: vocabulary("Sector"))

    def __len__(self) -> int:
        return int(self.client.shape[0])


def day_number(value: date) -> int:
    return (value - EPOCH).days


def day_date(number: int) -> date:
    return date.fromordinal(EPOCH.toordinal() + int(number))


def parse_date(value: Any) -> date | None:
    """A date by the one conversion of :mod:`cm_model.io.values`; None when it is not one."""
    try:
        return values.to_date(value)
    except values.CellError:
        return None


def _date_error(slot: str, value: Any) -> tuple[str, dict[str, Any]]:
    """Why a value is not a date (a catalogue key and its parameters): a wrong form, a time
    of day, or outside 1900–2199."""
    if value == _BAD_SERIAL:
        return "contacts.cell", {"slot": slot, "detail": values.CellError("serial")}
    try:
        values.to_date(value)
    except values.CellError as exc:
        if exc.key == "date":
            return "contacts.not-date", {"slot": slot}
        return "contacts.cell", {"slot": slot, "detail": exc}
    return "contacts.not-a-date", {"slot": slot}


# --- row-by-row builder (JSON Lines, XLSX, and the exact CSV reader) ---------------------------


class _Codes:
    """Interning of free identifiers (client, unit, professional) into dense codes."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.index: dict[str, int] = {}

    def code(self, text: str) -> int:
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.ids)
            self.ids.append(text)
        return found


def _text(value: Any) -> str:
    """Cell or JSON value → text; integral floats (Excel numbers) lose their '.0'."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value).strip()


class RowBuilder:
    """Accumulates rows one at a time; collects located errors instead of raising at once."""

    def __init__(self, source: str, show_values: bool = False,
                 fields: frozenset[str] = frozenset(FIELDS)) -> None:
        self.source = source
        self.show_values = show_values
        self.fields = fields
        self.types = vocabulary("ServiceContactType")
        self.sectors = vocabulary("Sector")
        self.attendances = vocabulary("AttendanceStatus")
        self.clients, self.units, self.professionals = _Codes(), _Codes(), _Codes()
        self.cols: dict[str, list[int]] = {k: [] for k in (
            "client", "day", "end_day", "contact_type", "sector", "unit", "professional", "urgent",
            "attendance")}
        self.ids: list[str] = []
        self.first_seen: dict[str, str] = {}  # contact id -> where it first appeared
        self.errors: list[str] = []
        self.more = False
        self.blank_rows = 0
        self.warnings: list[str] = []
        self.check_keys = False  # JSON objects: report keys that are not read
        self._keys_seen: set[str] = set()

    def _unknown_key(self, key: Any, where: str) -> None:
        key = str(key)
        if key in self._keys_seen:
            return
        self._keys_seen.add(key)
        if normalise_label(key) in _other_fields():
            self.warnings.append(Note(f"{self.source}: {where}", "contacts.unused-field",
                                      field=_short(key)))
        else:
            self.error(where, "contacts.unknown-field", field=_short(key))

    def error(self, where: str, key: str, value: Any = None, /, **params: Any) -> None:
        """A located error by its catalogue key; the value only with --show-values."""
        if len(self.errors) >= MAX_ERRORS:
            self.more = True
            return
        shown = repr(_text(value)) if self.show_values and value is not None else None
        self.errors.append(Note(f"{self.source}: {where}", key, shown, **params))

    @property
    def full(self) -> bool:
        return self.more

    def add(self, raw: Mapping[str, Any], where: Callable[[str], str]) -> None:
        """One contact; ``raw`` maps slot names to values, ``where(slot)`` locates a field."""
        if all(_text(v) == "" for v in raw.values()):
            self.blank_rows += 1
            return
        ok = True
        fields = self.fields
        if self.check_keys:
            for key in raw:
                if key not in FIELDS:
                    self._unknown_key(key, where(key))
        for slot in ID_SLOTS:
            value = raw.get(slot)
            if value is not None and not isinstance(value, str | int) or isinstance(value, bool):
                # A list or object would be written out as its Python text, so a
                # henkilötunnus inside a list would pass the check below.
                self.error(where(slot), "contacts.not-text", slot=slot,
                           found=type(value).__name__)
                ok = False
        texts = {k: (_text(raw.get(k)) if k in fields else "") for k in FIELDS}
        for slot in ID_SLOTS:
            if texts[slot] and looks_like_hetu(texts[slot]):
                self.error(where(slot), "contacts.hetu", texts[slot], slot=slot)
                ok = False
        if texts["id"] and "id" in fields:
            first = self.first_seen.get(texts["id"])
            if first is not None:
                self.error(where("id"), "contacts.duplicate-id", first=first)
                ok = False
            else:
                self.first_seen[texts["id"]] = where("id")
        for slot in REQUIRED:
            if slot in fields and texts[slot] == "":
                self.error(where(slot), "contacts.required", slot=slot)
                ok = False
        start = end = None
        if texts["contact_date"]:
            start = parse_date(raw.get("contact_date"))
            if start is None:
                key, params = _date_error("contact_date", raw.get("contact_date"))
                self.error(where("contact_date"), key, raw.get("contact_date"), **params)
                ok = False
        if texts["end_date"]:
            end = parse_date(raw.get("end_date"))
            if end is None:
                key, params = _date_error("end_date", raw.get("end_date"))
                self.error(where("end_date"), key, raw.get("end_date"), **params)
                ok = False
            elif start is not None and end < start:
                self.error(where("end_date"), "contacts.end-before-start")
                ok = False
        ctype = None
        sector = None if "sector" in fields else -1
        if texts["contact_type"]:
            ctype = self.types.index(texts["contact_type"])
            if ctype is None:
                self.error(where("contact_type"),
                           "contacts.contact-type",
                           texts["contact_type"])
                ok = False
        if texts["sector"]:
            sector = self.sectors.index(texts["sector"])
            if sector is None:
                self.error(where("sector"), "contacts.sector",
                           texts["sector"])
                ok = False
        urgent = -1
        flag = texts["urgent"].casefold()
        if flag in TRUE:
            urgent = 1
        elif flag in FALSE:
            urgent = 0
        elif flag:
            self.error(where("urgent"), "contacts.urgent",
                       texts["urgent"])
            ok = False
        attendance = -1
        if texts["attendance"]:
            found = self.attendances.index(texts["attendance"])
            if found is None:
                self.error(where("attendance"), "contacts.attendance", texts["attendance"])
                ok = False
            else:
                attendance = found
        if not ok or start is None or ctype is None or sector is None:
            return
        cols = self.cols
        cols["client"].append(self.clients.code(texts["client_id"]))
        cols["day"].append(day_number(start))
        cols["end_day"].append(day_number(end) if end is not None else NO_DATE)
        cols["contact_type"].append(ctype)
        cols["sector"].append(sector)
        cols["unit"].append(self.units.code(texts["unit_id"]) if texts["unit_id"] else -1)
        cols["professional"].append(
            self.professionals.code(texts["professional_id"]) if texts["professional_id"] else -1)
        cols["urgent"].append(urgent)
        cols["attendance"].append(attendance)
        if "id" in fields:
            self.ids.append(texts["id"])

    def finish(self) -> ContactTable:
        if self.errors:
            raise ContactsError(self.errors, self.more)
        c = self.cols
        return ContactTable(
            client=np.asarray(c["client"], dtype=np.int32), client_ids=self.clients.ids,
            day=np.asarray(c["day"], dtype=np.int32),
            end_day=np.asarray(c["end_day"], dtype=np.int32),
            contact_type=np.asarray(c["contact_type"], dtype=np.int8),
            sector=np.asarray(c["sector"], dtype=np.int8),
            unit=np.asarray(c["unit"], dtype=np.int32), unit_ids=self.units.ids,
            professional=np.asarray(c["professional"], dtype=np.int32),
            professional_ids=self.professionals.ids,
            urgent=np.asarray(c["urgent"], dtype=np.int8), ids=ContactIds(self.ids),
            source=self.source, blank_rows=self.blank_rows, warnings=list(self.warnings),
            types=self.types, sectors=self.sectors,
            attendance=np.asarray(c["attendance"], dtype=np.int8),
        )


def map_header(header: Iterable[Any], source: str, where: Callable[[int], str],
               unused: list[str] | None = None) -> dict[int, str]:
    """Column position → slot name. A column that is no ServiceContact field is an error (a
    misspelling must not leave a field empty in silence); a ServiceContact field this command
    does not read goes to ``unused`` (printed as a warning); missing required ones fail."""
    names = header_names()
    other = _other_fields()
    mapping: dict[int, str] = {}
    seen: dict[str, int] = {}
    errors = []
    for position, title in enumerate(header):
        text = _text(title)
        slot = names.get(text.casefold())
        if slot is None:
            if not text:
                continue
            if normalise_label(text) in other:
                if unused is not None:
                    unused.append(Note(f"{source}: {where(position)}",
                                       "contacts.unused-column", column=_short(text)))
                continue
            errors.append(Note(f"{source}: {where(position)}", "contacts.unknown-column",
                               column=_short(text)))
            continue
        if slot in seen:
            errors.append(Note(f"{source}: {where(position)}", "contacts.column-twice",
                               slot=slot))
            continue
        seen[slot] = position
        mapping[position] = slot
    missing = [slot for slot in REQUIRED if slot not in seen]
    if missing:
        errors.append(Note(f"{source}: header", "contacts.missing-columns",
                           columns=", ".join(missing)))
    if errors:
        raise ContactsError(errors)
    return mapping


def _short(text: str) -> str:
    from cm_model.io.problems import safe_name

    return repr(safe_name(text))


@cache
def _other_fields() -> frozenset[str]:
    """Normalised names and labels of ServiceContact fields the readers do not use."""
    from cm_model.io.tabular import slot_labels

    return frozenset(k for k, slot in slot_labels("ServiceContact").items()
                     if slot not in FIELDS)


# --- CSV -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvDialect:
    encoding: str
    delimiter: str
    skip_lines: int  # an Excel "sep=;" line


def sniff_csv(path: Path) -> CsvDialect:
    """Encoding (UTF-8, else cp1252), delimiter (from the header line) and a ``sep=`` line."""
    with path.open("rb") as handle:
        head = handle.read(1 << 20)
    if not head.strip():
        raise ContactsError([Note(path.name, "contacts.empty")], unreadable=True)
    cut = head
    encoding = "utf-8"
    try:
        # A multi-byte character may straddle the 1 MiB cut: drop up to 3 trailing bytes.
        for trim in range(4):
            try:
                (cut[: len(cut) - trim] if trim else cut).decode("utf-8")
                break
            except UnicodeDecodeError:
                if trim == 3:
                    raise
    except UnicodeDecodeError:
        encoding = "cp1252"
    text = head.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
        encoding = "utf-8-sig"
    first, _, rest = text.partition("\n")
    skip = 0
    explicit = re.match(r"^\"?sep=(.)\"?\s*$", first)
    if explicit:
        return CsvDialect(encoding, explicit.group(1), 1)
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    return CsvDialect(encoding, delimiter, skip)


def read_csv(path: Path, *, show_values: bool = False,
             fields: frozenset[str] = frozenset(FIELDS)) -> ContactTable:
    dialect = sniff_csv(path)
    mixed = _first_utf8_line(path) if dialect.encoding == "cp1252" else None
    if mixed is not None:
        # As `cm-model validate`: each line is read in the encoding it is valid in, and the
        # user is told, since a cp1252 line could also happen to be valid UTF-8.
        table = _read_csv_exact(path, CsvDialect("mixed", dialect.delimiter,
                                                 dialect.skip_lines), show_values, fields)
        table.warnings.append(Note(f"{path.name}: line {mixed}", "contacts.mixed-encoding"))
        return table
    try:
        table = _read_csv_fast(path, dialect, fields)
    except _FastPathRefused:
        table = None
    if table is not None:
        return table
    return _read_csv_exact(path, dialect, show_values, fields)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}"
                            rb"|[\xf0-\xf4][\x80-\xbf]{3}")


def _first_utf8_line(path: Path) -> int | None:
    """In a file detected as cp1252: the first line that is valid UTF-8 with non-ASCII text.
    Chunks are searched for a UTF-8 multi-byte sequence; only lines with one are decoded."""
    lines_before = 0
    for chunk in _line_chunks(path):
        data = bytes(chunk)
        position = 0
        while (found := _UTF8_SEQUENCE.search(data, position)) is not None:
            start = data.rfind(b"\n", 0, found.start()) + 1
            end = data.find(b"\n", found.end())
            end = len(data) if end < 0 else end + 1
            try:
                data[start:end].decode("utf-8")
            except UnicodeDecodeError:
                position = end
                continue
            return lines_before + data.count(b"\n", 0, start) + 1
        lines_before += data.count(b"\n")
    return None


class _FastPathRefused(Exception):
    pass


def _read_csv_exact(path: Path, dialect: CsvDialect, show_values: bool,
                    fields: frozenset[str]) -> ContactTable:
    builder = RowBuilder(path.name, show_values, fields)
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise ContactsError([Note(path.name, "contacts.cannot-open",
                                  detail=exc.strerror)]) from None
    with handle:
        reader = csv.reader(_lines_located(handle, dialect.encoding),
                            delimiter=dialect.delimiter)
        line_before = dialect.skip_lines
        for _ in range(dialect.skip_lines):
            next(reader, None)
        try:
            header = next(reader, None)
            if header is None:
                raise ContactsError([Note(path.name, "contacts.no-header")])
            mapping = map_header(header, path.name,
                                 lambda pos: f"line {line_before + 1}, column {_col(pos)}",
                                 builder.warnings)
            by_slot = {slot: pos for pos, slot in mapping.items()}
            width = len(header)
            line_before = reader.line_num
            for row in reader:
                start_line = line_before + 1
                line_before = reader.line_num
                if not row:
                    continue  # blank line
                if len(row) != width and any(cell.strip() for cell in row):
                    builder.error(f"line {start_line}", "contacts.csv-width",
                                  count=len(row), width=width)
                else:
                    raw = {slot: (row[pos] if pos < len(row) else "")
                           for slot, pos in by_slot.items()}
                    builder.add(raw, lambda slot, ln=start_line: (
                        f"line {ln}, column {slot} ({_col(by_slot[slot])})"
                        if slot in by_slot else f"line {ln}, column {slot}"))
                if builder.full:
                    break
        except csv.Error as exc:
            builder.error(f"line {reader.line_num}", "contacts.csv", detail=exc)
        except _BadEncoding as exc:
            builder.error(f"line {exc.line}", "contacts.encoding",
                          encoding=dialect.encoding)
    return builder.finish()


class _BadEncoding(Exception):
    def __init__(self, line: int):
        self.line = line


def _lines_located(handle: Any, encoding: str) -> Iterator[str]:
    """Decoded lines of a binary file, one at a time, so that a byte the encoding cannot
    decode becomes _BadEncoding with its physical line number (a text-mode file decodes in
    8 KiB blocks and would blame the block instead)."""
    if encoding == "mixed":  # per line: UTF-8 when valid, else cp1252
        for raw in handle:
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError:
                yield raw.decode("cp1252", errors="replace")
        return
    for number, raw in enumerate(handle, start=1):
        try:
            text = raw.decode(encoding if number == 1 else encoding.replace("-sig", ""))
        except UnicodeDecodeError:
            raise _BadEncoding(number) from None
        yield text


def _col(position: int) -> str:
    letters, index = "", position + 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _read_csv_fast(path: Path, dialect: CsvDialect, fields: frozenset[str],
                   ) -> ContactTable | None:
    """Chunked columnar read with pyarrow; raises _FastPathRefused at the first thing it
    cannot take. Memory: two chunks of text in flight, plus the integer codes kept."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    with path.open(encoding=dialect.encoding, errors="replace", newline="") as handle:
        for _ in range(dialect.skip_lines):
            handle.readline()
        header = next(csv.reader([handle.readline()], delimiter=dialect.delimiter), [])
    unused: list[str] = []
    try:
        mapping = map_header(header, path.name, lambda pos: f"line 1, column {_col(pos)}",
                             unused)
    except ContactsError:
        raise _FastPathRefused from None  # the exact reader reports it with its line
    names = [f"c{i}" for i in range(len(header))]
    dict_type = pa.dictionary(pa.int32(), pa.string())
    wanted = {names[pos]: slot for pos, slot in mapping.items() if slot in fields}
    types = {name: (pa.string() if slot == "id" else dict_type) for name, slot in wanted.items()}
    encoding = "utf8" if dialect.encoding.startswith("utf-8") else dialect.encoding
    columns = _FastColumns()
    parse_options = pacsv.ParseOptions(delimiter=dialect.delimiter, newlines_in_values=False,
                                       ignore_empty_lines=False)
    convert_options = pacsv.ConvertOptions(
        column_types=types, include_columns=list(wanted), strings_can_be_null=False,
        quoted_strings_can_be_null=False, null_values=[],
        # Every distinct value is decoded in Python below (a bad byte raises there and
        # sends the file to the exact reader), so Arrow need not check each cell.
        check_utf8=False)
    def parse(number: int, chunk: memoryview) -> Any:
        return pacsv.read_csv(
            pa.py_buffer(chunk),
            read_options=pacsv.ReadOptions(
                encoding=encoding, column_names=names, block_size=BLOCK_SIZE,
                skip_rows=dialect.skip_lines + 1 if number == 0 else 0),
            parse_options=parse_options, convert_options=convert_options)

    try:
        # Chunk k + 1 is parsed (pyarrow, without the GIL) while chunk k's values are mapped
        # to codes here; only the codes outlive a chunk, so memory stays bounded whatever the
        # file size.
        for table in _ahead(parse, _line_chunks(path)):
            for batch in table.to_batches():
                columns.add(batch, wanted)
            del table
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, UnicodeDecodeError, OSError):
        raise _FastPathRefused from None
    return columns.finish(path.name)


# The file is parsed CHUNK_SIZE bytes at a time (cut after a line break), one chunk ahead on a
# worker thread, each chunk as one pyarrow block (fewer blocks, fewer per-block lookups; 4 MiB
# blocks were no faster on 2 cores). Two chunks in flight keep memory a few tens of MiB above
# the integer codes kept; pyarrow's own streaming reader (open_csv) buffered ~140 MiB ahead.
CHUNK_SIZE = 8 << 20
BLOCK_SIZE = 8 << 20


def _line_chunks(path: Path) -> Iterator[memoryview]:
    """The file's bytes in pieces of about CHUNK_SIZE, each ending after a "\\n" (a piece
    grows until one is found), the last one possibly without it."""
    with path.open("rb") as handle:
        size = CHUNK_SIZE
        while True:
            block = handle.read(size)
            if not block:
                return
            cut = block.rfind(b"\n") + 1
            if cut == 0 and len(block) == size:
                handle.seek(-len(block), 1)  # no line break yet: read a longer piece
                size *= 2
                continue
            if 0 < cut < len(block):
                handle.seek(cut - len(block), 1)  # the partial line starts the next piece
            else:
                cut = len(block)
            size = CHUNK_SIZE
            yield memoryview(block)[:cut]


def _ahead(parse: Callable[[int, memoryview], Any], chunks: Iterator[memoryview],
           ) -> Iterator[Any]:
    """``parse(number, chunk)`` of every chunk, in order, the next one computed on a worker
    thread while the caller handles the current one (at most two parsed chunks exist)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as pool:
        numbered = enumerate(chunks)
        first = next(numbered, None)
        pending = pool.submit(parse, *first) if first is not None else None
        while pending is not None:
            following = next(numbered, None)
            result = pending.result()
            pending = pool.submit(parse, *following) if following is not None else None
            yield result
            del result


_DTYPES = {"client_id": np.int32, "contact_date": np.int32, "end_date": np.int32,
           "contact_type": np.int8, "sector": np.int8, "unit_id": np.int32,
           "professional_id": np.int32, "urgent": np.int8, "attendance": np.int8}


class _Lookup:
    """Values of the distinct texts of a column, kept across blocks: each block's dictionary
    is matched against the texts seen so far in one vectorised step, and only texts never
    seen before are handled in Python (``value(text)``; each is decoded once there, so a byte
    that is not UTF-8 raises and sends the file to the exact reader)."""

    def __init__(self, value: Callable[[str], int], trim: bool) -> None:
        self.value = value
        self.trim = trim
        self.known: Any = None  # pyarrow string array of the texts seen
        self.values = np.empty(0, dtype=np.int32)

    def lut(self, dictionary: Any) -> np.ndarray:
        import pyarrow as pa
        import pyarrow.compute as pc

        texts = pc.utf8_trim_whitespace(dictionary) if self.trim else dictionary
        if self.known is None:
            self.known = pa.array([], type=pa.string())
        found = pc.index_in(texts, value_set=self.known)
        if found.null_count:
            fresh = pc.unique(texts.filter(pc.is_null(found)))  # in order of first appearance
            new = np.fromiter((self.value(t) for t in fresh.to_pylist()), dtype=np.int32,
                              count=len(fresh))
            self.known = pa.concat_arrays([self.known, fresh])
            self.values = np.concatenate([self.values, new])
            found = pc.index_in(texts, value_set=self.known)
        return self.values[found.to_numpy(zero_copy_only=False)]


class _FreeIds:
    """Global dense codes of a free identifier column, in order of first appearance; blank
    is −1 (or refused, for client_id)."""

    def __init__(self, blank_ok: bool) -> None:
        self.ids: list[str] = []
        self.blank_ok = blank_ok
        self.lookup = _Lookup(self._code, trim=True)

    def _code(self, text: str) -> int:
        if text == "":
            if not self.blank_ok:
                raise _FastPathRefused
            return -1
        self.ids.append(text)
        return len(self.ids) - 1

    def lut(self, dictionary: Any) -> np.ndarray:
        return self.lookup.lut(dictionary)


class _FastColumns:
    """Per-block dictionary columns → global codes via per-distinct-value lookup tables."""

    def __init__(self) -> None:
        self.types = vocabulary("ServiceContactType")
        self.sectors = vocabulary("Sector")
        self.attendances = vocabulary("AttendanceStatus")
        self.free = {"client_id": _FreeIds(blank_ok=False), "unit_id": _FreeIds(True),
                     "professional_id": _FreeIds(True)}
        self.dates = {slot: _Lookup(lambda text, s=slot: self._day(s, text), trim=False)
                      for slot in ("contact_date", "end_date")}
        self.parts: dict[str, list[np.ndarray]] = {}
        self.id_chunks: list[Any] = []

    def _day(self, slot: str, raw: str) -> int:
        """Day number of a date text (blank end_date → NO_DATE); refuses a bad one."""
        text = raw.strip()
        if text == "":
            if slot == "contact_date":
                raise _FastPathRefused
            return NO_DATE
        parsed = parse_date(text)
        if parsed is None:
            raise _FastPathRefused
        return day_number(parsed)

    def _lut(self, slot: str, dictionary: list[str]) -> np.ndarray:
        """Code for every distinct value of this block; raises _FastPathRefused on a bad one."""
        out = np.empty(len(dictionary), dtype=np.int32)
        for i, raw in enumerate(dictionary):
            text = raw.strip()
            if slot == "attendance" and text == "":
                out[i] = -1
            elif slot in ("contact_type", "sector", "attendance"):
                vocab = {"contact_type": self.types, "sector": self.sectors,
                         "attendance": self.attendances}[slot]
                code = vocab.index(text)
                if code is None:
                    raise _FastPathRefused
                out[i] = code
            elif slot == "urgent":
                flag = text.casefold()
                if flag in TRUE:
                    out[i] = 1
                elif flag in FALSE:
                    out[i] = 0
                elif flag == "":
                    out[i] = -1
                else:
                    raise _FastPathRefused
        return out

    def add(self, batch: Any, wanted: dict[str, str]) -> None:
        import pyarrow.compute as pc

        present = set(wanted.values())
        for name, slot in wanted.items():
            column = batch.column(name)  # a DictionaryArray (a StringArray for "id")
            if slot == "id":
                trimmed = pc.utf8_trim_whitespace(column)
                if len(trimmed) and pc.any(pc.equal(pc.utf8_length(trimmed), 0)).as_py():
                    raise _FastPathRefused
                self.id_chunks.append(trimmed)
                continue
            if slot in self.free:
                lut = self.free[slot].lut(column.dictionary)
            elif slot in self.dates:
                lut = self.dates[slot].lut(column.dictionary)
            else:
                lut = self._lut(slot, column.dictionary.to_pylist())
            indices = column.indices.to_numpy(zero_copy_only=False)
            self.parts.setdefault(slot, []).append(
                lut.astype(_DTYPES[slot])[indices] if len(lut)
                else np.empty(0, _DTYPES[slot]))
        for slot in ("end_date", "unit_id", "professional_id", "urgent", "sector", "attendance"):
            if slot not in present:
                fill = NO_DATE if slot == "end_date" else -1
                self.parts.setdefault(slot, []).append(
                    np.full(batch.num_rows, fill, _DTYPES[slot]))

    def finish(self, source: str) -> ContactTable:
        def cat(slot: str) -> np.ndarray:
            parts = self.parts.pop(slot, None) or [np.empty(0, _DTYPES[slot])]
            return np.concatenate(parts) if len(parts) > 1 else parts[0]

        day, end_day = cat("contact_date"), cat("end_date")
        if np.any((end_day != NO_DATE) & (end_day < day)):
            raise _FastPathRefused  # end before start: the exact reader locates it
        if self.id_chunks:
            import pyarrow as pa
            import pyarrow.compute as pc

            ids = pa.chunked_array(self.id_chunks, type=pa.string())
            if pc.count_distinct(ids).as_py() != len(ids) or _any_hetu(ids):
                raise _FastPathRefused  # the exact reader locates each one
        for slot in ("client_id", "unit_id", "professional_id"):
            if _any_hetu(self.free[slot].ids):
                raise _FastPathRefused
        return ContactTable(
            client=cat("client_id"), client_ids=self.free["client_id"].ids,
            day=day, end_day=end_day,
            contact_type=cat("contact_type"), sector=cat("sector"),
            unit=cat("unit_id"), unit_ids=self.free["unit_id"].ids,
            professional=cat("professional_id"),
            professional_ids=self.free["professional_id"].ids,
            urgent=cat("urgent"), ids=ContactIds(self.id_chunks), source=source,
            types=self.types, sectors=self.sectors, attendance=cat("attendance"),
        )


def _any_hetu(ids: Any) -> bool:
    """Whether any id looks like a henkilötunnus (one vectorised pass)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from cm_model.metrics.pseudonyms import _HETU_FORMAT

    array = ids if isinstance(ids, pa.ChunkedArray | pa.Array) else pa.array(list(ids),
                                                                             type=pa.string())
    if len(array) == 0:
        return False
    compact = pc.replace_substring(array, " ", "")
    return bool(pc.any(pc.match_substring_regex(compact, _HETU_FORMAT.pattern,
                                                ignore_case=True)).as_py())


# --- JSON Lines / JSON ---------------------------------------------------------------------


def read_jsonl(path: Path, *, show_values: bool = False,
               fields: frozenset[str] = frozenset(FIELDS)) -> ContactTable:
    import orjson

    from cm_model.io.duplicates import find_duplicate_key, may_have_duplicates

    builder = RowBuilder(path.name, show_values, fields)
    builder.check_keys = True
    with path.open("rb") as handle:
        for number, line in enumerate(handle, start=1):
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if not line.strip():
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                builder.error(f"line {number}", "contacts.json", detail=exc.msg,
                              column=exc.colno)
            else:
                duplicate = (find_duplicate_key(line) if isinstance(value, dict)
                             and may_have_duplicates(line, value) else None)
                if duplicate is not None:
                    builder.error(f"line {number}, column {duplicate.column}",
                                  "contacts.duplicate-key", key=_short(duplicate.key))
                elif isinstance(value, dict):
                    builder.add(value, lambda slot, n=number: f"line {n}, field {slot}")
                else:
                    builder.error(f"line {number}", "contacts.not-object")
            if builder.full:
                break
    return builder.finish()


def read_json(path: Path, *, show_values: bool = False,
              fields: frozenset[str] = frozenset(FIELDS)) -> ContactTable:
    from cm_model.io.limits import MAX_JSON_BYTES
    from cm_model.io.readers import Refused, load_json

    if path.stat().st_size > MAX_JSON_BYTES:
        raise ContactsError([Note(path.name, "contacts.too-large", limit=MAX_JSON_BYTES >> 20)],
                            unreadable=True)
    try:
        document = load_json(path.read_bytes())
    except Refused as exc:
        raise ContactsError([refused_note(path.name, exc)], unreadable=True) from None
    if isinstance(document, dict):
        contacts, prefix = document.get("service_contacts"), "service_contacts"
    else:
        contacts, prefix = document, ""
    if not isinstance(contacts, list):
        raise ContactsError([Note(path.name, "contacts.no-list")])
    builder = RowBuilder(path.name, show_values, fields)
    builder.check_keys = True
    for index, value in enumerate(contacts):
        where = f"{prefix}[{index}]"
        if isinstance(value, dict):
            builder.add(value, lambda slot, w=where: f"{w}.{slot}")
        else:
            builder.error(where, "contacts.not-object")
        if builder.full:
            break
    return builder.finish()


# --- XLSX ------------------------------------------------------------------------------------


def read_xlsx(path: Path, *, show_values: bool = False,
              fields: frozenset[str] = frozenset(FIELDS)) -> ContactTable:
    """Every visible sheet whose header names the contact columns is read (one table, one
    id space); hidden sheets and sheets with other headers are reported as warnings."""
    from cm_model.io import workbook

    refused = workbook.guard(path)
    if refused is not None:
        raise ContactsError([Note(path.name, refused.code, **refused.params)],
                            unreadable=True)
    try:
        book = workbook.FastWorkbook(path)
        sheets = book.sheets()
    except Exception as exc:  # noqa: BLE001 - calamine raises many types for a broken file
        raise ContactsError([Note(path.name, "contacts.workbook",
                                  kind=type(exc).__name__)], unreadable=True) from None
    builder = RowBuilder(path.name, show_values, fields)
    header_errors: list[str] = []
    read_any = False
    for sheet in sheets:
        title = sheet.name
        if not sheet.visible:
            builder.warnings.append(Note(f"{path.name}: {title}", "contacts.hidden-sheet"))
            continue
        try:
            rows = book.rows(title)
            header = next(rows, None)
            if header is None:
                continue
            names = header_names()
            if not any(names.get(_text(h).casefold()) for h in header):
                if any(_text(h) for h in header):
                    builder.warnings.append(Note(f"{path.name}: {title}",
                                                 "contacts.other-sheet"))
                continue
            try:
                mapping = map_header(header, path.name, lambda pos, t=title: f"{t}!{_col(pos)}1",
                                     builder.warnings)
            except ContactsError as exc:
                header_errors.extend(exc.errors)
                continue
            read_any = True
            by_slot = {slot: pos for pos, slot in mapping.items()}
            for number, row in enumerate(rows, start=2):
                raw = {slot: _cell(row[pos] if pos < len(row) else None)
                       for slot, pos in by_slot.items()}
                builder.add(raw, lambda slot, n=number, t=title, b=by_slot: (
                    f"{t}!{_col(b[slot])}{n} ({slot})" if slot in b
                    else f"{t} row {n} ({slot})"))
                if builder.full:
                    break
        except Exception as exc:  # noqa: BLE001 - a damaged sheet
            raise ContactsError([Note(f"{path.name}: {title}", "contacts.sheet",
                                      kind=type(exc).__name__)], unreadable=True) from None
    if header_errors:
        raise ContactsError(header_errors + builder.errors)
    if not read_any:
        raise ContactsError([Note(path.name, "contacts.no-sheet"), *builder.warnings])
    return builder.finish()


_BAD_SERIAL = "\x00serial"


def _cell(value: Any) -> Any:
    """A calamine cell: a date before 1 March 1900 comes from an Excel serial that names no
    real day (60 = 29.02.1900, zero, negatives); it is refused like any bad date."""
    if isinstance(value, date) and value < date(1900, 3, 1):
        return _BAD_SERIAL
    if isinstance(value, time):
        return _BAD_SERIAL
    return value


# --- dispatch --------------------------------------------------------------------------------


def read_contacts(path: Path, *, show_values: bool = False,
                  fields: Iterable[str] | None = None) -> ContactTable:
    """Read service contacts from CSV, JSON Lines, JSON or XLSX (chosen by suffix, else sniffed).

    ``fields`` limits which slots are read and checked (id, client_id, contact_date and
    contact_type always are); the header must still name every required column. Raises
    ContactsError with located messages; never returns a partial table.
    """
    # The contact id is always read: duplicates are refused and ids checked for a
    # henkilötunnus whatever the measures are.
    wanted = frozenset(fields or FIELDS) | {"id", "client_id", "contact_date", "contact_type",
                                            "attendance"}
    if not path.is_file():
        raise ContactsError([Note(str(path), "records.no-file")], unreadable=True)
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise ContactsError([Note(path.name, "records.cannot-read", detail=exc.strerror)],
                            unreadable=True) from None
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return attended_only(read_jsonl(path, show_values=show_values, fields=wanted))
    if suffix == ".json":
        return attended_only(read_json(path, show_values=show_values, fields=wanted))
    with path.open("rb") as handle:
        head = handle.read(4)
    if suffix in (".xlsx", ".xlsm") or head.startswith(b"PK\x03\x04"):
        return attended_only(read_xlsx(path, show_values=show_values, fields=wanted))
    return attended_only(read_csv(path, show_values=show_values, fields=wanted))


def attended_only(table: ContactTable) -> ContactTable:
    """The contacts that took place: `attendance` ATTENDED or not stated. A missed or
    cancelled appointment is no contact for the triggers and the continuity indices (our
    reading of the seeds' "käynnit"); the rows left out are counted in a warning."""
    att = table.attendance
    if att is None or not len(att):
        return table
    codes = vocabulary("AttendanceStatus").codes
    keep = (att < 0) | (att == codes.index(ATTENDED))
    if bool(keep.all()):
        return table
    rows = np.flatnonzero(keep)
    dropped = {codes[int(k)]: int(n) for k, n in zip(
        *np.unique(att[~keep], return_counts=True), strict=True)}
    note = Note(table.source, "contacts.not-attended", count=int((~keep).sum()),
                codes=", ".join(f"{code} {n}" for code, n in sorted(dropped.items())))
    client, client_ids = _recoded(table.client[rows], table.client_ids)
    unit, unit_ids = _recoded(table.unit[rows], table.unit_ids)
    professional, professional_ids = _recoded(table.professional[rows], table.professional_ids)
    return replace(
        table, client=client, client_ids=client_ids, day=table.day[rows],
        end_day=table.end_day[rows], contact_type=table.contact_type[rows],
        sector=table.sector[rows], unit=unit, unit_ids=unit_ids, professional=professional,
        professional_ids=professional_ids, urgent=table.urgent[rows], attendance=att[rows],
        ids=ContactIds(table.ids.take(rows)), warnings=[*table.warnings, note])


def _recoded(codes: np.ndarray, ids: list[str]) -> tuple[np.ndarray, list[str]]:
    """Codes numbered again in the order of first appearance, as a reader numbers them (-1,
    not stated, stays): a client whose contacts all did not take place is no client here."""
    stated = codes >= 0
    values, first = np.unique(codes[stated], return_index=True)
    order = values[np.argsort(first)]
    mapping = np.full(len(ids) + 1, -1, dtype=codes.dtype)
    mapping[order] = np.arange(len(order), dtype=codes.dtype)
    return np.where(stated, mapping[codes], codes), [ids[int(k)] for k in order]
