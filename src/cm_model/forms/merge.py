"""Join the parts of one client that arrive on different forms into one record."""

from __future__ import annotations

from typing import Any


class MergeConflict(ValueError):
    """Two forms state different values for the same field of the same client."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def _join_lists(first: list[Any], second: list[Any], path: str) -> list[Any]:
    """Each form adds its own rows; a row with the same id on two forms is one row when the
    forms agree on it, and a conflict when they do not (never two rows with one id)."""
    joined = list(first)
    by_id = {item["id"]: k for k, item in enumerate(joined)
             if isinstance(item, dict) and item.get("id") is not None}
    for item in second:
        ident = item.get("id") if isinstance(item, dict) else None
        if ident is not None and ident in by_id:
            merge_into(joined[by_id[ident]], item, f"{path}[{by_id[ident]}]")
            continue
        if ident is not None:
            by_id[ident] = len(joined)
        elif not isinstance(item, dict | list) and item in joined:
            continue  # a plain value (a segment code …) given on two forms is listed once
        joined.append(item)
    return joined


def merge_into(target: dict[str, Any], extra: dict[str, Any], where: str = "") -> None:
    """Lists are joined (each form adds its own rows, rows with one id once); scalars must
    agree."""
    for key, value in extra.items():
        path = f"{where}.{key}" if where else key
        if key not in target:
            target[key] = value
        elif isinstance(value, list) and isinstance(target[key], list):
            target[key] = _join_lists(target[key], value, path)
        elif isinstance(value, dict) and isinstance(target[key], dict):
            merge_into(target[key], value, path)
        elif target[key] != value:
            raise MergeConflict(path)


def merge_records(records: list[dict[str, Any]], key: str = "id") -> list[dict[str, Any]]:
    """One record per id, in order of first appearance; raises MergeConflict naming the field.
    Records without an id are kept as they are (never joined into one another)."""
    merged: dict[Any, dict[str, Any]] = {}
    for position, record in enumerate(records):
        ident = record.get(key)
        if ident is None:
            ident = ("no id", position)
        if ident not in merged:
            merged[ident] = {}
        merge_into(merged[ident], record)
    return list(merged.values())
