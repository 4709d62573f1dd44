"""`cm-model forms import` (filled forms → JSON Lines) and `cm-model forms fill` (pre-fill)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, NoReturn

import typer

forms_app = typer.Typer(
    name="forms",
    help="Excel intake forms: read filled forms back into records, or pre-fill a form.",
    no_args_is_help=True,
)


@forms_app.command("import")
def import_command(
    files: Annotated[list[Path], typer.Argument(help="Filled form workbooks (.xlsx).")],
    out: Annotated[Path, typer.Option("-o", "--output", help="Records file (JSON Lines).")],
    merge: Annotated[bool, typer.Option(
        "--merge", help="Join the records of one client from several forms into one.")] = False,
    partial: Annotated[bool, typer.Option(
        "--partial", help="Write the records that read cleanly even when others did not.")
    ] = False,
    lang: Annotated[str | None, typer.Option(
        "--lang", help="Language of messages (fi|sv|en); default: the form's.")] = None,
) -> None:
    """Read filled forms into Client records, one JSON object a line.

    Problems are listed with file, sheet and cell; then the exit code is 1 and, unless
    --partial is given, nothing is written. Exit code 2: a file could not be read at all.
    """
    import orjson

    from cm_model.forms.merge import MergeConflict, merge_records
    from cm_model.forms.reader import iter_form_records
    from cm_model.io.output import OutputError, atomic_write, check_target

    # The output is checked before any form is read: a directory, a FIFO, a link, a missing
    # directory or one of the forms themselves (`-o X.xlsx`) is refused at once.
    try:
        check_target(out, files)
    except OutputError as exc:
        _refuse(exc, lang)
    records: list[dict] = []
    problems = 0
    unreadable = False
    for path in files:
        if not path.is_file():
            _say("forms.no-file", lang, path=path)
            unreadable = True
            continue
        for rec in iter_form_records(path, lang):
            for cell, text in rec.errors:
                typer.echo(f"{path.name}: {cell}: {text}", err=True)
                problems += 1
            if rec.data is None:
                unreadable = unreadable or rec.fatal
                continue
            if rec.errors and not partial:
                continue
            if not rec.errors:
                records.append(rec.data)
    if merge:
        try:
            records = merge_records(records)
        except MergeConflict as exc:
            _say("forms.merge-conflict", lang, field=exc.path)
            raise typer.Exit(1) from None
    if unreadable:
        raise typer.Exit(2)
    if problems and not partial:
        _say("forms.nothing-written", lang, count=problems)
        raise typer.Exit(1)
    try:
        # Staged beside the target and renamed when complete: a failure part-way leaves an
        # existing output as it was.
        with atomic_write(out, files, binary=True) as handle:
            for number, data in enumerate(records, start=1):
                try:
                    handle.write(orjson.dumps(data) + b"\n")
                except TypeError:  # orjson.JSONEncodeError: e.g. an integer beyond 64 bits
                    raise _Unwritable(number) from None
    except OutputError as exc:
        _refuse(exc, lang)
    except _Unwritable as exc:
        _say("forms.unwritable-record", lang, number=exc.number, path=out)
        raise typer.Exit(1) from None
    _say("forms.written", lang, count=len(records), path=out, err=False)
    if problems:
        raise typer.Exit(1)


@forms_app.command("fill")
def fill_command(
    records_file: Annotated[Path, typer.Argument(
        help="Client records: JSON Lines, or an Export JSON.")],
    form: Annotated[str, typer.Option(
        "--form", help="Form id: identification, assignment, care_plan, cm_hoi or outcomes.")],
    out: Annotated[Path, typer.Option("-o", "--output", help="The pre-filled workbook (.xlsx).")],
    lang: Annotated[str, typer.Option("--lang", help="fi, sv or en.")] = "fi",
    show_values: Annotated[bool, typer.Option(
        "--show-values", help="Include offending values in messages (they may be personal "
        "data).")] = False,
) -> None:
    """Pre-fill a form with existing Client records (what the form has no place for is listed).

    Exit 1: a value has no cell it fits in (located by record path and field; nothing is
    written). Exit 2: unreadable records, an unknown form or language, or a refused output."""
    from cm_model.forms.definitions import FORMS
    from cm_model.forms.layout import LANGS
    from cm_model.forms.writer import FillError, fill_form
    from cm_model.io.output import OutputError, check_target, write_bytes

    if lang not in LANGS:
        _say("forms.lang", "en", langs=", ".join(LANGS))
        raise typer.Exit(2)
    if form not in {f.id for f in FORMS}:
        _say("forms.unknown-form", lang, forms=", ".join(f.id for f in FORMS))
        raise typer.Exit(2)
    try:
        check_target(out, [records_file])
    except OutputError as exc:
        _refuse(exc, lang)
    records = _read_records(records_file, lang, show_values)
    try:
        data, dropped = fill_form(form, records, lang, show_values=show_values)
    except FillError as exc:
        for line in exc.problems:
            typer.echo(f"{records_file.name}: {line}", err=True)
        raise typer.Exit(1) from None
    except (ValueError, TypeError, AttributeError, OverflowError) as exc:
        # A shape the checks above do not know yet: still no traceback and no values.
        _say("forms.misfit", lang, path=records_file, kind=type(exc).__name__)
        raise typer.Exit(1) from None
    try:
        write_bytes(out, data, [records_file])
    except OutputError as exc:
        _refuse(exc, lang)
    _say("forms.written", lang, count=len(records), path=out, err=False)
    if dropped:
        _say("forms.dropped", lang, count=len(dropped), example=dropped[0])


def _say(key: str, lang: str | None, err: bool = True, **params: object) -> None:
    from cm_model.io.messages import message

    typer.echo(message(key, lang or "en", **params), err=err)


def _read_records(path: Path, lang: str, show_values: bool) -> list[dict]:
    """Client records for `forms fill`, through the one input layer: JSON, JSON Lines or YAML;
    an Export gives its clients. Any problem is located and ends the run (exit 2)."""
    from cm_model.io import readers
    from cm_model.io.messages import message
    from cm_model.io.problems import Problem

    fmt = readers.detect_format(path) if path.is_file() else None
    if fmt not in ("json", "jsonl", "yaml"):
        _say("forms.records-format", lang, path=path)
        raise typer.Exit(2)
    records: list[dict] = []
    problems = 0
    for got in readers.read(path, fmt):
        if isinstance(got, Problem):
            where = ": ".join(str(p) for p in (got.line and f"line {got.line}", got.record,
                                                got.path) if p)
            text = message(got.code, lang, **got.params)
            typer.echo(f"{path.name}: {where + ': ' if where else ''}{text}", err=True)
            problems += 1
            continue
        data = got.data
        if isinstance(data, dict) and "clients" in data and got.record is None:
            clients = data["clients"]  # an Export: its clients, each an object
            if not isinstance(clients, list) or not all(isinstance(c, dict) for c in clients):
                _say("forms.records-shape", lang, path=path)
                raise typer.Exit(2)
            records.extend(clients)
        else:
            records.append(data)
    if problems:
        raise typer.Exit(2)
    if not records:
        _say("forms.records-shape", lang, path=path)
        raise typer.Exit(2)
    del show_values  # values never reach these messages
    return records


class _Unwritable(Exception):
    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


def _refuse(exc: Exception, lang: str | None) -> NoReturn:
    """A refused output: the catalogue's message, exit code 2, never a traceback."""
    text = exc.text(lang or "en") if hasattr(exc, "text") else str(exc)
    typer.echo(f"-o {text}", err=True)
    raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.add_typer(forms_app, name="forms")
