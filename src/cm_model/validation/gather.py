"""Compiled passes over a record: what the rules read, and proofs that the schema-table rules
are silent.

The rules take their first look at a record through `rules._plain`: the present values at a
pattern such as ``care_plans[*].goals[*].id``. Walking each pattern segment by segment costs a
function call and a dict lookup per segment, per rule, per record. Two kinds of functions are
therefore generated here, from the rules' own tables (never from the data, so their size is
bounded by the code), with one loop per list level:

- `compile_patterns`: record -> {pattern: its present values}, the per-record memo that
  `rules._plain` reads (`Gatherer` grows it as the rules ask for new patterns);
- `compile_prover`: record -> (ids unique, references resolved, periods in order), the plain
  first look of CM-R002's nested lists, the record-scope references (CM-R016, CM-R018) and
  CM-R020's periods, from the very tables those rules read. True means the rule is proven
  silent on that part and skips it; False only means "run the rule", which then decides and
  locates. So a clean record, the common case, costs one pass for all three.

Semantics are those of `rules._plain`: a ``[*]`` segment takes the non-null elements of a list
below a dict; a plain segment takes the non-null value below a dict; anything else contributes
nothing. The gathered lists are shared by every rule: read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import itemgetter
from typing import Any

Gather = Callable[[dict[str, Any]], dict[str, list[Any]]]
Prove = Callable[[dict[str, Any]], tuple[bool, bool, bool]]


def _segments(pattern: str) -> list[tuple[str, bool]]:
    return [(seg[:-3], True) if seg.endswith("[*]") else (seg, False)
            for seg in pattern.split(".")]


class _Walk:
    """Python source that binds a local variable to the present values of each pattern (and
    of each of its prefixes)."""

    def __init__(self, patterns: Iterable[str], keep_none: bool = False) -> None:
        # keep_none: the lists may hold null elements (cheaper; for the prover, whose checks
        # skip them or, for ids, fail safe on them)
        self.keep_none = keep_none
        self.children: dict[str, list[str]] = {"": []}
        self.step: dict[str, tuple[str, bool]] = {}
        self.names: dict[str, str] = {}
        for pattern in patterns:
            parent = ""
            parts = pattern.split(".")
            for k, (key, star) in enumerate(_segments(pattern)):
                prefix = ".".join(parts[:k + 1])
                if prefix not in self.step:
                    self.step[prefix] = (key, star)
                    self.children[prefix] = []
                    self.children[parent].append(prefix)
                parent = prefix

    def var(self, prefix: str) -> str:
        return self.names.setdefault(prefix, f"n{len(self.names)}")

    def code(self) -> list[str]:
        lines: list[str] = []
        self._level("", "    ", lines)
        return lines

    def _level(self, parent: str, indent: str, lines: list[str]) -> None:
        kids = self.children[parent]
        if not kids:
            return
        if parent == "":  # the record itself: one dict, no loop
            for kid in kids:
                key, star = self.step[kid]
                lines.append(f"{indent}x = r.get({key!r})")
                if star and self.keep_none:
                    lines.append(f"{indent}{self.var(kid)} = x if type(x) is list else []")
                elif star:
                    lines.append(f"{indent}{self.var(kid)} = ([e for e in x if e is not None] "
                                 f"if None in x else x) if type(x) is list else []")
                else:
                    lines.append(f"{indent}{self.var(kid)} = [] if x is None else [x]")
        else:
            for kid in kids:
                lines.append(f"{indent}{self.var(kid)} = []")
            lines.append(f"{indent}for d in {self.var(parent)}:")
            lines.append(f"{indent}    if type(d) is dict:")
            for kid in kids:
                key, star = self.step[kid]
                lines.append(f"{indent}        x = d.get({key!r})")
                if star:
                    lines.append(f"{indent}        if type(x) is list:")
                    lines.append(f"{indent}            {self.var(kid)} += x" if self.keep_none
                                 else f"{indent}            {self.var(kid)} += [e for e in x "
                                 f"if e is not None] if None in x else x")
                else:
                    lines.append(f"{indent}        if x is not None:")
                    lines.append(f"{indent}            {self.var(kid)}.append(x)")
        for kid in kids:
            if self.children[kid]:
                lines.append(f"{indent}if {self.var(kid)}:")
                self._level(kid, indent + "    ", lines)
                lines.append(f"{indent}else:")
                for below in self._descendants(kid):
                    lines.append(f"{indent}    {self.var(below)} = []")

    def _descendants(self, prefix: str) -> list[str]:
        out: list[str] = []
        for kid in self.children[prefix]:
            out.append(kid)
            out.extend(self._descendants(kid))
        return out


def _function(lines: list[str], name: str, **namespace: Any) -> Any:
    exec("\n".join(lines), namespace)  # noqa: S102 - code built from the rules' own tables
    return namespace[name]


def compile_patterns(patterns: list[str]) -> Gather:
    """A function: record -> {pattern and each of its prefixes: the present values there}."""
    walk = _Walk(patterns)
    lines = ["def gather(r):", *walk.code()]
    entries = ", ".join(f"{p!r}: {walk.var(p)}" for p in walk.step)
    lines.append(f"    return {{{entries}}}")
    return _function(lines, "gather")


def compile_prover(nested: list[tuple[str, str | None]], references: list[tuple[str, str]],
                   periods: list[tuple[str, tuple[tuple[str, str], ...]]],
                   period_fine: Callable[[Any, str, str], bool]) -> Prove:
    """A function: record -> (ids_ok, refs_ok, periods_ok).

    - `nested`: (pattern, its top-level key when the pattern is just that list) of the lists
      whose elements' ids are unique (CM-R002): ok when each list of two or more has as many
      distinct ids as elements (the rule's own first test);
    - `references`: (path, target path) of the record-scope references: ok when every string
      at a path is among the strings at its target path;
    - `periods`: (element pattern, "" for the record itself; its (start, end) keys) of
      CM-R020: ok when no element's end may lie before its start (`period_fine` decides the
      odd shapes, as in the rule)."""
    # a reference's target `elements[*].key` is read from the elements, and only where the
    # reference has values: most records hold few of the references the schema allows
    targets = [target.rpartition(".") for _, target in references]
    patterns = [p if top is None else f"{top}[*]" for p, top in nested]
    patterns += [path for path, _ in references] + [elements for elements, _, _ in targets]
    patterns += [p for p, _ in periods if p]
    # null elements stay in the lists: the reference and period checks skip them, and an id
    # list with one fails the id test (then the rule decides), so no proof is wrong
    walk = _Walk(dict.fromkeys(patterns), keep_none=True)
    lines = ["def prove(r):", *walk.code(), "    ids = refs = periods = True"]
    for pattern, top in nested:
        e = walk.var(pattern if top is None else f"{top}[*]")
        lines += [f"    if ids and len({e}) > 1:",
                  "        try:  # (an element without an id, or not a dict: no proof)",
                  f"            ids = len(set(map(get_id, {e}))) == len({e})",
                  "        except (KeyError, TypeError):",
                  "            ids = False"]
    getters: dict[str, str] = {}
    for (path, _), (elements, _, key) in zip(references, targets, strict=True):
        get = getters.setdefault(key, f"get_{len(getters)}")
        lines += [f"    if refs and {walk.var(path)}:",
                  "        try:  # the keys of the elements (one missing, a non-dict: no proof)",
                  f"            known = set(map({get}, {walk.var(elements)}))",
                  "        except (KeyError, TypeError):",
                  "            refs = False",
                  "        else:",
                  f"            for v in {walk.var(path)}:",
                  "                if type(v) is str and v not in known:",
                  "                    refs = False",
                  "                    break"]
    for pattern, pairs in periods:
        lines.append(f"    for el in {walk.var(pattern) if pattern else '(r,)'}:")
        lines.append("        if periods and type(el) is dict:")
        for start, end in pairs:
            lines += [f"            end = el.get({end!r})",
                      "            if end is not None and not (type(end) is str and type(start "
                      f":= el.get({start!r})) is str and end[:10] >= start[:10]) "
                      f"and not fine(el, {start!r}, {end!r}):",
                      "                periods = False"]
    lines.append("    return ids, refs, periods")
    # itemgetter: cheaper than a .get per element; a missing key raises, and fails safe
    return _function(lines, "prove", get_id=itemgetter("id"), fine=period_fine,
                     **{name: itemgetter(key) for key, name in getters.items()})


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
