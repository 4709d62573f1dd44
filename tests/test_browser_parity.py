"""The browser validator reaches the CLI's verdicts: rule ids, paths and messages, per record.

Thousands of synthetic client records (`cm_model.synth`), damaged by a seeded mutator (odd
values of every type, copies of other values, duplicated, dropped and foreign list elements),
are validated by `cm-model validate` and by the browser engine (src/cm_model/handbook/js/,
bundled for Node by web/build.mjs, run by tests/js/parity.mjs). Both must report the same rule
findings in the same order, and neither may fail to apply a rule ("could not be applied").
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
from pathlib import Path
from typing import Any

import orjson
import pytest
from test_validation_perf_equivalence import damage

from cm_model import synth
from cm_model.validation import validate

ROOT = Path(__file__).resolve().parent.parent
ENGINE = ROOT / "web" / "build" / "engine-node.mjs"
DRIVER = ROOT / "tests" / "js" / "parity.mjs"
N_JSONL, N_EXPORT = 2500, 600


def _engine() -> Path:
    if shutil.which("node") is None:
        pytest.fail("node is not installed (the browser parity test needs it)")
    inputs = [*(ROOT / "src/cm_model/handbook/js").glob("*.js"), ROOT / "web/build.mjs",
              ROOT / "src/cm_model/datamodel/schema_index.json",
              ROOT / "docs/assets/validator/rules.json"]
    stale = ENGINE.is_file() and ENGINE.stat().st_mtime < max(p.stat().st_mtime for p in inputs)
    if not ENGINE.is_file() or stale:  # `make docs` builds it; (re)build it for a direct run
        if not (ROOT / "web" / "node_modules").is_dir():
            pytest.fail("web/node_modules missing: run `make web` (npm ci) first")
        subprocess.run(["node", str(ROOT / "web" / "build.mjs")], cwd=ROOT, check=True,
                       capture_output=True)
    return ENGINE


def _records(n: int, seed: int) -> list[dict[str, Any]]:
    base, _ = synth.client_records(60, seed=seed, invalid_rate=0.4)
    rng = random.Random(seed)
    out = [damage(rng.choice(base), rng, rng.randint(0, 5)) for _ in range(n)]
    out += out[:5]  # repeated ids across records (CM-R002)
    return out


def _export(clients: list[dict[str, Any]], seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    contacts = [{"id": f"sc-{k:08d}", "client_id": rng.choice(clients).get("id") or "c-x",
                 "contact_date": f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                 "end_date": rng.choice([None, "2026-01-01", "2026-12-31"]),
                 "contact_type": "PRIMARY_CARE_VISIT", "sector": "PRIMARY_HEALTH_CARE"}
                for k in range(40)]
    contacts = [{k: v for k, v in c.items() if v is not None} for c in contacts]
    contacts.append({"id": "sc-x", "client_id": "c-not-listed", "contact_date": "2026-01-01",
                     "contact_type": "PRIMARY_CARE_VISIT", "sector": "PRIMARY_HEALTH_CARE"})
    return {"organisation": {"id": "org-synth", "name": "Synteettinen"},
            "export_time": synth.EXPORT_TIME, "schema_version": synth.SCHEMA_VERSION,
            "workers": synth.workers()[:-3], "trigger_catalogue": synth.trigger_catalogue()[1:],
            "clients": clients, "service_contacts": contacts}


def _rule_findings(findings: list[Any]) -> list[tuple[Any, ...]]:
    return [(f["record"], f["path"], f["code"], f["severity"], f["message"])
            for f in findings if f["code"].startswith("CM-R")]


def test_browser_engine_reports_what_the_cli_reports(tmp_path: Path) -> None:
    engine = _engine()
    jsonl = tmp_path / "clients.jsonl"
    jsonl.write_bytes(b"\n".join(orjson.dumps(r) for r in _records(N_JSONL, 11)) + b"\n")
    export = tmp_path / "export.json"
    export.write_bytes(orjson.dumps(_export(_records(N_EXPORT, 12), 12)))
    done = subprocess.run(["node", str(DRIVER), str(engine), str(jsonl), str(export)],
                          capture_output=True, text=True, check=True)
    browser = json.loads(done.stdout)
    for path in (jsonl, export):
        cli = [f.__dict__ for f in validate([path]).findings]
        js = browser[str(path)]
        assert not [f for f in cli + js if f["message"].startswith("rule could not be applied")]
        expected, got = _rule_findings(cli), _rule_findings(js)
        assert len(expected) > 100  # the mutator breaks many rules …
        assert {f[2] for f in expected} >= {"CM-R001", "CM-R002", "CM-R014", "CM-R020"}
        assert got == expected  # … and both languages report them identically


def test_browser_engine_words_places_in_finnish_like_the_cli(tmp_path: Path) -> None:
    """With Finnish messages both sides give the places inside them in Finnish too (CM-R002's
    'first at line N' and the readers' 'line N, column M'), word for word."""
    import os

    engine = _engine()
    jsonl = tmp_path / "clients.jsonl"
    records = _records(300, 21)
    jsonl.write_bytes(b"\n".join(orjson.dumps(r) for r in records) + b"\n"
                      + b'{"id": "c-x", "id": "c-y"}\n')
    done = subprocess.run(["node", str(DRIVER), str(engine), str(jsonl)], capture_output=True,
                          text=True, check=True, env={**os.environ, "CM_LANG": "fi"})
    js = json.loads(done.stdout)[str(jsonl)]
    cli = [f.__dict__ for f in validate([jsonl], lang="fi").findings]
    repeats = [f[4] for f in _rule_findings(cli) if f[2] == "CM-R002"]
    assert any("ensimmäinen käyttö: rivi" in m for m in repeats)
    assert not [m for m in repeats if "first at" in m or "line " in m]
    assert _rule_findings(js) == _rule_findings(cli)
    duplicate = [f["message"] for f in cli + js if f["code"] == "read.duplicate-key"]
    assert len(duplicate) == 2 and all(f"(rivi {len(records) + 1}, sarake 15)" in m for m in duplicate), duplicate
