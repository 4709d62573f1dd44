"""Get and set values at short FHIR element paths in plain JSON dicts.

A path is dotted; a step may carry a list index, e.g. ``item[0].answer[0].valueInteger``.
Plain dicts (not fhir.resources objects) keep export fast and the output byte-stable.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

MISSING: Any = object()
_STEP = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?$")


@cache
def _steps(path: str) -> tuple[tuple[str, int | None], ...]:
    out = []
    for part in path.split("."):
        m = _STEP.match(part)
        if not m:
            raise ValueError(f"bad element path {path!r}")
        out.append((m.group(1), int(m.group(2)) if m.group(2) is not None else None))
    return tuple(out)


def get(node: dict[str, Any], path: str) -> Any:
    cur: Any = node
    for name, index in _steps(path):
        if not isinstance(cur, dict) or name not in cur:
            return MISSING
        cur = cur[name]
        if index is not None:
            if not isinstance(cur, list) or len(cur) <= index:
                return MISSING
            cur = cur[index]
    return cur


def steps(path: str) -> tuple[tuple[str, int | None], ...]:
    """The parsed steps of a path (for callers that compile a path once)."""
    return _steps(path)


def put(node: dict[str, Any], path: str, value: Any) -> None:
    put_steps(node, _steps(path), value)


def put_steps(node: dict[str, Any], steps: tuple[tuple[str, int | None], ...],
              value: Any) -> None:
    cur = node
    last = len(steps) - 1
    for pos, (name, index) in enumerate(steps):
        if index is None:
            if pos == last:
                cur[name] = value
                return
            cur = cur.setdefault(name, {})
        else:
            items = cur.setdefault(name, [])
            while len(items) <= index:
                items.append({})
            if pos == last:
                items[index] = value
                return
            cur = items[index]


def append(node: dict[str, Any], path: str, value: Any) -> None:
    """Append to the list at `path` (created when absent)."""
    head, _, name = path.rpartition(".")
    parent = node
    if head:
        found = get(node, head)
        if found is MISSING:
            put(node, head, {})
            found = get(node, head)
        parent = found
    parent.setdefault(name, []).append(value)
