"""Outcome measures as pure functions: continuity of care (COC, UPC, SECON), WHOQOL-BREF, NPS.

Every function returns a :class:`MeasureValue`. A value that is mathematically undefined (too few
contacts, too many missing answers) is *not computable* and says why; it is never reported as 0,
because 0 is a real and meaningful continuity score ("every contact with a different provider").

The same functions back `cm-model metrics` and the validator's consistency rules, so a stored
score and a recomputed one can only disagree because the stored one is wrong.

Conventions for the continuity indices (Bice & Boxerman 1977; Breslau & Reeb 1975; Steinwachs
1979), for one client in one window:

* ``N``   number of contacts that name a provider (professional or unit, chosen by the caller);
* ``n_j`` number of those contacts with provider ``j``.

========  ==========================================  ====================  ===============
measure   formula                                     range                 undefined when
========  ==========================================  ====================  ===============
COC       (Σ n_j² − N) / (N (N − 1))                  0 … 1               N < 2
UPC       max_j n_j / N                               1/k … 1 (k = #prov)   N = 0
SECON     #{i : p_i = p_(i+1)} / (N − 1), in time     0 … 1               N < 2
========  ==========================================  ====================  ===============

COC and UPC depend only on the counts, so they do not change when the contacts are reordered;
SECON depends on the order and expects the contacts sorted by time.
Worked example: providers A, A, B, A, C → n = (3, 1, 1), N = 5:
COC = (9 + 1 + 1 − 5) / (5·4) = 0.30, UPC = 3/5 = 0.60, SECON = 1/4 = 0.25.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from cm_model.schema_info import whoqol_bref as _schema_whoqol

__all__ = [
    "MeasureValue",
    "WhoqolDomainScore",
    "WHOQOL_BREF_DOMAINS",
    "WHOQOL_BREF_REVERSED_ITEMS",
    "WHOQOL_BREF_MIN_ITEMS_ANSWERED",
    "coc",
    "coc_from_counts",
    "upc",
    "upc_from_counts",
    "secon",
    "whoqol_bref_domain_scores",
    "whoqol_bref_domain_matrix",
    "nps",
]


@dataclass(frozen=True, slots=True)
class MeasureValue:
    """A measure's value, or the reason it is not computable (then ``value`` is None).

    ``n`` is the number of observations the value rests on (contacts, answers), so a reader can
    tell a COC of 1.0 from two contacts apart from one from fifty.
    """

    value: float | None
    reason: str | None = None
    n: int = 0

    @property
    def computable(self) -> bool:
        return self.value is not None

    @staticmethod
    def of(value: float, n: int) -> MeasureValue:
        return MeasureValue(float(value), None, n)

    @staticmethod
    def not_computable(reason: str, n: int = 0) -> MeasureValue:
        return MeasureValue(None, reason, n)

    def as_dict(self) -> dict[str, Any]:
        """JSON-friendly form: ``{"value": …, "computable": …, "reason": …, "n": …}``."""
        return {"value": self.value, "computable": self.computable, "reason": self.reason,
                "n": self.n}

    def __str__(self) -> str:
        return f"{self.value:.4f}" if self.value is not None else f"not computable ({self.reason})"


# Reasons are stable phrases: reports and tests match on them.
REASON_NO_CONTACTS = "no contacts with a provider in the window"
REASON_ONE_CONTACT = "fewer than two contacts with a provider in the window"
REASON_NO_ANSWERS = "no answers"


def _counts(counts_or_providers: Mapping[Hashable, int] | Iterable[Hashable]) -> list[int]:
    """Counts per provider from either a mapping provider → count or a sequence of providers.

    A mapping is read as counts (a ``Counter`` is one). Anything else is read as one provider
    identifier per contact — so ``[1, 1, 2]`` means providers 1, 1, 2, not counts; pass raw
    counts to :func:`coc_from_counts` / :func:`upc_from_counts`.
    """
    if isinstance(counts_or_providers, Mapping):
        return _check_counts(counts_or_providers.values())
    providers = list(counts_or_providers)
    for position, provider in enumerate(providers):
        if provider is None or provider == "":
            raise ValueError(f"contact {position + 1}: provider is missing")
    return list(Counter(providers).values())


def _check_counts(counts: Iterable[int]) -> list[int]:
    checked = []
    for count in counts:
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"a provider count must be a non-negative integer, got {count!r}")
        if count:
            checked.append(count)
    return checked


def coc_from_counts(counts: Iterable[int]) -> MeasureValue:
    """Bice–Boxerman continuity of care index from contact counts per provider.

    COC = (Σ n_j² − N) / (N (N − 1)); 1 when every contact is with one provider, 0 when every
    contact is with a different one. Not computable for N < 2 (the denominator is 0). Exact
    integer arithmetic until the final division, so "one provider" gives exactly 1.0.
    """
    n_j = _check_counts(counts)
    total = sum(n_j)
    if total == 0:
        return MeasureValue.not_computable(REASON_NO_CONTACTS, 0)
    if total == 1:
        return MeasureValue.not_computable(REASON_ONE_CONTACT, 1)
    numerator = sum(c * c for c in n_j) - total
    return MeasureValue.of(numerator / (total * (total - 1)), total)


def coc(counts_or_providers: Mapping[Hashable, int] | Iterable[Hashable]) -> MeasureValue:
    """COC of a mapping provider → count, or of a sequence with one provider per contact.

    >>> coc(["A", "A", "B", "A", "C"]).value
    0.3
    """
    return coc_from_counts(_counts(counts_or_providers))


def upc_from_counts(counts: Iterable[int]) -> MeasureValue:
    """Usual provider of care index: the share of contacts with the most-seen provider.

    UPC = max n_j / N. Defined from one contact on (then 1.0); not computable with none.
    """
    n_j = _check_counts(counts)
    total = sum(n_j)
    if total == 0:
        return MeasureValue.not_computable(REASON_NO_CONTACTS, 0)
    return MeasureValue.of(max(n_j) / total, total)


def upc(counts_or_providers: Mapping[Hashable, int] | Iterable[Hashable]) -> MeasureValue:
    """UPC of a mapping provider → count, or of a sequence with one provider per contact.

    >>> upc(["A", "A", "B", "A", "C"]).value
    0.6
    """
    return upc_from_counts(_counts(counts_or_providers))


def secon(sequence: Sequence[Hashable]) -> MeasureValue:
    """Sequential continuity: the share of consecutive contact pairs with the same provider.

    SECON = #{i : p_i = p_(i+1)} / (N − 1) over the contacts *in time order* (the caller sorts;
    contacts on the same day keep the order given). Not computable for N < 2 (no pair).

    >>> secon(["A", "A", "B", "A", "C"]).value
    0.25
    """
    providers = list(sequence)
    for position, provider in enumerate(providers):
        if provider is None or provider == "":
            raise ValueError(f"contact {position + 1}: provider is missing")
    total = len(providers)
    if total == 0:
        return MeasureValue.not_computable(REASON_NO_CONTACTS, 0)
    if total == 1:
        return MeasureValue.not_computable(REASON_ONE_CONTACT, 1)
    same = sum(1 for a, b in zip(providers, providers[1:], strict=False) if a == b)
    return MeasureValue.of(same / (total - 1), total)


# --- WHOQOL-BREF ---------------------------------------------------------------------------
#
# Source: WHOQOL-BREF. Introduction, administration, scoring and generic version of the
# assessment. Field trial version, WHO, December 1996 (Appendix 10, "Steps for checking and
# cleaning data and computing domain scores").
#
# * 26 items answered on 1–5. Items 1 (overall quality of life) and 2 (general health) are not
#   in any domain.
# * Items 3, 4 and 26 are negatively phrased and reversed: x → 6 − x.
# * Domain score (4–20) = mean of the domain's answered items × 4.
# * 0–100 transform: (score − 4) × 100 / 16.
# * Missing items: the mean of the answered items stands in for them (this is what the mean
#   does), but only when enough items are answered: SPSS MEAN.6 / MEAN.5 / MEAN.2 / MEAN.6 of
#   Appendix 10 — physical at least 6 of 7, psychological 5 of 6, social 2 of 3, environment 6
#   of 8. (The manual's prose says "up to two items missing"; its syntax is stricter for the
#   physical and psychological domains. We follow the syntax, which is what the manual tells
#   users to run, and state it here.)
# * An assessment with more than 20 % of its 26 items missing is discarded: at least 21 items
#   must be answered (the syntax comment "greater than or equal to 80 %"; 21/26 = 80.8 %).

# The item tables are the schema's (annotations of the WhoqolDomain enum), read from the
# generated schema index: defined once, shared with the validator and the browser.
_WHOQOL = _schema_whoqol()
WHOQOL_BREF_DOMAINS: dict[str, tuple[int, ...]] = {
    d["key"]: tuple(d["items"]) for d in _WHOQOL["domains"].values()}
WHOQOL_BREF_MIN_DOMAIN_ITEMS: dict[str, int] = {
    d["key"]: d["min_items"] for d in _WHOQOL["domains"].values()}
WHOQOL_BREF_REVERSED_ITEMS: frozenset[int] = frozenset(_WHOQOL["reversed_items"])
WHOQOL_BREF_ITEMS = range(1, _WHOQOL["item_count"] + 1)
WHOQOL_BREF_MIN_ITEMS_ANSWERED: int = _WHOQOL["min_items_answered"]


_ALL_ITEMS = frozenset(WHOQOL_BREF_ITEMS)
_IN_ORDER = itemgetter(*WHOQOL_BREF_ITEMS)  # {item: answer} -> answers of items 1..26
# per domain: the positions (item - 1) of its items in an ordered answer sequence, those of its
# reversed items, and its item count
_COMPLETE = [(domain, itemgetter(*(i - 1 for i in items)),
              tuple(i - 1 for i in items if i in WHOQOL_BREF_REVERSED_ITEMS), len(items))
             for domain, items in WHOQOL_BREF_DOMAINS.items()]


def whoqol_bref_scores_complete(
        answers: Sequence[int]) -> dict[str, tuple[float | None, float | None]]:
    """:func:`whoqol_bref_scores` when every item is answered, from the answers of items 1–26
    in order (well-formed ints 1–5, already checked): the common case, in C-level sums.
    Reversing x as 6 - x is the same as adding 6 - 2x to the plain sum, and sums of small ints
    are exact, so the float operations below are the very ones of the general case."""
    out: dict[str, tuple[float | None, float | None]] = {}
    for domain, getter, reversed_here, count in _COMPLETE:
        total = sum(getter(answers))
        for k in reversed_here:
            total += 6 - 2 * answers[k]
        score = total / count * 4
        out[domain] = (score, (score - 4) * 100 / 16)
    return out


def whoqol_bref_scores(answered: Mapping[int, int]) -> dict[str, tuple[float | None, float | None]]:
    """The arithmetic of :func:`whoqol_bref_domain_scores` alone, for well-formed answers
    {item 1–26: 1–5} (already checked): domain -> (4–20 score, 0–100 score), None when not
    computable. The validator's CM-R014 uses it on every assessment, so it stays lean."""
    if len(answered) == len(WHOQOL_BREF_ITEMS) and answered.keys() == _ALL_ITEMS:
        return whoqol_bref_scores_complete(_IN_ORDER(answered))
    discard = len(answered) < WHOQOL_BREF_MIN_ITEMS_ANSWERED
    out: dict[str, tuple[float | None, float | None]] = {}
    for domain, items in WHOQOL_BREF_DOMAINS.items():
        values = [6 - answered[i] if i in WHOQOL_BREF_REVERSED_ITEMS else answered[i]
                  for i in items if i in answered]
        if discard or len(values) < WHOQOL_BREF_MIN_DOMAIN_ITEMS[domain]:
            out[domain] = (None, None)
        else:
            score = sum(values) / len(values) * 4
            out[domain] = (score, (score - 4) * 100 / 16)
    return out


@dataclass(frozen=True, slots=True)
class WhoqolDomainScore:
    """One WHOQOL-BREF domain: its 4–20 score, its 0–100 transform and which items were missing."""

    domain: str
    items: tuple[int, ...]
    answered: int
    missing_items: tuple[int, ...] = field(default=())
    score_4_20: MeasureValue = field(default_factory=lambda: MeasureValue(None, "not scored"))
    score_0_100: MeasureValue = field(default_factory=lambda: MeasureValue(None, "not scored"))

    @property
    def computable(self) -> bool:
        return self.score_4_20.computable

    def as_dict(self) -> dict[str, Any]:
        return {
            "domain": self.domain,
            "items": list(self.items),
            "answered": self.answered,
            "missing_items": list(self.missing_items),
            "score_4_20": self.score_4_20.as_dict(),
            "score_0_100": self.score_0_100.as_dict(),
        }


def _whoqol_answers(item_answers: Mapping[int, int | None]) -> dict[int, int]:
    """Answered items only; reject item numbers outside 1–26 and answers outside 1–5."""
    answered: dict[int, int] = {}
    for item, answer in item_answers.items():
        if isinstance(item, bool) or not isinstance(item, int) or item not in WHOQOL_BREF_ITEMS:
            raise ValueError(f"WHOQOL-BREF item {item!r}: item numbers run from 1 to 26")
        if answer is None:
            continue  # explicitly missing
        if isinstance(answer, bool) or not isinstance(answer, int) or not 1 <= answer <= 5:
            raise ValueError(f"WHOQOL-BREF item {item}: the answer must be an integer 1–5")
        answered[item] = answer
    return answered


def whoqol_bref_domain_scores(
    item_answers: Mapping[int, int | None],
) -> dict[str, WhoqolDomainScore]:
    """The four WHOQOL-BREF domain scores from the item answers {item number (1–26): 1–5}.

    Missing items are left out of the mapping or given as None. Returns the domains
    ``physical``, ``psychological``, ``social`` and ``environment`` in that order; a domain is
    not computable when too few of its items are answered or when more than 20 % of the whole
    assessment is missing (see the module comment for the manual's rules). Raises ValueError for
    item numbers outside 1–26 and answers outside 1–5 (the manual recodes those to missing; we
    refuse them, because in a record they are errors the user must see).

    >>> s = whoqol_bref_domain_scores({i: 3 for i in range(1, 27)})
    >>> s["physical"].score_4_20.value, s["physical"].score_0_100.value
    (12.0, 50.0)
    """
    answered = _whoqol_answers(item_answers)
    core = whoqol_bref_scores(answered)
    whole_missing = len(WHOQOL_BREF_ITEMS) - len(answered)
    discard = len(answered) < WHOQOL_BREF_MIN_ITEMS_ANSWERED
    scores: dict[str, WhoqolDomainScore] = {}
    for domain, items in WHOQOL_BREF_DOMAINS.items():
        values = [
            6 - answered[i] if i in WHOQOL_BREF_REVERSED_ITEMS else answered[i]
            for i in items if i in answered
        ]
        missing = tuple(i for i in items if i not in answered)
        needed = WHOQOL_BREF_MIN_DOMAIN_ITEMS[domain]
        if discard:
            reason = (f"assessment discarded: {whole_missing} of 26 items missing "
                      f"(more than 20 %; at least {WHOQOL_BREF_MIN_ITEMS_ANSWERED} needed)")
            raw = MeasureValue.not_computable(reason, len(values))
            transformed = raw
        elif len(values) < needed:
            reason = (f"{len(missing)} of {len(items)} {domain} items missing "
                      f"(at least {needed} must be answered)")
            raw = MeasureValue.not_computable(reason, len(values))
            transformed = raw
        else:
            score, score_100 = core[domain]
            raw = MeasureValue.of(score, len(values))
            transformed = MeasureValue.of(score_100, len(values))
        scores[domain] = WhoqolDomainScore(domain, items, len(values), missing, raw, transformed)
    return scores


def whoqol_bref_domain_matrix(answers: Any) -> dict[str, tuple[Any, Any]]:
    """Column-wise twin of :func:`whoqol_bref_domain_scores` for many assessments at once.

    ``answers`` is an integer array of shape (n, 26): column i − 1 holds item i's answer 1–5,
    0 means missing. Returns domain → (score_4_20, score_0_100), float arrays of length n with
    NaN where the scalar function says "not computable". Same constants, same rules; the tests
    check that the two agree on random answer sets.
    """
    import numpy as np

    data = np.asarray(answers, dtype=np.int64).reshape(-1, 26)
    if np.any((data < 0) | (data > 5)):
        raise ValueError("WHOQOL-BREF answers must be 1–5 (0 for missing)")
    answered = data > 0
    values = data.astype(np.float64)
    for item in WHOQOL_BREF_REVERSED_ITEMS:
        column = item - 1
        values[:, column] = np.where(answered[:, column], 6 - values[:, column], 0)
    keep = answered.sum(axis=1) >= WHOQOL_BREF_MIN_ITEMS_ANSWERED
    out: dict[str, tuple[Any, Any]] = {}
    for domain, items in WHOQOL_BREF_DOMAINS.items():
        columns = [i - 1 for i in items]
        count = answered[:, columns].sum(axis=1)
        total = values[:, columns].sum(axis=1)
        ok = keep & (count >= WHOQOL_BREF_MIN_DOMAIN_ITEMS[domain])
        with np.errstate(divide="ignore", invalid="ignore"):
            score = np.where(ok, total / count * 4, np.nan)
        out[domain] = (score, (score - 4) * 100 / 16)
    return out


# --- NPS -----------------------------------------------------------------------------------


def nps(scores: Iterable[int | None]) -> MeasureValue:
    """Net Promoter Score from 0–10 answers: % promoters (9–10) − % detractors (0–6).

    Range −100 … 100; passives (7–8) count in the denominator only. None entries are skipped
    (unanswered). Not computable with no answers. Raises ValueError for answers outside 0–10.

    >>> nps([10, 9, 8, 6, 0]).value
    0.0
    """
    promoters = detractors = total = 0
    for position, score in enumerate(scores):
        if score is None:
            continue
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise ValueError(f"NPS answer {position + 1}: must be an integer 0–10")
        total += 1
        if score >= 9:
            promoters += 1
        elif score <= 6:
            detractors += 1
    if total == 0:
        return MeasureValue.not_computable(REASON_NO_ANSWERS, 0)
    return MeasureValue.of(100 * (promoters - detractors) / total, total)
