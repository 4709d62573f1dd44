"""The fast paths of `cm-model metrics` give exactly what the exact readers give.

The CSV fast path reads the file in line-aligned chunks (parsed by pyarrow one chunk ahead on
a worker thread) and maps each block's distinct values to global codes; here the chunks are
made tiny so that every file below crosses many chunk and block boundaries.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.metrics import contacts as contacts_module
from cm_model.metrics.contacts import ContactsError, read_contacts, sniff_csv

TYPES = ("PHONE_CONTACT", "EMERGENCY_VISIT", "INPATIENT_EPISODE", "PRIMARY_CARE_VISIT")
HEADER = ["id", "client_id", "contact_date", "end_date", "contact_type", "sector", "unit_id",
          "professional_id", "urgent"]


@pytest.fixture
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contacts_module, "CHUNK_SIZE", 2048)
    monkeypatch.setattr(contacts_module, "BLOCK_SIZE", 512)


def _rows(n: int, seed: int, finnish: bool = False) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for i in range(n):
        start = date(2023, 1, 1) + timedelta(days=rnd.randrange(700))
        ctype = rnd.choice(TYPES)
        end = start + timedelta(days=rnd.randrange(9)) if ctype == "INPATIENT_EPISODE" else None
        client = f"c-{rnd.randrange(60):03d}"
        if i % 7 == 0:
            client = f"  {client} "  # padded: the same client after trimming
        professional = "" if i % 11 == 0 else f"p-{rnd.randrange(25):02d}"

        def show(day: date | None) -> str:
            if day is None:
                return ""
            return f"{day.day}.{day.month}.{day.year}" if finnish else day.isoformat()

        rows.append([f"sc-{i:05d}", client, show(start), show(end), ctype,
                     "PRIMARY_HEALTH_CARE", f"u-{rnd.randrange(4)}", professional,
                     rnd.choice(["true", "false", ""])])
    return rows


def _write(path: Path, rows: list[list[str]], delimiter: str = ",", newline: str = "\n",
           encoding: str = "utf-8", trailing: bool = True) -> Path:
    text = newline.join(delimiter.join(r) for r in [HEADER, *rows])
    path.write_bytes((text + (newline if trailing else "")).encode(encoding))
    return path


def _exact(path: Path) -> contacts_module.ContactTable:
    fields = frozenset(contacts_module.FIELDS)
    return contacts_module._read_csv_exact(path, sniff_csv(path), False, fields)


def _fast(path: Path, monkeypatch: pytest.MonkeyPatch) -> contacts_module.ContactTable:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the exact reader was used; the fast path refused the file")

    monkeypatch.setattr(contacts_module, "_read_csv_exact", refuse)
    return read_contacts(path)


def _same(a: contacts_module.ContactTable, b: contacts_module.ContactTable) -> None:
    for name in ("client", "day", "end_day", "contact_type", "sector", "unit", "professional",
                 "urgent"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype, name
        assert np.array_equal(x, y), name
    assert a.client_ids == b.client_ids
    assert a.unit_ids == b.unit_ids
    assert a.professional_ids == b.professional_ids
    assert a.ids.take(range(len(a.ids))) == b.ids.take(range(len(b.ids)))


@pytest.mark.parametrize(("finnish", "delimiter", "newline", "encoding", "trailing"), [
    (False, ",", "\n", "utf-8", True),
    (True, ";", "\r\n", "cp1252", False),
])
def test_chunked_fast_read_equals_the_exact_reader(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, tiny_chunks: None, finnish: bool,
        delimiter: str, newline: str, encoding: str, trailing: bool) -> None:
    path = _write(tmp_path / "c.csv", _rows(1500, 5, finnish), delimiter, newline, encoding,
                  trailing)
    assert path.stat().st_size > 40 * 2048  # many chunks
    expected = _exact(path)
    _same(_fast(path, monkeypatch), expected)
    assert len(expected) == 1500
    assert len(expected.client_ids) <= 60  # padded ids were trimmed into the same clients


def test_chunks_cover_the_file_and_end_at_line_breaks(tmp_path: Path, tiny_chunks: None) -> None:
    lines = [b"x" * n for n in (10, 5000, 3, 2047, 2048, 2049, 1, 0, 700)]
    data = b"\n".join(lines) + b"\nlast line without a break"
    path = tmp_path / "lines.csv"
    path.write_bytes(data)
    pieces = [bytes(p) for p in contacts_module._line_chunks(path)]
    assert b"".join(pieces) == data
    assert all(p.endswith(b"\n") for p in pieces[:-1])
    assert len(pieces) > 3


def test_bad_value_in_a_late_chunk_is_located(tmp_path: Path, tiny_chunks: None) -> None:
    rows = _rows(1200, 7)
    rows[1100][2] = "31.2.2024"
    path = _write(tmp_path / "bad.csv", rows)
    with pytest.raises(ContactsError) as caught:
        read_contacts(path)
    assert caught.value.errors == [
        "bad.csv: line 1102, column contact_date (C): contact_date is not a date "
        "(use YYYY-MM-DD or dd.mm.yyyy)"]


def test_blank_client_in_a_late_chunk_is_located(tmp_path: Path, tiny_chunks: None) -> None:
    rows = _rows(1200, 8)
    rows[900][1] = "   "
    path = _write(tmp_path / "blank.csv", rows)
    with pytest.raises(ContactsError) as caught:
        read_contacts(path)
    assert caught.value.errors == [
        "blank.csv: line 902, column client_id (B): client_id is required but empty"]


def test_records_errors_come_first_when_both_inputs_are_bad(tmp_path: Path) -> None:
    rows = _rows(50, 9)
    rows[10][2] = "not a date"
    contacts = _write(tmp_path / "bad.csv", rows)
    records = tmp_path / "clients.jsonl"
    records.write_text('{"id": "c-001", "care_plans": [{"created_date": "nope", '
                       '"plan_status": "ACTIVE"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["metrics", str(contacts), "--records", str(records),
                                      "-o", str(tmp_path / "out"), "--no-plot"])
    assert result.exit_code == 1
    assert "clients.jsonl: line 1: care_plans[0].created_date: not a date" in result.output
    assert "bad.csv" not in result.output
    records.write_text('{"id": "c-001", "care_plans": [{"created_date": "2024-01-01", '
                       '"plan_status": "ACTIVE"}]}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["metrics", str(contacts), "--records", str(records),
                                      "-o", str(tmp_path / "out"), "--no-plot"])
    assert result.exit_code == 1
    assert "bad.csv: line 12, column contact_date (C): contact_date is not a date" \
        in result.output
    assert not (tmp_path / "out").exists()
