"""`cm-model migrate`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer


class Lang(StrEnum):
    fi = "fi"
    en = "en"


def register(app: typer.Typer) -> None:
    @app.command("migrate")
    def migrate_command(
        source: Path = typer.Argument(..., help="A 0.1.0 export (JSON, JSON Lines or YAML)."),  # noqa: B008
        to: str = typer.Option(..., "--to", help="Target schema version (0.2.0)."),
        output: Path = typer.Option(..., "-o", "--output", help="File to write; never the input."),  # noqa: B008
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the messages."),  # noqa: B008
    ) -> None:
        """Turn an export of an older schema version into TARGET without losing values. Exit 0
        written, 1 records that cannot be migrated (nothing written), 2 unreadable input or
        wrong usage. The output is written to a temporary file and renamed into place."""
        from cm_model.migrate.run import migrate_file

        outcome = migrate_file(source, output, to, lang.value)
        for line in outcome.lines:
            typer.echo(line, err=True)
        raise typer.Exit(outcome.exit_code)
