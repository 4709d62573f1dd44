"""Compiled validators per class (from the generated, closed JSON Schema) and the field types
that tabular readers need to turn cell text into typed values (from the generated schema index,
`cm_model.schema_info`: the one run-time view of the schema)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cm_model import schema_info
from cm_model.paths import JSON_SCHEMA_PATH

ENVELOPE_CLASS = "Export"


# A generated file (JSON Schema or schema index) is missing: a checkout before `cm-model
# generate`. One exception for both, so the CLI reports either the same way.
SchemaUnavailable = schema_info.IndexUnavailable


@cache
def json_schema() -> dict[str, Any]:
    try:
        return json.loads(JSON_SCHEMA_PATH.read_text(encoding="utf-8"))
    except OSError as exc:  # a checkout before `cm-model generate`
        raise SchemaUnavailable(f"{JSON_SCHEMA_PATH} missing; run `cm-model generate`") from exc


def defs() -> dict[str, Any]:
    return json_schema().get("$defs", {})


@cache
def validator(class_name: str) -> Any:
    """A compiled validator for one class (jsonschema-rs)."""
    import jsonschema_rs

    root = json_schema()
    schema = {"$ref": f"#/$defs/{class_name}", "$defs": root.get("$defs", {})}
    if "$schema" in root:
        schema["$schema"] = root["$schema"]
    return jsonschema_rs.validator_for(schema, validate_formats=True)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # string | integer | number | boolean | date | datetime | enum | object | any
    multivalued: bool = False
    ref: str | None = None  # class name for kind == "object", enum name for kind == "enum"
    required: bool = False


# index kinds -> the value kinds of the tabular readers (a reference holds an id: a string)
_KINDS = {"text": "string", "reference": "string", "decimal": "number"}


def class_names() -> tuple[str, ...]:
    return schema_info.class_names()


def is_class(name: str) -> bool:
    return name in schema_info.index()["classes"]


@cache
def fields(class_name: str) -> dict[str, Field]:
    """Induced fields of a class (from the generated schema index), in schema order."""
    out = {}
    for name, slot in schema_info.class_fields(class_name).items():
        kind = _KINDS.get(slot["kind"], slot["kind"])
        ref = slot["range"] if kind in ("object", "enum") else None
        out[name] = Field(name, kind, slot["multivalued"], ref, slot["required"])
    return out


@cache
def envelope_lists() -> dict[str, str]:
    """Slots of the export envelope that hold lists of records: slot -> class."""
    return {
        f.name: f.ref
        for f in fields(ENVELOPE_CLASS).values()
        if f.multivalued and f.kind == "object" and f.ref
    }


@cache
def class_lookup() -> dict[str, str]:
    """Names a user may give for a class (class name, envelope slot, fi/sv/en labels; any case)
    mapped to the class name."""
    names: dict[str, str] = {}
    classes = schema_info.index()["classes"]
    for cls in class_names():
        names[cls.lower()] = cls
    for slot, cls in envelope_lists().items():
        names.setdefault(slot.lower(), cls)
    for cls in class_names():
        for label in classes[cls]["labels"].values():
            names.setdefault(label.strip().lower(), cls)
    # sheet names such as "Palvelutapahtumat": the labels of the envelope's list slots
    envelope = schema_info.class_fields(ENVELOPE_CLASS)
    for slot, cls in envelope_lists().items():
        for label in envelope[slot]["labels"].values():
            names.setdefault(label.strip().lower(), cls)
    return names


def find_class(name: str) -> str | None:
    return class_lookup().get(name.strip().lower())
