"""XLSX: the guards every workbook passes before any library parses it, and fast row reading.

An .xlsx file is a zip of XML parts. Two classic attacks: a zip bomb (tiny file, gigabytes when
inflated) and an XML entity bomb (a DTD whose entities expand exponentially). The zip directory
declares every part's uncompressed size, and zipfile never inflates past the declared size, so
summing the declared sizes bounds both memory and time. Workbook XML never needs a DTD, so any
part that declares one is refused outright. python-calamine (fast, Rust) has neither guard, so
it only ever sees a workbook that passed `check_workbook`; openpyxl (used for intake forms,
which need formulas and cell types) runs behind the same guard and defusedxml.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cm_model.io.limits import (
    MAX_XLSX_CELLS,
    MAX_XLSX_PART,
    MAX_XLSX_PARTS,
    MAX_XLSX_RATIO,
    MAX_XLSX_UNCOMPRESSED,
    XLSX_RATIO_MIN_SIZE,
)
from cm_model.io.problems import Problem

_CHUNK = 1 << 20
# XML keywords are upper case; the lower-case spellings are refused too, for safety.
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY", b"<!doctype", b"<!entity")


class UnsafeWorkbook(ValueError):
    """The file is not a workbook we are willing to open; the message says why (English),
    ``code``/``params`` name the catalogue message."""

    def __init__(self, text: str, code: str = "read.zip-bomb", **params: Any) -> None:
        super().__init__(text)
        self.code = code
        self.params = params or ({"reason": text} if code == "read.zip-bomb" else {})


@dataclass(frozen=True)
class Limits:
    total: int = MAX_XLSX_UNCOMPRESSED
    part: int = MAX_XLSX_PART
    parts: int = MAX_XLSX_PARTS
    ratio: int = MAX_XLSX_RATIO


_ROW = re.compile(rb'<row[^>]*? r="(\d{1,9})"')
_TWO = re.compile(rb'<c r="[A-Z]{2}\d')
_THREE = re.compile(rb'<c r="[A-Z]{3}\d')
_WIDE_CELL = re.compile(rb'<c r="([A-Z]{2,3})\d')


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


def check_workbook(path: Path, limits: Limits = Limits()) -> int:
    """Raise UnsafeWorkbook unless `path` is a zip whose parts are safe to parse. Returns the
    largest rows × columns extent of a worksheet (what a dense reader would allocate)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnsafeWorkbook("not an .xlsx workbook (not a readable zip archive)",
                             "read.zip") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.parts:
            raise UnsafeWorkbook(f"it has {len(infos)} parts, more than the {limits.parts} "
                                 "allowed")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnsafeWorkbook(f"part {info.filename} is encrypted", "read.xlsx",
                                     detail="encrypted part")
            if info.file_size > limits.part:
                raise UnsafeWorkbook(f"part {info.filename} declares {info.file_size >> 20} MB "
                                     f"uncompressed (limit {limits.part >> 20} MB)")
            if (info.file_size > XLSX_RATIO_MIN_SIZE
                    and info.file_size > limits.ratio * max(info.compress_size, 1)):
                raise UnsafeWorkbook(f"a part is compressed "
                                     f"{info.file_size // max(info.compress_size, 1)}:1, beyond "
                                     f"the plausible {limits.ratio}:1")
            total += info.file_size
        if total > limits.total:
            raise UnsafeWorkbook(f"declared uncompressed size {total >> 20} MB exceeds the "
                                 f"limit of {limits.total >> 20} MB")
        names = {info.filename for info in infos}
        if "xl/workbook.xml" not in names:
            raise UnsafeWorkbook("not an .xlsx workbook (no xl/workbook.xml part)", "read.zip")
        extent = 0
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                extent = max(extent, _scan_for_dtd(archive, info))
        return extent


def _scan_for_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """Refuse DTDs; for a worksheet part also measure its extent (last row × last column),
    found in the same pass: calamine allocates the whole extent, so one forged cell at
    XFD1048576 would ask for 17 billion cells and abort the process. The width is bounded
    cheaply (26, 702 or 16 384 columns) and measured exactly only for a sheet whose bound
    would pass the limit."""
    sheet = info.filename.startswith("xl/worksheets/")
    rows, two, three = 0, False, False
    tail = b""
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                window = tail + chunk
                # One scan for "<!" (DTDs, but also comments and CDATA), then the exact test.
                for needle in (_FORBIDDEN if b"<!" in window else ()):
                    if needle in window:
                        raise UnsafeWorkbook(
                            f"part {info.filename} declares a DTD or XML entities",
                            "read.xml-entity")
                if sheet:
                    found = _ROW.findall(window)
                    if found:
                        rows = max(rows, max(int(n) for n in found))
                    two = two or _TWO.search(window) is not None
                    three = three or _THREE.search(window) is not None
                tail = window[-256:]
        if not sheet:
            return 0
        bound = 16384 if three else 702 if two else 26
        if rows * bound <= MAX_XLSX_CELLS:
            return rows * bound
        return rows * _widest(archive, info)
    except UnsafeWorkbook:
        raise
    except Exception as exc:  # noqa: BLE001 - zlib/CRC errors: a damaged or forged archive
        raise UnsafeWorkbook(f"damaged archive: part {info.filename}", "read.xlsx",
                             detail=type(exc).__name__) from None


def _widest(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    """The last column any cell of the part uses (a second pass, big sheets only)."""
    columns, tail = 26, b""
    with archive.open(info) as handle:
        while True:
            chunk = handle.read(_CHUNK)
            if not chunk:
                break
            window = tail + chunk
            for letters in set(_WIDE_CELL.findall(window)):
                columns = max(columns, _column_number(letters))
            tail = window[-256:]
    return columns


def guard(path: Path, dense: bool = True) -> Problem | None:
    """`check_workbook` as a fatal Problem (None: safe to open). ``dense``: the reader
    allocates every cell of a sheet's extent (python-calamine), so the extent is capped."""
    try:
        extent = check_workbook(path)
    except UnsafeWorkbook as exc:
        return Problem(exc.code, exc.params, fatal=True)
    if dense and extent > MAX_XLSX_CELLS:
        return Problem("read.zip-bomb", {"reason": f"a sheet spans {extent} cells (last row × "
                                         f"last column), more than the {MAX_XLSX_CELLS} "
                                         "allowed; export it as CSV"}, fatal=True)
    return None


def has_sheet(path: Path, name: str) -> bool:
    """Whether the (guarded) workbook declares a sheet called `name` (cheap: workbook.xml)."""
    try:
        from defusedxml.ElementTree import fromstring

        with zipfile.ZipFile(path) as archive:
            root = fromstring(archive.read("xl/workbook.xml"))
    except Exception:  # noqa: BLE001 - any failure means "no such sheet we can read"
        return False
    return any(e.tag.endswith("}sheet") and e.get("name") == name for e in root.iter())


@dataclass(frozen=True)
class Sheet:
    name: str
    visible: bool


class FastWorkbook:
    """python-calamine over a workbook that passed `check_workbook`."""

    def __init__(self, path: Path) -> None:
        from python_calamine import CalamineWorkbook

        self._book = CalamineWorkbook.from_path(str(path))

    def sheets(self) -> list[Sheet]:
        out = []
        for meta in self._book.sheets_metadata:
            kind = str(getattr(meta, "typ", "WorkSheet"))
            if "WorkSheet" not in kind:
                continue  # chart sheets and macro sheets hold no rows
            out.append(Sheet(meta.name, "Visible" in str(meta.visible)
                             and "Hidden" not in str(meta.visible)))
        return out

    def rows(self, name: str) -> Iterator[list[Any]]:
        """Rows from row 1, each padded from column A (calamine starts at the first used
        column); empty cells are None."""
        sheet = self._book.get_sheet_by_name(name)
        start = sheet.start or (0, 0)
        pad = [None] * int(start[1])
        for row in sheet.iter_rows():
            yield pad + [None if v == "" else v for v in row]
