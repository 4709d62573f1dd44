"""The one output writer (cm_model.io.output): what it refuses, how it replaces, and sets."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cm_model.io import output
from cm_model.io.output import OutputError, OutputSet, atomic_write, check_target, write_bytes

ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def refused(path: Path, inputs=()) -> str:
    with pytest.raises(OutputError) as caught:
        check_target(path, inputs)
    assert caught.value.exit_code == 2
    return caught.value.key


def test_a_directory_is_refused(tmp_path: Path) -> None:
    assert refused(tmp_path) == "output.directory"


def test_an_input_is_refused_also_by_another_name(tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    source.write_text("{}\n")
    assert refused(source, [source]) == "output.is-input"
    os.link(source, tmp_path / "hard.jsonl")
    assert refused(tmp_path / "hard.jsonl", [source]) == "output.is-input"
    assert refused(tmp_path / "." / "records.jsonl", [source]) == "output.is-input"


def test_fifo_symlink_and_device_are_refused_and_kept(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "real.jsonl")
    assert refused(fifo) == "output.not-regular"
    assert refused(link) == "output.symlink"
    assert refused(Path("/dev/null")) == "output.not-regular"
    with pytest.raises(OutputError):
        write_bytes(link, b"x")
    assert link.is_symlink() and not (tmp_path / "real.jsonl").exists()
    assert Path(fifo).exists() and not Path(fifo).is_file()


def test_missing_parent_is_refused_not_created(tmp_path: Path) -> None:
    assert refused(tmp_path / "nope" / "x.jsonl") == "output.no-parent"
    assert not (tmp_path / "nope").exists()
    file = tmp_path / "file"
    file.write_text("")
    assert refused(file / "x.jsonl") == "output.parent-not-dir"


def test_unwritable_location_is_refused() -> None:
    # /proc refuses new files even to root, so this check holds on every machine.
    with pytest.raises(OutputError) as caught:
        write_bytes(Path("/proc/self/cm-model-test.jsonl"), b"x")
    assert caught.value.key == "output.unwritable"


@pytest.mark.skipif(ROOT_USER, reason="root may write into a read-only directory")
def test_read_only_directory_is_refused(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        assert refused(locked / "x.jsonl") == "output.unwritable"
    finally:
        locked.chmod(0o700)


def test_a_read_only_file_is_not_replaced(tmp_path: Path) -> None:
    kept = tmp_path / "kept.jsonl"
    kept.write_text("kept")
    kept.chmod(0o444)
    assert refused(kept) == "output.read-only"
    assert kept.read_text() == "kept"


def test_messages_exist_in_finnish_and_english(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as caught:
        check_target(tmp_path)
    assert "is a directory" in caught.value.text("en")
    assert "on hakemisto" in caught.value.text("fi")
    from cm_model.io.messages import MESSAGES

    for key, texts in MESSAGES.items():
        if key.startswith(("output.", "fill.", "triggers.", "metrics.")):
            assert set(texts) == {"en", "fi"}, key


def test_failure_part_way_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), atomic_write(target, binary=True) as stream:
        stream.write(b"new, half written")
        raise RuntimeError("fails part-way")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_replacing_keeps_the_mode_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_bytes(target, b"new")
    assert target.read_bytes() == b"new" and (target.stat().st_mode & 0o777) == 0o640
    fresh = write_bytes(tmp_path / "fresh.txt", b"x")
    mask = os.umask(0)
    os.umask(mask)
    assert (fresh.stat().st_mode & 0o777) == 0o666 & ~mask


def test_a_set_is_checked_whole_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "b.json").mkdir()
    with pytest.raises(OutputError):
        OutputSet([tmp_path / "a.csv", tmp_path / "b.json"])
    assert not (tmp_path / "a.csv").exists()
    with pytest.raises(OutputError) as caught:
        OutputSet([tmp_path / "a.csv", tmp_path / "." / "a.csv"])
    assert caught.value.key == "output.twice"


def test_a_set_failing_while_staged_or_renamed_keeps_the_old_set(tmp_path: Path,
                                                                monkeypatch) -> None:
    a, b = tmp_path / "a.csv", tmp_path / "b.json"
    a.write_text("old a")
    b.write_text("old b")
    with pytest.raises(RuntimeError), OutputSet([a, b]) as out:
        out.write(a, b"new a")
        raise RuntimeError("the plot failed")
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    real = output._replace
    calls = []

    def second_rename_fails(name: str, target: Path) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OutputError("output.unwritable", path=str(target), reason="disk full")
        real(name, target)

    monkeypatch.setattr(output, "_replace", second_rename_fails)
    with pytest.raises(OutputError), OutputSet([a, b]) as out:
        out.write(a, b"new a")
        out.write(b, b"new b")
    assert (a.read_text(), b.read_text()) == ("old a", "old b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.json"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_removes_the_temporary_file_and_keeps_the_old_output(tmp_path: Path,
                                                                     signum: int) -> None:
    target = tmp_path / "big.jsonl"
    target.write_text("old\n")
    cli = Path(sys.executable).with_name("cm-model")
    process = subprocess.Popen([str(cli), "synth", "--n", "500000", "-o", str(target)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               env={**os.environ, "LANG": "C.UTF-8"})
    deadline = time.monotonic() + 60
    staged: list[Path] = []
    while time.monotonic() < deadline and not staged:
        staged = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")
                  and p.stat().st_size > 0]
        time.sleep(0.05)
    assert staged, "synth never started writing"
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert b"Traceback" not in err
    assert b"interrupted: the output was not replaced" in err
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["big.jsonl"]
