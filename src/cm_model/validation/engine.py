"""Validation engine: files → readers → structural layer → rule catalogue → Report.

JSON Lines files can be split across processes (``jobs``): each worker validates a byte range
aligned on line ends, and the parent merges findings in file order and completes the
cross-record id check (CM-R002) across the ranges.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from cm_model.io import readers
from cm_model.io.messages import message, place
from cm_model.io.problems import Item, Problem
from cm_model.validation import rules, schema, structural
from cm_model.validation.report import ERROR, FileSummary, Finding, Report

SUPPORTED_SUFFIXES = {".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".csv", ".tsv", ".xlsx",
                      ".xlsm"}
PARALLEL_MIN_BYTES = 4 * 1024 * 1024  # smaller files are not worth a process pool

Progress = Callable[[int, int], None]  # (bytes done, bytes total)
# True: a rule runs only on records where one of the fields it `reads` is present (see
# rules.Rule); False: every catalogue rule runs on every record (the reference path).
FAST_PATH = True
_RULES_FOR: dict[str, list[rules.Rule]] = {}
_IS_VALID: dict[str, Any] = {}  # class -> its compiled validator's is_valid
_ABSENT = (None, "", [], {})
# (class, fields present) -> the rules to run. Also keyed by (class, key order) when every
# value is truthy (the common case): one tuple hash instead of building a set per record.
_SELECTED: dict[tuple[str, Any], list[rules.Rule]] = {}


def _selected(cls: str, catalogue: list[rules.Rule], data: dict[str, Any]) -> list[rules.Rule]:
    """The rules of `cls` that can report on `data`: those that read a field it has, and those
    that do not declare what they read. Cached per set of present fields (exports repeat it)."""
    everything = all(data.values())  # every field present (falsy values are absent or 0/False)
    if everything:
        found = _SELECTED.get((cls, tuple(data)))
        if found is not None:
            return found
    present = [k for k, v in data.items() if v]  # truthy: present (the common case)
    if len(present) != len(data):  # falsy but present: 0, 0.0, False
        present += [k for k, v in data.items() if not v and v not in _ABSENT]
    key = (cls, frozenset(present))
    found = _SELECTED.get(key)
    if found is None:
        found = [r for r in catalogue if r.reads is None or not key[1].isdisjoint(r.reads)]
        if len(_SELECTED) < 4096:  # bounded: hostile input may vary its fields endlessly
            _SELECTED[key] = found
    if everything and len(_SELECTED) < 4096:
        _SELECTED[(cls, tuple(data))] = found
    return found


def _runnable(ctx: rules.Context, catalogue: list[rules.Rule]) -> list[rules.Rule]:
    """The rules of `catalogue` whose context (`needs`) `ctx` gives, e.g. no worker references
    without an export envelope. Kept on the context per catalogue list: the context of a file
    or an envelope is complete before its records run, and the lists come from the caches
    above (a list built for one record only is filtered anew)."""
    key = id(catalogue)
    found = ctx.runnable.get(key)
    if found is not None and found[0] is catalogue:
        return found[1]
    has = ctx.has
    found = (catalogue, [r for r in catalogue if not r.needs or all(map(has, r.needs))])
    if len(ctx.runnable) < 4096:
        ctx.runnable[key] = found  # holds the list too, so its id is not reused meanwhile
    return found[1]


def _rules_for(cls: str) -> list[rules.Rule]:
    found = _RULES_FOR.get(cls)
    if found is None:
        found = _RULES_FOR[cls] = rules.rules_for(cls)
    return found


@dataclass(frozen=True)
class Standalone:
    """How the Client rules reach a sub-record read on its own (e.g. a ContinuityIndex file):
    the record is wrapped into a Client at `pattern`, the local rules run, and hit paths inside
    the wrapped element are mapped back (`inside` is the wrapped element's path)."""

    pattern: str  # e.g. "care_plans[*].goals[*]"
    inside: str  # e.g. "care_plans[0].goals[0]"
    rules: tuple[rules.Rule, ...]
    skipped: tuple[str, ...]  # ids of rules that need the client record

    def wrap(self, data: dict[str, Any]) -> dict[str, Any]:
        node: Any = data
        for seg in reversed(self.pattern.split(".")):
            node = {seg[:-3]: [node]} if seg.endswith("[*]") else {seg: node}
        return node

    def local_path(self, path: str | None) -> str | None | bool:
        """The hit path relative to the standalone record; False when outside it."""
        if path is None or path == self.inside:
            return None
        if path.startswith(self.inside) and path[len(self.inside)] in ".[":
            return path[len(self.inside):].lstrip(".")
        return False


_STANDALONE: dict[str, Standalone | None] = {}


def client_paths() -> dict[str, str]:
    """Class -> its element pattern inside Client, for classes nested in Client records."""
    out: dict[str, str] = {}

    def visit(cls: str, prefix: str, seen: frozenset[str]) -> None:
        for f in schema.fields(cls).values():
            if f.kind == "object" and f.ref and f.ref not in seen:
                pattern = prefix + f.name + ("[*]" if f.multivalued else "")
                out.setdefault(f.ref, pattern)
                visit(f.ref, pattern + ".", seen | {f.ref})

    visit("Client", "", frozenset({"Client"}))
    return out


def standalone(cls: str) -> Standalone | None:
    if cls in _STANDALONE:
        return _STANDALONE[cls]
    found = None
    pattern = client_paths().get(cls)
    if pattern is not None and not rules.rules_for(cls) and cls != schema.ENVELOPE_CLASS:
        inside = pattern.replace("[*]", "[0]")
        local, skipped = [], []
        for rule in _rules_for("Client"):
            if rule.id == "CM-R002":
                continue  # the top-level id check runs with the class itself
            (skipped if pattern in rule.needs_client else local).append(rule)
        found = Standalone(pattern, inside, tuple(local), tuple(r.id for r in skipped))
    _STANDALONE[cls] = found
    return found


class UsageError(ValueError):
    """Wrong usage (e.g. unknown --class): the CLI exits 2."""


@dataclass
class Options:
    class_name: str | None = None
    lang: str = "en"
    show_values: bool = False
    encoding: str | None = None
    delimiter: str | None = None


def _value(value: Any, opts: Options) -> str | None:
    if not opts.show_values or value is None:
        return None
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:200] + "…"


def _cell_for(cells: dict[str, str] | None, path: str | None) -> str | None:
    """The cell of a field path, or of its nearest enclosing field that has one."""
    if not cells or path is None:
        return None
    probe = path
    while probe:
        if probe in cells:
            return cells[probe]
        cut = max(probe.rfind("."), probe.rfind("["))
        probe = probe[:cut] if cut > 0 else ""
    return None


def _infer_class(data: dict[str, Any], cache: dict[Any, str | None]) -> str | None:
    ordered = tuple(data)  # the same key order recurs record after record: a cheap first key
    if ordered in cache:
        return cache[ordered]
    keys = frozenset(k for k in ordered if isinstance(k, str))
    if keys in cache:
        if len(cache) < 4096:  # bounded: hostile input may vary the key order endlessly
            cache[ordered] = cache[keys]
        return cache[keys]
    env = schema.fields(schema.ENVELOPE_CLASS)
    if "export_time" in keys or ("organisation" in keys and keys <= set(env)):
        found: str | None = schema.ENVELOPE_CLASS
    else:
        found = None
        best = -1
        for cls in schema.class_names():
            if cls == schema.ENVELOPE_CLASS:
                continue
            flds = schema.fields(cls)
            names = set(flds)
            if not keys <= names:
                continue
            required = {f.name for f in flds.values() if f.required}
            if not required <= keys:
                continue
            score = len(keys & names) * 100 - len(names)
            if score > best:
                found, best = cls, score
    cache[keys] = found
    if len(cache) < 4096:
        cache[ordered] = found
    return found


@dataclass
class FileRun:
    """Validates the records of one file (or one byte range of a JSONL file)."""

    file: str
    opts: Options
    ctx: rules.Context = field(default_factory=rules.Context)
    findings: list[Finding] = field(default_factory=list)
    records: int = 0
    fatal: bool = False
    _infer_cache: dict[Any, str | None] = field(default_factory=dict)
    # parallel workers only: (finding index, class, id) of each repeated top-level id, so the
    # parent can name the first use across all ranges (None: not collected)
    repeats: list[tuple[int, str, str]] | None = None
    warned: set[str] = field(default_factory=set)  # classes told of rules needing the client

    # -- reader problems --
    def problem(self, p: Problem) -> None:
        if p.code == "read.empty":
            p.fatal = True  # no records is not invalid data: nothing was validated (exit 2)
        self.findings.append(Finding(
            self.file, p.record, p.path, p.cell, p.code, p.severity,
            message(p.code, self.opts.lang, **p.params), None, p.fatal,
        ))
        if p.fatal:
            self.fatal = True
        if p.line is not None:
            self.records += 1

    # -- records --
    def item(self, item: Item) -> None:
        data = item.data
        cls = item.class_name or self.opts.class_name or _infer_class(data, self._infer_cache)
        if cls is None:
            self.records += 1
            self.problem(Problem("read.class", record=item.record))
            return
        if cls == schema.ENVELOPE_CLASS:
            self.envelope(item)
            return
        self.records += 1
        self.record(cls, data, item.record, item.line, item.cells, item.skip_paths)

    def record(self, cls: str, data: Any, locator: str | None, line: int | None,
               cells: dict[str, str] | None = None,
               skip: frozenset[str] = frozenset(), prefix: str = "") -> None:
        opts, file, out = self.opts, self.file, self.findings
        try:
            is_valid = _IS_VALID.get(cls)
            if is_valid is None:
                is_valid = _IS_VALID[cls] = schema.validator(cls).is_valid
            valid = is_valid(data)  # the common case: one call
        except Exception:  # noqa: BLE001 - structural.check reports it, located
            valid = False
        if not valid:
            for path, code, text, value in structural.check(cls, data, opts.lang):
                if path in skip:
                    continue
                full = prefix + path if prefix and path else (prefix.rstrip(".") or path)
                out.append(Finding(file, locator, full or None, _cell_for(cells, path), code,
                                   ERROR, text, _value(value, opts)))
            self._older_record(cls, data, locator)
        if not isinstance(data, dict):
            return
        ctx = self.ctx
        ctx.locator = line if line is not None else (locator or "")  # type: ignore[assignment]
        catalogue = _rules_for(cls)
        alone = standalone(cls) if not catalogue else None
        if alone is not None:
            self.standalone_record(cls, alone, data, locator, cells, prefix)
            return
        if FAST_PATH:  # rules whose inputs are all absent cannot report: skip them
            catalogue = _selected(cls, catalogue, data)
        rules.begin(data, cls, prove=FAST_PATH)
        for rule in _runnable(ctx, catalogue):
            try:
                hits = rule.check(data, ctx, cls)
                if type(hits) is not list:
                    hits = list(hits)  # a check written as a generator
            except Exception:  # noqa: BLE001 - a rule bug must not hide the other findings
                out.append(Finding(file, locator, None, None, rule.id, "warning",
                                   "rule could not be applied to this record"))
                continue
            if not hits:
                continue  # the common case
            for hit in hits:
                path = hit.path
                if self.repeats is not None and rule.id == "CM-R002" \
                        and str(hit.params.get("scope", "")).startswith(f"{cls}, first at "):
                    self.repeats.append((len(out), cls, hit.value))
                full = (prefix + path if path else prefix.rstrip(".")) if prefix else path
                out.append(Finding(file, locator, full or None, _cell_for(cells, path), rule.id,
                                   rule.severity,
                                   rule.message(opts.lang, _render(hit.params, opts.lang)),
                                   _value(hit.value, opts)))
        rules.begin(None)

    def standalone_record(self, cls: str, alone: Standalone, data: dict[str, Any],
                          locator: str | None, cells: dict[str, str] | None,
                          prefix: str) -> None:
        """Client rules on a sub-record read without its client (see `Standalone`)."""
        opts, out = self.opts, self.findings
        if alone.skipped and cls not in self.warned:
            self.warned.add(cls)
            out.append(Finding(self.file, None, None, None, "rules.standalone", "warning",
                               message("rules.standalone", opts.lang, cls=cls,
                                       rules=", ".join(alone.skipped))))
        wrapped = alone.wrap(data)
        runs = [(rules.BY_ID["CM-R002"], data, False)] + [(r, wrapped, True) for r in alone.rules]
        for rule, target, inner in runs:
            try:
                hits = list(rules.apply(rule, target, self.ctx, cls if not inner else "Client"))
            except Exception:  # noqa: BLE001 - a rule bug must not hide the other findings
                out.append(Finding(self.file, locator, None, None, rule.id, "warning",
                                   "rule could not be applied to this record"))
                continue
            for hit in hits:
                path = alone.local_path(hit.path) if inner else hit.path
                if path is False:
                    continue  # about the wrapper, not about this record
                if self.repeats is not None and not inner \
                        and str(hit.params.get("scope", "")).startswith(f"{cls}, first at "):
                    self.repeats.append((len(out), cls, hit.value))
                full = (prefix + path if path else prefix.rstrip(".")) if prefix else path
                out.append(Finding(self.file, locator, full or None, _cell_for(cells, path),
                                   rule.id, rule.severity,
                                   rule.message(opts.lang, _render(hit.params, opts.lang)),
                                   _value(hit.value, opts)))

    def _older_schema(self, item: Item) -> bool:
        """A 0.1.x export: one finding that says to migrate, instead of every difference."""
        version = item.data.get("schema_version")
        if not (isinstance(version, str) and version.startswith("0.1.")):
            return False
        from cm_model import schema_version
        from cm_model.io.messages import message as migrate_message

        self.records += 1
        self.findings.append(Finding(
            self.file, item.record or None, "schema_version", None, "schema.migrate", ERROR,
            migrate_message("schema.migrate", self.opts.lang, version="0.1",
                            target=schema_version())))
        return True

    def _older_record(self, cls: str, data: Any, locator: str | None) -> None:
        """Once per file: a record without an envelope that still has 0.1.0 fields."""
        if "schema.migrate" in self.warned or not isinstance(data, dict):
            return
        from cm_model.migrate.steps import looks_like_0_1

        if looks_like_0_1(cls, data):
            from cm_model import schema_version
            from cm_model.io.messages import message as migrate_message

            self.warned.add("schema.migrate")
            self.findings.append(Finding(
                self.file, locator, None, None, "schema.migrate", "warning",
                migrate_message("schema.migrate-record", self.opts.lang,
                                target=schema_version())))

    def envelope(self, item: Item) -> None:
        data = item.data
        if self._older_schema(item):
            return
        lists = schema.envelope_lists()
        shell = {k: ([] if k in lists and isinstance(v, list) else v) for k, v in data.items()}
        self.records += 1
        base = f"{item.record} " if item.record else ""
        self.record(schema.ENVELOPE_CLASS, shell, item.record or None, None, item.cells)
        ctx = rules.Context(seen_ids=self.ctx.seen_ids)
        ctx.export_time = rules.day(data.get("export_time"))
        # the ids of the export's records per class, for the reference rules
        ctx.record_ids = {}
        id_fields = rules.TOP_LEVEL_ID_FIELD
        for slot, cls in lists.items():
            key = id_fields.get(cls)
            if key is not None:
                ctx.record_ids[cls] = {e.get(key) for _, e in rules.items(data, slot)
                                       if isinstance(e.get(key), str)}
        org = data.get("organisation")
        scope = org.get("scope_rules") if isinstance(org, dict) else None
        ctx.scope_rules = [s for s in scope if isinstance(s, dict)] \
            if isinstance(scope, list) else None  # CM-R026
        saved, self.ctx = self.ctx, ctx
        try:
            org = data.get("organisation")
            if isinstance(org, dict):
                for rule in rules.rules_for("Organisation"):
                    for hit in rules.apply(rule, org, ctx, "Organisation"):
                        self.findings.append(Finding(
                            self.file, item.record, "organisation." + (hit.path or ""), None,
                            rule.id, rule.severity, rule.message(
                                self.opts.lang, _render(hit.params, self.opts.lang)),
                            _value(hit.value, self.opts)))
            for slot, cls in lists.items():
                value = data.get(slot)
                if not isinstance(value, list):
                    continue
                for index, element in enumerate(value):
                    self.records += 1
                    self.record(cls, element, f"{base}{slot}[{index}]", None, item.cells,
                                prefix="")
        finally:
            self.ctx = saved

    def consume(self, stream: Iterable[Item | Problem], progress: Progress | None = None,
                total: int = 0) -> None:
        item, problem = self.item, self.problem
        if progress is None:
            for entry in stream:
                if type(entry) is Problem:
                    problem(entry)
                else:
                    item(entry)
            return
        for count, entry in enumerate(stream, start=1):
            if type(entry) is Problem:
                problem(entry)
            else:
                item(entry)
            if count % 2000 == 0 and entry.line is not None:
                progress(getattr(entry, "pos", 0) or 0, total)


def _render(params: dict[str, Any], lang: str = "en") -> dict[str, Any]:
    """A hit's parameters for its message: CM-R002 stores the first locator as a JSONL line
    number (int) to save memory; the location words in the message's language."""
    scope = params.get("scope")
    if isinstance(scope, str) and ", first at " in scope:
        head, _, where = scope.partition(", first at ")
        if where.isdigit():
            scope = f"{head}, first at line {where}"
        return {**params, "scope": place(scope, lang)}
    return params


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*")
                              if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            out.append(path)
    return out


def validate_file(path: Path, opts: Options, jobs: int = 1,
                  progress: Progress | None = None) -> tuple[FileSummary, list[Finding]]:
    file = str(path)
    if not path.is_file():
        run = FileRun(file, opts)
        run.problem(Problem("read.missing", fatal=True))
        return FileSummary(file, "?", 0, 1, 0, False), run.findings
    fmt = readers.detect_format(path)
    if fmt is None:
        run = FileRun(file, opts)
        run.problem(Problem("read.format", fatal=True))
        return FileSummary(file, "?", 0, 1, 0, False), run.findings
    size = path.stat().st_size
    if fmt == "jsonl" and jobs > 1 and size >= PARALLEL_MIN_BYTES:
        findings, records, fatal = _parallel_jsonl(path, opts, jobs)
    else:
        run = FileRun(file, opts)
        stream = readers.read(path, fmt, encoding=opts.encoding, delimiter=opts.delimiter,
                              class_name=opts.class_name)
        run.consume(_guard(stream), progress, size)
        findings, records, fatal = run.findings, run.records, run.fatal
    errors = sum(1 for f in findings if f.severity == ERROR)
    summary = FileSummary(file, fmt, records, errors, len(findings) - errors, not fatal)
    return summary, findings


def _guard(stream: Iterator[Item | Problem]) -> Iterator[Item | Problem]:
    """Last line of defence: an unexpected reader failure becomes a located, fatal problem."""
    try:
        yield from stream
    except MemoryError:
        yield Problem("read.too-large", {"limit": "?"}, fatal=True)
    except Exception as exc:  # noqa: BLE001 - never a traceback for a bad file
        yield Problem("read.xlsx" if "zip" in type(exc).__name__.lower() else "read.json",
                      {"detail": type(exc).__name__}, fatal=True)


# --- parallel JSON Lines --------------------------------------------------------------------

def _work(args: tuple[str, int, int, int, Options]) -> tuple[
        list[Finding], int, bool, dict[str, dict[str, Any]], list[tuple[int, str, str]]]:
    path, start, end, first, opts = args
    run = FileRun(path, opts, repeats=[])
    run.consume(_guard(readers.read_jsonl(Path(path), start, end, first, report_empty=False)))
    return run.findings, run.records, run.fatal, run.ctx.seen_ids, run.repeats or []


def _parallel_jsonl(path: Path, opts: Options, jobs: int) -> tuple[list[Finding], int, bool]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return _parallel_ranges(path, opts, jobs)
    except BrokenProcessPool:  # a worker was killed (out of memory?): say so, never a traceback
        return [Finding(str(path), None, None, None, "run.worker-lost", ERROR,
                        message("run.worker-lost", opts.lang), None, True)], 0, True


def _parallel_ranges(path: Path, opts: Options, jobs: int) -> tuple[list[Finding], int, bool]:
    from concurrent.futures import ProcessPoolExecutor

    bounds = readers.jsonl_bounds(path, jobs * 8)
    findings: list[Finding] = []
    records, fatal = 0, False
    merged: dict[str, dict[str, Any]] = {}
    rule = rules.BY_ID["CM-R002"]
    repeats: dict[str | None, list[Finding]] = {}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        # each range starts as soon as its first line number is known: counting the lines of
        # the ranges before it (one pass over the file) overlaps with the work
        futures = []
        line = 1
        with path.open("rb") as handle:
            for start, end in zip(bounds, bounds[1:], strict=False):
                futures.append(pool.submit(_work, (str(path), start, end, line, opts)))
                line += readers.count_lines(handle, start, end)
        results = (future.result() for future in futures)
        for chunk_findings, chunk_records, chunk_fatal, seen, chunk_repeats in results:
            for index, cls, ident in chunk_repeats:  # repeats inside the range: the first use
                first = merged.get(cls, {}).get(ident)  # may lie in an earlier range
                if first is not None:
                    params = _render({"scope": f"{cls}, first at {first}"}, opts.lang)
                    chunk_findings[index] = replace(chunk_findings[index],
                                                    message=rule.message(opts.lang, params))
            findings.extend(chunk_findings)
            records += chunk_records
            fatal = fatal or chunk_fatal
            for cls, ids in seen.items():
                known = merged.setdefault(cls, {})
                for ident, where in ids.items():
                    if ident in known:
                        key = rules.TOP_LEVEL_ID_FIELD.get(cls, "id")
                        params = _render({"scope": f"{cls}, first at {known[ident]}"}, opts.lang)
                        locator = f"line {where}" if isinstance(where, int) else where
                        repeats.setdefault(locator, []).append(Finding(
                            str(path), locator, key, None, rule.id, rule.severity,
                            rule.message(opts.lang, params), _value(ident, opts)))
                    else:
                        known[ident] = where
    told: set[str] = set()  # each range warns of its standalone classes: once per file
    findings = [f for f in findings if f.code != "rules.standalone"
                or (f.message not in told and not told.add(f.message))]
    findings = _insert_repeats(findings, repeats)
    if records == 0 and not fatal:
        fatal = True
        findings.append(Finding(str(path), None, None, None, "read.empty", ERROR,
                                message("read.empty", opts.lang), None, True))
    findings.sort(key=_order)
    return findings, records, fatal


def _insert_repeats(findings: list[Finding],
                    repeats: dict[str | None, list[Finding]]) -> list[Finding]:
    """Put each cross-range repeated-id finding where a single process reports it: among its
    record's findings, after the structural ones and CM-R001, before the other rules'."""
    if not repeats:
        return findings
    out: list[Finding] = []
    last = len(findings) - 1
    for k, f in enumerate(findings):
        pending = repeats.get(f.record)
        if pending is not None and f.code.startswith("CM-R") and f.code >= "CM-R002":
            out.extend(repeats.pop(f.record))
        out.append(f)
        if f.record in repeats and (k == last or findings[k + 1].record != f.record):
            out.extend(repeats.pop(f.record))
    for rest in repeats.values():  # records with no other finding; the sort places them
        out.extend(rest)
    return out


def _order(f: Finding) -> tuple[int, int]:
    if f.record and f.record.startswith("line "):
        tail = f.record[5:]
        if tail.isdigit():
            return 0, int(tail)
    return 1, 0


# --- public entry ---------------------------------------------------------------------------

MEMORY = "<memory>"  # the file name of findings on in-memory records


def _in_memory(value: Any) -> list[dict[str, Any]] | None:
    """The records of in-memory input (a dict, or a list of dicts); None for paths. Anything
    else is a TypeError that says what is accepted."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, str | os.PathLike):
        return None
    if isinstance(value, list | tuple):
        if all(isinstance(v, dict) for v in value) and value:
            return list(value)
        if all(isinstance(v, str | os.PathLike) for v in value):
            return None if value else []
    elif isinstance(value, Iterable) and not isinstance(value, bytes | bytearray):
        return None  # e.g. a generator of paths (checked as they are expanded)
    raise TypeError(
        "validate() takes a path, a list of paths, a record dict, a list of record dicts or "
        f"an Export dict; got {type(value).__name__}"
        + (" mixing records and paths or holding other values"
           if isinstance(value, list | tuple) else ""))


def validate(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str], *,
             class_name: str | None = None, jobs: int = 1, lang: str = "en",
             show_values: bool = False, encoding: str | None = None,
             delimiter: str | None = None, progress: Progress | None = None) -> Report:
    records = _in_memory(paths)
    if records is None:
        paths = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    if lang not in ("fi", "en"):
        raise UsageError(f"unknown language {lang!r} (use fi or en)")
    if class_name is not None:
        found = schema.find_class(class_name)
        if found is None:
            raise UsageError(f"unknown class {class_name!r}; classes: "
                             + ", ".join(schema.class_names()))
        class_name = found
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per available CPU) or more")
    if encoding is not None:
        import codecs

        try:
            codecs.lookup(encoding)
        except LookupError:
            raise UsageError(f"unknown encoding {encoding!r} (e.g. utf-8, cp1252)") from None
    if jobs == 0:
        jobs = readers.auto_jobs()
    opts = Options(class_name, lang, show_values, encoding, delimiter)
    report = Report(lang=lang)
    if records is not None:
        run = FileRun(MEMORY, opts)
        many = isinstance(paths, list)
        items = [Item(r, f"[{k}]" if many else None) for k, r in enumerate(records)]
        if not items:
            run.problem(Problem("read.empty"))
        run.consume(items)
        errors = sum(1 for f in run.findings if f.severity == ERROR)
        report.files.append(FileSummary(MEMORY, "memory", run.records, errors,
                                        len(run.findings) - errors, not run.fatal))
        report.findings.extend(run.findings)
        return report
    for path in expand(paths):
        summary, findings = validate_file(path, opts, jobs, progress)
        report.files.append(summary)
        report.findings.extend(findings)
    return report
