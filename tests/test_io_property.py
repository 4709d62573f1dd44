"""One file reads the same in every command: `validate`, `triggers`/`metrics` and
`forms import` share one conversion (cm_model.io.values), so whatever one accepts the others
accept with the same value, and whatever one refuses the others refuse."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cm_model.forms.cells import CellError, from_cell
from cm_model.io import values
from cm_model.io.problems import Item
from cm_model.io.readers import read
from cm_model.io.tabular import coerce
from cm_model.metrics.contacts import day_date, parse_date, read_contacts

_day = st.integers(0, 35)
_month = st.integers(0, 14)
_year = st.sampled_from([1, 99, 1899, 1900, 1999, 2024, 2199, 2200, 9999])
_time = st.sampled_from(["", " 00:00", " 14:05", "T00:00:00", " klo 8.30", "T25:00"])
DATE_TEXT = st.one_of(
    st.builds(lambda d, m, y, t: f"{d}.{m}.{y}{t}", _day, _month, _year, _time),
    st.builds(lambda d, m, y, t: f"{y:04d}-{m:02d}-{d:02d}{t}", _day, _month, _year, _time),
    st.text(max_size=12),
)
BOOLEAN_TEXT = st.one_of(st.sampled_from(sorted(values.TRUE | values.FALSE)),
                         st.sampled_from(["Kyllä", " EI ", "On", "kylla", "tru", "2", ""]),
                         st.text(max_size=6))


def _validate_date(text: str) -> str | None:
    try:
        return coerce(text, "date")
    except ValueError:
        return None


def _form_date(text: str) -> str | None:
    try:
        return from_cell("date", text, "en")
    except CellError:
        return None


@settings(max_examples=300, deadline=None)
@given(DATE_TEXT)
def test_a_date_reads_the_same_in_every_command(text: str) -> None:
    metrics = parse_date(text)
    expected = metrics.isoformat() if metrics else None
    if not text.strip():
        return  # an empty cell is "absent" everywhere, not a date
    assert _validate_date(text) == expected
    assert _form_date(text) == expected


@settings(max_examples=200, deadline=None)
@given(BOOLEAN_TEXT)
def test_a_boolean_reads_the_same_in_every_command(text: str) -> None:
    if not text.strip():
        return
    try:
        expected: bool | None = values.to_boolean(text)
    except values.CellError:
        expected = None
    try:
        validate_value: bool | None = coerce(text, "boolean")
    except ValueError:
        validate_value = None
    try:
        form_value: bool | None = from_cell("boolean", text, "en")
    except CellError:
        form_value = None
    assert validate_value == expected
    assert form_value == expected


ROWS = st.lists(
    st.tuples(st.sampled_from(["c-1", "c-2", "asiakas 3"]),
              st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)),
              st.booleans(), st.sampled_from(["iso", "fi"])),
    min_size=1, max_size=20)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ROWS)
def test_a_contacts_file_reads_the_same_in_validate_and_triggers(tmp_path: Path, rows) -> None:
    path = tmp_path / "contacts.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["id", "client_id", "contact_date", "contact_type", "sector", "urgent"])
        for n, (client, day, urgent, style) in enumerate(rows):
            shown = day.isoformat() if style == "iso" else f"{day.day}.{day.month}.{day.year}"
            writer.writerow([f"k-{n}", client, shown, "EMERGENCY_VISIT", "EMERGENCY_CARE",
                             "kyllä" if urgent else "ei"])
    items = [i for i in read(path, "csv", class_name="ServiceContact") if isinstance(i, Item)]
    table = read_contacts(path)
    assert len(items) == len(table) == len(rows)
    for k, item in enumerate(items):
        assert item.data["client_id"] == table.client_ids[table.client[k]]
        assert item.data["contact_date"] == day_date(table.day[k]).isoformat()
        assert item.data["urgent"] == bool(table.urgent[k])
