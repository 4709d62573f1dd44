"""`cm-model validate` and `cm-model synth`."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path

import typer


class OutputFormat(StrEnum):
    text = "text"
    json = "json"


class Lang(StrEnum):
    fi = "fi"
    en = "en"


class SynthFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class SynthKind(StrEnum):
    clients = "clients"
    contacts = "contacts"
    export = "export"


def _progress_bar(machine_output: bool = False):  # type: ignore[no-untyped-def]
    """A rich progress bar on stderr when a person watches (cm_model.io.progress); else None."""
    from cm_model.io.progress import wanted

    if not wanted(machine_output):
        return None
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    return Progress("[progress.description]{task.description}", BarColumn(), DownloadColumn(),
                    TimeRemainingColumn(), console=Console(stderr=True), transient=True)


def _capped_text(report):  # type: ignore[no-untyped-def]
    """The text report with at most MAX_MESSAGES_PER_FILE findings per file and a closing
    count of the rest; the summary line and the exit code still count every finding (the
    JSON format keeps them all)."""
    from cm_model.io.limits import MAX_MESSAGES_PER_FILE
    from cm_model.io.messages import message
    from cm_model.validation.report import Report, format_text, summary_line

    kept, hidden = [], {}
    shown: dict[str, int] = {}
    for finding in report.findings:
        if shown.get(finding.file, 0) < MAX_MESSAGES_PER_FILE:
            shown[finding.file] = shown.get(finding.file, 0) + 1
            kept.append(finding)
        else:
            hidden[finding.file] = hidden.get(finding.file, 0) + 1
    if not hidden:
        return format_text(report)
    lines = format_text(Report(kept, report.files, report.lang)).splitlines()[:-1]
    lang = report.lang
    for file, count in hidden.items():
        more = message("read.more", lang, count=count, limit=MAX_MESSAGES_PER_FILE)
        lines.append(f"{file}: {more}")
    lines.append(summary_line(report, lang))
    return "\n".join(lines) + "\n"


def register(app: typer.Typer) -> None:
    @app.command("validate")
    def validate_command(
        paths: list[Path] = typer.Argument(..., help="Files or directories to validate."),  # noqa: B008
        class_name: str = typer.Option(
            None, "--class", help="Class of the records (default: envelope, file/sheet name "
            "or inferred from the fields)."),
        output_format: OutputFormat = typer.Option(  # noqa: B008
            OutputFormat.text, "--format", help="Report format."),
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the messages."),  # noqa: B008
        jobs: int = typer.Option(
            0, "--jobs", min=0, help="Processes for large JSON Lines files (4 MB or more); "
            "0 (the default) = one per available CPU, at most 8; 1 = no extra processes."),
        show_values: bool = typer.Option(
            False, "--show-values", help="Include offending values from the data in findings "
            "(they may be personal data)."),
        encoding: str = typer.Option(None, "--encoding", help="CSV text encoding "
                                     "(default: detected; UTF-8, UTF-8 with BOM or cp1252)."),
        delimiter: str = typer.Option(None, "--delimiter", help="CSV delimiter "
                                      "(default: detected from the header)."),
    ) -> None:
        """Validate records (JSON, JSON Lines, YAML, CSV, XLSX) against the schema and the
        business rules. Exit 0 valid (warnings allowed), 1 invalid, 2 unreadable input or
        wrong usage."""
        from cm_model.validation.engine import UsageError, expand, validate
        from cm_model.validation.report import format_json
        from cm_model.validation.schema import SchemaUnavailable

        for path in paths:  # an empty directory is a mistake, not a clean run of 0 files
            if path.is_dir() and not expand([path]):
                from cm_model.io.messages import message

                typer.echo(f"{path}: {message('read.empty-dir', lang.value)}", err=True)
                raise typer.Exit(2)
        bar = _progress_bar(output_format is OutputFormat.json)
        task = None

        def progress(done: int, total: int) -> None:
            nonlocal task
            if bar is None or total < 50_000_000:
                return
            if task is None:
                bar.start()
                task = bar.add_task("validating", total=total)
            bar.update(task, completed=done, total=total)

        try:
            report = validate(paths, class_name=class_name, jobs=jobs, lang=lang.value,
                              show_values=show_values, encoding=encoding,
                              delimiter=delimiter, progress=progress)
        except (UsageError, SchemaUnavailable) as exc:
            typer.echo(f"cm-model validate: {exc}", err=True)
            raise typer.Exit(2) from None
        finally:
            if bar is not None and task is not None:
                bar.stop()
        out = format_json(report) if output_format is OutputFormat.json else _capped_text(report)
        sys.stdout.write(out)
        raise typer.Exit(report.exit_code)

    @app.command("synth")
    def synth_command(
        output: Path = typer.Option(..., "-o", "--output", help="File to write."),  # noqa: B008
        n: int = typer.Option(1000, "--n", min=0, help="Number of records (at most 1 000 000 "
                              "clients, 200 000 export, 50 000 000 contacts)."),
        seed: int = typer.Option(1, "--seed", help="Random seed (same seed, same output)."),
        fmt: SynthFormat = typer.Option(SynthFormat.jsonl, "--format", help="Output format."),  # noqa: B008
        kind: SynthKind = typer.Option(  # noqa: B008
            SynthKind.clients, "--kind", help="clients (Client records), contacts "
            "(ServiceContact rows) or export (one Export envelope with clients, workers, "
            "trigger catalogue and service contacts)."),
        clients: int = typer.Option(20_000, "--clients", min=1,
                                    help="With --kind contacts: number of distinct clients."),
        invalid_rate: float = typer.Option(
            0.0, "--invalid-rate", min=0.0, max=1.0,
            help="Share of records made to break one known rule (ids in the manifest)."),
    ) -> None:
        """Write realistic, valid, synthetic records (test-range henkilötunnus only)."""
        from cm_model import synth

        try:
            summary = synth.write(output, n=n, seed=seed, fmt=fmt.value, kind=kind.value,
                                  clients=clients, invalid_rate=invalid_rate)
        except synth.SynthError as exc:
            typer.echo(f"cm-model synth: {exc}", err=True)
            raise typer.Exit(2) from None
        typer.echo(summary, err=True)
