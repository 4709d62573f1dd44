"""Mermaid class diagrams of the schema, size-guarded so every diagram stays legible.

A diagram never holds more than MAX_NODES classes or MAX_MEMBERS attribute lines per class;
larger neighbourhoods are split into several diagrams and long attribute lists are cut with a
pointer to the full table on the page.
"""

from __future__ import annotations

MAX_NODES = 9  # classes in one diagram, the focus class included
MAX_MEMBERS = 14  # attribute lines shown inside one class box


def cardinality(required: bool, multivalued: bool) -> str:
    low = "1" if required else "0"
    if multivalued:
        return f"{low}..*"
    return "1" if required else "0..1"


def _member(name: str, range_: str, card: str) -> str:
    # Mermaid reads "~" as generics and "(" as a method: keep both out of member text.
    return f"    +{range_} {name} [{card}]"


def class_box(name: str, members: list[tuple[str, str, str]], more_word: str) -> list[str]:
    lines = [f"  class {name} {{"]
    shown = members[:MAX_MEMBERS]
    lines += [_member(*m) for m in shown]
    if len(members) > len(shown):
        lines.append(f"    +… {len(members) - len(shown)} {more_word}")
    lines.append("  }")
    return lines


Relation = tuple[str, str, str]  # (slot, other class, cardinality)


def neighbourhood(
    focus: str,
    members: list[tuple[str, str, str]],
    children: list[Relation],
    parents: list[Relation],
    more_word: str,
    refs_out: list[Relation] | None = None,
    refs_in: list[Relation] | None = None,
) -> list[str]:
    """Mermaid sources for one class: its attributes, the classes it holds (composition, solid
    diamond), the classes that hold it, and id references (dotted arrows) both ways.
    Split into several diagrams when the neighbourhood has more than MAX_NODES classes."""
    relations = ([("child", *c) for c in children] + [("parent", *p) for p in parents]
                 + [("ref_out", *r) for r in refs_out or []]
                 + [("ref_in", *r) for r in refs_in or []])
    chunks: list[list[tuple[str, str, str, str]]] = []
    room = MAX_NODES - 1
    for start in range(0, max(len(relations), 1), room):
        chunks.append(relations[start:start + room])
    diagrams = []
    for index, chunk in enumerate(chunks):
        lines = ["classDiagram", "  direction LR"]
        # Attributes only in the first diagram; the later ones repeat the focus box bare.
        lines += class_box(focus, members if index == 0 else [], more_word)
        for kind, slot, other, card in chunk:
            if kind == "child":
                lines.append(f'  {focus} "1" *-- "{card}" {other} : {slot}')
            elif kind == "parent":
                lines.append(f'  {other} "1" *-- "{card}" {focus} : {slot}')
            elif kind == "ref_out":
                lines.append(f'  {focus} ..> "{card}" {other} : {slot}')
            else:
                lines.append(f'  {other} ..> "{card}" {focus} : {slot}')
        diagrams.append("\n".join(lines))
    return diagrams


def overview(edges: list[tuple[str, str, str, str]], title_classes: list[str]) -> list[str]:
    """Composition overview split per holder class: one small diagram per holder, each with at
    most MAX_NODES classes. `edges` are (holder, slot, held, cardinality)."""
    by_holder: dict[str, list[tuple[str, str, str]]] = {}
    for holder, slot, held, card in edges:
        by_holder.setdefault(holder, []).append((slot, held, card))
    out = []
    for holder in title_classes:
        rel = by_holder.get(holder, [])
        room = MAX_NODES - 1
        for start in range(0, len(rel), room):
            lines = ["classDiagram", "  direction LR", f"  class {holder}"]
            for slot, held, card in rel[start:start + room]:
                lines.append(f'  {holder} "1" *-- "{card}" {held} : {slot}')
            out.append("\n".join(lines))
    return out


def count_nodes(source: str) -> int:
    """Distinct class names in a diagram produced here (used by the size tests)."""
    names: set[str] = set()
    for line in source.splitlines():
        line = line.strip()
        if line.startswith("class ") and not line.startswith("classDiagram"):
            names.add(line.split()[1].rstrip("{"))
        elif "*--" in line or "..>" in line:
            left, right = line.split("*--" if "*--" in line else "..>")
            names.add(left.split()[0])
            names.add(right.split(":")[0].split()[-1])
    return len(names)

