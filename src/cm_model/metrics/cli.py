"""`cm-model triggers` and `cm-model metrics`.

Both read service contacts (CSV, JSON Lines, JSON or XLSX), write into an output directory and
print a short report. Exit codes as `cm-model validate`: 0 done (warnings allowed, printed to
stderr), 1 an input holds located errors, 2 an input cannot be read at all (missing, not in
its format, or refused: YAML tags/anchors, XML entities, zip bombs) or an option is wrong.
Never a traceback. Clients appear by their pseudonymous id only: a client id that looks like
a henkilötunnus stops the run (exit 1) before anything is written, located but not echoed
unless --show-values is given (:mod:`cm_model.metrics.pseudonyms`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

CONTACTS_HELP = "Service contacts: .csv (UTF-8 or cp1252, , or ;), .jsonl, .json or .xlsx."
SHOW_VALUES_HELP = "Show offending values in error messages (may reveal personal data)."


def _fail(lines: list[str], more: bool = False, unreadable: bool = False) -> None:
    for line in lines:
        typer.echo(line, err=True)
    if more:
        from cm_model.io.limits import MAX_MESSAGES_PER_FILE

        typer.echo(f"… more errors not shown (stopped after the first {MAX_MESSAGES_PER_FILE})",
                   err=True)
    raise typer.Exit(2 if unreadable else 1)


def _check_ids(table, show_values: bool, records=None) -> None:  # type: ignore[no-untyped-def]
    """Refuse henkilötunnus-like client ids in the contacts (and records) before writing."""
    import numpy as np

    from cm_model.metrics.pseudonyms import refused_ids

    def in_contacts(code: int) -> str:
        row = int(np.flatnonzero(table.client == code)[0])
        ids = table.ids.take([row]) if len(table.ids) else []
        named = f" (contact id {ids[0]})" if ids else ""
        return f"{table.source}: contact {row + 1}{named}"

    messages = refused_ids(table.client_ids, in_contacts, show_values)
    if records is not None:
        messages += refused_ids(records.client_ids,
                                lambda r: f"{records.source}: client {r + 1}", show_values)
    if messages:
        _fail(messages)


def _warn(table) -> None:  # type: ignore[no-untyped-def]
    for line in table.warnings:
        typer.echo(line, err=True)


def _date_option(text: str | None, name: str) -> date | None:
    if text is None:
        return None
    from cm_model.metrics.contacts import parse_date

    parsed = parse_date(text)
    if parsed is None:
        typer.echo(f"{name}: not a date (use YYYY-MM-DD or dd.mm.yyyy)", err=True)
        raise typer.Exit(2)
    return parsed


def _output_dir(out: Path) -> Path:
    if out.exists() and not out.is_dir():
        typer.echo(f"-o {out}: exists and is not a directory", err=True)
        raise typer.Exit(2)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        typer.echo(f"-o {out}: cannot create the directory ({exc.strerror})", err=True)
        raise typer.Exit(2) from None
    return out


def _read(path: Path, show_values: bool,
          fields: tuple[str, ...] | None = None):  # type: ignore[no-untyped-def]
    from cm_model.metrics.contacts import ContactsError, read_contacts

    try:
        return read_contacts(path, show_values=show_values, fields=fields)
    except ContactsError as exc:
        _fail(exc.errors, exc.more, exc.unreadable)


def register(app: typer.Typer) -> None:
    @app.command("triggers")
    def triggers_command(
        contacts: Annotated[Path, typer.Argument(help=CONTACTS_HELP)],
        as_of: Annotated[str, typer.Option(
            "--as-of", help="Evaluation date (YYYY-MM-DD or dd.mm.yyyy); the window ends on "
            "it, inclusive.")],
        out: Annotated[Path, typer.Option(
            "-o", "--output", help="Output directory (candidates.csv, candidates.json).")],
        catalogue: Annotated[Path | None, typer.Option(
            "--catalogue", help="Trigger catalogue (YAML/JSON list of TriggerDefinition or an "
            "Export); default: the catalogue shipped with cm-model.")] = None,
        show_values: Annotated[bool, typer.Option(
            "--show-values", help=SHOW_VALUES_HELP)] = False,
    ) -> None:
        """Find candidate clients: evaluate the machine-checkable triggers over service contacts."""
        import csv
        import io

        import orjson

        from cm_model.metrics import triggers as trig

        when = _date_option(as_of, "--as-of")
        assert when is not None
        try:
            entries = trig.load_catalogue(catalogue)
        except trig.CatalogueError as exc:
            _fail(exc.errors, unreadable=exc.unreadable)
        table = _read(contacts, show_values)
        _warn(table)
        _check_ids(table, show_values)
        evaluation = trig.evaluate(table, entries, when)
        target = _output_dir(out)
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(trig.CSV_COLUMNS)
        writer.writerows(trig.csv_rows(evaluation))
        (target / "candidates.csv").write_text(buffer.getvalue(), encoding="utf-8")
        (target / "candidates.json").write_bytes(
            orjson.dumps(trig.as_json(evaluation), option=orjson.OPT_INDENT_2) + b"\n")
        candidates = evaluation.by_client()
        typer.echo(f"{len(table)} contacts of {evaluation.clients_seen} clients; as of "
                   f"{when.isoformat()}")
        if evaluation.contacts_after_as_of:
            typer.echo(f"{evaluation.contacts_after_as_of} contacts after the as-of date "
                       "were not counted")
        if evaluation.open_inpatient_episodes:
            typer.echo(f"{evaluation.open_inpatient_episodes} inpatient episode(s) without "
                       "end_date: each closed at the client's next admission, else at the "
                       "as-of date")
        for t in evaluation.evaluated:
            fired = sum(1 for f in evaluation.firings if f.trigger.code == t.code)
            typer.echo(f"  {t.code}: {t.rule()} → {fired} client(s)")
        if evaluation.not_machine_checkable:
            typer.echo(f"  not machine-checkable (recorded by professionals): "
                       f"{', '.join(t.code for t in evaluation.not_machine_checkable)}")
        typer.echo(f"{len(candidates)} candidate client(s); wrote {target / 'candidates.csv'} "
                   f"and {target / 'candidates.json'}")

    @app.command("metrics")
    def metrics_command(
        contacts: Annotated[Path, typer.Argument(help=CONTACTS_HELP)],
        records: Annotated[Path, typer.Option(
            "--records", help="Client records (Export JSON/YAML or JSON Lines of clients): plan "
            "dates, segments, WHOQOL-BREF and NPS answers.")],
        out: Annotated[Path, typer.Option("-o", "--output", help="Output directory.")],
        window: Annotated[str, typer.Option(
            "--window", help="Window before and after the plan date, in months (12m) or years "
            "(1y); 1–120 months.")] = "12m",
        provider: Annotated[str, typer.Option(
            "--provider", help="Continuity provider: professional or unit.")] = "professional",
        as_of: Annotated[str | None, typer.Option(
            "--as-of", help="Last day the contacts cover (default: the export_time of an "
            "Export, else the latest contact date); windows reaching past it are "
            "incomplete.")] = None,
        data_from: Annotated[str | None, typer.Option(
            "--data-from", help="First day the contacts cover, if the export starts later "
            "than the before windows; earlier windows are incomplete.")] = None,
        plot: Annotated[bool, typer.Option("--plot/--no-plot",
                                           help="Write measures.png.")] = True,
        plot_language: Annotated[str, typer.Option(
            "--plot-language", help="Labels of measures.png: en or fi.")] = "en",
        client_json: Annotated[bool, typer.Option(
            "--client-json", help="Also write client_measures.json: per client, "
            "ContinuityIndex and ServiceUseCount records in the schema's shape.")] = False,
        measures: Annotated[str | None, typer.Option(
            "--measures", help="Compute and write only these measures, comma-separated: "
            "coc, upc, secon, use (contacts by type, inpatient days), whoqol, nps; "
            "default all.")] = None,
        show_values: Annotated[bool, typer.Option(
            "--show-values", help=SHOW_VALUES_HELP)] = False,
    ) -> None:
        """Continuity (COC, UPC, SECON), service use, WHOQOL-BREF and NPS before/after the plan."""
        import orjson

        from cm_model.metrics import outputs, summary
        from cm_model.metrics.outcomes import compute, parse_measures
        from cm_model.metrics.records import RecordsError, read_records
        from cm_model.metrics.windows import parse_months

        if plot_language not in ("en", "fi"):
            typer.echo("--plot-language: use en or fi", err=True)
            raise typer.Exit(2)
        if provider not in ("professional", "unit"):
            typer.echo("--provider: use professional or unit", err=True)
            raise typer.Exit(2)
        try:
            chosen = parse_measures(measures)
        except ValueError as exc:
            typer.echo(f"--measures: {exc}", err=True)
            raise typer.Exit(2) from None
        try:
            months = parse_months(window)
        except ValueError as exc:
            typer.echo(f"--window: {exc}", err=True)
            raise typer.Exit(2) from None
        last = _date_option(as_of, "--as-of")
        first = _date_option(data_from, "--data-from")
        # The records are read on a worker thread while the contacts are read here (both
        # spend most of their time in pyarrow, outside the GIL). Errors are reported as if
        # one came after the other: the records' first, and only those when both fail.
        from concurrent.futures import ThreadPoolExecutor

        from cm_model.metrics.contacts import ContactsError, read_contacts

        with ThreadPoolExecutor(max_workers=1) as pool:
            pending = pool.submit(read_records, records, "whoqol" in chosen, "nps" in chosen)
            try:
                # Only what the measures use is read and checked (the CSV fast path reads 5
                # of 9 columns, which halves its time on large files): end_date for inpatient
                # days, the provider for the continuity indices.
                fields = (("end_date",) if "use" in chosen else ()) + (
                    (f"{provider}_id",) if any(i in chosen for i in ("coc", "upc", "secon"))
                    else ()) or ("client_id",)  # an empty tuple would mean every field
                table = read_contacts(contacts, show_values=show_values, fields=fields)
                contacts_error = None
            except ContactsError as exc:
                contacts_error = exc
            try:
                clients = pending.result()
            except RecordsError as exc:
                _fail(exc.errors, unreadable=exc.unreadable)
        if contacts_error is not None:
            _fail(contacts_error.errors, contacts_error.more, contacts_error.unreadable)
        _warn(table)
        _check_ids(table, show_values, clients)
        outcomes = compute(table, clients, months, provider, last, first, chosen)
        report = summary.summarise(outcomes)
        target = _output_dir(out)
        (target / "client_measures.csv").write_bytes(outputs.client_csv(outcomes))
        (target / "summary.json").write_bytes(
            orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n")
        (target / "summary.md").write_text(summary.markdown(report) + "\n", encoding="utf-8")
        written = ["client_measures.csv", "summary.json", "summary.md"]
        if client_json:
            (target / "client_measures.json").write_bytes(outputs.client_json(outcomes))
            written.append("client_measures.json")
        if plot:
            from cm_model.metrics.plot import plot_png

            (target / "measures.png").write_bytes(plot_png(outcomes, plot_language))
            written.append("measures.png")
        overall = report["all"]["measures"]
        typer.echo(f"{len(table)} contacts; {len(clients.client_ids)} clients in records, "
                   f"{report['clients_without_plan']} without a plan; {months}-month windows, "
                   f"provider {provider}")
        for key in outcomes.indices:
            item = overall[key]
            b, a, d = item["before"], item["after"], item["paired_difference"]
            typer.echo(f"  {key.upper()}: median before {b.get('median', '–')} (n={b['n']}), "
                       f"after {a.get('median', '–')} (n={a['n']}), mean paired difference "
                       f"{d.get('mean', '–')} (n={d['n']})")
        typer.echo(f"wrote {', '.join(written)} to {target}")
