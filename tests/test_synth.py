"""`cm-model synth`: valid, deterministic, complete, and exact about what it breaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cm_model import synth
from cm_model.validation import validate
from cm_model.validation.rules import hetu_valid


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    synth.write(a, n=20, seed=5)
    synth.write(b, n=20, seed=5)
    assert a.read_bytes() == b.read_bytes()


def test_records_cover_every_segment_role_and_phase() -> None:
    recs, _ = synth.client_records(42, 1)
    segments = {s for r in recs for s in r["segments"]}
    roles = {a["role"] for r in recs for a in r["assignments"]}
    phases = {e["phase"] for r in recs for e in r["cm_hoi_entries"]}
    assert segments == set(synth.SEGMENTS)
    assert roles == set(synth.ROLES)
    assert phases == set(synth.PHASES)
    for r in recs:
        code = r["henkilotunnus"]
        assert hetu_valid(code) and 900 <= int(code[7:10]) <= 999


def test_every_format_validates_clean(tmp_path: Path) -> None:
    for fmt in ("jsonl", "json", "csv", "xlsx"):
        path = tmp_path / f"c.{fmt}"
        synth.write(path, n=30, seed=2, fmt=fmt)
        report = validate([path])
        assert report.exit_code == 0 and report.findings == [], fmt


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "xlsx"])
def test_invalid_rate_breaks_exactly_the_manifested_rules(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"bad.{fmt}"
    synth.write(path, n=150 if fmt != "jsonl" else 300, seed=3, fmt=fmt, invalid_rate=0.15)
    manifest = json.loads(Path(str(path) + ".manifest.json").read_text())
    assert len(set(manifest.values())) == len(synth.BREAKERS)
    found: dict[str, set[str]] = {}
    for f in validate([path]).findings:
        found.setdefault(f.record, set()).add(f.code)
    assert found == {loc: {rule} for loc, rule in manifest.items()}


@pytest.mark.parametrize(("kind", "fmt", "extra"), [
    ("contacts", "xlsx", {}), ("contacts", "json", {}), ("export", "jsonl", {}),
    ("export", "csv", {}), ("export", "xlsx", {}), ("contacts", "csv", {"invalid_rate": 0.1}),
])
def test_refused_request_leaves_existing_output_alone(tmp_path: Path, kind: str, fmt: str,
                                                      extra: dict[str, float]) -> None:
    keep = tmp_path / f"keep.{fmt}"
    keep.write_text("hello\n")
    with pytest.raises(synth.SynthError):
        synth.write(keep, n=5, kind=kind, fmt=fmt, **extra)
    assert keep.read_text() == "hello\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [keep.name]


def test_contacts_fast_path_writes_valid_rows(tmp_path: Path) -> None:
    for fmt in ("csv", "jsonl"):
        path = tmp_path / f"contacts.{fmt}"
        synth.write(path, n=5000, seed=1, fmt=fmt, kind="contacts", clients=300)
        report = validate([path], class_name="ServiceContact")
        assert report.records == 5000 and report.exit_code == 0, fmt
