"""`cm-model fhir export` and `cm-model fhir import`.

Exit codes as in `cm-model validate`: 0 done, 1 the content has problems (nothing written),
2 unreadable input or wrong usage. Messages name the file, the record or bundle entry and the
element path; values from the data appear only with --show-values (none do today: the
structural messages may then add the offending value).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from cm_model.fhir.io import WRITE_BACK_BYTES
from cm_model.io.messages import message, place
from cm_model.io.output import OutputError


class Lang(StrEnum):
    fi = "fi"
    en = "en"


def _say(path: Path, where: str | None, code: str, lang: str, /, **params: Any) -> None:
    located = f"{path}: {place(where, lang)}: " if where else f"{path}: "
    sys.stderr.write(located + message(code, lang, **params) + "\n")


def _problem_where(problem: Any) -> str | None:
    parts = [p for p in (problem.record, problem.path, problem.cell) if p]
    return " ".join(parts) or None


def _load_input(path: Path, lang: str) -> tuple[str, Any, list[str | None]] | None:
    """('export', dict) or ('clients', list, record locators); None after reporting."""
    from cm_model.fhir.io import read_records
    from cm_model.io.problems import Problem

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
            located = " ".join(p for p in (where, field_path) if p) or None
            shown = f" ({message('place.value', lang, value=repr(value))})" \
                if show_values and value is not None else ""
            head = f"{path}: {place(located, lang)}: " if located else f"{path}: "
            sys.stderr.write(f"{head}{text}{shown}\n")
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
        jobs: int = typer.Option(
            0, "--jobs", min=0, help="Processes for large JSON Lines files (4 MB or more); "
            "0 (the default) = one per available CPU, at most 8; 1 = no extra processes. "
            "The output is the same byte for byte."),
    ) -> None:
        """Write an Export (or Client records) as a FHIR R4 Bundle."""
        from cm_model.fhir.io import same_file
        from cm_model.io.readers import auto_jobs

        if same_file(source, output):
            _say(output, None, "fhir.same-file", lang.value)
            raise typer.Exit(2)
        _export(source, output, ndjson=ndjson, check=check, lang=lang.value,
                show_values=show_values, jobs=jobs or auto_jobs())

    @fhir_app.command("import")
    def import_command(
        source: Path = typer.Argument(..., help="Bundle (JSON) or resources (NDJSON) "  # noqa: B008
                                      "written by `cm-model fhir export`."),
        output: Path = typer.Option(..., "-o", "--output", help="Export file to write (.json; "  # noqa: B008
                                    ".jsonl for Client records without an envelope)."),
        lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the messages."),  # noqa: B008
        show_values: bool = typer.Option(False, "--show-values", help="Show offending values "
                                         "from the data in messages (may be personal data)."),
        jobs: int = typer.Option(
            0, "--jobs", min=0, help="Processes for large NDJSON files (4 MB or more); "
            "0 (the default) = one per available CPU, at most 8; 1 = no extra processes. "
            "The output is the same byte for byte."),
    ) -> None:
        """Read a FHIR R4 Bundle back into an Export (the reverse of `fhir export`)."""
        import orjson

        from cm_model.fhir.importer import ImportFailed, import_bundle
        from cm_model.fhir.io import same_file, write_atomic

        if same_file(source, output):
            _say(output, None, "fhir.same-file", lang.value)
            raise typer.Exit(2)
        from cm_model.io import readers

        if readers.detect_format(source) == "jsonl" and not _starts_with_envelope(source):
            _import_stream(source, output, lang.value, show_values,
                           jobs=jobs or readers.auto_jobs())
            return
        bundle = _load_bundle(source, lang.value)
        if bundle is None:
            raise typer.Exit(2)
        try:
            result, unused = import_bundle(bundle)
        except ImportFailed as failed:
            for p in failed.problems:
                _say(source, p.where, p.code, lang.value, **p.params)
            typer.echo(message("fhir.refused", lang.value, count=len(failed.problems)),
                       err=True)
            raise typer.Exit(1) from None
        for where in unused:
            _say(source, where, "fhir.unused", lang.value)
        kind = "clients" if isinstance(result, list) else "export"
        if not _structure_ok(source, kind, result, [f"[{i}]" for i in range(len(result))]
                             if kind == "clients" else [None], lang.value, show_values):
            typer.echo(message("fhir.read-back-not-schema", lang.value), err=True)
            raise typer.Exit(1)
        try:
            if isinstance(result, list) and output.suffix.lower() in (".jsonl", ".ndjson"):
                write_atomic(output, inputs=[source],
                             chunks=(orjson.dumps(r) + b"\n" for r in result))
            else:
                write_atomic(output, inputs=[source], chunks=orjson.dumps(
                    result, option=orjson.OPT_INDENT_2) + b"\n")
        except OutputError as exc:
            typer.echo(exc.text(lang.value), err=True)
            raise typer.Exit(2) from None
        except OSError as exc:
            _say(output, None, "fhir.write", lang.value, detail=exc.strerror or "error")
            raise typer.Exit(2) from None
        count = len(result) if isinstance(result, list) else len(result.get("clients") or [])
        typer.echo(message("fhir.wrote-clients", lang.value, count=count, output=output),
                   err=True)


class _Refused(Exception):
    """The input had problems: the temporary output is dropped, the target left as it was."""


def _bulk_gc() -> None:
    """Collector settings for a bulk run. A client's resources are trees of fresh dicts and
    lists (no cycles), freed by reference counting as soon as they are written; the cyclic
    collector would otherwise walk them (and the loaded schema) every few hundred
    allocations. Freezing what is loaded and collecting less often leaves the memory bound
    as it was and saves a fifth of the CPU time on large files."""
    import gc

    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 20)


def _in_parallel(source: Path, jobs: int) -> bool:
    """Whether a JSON Lines or NDJSON file is worked through by `jobs` forked processes: a
    large file, more than one process asked for, and `fork` (the workers share what the
    parent loaded and the staged output's descriptor)."""
    import multiprocessing

    from cm_model.validation.engine import PARALLEL_MIN_BYTES

    return (jobs > 1 and source.is_file() and source.stat().st_size >= PARALLEL_MIN_BYTES
            and "fork" in multiprocessing.get_all_start_methods())


def _export(source: Path, output: Path, *, ndjson: bool, check: bool, lang: str,
            show_values: bool, jobs: int = 1) -> None:
    from cm_model.fhir import export as fx

    _bulk_gc()
    from cm_model.fhir.io import write_atomic
    from cm_model.io import readers

    state = {"problems": 0, "fatal": False, "resources": 0}
    timestamp: Any = None
    jsonl = readers.detect_format(source) == "jsonl"
    if jsonl and _in_parallel(source, jobs) and _export_parallel(
            source, output, jobs, ndjson=ndjson, check=check, lang=lang,
            show_values=show_values):
        return
    if jsonl:
        groups = _client_groups(source, state, check, lang, show_values)
    else:
        loaded = _load_input(source, lang)
        if loaded is None:
            raise typer.Exit(2)
        kind, data, records = loaded
        if not _structure_ok(source, kind, data, records, lang, show_values):
            typer.echo(message("fhir.not-schema", lang), err=True)
            raise typer.Exit(1)
        bundle = fx.document_bundle(data) if kind == "export" else fx.clients_bundle(data)
        timestamp = data.get("export_time") if kind == "export" else None
        groups = iter([bundle["entry"]])
        if check:
            groups = _checked(groups, output, state, lang)

    def chunks() -> Any:
        counted = _counted(groups, state)
        for chunk in fx.bundle_bytes(counted, timestamp, ndjson=ndjson):
            if not state["problems"]:
                yield chunk
        if state["problems"]:
            raise _Refused

    with _outcome(output, lang, state):
        write_atomic(output, inputs=[source], chunks=chunks())


@contextlib.contextmanager
def _outcome(output: Path, lang: str, state: dict[str, Any],
             wrote: tuple[str, str] = ("fhir.wrote-resources", "resources")) -> Iterator[None]:
    """How an export or a streamed import ends: "N problem(s); nothing written" (exit 1; 2
    when the input was unreadable), a refused or failed output (exit 2), or the `wrote`
    message (catalogue key, the count's key in `state`)."""
    try:
        yield
    except _Refused:
        typer.echo(message("fhir.refused", lang, count=state["problems"]), err=True)
        raise typer.Exit(2 if state["fatal"] else 1) from None
    except OutputError as exc:
        typer.echo(exc.text(lang), err=True)
        raise typer.Exit(2) from None
    except (BrokenProcessPool, _WorkerLost):  # the staged output is gone with the exception
        _say(output, None, "run.worker-lost", lang)
        raise typer.Exit(2) from None
    except OSError as exc:
        _say(output, None, "fhir.write", lang, detail=exc.strerror or "error")
        raise typer.Exit(2) from None
    typer.echo(message(wrote[0], lang, count=state[wrote[1]], output=output), err=True)


class _WorkerLost(Exception):
    """A worker process ended before its ranges were written (see `_all_written`)."""


class _Fallback(Exception):
    """A client id recurs across the ranges of a parallel export (see `_export_parallel`)."""


def _export_parallel(source: Path, output: Path, jobs: int, *, ndjson: bool, check: bool,
                     lang: str, show_values: bool) -> bool:
    """JSON Lines of clients exported by `jobs` processes, each taking line-aligned byte
    ranges of the file. Every range's bytes are appended to the one staged output file in
    file order: by the worker itself when the range's turn has come, else by the worker's
    writer thread while the worker goes on (at most `_PENDING` ranges wait). The output
    replaces the target only when no range had a problem; messages are written in file
    order. Returns False, having written and said nothing, when a client id recurs across
    ranges (the exporter tells such clients apart by their order in the whole file): the
    caller then exports in one process."""
    import multiprocessing
    import os
    from concurrent.futures import ProcessPoolExecutor

    from cm_model.fhir import export as fx
    from cm_model.io import readers
    from cm_model.io.output import atomic_write

    _warm_up(source)
    parts = max(jobs * 4, source.stat().st_size // _RANGE_BYTES)
    bounds = readers.jsonl_bounds(source, parts)
    ranges = list(zip(bounds, bounds[1:], strict=False))
    fork = multiprocessing.get_context("fork")
    turn = fork.Condition()
    next_range = fork.Value("q", 0, lock=False)  # guarded by `turn`
    first = fork.Array("c", 4096)  # the first entry's fullUrl (the bundle's id follows it)
    failed = fork.Value("i", 0, lock=False)  # a writer's errno (guarded by `turn`)
    state: dict[str, Any] = {"problems": 0, "fatal": False, "resources": 0}
    try:
        with _outcome(output, lang, state), atomic_write(output, [source], binary=True) as out:
            out.flush()
            target = out.fileno()
            with ProcessPoolExecutor(max_workers=jobs, mp_context=fork, initializer=_part_init,
                                     initargs=(turn, next_range, first, failed, target,
                                               ndjson)) as pool, \
                    source.open("rb") as handle:
                futures, line = [], 1
                try:
                    for k, span in enumerate(ranges):
                        futures.append(pool.submit(_export_part, (
                            k, str(source), *span, line, ndjson, check, lang, show_values)))
                        line += readers.count_lines(handle, *span)
                    results = [future.result() for future in futures]
                    _all_written(pool, turn, next_range, len(ranges))
                except BaseException:  # interrupted, or a worker failed: stop the others now
                    _stop(pool)
                    raise
            if failed.value:
                raise OSError(failed.value, os.strerror(failed.value))
            seen: set[str] = set()
            for result in results:
                if not seen.isdisjoint(result["ids"]):
                    raise _Fallback
                seen.update(result["ids"])
            for result in results:
                sys.stderr.write(result["messages"])
            state["problems"] = sum(r["problems"] for r in results)
            state["fatal"] = any(r["fatal"] for r in results)
            state["resources"] = sum(r["resources"] for r in results)
            if not state["problems"] and not state["resources"]:
                _say(source, None, "read.empty", lang)
                state["problems"], state["fatal"] = 1, True
            if state["problems"]:
                raise _Refused
            if not ndjson:
                os.write(target, fx.BUNDLE_TAIL)
    except _Fallback:
        return False
    return True


def _warm_up(source: Path) -> None:
    """Export the file's first client once, unwritten, before the workers fork: the schema
    tables, the compiled emitters and the JSON Schema validator are then made once and
    inherited, not made again in every worker."""
    from cm_model.fhir.export import Exporter
    from cm_model.io.problems import Item
    from cm_model.io.readers import read_jsonl
    from cm_model.validation.schema import validator

    check = validator("Client").is_valid
    for got in read_jsonl(source, report_empty=False):
        if isinstance(got, Item) and isinstance(got.data, dict) and _valid_record(check,
                                                                                  got.data):
            Exporter(bulk=True).client_entries(got.data, 0)
        break


def _all_written(pool: Any, turn: Any, next_range: Any, count: int) -> None:
    """Wait until the workers' writer threads have written every range (a worker that died
    meanwhile ends the wait with an error instead of a hang)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    with turn:
        while not turn.wait_for(lambda: next_range.value >= count, timeout=1.0):
            if not all(process.is_alive() for process in processes):
                raise _WorkerLost


def _stop(pool: Any) -> None:
    """End a process pool at once: no queued range starts, the running ones are stopped."""
    processes = list((getattr(pool, "_processes", None) or {}).values())  # no public way
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()


_RANGE_BYTES = 1 << 20  # input per range: its output (about 6x, one block per resource) waits
# in the worker for its turn; larger ranges mean fewer tasks to hand out and collect
_PENDING = 2  # ranges a worker's writer thread holds at most (then the worker waits)
_PART: dict[str, Any] = {}  # a worker's shared state (see `_part_init`)


def _part_init(turn: Any, next_range: Any, first: Any, failed: Any, target: int,
               ndjson: bool) -> None:
    import queue
    import threading

    _quiet_worker()
    _PART.update(turn=turn, next=next_range, first=first, failed=failed, target=target,
                 ndjson=ndjson, queue=queue.Queue(maxsize=_PENDING))
    threading.Thread(target=_write_parts, name="cm-model writer", daemon=True).start()


def _write_parts() -> None:
    """A worker's writer thread: the ranges its worker finished before their turn, in order
    (`_write_range`)."""
    while True:
        k, data, first_url = _PART["queue"].get()
        _write_range(k, data, first_url)


def _write_range(k: int, data: list[bytes], first_url: str | None) -> None:
    """Range `k`'s bytes (an empty list for a range with a problem, which the output will
    not replace the target anyway) appended when the ranges before it have been; the turn
    passes on also after a failed write, whose error the parent raises."""
    from cm_model.fhir import export as fx
    from cm_model.fhir.io import written_back

    turn, next_range, shared_first = _PART["turn"], _PART["next"], _PART["first"]
    failed, target = _PART["failed"], _PART["target"]
    with turn:
        turn.wait_for(lambda: next_range.value == k)
        try:
            if data and not failed.value:
                if not _PART["ndjson"] and not shared_first.value:  # the bundle's first entry
                    url = (first_url or "").encode()
                    shared_first.value = url[:4095] or b"-"
                    data[0] = fx.bundle_head(first_url, None) + data[0][1:]
                _write_all(target, data)
        except Exception as exc:  # the turn must pass on whatever happened
            failed.value = getattr(exc, "errno", None) or 5  # else EIO
        finally:
            next_range.value = k + 1
            turn.notify_all()
    data.clear()
    if k % _SYNC_EVERY == _SYNC_EVERY - 1:
        try:  # after the turn has passed on: the next range is written meanwhile
            written_back(target)
        except OSError as exc:
            with turn:
                failed.value = failed.value or exc.errno or 5


def _export_part(args: tuple[Any, ...]) -> dict[str, Any]:
    """One worker: the clients of one byte range (`export.part_bytes`), written now when
    its turn has come, else handed to the worker's writer thread (`_write_parts`); its
    messages captured for the parent to write in file order. The range is written (or
    passed over) also after a problem or a failure, so the turn passes on."""
    import io

    from cm_model.fhir import export as fx

    k, source, start, end, first_line, ndjson, check, lang, show_values = args
    state: dict[str, Any] = {"problems": 0, "fatal": False, "resources": 0, "ids": []}
    first: list[str | None] = [None]
    captured = io.StringIO()
    data: list[bytes] = []  # kept as the pieces they are made in: no copy into one block
    try:
        with contextlib.redirect_stderr(captured):
            groups = _client_groups(Path(source), state, check, lang, show_values,
                                    span=(start, end, first_line))
            data = [piece for piece in fx.part_bytes(_counted(groups, state), ndjson, first)
                    if piece]
    finally:
        ready = [] if state["problems"] else data
        if _PART["next"].value == k:  # every range before it is written: write it now,
            _write_range(k, ready, first[0])  # from this thread, while its bytes are fresh
        else:
            _PART["queue"].put((k, ready, first[0]))
    return {"messages": captured.getvalue(), "problems": state["problems"],
            "fatal": state["fatal"], "resources": state["resources"], "ids": state["ids"]}


# ranges between write-backs: about `fhir.io.WRITE_BACK_BYTES` of output (6x the input)
_SYNC_EVERY = max(1, WRITE_BACK_BYTES // (6 * _RANGE_BYTES))


def _write_all(fd: int, pieces: list[bytes]) -> None:
    """All `pieces` at the file's offset, in as few system calls as the kernel allows (at
    most IOV_MAX pieces a call; a short write goes on from where it stopped)."""
    import os

    start, count = 0, len(pieces)
    while start < count:
        batch = pieces[start:start + 1024]  # IOV_MAX
        done = os.writev(fd, batch)
        if done == sum(map(len, batch)):  # the common case: all of it
            start += len(batch)
            continue
        for piece in batch:
            if done < len(piece):
                break
            done -= len(piece)
            start += 1
        else:
            continue
        pieces[start] = memoryview(pieces[start])[done:]  # type: ignore[call-overload]


def _counted(groups: Any, state: dict[str, Any]) -> Any:
    for group in groups:
        state["resources"] += len(group)
        yield group


def _checked(groups: Any, output: Path, state: dict[str, Any], lang: str) -> Any:
    from cm_model.fhir.validate import check_bundle

    for group in groups:
        for f in check_bundle({"entry": group}):
            state["problems"] += 1
            _say(output, f.where, f.code, lang, detail=f.detail)
        yield group


def _client_groups(source: Path, state: dict[str, Any], check: bool, lang: str,
                   show_values: bool, span: tuple[int, int, int] | None = None) -> Any:
    """JSON Lines of Client records, streamed: one group of entries per client; problems are
    reported (located by line) and counted, and the output is dropped at the end. `span`:
    only the lines of this (start, end, first line number) byte range, whose client ids are
    listed in ``state["ids"]`` (see `_export_parallel`)."""
    from cm_model.fhir.export import Exporter
    from cm_model.fhir.validate import check_bundle
    from cm_model.io.problems import Problem
    from cm_model.io.readers import read_jsonl
    from cm_model.validation.schema import validator

    is_valid = validator("Client").is_valid  # the structural check's fast path, once
    exporter = Exporter(bulk=not check)  # written only, unless the checks read it
    index = 0
    ids = state.get("ids")
    stream = read_jsonl(source) if span is None else read_jsonl(
        source, span[0], span[1], span[2], report_empty=False)
    for got in stream:
        if isinstance(got, Problem):
            state["problems"] += 1
            state["fatal"] = state["fatal"] or got.fatal or got.code == "read.empty"
            _say(source, _problem_where(got), got.code, lang, **got.params)
            continue
        if not (isinstance(got.data, dict) and "id" in got.data):
            state["problems"] += 1
            state["fatal"] = True
            _say(source, got.record or "record", "fhir.input-class", lang)
            continue
        if not _valid_record(is_valid, got.data) and not _structure_ok(
                source, "clients", [got.data], [got.record], lang, show_values):
            state["problems"] += 1
            continue
        group = exporter.client_entries(got.data, index)
        index += 1
        if ids is not None:
            ids.append(got.data["id"])
        if check:
            for f in check_bundle({"entry": group}):
                state["problems"] += 1
                _say(source, f"{got.record}: {f.where}", f.code, lang, detail=f.detail)
        yield group


def _valid_record(is_valid: Any, data: Any) -> bool:
    """True when the closed JSON Schema accepts the record; anything else (an error, a
    record too deep for the validator) goes to `_structure_ok`, which reports it."""
    try:
        return bool(is_valid(data))
    except (RecursionError, ValueError):
        return False


def _starts_with_envelope(path: Path) -> bool:
    """Whether an NDJSON file begins with the export envelope (then it is read whole)."""
    import orjson

    from cm_model.fhir.mapping import ENVELOPE, SOURCE_URL

    try:
        with path.open("rb") as handle:
            first = orjson.loads(handle.readline() or b"{}")
    except (OSError, orjson.JSONDecodeError):
        return False
    for ext in (first.get("extension") or []) if isinstance(first, dict) else []:
        if isinstance(ext, dict) and ext.get("url") == SOURCE_URL:
            return any(isinstance(p, dict) and p.get("valueCode") == ENVELOPE
                       for p in ext.get("extension") or [])
    return False


def _client_root_test(source_url: str, clients_slot: str) -> Any:
    """Whether a resource is a client's Patient held by the envelope's clients (the start of a
    client's group in an NDJSON stream): its source extension names that slot and no parent.
    One loop per resource, as this runs for every line of a bulk file."""

    def test(resource: Any) -> bool:
        for ext in (resource.get("extension") or []) if isinstance(resource, dict) else []:
            if isinstance(ext, dict) and ext.get("url") == source_url:
                in_clients = has_parent = False
                for part in ext.get("extension") or []:
                    if isinstance(part, dict):
                        if part.get("valueCode") == clients_slot:
                            in_clients = True
                        if part.get("url") == "parent":
                            has_parent = True
                return in_clients and not has_parent
        return False
    return test


def _import_stream(source: Path, output: Path, lang: str, show_values: bool,
                   jobs: int = 1) -> None:
    """NDJSON of Client resources, one client group at a time (bounded memory): a group
    starts at each client's Patient. Large files are read by `jobs` processes
    (`_import_parallel`), with the same output and messages."""
    import orjson

    from cm_model.fhir.io import write_atomic

    _bulk_gc()
    state = {"problems": 0, "fatal": False, "records": 0}
    as_lines = output.suffix.lower() in (".jsonl", ".ndjson")
    if _in_parallel(source, jobs):
        with _outcome(output, lang, state, wrote=("fhir.wrote-clients", "records")):
            _import_parallel(source, output, jobs, state, as_lines, lang, show_values)
        return

    def chunks() -> Any:
        if not as_lines:
            yield b"["
        for n, record in enumerate(_imported_records(source, state, lang, show_values)):
            state["records"] += 1
            if not state["problems"]:
                text = orjson.dumps(record)
                yield text + b"\n" if as_lines else (b"\n" if n == 0 else b",\n") + text
        if not as_lines:
            yield b"\n]\n"
        if state["problems"]:
            raise _Refused

    with _outcome(output, lang, state, wrote=("fhir.wrote-clients", "records")):
        write_atomic(output, inputs=[source], chunks=chunks())


def _imported_records(source: Path, state: dict[str, Any], lang: str, show_values: bool,
                      span: tuple[int, int, int] | None = None) -> Iterator[dict[str, Any]]:
    """The Client records of an NDJSON stream of resources (or of the lines of the `span`
    (start, end, first line number) only, which starts at a client's Patient): one
    `Importer` per client group, problems said (located by entry, i.e. line) and counted."""
    from cm_model.fhir.importer import Importer, ImportFailed
    from cm_model.fhir.io import read_records
    from cm_model.fhir.mapping import ENVELOPE, SOURCE_URL
    from cm_model.io.problems import Problem
    from cm_model.io.readers import read_jsonl
    from cm_model.validation.schema import validator

    is_client_root = _client_root_test(SOURCE_URL, f"{ENVELOPE}.clients")
    is_valid = validator("Client").is_valid

    def groups() -> Any:
        group: list[dict[str, Any]] = []
        start = 0
        stream = read_records(source) if span is None else read_jsonl(
            source, span[0], span[1], span[2], report_empty=False)
        for got in stream:
            if isinstance(got, Problem):
                state["problems"] += 1
                state["fatal"] = state["fatal"] or got.fatal or got.code == "read.empty"
                _say(source, _problem_where(got), got.code, lang, **got.params)
                continue
            if is_client_root(got.data) and group:
                yield start, group
                group = []
            if not group:
                start = (got.line or 1) - 1
            group.append({"fullUrl": f"urn:uuid:{got.data.get('id')}"
                          if isinstance(got.data, dict) else "", "resource": got.data})
        if group:
            yield start, group

    for start, group in groups():
        importer = Importer({"resourceType": "Bundle", "entry": group}, offset=start)
        try:
            result, unused = importer.run()
        except ImportFailed as failed:
            for p in failed.problems:
                state["problems"] += 1
                _say(source, p.where, p.code, lang, **p.params)
            continue
        for where in unused:
            _say(source, where, "fhir.unused", lang)
        if not all(_valid_record(is_valid, r) for r in result) and not _structure_ok(
                source, "clients", result, [f"entry[{start}]"] * len(result), lang,
                show_values):
            state["problems"] += 1
            continue
        yield from result


def _import_parallel(source: Path, output: Path, jobs: int, state: dict[str, Any],
                     as_lines: bool, lang: str, show_values: bool) -> None:
    """An NDJSON stream imported by `jobs` forked processes, each taking a range of lines
    that starts at a client's Patient (`_group_bounds`), so that every client group lies in
    one range. The parent writes the ranges' records and messages in file order, at most
    `2 * jobs` ranges ahead; the output replaces the target only when no range had a
    problem. The bytes and the messages are those of the import in one process."""
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from cm_model.fhir.io import write_atomic
    from cm_model.io import readers

    bounds = _group_bounds(source, readers.jsonl_bounds(
        source, max(jobs * 4, source.stat().st_size // (4 * _RANGE_BYTES))))
    ranges = list(zip(bounds, bounds[1:], strict=False))

    def chunks() -> Iterator[bytes]:
        fork = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=fork,
                                 initializer=_quiet_worker) as pool, \
                source.open("rb") as handle:
            pending: deque[Any] = deque()
            line, first = 1, True
            try:
                for span in [*ranges, None]:  # None: the end, collect what is left
                    if span is not None:
                        pending.append(pool.submit(_import_part, (
                            str(source), *span, line, lang, show_values, as_lines)))
                        line += readers.count_lines(handle, *span)
                    while pending and (span is None or len(pending) > 2 * jobs):
                        result = pending.popleft().result()
                        sys.stderr.write(result["messages"])
                        state["problems"] += result["problems"]
                        state["fatal"] = state["fatal"] or result["fatal"]
                        state["records"] += result["records"]
                        if state["problems"] or not result["data"]:
                            continue
                        if first:
                            yield b"" if as_lines else b"[\n"
                        elif not as_lines:
                            yield b",\n"
                        first = False
                        yield result["data"]
            except BaseException:  # interrupted, or a worker failed: stop the others now
                _stop(pool)
                raise
        if not state["problems"] and not state["records"]:
            _say(source, None, "read.empty", lang)
            state["problems"], state["fatal"] = 1, True
        if state["problems"]:
            raise _Refused
        if not as_lines:
            yield b"[\n]\n" if first else b"\n]\n"

    write_atomic(output, inputs=[source], chunks=chunks())


def _group_bounds(source: Path, bounds: list[int]) -> list[int]:
    """Line-aligned range bounds moved on to the next line that starts a client group (a
    client's Patient), so that no group is cut in two. A bound that reaches the next one or
    the end of the file is dropped."""
    from cm_model.fhir.mapping import ENVELOPE, SOURCE_URL

    is_client_root = _client_root_test(SOURCE_URL, f"{ENVELOPE}.clients")
    out = [bounds[0]]
    with source.open("rb") as handle:
        for bound in bounds[1:-1]:
            position = _next_group(handle, max(bound, out[-1]), is_client_root)
            if position is None:
                break  # no group starts after this bound
            if position > out[-1]:
                out.append(position)
    return [*out, bounds[-1]]


def _next_group(handle: Any, position: int, is_client_root: Any) -> int | None:
    """The offset of the first line at or after `position` that starts a client group, or
    None. A line over the reader's length limit is passed over without being held (the range
    that holds it reports it), as is a line that is not JSON."""
    import orjson

    from cm_model.io import readers

    handle.seek(position)
    while line := handle.readline(readers.MAX_LINE_BYTES + 1):
        size = len(line)
        if readers.over_long(line):
            size += readers.skip_rest_of_line(handle)
        else:
            try:
                if is_client_root(orjson.loads(line)):
                    return position
            except orjson.JSONDecodeError:
                pass
        position += size
    return None


def _quiet_worker() -> None:
    """A worker process ends quietly on SIGINT/SIGTERM: the parent removes the staged output
    and says what happened."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _import_part(args: tuple[Any, ...]) -> dict[str, Any]:
    """One worker of `_import_parallel`: the records of one range as the bytes the serial
    import writes for them, its messages captured for the parent to write in file order."""
    import io

    import orjson

    source, start, end, first_line, lang, show_values, as_lines = args
    state: dict[str, Any] = {"problems": 0, "fatal": False}
    captured = io.StringIO()
    with contextlib.redirect_stderr(captured):
        texts = [orjson.dumps(record) for record in _imported_records(
            Path(source), state, lang, show_values, span=(start, end, first_line))]
    joined = (b"\n" if as_lines else b",\n").join(texts) if not state["problems"] else b""
    return {"messages": captured.getvalue(), "problems": state["problems"],
            "fatal": state["fatal"], "records": len(texts),
            "data": joined + b"\n" if joined and as_lines else joined}


def _load_bundle(path: Path, lang: str) -> Any:
    """The bundle as a dict; an NDJSON file of resources becomes a collection bundle."""
    from cm_model.fhir.io import read_records
    from cm_model.io.problems import Problem

    resources, bad = [], False
    for got in read_records(path):
        if isinstance(got, Problem):
            bad = True
            if got.code == "read.too-large":  # its "use JSON Lines" means NDJSON here
                _say(path, None, "fhir.import-too-large", lang)
            else:
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
