"""Inpatient days: the days a client was in hospital, counted once however the episodes overlap.

Rules (shared by the ``INPATIENT_DAYS`` trigger and the ``inpatient_days`` measure):

* an INPATIENT_EPISODE covers the days admission … discharge − 1 (``contact_date`` …
  ``end_date`` − 1); a same-day episode counts one day;
* an episode without ``end_date`` is *open*: it is closed at the same client's next admission
  (a later ``contact_date`` of another INPATIENT_EPISODE), else at the end of the data (the
  as-of date, inclusive) — an open episode cannot run on under a later stay;
* a client's episodes are merged into their union before counting, so overlapping or
  duplicated episodes count each day once, and the days inside a window can never exceed the
  window's length.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cm_model.metrics.contacts import NO_DATE, ContactTable

RULE = ("days admission … discharge − 1 (a same-day episode is one day), counted once per "
        "client where episodes overlap; an episode without end_date is closed at the client's "
        "next admission, else at the end of the data (the as-of date, inclusive)")


@dataclass
class Stays:
    """Per-row episodes and the per-client union of them, as half-open day ranges."""

    rows: np.ndarray    # positions of the INPATIENT_EPISODE contacts in the table
    stop: np.ndarray    # (len(rows),) exclusive stop of each episode, after the rules above
    client: np.ndarray  # merged stays: client code
    first: np.ndarray   # merged stays: first day
    end: np.ndarray     # merged stays: exclusive end day
    open_episodes: int  # episodes without end_date


def stays(table: ContactTable, data_end: int) -> Stays:
    """Episodes of every client; ``data_end`` is the exclusive end of the data (as-of + 1).
    Episodes starting on or after ``data_end`` are left out."""
    inpatient = table.types.codes.index("INPATIENT_EPISODE")
    rows = np.flatnonzero((table.contact_type == inpatient) & (table.day < data_end))
    client = table.client[rows].astype(np.int64)
    start = table.day[rows].astype(np.int64)
    end_raw = table.end_day[rows].astype(np.int64)
    is_open = end_raw == NO_DATE
    order = np.lexsort((start, client))
    c, s, e, o = client[order], start[order], end_raw[order], is_open[order]
    # The same client's next admission on a later day: within a client the starts are
    # sorted, so it is the first start greater than this one (a search over keys offset by
    # the client code keeps the clients apart).
    key = c * (1 << 32) + s
    position = np.searchsorted(key, key, side="right")
    safe = np.minimum(position, max(len(c) - 1, 0))
    has_next = (position < len(c)) & (c[safe] == c) if len(c) else np.zeros(0, bool)
    following = np.where(has_next, s[safe] if len(c) else s, data_end)
    stop_sorted = np.where(o, following, np.maximum(e, s + 1))
    stop_sorted = np.minimum(stop_sorted, data_end)  # s < data_end, so at least one day
    stop = np.empty_like(stop_sorted)
    stop[order] = stop_sorted
    # Union per client: a new stay starts where the start is past every earlier stop of the
    # same client (running maximum, groups kept apart by the client offset).
    if len(c):
        base = int(min(s.min(), 0))
        width = int(max(stop_sorted.max(), data_end) - base + 2)
        s_key = (s - base) + c * width
        e_key = (stop_sorted - base) + c * width
        reach = np.maximum.accumulate(e_key)
        head = np.r_[True, s_key[1:] > reach[:-1]]
        starts = np.flatnonzero(head)
        merged_first = s[starts]
        merged_end = np.maximum.reduceat(e_key, starts) - c[starts] * width + base
        merged_client = c[starts]
    else:
        merged_first = merged_end = merged_client = np.empty(0, dtype=np.int64)
    return Stays(rows=rows, stop=stop, client=merged_client, first=merged_first,
                 end=merged_end, open_episodes=int(np.count_nonzero(is_open)))


def days_between(stays_: Stays, lo: np.ndarray | int, hi: np.ndarray | int) -> np.ndarray:
    """Days of each merged stay inside [lo, hi) (per stay or one range for all)."""
    return np.clip(np.minimum(stays_.end, hi) - np.maximum(stays_.first, lo), 0, None)
