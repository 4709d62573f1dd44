"""One pass over a record for every pattern the rules read (``care_plans[*].goals[*].id``).

The rules take their first look at a record through `rules._plain`: the present values at a
pattern. Walking each pattern segment by segment costs a function call and a dict lookup per
segment, per rule, per record, which was a fifth of the validation time. Instead, the patterns
the rules have asked for are compiled into one Python function with a loop per list level, and
that function fills the per-record memo before the rules run.

The function is generated from the patterns alone (never from the data), so its size is bounded
by the rules' code. A pattern a rule asks for that the compiled function does not know yet is
walked the slow way once and added at the next record (`Gatherer.want`).

Semantics are those of `rules._plain`: a ``[*]`` segment takes the non-null elements of a list
below a dict; a plain segment takes the non-null value below a dict; anything else contributes
nothing. The results are lists shared by every rule: read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Gather = Callable[[dict[str, Any]], dict[str, list[Any]]]


def _segments(pattern: str) -> list[tuple[str, bool]]:
    return [(seg[:-3], True) if seg.endswith("[*]") else (seg, False)
            for seg in pattern.split(".")]


def compile_patterns(patterns: list[str]) -> Gather:
    """A function: record -> {pattern and each of its prefixes: the present values there}."""
    # trie: prefix pattern -> (key, star, child prefixes in first-seen order)
    children: dict[str, list[str]] = {"": []}
    step: dict[str, tuple[str, bool]] = {}
    for pattern in patterns:
        parent = ""
        for k, (key, star) in enumerate(_segments(pattern)):
            prefix = ".".join(pattern.split(".")[:k + 1])
            if prefix not in step:
                step[prefix] = (key, star)
                children[prefix] = []
                children[parent].append(prefix)
            parent = prefix
    names: dict[str, str] = {}
    lines = ["def gather(r):", "    m = {}"]

    def var(prefix: str) -> str:
        return names.setdefault(prefix, f"n{len(names)}")

    def level(parent: str, indent: str) -> None:
        """Fill the children of `parent` (its values in list `var(parent)`, or the record)."""
        kids = children[parent]
        if not kids:
            return
        if parent == "":  # the record itself: one dict, no loop
            for kid in kids:
                key, star = step[kid]
                v = var(kid)
                lines.append(f"{indent}x = r.get({key!r})")
                if star:
                    lines.append(f"{indent}{v} = ([e for e in x if e is not None] if None in x "
                                 f"else x) if type(x) is list else []")
                else:
                    lines.append(f"{indent}{v} = [] if x is None else [x]")
                lines.append(f"{indent}m[{kid!r}] = {v}")
        else:
            for kid in kids:
                lines.append(f"{indent}{var(kid)} = []")
            lines.append(f"{indent}for d in {var(parent)}:")
            lines.append(f"{indent}    if type(d) is dict:")
            for kid in kids:
                key, star = step[kid]
                v = var(kid)
                lines.append(f"{indent}        x = d.get({key!r})")
                if star:
                    lines.append(f"{indent}        if type(x) is list:")
                    lines.append(f"{indent}            {v} += [e for e in x if e is not None] "
                                 f"if None in x else x")
                else:
                    lines.append(f"{indent}        if x is not None:")
                    lines.append(f"{indent}            {v}.append(x)")
            for kid in kids:
                lines.append(f"{indent}m[{kid!r}] = {var(kid)}")
        for kid in kids:
            if children[kid]:
                lines.append(f"{indent}if {var(kid)}:")
                level(kid, indent + "    ")
                lines.append(f"{indent}else:")
                for below in _descendants(kid, children):
                    lines.append(f"{indent}    m[{below!r}] = []")

    level("", "    ")
    lines.append("    return m")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the rules' own patterns
    return namespace["gather"]


def _descendants(prefix: str, children: dict[str, list[str]]) -> list[str]:
    out: list[str] = []
    for kid in children[prefix]:
        out.append(kid)
        out.extend(_descendants(kid, children))
    return out


class Gatherer:
    """The compiled walk for one record class, grown as the rules ask for new patterns."""

    def __init__(self) -> None:
        self.patterns: list[str] = []
        self.pending = False
        self.run: Gather | None = None

    def want(self, pattern: str) -> None:
        if pattern not in self.patterns and len(self.patterns) < 1024:  # bounded by the code
            self.patterns.append(pattern)
            self.pending = True

    def __call__(self, record: dict[str, Any]) -> dict[str, list[Any]]:
        if self.pending:
            self.run = compile_patterns(self.patterns)
            self.pending = False
        return self.run(record) if self.run is not None else {}
