"""Readers: turn a file into a stream of records (`Item`) and located reader errors (`Problem`).

Every reader failure becomes a `Problem` with a location; nothing here raises to the caller.
JSON Lines, CSV and XLSX are streamed so memory stays bounded on huge inputs; JSON and YAML are
loaded whole and therefore capped in size.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Limits. Loading JSON/YAML whole is fine up to these sizes; bigger exports belong in JSONL.
MAX_JSON_BYTES = 1024 * 1024 * 1024
MAX_YAML_BYTES = 64 * 1024 * 1024
MAX_LINE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 64  # deeper than any record the schema allows; stops recursion attacks early


@dataclass(slots=True)
class Item:
    data: Any
    record: str | None  # locator of the record inside the file
    class_name: str | None = None  # None: decided by the engine (--class or inference)
    cells: dict[str, str] | None = None  # field path -> cell reference (tabular inputs)
    skip_paths: frozenset[str] = frozenset()  # paths already reported by the reader
    line: int | None = None  # JSONL line
    pos: int | None = None  # byte offset after the record (progress display)


@dataclass(slots=True)
class Problem:
    code: str
    params: dict[str, Any] = field(default_factory=dict)
    record: str | None = None
    cell: str | None = None
    path: str | None = None
    fatal: bool = False  # the file as a whole could not be read
    severity: str = "error"
    line: int | None = None


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
    del raw
    if depth_exceeds(doc):
        yield Problem("read.depth", {"limit": MAX_DEPTH}, fatal=True)
        return
    yield from _records_from_document(doc)


def iter_lines(path: Path, start: int = 0, end: int | None = None,
               first_line: int = 1) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number, bytes) for each line in [start, end); bytes None when the line is over
    the length limit (the rest of it is skipped without being held in memory)."""
    with path.open("rb") as handle:
        handle.seek(start)
        pos, lineno = start, first_line
        while end is None or pos < end:
            line = handle.readline(MAX_LINE_BYTES + 1)
            if not line:
                return
            pos += len(line)
            if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
                while True:  # skip the remainder of an over-long line
                    more = handle.readline(MAX_LINE_BYTES)
                    pos += len(more)
                    if not more or more.endswith(b"\n"):
                        break
                yield lineno, None, pos
            else:
                yield lineno, line, pos
            lineno += 1


_BLANK_START = (b"", b" ", b"\t", b"\n", b"\r", b"\x0b", b"\x0c")  # what bytes.strip() removes


def read_jsonl(path: Path, start: int = 0, end: int | None = None,
               first_line: int = 1, report_empty: bool = True) -> Iterator[Item | Problem]:
    import orjson

    loads, decode_error = orjson.loads, orjson.JSONDecodeError
    seen_any = False
    try:
        for lineno, line, pos in iter_lines(path, start, end, first_line):
            record = f"line {lineno}"
            if line is None:
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
            yield Item(value, record, line=lineno, pos=pos)
    except OSError:
        yield Problem("read.missing", fatal=True)
        return
    if not seen_any and report_empty:
        yield Problem("read.empty")


def read_yaml(path: Path) -> Iterator[Item | Problem]:
    import yaml

    class _Loader(yaml.SafeLoader):
        """Safe loading, and no anchors/aliases: they allow 'billion laughs' expansion."""

        def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
            if self.check_event(yaml.AliasEvent):
                raise _AliasRefused
            event = self.peek_event()
            if getattr(event, "anchor", None):
                raise _AliasRefused
            return super().compose_node(parent, index)

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
    # Dates stay ISO text (as in JSON): no implicit timestamp objects.
    _Loader.yaml_implicit_resolvers = {
        key: [(tag, regexp) for tag, regexp in resolvers if not tag.endswith(":timestamp")]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    try:
        docs = list(yaml.load_all(text, Loader=_Loader))  # noqa: S506 - SafeLoader subclass
    except _AliasRefused:
        yield Problem("read.yaml-alias", fatal=True)
        return
    except yaml.constructor.ConstructorError:
        yield Problem("read.yaml-tag", fatal=True)
        return
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "syntax error"
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        yield Problem("read.yaml", {"detail": f"{problem}{where}"}, fatal=True)
        return
    except RecursionError:
        yield Problem("read.depth", {"limit": MAX_DEPTH}, fatal=True)
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


class _AliasRefused(Exception):
    pass


def read(path: Path, fmt: str, *, encoding: str | None = None,
         delimiter: str | None = None, class_name: str | None = None) -> Iterator[Item | Problem]:
    """Dispatch to the reader for `fmt`."""
    if fmt == "json":
        return read_json(path)
    if fmt == "jsonl":
        return read_jsonl(path)
    if fmt == "yaml":
        return read_yaml(path)
    from cm_model.validation import tabular

    if fmt == "csv":
        return tabular.read_csv(path, encoding=encoding, delimiter=delimiter,
                                class_name=class_name)
    if fmt == "xlsx":
        return tabular.read_xlsx(path, class_name=class_name)
    return iter([Problem("read.format", fatal=True)])
