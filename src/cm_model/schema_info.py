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
