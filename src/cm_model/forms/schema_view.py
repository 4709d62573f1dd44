"""The forms' view of the schema: induced slots, ranges, cardinality, bounds, enums and labels,
all read from the generated schema index (`cm_model.schema_info`), never from the YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cm_model.schema_info import index


@dataclass(frozen=True)
class Slot:
    """One slot of one class, after inheritance and slot_usage are applied."""

    name: str
    range: str
    kind: str  # text | integer | decimal | boolean | date | datetime | enum | object | reference
    required: bool
    multivalued: bool
    identifier: bool
    minimum: float | None
    maximum: float | None
    pattern: str | None
    description: str
    labels: dict[str, str]
    examples: tuple[str, ...] = ()
    descriptions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class EnumValue:
    code: str
    labels: dict[str, str]
    description: str


class SchemaView:
    """What the forms need about the schema, read from the generated schema index.

    `SchemaView(schema)` takes the index (`cm_model.schema_info.index()`) or, at generate time
    before the index file exists, the parsed schema YAML (the index is then computed in memory
    by the same function that writes the file)."""

    def __init__(self, schema: dict[str, Any]) -> None:
        if "code_lists" not in schema:  # the raw YAML: derive the index the same way
            from cm_model.generation.schema_index import compute

            schema = compute(schema)
        self.index = schema
        self._induced: dict[str, dict[str, Slot]] = {}

    @property
    def version(self) -> str:
        return str(self.index.get("schema_version") or "unknown")

    # -- classes ---------------------------------------------------------------------------
    @property
    def classes(self) -> list[str]:
        """Every class of the schema, in schema order."""
        return list(self.index["classes"])

    def class_slots(self, cls: str) -> dict[str, Slot]:
        """Induced slots of a class, in schema order (ancestors' slots first)."""
        found = self._induced.get(cls)
        if found is None:
            entry = self.index["classes"].get(cls) or {"slots": []}
            found = self._induced[cls] = {s["name"]: _slot(s) for s in entry["slots"]}
        return found

    def identifier(self, cls: str) -> str | None:
        entry = self.index["classes"].get(cls)
        return entry["identifier"] if entry else None

    def class_labels(self, cls: str) -> dict[str, str]:
        entry = self.index["classes"].get(cls) or {}
        found = dict(entry.get("labels") or {})
        found.setdefault("en", entry.get("title") or cls)
        return found

    # -- enums -----------------------------------------------------------------------------
    def enum_values(self, enum: str) -> list[EnumValue]:
        entry = self.index["enums"].get(enum) or {"values": []}
        return [EnumValue(v["code"], dict(v["labels"]), v["description"])
                for v in entry["values"]]

    def enum_labels(self, enum: str) -> dict[str, str]:
        entry = self.index["enums"].get(enum) or {}
        found = dict(entry.get("labels") or {})
        found.setdefault("en", entry.get("title") or enum)
        return found


def _slot(entry: dict[str, Any]) -> Slot:
    return Slot(
        name=entry["name"], range=entry["range"], kind=entry["kind"],
        required=entry["required"], multivalued=entry["multivalued"],
        identifier=entry["identifier"], minimum=_number(entry["minimum"]),
        maximum=_number(entry["maximum"]), pattern=entry["pattern"],
        description=entry["descriptions"].get("en", ""), labels=dict(entry["labels"]),
        examples=tuple(entry["examples"]), descriptions=dict(entry["descriptions"]),
    )


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


@cache
def current_view() -> SchemaView:
    return SchemaView(index())
