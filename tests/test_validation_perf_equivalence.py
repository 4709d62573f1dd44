"""The fast path (validation/fastpath.py) gives exactly the findings of the plain catalogue path.

The engine normally runs only the rules that the single-pass pre-check cannot prove silent;
`engine.FAST_PATH = False` runs every catalogue rule on every record (the reference the
JavaScript port follows). Both must agree on every finding: rule, message, path, location,
value, order, on the example corpus and on many randomly damaged client records.
"""

from __future__ import annotations

import copy
import random
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cm_model import synth
from cm_model.metrics.measures import whoqol_bref_domain_scores
from cm_model.validation import engine, fastpath, rules, validate

ROOT = Path(__file__).resolve().parent.parent
CORPUS = sorted(p for d in ("examples", "tests/data") for p in (ROOT / d).rglob("*")
                if p.is_file() and p.suffix.lower() in engine.SUPPORTED_SUFFIXES)


def both(paths: list[Path], **kwargs: Any) -> tuple[Any, Any]:
    try:
        engine.FAST_PATH = False
        plain = validate(paths, show_values=True, **kwargs)
    finally:
        engine.FAST_PATH = True
    fast = validate(paths, show_values=True, **kwargs)
    return plain, fast


@pytest.mark.parametrize("lang", ["en", "fi"])
def test_corpus_findings_identical(lang: str) -> None:
    assert len(CORPUS) > 30
    plain, fast = both(CORPUS, lang=lang)
    assert fast.findings == plain.findings
    assert fast.files == plain.files


# --- random damage ----------------------------------------------------------------------------

ODD_VALUES: list[Any] = [None, "", "x", "2024-13-45", "1999-01-01", "2099-12-31",
                         "2020-05-05T10:00:00+03:00", 0, 1, -1, 3, 7, 27, 2.5, 1e308, True,
                         False, [], [1], {}, {"id": "a"}, "CLOSED", "ACTIVE", "CLOSING",
                         "DRAFT", "UPC", "COC", "CLIENT_COORDINATOR", "GIVEN",
                         "COORDINATOR_CONTACT", "PHYSICAL", "w-0001", "c-0000001-g1",
                         "010150-990C", "010150-990c", "311399-999X", "290200A9026",
                         " 010150-990C", "010150-990C\n"]


def _containers(node: Any, out: list[Any]) -> list[Any]:
    if isinstance(node, dict):
        out.append(node)
        for v in node.values():
            _containers(v, out)
    elif isinstance(node, list):
        out.append(node)
        for v in node:
            _containers(v, out)
    return out


def damage(record: dict[str, Any], rng: random.Random, steps: int) -> dict[str, Any]:
    """Random edits anywhere in the record: odd values, copies of other values, duplicated,
    dropped or foreign list elements, removed keys."""
    rec = copy.deepcopy(record)
    for _ in range(steps):
        nodes = _containers(rec, [])
        node = rng.choice(nodes)
        kind = rng.random()
        if isinstance(node, dict) and node:
            key = rng.choice(list(node))
            if kind < 0.45:
                node[key] = rng.choice(ODD_VALUES)
            elif kind < 0.6:
                node.pop(key)
            elif kind < 0.8:
                scalars = [v for n in nodes if isinstance(n, dict) for v in n.values()
                           if isinstance(v, str | int | float)]
                node[key] = rng.choice(scalars) if scalars else None
            else:
                value = node[key]
                if isinstance(value, str) and len(value) >= 10:
                    node[key] = value[:8] + f"{rng.randint(0, 39):02d}" + value[10:]
        elif isinstance(node, list) and node:
            i = rng.randrange(len(node))
            if kind < 0.4:
                node.append(copy.deepcopy(node[i]))
            elif kind < 0.6:
                node.pop(i)
            elif kind < 0.8:
                node.insert(i, rng.choice(ODD_VALUES))
            else:
                node[i] = copy.deepcopy(rng.choice(node))
    return rec


def _findings(records: list[dict[str, Any]], ctx_for: Any, fast: bool) -> list[Any]:
    run = engine.FileRun("mem.jsonl", engine.Options(show_values=True))
    if ctx_for is not None:
        run.ctx = ctx_for()
    saved = engine.FAST_PATH
    engine.FAST_PATH = fast
    try:
        for n, rec in enumerate(records, start=1):
            run.record("Client", rec, f"line {n}", n)
    finally:
        engine.FAST_PATH = saved
    return run.findings


def _export_ctx() -> rules.Context:
    ctx = rules.Context()
    ctx.export_time = synth.EXPORT_TIME[:10]
    ctx.worker_ids = {w["id"] for w in synth.workers()}
    ctx.trigger_codes = {t["code"] for t in synth.trigger_catalogue()}
    return ctx


BASE, _ = synth.client_records(40, seed=7, invalid_rate=0.5)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 6),
       export=st.booleans())
def test_damaged_records_give_identical_findings(seed: int, steps: int, export: bool) -> None:
    rng = random.Random(seed)
    records = [damage(rng.choice(BASE), rng, steps) for _ in range(6)]
    records.append(copy.deepcopy(records[0]))  # a repeated client id (CM-R002 across records)
    ctx_for = _export_ctx if export else None
    assert _findings(records, ctx_for, True) == _findings(records, ctx_for, False)


def test_synthetic_clients_give_identical_findings() -> None:
    records, broken = synth.client_records(300, seed=3, invalid_rate=0.3)
    assert broken
    plain = _findings(records, None, False)
    assert plain  # the broken ones are reported …
    assert _findings(records, None, True) == plain  # … identically


def test_jsonl_file_identical_with_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    records, _ = synth.client_records(200, seed=5, invalid_rate=0.3)
    rng = random.Random(5)
    records += [damage(rng.choice(records), rng, 3) for _ in range(100)]
    path = tmp_path / "clients.jsonl"
    path.write_bytes(b"\n".join(orjson.dumps(r) for r in records) + b"\n")
    monkeypatch.setattr(engine, "PARALLEL_MIN_BYTES", 1)
    plain, fast = both([path])
    assert fast.findings == plain.findings and plain.findings
    assert validate([path], jobs=2, show_values=True).findings == plain.findings


@given(st.dictionaries(st.integers(1, 26), st.integers(1, 5)))
def test_fast_whoqol_scoring_equals_metrics_module(answers: dict[int, int]) -> None:
    reference = whoqol_bref_domain_scores(answers)
    for domain, (s4, s100) in fastpath.whoqol_scores(answers).items():
        assert (s4, s100) == (reference[domain].score_4_20.value,
                              reference[domain].score_0_100.value)


@given(st.text(alphabet="0123456789-+ABCDEFUVWXYHJKNPRSTacx \n", min_size=9, max_size=13))
def test_fast_hetu_never_accepts_what_stdnum_refuses(value: str) -> None:
    valid, encoded = fastpath.hetu_fast(value)
    if valid:
        assert rules.hetu_valid(value)
        assert encoded is not None


def test_fast_hetu_accepts_synthetic_codes() -> None:
    for rec in BASE[:20]:
        value = rec["henkilotunnus"]
        assert fastpath.hetu_fast(value)[0] == rules.hetu_valid(value)
