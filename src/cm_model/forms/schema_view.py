"""A small, LinkML-free view of the schema YAML: what the forms need to know about slots.

Importing LinkML costs seconds; the forms only need induced slots (inheritance, slot_usage,
attributes), ranges, cardinality, bounds, enums and labels, so they read the parsed YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cm_model.schema_info import labels, load_schema_dict

# LinkML built-in types (and their usual aliases) mapped to the cell kinds the forms handle.
_BUILTIN_KINDS = {
    "string": "text",
    "str": "text",
    "uri": "text",
    "uriorcurie": "text",
    "curie": "text",
    "ncname": "text",
    "objectidentifier": "text",
    "nodeidentifier": "text",
    "integer": "integer",
    "int": "integer",
    "float": "decimal",
    "double": "decimal",
    "decimal": "decimal",
    "boolean": "boolean",
    "bool": "boolean",
    "date": "date",
    "datetime": "datetime",
    "time": "text",
}


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
    def __init__(self, schema: dict[str, Any]) -> None:
        self.schema = schema
        self.classes: dict[str, dict[str, Any]] = schema.get("classes") or {}
        self.slots: dict[str, dict[str, Any]] = schema.get("slots") or {}
        self.enums: dict[str, dict[str, Any]] = schema.get("enums") or {}
        self.types: dict[str, dict[str, Any]] = schema.get("types") or {}
        self.default_range: str = schema.get("default_range") or "string"
        self._induced: dict[str, dict[str, Slot]] = {}

    @property
    def version(self) -> str:
        return str(self.schema.get("version", "unknown"))

    # -- classes ---------------------------------------------------------------------------
    def _ancestors(self, cls: str) -> list[str]:
        """The class and its ancestors, most general first (so specific definitions win)."""
        chain: list[str] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            if name in seen or name not in self.classes:
                return
            seen.add(name)
            definition = self.classes[name]
            if definition.get("is_a"):
                visit(definition["is_a"])
            for mixin in definition.get("mixins") or []:
                visit(mixin)
            chain.append(name)

        visit(cls)
        return chain

    def _raw_slots(self, cls: str) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}
        for ancestor in self._ancestors(cls):
            definition = self.classes[ancestor]
            for name in definition.get("slots") or []:
                merged.setdefault(name, dict(self.slots.get(name) or {}))
            for name, attr in (definition.get("attributes") or {}).items():
                base = merged.setdefault(name, dict(self.slots.get(name) or {}))
                base.update(attr or {})
            for name, usage in (definition.get("slot_usage") or {}).items():
                base = merged.setdefault(name, dict(self.slots.get(name) or {}))
                base.update(usage or {})
        return merged

    def class_slots(self, cls: str) -> dict[str, Slot]:
        """Induced slots of a class, in schema order (ancestors' slots first)."""
        if cls in self._induced:
            return self._induced[cls]
        merged = self._raw_slots(cls)
        result = {name: self._make_slot(name, spec) for name, spec in merged.items()}
        self._induced[cls] = result
        return result

    def identifier(self, cls: str) -> str | None:
        for name, spec in self._raw_slots(cls).items():
            if spec.get("identifier"):
                return name
        return None

    def class_labels(self, cls: str) -> dict[str, str]:
        definition = self.classes.get(cls) or {}
        found = labels(definition)
        found.setdefault("en", definition.get("title") or cls)
        return found

    # -- slots -----------------------------------------------------------------------------
    def _kind(self, rng: str, spec: dict[str, Any]) -> str:
        if rng in self.enums:
            return "enum"
        if rng in self.classes:
            inlined = spec.get("inlined") or spec.get("inlined_as_list")
            if self.identifier(rng) is None or inlined:
                return "object"
            return "reference"
        seen: set[str] = set()
        while rng in self.types and rng not in seen:
            seen.add(rng)
            base = self.types[rng]
            if base.get("typeof"):
                rng = base["typeof"]
            else:
                uri = str(base.get("base") or base.get("uri") or "string").lower()
                for key, kind in _BUILTIN_KINDS.items():
                    if uri.endswith(key):
                        return kind
                return "text"
        return _BUILTIN_KINDS.get(rng.lower(), "text")

    def _make_slot(self, name: str, spec: dict[str, Any]) -> Slot:
        rng = spec.get("range") or self.default_range
        descriptions = {"en": (spec.get("description") or "").strip()}
        # Finnish descriptions, when the schema carries them, live in annotations or aliases.
        ann = spec.get("annotations") or {}
        for lang in ("fi", "sv"):
            value = ann.get(f"description_{lang}")
            if isinstance(value, dict):
                value = value.get("value")
            if value:
                descriptions[lang] = str(value).strip()
        examples = tuple(
            str(ex.get("value")) for ex in (spec.get("examples") or [])
            if isinstance(ex, dict) and ex.get("value") is not None
        )
        found = labels(spec)
        found.setdefault("en", spec.get("title") or name.replace("_", " "))
        return Slot(
            name=name,
            range=rng,
            kind=self._kind(rng, spec),
            required=bool(spec.get("required") or spec.get("identifier")),
            multivalued=bool(spec.get("multivalued")),
            identifier=bool(spec.get("identifier")),
            minimum=_number(spec.get("minimum_value")),
            maximum=_number(spec.get("maximum_value")),
            pattern=spec.get("pattern"),
            description=descriptions["en"],
            labels=found,
            examples=examples,
            descriptions=descriptions,
        )

    # -- enums -----------------------------------------------------------------------------
    def enum_values(self, enum: str) -> list[EnumValue]:
        definition = self.enums.get(enum) or {}
        values = []
        for code, pv in (definition.get("permissible_values") or {}).items():
            pv = pv or {}
            found = labels(pv)
            found.setdefault("en", pv.get("title") or str(code))
            values.append(EnumValue(str(code), found, (pv.get("description") or "").strip()))
        return values

    def enum_labels(self, enum: str) -> dict[str, str]:
        definition = self.enums.get(enum) or {}
        found = labels(definition)
        found.setdefault("en", definition.get("title") or enum)
        return found


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


@cache
def current_view() -> SchemaView:
    return SchemaView(load_schema_dict())
