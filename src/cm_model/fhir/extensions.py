"""Generic, schema-derived extensions: how a slot with no FHIR element travels losslessly.

One extension per (class, slot), URL under the model's canonical
(``https://w3id.org/cm-model/fhir/StructureDefinition/<Class>-<slot>``); its value[x] follows
the slot's range. An inlined record becomes a complex extension whose parts are named by the
slot names of its class, recursively. A multivalued slot repeats the extension; an empty list
is kept with the `empty-list` marker.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from cm_model.fhir.fields import RefCodec
from cm_model.fhir.mapping import EMPTY_LIST_URL
from cm_model.fhir.paths import MISSING
from cm_model.fhir.schema_map import Slot, class_slots, codesystem_url, enums

VALUE_KEYS = {
    "string": "valueString", "uri": "valueUri", "date": "valueDate",
    "datetime": "valueDateTime", "integer": "valueInteger", "float": "valueDecimal",
    "double": "valueDecimal", "decimal": "valueDecimal", "boolean": "valueBoolean",
    "time": "valueTime",
}


def value_type(slot: Slot) -> str:
    """The FHIR value[x] type of a slot's extension (for StructureDefinitions and docs)."""
    if slot.is_class:
        return "Extension" if slot.inlined else "Reference"
    if slot.range in enums():
        return "Coding"
    return VALUE_KEYS.get(slot.range, "valueString")[5:]


def _value(slot: Slot, value: Any, codec: RefCodec) -> dict[str, Any]:
    if slot.range in enums():
        return {"valueCoding": {"system": codesystem_url(slot.range), "code": value}}
    if slot.is_class:
        return {"valueReference": codec.ref(slot.range, value)}
    key = VALUE_KEYS.get(slot.range)
    if key is None:  # a type added to the schema later: keep the JSON value as it is
        key = ("valueBoolean" if isinstance(value, bool) else "valueInteger"
               if isinstance(value, int) else "valueDecimal"
               if isinstance(value, float) else "valueString")
    return {key: value}


def encode(url: str, slot: Slot, value: Any, codec: RefCodec) -> list[dict[str, Any]]:
    """The extension(s) of one slot value (a list: multivalued slots repeat)."""
    if slot.multivalued and isinstance(value, list):
        if not value:
            return [{"url": url, "extension": [{"url": EMPTY_LIST_URL, "valueBoolean": True}]}]
        items = value
    else:
        items = [value]
    out = []
    for item in items:
        if slot.is_class and slot.inlined and isinstance(item, dict):
            out.append({"url": url, "extension": encode_record(slot.range, item, codec)})
        else:
            out.append({"url": url, **_value(slot, item, codec)})
    return out


def encoder(url: str, slot: Slot) -> Callable[[Any, RefCodec], list[dict[str, Any]]]:
    """`encode` for one slot, compiled once (its value key, code system and repetition
    decided here rather than per value): the same extensions, for the export's hot loop.
    The extension of each enum code is made once and shared (nothing writes inside it)."""
    one: Callable[[Any, RefCodec], dict[str, Any]]
    if slot.is_class and slot.inlined:
        target = slot.range
        parts_of: list[Callable[[dict[str, Any], RefCodec], list[dict[str, Any]]]] = []

        def one(item: Any, codec: RefCodec) -> dict[str, Any]:
            if isinstance(item, dict):
                if not parts_of:  # bound at first use: classes may hold each other
                    parts_of.append(record_encoder(target))
                return {"url": url, "extension": parts_of[0](item, codec)}
            return {"url": url, **_value(slot, item, codec)}
    elif slot.range in enums():
        system = codesystem_url(slot.range)
        made = {str(code): {"url": url, "valueCoding": {"system": system, "code": str(code)}}
                for code in (enums()[slot.range].get("permissible_values") or {})}

        def one(item: Any, codec: RefCodec) -> dict[str, Any]:
            if item.__class__ is str:
                shared = made.get(item)
                if shared is not None:
                    return shared
            return {"url": url, "valueCoding": {"system": system, "code": item}}
    elif slot.is_class:
        target = slot.range

        def one(item: Any, codec: RefCodec) -> dict[str, Any]:
            return {"url": url, "valueReference": codec.ref(target, item)}
    elif slot.range in VALUE_KEYS:
        key = VALUE_KEYS[slot.range]

        def one(item: Any, codec: RefCodec) -> dict[str, Any]:
            return {"url": url, key: item}
    else:
        def one(item: Any, codec: RefCodec) -> dict[str, Any]:
            return {"url": url, **_value(slot, item, codec)}
    if not slot.multivalued:
        return lambda value, codec: [one(value, codec)]

    def many(value: Any, codec: RefCodec) -> list[dict[str, Any]]:
        if isinstance(value, list):
            if not value:
                return [{"url": url, "extension": [{"url": EMPTY_LIST_URL,
                                                    "valueBoolean": True}]}]
            return [one(item, codec) for item in value]
        return [one(value, codec)]
    return many


@cache
def record_encoder(class_name: str) -> Callable[[dict[str, Any], RefCodec], list[dict]]:
    """`encode_record` for one class, compiled once into straight-line Python: per slot in
    schema order, its `encoder` (parts named by the slot names); a single value of a plain
    type is written inline (no call per slot a record lacks, none per simple value)."""
    env: dict[str, Any] = {}
    lines = ["def parts_of(record, codec):", "    parts = []"]
    for i, slot in enumerate(class_slots(class_name)):
        lines += [f"    if {slot.name!r} in record:"]
        if not slot.multivalued and not slot.is_class and slot.range not in enums() \
                and slot.range in VALUE_KEYS:
            lines.append(f"        parts.append({{'url': {slot.name!r}, "
                         f"{VALUE_KEYS[slot.range]!r}: record[{slot.name!r}]}})")
        else:
            env[f"E{i}"] = encoder(slot.name, slot)
            lines.append(f"        parts.extend(E{i}(record[{slot.name!r}], codec))")
    lines.append("    return parts")
    exec(compile("\n".join(lines) + "\n", f"<fhir extension parts {class_name}>", "exec"),  # noqa: S102
         env)  # our own code, from the schema
    return env["parts_of"]


def encode_record(class_name: str, record: dict[str, Any], codec: RefCodec) -> list[dict]:
    parts: list[dict[str, Any]] = []
    for slot in class_slots(class_name):
        if slot.name in record:
            parts.extend(encode(slot.name, slot, record[slot.name], codec))
    return parts


def _decode_value(ext: dict[str, Any], codec: RefCodec, where: str) -> Any:
    for key, value in ext.items():
        if key == "valueCoding" and isinstance(value, dict):
            return value.get("code", MISSING)
        if key == "valueReference":
            return codec.ref_id(value, where)
        if key.startswith("value"):
            return value
    return MISSING


def decode(exts: list[dict[str, Any]], slot: Slot, codec: RefCodec, where: str) -> Any:
    """The slot value from its extension(s); MISSING when there are none."""
    if not exts:
        return MISSING
    values = []
    for i, ext in enumerate(exts):
        at = f"{where}.extension[{slot.name}][{i}]"
        parts = ext.get("extension")
        if isinstance(parts, list) and parts and parts[0].get("url") == EMPTY_LIST_URL:
            return []
        if slot.is_class and slot.inlined:
            values.append(decode_record(slot.range, parts or [], codec, at))
        else:
            values.append(_decode_value(ext, codec, at))
    if slot.multivalued:
        return values
    return values[0]


def decode_record(class_name: str, parts: list[dict[str, Any]], codec: RefCodec,
                  where: str) -> dict[str, Any]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for part in parts:
        if isinstance(part, dict):
            grouped.setdefault(str(part.get("url")), []).append(part)
    out = {}
    for slot in class_slots(class_name):
        value = decode(grouped.get(slot.name, []), slot, codec, where)
        if value is not MISSING:
            out[slot.name] = value
    return out
