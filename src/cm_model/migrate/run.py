"""Read a file, migrate every record, write the result through the one safe output writer
(`cm_model.io.output`: whole or not at all; never over the input)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cm_model.io import readers
from cm_model.io.messages import message
from cm_model.io.output import OutputError, check_target, write_bytes
from cm_model.migrate.steps import SOURCE, SUPPORTED, migrate_document

FORMATS = ("json", "jsonl", "yaml")


@dataclass
class Outcome:
    exit_code: int  # 0 written, 1 records that cannot be migrated, 2 unreadable input / usage
    lines: list[str] = field(default_factory=list)  # located messages for stderr


def _locate(file: Path, record: str | None, path: str | None) -> str:
    where = str(file)
    if record:
        where += f": {record}"
    if path:
        where += f": {path}"
    return where


def _serialise(fmt: str, records: list[Any], whole: Any) -> bytes:
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n"
                       for r in records).encode("utf-8")
    if fmt == "yaml":
        import yaml

        return yaml.safe_dump(whole, sort_keys=False, allow_unicode=True,
                              default_flow_style=False).encode("utf-8")
    return (json.dumps(whole, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def migrate_file(source: Path, output: Path, target: str, lang: str = "en") -> Outcome:
    if target not in SUPPORTED:
        return Outcome(2, [message("migrate.target", lang, target=target,
                                   supported=", ".join(SUPPORTED))])
    if not source.is_file():
        return Outcome(2, [f"{source}: {message('read.missing', lang)}"])
    try:  # refused before anything is read: the input itself, a link, a directory, ...
        check_target(output, [source])
    except OutputError as exc:
        return Outcome(2, [exc.text(lang)])
    fmt = readers.detect_format(source)
    if fmt not in FORMATS:
        return Outcome(2, [f"{source}: {message('migrate.format', lang)}"])

    records: list[Any] = []
    locators: list[str | None] = []
    lines: list[str] = []
    fatal = False
    for entry in readers.read(source, fmt):
        if isinstance(entry, readers.Problem):
            lines.append(f"{_locate(source, entry.record, entry.path)}: "
                         f"{message(entry.code, lang, **entry.params)}")
            fatal = fatal or entry.fatal
            continue
        if not isinstance(entry.data, dict):
            lines.append(f"{_locate(source, entry.record, None)}: "
                         f"{message('read.not-record', lang, found='value')}")
            continue
        migrated, errors = migrate_document(entry.data, target)
        for err in errors:
            lines.append(f"{_locate(source, entry.record, err.path)}: "
                         f"{message(err.code, lang, **err.params)}")
        records.append(migrated)
        locators.append(entry.record)
    if fatal:
        return Outcome(2, lines)
    if lines:
        return Outcome(1, [*lines, message("migrate.failed", lang, errors=len(lines))])

    whole: Any = records[0] if fmt != "jsonl" and locators == [None] else records
    try:  # the one safe output writer: staged beside the target, renamed when complete
        write_bytes(output, _serialise(fmt, records, whole), [source])
    except OutputError as exc:
        return Outcome(2, [exc.text(lang)])
    except OSError as exc:
        detail = exc.strerror or "error"
        return Outcome(2, [f"{output}: {message('migrate.write', lang, detail=detail)}"])
    return Outcome(0, [message("migrate.done", lang, records=len(records), source=SOURCE,
                               target=target, output=str(output))])
