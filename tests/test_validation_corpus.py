"""The broken/hostile corpus: located errors, no traceback, no hang, no personal-data echo."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cm_model.validation import validate
from cm_model.validation.report import format_json, format_text

CORPUS = Path(__file__).resolve().parent / "data" / "broken"
FILES = sorted(p for p in CORPUS.iterdir() if p.name != "make_corpus.py" and p.is_file())
SECRETS = ("010150-990C", "Salainen", "Merkkinen", "pwned")


def test_corpus_is_large_enough() -> None:
    assert len(FILES) >= 25


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_broken_file_is_reported_without_echo(path: Path) -> None:
    report = validate([path])
    text = format_text(report) + format_json(report)
    assert not any(secret in text for secret in SECRETS)
    if path.name != "csv_mixed_encoding.csv":
        assert report.exit_code in (1, 2)
        assert report.findings
    for finding in report.findings:
        assert finding.file == str(path) and finding.message and finding.code


@pytest.mark.parametrize("name", ["jsonl_bad_lines.jsonl", "xlsx_zip_bomb.xlsx",
                                  "yaml_billion_laughs.yaml", "deep_nesting.json"])
def test_cli_on_hostile_files_has_no_traceback(name: str) -> None:
    done = subprocess.run([str(Path(sys.executable).parent / "cm-model"), "validate", str(CORPUS / name)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode in (1, 2)
    assert "Traceback" not in done.stdout + done.stderr


def test_bad_jsonl_line_does_not_stop_the_others() -> None:
    report = validate([CORPUS / "jsonl_bad_lines.jsonl"])
    by_line: dict[str, set[str]] = {}
    for f in report.findings:
        by_line.setdefault(f.record, set()).add(f.code)
    assert by_line["line 2"] == {"read.jsonl"} and by_line["line 3"] == {"read.not-record"}
    # the line after the bad ones was still checked (bad check character, repeated id)
    assert by_line["line 4"] == {"CM-R001", "CM-R002"}
    assert report.records == 4


def test_hostile_archives_are_refused_before_parsing() -> None:
    codes = {p.name: {f.code for f in validate([p]).findings} for p in FILES}
    assert codes["xlsx_zip_bomb.xlsx"] == {"read.zip-bomb"}
    assert codes["xlsx_xxe.xlsx"] == {"read.xml-entity"}
    assert codes["yaml_python_tag.yaml"] == {"read.yaml-tag"}
    assert codes["yaml_billion_laughs.yaml"] == {"read.yaml-alias"}
    assert codes["csv_bad_cells.csv"] == {"read.coerce"}


def test_show_values_is_the_only_way_values_appear() -> None:
    path = CORPUS / "wrong_types_pii.json"
    assert "010150-990C" not in format_text(validate([path]))
    assert "010150-990C" in format_text(validate([path], show_values=True))
