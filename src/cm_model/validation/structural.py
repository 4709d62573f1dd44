"""The structural layer: the closed JSON Schema, compiled once per class with jsonschema-rs.

Valid records cost one `is_valid` call; only invalid ones are walked for errors. Messages are
rebuilt from the error kind and the schema (jsonschema-rs messages quote the data, so they are
never shown).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from cm_model.io.messages import TYPE_WORDS, message
from cm_model.validation import schema

_SAFE_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


def path_string(parts: list[Any] | tuple[Any, ...]) -> str:
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += f".{p}" if out else str(p)
    return out


def _keyword(schema_path: list[Any]) -> str:
    for part in reversed(schema_path):
        if isinstance(part, str) and not part.isdigit():
            return part
    return "schema"


def _safe_keys(keys: Any) -> str:
    shown = [f"'{k}'" for k in keys if isinstance(k, str) and _SAFE_KEY.match(k)]
    return ", ".join(shown) if shown else "(unnamed)"


def check(class_name: str, data: Any, lang: str) -> Iterator[tuple[str, str, str, Any]]:
    """(path, code, message, offending value) for each structural error of one record."""
    validator = schema.validator(class_name)
    try:
        if validator.is_valid(data):
            return
        errors = list(validator.iter_errors(data))
    except RecursionError:
        yield "", "read.depth", message("read.depth", lang, limit=64), None
        return
    except ValueError as exc:  # nesting beyond what the validator walks, or a non-JSON type
        code = "read.depth" if "recursion" in str(exc).lower() else "schema.type"
        text = message(code, lang, limit=64, expected="JSON")
        yield "", code, text, None
        return
    for error in errors:
        yield _describe(error, lang)


def _describe(error: Any, lang: str) -> tuple[str, str, str, Any]:
    kind = error.kind
    name = getattr(kind, "name", None) or type(kind).__name__
    keyword = _keyword(list(error.schema_path))
    path = list(error.instance_path)
    value = getattr(error, "instance", None)
    if keyword == "required" or name == "required":
        prop = getattr(kind, "property", None)
        prop = prop if isinstance(prop, str) and _SAFE_KEY.match(prop) else "?"
        return (path_string(path + [prop]) if prop != "?" else path_string(path),
                "schema.required", message("schema.required", lang, field=prop), None)
    if keyword == "additionalProperties":
        unexpected = getattr(kind, "unexpected", []) or []
        return (path_string(path), "schema.additionalProperties",
                message("schema.additionalProperties", lang, field=_safe_keys(unexpected)), None)
    if keyword == "type":
        types = getattr(kind, "types", None) or []
        if isinstance(types, str):
            types = [types]
        words = TYPE_WORDS.get(lang, TYPE_WORDS["en"])
        expected = ", ".join(words.get(t, t) for t in types if t != "null") or "?"
        if "object" in types:
            expected = "object" if lang == "en" else "objekti"
        if "array" in types:
            expected = "list" if lang == "en" else "lista"
        return path_string(path), "schema.type", message("schema.type", lang,
                                                          expected=expected), value
    if keyword == "enum":
        options = getattr(kind, "options", None) or []
        shown = ", ".join(str(o) for o in list(options)[:12])
        if len(options) > 12:
            shown += ", …"
        return path_string(path), "schema.enum", message("schema.enum", lang,
                                                          options=shown), value
    if keyword == "format":
        return path_string(path), "schema.format", message(
            "schema.format", lang, format=str(getattr(kind, "format", "value"))), value
    if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems",
                   "maxItems", "minLength", "maxLength"):
        limit = getattr(kind, "limit", "?")
        return path_string(path), f"schema.{keyword}", message(f"schema.{keyword}", lang,
                                                                limit=limit), value
    if keyword == "pattern":
        return path_string(path), "schema.pattern", message("schema.pattern", lang), value
    return path_string(path), f"schema.{keyword}", message("schema.other", lang,
                                                            keyword=keyword), value
