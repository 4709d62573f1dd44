"""`cm-model fhir export` and `cm-model fhir import`.

Exit codes as in `cm-model validate`: 0 done, 1 the content has problems (nothing written),
2 unreadable input or wrong usage. Messages name the file, the record or bundle entry and the
element path; values from the data appear only with --show-values (none do today: the
structural messages may then add the offending value).
"""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer


class Lang(StrEnum):
    fi = "fi"
    en = "en"


def _say(path: Path, where: str | None, code: str, lang: str, **params: Any) -> None:
    from cm_model.fhir import messages  # noqa: F401 - registers the fhir.* messages
    from cm_model.io.messages import message

    place = f"{path}: {where}: " if where else f"{path}: "
    sys.stderr.write(place + message(code, lang, **params) + "\n")


def _problem_where(problem: Any) -> str | None:
    parts = [p for p in (problem.record, problem.path, problem.cell) if p]
    return " ".join(parts) or None


def _load_input(path: Path, lang: str) -> tuple[str, Any, list[str | None]] | None:
    """('export', dict) or ('clients', list, record locators); None after reporting."""
    from cm_model.fhir.io import read_records
    from cm_model.validation.readers import Problem

    items, bad = [], False
    for got in read_records(path):
        if isinstance(got, Problem):
            bad = True
            _say(path, _problem_where(got), got.code, lang, **got.params)
            if got.fatal:
                return None
        else:
            items.append(got)
    if bad:
        return None
    if len(items) == 1 and isinstance(items[0].data, dict) and (
            "clients" in items[0].data or "organisation" in items[0].data):
        return "export", items[0].data, [None]
    for item in items:
        if not (isinstance(item.data, dict) and "id" in item.data):
            _say(path, item.record or "record", "fhir.input-class", lang)
            return None
    return "clients", [item.data for item in items], [item.record for item in items]


def _structure_ok(path: Path, kind: str, data: Any, records: list[str | None], lang: str,
                  show_values: bool) -> bool:
    """The closed JSON Schema of the model (the structural layer of `cm-model validate`):
    a field the schema does not know would otherwise be dropped without a word."""
    from cm_model.validation import structural

    if kind == "export":
        checks = [("Export", data, None)]
    else:
        checks = [("Client", rec, records[i] if i < len(records) else f"[{i}]")
                  for i, rec in enumerate(data)]
    ok = True
    for class_name, record, where in checks:
        for field_path, _code, text, value in structural.check(class_name, record, lang):
            ok = False
            place = " ".join(p for p in (where, field_path) if p) or None
            shown = f" (value: {value!r})" if show_values and value is not None else ""
            sys.stderr.write(f"{path}: {place + ': ' if place else ''}{text}{shown}\n")
    return ok


def register(app: typer.Typer) -> None:
    fhir_app = typer.Typer(help="FHIR R4 export and import (HL7 Finland's base profiles).",
                           no_args_is_help=True)
    app.add_typer(fhir_app, name="fhir")

    @fhir_app.command("export")
    def export_command(
        source: Path = typer.Argument(..., help="Export (JSON, YAML) or Client records "  # noqa: B008
                                      "(JSON Lines)."),
        output: Path = typer.Option(..., "-o", "--output", help="Bundle file to write."),  # noqa: B008
        ndjson: bool = typer.Option(False, "--ndjson", help="One resource a line (bulk "
                                    "loads) instead of one Bundle."),
        check: bool = typer.Option(True, "--check/--no-check", help="Parse every resource "
                                   "with fhir.resources and check the profile rules and "
                                   "code bindings before writing."),
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the messages."),  # noqa: B008
        show_values: bool = typer.Option(False, "--show-values", help="Show offending values "
                                         "from the data in messages (may be personal data)."),
    ) -> None:
        """Write an Export (or Client records) as a FHIR R4 Bundle."""
        import orjson

        from cm_model.fhir import export as fx
        from cm_model.fhir.io import same_file, write_atomic

        if same_file(source, output):
            _say(output, None, "fhir.same-file", lang.value)
            raise typer.Exit(2)
        loaded = _load_input(source, lang.value)
        if loaded is None:
            raise typer.Exit(2)
        kind, data, records = loaded
        if not _structure_ok(source, kind, data, records, lang.value, show_values):
            typer.echo("the input does not follow the schema; nothing written "
                       "(see `cm-model validate`).", err=True)
            raise typer.Exit(1)
        bundle = fx.export_document(data) if kind == "export" else fx.export_clients(data)
        if check:
            from cm_model.fhir.validate import check_bundle

            findings = check_bundle(bundle)
            for f in findings:
                _say(output, f.where, f.code, lang.value, detail=f.detail)
            if findings:
                typer.echo(f"{len(findings)} problem(s); nothing written.", err=True)
                raise typer.Exit(1)
        try:
            if ndjson:
                write_atomic(output, (orjson.dumps(e["resource"]) + b"\n"
                                      for e in bundle["entry"]))
            else:
                write_atomic(output, orjson.dumps(bundle, option=orjson.OPT_INDENT_2) + b"\n")
        except OSError as exc:
            _say(output, None, "fhir.write", lang.value, detail=exc.strerror or "error")
            raise typer.Exit(2) from None
        typer.echo(f"wrote {len(bundle['entry'])} resources to {output}", err=True)

    @fhir_app.command("import")
    def import_command(
        source: Path = typer.Argument(..., help="Bundle (JSON) or resources (NDJSON) "  # noqa: B008
                                      "written by `cm-model fhir export`."),
        output: Path = typer.Option(..., "-o", "--output", help="Export file to write (.json; "  # noqa: B008
                                    ".jsonl for Client records without an envelope)."),
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the messages."),  # noqa: B008
        show_values: bool = typer.Option(False, "--show-values", help="Show offending values "
                                         "from the data in messages (may be personal data)."),
    ) -> None:
        """Read a FHIR R4 Bundle back into an Export (the reverse of `fhir export`)."""
        import orjson

        from cm_model.fhir.importer import ImportFailed, import_bundle
        from cm_model.fhir.io import same_file, write_atomic

        if same_file(source, output):
            _say(output, None, "fhir.same-file", lang.value)
            raise typer.Exit(2)
        bundle = _load_bundle(source, lang.value)
        if bundle is None:
            raise typer.Exit(2)
        try:
            result, unused = import_bundle(bundle)
        except ImportFailed as failed:
            for p in failed.problems:
                _say(source, p.where, p.code, lang.value, **p.params)
            typer.echo(f"{len(failed.problems)} problem(s); nothing written.", err=True)
            raise typer.Exit(1) from None
        for where in unused:
            _say(source, where, "fhir.unused", lang.value)
        kind = "clients" if isinstance(result, list) else "export"
        if not _structure_ok(source, kind, result, [f"[{i}]" for i in range(len(result))]
                             if kind == "clients" else [None], lang.value, show_values):
            typer.echo("the records read from the bundle do not follow the schema; nothing "
                       "written.", err=True)
            raise typer.Exit(1)
        try:
            if isinstance(result, list) and output.suffix.lower() in (".jsonl", ".ndjson"):
                write_atomic(output, (orjson.dumps(r) + b"\n" for r in result))
            else:
                write_atomic(output, orjson.dumps(result, option=orjson.OPT_INDENT_2) + b"\n")
        except OSError as exc:
            _say(output, None, "fhir.write", lang.value, detail=exc.strerror or "error")
            raise typer.Exit(2) from None
        count = len(result) if isinstance(result, list) else len(result.get("clients") or [])
        typer.echo(f"wrote {count} client record(s) to {output}", err=True)


def _load_bundle(path: Path, lang: str) -> Any:
    """The bundle as a dict; an NDJSON file of resources becomes a collection bundle."""
    from cm_model.fhir.io import read_records
    from cm_model.validation.readers import Problem

    resources, bad = [], False
    for got in read_records(path):
        if isinstance(got, Problem):
            bad = True
            _say(path, _problem_where(got), got.code, lang, **got.params)
            if got.fatal:
                return None
        else:
            resources.append(got.data)
    if bad or not resources:
        return None
    if len(resources) == 1:
        return resources[0]
    # NDJSON from `--ndjson`: fullUrls are the urn:uuid form of the ids.
    return {"resourceType": "Bundle", "type": "collection", "entry": [
        {"fullUrl": f"urn:uuid:{r.get('id')}", "resource": r} for r in resources]}
