"""Progress on stderr: shown to a person at a terminal, never in piped or JSON output."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from cm_model.io import progress

CLI = str(Path(sys.executable).with_name("cm-model"))


def run_with_terminal_stderr(args: list[str], stdout) -> bytes:  # type: ignore[no-untyped-def]
    """Run with stderr on a pseudo-terminal (as in an interactive shell); returns what the
    terminal received."""
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "CM_MODEL_NO_PROGRESS"}
    env["COLUMNS"] = "100"
    process = subprocess.Popen(args, stdout=stdout, stderr=follower, env=env)
    os.close(follower)
    received = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        received += chunk
    process.wait(timeout=120)
    os.close(leader)
    return received


@pytest.fixture()
def synth_args(tmp_path: Path) -> list[str]:
    return [CLI, "synth", "--n", "4000", "-o", str(tmp_path / "out.jsonl")]


def test_progress_is_drawn_when_stderr_is_a_terminal(tmp_path: Path, synth_args) -> None:
    with (tmp_path / "stdout.txt").open("wb") as stdout:  # a file: a person still watches
        seen = run_with_terminal_stderr(synth_args, stdout)
    assert b"writing" in seen and b"/4000" in seen


def test_no_progress_when_output_is_piped(synth_args) -> None:
    seen = run_with_terminal_stderr(synth_args, subprocess.PIPE)
    assert b"writing" not in seen and b"/4000" not in seen
    done = subprocess.run(synth_args, capture_output=True, check=True)
    assert b"writing" not in done.stderr and b"\x1b[" not in done.stderr


def test_no_progress_with_format_json(monkeypatch) -> None:
    class Terminal:
        def isatty(self) -> bool:
            return True

        def fileno(self) -> int:
            raise OSError

    monkeypatch.setattr(sys, "stderr", Terminal())
    monkeypatch.setattr(sys, "stdout", Terminal())
    monkeypatch.delenv("CM_MODEL_NO_PROGRESS", raising=False)
    assert progress.wanted() is True
    assert progress.wanted(machine_output=True) is False
    monkeypatch.setenv("CM_MODEL_NO_PROGRESS", "1")
    assert progress.wanted() is False


def test_validate_json_report_has_no_progress(tmp_path: Path, monkeypatch) -> None:
    """With --format json the validator's bar is never made, even at a terminal."""
    from cm_model.validation import cli

    monkeypatch.setattr(progress, "wanted", lambda machine_output=False: not machine_output)
    assert cli._progress_bar(machine_output=True) is None
    assert cli._progress_bar(machine_output=False) is not None


def test_silent_stand_in_costs_nothing() -> None:
    with progress.progress("read", total=10) as bar:
        bar.update(5, 10)
        bar.describe("write")
        assert bar.shown is False  # pytest captures stderr: not a terminal
