"""Findings and the report: what `cm-model validate` returns, prints and counts.

A finding never carries a value from the data unless the caller asked for values
(``show_values``); the message is built from the schema and the rule, not from the input.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from cm_model.io.messages import message, place

ERROR = "error"
WARNING = "warning"

# The JSON report's layout version; bump when a key changes meaning.
REPORT_FORMAT_VERSION = 1


@dataclass(frozen=True)
class Finding:
    file: str
    record: str | None  # "line 12", "clients[3]", "Asiakas!row 5", None for the whole file
    path: str | None  # field path inside the record, e.g. "assignments[0].end_date"
    cell: str | None  # spreadsheet cell such as "Asiakas!C12", CSV "row 4, column 'x'"
    code: str  # rule id (CM-Rnnn), schema keyword (schema.required) or reader code (read.json)
    severity: str  # "error" | "warning"
    message: str
    value: str | None = None  # only with show_values
    fatal: bool = False  # the file could not be read at all (exit 2)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if data["value"] is None:
            del data["value"]
        return data


@dataclass
class FileSummary:
    file: str
    format: str
    records: int = 0
    errors: int = 0
    warnings: int = 0
    readable: bool = True


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    files: list[FileSummary] = field(default_factory=list)
    lang: str = "en"

    @property
    def records(self) -> int:
        return sum(f.records for f in self.files)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity == WARNING)

    @property
    def unreadable(self) -> bool:
        return any(not f.readable for f in self.files)

    @property
    def valid(self) -> bool:
        return self.errors == 0 and not self.unreadable

    @property
    def exit_code(self) -> int:
        """0 valid (warnings allowed), 1 invalid, 2 some input could not be read."""
        if self.unreadable:
            return 2
        return 1 if self.errors else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "format_version": REPORT_FORMAT_VERSION,
            "valid": self.valid,
            "exit_code": self.exit_code,
            "summary": {
                "files": len(self.files),
                "records": self.records,
                "errors": self.errors,
                "warnings": self.warnings,
            },
            "files": [asdict(f) for f in self.files],
            "findings": [f.as_dict() for f in self.findings],
        }


def _locator(f: Finding) -> str:
    parts = [f.file]
    if f.record:
        parts.append(f.record)
    if f.cell:
        parts.append(f.cell)
    elif f.path:
        parts.append(f.path)
    return ": ".join(parts)


def summary_line(report: Report, lang: str) -> str:
    return message("report.summary", lang, files=len(report.files), records=report.records,
                   errors=report.errors, warnings=report.warnings)


def format_text(report: Report) -> str:
    lang = report.lang
    lines = []
    for f in report.findings:
        word = message(f"report.{f.severity}", lang)
        where = place(_locator(f), lang)
        extra = f" [{f.path}]" if f.cell and f.path else ""
        value = f" ({message('place.value', lang, value=f.value)})" if f.value is not None \
            else ""
        lines.append(f"{where}: {word} {f.code}: {f.message}{extra}{value}")
    lines.append(summary_line(report, lang))
    return "\n".join(lines) + "\n"


def format_json(report: Report) -> str:
    import json

    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2) + "\n"
