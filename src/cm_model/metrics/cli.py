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
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from cm_model.io.limits import DATE_MAX, DATE_MIN

CONTACTS_HELP = "Service contacts: .csv (UTF-8 or cp1252, , or ;), .jsonl, .json or .xlsx."
SHOW_VALUES_HELP = "Show offending values in error messages (may reveal personal data)."
# Triggers listed one a line in the report; the rest are counted (every one is in the JSON).
TRIGGER_LINES = 50


class Lang(StrEnum):
    fi = "fi"
    en = "en"


LANG_HELP = "Language of the messages: fi or en."
# Dates the commands accept, the same range the input layer documents for data.
DATE_RANGE = (DATE_MIN, DATE_MAX)  # the input layer's range, for messages


def say(key: str, lang: str, /, err: bool = False, **params: object) -> None:
    from cm_model.io.messages import message

    typer.echo(message(key, lang, **params), err=err)


def _fail(lines: list[str], more: bool = False, unreadable: bool = False,
          lang: str = "en") -> NoReturn:
    from cm_model.io.messages import localised

    for line in lines:
        typer.echo(localised(line, lang), err=True)
    if more:
        from cm_model.io.limits import MAX_MESSAGES_PER_FILE

        say("metrics.more-errors", lang, err=True, limit=MAX_MESSAGES_PER_FILE)
    raise typer.Exit(2 if unreadable else 1)


def _usage(key: str, lang: str, /, **params: object) -> NoReturn:
    say(key, lang, err=True, **params)
    raise typer.Exit(2)


def _refused(exc: Exception, lang: str) -> NoReturn:
    text = exc.text(lang) if hasattr(exc, "text") else str(exc)
    typer.echo(f"-o {text}", err=True)
    raise typer.Exit(2)


def _targets(out: Path, names: list[str], inputs: list[Path | None], lang: str,
             create: bool) -> list[Path]:
    """The files of the output set, all checked before anything is written (and once more,
    checked again by OutputSet, right before writing). The directory is created only with
    `create` (after the run has computed everything)."""
    from cm_model.io.output import OutputError, check_targets, output_directory

    try:
        directory = output_directory(out, create=create)
        paths = [directory / name for name in names]
        if directory.exists():
            check_targets(paths, [p for p in inputs if p is not None])
        return paths
    except OutputError as exc:
        _refused(exc, lang)


def _write_set(out: Path, files: dict[str, bytes], inputs: list[Path | None],
               lang: str) -> None:
    """All files or none: staged beside their targets, then renamed together."""
    from cm_model.io.output import OutputError, OutputSet

    paths = _targets(out, list(files), inputs, lang, create=True)
    try:
        with OutputSet(paths, [p for p in inputs if p is not None]) as outputs:
            for path, data in zip(paths, files.values(), strict=True):
                outputs.write(path, data)
    except OutputError as exc:
        _refused(exc, lang)


def _check_ids(table, show_values: bool, records=None,  # type: ignore[no-untyped-def]
               lang: str = "en") -> None:
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
        _fail(messages, lang=lang)


def _warn(table, lang: str) -> None:  # type: ignore[no-untyped-def]
    from cm_model.io.messages import localised

    for line in table.warnings:
        typer.echo(localised(line, lang), err=True)


def _date_option(text: str | None, name: str, lang: str) -> date | None:
    """A date option by the input layer's one conversion (cm_model.io.values): not a date and
    outside the supported range are told apart."""
    if text is None:
        return None
    from cm_model.io import values

    try:
        return values.to_date(text)
    except values.CellError as exc:
        if exc.key == "date-range":
            _usage("metrics.date-range", lang, option=name, first=DATE_RANGE[0].isoformat(),
                   last=DATE_RANGE[1].isoformat())
        _usage("metrics.not-date", lang, option=name)


def _read(path: Path, show_values: bool, lang: str,
          fields: tuple[str, ...] | None = None):  # type: ignore[no-untyped-def]
    from cm_model.metrics.contacts import ContactsError, read_contacts

    try:
        return read_contacts(path, show_values=show_values, fields=fields)
    except ContactsError as exc:
        _fail(exc.errors, exc.more, exc.unreadable, lang)


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
        lang: Annotated[Lang, typer.Option("--lang", help=LANG_HELP)] = Lang.en,
    ) -> None:
        """Find candidate clients: evaluate the machine-checkable triggers over service contacts.

        Writes candidates.csv and candidates.json into the output directory as one set: both
        or neither (see the handbook, Outputs)."""
        import csv
        import io

        import orjson

        from cm_model.io.progress import progress
        from cm_model.metrics import triggers as trig

        code = lang.value
        when = _date_option(as_of, "--as-of", code)
        assert when is not None
        names = ["candidates.csv", "candidates.json"]
        inputs = [contacts, catalogue]
        _targets(out, names, inputs, code, create=False)
        with trig.few_collections():
            try:
                entries = trig.load_catalogue(catalogue)
            except trig.CatalogueError as exc:
                _fail(exc.errors, unreadable=exc.unreadable, lang=code)
        with progress("read", lang=code) as bar:
            table = _read(contacts, show_values, code)
            _warn(table, code)
            _check_ids(table, show_values, lang=code)
            bar.describe("evaluate", code)
            with trig.few_collections():
                evaluation = trig.evaluate(table, entries, when, progress=bar.update)
        with trig.few_collections():
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(trig.CSV_COLUMNS)
            writer.writerows(trig.csv_rows(evaluation))
            files = {
                "candidates.csv": buffer.getvalue().encode("utf-8"),
                "candidates.json": orjson.dumps(trig.as_json(evaluation),
                                                option=orjson.OPT_INDENT_2) + b"\n",
            }
        _write_set(out, files, inputs, code)
        target = Path(out)
        candidates = evaluation.by_client()
        say("triggers.summary", code, contacts=len(table), clients=evaluation.clients_seen,
            as_of=when.isoformat())
        if evaluation.contacts_after_as_of:
            say("triggers.after", code, count=evaluation.contacts_after_as_of)
        if evaluation.open_inpatient_episodes:
            say("triggers.open", code, count=evaluation.open_inpatient_episodes)
        fired = evaluation.fired_counts()
        for t in evaluation.evaluated[:TRIGGER_LINES]:
            typer.echo(f"  {t.code}: {t.rule(code)} → {fired[t.code]} "
                       f"{'asiakas(ta)' if code == 'fi' else 'client(s)'}")
        if len(evaluation.evaluated) > TRIGGER_LINES:
            say("triggers.more", code, count=len(evaluation.evaluated) - TRIGGER_LINES)
        if evaluation.not_machine_checkable:
            codes = [t.code for t in evaluation.not_machine_checkable]
            shown = ", ".join(codes[:TRIGGER_LINES]) + (" …" if len(codes) > TRIGGER_LINES
                                                       else "")
            say("triggers.not-checkable", code, codes=shown)
        say("triggers.done", code, count=len(candidates),
            files=f"{target / 'candidates.csv'}, {target / 'candidates.json'}")

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
        plot_language: Annotated[str | None, typer.Option(
            "--plot-language", help="Labels of measures.png: en or fi (default: --lang).")
        ] = None,
        client_json: Annotated[bool, typer.Option(
            "--client-json", help="Also write client_measures.json: per client, "
            "ContinuityIndex and ServiceUseCount records in the schema's shape.")] = False,
        measures: Annotated[str | None, typer.Option(
            "--measures", help="Compute and write only these measures, comma-separated: "
            "coc, upc, secon, use (contacts by type, inpatient days), whoqol, nps; "
            "default all.")] = None,
        show_values: Annotated[bool, typer.Option(
            "--show-values", help=SHOW_VALUES_HELP)] = False,
        lang: Annotated[Lang, typer.Option("--lang", help=LANG_HELP)] = Lang.en,
    ) -> None:
        """Continuity (COC, UPC, SECON), service use, WHOQOL-BREF and NPS before/after the plan.

        Writes client_measures.csv, summary.json, summary.md (and client_measures.json,
        measures.png when asked) into the output directory as one set: all or none."""
        import orjson

        from cm_model.io.progress import progress
        from cm_model.metrics import outputs, summary
        from cm_model.metrics.outcomes import compute, parse_measures
        from cm_model.metrics.records import RecordsError, read_records
        from cm_model.metrics.windows import parse_months

        code = lang.value
        plot_language = plot_language or code
        if plot_language not in ("en", "fi"):
            _usage("metrics.choices", code, option="--plot-language", choices="en, fi")
        if provider not in ("professional", "unit"):
            _usage("metrics.choices", code, option="--provider", choices="professional, unit")
        try:
            chosen = parse_measures(measures)
        except ValueError as exc:
            _usage("metrics.option", code, option="--measures", detail=str(exc))
        try:
            months = parse_months(window)
        except ValueError as exc:
            _usage("metrics.option", code, option="--window", detail=str(exc))
        last = _date_option(as_of, "--as-of", code)
        first = _date_option(data_from, "--data-from", code)
        names = ["client_measures.csv", "summary.json", "summary.md"]
        names += ["client_measures.json"] if client_json else []
        names += ["measures.png"] if plot else []
        inputs = [contacts, records]
        _targets(out, names, inputs, code, create=False)
        # The records are read on a worker thread while the contacts are read here (both
        # spend most of their time in pyarrow, outside the GIL). Errors are reported as if
        # one came after the other: the records' first, and only those when both fail.
        from concurrent.futures import ThreadPoolExecutor

        from cm_model.metrics.contacts import ContactsError, read_contacts

        with progress("read", lang=code) as bar:
            with ThreadPoolExecutor(max_workers=1) as pool:
                pending = pool.submit(read_records, records, "whoqol" in chosen,
                                      "nps" in chosen)
                try:
                    # Only what the measures use is read and checked (the CSV fast path reads
                    # 5 of 9 columns, which halves its time on large files): end_date for
                    # inpatient days, the provider for the continuity indices.
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
                    _fail(exc.errors, unreadable=exc.unreadable, lang=code)
            if contacts_error is not None:
                _fail(contacts_error.errors, contacts_error.more, contacts_error.unreadable,
                      code)
            _warn(table, code)
            _check_ids(table, show_values, clients, code)
            bar.describe("compute", code)
            try:
                outcomes = compute(table, clients, months, provider, last, first, chosen)
            except OverflowError:
                _usage("metrics.date-overflow", code, first=DATE_RANGE[0].isoformat(),
                       last=DATE_RANGE[1].isoformat())
            report = summary.summarise(outcomes)
            # Every file is made in memory first, so a failure (the plot, a full disk) leaves
            # the previous set untouched.
            files = {
                "client_measures.csv": outputs.client_csv(outcomes),
                "summary.json": orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n",
                "summary.md": (summary.markdown(report) + "\n").encode("utf-8"),
            }
            if client_json:
                files["client_measures.json"] = outputs.client_json(outcomes)
            if plot:
                from cm_model.metrics.plot import plot_png

                files["measures.png"] = plot_png(outcomes, plot_language)
            bar.describe("write", code)
            _write_set(out, files, inputs, code)
        target = Path(out)
        overall = report["all"]["measures"]
        say("metrics.summary", code, contacts=len(table), clients=len(clients.client_ids),
            no_plan=report["clients_without_plan"], months=months,
            provider=provider if code == "en" else {"professional": "ammattilainen",
                                                    "unit": "yksikkö"}[provider])
        for key in outcomes.indices:
            item = overall[key]
            b, a, d = item["before"], item["after"], item["paired_difference"]
            say("metrics.line", code, key=key.upper(), before=b.get("median", "–"), nb=b["n"],
                after=a.get("median", "–"), na=a["n"], diff=d.get("mean", "–"), nd=d["n"])
        say("metrics.done", code, files=", ".join(files), target=target)
