"""The command line: exit codes, report formats, languages, jobs, value hiding."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cm_model import synth
from cm_model.validation import engine, validate

ROOT = Path(__file__).resolve().parent.parent
CLI = str(Path(sys.executable).parent / "cm-model")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, "validate", *args], capture_output=True, text=True, timeout=120)


def test_exit_codes_and_summary() -> None:
    ok = run(str(ROOT / "examples" / "valid"))
    assert ok.returncode == 0 and "0 error(s)" in ok.stdout
    for path in sorted((ROOT / "examples" / "invalid").glob("*.json")):
        assert run(str(path)).returncode == 1, path.name
    assert run(str(ROOT / "no-such-file.json")).returncode == 2
    assert run("--class", "NoSuchClass", str(ROOT / "examples" / "valid")).returncode == 2
    assert run("--format", "xml", str(ROOT / "examples" / "valid")).returncode == 2


def test_json_report_is_machine_readable_and_localised() -> None:
    path = str(ROOT / "examples" / "rules" / "CM-R003-invalid.json")
    out = run("--format", "json", "--lang", "fi", path)
    data = json.loads(out.stdout)
    assert data["exit_code"] == 1 and data["summary"]["errors"] == 1
    finding = data["findings"][0]
    assert finding["code"] == "CM-R003" and finding["record"] == "clients[0]"
    assert finding["path"].startswith("assignments[") and "päättyy" in finding["message"]
    assert "value" not in finding
    assert out.stderr == ""  # no progress bar when stderr is not a terminal


def test_jobs_two_gives_the_same_findings(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "c.jsonl"
    synth.write(path, n=120, seed=4, invalid_rate=0.2)
    with path.open("a") as handle:  # a duplicate id far from its first use
        handle.write(path.read_text().splitlines()[0] + "\n")
    one = validate([path])
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 0)
    two = validate([path], jobs=2)
    assert two.records == one.records == 121
    assert sorted(f.as_dict().items() for f in two.findings) == \
        sorted(f.as_dict().items() for f in one.findings)
    assert any(f.record == "line 121" and f.code == "CM-R002" for f in two.findings)


def test_places_in_the_language_of_the_report(tmp_path: Path) -> None:
    """Finnish text reports give rows, lines and columns in Finnish; the JSON report keeps the
    locator as data (English), whatever the language."""
    csv = tmp_path / "bad.csv"
    csv.write_text("id,henkilotunnus,birth_date\nc-1,010101-9999,2001-01-01\n", encoding="utf-8")
    dup = tmp_path / "dup.jsonl"
    dup.write_text('{"id": "c-1", "id": "c-2"}\n', encoding="utf-8")
    fi = run(str(csv), str(dup), "--lang", "fi").stdout
    assert "bad.csv: rivi 2: B2: virhe CM-R001" in fi
    assert "dup.jsonl: rivi 1: virhe read.duplicate-key" in fi and "(rivi 1, sarake 15)" in fi
    assert "row " not in fi and "line " not in fi and "column " not in fi
    report = json.loads(run(str(csv), "--lang", "fi", "--format", "json").stdout)
    assert {f["record"] for f in report["findings"]} == {"row 2"}
