"""What the FHIR mapping needs to know about the schema, read from `schema/cm_model.yaml`.

Nothing here is hand-kept: classes, slots, ranges, identifier slots, enum codes and the FHIR
mappings on classes and enum values all come from the schema, so a slot added in a later schema
version is exported (as a generic extension) without a code change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from cm_model.schema_info import labels, load_schema_dict

CANONICAL = "https://w3id.org/cm-model"
FHIR_BASE = f"{CANONICAL}/fhir"
PRIMITIVES = {"string", "date", "datetime", "integer", "float", "boolean", "uri", "decimal",
              "double", "time"}


@dataclass(frozen=True)
class Slot:
    name: str
    range: str
    multivalued: bool
    required: bool
    identifier: bool
    inlined: bool
    title: str
    description: str
    is_class: bool = False
    is_enum: bool = False


@cache
def classes() -> dict[str, dict[str, Any]]:
    return load_schema_dict().get("classes") or {}


@cache
def enums() -> dict[str, dict[str, Any]]:
    return load_schema_dict().get("enums") or {}


def _merged_slot(class_name: str, slot_name: str) -> dict[str, Any]:
    schema = load_schema_dict()
    merged = dict((schema.get("slots") or {}).get(slot_name) or {})
    cls = classes()[class_name]
    merged.update((cls.get("attributes") or {}).get(slot_name) or {})
    merged.update((cls.get("slot_usage") or {}).get(slot_name) or {})
    return merged


def _ancestors(class_name: str) -> list[str]:
    chain, name = [], class_name
    while name and name not in chain:
        chain.append(name)
        name = classes()[name].get("is_a")
    return list(reversed(chain))


@cache
def class_slots(class_name: str) -> tuple[Slot, ...]:
    """The induced slots of a class in schema order (inherited first)."""
    names: list[str] = []
    for ancestor in _ancestors(class_name):
        cls = classes()[ancestor]
        for mixin in cls.get("mixins") or []:
            names.extend(classes()[mixin].get("slots") or [])
        names.extend(cls.get("slots") or [])
        names.extend((cls.get("attributes") or {}).keys())
    seen: list[str] = []
    for name in names:
        if name not in seen:
            seen.append(name)
    out = []
    for name in seen:
        d = _merged_slot(class_name, name)
        rng = d.get("range") or load_schema_dict().get("default_range") or "string"
        is_class = rng in classes()
        out.append(Slot(
            name=name, range=rng, multivalued=bool(d.get("multivalued")),
            required=bool(d.get("required")), identifier=bool(d.get("identifier")),
            # Class-ranged slots without `inlined` are references by identifier (LinkML rule).
            inlined=bool(is_class and (d.get("inlined") or d.get("inlined_as_list"))),
            title=str(d.get("title") or name), description=str(d.get("description") or ""),
            is_class=is_class, is_enum=rng in enums(),
        ))
    return tuple(out)


@cache
def slot_of(class_name: str, slot_name: str) -> Slot:
    for slot in class_slots(class_name):
        if slot.name == slot_name:
            return slot
    raise KeyError(f"{class_name}.{slot_name}")


@cache
def identifier_slot(class_name: str) -> str | None:
    for slot in class_slots(class_name):
        if slot.identifier:
            return slot.name
    return None


def fhir_mappings(element: dict[str, Any]) -> list[str]:
    """The element's `fhir:` exact mappings first, then close mappings, prefix removed."""
    out = []
    for key in ("exact_mappings", "close_mappings"):
        for curie in element.get(key) or []:
            if str(curie).startswith("fhir:"):
                out.append(str(curie)[5:])
    return out


@cache
def class_fhir_targets(class_name: str) -> tuple[str, ...]:
    return tuple(fhir_mappings(classes()[class_name]))


def slot_fhir_mappings(class_name: str, slot_name: str) -> list[str]:
    return fhir_mappings(_merged_slot(class_name, slot_name))


@cache
def enum_fhir_code(enum_name: str, code: str, prefix: str) -> str | None:
    """The FHIR code a permissible value maps to in a code system named by `prefix`."""
    value = (enums()[enum_name].get("permissible_values") or {}).get(code) or {}
    for key in ("exact_mappings", "close_mappings"):
        for curie in value.get(key) or []:
            pre, _, local = str(curie).partition(":")
            if pre == prefix:
                return local
    return None


@cache
def enum_label(enum_name: str, code: str, lang: str = "en") -> str | None:
    value = (enums()[enum_name].get("permissible_values") or {}).get(code)
    if value is None:
        return None
    return labels(value or {}).get(lang) or (value or {}).get("title")


def class_title(class_name: str, lang: str = "en") -> str:
    cls = classes()[class_name]
    return labels(cls).get(lang) or cls.get("title") or class_name


def slot_label(class_name: str, slot_name: str, lang: str = "en") -> str:
    d = _merged_slot(class_name, slot_name)
    return labels(d).get(lang) or d.get("title") or slot_name


@cache
def extension_url(class_name: str, slot_name: str) -> str:
    """The generic extension of a slot. Slots are global in LinkML, but a slot_usage may narrow
    one per class, so the URL names both."""
    return f"{FHIR_BASE}/StructureDefinition/{class_name}-{slot_name}"


@cache
def codesystem_url(enum_name: str) -> str:
    return f"{FHIR_BASE}/CodeSystem/{enum_name}"


def id_system(class_name: str) -> str:
    """Identifier system for a class's own identifiers (the export's record ids)."""
    return f"{CANONICAL}/id/{class_name}"


def schema_version() -> str:
    return str(load_schema_dict().get("version") or "")
