"""Cell values both ways: record value → what the form shows, and what people type → record value.

Reading accepts what people actually type: `24.11.2026`, Excel date cells, `12,5`, stray
spaces, a label or a code in a dropdown column. Errors are messages without the cell's value,
because the value may be personal data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from cm_model.forms.schema_view import EnumValue
from cm_model.io import values
from cm_model.io.messages import message
from cm_model.schema_info import normalise_label  # noqa: F401 - re-exported to form modules

DATE_FORMAT = "DD.MM.YYYY"
DATETIME_FORMAT = "DD.MM.YYYY HH:MM"
TEXT_FORMAT = "@"

BOOLEAN_LABELS = {"fi": ("Kyllä", "Ei"), "en": ("Yes", "No"), "sv": ("Ja", "Nej")}
_EXCEL_ERRORS = values.EXCEL_ERRORS

# Messages come from the one catalogue (cm_model.io.messages): cell.* for the conversions
# every command shares, form.* for what only forms check.


def get_path(obj: Any, path: str) -> Any:
    """The value at a dotted path of nested dicts, or None where the path breaks off."""
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


@dataclass
class EnumLookup:
    """Maps what a person may type (code, or label in any language) back to the code."""

    shown: dict[str, str]  # code → label shown in the dropdown
    lookup: dict[str, str]  # normalised typed text → code

    @classmethod
    def build(cls, values: Iterable[EnumValue], lang: str) -> EnumLookup:
        values = list(values)
        shown: dict[str, str] = {}
        counts: dict[str, int] = {}
        for value in values:
            label = value.labels.get(lang) or value.labels.get("en") or value.code
            counts[normalise_label(label)] = counts.get(normalise_label(label), 0) + 1
            shown[value.code] = label
        for code, label in list(shown.items()):
            # Two values with one label would make the dropdown ambiguous: show the code too.
            if counts[normalise_label(label)] > 1:
                shown[code] = f"{label} ({code})"
        lookup: dict[str, str] = {}
        ambiguous: set[str] = set()
        for value in values:
            for candidate in (value.code, shown[value.code], *value.labels.values()):
                key = normalise_label(candidate)
                if key in lookup and lookup[key] != value.code:
                    ambiguous.add(key)
                lookup.setdefault(key, value.code)
        for key in ambiguous - {normalise_label(s) for s in shown.values()}:
            lookup.pop(key, None)
        # Codes and shown labels always win over other-language labels.
        for value in values:
            lookup[normalise_label(shown[value.code])] = value.code
            lookup[normalise_label(value.code)] = value.code
        return cls(shown, lookup)


# -- record value → cell -------------------------------------------------------------------
def to_cell(kind: str, value: Any, lang: str, enum: EnumLookup | None = None) -> Any:
    if value is None:
        return None
    if kind == "date":
        return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])
    if kind == "datetime":
        if isinstance(value, dt.datetime):
            return value
        parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        # Spreadsheets have no time zones: forms show wall-clock time in Finland.
        return parsed.replace(tzinfo=None) if parsed.tzinfo is None else _to_helsinki(parsed)
    if kind == "boolean":
        yes, no = BOOLEAN_LABELS.get(lang, BOOLEAN_LABELS["en"])
        return yes if value else no
    if kind == "enum" and enum is not None:
        return enum.shown.get(str(value), str(value))
    if kind == "integer":
        return int(value)
    if kind == "decimal":
        return float(value)
    return str(value)


def _to_helsinki(value: dt.datetime) -> dt.datetime:
    from zoneinfo import ZoneInfo

    return value.astimezone(ZoneInfo("Europe/Helsinki")).replace(tzinfo=None)


# -- cell → record value -------------------------------------------------------------------
class CellError(ValueError):
    """A typed value that does not fit the field; the message never contains the value."""


def from_cell(
    kind: str,
    raw: Any,
    lang: str,
    enum: EnumLookup | None = None,
    minimum: float | None = None,
    maximum: float | None = None,
) -> Any:
    """Parse one cell; None for an empty cell; raise CellError for a value that does not fit."""
    if raw is None:
        return None
    if isinstance(raw, str):
        text = " ".join(raw.replace("\u00a0", " ").split()) if kind != "text" else raw.strip()
        if not text:
            return None
        if kind != "text" and text in _EXCEL_ERRORS:
            raise CellError(message("form.error-value", lang))
    else:
        text = None
    if kind == "text":
        return _text(raw)
    if kind == "date":
        return _date(raw, text, lang)
    if kind == "datetime":
        return _datetime(raw, text, lang)
    if kind == "boolean":
        return _boolean(raw, text, lang)
    if kind == "enum":
        key = normalise_label(text if text is not None else _text(raw))
        if enum is None or key not in enum.lookup:
            raise CellError(message("form.enum", lang))
        return enum.lookup[key]
    if kind in ("integer", "decimal"):
        number = _number(raw, text, kind, lang)
        if (minimum is not None and number < minimum) or (maximum is not None and number > maximum):
            raise CellError(message("form.range", lang, lo=_fmt(minimum), hi=_fmt(maximum)))
        return number
    return _text(raw)


def _fmt(bound: float | None) -> str:
    if bound is None:
        return "…"
    return str(int(bound)) if float(bound).is_integer() else str(bound).replace(".", ",")


def _text(raw: Any) -> str:
    if isinstance(raw, bool):
        return "TRUE" if raw else "FALSE"
    return values.to_text(raw)


def _io(convert: Any, raw: Any, lang: str) -> Any:
    """One conversion for every command (cm_model.io.values); its message in the form's
    language."""
    try:
        return convert(raw)
    except values.CellError as exc:
        raise CellError(exc.text(lang)) from None


def _date(raw: Any, text: str | None, lang: str) -> str:
    return _io(values.to_date, raw if text is None else text, lang).isoformat()


def _local(value: dt.datetime) -> str:
    """Wall-clock time as typed in Finland, stated with its UTC offset (RFC 3339)."""
    if value.tzinfo is None:
        from zoneinfo import ZoneInfo

        value = value.replace(tzinfo=ZoneInfo("Europe/Helsinki"))
    return value.isoformat()


def _datetime(raw: Any, text: str | None, lang: str) -> str:
    if isinstance(raw, dt.datetime):
        # Spreadsheet times pass through floating point: round to the second.
        raw = (raw + dt.timedelta(microseconds=500_000)).replace(microsecond=0)
    return _local(_io(values.to_datetime, raw if text is None else text, lang))


def _boolean(raw: Any, text: str | None, lang: str) -> bool:
    return _io(values.to_boolean, raw if text is None else text, lang)


def _number(raw: Any, text: str | None, kind: str, lang: str) -> int | float:
    source = raw if text is None else text.replace(" ", "").replace("\u202f", "")
    if kind == "integer":
        return _io(values.to_integer, source, lang)
    number = _io(values.to_number, source, lang)
    if isinstance(number, float) and number != number:  # NaN
        raise CellError(values.CellError("number").text(lang))
    return number
