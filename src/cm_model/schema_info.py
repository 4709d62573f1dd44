"""The one run-time view of the schema, built on the generated schema index.

`cm-model generate` derives every fact the tools need (induced slots, identifiers, references,
event dates, periods, code lists, WHOQOL-BREF tables) into
``src/cm_model/datamodel/schema_index.json`` (see `cm_model.generation.schema_index`). Python
reads it here; the browser validator bundles the same file. No module parses the schema YAML
for these facts at run time, and none copies them by hand.

Public helpers used across the package (and by the readers, synth and metrics):
``index()``, ``class_names()``, ``class_fields(cls)``, ``identifier(cls)``,
``code_list(enum)``, ``enum_values(enum)``, ``references(record=None)``,
``event_dates(record)``, ``periods(record)``, ``nested_id_lists(record)``,
``top_level_id_field()``, ``record_classes()``, ``whoqol_bref()``, ``enum_code_lookup(enum)``,
``labels(element)``, ``normalise_label(text)`` and ``load_schema_dict()`` (the raw YAML, for
the handbook's prose only).
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from cm_model.paths import DATAMODEL_DIR, schema_path

INDEX_PATH = DATAMODEL_DIR / "schema_index.json"


class IndexUnavailable(RuntimeError):
    pass


@cache
def index() -> dict[str, Any]:
    """The generated schema index (read once per process)."""
    try:
        return json.loads(INDEX_PATH.read_text(encoding="utf-8"))
    except OSError as exc:  # a checkout before `cm-model generate`
        raise IndexUnavailable(f"{INDEX_PATH} missing; run `cm-model generate`") from exc


@cache
def load_schema_dict() -> dict[str, Any]:
    """The schema YAML itself: for generators and prose, not for facts (use `index()`)."""
    import yaml

    with schema_path().open(encoding="utf-8") as handle:
        # The C loader is ~7x faster; the schema is trusted package data either way.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(handle, Loader=loader)  # noqa: S506 - safe loader


def labels(element: dict[str, Any]) -> dict[str, str]:
    """The fi/sv/en labels of a schema element (class, slot, enum or permissible value)."""
    if "labels" in element and isinstance(element["labels"], dict):  # an index entry
        return dict(element["labels"])
    found: dict[str, str] = {}
    for alias in element.get("structured_aliases") or []:
        lang = alias.get("in_language")
        if lang and "literal_form" in alias:
            found.setdefault(lang, alias["literal_form"])
    return found


def normalise_label(text: str) -> str:
    """How typed labels and codes are compared: case, Unicode width and spacing ignored."""
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


# --- classes and slots ------------------------------------------------------------------------

def class_names() -> tuple[str, ...]:
    return tuple(sorted(index()["classes"]))


@cache
def class_fields(cls: str) -> dict[str, dict[str, Any]]:
    """Induced slots of a class in schema order: name -> slot entry (range, kind, required,
    multivalued, identifier, minimum, maximum, pattern, labels, descriptions, examples,
    date_kind, period_start). Empty for an unknown class."""
    entry = index()["classes"].get(cls)
    return {s["name"]: s for s in entry["slots"]} if entry else {}


def identifier(cls: str) -> str | None:
    entry = index()["classes"].get(cls)
    return entry["identifier"] if entry else None


def record_classes() -> tuple[str, ...]:
    """Classes the export envelope lists as records (each may also be read on its own)."""
    return tuple(index()["records"])


def top_level_id_field() -> dict[str, str]:
    """Record class -> its identifier slot (CM-R002's top-level uniqueness)."""
    return dict(index()["top_level_id_field"])


def nested_id_lists(record: str = "Client") -> tuple[str, ...]:
    """Element patterns (``care_plans[*].goals[*]``) of identified lists inside a record."""
    return tuple(index()["nested_id_lists"].get(record, ()))


def element_paths(record: str = "Client") -> dict[str, str]:
    """Class -> its element pattern inside `record`, for classes nested in it."""
    return dict(index()["element_paths"].get(record, {}))


def references(record: str | None = None) -> list[dict[str, Any]]:
    """Reference slots (class-ranged, not inlined): record, class, slot, path, target,
    target_id, scope ('export': among the export's records; 'record': within the record,
    at target_path)."""
    refs = index()["references"]
    return [r for r in refs if record is None or r["record"] == record]


def event_dates(record: str) -> tuple[str, ...]:
    """Field patterns of recorded event dates (annotation ``date_kind: event``)."""
    return tuple(index()["event_dates"].get(record, ()))


def periods(record: str) -> tuple[tuple[str, str, str], ...]:
    """(element pattern, start slot, end slot) of periods (annotation ``period_start``)."""
    return tuple(tuple(p) for p in index()["periods"].get(record, ()))  # type: ignore[misc]


# --- enums ------------------------------------------------------------------------------------

def code_list(enum: str) -> tuple[str, ...]:
    """The codes of an enum, in schema order. KeyError for an unknown enum."""
    return tuple(index()["code_lists"][enum])


def enum_values(enum: str) -> list[dict[str, Any]]:
    """code, labels (fi/sv/en), description of each value of an enum."""
    entry = index()["enums"].get(enum)
    return list(entry["values"]) if entry else []


def has_code(enum: str, code: str) -> bool:
    return code in _code_sets().get(enum, ())


@cache
def _code_sets() -> dict[str, frozenset[str]]:
    return {name: frozenset(codes) for name, codes in index()["code_lists"].items()}


def code(enum: str, value: str) -> str:
    """`value` after checking it is a code of `enum`: how code literals in the tools name
    schema codes (a renamed or removed code fails at import, not silently at run time)."""
    if not has_code(enum, value):
        raise KeyError(f"{value!r} is not a code of {enum}")
    return value


@cache
def enum_code_lookup(enum_name: str) -> dict[str, str]:
    """Every accepted spelling of an enum value (its code, fi/sv/en labels) → the code."""
    found: dict[str, str] = {}
    for value in index()["enums"][enum_name]["values"]:
        for text in (value["code"], *value["labels"].values()):
            found.setdefault(normalise_label(text), value["code"])
    return found


def whoqol_bref() -> dict[str, Any]:
    """WHOQOL-BREF tables: item_count, answer_min/max, reversed_items, min_items_answered and
    domains (enum code -> key, items, min_items)."""
    return index()["whoqol_bref"]
