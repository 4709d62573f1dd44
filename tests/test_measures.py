"""The outcome measures: hand-computed cases and properties (COC, UPC, SECON, WHOQOL-BREF, NPS)."""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cm_model.metrics.measures import (
    MeasureValue,
    coc,
    coc_from_counts,
    nps,
    secon,
    upc,
    upc_from_counts,
    whoqol_bref_domain_scores,
)

# --- hand-computed continuity ----------------------------------------------------------------


def test_issue_example_a_a_b_a_c() -> None:
    providers = ["A", "A", "B", "A", "C"]
    # n = (3, 1, 1), N = 5: COC = (9+1+1-5)/(5*4) = 6/20; UPC = 3/5; SECON = 1 same pair of 4.
    assert coc(providers).value == pytest.approx(0.30)
    assert upc(providers).value == pytest.approx(0.60)
    assert secon(providers).value == pytest.approx(0.25)
    assert coc(providers).n == 5


def test_counts_mapping_equals_provider_sequence() -> None:
    assert coc({"A": 3, "B": 1, "C": 1}) == coc(["A", "A", "B", "A", "C"])
    assert coc_from_counts([3, 1, 1]).value == pytest.approx(0.30)
    assert upc_from_counts([3, 1, 1]).value == pytest.approx(0.60)


def test_every_contact_with_a_different_provider_is_zero_not_undefined() -> None:
    result = coc(["A", "B", "C", "D"])
    assert result.computable and result.value == 0.0
    assert secon(["A", "B", "C", "D"]).value == 0.0
    assert upc(["A", "B", "C", "D"]).value == 0.25


def test_two_providers_half_and_half() -> None:
    # n = (2, 2), N = 4: (4+4-4)/(4*3) = 4/12.
    assert coc(["A", "B", "A", "B"]).value == pytest.approx(1 / 3)
    assert secon(["A", "A", "B", "B"]).value == pytest.approx(2 / 3)
    assert secon(["A", "B", "A", "B"]).value == 0.0


@pytest.mark.parametrize("providers", [[], ["A"]])
def test_coc_and_secon_not_computable_below_two_contacts(providers: list[str]) -> None:
    for result in (coc(providers), secon(providers)):
        assert not result.computable
        assert result.value is None
        assert "contact" in (result.reason or "")
    assert "not computable" in str(coc(providers))


def test_upc_defined_from_one_contact() -> None:
    assert upc(["A"]).value == 1.0
    assert not upc([]).computable
    assert upc([]).reason == "no contacts with a provider in the window"


def test_missing_provider_is_an_error_not_a_provider() -> None:
    with pytest.raises(ValueError, match="contact 2: provider is missing"):
        coc(["A", None, "B"])
    with pytest.raises(ValueError, match="contact 1"):
        secon(["", "A"])
    with pytest.raises(ValueError, match="non-negative integer"):
        coc_from_counts([2, -1])


def test_as_dict_is_json_friendly() -> None:
    assert coc(["A"]).as_dict() == {
        "value": None, "computable": False,
        "reason": "fewer than two contacts with a provider in the window", "n": 1,
    }


# --- properties -----------------------------------------------------------------------------

providers_strategy = st.lists(st.sampled_from("ABCDEFG"), min_size=0, max_size=60)


@given(providers_strategy)
def test_coc_and_upc_within_unit_interval(providers: list[str]) -> None:
    for result in (coc(providers), upc(providers), secon(providers)):
        if result.computable:
            assert 0.0 <= result.value <= 1.0


@given(providers_strategy)
def test_coc_is_one_exactly_when_one_provider(providers: list[str]) -> None:
    result = coc(providers)
    if len(providers) < 2:
        assert not result.computable
    else:
        assert (result.value == 1.0) == (len(set(providers)) == 1)


@given(providers_strategy, st.randoms(use_true_random=False))
def test_coc_and_upc_invariant_under_reordering(providers: list[str], rnd: random.Random) -> None:
    shuffled = providers[:]
    rnd.shuffle(shuffled)
    assert coc(shuffled) == coc(providers)
    assert upc(shuffled) == upc(providers)


def test_secon_is_not_invariant_under_reordering() -> None:
    # Same counts, different order: COC/UPC equal, SECON differs.
    grouped, alternating = ["A", "A", "B", "B"], ["A", "B", "A", "B"]
    assert coc(grouped) == coc(alternating)
    assert upc(grouped) == upc(alternating)
    assert secon(grouped).value != secon(alternating).value


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=10))
def test_coc_matches_formula_on_counts(counts: list[int]) -> None:
    total = sum(counts)
    result = coc_from_counts(counts)
    if total < 2:
        assert not result.computable
    else:
        expected = (sum(c * c for c in counts) - total) / (total * (total - 1))
        assert result.value == pytest.approx(expected)
        assert result.n == total


@given(providers_strategy)
def test_upc_at_least_one_over_number_of_providers(providers: list[str]) -> None:
    if providers:
        assert upc(providers).value >= 1 / len(Counter(providers)) - 1e-12


# --- WHOQOL-BREF -----------------------------------------------------------------------------


def _all(answer: int) -> dict[int, int]:
    return {item: answer for item in range(1, 27)}


def test_whoqol_all_threes_is_midpoint() -> None:
    scores = whoqol_bref_domain_scores(_all(3))
    assert list(scores) == ["physical", "psychological", "social", "environment"]
    for score in scores.values():
        assert score.score_4_20.value == 12.0
        assert score.score_0_100.value == 50.0


def test_whoqol_reverse_scored_items() -> None:
    # All answers 5 except the reversed items 3, 4, 26 also 5 → those count as 1.
    scores = whoqol_bref_domain_scores(_all(5))
    # physical: 1, 1, 5, 5, 5, 5, 5 → mean 27/7 → ×4 = 108/7.
    assert scores["physical"].score_4_20.value == pytest.approx(108 / 7)
    # psychological: 5, 5, 5, 5, 5, 1 → 26/6 ×4.
    assert scores["psychological"].score_4_20.value == pytest.approx(26 / 6 * 4)
    assert scores["social"].score_4_20.value == 20.0
    assert scores["social"].score_0_100.value == 100.0
    assert scores["environment"].score_0_100.value == 100.0


def test_whoqol_hand_computed_physical() -> None:
    answers = _all(3) | {3: 2, 4: 1, 10: 4, 15: 3, 16: 2, 17: 4, 18: 5}
    # reversed: 6-2=4, 6-1=5; values 4,5,4,3,2,4,5 = 27 → 108/7 = 15.4286; 0–100 = 500/7.
    physical = whoqol_bref_domain_scores(answers)["physical"]
    assert physical.score_4_20.value == pytest.approx(15.428571, abs=1e-6)
    assert physical.score_0_100.value == pytest.approx(71.428571, abs=1e-6)
    # one item missing: the mean of the other six stands in. 4,5,4,3,2,4 = 22 → 88/6.
    del answers[18]
    physical = whoqol_bref_domain_scores(answers)["physical"]
    assert physical.missing_items == (18,)
    assert physical.score_4_20.value == pytest.approx(88 / 6)
    assert physical.score_0_100.value == pytest.approx((88 / 6 - 4) * 6.25)


@pytest.mark.parametrize(
    ("domain", "missing", "computable"),
    [
        ("physical", (3,), True), ("physical", (3, 10), False),
        ("psychological", (5,), True), ("psychological", (5, 6), False),
        ("social", (20,), True), ("social", (20, 21), False),
        ("environment", (8, 9), True), ("environment", (8, 9, 12), False),
    ],
)
def test_whoqol_missing_item_limits(
    domain: str, missing: tuple[int, ...], computable: bool
) -> None:
    answers: dict[int, int | None] = dict(_all(4))
    for item in missing:
        answers[item] = None
    score = whoqol_bref_domain_scores(answers)[domain]
    assert score.computable is computable
    if not computable:
        assert score.score_0_100.value is None
        assert "must be answered" in (score.score_4_20.reason or "")


def test_whoqol_assessment_discarded_with_more_than_20_percent_missing() -> None:
    five_missing = {i: 4 for i in range(1, 27) if i not in (1, 2, 8, 20, 5)}
    assert all(s.computable for s in whoqol_bref_domain_scores(five_missing).values())
    # six missing (23 %): every domain is discarded even though each would have enough items.
    six_missing = {i: 4 for i in range(1, 27) if i not in (1, 2, 8, 20, 5, 3)}
    scores = whoqol_bref_domain_scores(six_missing)
    assert not any(s.computable for s in scores.values())
    assert "discarded" in (scores["social"].score_4_20.reason or "")


def test_whoqol_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="item 7"):
        whoqol_bref_domain_scores(_all(3) | {7: 6})
    with pytest.raises(ValueError, match="item 27"):
        whoqol_bref_domain_scores(_all(3) | {27: 3})


@given(st.dictionaries(st.integers(1, 26), st.integers(1, 5)))
def test_whoqol_scores_within_scale(answers: dict[int, int]) -> None:
    for score in whoqol_bref_domain_scores(answers).values():
        if score.computable:
            assert 4.0 <= score.score_4_20.value <= 20.0
            assert 0.0 <= score.score_0_100.value <= 100.0
        assert score.answered + len(score.missing_items) == len(score.items)


# --- NPS --------------------------------------------------------------------------------------


def test_nps_hand_computed() -> None:
    # promoters 10, 9, 9 (3); passives 8, 7 (2); detractors 6, 0 (2); 7 answers → 100*(3-2)/7.
    assert nps([10, 9, 9, 8, 7, 6, 0]).value == pytest.approx(100 / 7)
    assert nps([10, 10]).value == 100.0
    assert nps([0, 6]).value == -100.0
    assert nps([7, 8]).value == 0.0


def test_nps_undefined_without_answers() -> None:
    assert nps([]) == MeasureValue(None, "no answers", 0)
    assert not nps([None, None]).computable


def test_nps_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="answer 2"):
        nps([5, 11])


@given(st.lists(st.integers(0, 10), min_size=1))
def test_nps_within_range(scores: list[int]) -> None:
    assert -100.0 <= nps(scores).value <= 100.0


# --- the column-wise WHOQOL-BREF twin agrees with the scalar function ------------------------


@given(st.lists(st.dictionaries(st.integers(1, 26), st.integers(1, 5), min_size=15),
                min_size=1, max_size=8))
def test_whoqol_matrix_matches_scalar(assessments: list[dict[int, int]]) -> None:
    import numpy as np

    from cm_model.metrics.measures import whoqol_bref_domain_matrix

    matrix = np.zeros((len(assessments), 26), dtype=np.int8)
    for row, answers in enumerate(assessments):
        for item, answer in answers.items():
            matrix[row, item - 1] = answer
    columns = whoqol_bref_domain_matrix(matrix)
    for row, answers in enumerate(assessments):
        for domain, score in whoqol_bref_domain_scores(answers).items():
            raw, transformed = columns[domain][0][row], columns[domain][1][row]
            if score.computable:
                assert raw == score.score_4_20.value
                assert transformed == score.score_0_100.value
            else:
                assert np.isnan(raw) and np.isnan(transformed)
