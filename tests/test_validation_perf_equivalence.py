"""Skipping rules by their declared inputs gives exactly the findings of running them all.

The engine normally runs a rule only on records where a field it declares in `reads` is
present (rules.Rule); `engine.FAST_PATH = False` runs every catalogue rule on every record.
Both must agree on every finding: rule, message, path, location, value, order, on the example
corpus and on many randomly damaged client records; and no rule may raise on them. The JSON
reports of both paths are byte-identical on synthetic valid and invalid files.

Some rules first prove the common, valid record silent in one plain pass before they locate
anything (CM-R014's stored scores, CM-R020's periods) and the henkilötunnus check reads the
canonical spelling without python-stdnum: each shortcut is compared here with the full check.
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
from cm_model.validation import engine, rules, validate

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
    ctx.record_ids = {"Worker": {w["id"] for w in synth.workers()},
                      "TriggerDefinition": {t["code"] for t in synth.trigger_catalogue()},
                      "ServiceContact": {"sc-00000001"}}
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
    plain = _findings(records, ctx_for, False)
    assert _findings(records, ctx_for, True) == plain
    assert not [f for f in plain if f.message == "rule could not be applied to this record"]


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
def test_lean_whoqol_scoring_is_the_metrics_scoring(answers: dict[int, int]) -> None:
    from cm_model.metrics.measures import whoqol_bref_scores

    reference = whoqol_bref_domain_scores(answers)
    for domain, (s4, s100) in whoqol_bref_scores(answers).items():
        assert (s4, s100) == (reference[domain].score_4_20.value,
                              reference[domain].score_0_100.value)


@given(st.lists(st.integers(1, 5), min_size=26, max_size=26))
def test_whoqol_scoring_of_complete_answers_is_the_manuals_arithmetic(values: list[int]) -> None:
    from cm_model.metrics.measures import (
        WHOQOL_BREF_DOMAINS,
        WHOQOL_BREF_REVERSED_ITEMS,
        whoqol_bref_scores,
    )

    answers = dict(enumerate(values, start=1))
    scores = whoqol_bref_scores(answers)
    for domain, items in WHOQOL_BREF_DOMAINS.items():
        used = [6 - answers[i] if i in WHOQOL_BREF_REVERSED_ITEMS else answers[i] for i in items]
        expected = sum(used) / len(used) * 4
        assert scores[domain] == (expected, (expected - 4) * 100 / 16)


def test_synthetic_henkilotunnus_values_are_valid() -> None:
    valid, _ = synth.client_records(20, seed=7, invalid_rate=0)
    for rec in valid:
        value = rec["henkilotunnus"]
        encoded = rules.hetu_birth_date(value)
        assert encoded is not None and encoded[2:4] == value[4:6]


# --- byte-identical JSON reports, and the fast henkilötunnus branch -------------------------

@pytest.mark.parametrize(("kind", "fmt", "rate"), [("clients", "jsonl", 0.0),
                                                   ("clients", "jsonl", 0.4),
                                                   ("export", "json", 0.4)])
def test_synthetic_files_give_byte_identical_json_reports(tmp_path: Path, kind: str, fmt: str,
                                                          rate: float) -> None:
    from cm_model.validation.report import format_json

    path = tmp_path / f"data.{fmt}"
    synth.write(path, kind=kind, n=150, seed=11, fmt=fmt, invalid_rate=rate)
    for lang in ("en", "fi"):
        plain, fast = both([path], lang=lang)
        assert format_json(fast) == format_json(plain)
        assert bool(plain.findings) == (rate > 0)


HETU_ODD = ["010150-990c", " 010150-990C", "010150-990C\n", "290200A9026", "290201A902C",
            "311399-999X", "010150+990C", "010101A001T", "010101A000R", "０10150-990C",
            "010150-990", "010150-990CX", "310450-990X", "010150Y990C", "010150G990C"]


@settings(max_examples=400)
@given(st.one_of(
    st.sampled_from(HETU_ODD),
    st.builds(lambda d, m, y, s, n: f"{d:02d}{m:02d}{y:02d}{s}{n:03d}",
              st.integers(0, 39), st.integers(0, 19), st.integers(0, 99),
              st.sampled_from("-+ABCDEFUVWXYGZa"), st.integers(0, 999)).flatmap(
        lambda head: st.sampled_from([head + c for c in
                                      "0123456789ABCDEFHJKLMNPRSTUVWXYGIOQZa"])),
    st.text(max_size=12)))
def test_fast_henkilotunnus_branch_is_python_stdnum(value: str) -> None:
    """The canonical form is checked without python-stdnum; the verdict and the birth date
    must be python-stdnum's own (allow_temporary) for every string."""
    from stdnum.fi import hetu

    got = rules.hetu_birth_date(value)
    assert (got is not None) == hetu.is_valid(value, allow_temporary=True)
    assert got == rules._hetu_birth_date_stdnum(value)


def _date_damage(record: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """Dates (and odd values) written over date fields anywhere: periods out of order."""
    rec = copy.deepcopy(record)
    for _ in range(rng.randint(1, 4)):
        node = rng.choice([n for n in _containers(rec, []) if isinstance(n, dict)])
        keys = [k for k in node if any(t in k for t in ("date", "start", "end", "valid"))]
        node[rng.choice(keys or list(node))] = rng.choice(
            ["2020-01-01", "2024-05-05", "2024-05-05T10:00:00", "2030-12-31", "x", None, 5,
             "2024-05-0", 4.0, "1999-12-31Z"])
    return rec


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 6))
def test_rule_shortcuts_give_the_full_checks_findings(seed: int, steps: int) -> None:
    rng = random.Random(seed)
    records = [damage(rng.choice(BASE), rng, steps) for _ in range(4)]
    records += [_date_damage(rng.choice(BASE), rng) for _ in range(4)]
    shortcut = [list(rules.BY_ID[r].check(rec, rules.Context(), "Client"))
                for rec in records for r in ("CM-R014", "CM-R020")]
    saved = rules._periods_doubtful, rules._scores_agree
    try:  # the shortcuts off: every record goes through the locating checks
        rules._periods_doubtful = lambda record, cls: True
        rules._scores_agree = lambda assessment, computed: False
        full = [list(rules.BY_ID[r].check(rec, rules.Context(), "Client"))
                for rec in records for r in ("CM-R014", "CM-R020")]
    finally:
        rules._periods_doubtful, rules._scores_agree = saved
    assert shortcut == full
