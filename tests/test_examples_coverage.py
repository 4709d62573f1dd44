"""Every element of the schema is shown by at least one valid example (0.2.0: "every new
concept appears in at least one valid example")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cm_model.schema_info import load_schema_dict

VALID = sorted((Path(__file__).resolve().parent.parent / "examples" / "valid").glob("*.json"))
SCHEMA = load_schema_dict()
# Slots no valid example needs to show, and why.
NOT_SHOWN = {
    "not_computable_reason": "only set when an index cannot be computed; see examples/rules",
    "valid_from": "scope-rule validity; shown in the handbook text, not needed by the examples",
    "valid_until": "consent and scope-rule validity; optional end dates",
}
# Enums whose every code the examples must show (the 0.2.0 certainty and attendance codes).
EVERY_CODE = ("VerificationStatus", "AttendanceStatus", "ParticipantType")


def _walk(value: Any, keys: set[str], scalars: set[Any]) -> None:
    if isinstance(value, dict):
        for key, inner in value.items():
            keys.add(key)
            _walk(inner, keys, scalars)
    elif isinstance(value, list):
        for inner in value:
            _walk(inner, keys, scalars)
    else:
        scalars.add(value)


def _seen() -> tuple[set[str], set[Any]]:
    keys: set[str] = set()
    scalars: set[Any] = set()
    for path in VALID:
        _walk(json.loads(path.read_text(encoding="utf-8")), keys, scalars)
    return keys, scalars


def test_every_slot_appears_in_a_valid_example():
    keys, _ = _seen()
    missing = sorted(set(SCHEMA["slots"]) - keys - set(NOT_SHOWN))
    assert missing == []


def test_the_not_shown_list_is_not_stale():
    keys, _ = _seen()
    assert set(NOT_SHOWN) <= set(SCHEMA["slots"])
    assert not set(NOT_SHOWN) & keys


def test_every_certainty_and_attendance_code_appears():
    _, scalars = _seen()
    for enum in EVERY_CODE:
        assert set(SCHEMA["enums"][enum]["permissible_values"]) <= scalars, enum
