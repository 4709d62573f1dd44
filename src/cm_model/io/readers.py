"""Readers of JSON, JSON Lines and YAML (and the dispatch to CSV and XLSX): a file becomes
a stream of records (`Item`) and located reader errors (`Problem`).

Duplicate object keys are an error in all three formats (the last value would silently win).

Formerly: turn a file into a stream of records (`Item`) and located reader errors (`Problem`).

Every reader failure becomes a `Problem` with a location; nothing here raises to the caller.
JSON Lines, CSV and XLSX are streamed so memory stays bounded on huge inputs; JSON and YAML are
loaded whole and therefore capped in size.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from cm_model.io.duplicates import DuplicateKey, find_duplicate_key, may_have_duplicates
from cm_model.io.duplicates import check as check_duplicates
from cm_model.io.limits import MAX_DEPTH, MAX_JSON_BYTES, MAX_LINE_BYTES, MAX_YAML_BYTES
from cm_model.io.problems import Item, Problem
from cm_model.io.problems import safe_name as _safe_name

__all__ = ["Item", "Problem", "detect_format", "read", "read_json", "read_jsonl", "read_yaml",
           "load_json", "load_yaml", "Refused", "YamlRefused", "MAX_DEPTH", "MAX_JSON_BYTES",
           "MAX_LINE_BYTES", "MAX_YAML_BYTES"]


def detect_format(path: Path) -> str | None:
    suffix = "".join(path.suffixes[-1:]).lower()
    by_suffix = {
        ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".yaml": "yaml", ".yml": "yaml",
        ".csv": "csv", ".tsv": "csv", ".txt": "csv", ".xlsx": "xlsx", ".xlsm": "xlsx",
    }
    if suffix in by_suffix:
        return by_suffix[suffix]
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        return "json"
    if stripped.startswith(b"{"):
        first, _, rest = stripped.partition(b"\n")
        one_per_line = rest.strip().startswith(b"{") and first.rstrip().endswith(b"}")
        return "jsonl" if one_per_line else "json"
    if stripped.startswith(b"---") or b": " in stripped.split(b"\n", 1)[0]:
        return "yaml"
    return "csv"


def depth_exceeds(value: Any, limit: int = MAX_DEPTH) -> bool:
    """Iterative depth check (no recursion, so hostile input cannot blow the stack)."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, dict | list))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, dict | list))
    return False


def _kind_word(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "null"
    return type(value).__name__


def _json_error_detail(exc: Exception) -> str:
    # orjson messages name the problem, not the data; keep only that and the position.
    msg = getattr(exc, "msg", None) or str(exc).split(":")[0]
    lineno, colno = getattr(exc, "lineno", None), getattr(exc, "colno", None)
    if lineno is not None:
        return f"{msg} (line {lineno}, column {colno})"
    return str(msg)


def _records_from_document(doc: Any) -> Iterator[Item | Problem]:
    """A loaded JSON/YAML document: one record, the export envelope, or a list of records."""
    if isinstance(doc, dict):
        yield Item(doc, None)
    elif isinstance(doc, list):
        if not doc:
            yield Problem("read.empty")
        for index, value in enumerate(doc):
            if isinstance(value, dict):
                yield Item(value, f"[{index}]")
            else:
                yield Problem("read.not-record", {"found": _kind_word(value)}, record=f"[{index}]")
    else:
        yield Problem("read.not-record", {"found": _kind_word(doc)}, fatal=True)


def read_json(path: Path) -> Iterator[Item | Problem]:
    import orjson

    try:
        size = path.stat().st_size
        if size > MAX_JSON_BYTES:
            yield Problem("read.too-large", {"limit": MAX_JSON_BYTES // 2**20}, fatal=True)
            return
        raw = path.read_bytes()
    except OSError:
        yield Problem("read.missing", fatal=True)
        return
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        if "recursion" in str(exc).lower():
            yield Problem("read.depth", {"limit": MAX_DEPTH}, fatal=True)
        elif "utf-8" in str(exc).lower():
            yield Problem("read.encoding", {"encoding": "UTF-8"}, fatal=True)
        else:
            yield Problem("read.json", {"detail": _json_error_detail(exc)}, fatal=True)
        return
    if depth_exceeds(doc):
        yield Problem("read.depth", {"limit": MAX_DEPTH}, fatal=True)
        return
    duplicate = check_duplicates(raw, doc)
    del raw
    if duplicate is not None:
        yield _duplicate_problem(duplicate)
        return
    yield from _records_from_document(doc)


def _duplicate_problem(found: DuplicateKey, record: str | None = None,
                       line: int | None = None) -> Problem:
    where = f"line {line or found.line}, column {found.column}"
    return Problem("read.duplicate-key", {"key": _safe_name(found.key), "where": where},
                   record=record, line=line or found.line, fatal=record is None)


_BLANK_START = (b"", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c")  # what bytes.strip() removes


def read_jsonl(path: Path, start: int = 0, end: int | None = None,
               first_line: int = 1, report_empty: bool = True) -> Iterator[Item | Problem]:
    """The records of the lines in [start, end) (a line that starts before `end` is read
    whole), numbered from `first_line`. A line over the length limit is reported, and the rest
    of it skipped without being held in memory."""
    import orjson

    loads, decode_error = orjson.loads, orjson.JSONDecodeError
    seen_any = False
    pos, lineno = start, first_line - 1
    try:
        # a buffer of many records: with the default 8 KiB, most records cost a read() call
        handle = path.open("rb", buffering=1 << 18)
        handle.seek(start)
    except OSError:
        yield Problem("read.missing", fatal=True)
        return
    with handle:
        while end is None or pos < end:
            try:
                line = handle.readline(MAX_LINE_BYTES + 1)
            except OSError:
                yield Problem("read.missing", fatal=True)
                return
            if not line:
                break
            lineno += 1
            pos += len(line)
            record = f"line {lineno}"
            if over_long(line):
                pos += skip_rest_of_line(handle)
                yield Problem("read.too-large", {"limit": MAX_LINE_BYTES // 2**20},
                              record=record, line=lineno)
                continue
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            if line[:1] in _BLANK_START and not line.strip():  # no copy of every record
                continue
            seen_any = True
            try:
                value = loads(line)
            except decode_error as exc:
                text = str(exc).lower()
                if "recursion" in text:
                    yield Problem("read.depth", {"limit": MAX_DEPTH}, record=record, line=lineno)
                elif "utf-8" in text:
                    yield Problem("read.encoding", {"encoding": "UTF-8"}, record=record,
                                  line=lineno)
                else:
                    detail = getattr(exc, "msg", "syntax error")
                    yield Problem("read.jsonl", {"detail": f"{detail} (column {exc.colno})"},
                                  record=record, line=lineno)
                continue
            if not isinstance(value, dict):
                yield Problem("read.not-record", {"found": _kind_word(value)}, record=record,
                              line=lineno)
                continue
            if may_have_duplicates(line, value):
                duplicate = find_duplicate_key(line)
                if duplicate is not None:
                    yield _duplicate_problem(duplicate, record, lineno)
                    continue
            yield Item(value, record, line=lineno, pos=pos)
    if not seen_any and report_empty:
        yield Problem("read.empty")


def over_long(line: bytes) -> bool:
    """Whether `handle.readline(MAX_LINE_BYTES + 1)` stopped inside a line over the limit."""
    return len(line) > MAX_LINE_BYTES and not line.endswith(b"\n")


def skip_rest_of_line(handle: Any) -> int:
    """Read past the rest of an over-long line without holding it; the bytes skipped."""
    skipped = 0
    while True:
        more = handle.readline(MAX_LINE_BYTES)
        skipped += len(more)
        if not more or more.endswith(b"\n"):
            return skipped


# --- JSON Lines in parallel ranges ---------------------------------------------------------

def jsonl_bounds(path: Path, parts: int) -> list[int]:
    """Byte offsets that cut a JSON Lines file into about `parts` ranges, each ending at a line
    end: the work of one process each (`read_jsonl(path, start, end, first_line)`)."""
    size = path.stat().st_size
    bounds = [0]
    with path.open("rb") as handle:
        for k in range(1, parts):
            handle.seek(max(size * k // parts, bounds[-1]))
            handle.readline()
            pos = handle.tell()
            if pos < size and pos > bounds[-1]:
                bounds.append(pos)
    bounds.append(size)
    return bounds


def count_lines(handle: Any, start: int, end: int) -> int:
    """Line breaks in [start, end) of an open file."""
    handle.seek(start)
    count, remaining = 0, end - start
    while remaining:
        block = handle.read(min(remaining, 1 << 24))
        if not block:
            break
        count += block.count(b"\n")
        remaining -= len(block)
    return count


def auto_jobs() -> int:
    """Processes for `--jobs 0`: the CPUs this process may run on, at most 8 (beyond that the
    parent's merging and the disk dominate)."""
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        usable = os.cpu_count() or 1
    return max(1, min(usable, 8))



class Refused(Exception):
    """The text is not plain data of its format. ``code``/``params`` name the catalogue
    message, ``line`` is where (1-based) when known; ``message`` is the English text with it."""

    def __init__(self, code: str, params: dict[str, Any] | None = None,
                 line: int | None = None) -> None:
        from cm_model.io.messages import message

        self.code, self.params, self.line = code, params or {}, line
        where = f"line {line}: " if line else ""
        self.message = where + message(code, "en", **self.params)
        super().__init__(self.message)


YamlRefused = Refused


def load_json(raw: bytes) -> Any:
    """A whole JSON document as plain data; raises Refused (syntax, encoding, depth,
    duplicate keys), located by line."""
    import orjson

    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        text = str(exc).lower()
        if "recursion" in text:
            raise Refused("read.depth", {"limit": MAX_DEPTH}) from None
        if "utf-8" in text:
            raise Refused("read.encoding", {"encoding": "UTF-8"}) from None
        raise Refused("read.json", {"detail": _json_error_detail(exc)},
                      getattr(exc, "lineno", None)) from None
    if depth_exceeds(doc):
        raise Refused("read.depth", {"limit": MAX_DEPTH})
    duplicate = check_duplicates(raw, doc)
    if duplicate is not None:
        raise Refused("read.duplicate-key", {"key": _safe_name(duplicate.key),
                                             "where": f"line {duplicate.line}, column "
                                                      f"{duplicate.column}"}, duplicate.line)
    return doc


def _mark_line(mark: Any) -> int | None:
    return mark.line + 1 if mark is not None else None


@cache
def _yaml_loader() -> type:
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Loader(base):  # type: ignore[misc, valid-type]
        """Plain data only; dates stay ISO text (as in JSON), so `2026-02-30` or year 9999
        reach the date check of the command as text instead of failing inside PyYAML."""

        def construct_mapping(self, node, deep=False):  # type: ignore[no-untyped-def]
            if isinstance(node, yaml.MappingNode):
                seen: set[Any] = set()
                for key_node, _ in node.value:
                    key = self.construct_object(key_node, deep=True)
                    try:
                        duplicate = key in seen
                        seen.add(key)
                    except TypeError:  # an unhashable key: PyYAML refuses it below
                        duplicate = False
                    if duplicate:
                        line = _mark_line(key_node.start_mark)
                        raise YamlRefused("read.duplicate-key",
                                          {"key": _safe_name(str(key)),
                                           "where": f"line {line}"}, line)
            return super().construct_mapping(node, deep=deep)

    Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
        for key, resolvers in base.yaml_implicit_resolvers.items()
    }
    return Loader


def load_yaml(text: str, *, all_documents: bool = False) -> Any:
    """Load YAML as plain data; raises YamlRefused (tags, anchors/aliases, duplicate keys,
    syntax, depth). Events are checked with libyaml's parser (when present) before anything
    is built, so a hostile file costs one pass."""
    import yaml

    loader = _yaml_loader()
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                raise YamlRefused("read.yaml-alias", line=_mark_line(event.start_mark))
        if all_documents:
            return list(yaml.load_all(text, Loader=loader))  # noqa: S506 - safe loader
        return yaml.load(text, Loader=loader)  # noqa: S506 - safe loader subclass
    except YamlRefused:
        raise
    except yaml.constructor.ConstructorError as exc:
        line = _mark_line(getattr(exc, "problem_mark", None))
        if "tag" in str(getattr(exc, "problem", "")):
            raise YamlRefused("read.yaml-tag", line=line) from None
        raise YamlRefused("read.yaml", {"detail": _yaml_detail(exc)}, line) from None
    except yaml.YAMLError as exc:
        raise YamlRefused("read.yaml", {"detail": _yaml_detail(exc)},
                          _mark_line(getattr(exc, "problem_mark", None))) from None
    except RecursionError:
        raise YamlRefused("read.depth", {"limit": MAX_DEPTH}) from None


def _yaml_detail(exc: Any) -> str:
    problem = getattr(exc, "problem", None) or "syntax error"
    mark = getattr(exc, "problem_mark", None)
    where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
    return f"{problem}{where}"


def read_yaml(path: Path) -> Iterator[Item | Problem]:
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            yield Problem("read.too-large", {"limit": MAX_YAML_BYTES // 2**20}, fatal=True)
            return
        raw = path.read_bytes()
    except OSError:
        yield Problem("read.missing", fatal=True)
        return
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        yield Problem("read.encoding", {"encoding": "UTF-8"}, fatal=True)
        return
    try:
        docs = load_yaml(text, all_documents=True)
    except YamlRefused as exc:
        yield Problem(exc.code, exc.params, line=exc.line, fatal=True)
        return
    docs = [d for d in docs if d is not None]
    if not docs:
        yield Problem("read.empty", fatal=True)
        return
    for number, doc in enumerate(docs):
        if depth_exceeds(doc):
            yield Problem("read.depth", {"limit": MAX_DEPTH}, fatal=True)
            return
        for item in _records_from_document(doc):
            if len(docs) > 1 and isinstance(item, Item | Problem):
                prefix = f"document {number + 1}"
                item.record = f"{prefix} {item.record}" if item.record else prefix
            yield item


def read(path: Path, fmt: str, *, encoding: str | None = None,
         delimiter: str | None = None, class_name: str | None = None) -> Iterator[Item | Problem]:
    """Dispatch to the reader for `fmt`."""
    if fmt == "json":
        return read_json(path)
    if fmt == "jsonl":
        return read_jsonl(path)
    if fmt == "yaml":
        return read_yaml(path)
    from cm_model.io import tabular

    if fmt == "csv":
        return tabular.read_csv(path, encoding=encoding, delimiter=delimiter,
                                class_name=class_name)
    if fmt == "xlsx":
        return tabular.read_xlsx(path, class_name=class_name)
    return iter([Problem("read.format", fatal=True)])
