"""Time windows in calendar months, stated once so triggers, metrics and docs agree.

* A **look-back window** of m months ending on an as-of date covers the dates d with
  ``as_of − m months < d ≤ as_of``: the as-of date is *included*, the date exactly m calendar
  months earlier is *excluded*. So 12 months ending 2024-06-30 is 2023-07-01 … 2024-06-30, one
  full year of dates.
* Around a plan date p, the **before** window is ``p − m months ≤ d < p`` and the **after**
  window is ``p ≤ d < p + m months``: the plan day itself belongs to *after* (it is usually
  the planning contact), and the two windows do not overlap.
* Month arithmetic is calendar arithmetic with the day clamped to the month's end
  (2024-03-31 − 1 month = 2024-02-29).

Internally a window is a half-open range of day numbers ``[start, end)``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` calendar months, clamped to the last day of the month."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


@dataclass(frozen=True)
class Window:
    """Dates ``first`` … ``last``, both inclusive (``end`` = last + 1 day, exclusive)."""

    first: date
    last: date

    @property
    def end(self) -> date:
        return self.last + timedelta(days=1)

    def __contains__(self, day: date) -> bool:
        return self.first <= day <= self.last

    def describe(self) -> str:
        return f"{self.first.isoformat()} … {self.last.isoformat()} (both inclusive)"


def lookback(as_of: date, months: int) -> Window:
    """The m-month window ending on (and including) ``as_of``."""
    return Window(add_months(as_of, -months) + timedelta(days=1), as_of)


def before_after(plan: date, months: int) -> tuple[Window, Window]:
    """The m-month windows before (excluding) and after (including) the plan date."""
    before = Window(add_months(plan, -months), plan - timedelta(days=1))
    after = Window(plan, add_months(plan, months) - timedelta(days=1))
    return before, after


_WINDOW = re.compile(r"^\s*(\d+)\s*(m|mo|months?|kk|y|years?|v)?\s*$", re.IGNORECASE)
# The schema's TriggerDefinition.window_months bounds.
MIN_MONTHS, MAX_MONTHS = 1, 120


def parse_months(text: str) -> int:
    """``12m``, ``12``, ``1y`` (also Finnish ``12kk``, ``1v``) → months (1–120)."""
    match = _WINDOW.match(text)
    if not match:
        raise ValueError(f"window {text[:20]!r}: use a number of months such as 12m or years as 1y "
                         f"({MIN_MONTHS}–{MAX_MONTHS} months)")
    digits = match.group(1).lstrip("0") or "0"
    number = int(digits) if len(digits) <= 6 else 10**6  # any longer number is out of range
    unit = (match.group(2) or "m").lower()
    months = number * 12 if unit[0] in "yv" else number
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(f"window {text[:20]!r} is out of range: use {MIN_MONTHS}–{MAX_MONTHS} "
                         f"months (up to {MAX_MONTHS // 12} years), such as 12m or 1y")
    return months
