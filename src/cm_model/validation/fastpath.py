"""A single pass over a Client record that proves most rules silent, so they need not run.

The rule catalogue (`rules.py`) stays the one definition of every check: it is what the
handbook publishes and the in-browser validator ports. This module only answers, for one Client
record, "which rules *might* report something here?" (the suspects). The engine runs the
catalogue rules for the suspects only; every other rule is known to yield nothing. So findings,
messages and locations always come from the catalogue itself, and a clean record (the common
case) costs one walk instead of twenty-odd.

Soundness is the contract: a rule left out of the suspects must be one whose catalogue check
would yield no hit and raise nothing on that record. When in doubt a rule is a suspect (e.g.
unusual shapes, unexpected types, an exception here: then every rule is a suspect).
`tests/test_validation_perf_equivalence.py` checks the fast and the plain path give identical
findings on the corpus and on randomly mutated records.

CM-R002 keeps a side effect (the first locator of each top-level id); `suspects` registers the
id itself when the record is clean, and leaves it to the catalogue rule otherwise.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import chain
from operator import itemgetter, methodcaller
from typing import Any

from cm_model.validation import rules

_DATE = rules._DATE
_HETU = re.compile(r"^([0-3]\d)([01]\d)(\d\d)([-+A-FU-Y])(\d\d\d)([0-9A-FHJ-NPR-Y])$")
_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_NESTED_TOP = ("relatives", "consents", "observed_triggers", "referrals", "assignments",
               "care_plans", "cm_hoi_entries", "continuity_indices", "whoqol_assessments",
               "prom_responses", "nps_responses", "service_use_counts")
_NESTED_PLAN = ("goals", "services", "care_responsibilities", "revisions")
_COORD = rules.COORDINATOR_ROLES
_DOMAINS = rules.WHOQOL_DOMAIN_CODES
_TOL4, _TOL100 = rules.WHOQOL_TOLERANCE["score_4_20"], rules.WHOQOL_TOLERANCE["score_0_100"]

ALL_CLIENT = frozenset(r.id for r in rules.rules_for("Client"))
# Rules whose context (export envelope) is checked by the catalogue whenever it is present.
_CONTEXT_RULES = frozenset(r.id for r in rules.rules_for("Client") if r.needs)


def _day(value: Any) -> str | None:
    if type(value) is str and _DATE.match(value):
        return value[:10]
    return rules.day(value) if isinstance(value, str) else None


def _text(value: Any) -> bool:
    return isinstance(value, str) and value != ""


_DICT, _STR = {dict}, {str}
_GET_ID = methodcaller("get", "id")


def _dicts(value: Any) -> list[dict[str, Any]]:
    """The dict elements of a list (the list itself when all are: it is only read)."""
    if not isinstance(value, list):
        return []
    if set(map(type, value)) == _DICT:
        return value
    return [v for v in value if isinstance(v, dict)]


def hetu_fast(value: str) -> tuple[bool, str | None]:
    """(known valid, encoded birth date) for strictly formatted codes; (False, None) means
    'not shown valid here' (the catalogue decides)."""
    m = _HETU.match(value)
    if m is None:
        return False, None
    dd, mm, yy, sign, nnn, control = m.groups()
    if int(nnn) < 2 or _CHECK[int(dd + mm + yy + nnn) % 31] != control:
        return False, None
    encoded = _BIRTH.get(value[:7])
    if encoded is None:
        century = 1800 if sign == "+" else 2000 if sign in "ABCDEF" else 1900
        try:
            date(century + int(yy), int(mm), int(dd))
        except ValueError:
            return False, None
        encoded = f"{century + int(yy):04d}-{mm}-{dd}"
        if len(_BIRTH) < 100_000:  # birth dates repeat; the cache stays small
            _BIRTH[value[:7]] = encoded
    return True, encoded


_BIRTH: dict[str, str] = {}  # DDMMYY + century sign -> the existing date it encodes


# --- WHOQOL-BREF scoring, same arithmetic as cm_model.metrics.measures --------------------------

_scorer_ok: bool | None = None


def _tables() -> tuple[dict[str, tuple[int, ...]], dict[str, int], frozenset[int], int]:
    from cm_model.metrics import measures as m

    return (m.WHOQOL_BREF_DOMAINS, m.WHOQOL_BREF_MIN_DOMAIN_ITEMS, m.WHOQOL_BREF_REVERSED_ITEMS,
            m.WHOQOL_BREF_MIN_ITEMS_ANSWERED)


def whoqol_scores(answers: dict[int, int]) -> dict[str, tuple[float | None, float | None]]:
    """domain -> (4–20 score, 0–100 score), None when not computable; answers are 1–26 → 1–5."""
    if len(answers) == 26:  # all answered (keys are 1–26): every domain is computable
        return _scores_complete(answers)
    domains, needed, reversed_items, min_answered = _TABLES
    discard = len(answers) < min_answered
    out: dict[str, tuple[float | None, float | None]] = {}
    for domain, item_numbers in domains.items():
        vals = [6 - answers[i] if i in reversed_items else answers[i]
                for i in item_numbers if i in answers]
        if discard or len(vals) < needed[domain]:
            out[domain] = (None, None)
        else:
            score = sum(vals) / len(vals) * 4
            out[domain] = (float(score), float((score - 4) * 100 / 16))
    return out


def _complete_getters() -> list[tuple[str, Any, tuple[int, ...], int]]:
    domains, _, reversed_items, _ = _TABLES
    return [(d, itemgetter(*items), tuple(i for i in items if i in reversed_items), len(items))
            for d, items in domains.items()]


def _scores_complete(answers: dict[int, int]) -> dict[str, tuple[float | None, float | None]]:
    # sums of small ints are exact, so reversing as +6-2x gives the very same sum, and then the
    # same float operations as the metrics module
    out: dict[str, tuple[float | None, float | None]] = {}
    for domain, getter, reversed_here, count in _GETTERS:
        total = sum(getter(answers))
        for i in reversed_here:
            total += 6 - 2 * answers[i]
        score = total / count * 4
        out[domain] = (float(score), float((score - 4) * 100 / 16))
    return out


def scorer_agrees() -> bool:
    """Checked once per process: the fast scorer gives the metrics module's exact values (if the
    metrics module ever changes its scoring, CM-R014 simply always runs in full)."""
    global _scorer_ok
    if _scorer_ok is None:
        import random

        from cm_model.metrics.measures import whoqol_bref_domain_scores

        rng = random.Random(14)
        ok = True
        for k in range(60):
            answers = {i: rng.randint(1, 5) for i in range(1, 27) if rng.random() > k / 200}
            ref = whoqol_bref_domain_scores(answers)
            fast = whoqol_scores(answers)
            for domain, (s4, s100) in fast.items():
                if (ref[domain].score_4_20.value, ref[domain].score_0_100.value) != (s4, s100):
                    ok = False
        _scorer_ok = ok
    return _scorer_ok


_TABLES = _tables()
_GETTERS = _complete_getters()


_INT = {int}
_ITEMS, _ANSWERS = frozenset(range(1, 27)), frozenset(range(1, 6))
_PAIR = itemgetter("item_number", "answer")


def _answers_fast(raw: Any) -> dict[int, int] | None:
    """The answers of a well-formed `item_answers` list (dicts with int 1–26 → int 1–5, no
    repeats) in C-level steps; None for anything else (then the exact loop below decides)."""
    if type(raw) is not list or not raw:
        return None
    try:
        answers = dict(map(_PAIR, raw))
        vals = answers.values()
        # equal values first (True == 1 and 1.0 == 1 pass here), then the exact types
        if len(answers) != len(raw) or not answers.keys() <= _ITEMS \
                or not set(vals) <= _ANSWERS or set(map(type, chain(answers, vals))) != _INT:
            return None
    except (TypeError, KeyError, AttributeError, ValueError):  # odd shapes: the exact loop
        return None
    return answers


def _whoqol_suspect(assessments: list[dict[str, Any]]) -> bool:
    for assessment in assessments:
        fast = _answers_fast(assessment.get("item_answers"))
        if fast is not None:
            stored_scores = _dicts(assessment.get("domain_scores"))
            if stored_scores and _scores_differ(fast, stored_scores):
                return True
            continue
        answers: dict[int, int] = {}
        usable = True
        for answer in _dicts(assessment.get("item_answers")):
            number, value = answer.get("item_number"), answer.get("answer")
            if type(number) is not int or type(value) is not int \
                    or not (1 <= number <= 26 and 1 <= value <= 5):
                usable = False
                continue
            if number in answers:
                return True  # a duplicate item: the catalogue reports it
            answers[number] = value
        if not answers or not usable:
            continue
        stored_scores = _dicts(assessment.get("domain_scores"))
        if stored_scores and _scores_differ(answers, stored_scores):
            return True
    return False


def _number(value: Any) -> bool:
    """A stored score CM-R014 compares: int or float, not bool (None and others are skipped)."""
    kind = type(value)
    if kind is float or kind is int:
        return True
    return isinstance(value, int | float) and not isinstance(value, bool)


def _scores_differ(answers: dict[int, int], stored_scores: list[dict[str, Any]]) -> bool:
    """True when CM-R014 would report a stored domain score (or might: then it runs)."""
    computed = whoqol_scores(answers)
    for stored in stored_scores:
        domain = _DOMAINS.get(stored.get("domain"))  # type: ignore[arg-type]
        if domain is None:
            continue
        s4, s100 = computed[domain]
        have = stored.get("score_4_20")
        if have is not None and _number(have) and (s4 is None or not abs(have - s4) <= _TOL4):
            return True
        have = stored.get("score_0_100")
        if have is not None and _number(have) and (
                s100 is None or not abs(have - s100) <= _TOL100):
            return True
    return False


# --- the pass -----------------------------------------------------------------------------------

def suspects(record: dict[str, Any], ctx: rules.Context) -> frozenset[str] | set[str]:
    """Ids of the Client rules that might report something on `record` (see module docstring).
    Registers the client's id for CM-R002 when that rule is not a suspect."""
    try:
        out = _suspects(record, ctx)
    except Exception:  # noqa: BLE001 - odd shapes: let the catalogue decide everything
        return ALL_CLIENT
    if "CM-R002" not in out:
        ident = record.get("id")
        if isinstance(ident, str) and ident != "":
            ctx.seen_ids.setdefault("Client", {})[ident] = ctx.locator
    return out


def _dup_ids(elements: list[dict[str, Any]]) -> bool:
    ids = list(map(_GET_ID, elements))
    if set(map(type, ids)) == _STR:
        return len(set(ids)) != len(ids)
    ids = [i for i in ids if type(i) is str]
    return len(set(ids)) != len(ids)


_EMPTY: list[dict[str, Any]] = []


def _suspects(rec: dict[str, Any], ctx: rules.Context) -> set[str]:
    out: set[str] = set()
    add = out.add
    if ctx.worker_ids is not None or ctx.trigger_codes is not None \
            or ctx.export_time is not None:
        for rid in _CONTEXT_RULES:
            if all(getattr(ctx, need) is not None for need in rules.BY_ID[rid].needs):
                add(rid)
    get = rec.get

    # CM-R001 / CM-R022
    hetu = get("henkilotunnus")
    if isinstance(hetu, str) and hetu != "":
        valid, encoded = hetu_fast(hetu)
        if not valid:
            out.update(("CM-R001", "CM-R022"))
        else:
            birth = _day(get("birth_date"))
            year = get("birth_year")
            if (birth and birth != encoded) or (
                    isinstance(year, int) and not isinstance(year, bool)
                    and year != int(encoded[:4])):  # type: ignore[index]
                add("CM-R022")

    # CM-R002: top-level id seen before, or a repeated id in a nested list
    ident = get("id")
    if isinstance(ident, str) and ident != "" and ident in ctx.seen_ids.get("Client", ()):
        add("CM-R002")
    # non-dict list elements are skipped by the catalogue; here their `.get` raises, and the
    # catalogue then decides everything for that record
    lists = {key: v if type(v := get(key)) is list else _EMPTY for key in _NESTED_TOP}
    plans = lists["care_plans"]
    if len(plans) == 1:
        plan = plans[0]
        plan_lists = {key: v if type(v := plan.get(key)) is list else _EMPTY
                      for key in _NESTED_PLAN}
    else:
        plan_lists = {key: [e for p in plans for e in _dicts(p.get(key))]
                      for key in _NESTED_PLAN}
    for elements in chain(lists.values(), plan_lists.values()):
        if len(elements) > 1 and _dup_ids(elements):
            add("CM-R002")

    # assignments: CM-R003, R004, R005, R021, R018 (handover_from)
    assignments = lists["assignments"]
    consents = lists["consents"]
    if assignments:
        consent_days = [d for c in consents
                        if c.get("consent_type") == "COORDINATOR_CONTACT"
                        and c.get("consent_status") == "GIVEN"
                        and (d := _day(c.get("decision_date")))]
        first_consent = min(consent_days) if consent_days else None
        roles: dict[str, int] = {}
        assignment_ids = set()
        handovers = []
        for a in assignments:
            start, end_raw = _day(a.get("start_date")), a.get("end_date")
            if end_raw is None:
                if a.get("client_informed") is not True:
                    add("CM-R021")
            elif start:
                end = _day(end_raw)
                if end and end < start:
                    add("CM-R003")
            role = a.get("role")
            if start and _text(role):
                count = roles[role] = roles.get(role, 0) + 1
                if count >= 3:
                    add("CM-R004")
                if role in _COORD and (first_consent is None or first_consent > start):
                    add("CM-R005")
            aid = a.get("id")
            if isinstance(aid, str):
                assignment_ids.add(aid)
            ho = a.get("handover_from")
            if isinstance(ho, str):
                handovers.append(ho)
        if any(h not in assignment_ids for h in handovers):
            add("CM-R018")

    # care plans: CM-R006, R007, R016, R020 (services, intensive support, goals)
    goals = plan_lists["goals"]
    for p in plans:
        if p.get("plan_status") != "DRAFT" and not _dicts(p.get("goals")):
            add("CM-R006")
        created = _day(p.get("created_date"))
        schedule = p.get("review_schedule")
        review = _day(schedule.get("next_review_date")) if isinstance(schedule, dict) else None
        if created and review and review <= created:
            add("CM-R007")
        for support in _dicts(p.get("intensive_support_periods")):
            if _period_bad(support, "start_date", "end_date") \
                    or _period_bad(support, "start_date", "planned_end_date"):
                add("CM-R020")
    services = plan_lists["services"]
    if services:
        goal_ids = {i for g in goals if isinstance(i := g.get("id"), str)}
        for sv in services:
            refs = sv.get("goal_ids")
            if isinstance(refs, list) and any(isinstance(r, str) and r not in goal_ids
                                              for r in refs):
                add("CM-R016")
            if _period_bad(sv, "start_date", "end_date"):
                add("CM-R020")
    for g in goals:
        if _period_bad(g, "set_date", "target_date"):
            add("CM-R020")
    for c in consents:
        if _period_bad(c, "decision_date", "valid_until"):
            add("CM-R020")
    for w in lists["service_use_counts"]:
        if _period_bad(w, "window_start", "window_end"):
            add("CM-R020")

    # status and CM-HOI: CM-R008, R009, R010, R024, R018 (corrects_entry)
    latest: tuple[str, int] | None = None
    status = None
    history = get("status_history")
    if type(history) is list:
        for i, change in enumerate(history):
            d = _day(change.get("status_date"))
            if d and (latest is None or (d, i) >= latest):
                latest, status = (d, i), change.get("clienthood_status")
    entries = lists["cm_hoi_entries"]
    if entries:
        entry_ids = None
        for e in entries:
            reason = _text(e.get("closing_reason"))
            if (e.get("phase") == "CLOSING") != reason:
                add("CM-R009")
            corrects = e.get("corrects_entry")
            if isinstance(corrects, str):
                if entry_ids is None:
                    entry_ids = {i for e2 in entries if isinstance(i := e2.get("id"), str)}
                if corrects not in entry_ids:
                    add("CM-R018")
    if status == "CLOSED" and latest:
        if not any(e.get("phase") == "CLOSING" and _text(e.get("closing_reason"))
                   for e in entries):
            add("CM-R008")
        closed = latest[0]
        for e in entries:
            d = _day(e.get("entry_date"))
            if d and d > closed and e.get("is_correction") is not True:
                add("CM-R010")
    elif status == "ACTIVE" and not _text(get("client_group_marking")):
        add("CM-R024")

    # referrals → observed triggers: CM-R018
    referrals = lists["referrals"]
    if referrals:
        trigger_ids = {i for t in lists["observed_triggers"]
                       if isinstance(i := t.get("id"), str)}
        for r in referrals:
            refs = r.get("observed_trigger_ids")
            if isinstance(refs, list) and any(isinstance(x, str) and x not in trigger_ids
                                              for x in refs):
                add("CM-R018")

    # continuity indices: CM-R011, R012, R013 (and their windows, CM-R020)
    for index in lists["continuity_indices"]:
        if _period_bad(index, "window_start", "window_end"):
            add("CM-R020")
        value = index.get("index_value")
        if value is None:
            if not _text(index.get("not_computable_reason")):
                add("CM-R013")
            continue
        kind, count = index.get("index_type"), index.get("contact_count")
        count_ok = isinstance(count, int) and not isinstance(count, bool)
        minimum = rules.MIN_CONTACTS.get(kind) if isinstance(kind, str) else None
        if minimum is not None and count_ok and count < minimum:
            add("CM-R012")
        if isinstance(value, int | float) and not isinstance(value, bool):
            too_low = (kind == "UPC" and count_ok and count >= 1
                       and value < 1 / count - 1e-9)
            if not 0 <= value <= 1 or too_low:
                add("CM-R011")

    # 0.2.0: CM-R020 (segment memberships), R026, R027, R028 — suspects when their
    # elements are present (CM-R025 needs the envelope and is a context rule above)
    for member in _dicts(get("segment_memberships")):
        if _period_bad(member, "start_date", "end_date"):
            add("CM-R020")
    if get("needs_special_support") is True:
        add("CM-R026")
    if get("segment_memberships"):
        add("CM-R029")
    # CM-R028 needs a list of two or more; CM-R027 needs a reference field to be present.
    longer = (type(v) is list and len(v) > 1 for v in map(get, (
        "problems", "network_meetings", "discharges", "functional_capacity_assessments")))
    if any(longer) or any(type(v) is list and len(v) > 1
                          for p in plans for v in (p.get("reviews"), p.get("source_plans"))):
        add("CM-R028")
    if get("network_meetings") is not None \
            or any(p.get("participants") is not None or p.get("reviews") is not None
                   for p in plans) \
            or any(cr.get("problem_id") is not None or cr.get("network_meeting_id") is not None
                   for cr in plan_lists["care_responsibilities"]) \
            or any(sv.get("depends_on") is not None for sv in plan_lists["services"]):
        add("CM-R027")

    # CM-R014
    assessments = lists["whoqol_assessments"]
    if assessments and (not scorer_agrees() or _whoqol_suspect(assessments)):
        add("CM-R014")
    return out


def _period_bad(element: dict[str, Any], start_key: str, end_key: str) -> bool:
    end = element.get(end_key)
    if end is None:
        return False
    start = element.get(start_key)
    if type(start) is str and type(end) is str and end[:10] >= start[:10]:
        return False  # whether or not both are dates, this period cannot be reported
    start, end_day = _day(start), _day(end)
    return bool(start and end_day and end_day < start)
