"""Cheap, cached access to the schema YAML for code that must not import LinkML at start-up."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from cm_model.paths import schema_path


@cache
def load_schema_dict() -> dict[str, Any]:
    with schema_path().open(encoding="utf-8") as handle:
        # The C loader is ~7x faster; the schema is trusted package data either way.
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        return yaml.load(handle, Loader=loader)  # noqa: S506 - safe loader


def labels(element: dict[str, Any]) -> dict[str, str]:
    """The fi/sv/en labels of a schema element (class, slot, enum or permissible value)."""
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


@cache
def enum_code_lookup(enum_name: str) -> dict[str, str]:
    """Every accepted spelling of an enum value (its code, fi/sv/en labels) → the code."""
    values = load_schema_dict()["enums"][enum_name].get("permissible_values") or {}
    found: dict[str, str] = {}
    for code, value in values.items():
        for text in (code, *labels(value or {}).values()):
            found.setdefault(normalise_label(text), code)
    return found
