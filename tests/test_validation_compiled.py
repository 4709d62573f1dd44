"""The compiled passes of the validator (cm_model.validation.gather) against the rules' own
slow paths, on synthetic and randomly damaged client records.

- the gathered values of every pattern equal the segment-by-segment walk (`rules._plain`);
- where the compiled first look proves a part clean (nested ids, record-scope references,
  periods), the rules of that part, run in full without the proof, report nothing on it;
- and on damaged records it does find the repeats, dangling references and reversed periods.
"""

from __future__ import annotations

import copy
import random
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_validation_perf_equivalence import BASE, _date_damage, damage

from cm_model.validation import engine, gather, rules

PARTS = {0: ("CM-R002",), 1: ("CM-R016", "CM-R018"), 2: ("CM-R020",)}


def _records(seed: int, steps: int) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    out = [damage(rng.choice(BASE), rng, steps) for _ in range(4)]
    out += [_date_damage(rng.choice(BASE), rng) for _ in range(3)]
    return out


def _full_hits(record: dict[str, Any], part: int) -> list[rules.Hit]:
    rules.begin(record, "Client", prove=False)
    try:
        hits = [h for rid in PARTS[part] for h in rules.BY_ID[rid].check(
            record, rules.Context(), "Client")]
    finally:
        rules.begin(None)
    return [h for h in hits if not str(h.params.get("scope", "")).startswith("Client, first")]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 6))
def test_gathered_values_are_the_walk_of_each_pattern(seed: int, steps: int) -> None:
    patterns = sorted({p for r in rules.CATALOGUE for p in _patterns_of(r)})
    run = gather.compile_patterns(patterns)
    for record in _records(seed, steps):
        got = run(record)
        rules.begin(None)  # not the current record: the plain walk, no memo
        for pattern in patterns:
            assert got[pattern] == rules._plain(record, pattern), pattern


def _patterns_of(rule: rules.Rule) -> list[str]:
    refs = rule.data.get("references", [])
    found = [r["path"] for r in refs] + [r["target_path"] for r in refs if r.get("target_path")]
    found += [p for p in rule.data.get("nested_id_lists", []) if "." in p]
    found += [p[0] for ps in rule.data.get("periods", {}).values() for p in ps if p[0]]
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(1, 6))
def test_a_part_proven_clean_has_no_findings(seed: int, steps: int) -> None:
    prove = rules._prover("Client")
    for record in _records(seed, steps):
        proofs = prove(record)
        for part, ok in enumerate(proofs):
            if ok:
                assert _full_hits(record, part) == [], (part, record)


def test_the_first_look_finds_what_the_rules_report() -> None:
    """Not trivially True: each kind of damage turns its part of the proof False."""
    prove = rules._prover("Client")
    client = copy.deepcopy(next(r for r in BASE if len(r.get("assignments", [])) >= 2
                                and r.get("care_plans") and r["care_plans"][0].get("goals")))
    assert prove(client) == (True, True, True)
    repeated = copy.deepcopy(client)
    repeated["assignments"][1]["id"] = repeated["assignments"][0]["id"]
    dangling = copy.deepcopy(client)
    dangling["assignments"][1]["handover_from"] = "no-such-assignment"
    reversed_ = copy.deepcopy(client)
    reversed_["care_plans"][0]["goals"][0].update(set_date="2024-05-05",
                                                 target_date="2024-01-01")
    for record, part in ((repeated, 0), (dangling, 1), (reversed_, 2)):
        proofs = prove(record)
        assert proofs[part] is False and all(proofs[k] for k in range(3) if k != part)
        assert _full_hits(record, part)


def test_synthetic_clients_are_proven_clean_and_validate_alike() -> None:
    records, _ = BASE, None
    valid = [r for r in records if all(rules._prover("Client")(r))]
    assert len(valid) > len(records) // 3  # the common case takes the short way
    run = engine.FileRun("mem.jsonl", engine.Options(show_values=True))
    for n, record in enumerate(valid, start=1):
        run.record("Client", record, f"line {n}", n)
    codes = {f.code for f in run.findings}
    assert not codes & {"CM-R016", "CM-R018", "CM-R020"}
