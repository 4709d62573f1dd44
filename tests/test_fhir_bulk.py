"""A bulk export (`Exporter(bulk=True)`, what `cm-model fhir export` uses for JSON Lines
without `--check`) writes its constant parts as orjson fragments: the bytes must be those of
the plain export, for valid clients and for clients with wrong values (which take the
exporter's fallback branches)."""

from __future__ import annotations

import json
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from cm_model import synth
from cm_model.cli import app
from cm_model.fhir.export import Exporter

ROOT = Path(__file__).resolve().parents[1]
VALID = sorted((ROOT / "examples" / "valid").glob("*.json"))
runner = CliRunner()


def _written(clients: list[dict], *, bulk: bool) -> list[bytes]:
    exporter = Exporter(bulk=bulk)
    return [orjson.dumps(entry) for index, client in enumerate(clients)
            for entry in exporter.client_entries(client, index)]


def _fragments(value: object) -> int:
    if isinstance(value, orjson.Fragment):
        return 1
    if isinstance(value, dict):
        return sum(_fragments(v) for v in value.values())
    if isinstance(value, list):
        return sum(_fragments(v) for v in value)
    return 0


def test_examples_folder_is_not_empty() -> None:
    assert len(VALID) >= 4


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_bulk_export_of_the_example_clients_is_the_plain_export(path: Path) -> None:
    clients = json.loads(path.read_text(encoding="utf-8")).get("clients") or []
    assert _written(clients, bulk=True) == _written(clients, bulk=False)


@settings(max_examples=10, deadline=None)
@given(seed=st.integers(min_value=0, max_value=10**6),
       invalid_rate=st.sampled_from([0.0, 0.3, 1.0]))
def test_bulk_export_of_synthetic_clients_is_the_plain_export(seed: int,
                                                              invalid_rate: float) -> None:
    clients, _ = synth.client_records(40, seed=seed, invalid_rate=invalid_rate)
    clients = orjson.loads(orjson.dumps(clients))
    assert _written(clients, bulk=True) == _written(clients, bulk=False)


def test_bulk_export_writes_fragments_and_the_plain_export_none() -> None:
    clients, _ = synth.client_records(5, seed=3, invalid_rate=0)
    bulk = [Exporter(bulk=True).client_entries(c, i) for i, c in enumerate(clients)]
    plain = [Exporter().client_entries(c, i) for i, c in enumerate(clients)]
    assert _fragments(bulk) > 25 * len(clients)  # a profile at least on every resource
    assert _fragments(plain) == 0


def test_cli_export_with_and_without_checks_writes_the_same_bytes(tmp_path: Path) -> None:
    clients, _ = synth.client_records(30, seed=11, invalid_rate=0)
    source = tmp_path / "clients.jsonl"
    source.write_bytes(b"".join(orjson.dumps(c) + b"\n" for c in clients))
    checked, bulk = tmp_path / "checked.ndjson", tmp_path / "bulk.ndjson"
    for out, flag in ((checked, "--check"), (bulk, "--no-check")):
        result = runner.invoke(app, ["fhir", "export", str(source), "-o", str(out), "--ndjson",
                                     flag, "--jobs", "1"])
        assert result.exit_code == 0, result.output
    assert bulk.read_bytes() == checked.read_bytes()
