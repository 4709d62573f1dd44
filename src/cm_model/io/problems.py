"""The one record and problem type every reader yields.

A reader turns a file into a stream of `Item` (one record) and `Problem` (one located finding:
a code from :mod:`cm_model.io.messages`, its parameters, and where it is). Nothing a reader
does raises to the caller; each command decides how to print problems and which exit code
they mean.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Item:
    data: Any
    record: str | None  # locator of the record inside the file
    class_name: str | None = None  # None: decided by the caller (--class or inference)
    cells: Mapping[str, str] | None = None  # field path -> cell reference (tabular inputs)
    skip_paths: frozenset[str] = frozenset()  # paths already reported by the reader
    line: int | None = None  # JSONL line
    pos: int | None = None  # byte offset after the record (progress display)


@dataclass(slots=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    record: str | None = None
    cell: str | None = None
    path: str | None = None
    fatal: bool = False  # the file as a whole could not be read
    severity: str = "error"
    line: int | None = None


def safe_name(label: object) -> str:
    """Header, key and sheet names are not personal data: shown as given, shortened, one line."""
    text = " ".join(str(label).split())
    if not text:
        return "(unnamed)"
    return text if len(text) <= 80 else text[:80] + "…"
