"""Checks a workbook must pass before openpyxl parses a byte of it.

An .xlsx file is a zip of XML parts. Two classic attacks: a zip bomb (tiny file, gigabytes when
inflated) and an XML entity bomb (a DTD whose entities expand exponentially). The zip directory
declares every part's uncompressed size, and zipfile never inflates past the declared size, so
summing the declared sizes bounds both memory and time. Workbook XML never needs a DTD, so any
part that declares one is refused outright (defusedxml would refuse it too, later and less
clearly).
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

# Generous for intake forms (a filled form with 100 000 rows is ~60 MB of XML) yet far below
# what would hurt a 24 GiB machine running several jobs.
MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
MAX_PART_UNCOMPRESSED = 256 * 1024 * 1024
MAX_PARTS = 10_000
# Real sheet XML compresses 5–50×; a 1000× part is a bomb, not a spreadsheet.
MAX_RATIO = 1000
_RATIO_MIN_SIZE = 1024 * 1024

_CHUNK = 1 << 20
_FORBIDDEN = (b"<!doctype", b"<!entity")


class UnsafeWorkbook(ValueError):
    """The file is not a workbook we are willing to open; the message says why."""


@dataclass(frozen=True)
class Limits:
    total: int = MAX_TOTAL_UNCOMPRESSED
    part: int = MAX_PART_UNCOMPRESSED
    parts: int = MAX_PARTS
    ratio: int = MAX_RATIO


def check_workbook(path: Path, limits: Limits = Limits()) -> None:
    """Raise UnsafeWorkbook unless `path` is a zip whose parts are safe to parse."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise UnsafeWorkbook(f"not an .xlsx workbook (not a readable zip archive: {exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.parts:
            raise UnsafeWorkbook(
                f"refused: {len(infos)} parts in the archive (limit {limits.parts})"
            )
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise UnsafeWorkbook(f"refused: part {info.filename} is encrypted")
            if info.file_size > limits.part:
                raise UnsafeWorkbook(
                    f"refused as a possible zip bomb: part {info.filename} declares "
                    f"{info.file_size} bytes uncompressed (limit {limits.part})"
                )
            if (
                info.file_size > _RATIO_MIN_SIZE
                and info.file_size > limits.ratio * max(info.compress_size, 1)
            ):
                raise UnsafeWorkbook(
                    f"refused as a possible zip bomb: part {info.filename} expands "
                    f"{info.file_size // max(info.compress_size, 1)}×"
                )
            total += info.file_size
        if total > limits.total:
            raise UnsafeWorkbook(
                f"refused as a possible zip bomb: {total} bytes uncompressed in total "
                f"(limit {limits.total})"
            )
        names = {info.filename for info in infos}
        if "xl/workbook.xml" not in names:
            raise UnsafeWorkbook("not an .xlsx workbook (no xl/workbook.xml part)")
        for info in infos:
            if info.filename.endswith((".xml", ".rels", ".vml")):
                _scan_for_dtd(archive, info)


def _scan_for_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    tail = b""
    try:
        with archive.open(info) as handle:
            while True:
                chunk = handle.read(_CHUNK)
                if not chunk:
                    break
                window = (tail + chunk).lower()
                for needle in _FORBIDDEN:
                    if needle in window:
                        raise UnsafeWorkbook(
                            f"refused: part {info.filename} declares a DTD or XML entities "
                            "(a workbook never needs them; possible entity-expansion attack)"
                        )
                tail = window[-16:]
    except UnsafeWorkbook:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise UnsafeWorkbook(f"damaged archive: part {info.filename}: {exc}") from None
    except Exception as exc:  # zlib.error, CRC errors: a damaged or forged archive
        raise UnsafeWorkbook(f"damaged archive: part {info.filename}: {exc}") from None
