"""The generated, closed JSON Schema: compiled validators per class and the field types that
tabular readers need to turn cell text into typed values."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from cm_model.paths import JSON_SCHEMA_PATH

ENVELOPE_CLASS = "Export"


class SchemaUnavailable(RuntimeError):
    pass


@cache
def json_schema() -> dict[str, Any]:
    try:
        return json.loads(JSON_SCHEMA_PATH.read_text(encoding="utf-8"))
    except OSError as exc:  # a checkout before `cm-model generate`
        raise SchemaUnavailable(f"{JSON_SCHEMA_PATH} missing; run `cm-model generate`") from exc


def defs() -> dict[str, Any]:
    return json_schema().get("$defs", {})


def is_class(name: str) -> bool:
    d = defs().get(name)
    return isinstance(d, dict) and d.get("type") == "object" or (
        isinstance(d, dict) and "properties" in d
    )


@cache
def class_names() -> tuple[str, ...]:
    return tuple(sorted(n for n in defs() if is_class(n)))


@cache
def validator(class_name: str) -> Any:
    """A compiled validator for one class (jsonschema-rs; the reference package as fallback)."""
    root = json_schema()
    schema = {"$ref": f"#/$defs/{class_name}", "$defs": root.get("$defs", {})}
    if "$schema" in root:
        schema["$schema"] = root["$schema"]
    try:
        import jsonschema_rs

        return jsonschema_rs.validator_for(schema, validate_formats=True)
    except ImportError:  # pragma: no cover - jsonschema-rs is a declared dependency
        import jsonschema

        cls = jsonschema.validators.validator_for(schema)
        return cls(schema, format_checker=cls.FORMAT_CHECKER)


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # string | integer | number | boolean | date | datetime | enum | object | any
    multivalued: bool = False
    ref: str | None = None  # class name for kind == "object", enum name for kind == "enum"
    required: bool = False


def _ref_name(node: dict[str, Any]) -> str | None:
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return ref[len("#/$defs/"):]
    return None


def _resolve(node: dict[str, Any]) -> tuple[str, bool, str | None]:
    """(kind, multivalued, ref) of a property node, looking through nullable wrappers."""
    if "anyOf" in node or "oneOf" in node:
        options = [o for o in node.get("anyOf", node.get("oneOf", [])) if o.get("type") != "null"]
        if options:
            return _resolve(options[0])
    name = _ref_name(node)
    if name is not None:
        target = defs().get(name, {})
        if "enum" in target:
            return "enum", False, name
        if is_class(name):
            return "object", False, name
        return _resolve(target)
    types = node.get("type")
    if isinstance(types, list):
        types = [t for t in types if t != "null"]
        types = types[0] if types else "any"
    if types == "array":
        kind, _, ref = _resolve(node.get("items", {}))
        return kind, True, ref
    if "enum" in node:
        return "enum", False, None
    if types == "string":
        fmt = node.get("format")
        if fmt == "date":
            return "date", False, None
        if fmt == "date-time":
            return "datetime", False, None
        return "string", False, None
    if types in ("integer", "number", "boolean", "object"):
        return types, False, None
    return "any", False, None


@cache
def fields(class_name: str) -> dict[str, Field]:
    node = defs().get(class_name, {})
    required = set(node.get("required", []))
    out = {}
    for name, prop in node.get("properties", {}).items():
        kind, multi, ref = _resolve(prop)
        out[name] = Field(name, kind, multi, ref, name in required)
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
    for cls in class_names():
        names[cls.lower()] = cls
    for slot, cls in envelope_lists().items():
        names.setdefault(slot.lower(), cls)
    try:
        from cm_model.schema_info import labels, load_schema_dict

        for cls, element in (load_schema_dict().get("classes") or {}).items():
            if cls not in class_names():
                continue
            for label in labels(element or {}).values():
                names.setdefault(label.strip().lower(), cls)
        # sheet names such as "Palvelutapahtumat": the labels of the envelope's list slots
        envelope = (load_schema_dict().get("classes") or {}).get(ENVELOPE_CLASS) or {}
        slots = load_schema_dict().get("slots") or {}
        for slot, cls in envelope_lists().items():
            for source in ((envelope.get("slot_usage") or {}).get(slot),
                           (envelope.get("attributes") or {}).get(slot), slots.get(slot)):
                for label in labels(source or {}).values():
                    names.setdefault(label.strip().lower(), cls)
    except Exception:  # noqa: BLE001 - labels are a convenience; the class names always work
        pass
    return names


def find_class(name: str) -> str | None:
    return class_lookup().get(name.strip().lower())
