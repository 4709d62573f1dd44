"""The one record and problem type every reader yields.

A reader turns a file into a stream of `Item` (one record) and `Problem` (one located finding:
a code from :mod:`cm_model.io.messages`, its parameters, and where it is). Nothing a reader
does raises to the caller; each command decides how to print problems and which exit code
they mean.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Item:
    data: Any
    record: str | None  # locator of the record inside the file
    class_name: str | None = None  # None: decided by the caller (--class or inference)
    cells: dict[str, str] | None = None  # field path -> cell reference (tabular inputs)
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

    def where(self) -> str:
        """'record, cell, path' as one locator (empty when the problem is about the file)."""
        parts = [p for p in (self.record, self.cell, self.path) if p]
        if self.line is not None and not self.record:
            parts.insert(0, f"line {self.line}")
        return ", ".join(parts)

    def text(self, lang: str = "en") -> str:
        from cm_model.io.messages import message

        return message(self.code, lang, **self.params)


class MessageCap:
    """At most `limit` messages per file; the rest are counted and summarised once.

    A form with 100 000 orphan rows must not print 400 000 lines: every command passes its
    messages through one cap and prints `summary()` at the end.
    """

    def __init__(self, limit: int | None = None) -> None:
        from cm_model.io.limits import MAX_MESSAGES_PER_FILE

        self.limit = MAX_MESSAGES_PER_FILE if limit is None else limit
        self.shown = 0
        self.hidden = 0

    def take(self) -> bool:
        """True when one more message may be shown."""
        if self.shown < self.limit:
            self.shown += 1
            return True
        self.hidden += 1
        return False

    def summary(self, lang: str = "en") -> str | None:
        if not self.hidden:
            return None
        from cm_model.io.messages import message

        return message("read.more", lang, count=self.hidden, limit=self.limit)


def safe_name(label: object) -> str:
    """Header, key and sheet names are not personal data: shown as given, shortened, one line."""
    text = " ".join(str(label).split())
    if not text:
        return "(unnamed)"
    return text if len(text) <= 80 else text[:80] + "…"
