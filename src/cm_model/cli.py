"""The `cm-model` command line. Each job module contributes its commands through `register`.

Heavy imports (LinkML, openpyxl, matplotlib) happen inside the commands, so `cm-model --help`
and `cm-model validate` start fast.
"""

from __future__ import annotations

import importlib

import typer

# Modules that add commands; each defines `register(app: typer.Typer) -> None`.
COMMAND_MODULES: tuple[str, ...] = (
    "cm_model.generation.cli",
    "cm_model.validation.cli",
    "cm_model.forms.cli",
    "cm_model.metrics.cli",
    "cm_model.fhir.cli",
    "cm_model.migrate.cli",
)

app = typer.Typer(
    name="cm-model",
    help="Case-management (vastuutyöntekijä / Case Manager) model: generate, validate, measure.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version_callback(value: bool) -> None:
    if value:
        import cm_model

        typer.echo(f"cm-model {cm_model.__version__} (schema {cm_model.schema_version()})")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version_callback, is_eager=True,
        help="Print the package and schema versions and exit.",
    ),
) -> None:
    """Case-management model tools."""


for _module in COMMAND_MODULES:
    importlib.import_module(_module).register(app)


def main() -> None:
    app()
