"""Join the parts of one client that arrive on different forms into one record."""

from __future__ import annotations

from typing import Any


class MergeConflict(ValueError):
    """Two forms state different values for the same field of the same client."""

    def __init__(self, path: str) -> None:
        super().__init__(path)
        self.path = path


def merge_into(target: dict[str, Any], extra: dict[str, Any], where: str = "") -> None:
    """Lists are concatenated (each form adds its own rows); scalars must agree."""
    for key, value in extra.items():
        path = f"{where}.{key}" if where else key
        if key not in target:
            target[key] = value
        elif isinstance(value, list) and isinstance(target[key], list):
            target[key] = target[key] + value
        elif isinstance(value, dict) and isinstance(target[key], dict):
            merge_into(target[key], value, path)
        elif target[key] != value:
            raise MergeConflict(path)


def merge_records(records: list[dict[str, Any]], key: str = "id") -> list[dict[str, Any]]:
    """One record per id, in order of first appearance; raises MergeConflict naming the field."""
    merged: dict[Any, dict[str, Any]] = {}
    for record in records:
        ident = record.get(key)
        if ident not in merged:
            merged[ident] = {}
        merge_into(merged[ident], record)
    return list(merged.values())
