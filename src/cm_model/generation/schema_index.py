"""The schema index: every fact the tools need about the schema, derived once at generate time.

`compute(schema)` turns the parsed LinkML YAML into plain JSON-able tables: induced slots per
class (inheritance through ``is_a`` and mixins, ``attributes`` and ``slot_usage`` applied),
identifier slots, references (class-ranged slots that are not inlined), event dates and
periods (marked in the schema with the annotations ``date_kind: event`` and
``period_start: <slot>``), code lists from the enums and the WHOQOL-BREF item tables
(annotations on the ``WhoqolDomain`` enum). `build(root)` writes it to
``src/cm_model/datamodel/schema_index.json``, which the Python tools (`cm_model.schema_info`)
and the browser validator (bundled by ``web/build.mjs``) both read. Pure and deterministic:
no LinkML import, sorted where the schema gives no order.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

INDEX_REL = "src/cm_model/datamodel/schema_index.json"
SCHEMA_REL = "schema/cm_model.yaml"
ENVELOPE_CLASS = "Export"
WHOQOL_ENUM = "WhoqolDomain"

# LinkML built-in types mapped to the value kinds the tools handle.
BUILTIN_KINDS = {
    "string": "text", "str": "text", "uri": "text", "uriorcurie": "text", "curie": "text",
    "ncname": "text", "objectidentifier": "text", "nodeidentifier": "text", "time": "text",
    "integer": "integer", "int": "integer", "float": "decimal", "double": "decimal",
    "decimal": "decimal", "boolean": "boolean", "bool": "boolean", "date": "date",
    "datetime": "datetime",
}


def _labels(element: dict[str, Any]) -> dict[str, str]:
    found: dict[str, str] = {}
    for alias in element.get("structured_aliases") or []:
        lang = alias.get("in_language") if isinstance(alias, dict) else None
        if lang and "literal_form" in alias:
            found.setdefault(lang, alias["literal_form"])
    return dict(sorted(found.items()))


def _annotations(element: dict[str, Any]) -> dict[str, Any]:
    """Annotations as key -> value (LinkML allows both `key: value` and `key: {value: ...}`)."""
    out: dict[str, Any] = {}
    for key, value in (element.get("annotations") or {}).items():
        if isinstance(value, dict) and "value" in value:
            value = value["value"]
        out[str(key)] = value
    return out


def _number(value: Any) -> float | int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return value
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class _Schema:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.classes: dict[str, dict[str, Any]] = data.get("classes") or {}
        self.slots: dict[str, dict[str, Any]] = data.get("slots") or {}
        self.enums: dict[str, dict[str, Any]] = data.get("enums") or {}
        self.types: dict[str, dict[str, Any]] = data.get("types") or {}
        self.default_range = data.get("default_range") or "string"

    def ancestors(self, cls: str) -> list[str]:
        """The class and its ancestors, most general first (specific definitions win)."""
        chain: list[str] = []
        seen: set[str] = set()

        def visit(name: str) -> None:
            if name in seen or name not in self.classes:
                return
            seen.add(name)
            definition = self.classes[name] or {}
            if definition.get("is_a"):
                visit(definition["is_a"])
            for mixin in definition.get("mixins") or []:
                visit(mixin)
            chain.append(name)

        visit(cls)
        return chain

    def raw_slots(self, cls: str) -> dict[str, dict[str, Any]]:
        merged: dict[str, dict[str, Any]] = {}

        def overlay(name: str, extra: dict[str, Any] | None) -> None:
            base = merged.setdefault(name, dict(self.slots.get(name) or {}))
            for key, value in (extra or {}).items():
                if key == "annotations":  # annotations merge key by key
                    base["annotations"] = {**(base.get("annotations") or {}), **(value or {})}
                else:
                    base[key] = value

        for ancestor in self.ancestors(cls):
            definition = self.classes[ancestor] or {}
            for name in definition.get("slots") or []:
                merged.setdefault(name, dict(self.slots.get(name) or {}))
            for name, attr in (definition.get("attributes") or {}).items():
                overlay(name, attr)
            for name, usage in (definition.get("slot_usage") or {}).items():
                overlay(name, usage)
        return merged

    def identifier(self, cls: str) -> str | None:
        for name, spec in self.raw_slots(cls).items():
            if spec.get("identifier"):
                return name
        return None

    def kind(self, rng: str, spec: dict[str, Any]) -> str:
        if rng in self.enums:
            return "enum"
        if rng in self.classes:
            inlined = spec.get("inlined") or spec.get("inlined_as_list")
            return "object" if inlined or self.identifier(rng) is None else "reference"
        seen: set[str] = set()
        while rng in self.types and rng not in seen:
            seen.add(rng)
            base = self.types[rng] or {}
            if base.get("typeof"):
                rng = base["typeof"]
                continue
            uri = str(base.get("base") or base.get("uri") or "string").lower()
            for key, kind in BUILTIN_KINDS.items():
                if uri.endswith(key):
                    return kind
            return "text"
        return BUILTIN_KINDS.get(rng.lower(), "text")

    def slot(self, name: str, spec: dict[str, Any]) -> dict[str, Any]:
        rng = spec.get("range") or self.default_range
        ann = _annotations(spec)
        descriptions = {"en": (spec.get("description") or "").strip()}
        for lang in ("fi", "sv"):
            if ann.get(f"description_{lang}"):
                descriptions[lang] = str(ann[f"description_{lang}"]).strip()
        found = _labels(spec)
        found.setdefault("en", spec.get("title") or name.replace("_", " "))
        return {
            "name": name,
            "range": rng,
            "kind": self.kind(rng, spec),
            "required": bool(spec.get("required") or spec.get("identifier")),
            "multivalued": bool(spec.get("multivalued")),
            "identifier": bool(spec.get("identifier")),
            "minimum": _number(spec.get("minimum_value")),
            "maximum": _number(spec.get("maximum_value")),
            "pattern": spec.get("pattern"),
            "title": spec.get("title") or "",
            "labels": dict(sorted(found.items())),
            "descriptions": dict(sorted(descriptions.items())),
            "examples": [str(ex.get("value")) for ex in (spec.get("examples") or [])
                         if isinstance(ex, dict) and ex.get("value") is not None],
            "date_kind": ann.get("date_kind"),
            "period_start": ann.get("period_start"),
        }


def _walk(schema: _Schema, classes: dict[str, Any], root: str) -> list[tuple[str, str]]:
    """(pattern, class) of every inlined element reachable from `root`, the root as ''."""
    out = [("", root)]

    def visit(cls: str, prefix: str, seen: frozenset[str]) -> None:
        for slot in classes[cls]["slots"]:
            if slot["kind"] != "object" or slot["range"] not in classes \
                    or slot["range"] in seen:
                continue
            pattern = prefix + slot["name"] + ("[*]" if slot["multivalued"] else "")
            out.append((pattern, slot["range"]))
            visit(slot["range"], pattern + ".", seen | {slot["range"]})

    visit(root, "", frozenset({root}))
    return out


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def compute(data: dict[str, Any]) -> dict[str, Any]:
    schema = _Schema(data)
    classes: dict[str, Any] = {}
    for cls in schema.classes:
        definition = schema.classes[cls] or {}
        found = _labels(definition)
        found.setdefault("en", definition.get("title") or cls)
        classes[cls] = {
            "title": definition.get("title") or cls,
            "labels": dict(sorted(found.items())),
            "description": (definition.get("description") or "").strip(),
            "identifier": schema.identifier(cls),
            "slots": [schema.slot(n, s) for n, s in schema.raw_slots(cls).items()],
        }

    enums: dict[str, Any] = {}
    for name, definition in schema.enums.items():
        definition = definition or {}
        found = _labels(definition)
        found.setdefault("en", definition.get("title") or name)
        values = []
        for code, pv in (definition.get("permissible_values") or {}).items():
            pv = pv or {}
            pv_labels = _labels(pv)
            pv_labels.setdefault("en", pv.get("title") or str(code))
            values.append({"code": str(code), "labels": dict(sorted(pv_labels.items())),
                           "description": (pv.get("description") or "").strip()})
        enums[name] = {"title": definition.get("title") or name,
                       "labels": dict(sorted(found.items())), "values": values}

    # Records: the classes the envelope lists (and its single organisation); each is read on
    # its own too (a JSON Lines file of clients, a CSV of service contacts).
    envelope = {s["name"]: s for s in classes.get(ENVELOPE_CLASS, {}).get("slots", [])}
    record_slots = {name: s["range"] for name, s in envelope.items()
                    if s["kind"] == "object" and s["range"] in classes}
    records = sorted(set(record_slots.values()))
    top_level_id = {cls: classes[cls]["identifier"] for cls in records
                    if classes[cls]["identifier"]}

    nested_id_lists: dict[str, list[str]] = {}
    references: list[dict[str, Any]] = []
    event_dates: dict[str, list[str]] = {}
    periods: dict[str, list[list[str]]] = {}
    paths: dict[str, dict[str, str]] = {}
    for root in records:
        walk = _walk(schema, classes, root)
        paths[root] = {cls: pattern for pattern, cls in reversed(walk) if pattern}
        ids_of = {}
        for pattern, cls in walk:
            ident = classes[cls]["identifier"]
            if pattern and ident and pattern.endswith("[*]"):
                nested_id_lists.setdefault(root, []).append(pattern)
            if ident:
                ids_of.setdefault(cls, _join(pattern, ident))
        for pattern, cls in walk:
            for slot in classes[cls]["slots"]:
                where = _join(pattern, slot["name"])
                if slot["kind"] == "reference":
                    target = slot["range"]
                    ref = {"record": root, "class": cls, "slot": slot["name"],
                           "path": where + ("[*]" if slot["multivalued"] else ""),
                           "target": target,
                           "target_id": classes[target]["identifier"]}
                    if target in top_level_id:  # resolves among the export's records
                        ref["scope"] = "export"
                    else:  # a sibling element of the same record
                        ref["scope"] = "record"
                        ref["target_path"] = ids_of.get(target)
                    references.append(ref)
                if slot["kind"] in ("date", "datetime"):
                    if slot["date_kind"] == "event":
                        event_dates.setdefault(root, []).append(where)
                    start = slot["period_start"]
                    if start:
                        periods.setdefault(root, []).append([pattern, start, slot["name"]])

    return {
        "$comment": "generated from schema/cm_model.yaml by `cm-model generate` — do not edit",
        "schema_version": str(data.get("version", "")),
        "envelope": ENVELOPE_CLASS,
        "records": records,
        "record_slots": record_slots,
        "top_level_id_field": top_level_id,
        "nested_id_lists": nested_id_lists,
        "element_paths": paths,
        "references": references,
        "event_dates": event_dates,
        "periods": periods,
        "code_lists": {name: [v["code"] for v in e["values"]] for name, e in enums.items()},
        "whoqol_bref": _whoqol(schema),
        "classes": classes,
        "enums": enums,
    }


def _ints(text: Any) -> list[int]:
    return [int(x) for x in str(text).replace(",", " ").split()]


def _whoqol(schema: _Schema) -> dict[str, Any]:
    """WHOQOL-BREF item tables from the annotations of the WhoqolDomain enum."""
    definition = schema.enums.get(WHOQOL_ENUM) or {}
    ann = _annotations(definition)
    domains = {}
    for code, pv in (definition.get("permissible_values") or {}).items():
        pv_ann = _annotations(pv or {})
        if "items" not in pv_ann:
            continue
        domains[str(code)] = {"key": str(pv_ann.get("key") or str(code).lower()),
                              "items": _ints(pv_ann["items"]),
                              "min_items": int(pv_ann.get("min_items", 0))}
    return {
        "item_count": int(ann.get("item_count", 26)),
        "answer_min": int(ann.get("answer_min", 1)),
        "answer_max": int(ann.get("answer_max", 5)),
        "reversed_items": _ints(ann.get("reversed_items", "")),
        "min_items_answered": int(ann.get("min_items_answered", 0)),
        "domains": domains,
    }


def render(index: dict[str, Any]) -> bytes:
    return (json.dumps(index, ensure_ascii=False, indent=1, sort_keys=False) + "\n").encode()


def build(root: Path) -> dict[str, bytes]:
    data = yaml.safe_load((root / SCHEMA_REL).read_text(encoding="utf-8"))
    return {INDEX_REL: render(compute(data))}
