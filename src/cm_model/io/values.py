"""One conversion of cell and text values for every reader.

The rules (the handbook page ``data/inputs`` states them for users):

* **Dates**: a date object, ``YYYY-MM-DD`` or Finnish ``d.m.yyyy`` (also ``d/m/yyyy``). A value
  with a time of day is a date only when the time is 00:00 (what Excel stores for a date cell);
  ``1.3.2024 14:05`` in a date field is an error in every command, never silently cut.
* **Date-times**: a date-time object, ISO 8601 (with or without offset) or ``d.m.yyyy hh:mm``
  (``:ss`` and ``klo`` allowed).
* Every date and date-time lies in ``DATE_MIN`` … ``DATE_MAX`` (1900-01-01 … 2199-12-31).
* **Excel serials**: 1–59 and 61 onwards are days from 1900; 60 (29.02.1900, a day that never
  existed), zero and negative serials are errors.
* **Booleans**: true/false, 1/0, yes/no, y/n, kyllä/kylla/k, ei/e, tosi/epätosi, ja/nej, x,
  on/off (case-insensitive).
* **Numbers**: ``12,5`` or ``12.5``, spaces and no-break spaces as thousands separators;
  integers must fit in 64 bits.
* **Coded values**: the code, or its fi/sv/en label (:func:`cm_model.schema_info.enum_code_lookup`).

Errors are `CellError` with a message key and never carry the value: it may be personal data.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from cm_model.io.limits import DATE_MAX, DATE_MIN, INT_MAX, INT_MIN

TRUE = frozenset({"true", "1", "yes", "y", "kyllä", "kylla", "k", "tosi", "x", "ja", "on"})
FALSE = frozenset({"false", "0", "no", "n", "ei", "e", "epätosi", "epatosi", "nej", "off"})

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_FI_DATE = re.compile(r"^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4})$")
_ISO_DATETIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})"
                           r"(?::(\d{2})(?:\.(\d{1,6})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$")
_FI_DATETIME = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+|\s*[T ]\s*|\s*klo\s*)"
                          r"(\d{1,2})[.:](\d{2})(?:[.:](\d{2}))?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_EXCEL_EPOCH = datetime(1899, 12, 30)
EXCEL_ERRORS = frozenset({"#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!"})


class CellError(ValueError):
    """A value that does not fit; ``key`` names the message (``cell.<key>``), never the value."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    @property
    def code(self) -> str:
        return f"cell.{self.key}"

    def text(self, lang: str = "en") -> str:
        from cm_model.io.messages import message

        return message(self.code, lang, **self.params)


def in_range(value: date) -> bool:
    day = value.date() if isinstance(value, datetime) else value
    return DATE_MIN <= day <= DATE_MAX


def _checked(value: date, key: str) -> Any:
    if not in_range(value):
        raise CellError("date-range", lo=DATE_MIN.isoformat(), hi=DATE_MAX.isoformat())
    return value


def excel_serial(number: float) -> datetime:
    """An Excel (1900 system) serial → date-time; 60, zero and negatives name no real day."""
    if number != number or number < 1 or number >= 2958466:  # NaN, before 1900, after 9999
        raise CellError("serial")
    if 60 <= number < 61:
        raise CellError("serial")
    days = number if number > 60 else number + 1  # Excel counts a 29.02.1900 that never was
    try:
        value = _EXCEL_EPOCH + timedelta(days=days)
    except OverflowError:
        raise CellError("serial") from None
    # Serials pass through floating point: round to the second.
    value = (value + timedelta(microseconds=500_000)).replace(microsecond=0)
    return _checked(value, "date")


def to_date(raw: Any) -> date:
    """A date (see the module rules); raises CellError."""
    if isinstance(raw, datetime):
        if raw.time() != time(0, 0):
            raise CellError("time-in-date")
        return _checked(raw.date(), "date")
    if isinstance(raw, date):
        return _checked(raw, "date")
    if not isinstance(raw, str):
        raise CellError("date")
    text = raw.strip()
    match = _ISO_DATE.match(text)
    if match:
        y, m, d = (int(g) for g in match.groups())
    else:
        match = _FI_DATE.match(text)
        if not match:
            if _ISO_DATETIME.match(text) or _FI_DATETIME.match(text):
                moment = to_datetime(text)
                if moment.time() != time(0, 0):
                    raise CellError("time-in-date")
                return moment.date()
            raise CellError("date")
        d, m, y = (int(g) for g in match.groups())
    try:
        value = date(y, m, d)
    except ValueError:
        raise CellError("date") from None
    return _checked(value, "date")


def to_datetime(raw: Any) -> datetime:
    """A date-time, naive (wall-clock) or with its offset; raises CellError."""
    if isinstance(raw, datetime):
        return _checked(raw, "datetime")
    if isinstance(raw, date):
        return _checked(datetime.combine(raw, time()), "datetime")
    if not isinstance(raw, str):
        raise CellError("datetime")
    text = raw.strip()
    match = _FI_DATETIME.match(text)
    try:
        if match:
            d, mo, y, h, mi, s = match.groups()
            return _checked(datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0)),
                            "datetime")
        if not _ISO_DATETIME.match(text):
            raise CellError("datetime")
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, OverflowError):
        raise CellError("datetime") from None
    if value.year < DATE_MIN.year - 1 or value.year > DATE_MAX.year + 1:
        raise CellError("date-range", lo=DATE_MIN.isoformat(), hi=DATE_MAX.isoformat())
    return _checked(value, "datetime")


def to_boolean(raw: Any) -> bool:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, int | float) and raw in (0, 1):
        return bool(raw)
    if isinstance(raw, str):
        from cm_model.schema_info import normalise_label

        key = normalise_label(raw)
        if key in TRUE:
            return True
        if key in FALSE:
            return False
    raise CellError("boolean")


def to_integer(raw: Any) -> int:
    if isinstance(raw, (bool, date)):
        raise CellError("integer")
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")) or not raw.is_integer():
            raise CellError("integer")
        number = int(raw)
    elif isinstance(raw, int):
        number = raw
    else:
        cleaned = str(raw).strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if not _INTEGER.match(cleaned) or len(cleaned) > 25:
            raise CellError("integer")
        number = int(cleaned)
    if not INT_MIN <= number <= INT_MAX:
        raise CellError("integer-range")
    return number


def to_number(raw: Any) -> int | float:
    if isinstance(raw, (bool, date)):
        raise CellError("number")
    if isinstance(raw, int):
        if not INT_MIN <= raw <= INT_MAX:
            raise CellError("integer-range")
        return raw
    if isinstance(raw, float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise CellError("number")
        return raw
    cleaned = str(raw).strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    cleaned = cleaned.replace(",", ".")
    if len(cleaned) > 60:
        raise CellError("number")
    try:
        number = Decimal(cleaned)
    except InvalidOperation:
        raise CellError("number") from None
    if not number.is_finite():
        raise CellError("number")
    if number == number.to_integral_value() and "." not in cleaned and "e" not in cleaned.lower():
        value = int(number)
        if not INT_MIN <= value <= INT_MAX:
            raise CellError("integer-range")
        return value
    result = float(number)
    if result in (float("inf"), float("-inf")):
        raise CellError("number")
    return result


def to_text(raw: Any) -> str:
    """Any cell → text; an integral float (an id typed into a General cell) loses its '.0'."""
    if raw is None:
        return ""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, float) and raw.is_integer():
        return str(int(raw))
    if isinstance(raw, datetime | date | time):
        return raw.isoformat()
    return str(raw).strip()


def to_code(raw: Any, enum_name: str) -> str:
    """A code of the enum from its code or any fi/sv/en label; raises CellError."""
    from cm_model.schema_info import enum_code_lookup, normalise_label

    code = enum_code_lookup(enum_name).get(normalise_label(to_text(raw)))
    if code is None:
        raise CellError("enum")
    return code


@contextmanager
def quiet_library(found: list[str]) -> Iterator[None]:
    """Capture library warnings (openpyxl prints raw cell values in some of them) and keep
    only their category; the caller rephrases them without values."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for warning in caught:
        text = str(warning.message).lower()
        if "date" in text or "serial" in text:
            found.append("date-serial")
        else:
            found.append(warning.category.__name__)
