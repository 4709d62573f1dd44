"""`cm-model fhir export` of JSON Lines and `cm-model fhir import` of NDJSON in several
processes (`--jobs`, the default for files of 4 MB or more) write the very bytes of the
single-process run, report bad lines in file order with nothing written, and the export falls
back to one process when a client id recurs across ranges (the exporter tells such clients
apart by their order in the whole file)."""

from __future__ import annotations

import random
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from cm_model import synth
from cm_model.cli import app
from cm_model.fhir import cli as fhir_cli
from cm_model.validation import engine

runner = CliRunner()


@pytest.fixture()
def small_ranges(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parallel from the first byte, in ranges of a few clients each."""
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(fhir_cli, "_RANGE_BYTES", 16 << 10)


def _clients(tmp_path: Path, n: int = 60, seed: int = 4) -> tuple[Path, list[bytes]]:
    records, _ = synth.client_records(n, seed=seed, invalid_rate=0)
    lines = [orjson.dumps(r) for r in records]
    path = tmp_path / "clients.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    return path, lines


def _export(source: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(out), "--no-check",
                                 *extra])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.mark.parametrize("ndjson", [True, False])
def test_parallel_export_is_the_single_process_export(tmp_path: Path, small_ranges: None,
                                                      ndjson: bool) -> None:
    source, _ = _clients(tmp_path)
    form = ["--ndjson"] if ndjson else []
    one, two = tmp_path / "one.out", tmp_path / "two.out"
    assert _export(source, one, *form, "--jobs", "1")[0] == 0
    code, said = _export(source, two, *form, "--jobs", "2")
    assert code == 0 and "wrote" in said
    assert two.read_bytes() == one.read_bytes()
    assert source.stat().st_size > 8 * fhir_cli._RANGE_BYTES  # many ranges, not one
    if not ndjson:
        bundle = orjson.loads(two.read_bytes())
        assert bundle["resourceType"] == "Bundle" and len(bundle["entry"]) > 100


def test_bad_lines_in_several_ranges_in_file_order_nothing_written(
        tmp_path: Path, small_ranges: None) -> None:
    source, lines = _clients(tmp_path)
    lines[5] = b'{"id": "c-x", "id": "c-y"}'
    lines[50] = b"{not json"
    source.write_bytes(b"\n".join(lines) + b"\n")
    out = tmp_path / "out.ndjson"
    out.write_bytes(b"keep me")
    code, said = _export(source, out, "--ndjson", "--jobs", "2")
    assert code == 1
    first, second = said.index("line 6:"), said.index("line 51:")
    assert first < second and "2 problem(s); nothing written." in said
    assert out.read_bytes() == b"keep me"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.ndjson")]


def test_a_client_id_in_two_ranges_exports_as_one_process_does(tmp_path: Path,
                                                              small_ranges: None) -> None:
    source, lines = _clients(tmp_path)
    lines.append(lines[0])  # the first client again, at the end: another range
    random.Random(1).shuffle(lines[1:-1])
    source.write_bytes(b"\n".join(lines) + b"\n")
    one, two = tmp_path / "one.ndjson", tmp_path / "two.ndjson"
    assert _export(source, one, "--ndjson", "--jobs", "1")[0] == 0
    assert _export(source, two, "--ndjson", "--jobs", "2")[0] == 0
    assert two.read_bytes() == one.read_bytes()


def test_blank_file_is_unreadable_in_parallel_too(tmp_path: Path, small_ranges: None) -> None:
    source = tmp_path / "blank.jsonl"
    source.write_bytes(b"\n" * 40000)
    code, said = _export(source, tmp_path / "out.ndjson", "--ndjson", "--jobs", "2")
    assert code == 2 and "no records" in said
    assert not (tmp_path / "out.ndjson").exists()


def test_duplicate_key_line_is_located_in_one_process_too(tmp_path: Path) -> None:
    """(Once a traceback: the reader's `where` collided with the message helper's own.)"""
    source = tmp_path / "dup.jsonl"
    source.write_bytes(b'{"id": "c-1", "id": "c-2"}\n')
    code, said = _export(source, tmp_path / "out.ndjson", "--ndjson", "--jobs", "1")
    assert code == 1
    assert "line 1: key 'id' appears twice in one object (line 1, column 15)" in said


def test_where_processes_cannot_fork_one_process_exports(tmp_path: Path, small_ranges: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    source, _ = _clients(tmp_path, n=20)
    one = tmp_path / "one.ndjson"
    assert _export(source, one, "--ndjson", "--jobs", "1")[0] == 0
    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    two = tmp_path / "two.ndjson"
    assert _export(source, two, "--ndjson", "--jobs", "2")[0] == 0
    assert two.read_bytes() == one.read_bytes()


def test_ordered_write_goes_on_after_short_writes(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker's pieces reach the file whole and in order also when the kernel takes only
    part of a write (a signal, a full pipe): each call continues where the last stopped."""
    import os

    pieces = [bytes([65 + i % 26]) * (i % 300) for i in range(3000)]
    rng = random.Random(5)
    real = os.write

    def short_writev(fd: int, buffers: list) -> int:
        data = b"".join(bytes(b) for b in buffers)
        return real(fd, data[:rng.randint(0, len(data))])

    monkeypatch.setattr(os, "writev", short_writev)
    target = tmp_path / "out.bin"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT)
    try:
        fhir_cli._write_all(fd, list(pieces))
    finally:
        os.close(fd)
    assert target.read_bytes() == b"".join(pieces)


def _die(args: object) -> None:
    import os

    os._exit(9)  # a worker killed (the out-of-memory killer...)


def test_a_killed_worker_is_said_not_a_traceback(tmp_path: Path, small_ranges: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process that dies mid-export gives one clear message, exit 2, no output."""
    source, _ = _clients(tmp_path)
    out = tmp_path / "out.ndjson"
    monkeypatch.setattr(fhir_cli, "_export_part", _die)  # the workers fork: they inherit it
    code, said = _export(source, out, "--ndjson", "--jobs", "2")
    assert code == 2
    assert "worker process ended" in said and "--jobs 1" in said
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]  # no staged file left behind


def test_validate_says_a_killed_worker_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, _ = _clients(tmp_path)
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 1)
    monkeypatch.setattr(engine, "_work", _die)
    result = runner.invoke(app, ["validate", str(source), "--jobs", "2"])
    assert "Traceback" not in result.output
    assert result.exit_code == 2, result.output
    assert "worker process ended" in result.output


# --- `cm-model fhir import` of NDJSON in several processes -----------------------------------

def _bulk(tmp_path: Path, n: int = 60) -> Path:
    """A bulk NDJSON export of synthetic clients (the import's stream input)."""
    source, _ = _clients(tmp_path, n=n)
    out = tmp_path / "bulk.ndjson"
    assert _export(source, out, "--ndjson", "--jobs", "1")[0] == 0
    return out


def _import(source: Path, out: Path, *extra: str) -> tuple[int, str]:
    result = runner.invoke(app, ["fhir", "import", str(source), "-o", str(out), *extra])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_parallel_import_is_the_single_process_import(tmp_path: Path, small_ranges: None,
                                                      suffix: str) -> None:
    bulk = _bulk(tmp_path)
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    assert _import(bulk, one, "--jobs", "1")[0] == 0
    code, said = _import(bulk, two, "--jobs", "2")
    assert code == 0 and "wrote 60 client record(s)" in said
    assert two.read_bytes() == one.read_bytes()
    assert bulk.stat().st_size > 16 * fhir_cli._RANGE_BYTES  # several ranges of 4x16 kB
    records, _ = synth.client_records(60, seed=4, invalid_rate=0)
    back = ([orjson.loads(line) for line in two.read_bytes().splitlines()] if suffix == ".jsonl"
            else orjson.loads(two.read_bytes()))
    assert back == orjson.loads(orjson.dumps(records))


def test_import_ranges_start_at_a_clients_patient(tmp_path: Path) -> None:
    """No client group is cut in two: every range after the first starts at a line that is
    a client's Patient, even where many tentative bounds fall inside one client."""
    from cm_model.fhir.mapping import ENVELOPE, SOURCE_URL
    from cm_model.io import readers

    bulk = _bulk(tmp_path, n=12)
    tentative = readers.jsonl_bounds(bulk, 200)
    bounds = fhir_cli._group_bounds(bulk, tentative)
    assert bounds[0] == 0 and bounds[-1] == bulk.stat().st_size
    assert bounds == sorted(set(bounds)) and 3 <= len(bounds) - 1 <= 12
    is_root = fhir_cli._client_root_test(SOURCE_URL, f"{ENVELOPE}.clients")
    data = bulk.read_bytes()
    for bound in bounds[1:-1]:
        assert data[bound - 1:bound] == b"\n"
        assert is_root(orjson.loads(data[bound:data.index(b"\n", bound)]))


def test_parallel_import_says_what_one_process_says(tmp_path: Path, small_ranges: None) -> None:
    bulk = _bulk(tmp_path)
    lines = bulk.read_bytes().split(b"\n")
    lines[3] = b"{not json"
    lines[len(lines) // 2] = lines[len(lines) // 2].replace(b'"resourceType":"',
                                                            b'"resourceType":"X', 1)
    lines[-10] = lines[-10].replace(b"{", b'{"id":"a","id":"b",', 1)
    bulk.write_bytes(b"\n".join(lines))
    said = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}.jsonl"
        out.write_bytes(b"keep me")
        code, said[jobs] = _import(bulk, out, "--jobs", jobs, "--lang", "fi")
        assert code == 1 and "3 ongelma(a); mitään ei kirjoitettu." in said[jobs]
        assert out.read_bytes() == b"keep me"
    assert said["2"] == said["1"]


def test_parallel_import_of_blank_lines_is_unreadable(tmp_path: Path, small_ranges: None) -> None:
    blank = tmp_path / "blank.ndjson"
    blank.write_bytes(b"\n" * 200_000)
    code, said = _import(blank, tmp_path / "out.jsonl", "--jobs", "2")
    assert code == 2 and "no records" in said


def test_a_killed_import_worker_is_said_not_a_traceback(tmp_path: Path, small_ranges: None,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bulk = _bulk(tmp_path)
    out = tmp_path / "out.jsonl"
    monkeypatch.setattr(fhir_cli, "_import_part", _die)
    code, said = _import(bulk, out, "--jobs", "2")
    assert code == 2 and "worker process ended" in said
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.jsonl")]


def test_an_over_long_line_is_said_alike_in_parallel(tmp_path: Path, small_ranges: None,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A line over the reader's length limit is reported by its range and passed over
    (never held whole) where the parent looks for the next client group."""
    from cm_model.io import limits, readers

    bulk = _bulk(tmp_path)
    lines = bulk.read_bytes().split(b"\n")
    limit = sorted(map(len, lines))[-len(lines) // 50]  # a few dozen lines are over it
    monkeypatch.setattr(limits, "MAX_LINE_BYTES", limit)
    monkeypatch.setattr(readers, "MAX_LINE_BYTES", limit)
    long = [i for i, line in enumerate(lines) if len(line) > limit]
    assert len(long) > 10  # resources over the (lowered) limit: each one is reported
    said = {}
    for jobs in ("1", "2"):
        code, said[jobs] = _import(bulk, tmp_path / f"out{jobs}.jsonl", "--jobs", jobs)
        assert code == 1 and f"line {long[0] + 1}:" in said[jobs]
    assert said["2"] == said["1"]
    # The search for the next group passed over long lines (and found the groups after them).
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    tentative = readers.jsonl_bounds(bulk, 300)
    bounds = fhir_cli._group_bounds(bulk, tentative)
    passed = [i for i in long for t in tentative[1:-1]
              if t <= starts[i] and not any(t <= b <= starts[i] for b in bounds)]
    assert passed and len(bounds) > 10
