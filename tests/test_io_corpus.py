"""The broken-input corpus of `triggers`, `metrics` and `forms import` (tests/data/broken_inputs,
written by its make_corpus.py), like validate's tests/data/broken: every file gets a located
error and a non-zero exit, no traceback, and the planted personal data is never echoed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from cm_model.cli import app

CORPUS = Path(__file__).resolve().parent / "data" / "broken_inputs"
CONTACTS = Path(__file__).resolve().parent / "data" / "contacts" / "program_utf8.csv"
RECORDS = Path(__file__).resolve().parent / "data" / "contacts" / "records.json"
SECRETS = ("010150-990C", "Salainen", "pwned")
runner = CliRunner()


def _files(prefix: str) -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.name.startswith(prefix))


def _run(*args: str | Path):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    assert not any(secret in result.output for secret in SECRETS), result.output
    return result


def test_corpus_is_not_empty() -> None:
    assert len(_files("contacts_")) >= 12
    assert len(_files("records_")) >= 6
    assert len(_files("form_")) >= 8


@pytest.mark.parametrize("path", _files("contacts_"), ids=lambda p: p.name)
@pytest.mark.parametrize("command", ["triggers", "metrics"])
def test_broken_contacts(path: Path, command: str, tmp_path: Path) -> None:
    extra = (["--as-of", "2024-06-30"] if command == "triggers"
             else ["--records", RECORDS, "--no-plot"])
    out = tmp_path / "out"
    result = _run(command, path, "-o", out, *extra)
    assert result.exit_code in (1, 2), result.output
    assert path.name in result.output
    assert not out.exists() or not any(out.iterdir())


@pytest.mark.parametrize("path", _files("records_"), ids=lambda p: p.name)
def test_broken_records(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _run("metrics", CONTACTS, "--records", path, "-o", out, "--no-plot")
    assert result.exit_code in (1, 2), result.output
    assert path.name in result.output


@pytest.mark.parametrize("path", _files("form_"), ids=lambda p: p.name)
def test_broken_forms(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = _run("forms", "import", path, "-o", out, "--lang", "en")
    assert result.exit_code in (1, 2), result.output
    assert path.name in result.output
    assert len(result.output.splitlines()) <= 210
    assert not out.exists()
