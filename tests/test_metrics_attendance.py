"""Contacts that did not take place (`attendance` MISSED or cancelled) are not contacts for
`cm-model triggers` and `metrics`: a file with them gives what the same file without them
gives, in every format and on both CSV paths, and a warning counts what was left out."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
from test_metrics_perf_equivalence import HEADER, _exact, _rows, _same, tiny_chunks  # noqa: F401
from typer.testing import CliRunner

from cm_model.cli import app
from cm_model.metrics import contacts as contacts_module
from cm_model.metrics.contacts import ContactsError, read_contacts

DATA = Path(__file__).parent / "data" / "contacts"
runner = CliRunner()
NOT_HELD = ("MISSED", "CANCELLED_BY_CLIENT", "Palvelu perui")  # a label is read as its code


def _files(tmp_path: Path, n: int = 1500) -> tuple[Path, Path, int]:
    """The same contacts twice: with an attendance column where some did not take place,
    and without those rows (and without the column)."""
    rnd = random.Random(3)
    rows = _rows(n, 7)
    held, all_rows, dropped = [], [], 0
    for row in rows:
        attendance = rnd.choice(["", "ATTENDED", "Toteutui", *NOT_HELD])
        all_rows.append([*row, attendance])
        if attendance in NOT_HELD:
            dropped += 1
        else:
            held.append(row)
    full = tmp_path / "with.csv"
    full.write_text("\n".join(",".join(r) for r in [[*HEADER, "attendance"], *all_rows]) + "\n",
                    encoding="utf-8")
    plain = tmp_path / "without.csv"
    plain.write_text("\n".join(",".join(r) for r in [HEADER, *held]) + "\n", encoding="utf-8")
    return full, plain, dropped


def test_not_held_contacts_are_left_out_on_both_csv_paths(tmp_path: Path,
                                                         tiny_chunks: None) -> None:  # noqa: F811
    full, plain, dropped = _files(tmp_path)
    assert dropped > 100
    fast = read_contacts(full)
    exact = contacts_module.attended_only(_exact(full))
    reference = read_contacts(plain)
    for table in (fast, exact):
        assert len(table) == len(reference)
        _same(table, reference)
        assert [w for w in table.warnings if "did not take place" in w]
    assert np.all(np.isin(fast.attendance, [-1, 0]))  # ATTENDED or not stated


def test_json_lines_too(tmp_path: Path) -> None:
    contacts = [{"id": f"sc-{k}", "client_id": "c-1", "contact_date": f"2024-01-{k + 1:02d}",
                 "contact_type": "PRIMARY_CARE_VISIT", "sector": "PRIMARY_HEALTH_CARE",
                 "attendance": "MISSED" if k % 3 == 0 else "ATTENDED"} for k in range(9)]
    path = tmp_path / "c.jsonl"
    path.write_text("\n".join(json.dumps(c) for c in contacts) + "\n", encoding="utf-8")
    table = read_contacts(path)
    assert len(table) == 6
    assert any("3 contact(s) did not take place (attendance MISSED 3)" in w
               for w in table.warnings)


def test_unknown_attendance_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text(",".join([*HEADER, "attendance"]) + "\n"
                    "sc-1,c-1,2024-01-01,,PRIMARY_CARE_VISIT,PRIMARY_HEALTH_CARE,u,p,,maybe\n",
                    encoding="utf-8")
    with pytest.raises(ContactsError) as failed:
        read_contacts(path)
    assert "line 2, column attendance (J): attendance is not an AttendanceStatus" \
        in "\n".join(failed.value.errors)


def test_metrics_and_triggers_count_only_held_contacts(tmp_path: Path) -> None:
    full, plain, _ = _files(tmp_path, n=300)
    outputs = {}
    for name, path in (("with", full), ("without", plain)):
        out = tmp_path / f"triggers-{name}"
        result = runner.invoke(app, ["triggers", str(path), "--as-of", "2025-01-01", "-o",
                                     str(out)])
        assert result.exit_code == 0, result.output
        outputs[name] = (out / "candidates.csv").read_bytes()
        if name == "with":
            assert "did not take place" in result.output
    assert outputs["with"] == outputs["without"]
