"""`cm-model generate [--check]`."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("generate")
    def generate_command(
        check: bool = typer.Option(
            False, "--check", help="Do not write; exit 1 and name the files that differ."
        ),
    ) -> None:
        """Regenerate every artifact derived from the schema (models, JSON Schema, forms, pages)."""
        from cm_model import generation
        from cm_model.paths import repo_root

        root = repo_root()
        try:
            import linkml  # noqa: F401 - the generators need the LinkML toolchain
        except ImportError:
            typer.echo("cm-model generate needs the LinkML toolchain: "
                       "pip install -e '.[generate]' (in the checkout).", err=True)
            raise typer.Exit(2) from None
        if root is None:
            typer.echo("cm-model generate runs in a source checkout (schema/ not found).", err=True)
            raise typer.Exit(2)
        if check:
            drift = generation.check(root)
            for item in drift:
                typer.echo(f"{item.reason}: {item.path}", err=True)
            if drift:
                typer.echo(
                    f"{len(drift)} generated file(s) out of date; run `cm-model generate`.",
                    err=True,
                )
                raise typer.Exit(1)
            typer.echo("generated files are up to date")
            return
        written = generation.generate(root)
        for rel in written:
            typer.echo(f"wrote {rel}")
        typer.echo(f"{len(written)} file(s) changed")
