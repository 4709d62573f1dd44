"""Per-client measures before and after the shared plan, computed column-wise.

For each client with a plan date p (see :mod:`cm_model.metrics.records`) and a window of m
months (:func:`cm_model.metrics.windows.before_after`: before = p − m months … p − 1 day,
after = p … p + m months − 1 day), over the contacts whose ``contact_date`` is in the window:

* COC, UPC, SECON (:mod:`cm_model.metrics.measures`) with the provider being the professional
  or the unit (``--provider``); contacts without that provider are left out of the indices and
  counted in ``without_provider``. SECON orders the contacts by date, then by their order in
  the file;
* the number of contacts of every ServiceContactType, and all contacts;
* inpatient days: the days in hospital that fall in the window (:mod:`cm_model.metrics.episodes`:
  admission day … discharge − 1, a same-day episode is one day, overlapping episodes count each
  day once, an episode without end_date is closed at the client's next admission, else at the
  data's last day) — so a stay that started before the window counts its days inside it, and
  the days never exceed the window's length;
* WHOQOL-BREF domain scores (0–100) of the latest assessment recorded at each timepoint.

A window that reaches past the data's last day (``as_of``: ``--as-of``, else the export time of
an Export envelope, else the latest contact date) or starts before the day the contacts cover
from (``--data-from``, when given) is *incomplete*: its values are reported but the summary leaves
the client out of that measure's distribution and paired difference, because a count over a
partial window is not comparable.

``--measures`` limits the work to the chosen measures (:data:`MEASURES`): with COC only,
the contact counts by type, inpatient days, UPC's maxima, SECON's date order and the
WHOQOL-BREF scores are not computed, and their arrays stay empty.

Everything is an array indexed ``[client, half]`` (half 0 = before, 1 = after), so 20 000
clients cost no more Python work than 20; the per-client objects of :meth:`Outcomes.client`
are built only when someone asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np

from cm_model.metrics import episodes
from cm_model.metrics.contacts import NO_DATE, ContactTable, day_date, day_number
from cm_model.metrics.measures import (
    REASON_NO_CONTACTS,
    REASON_ONE_CONTACT,
    WHOQOL_BREF_DOMAINS,
    MeasureValue,
    whoqol_bref_domain_matrix,
    whoqol_bref_domain_scores,
)
from cm_model.metrics.records import Records
from cm_model.metrics.windows import before_after

TIMEPOINTS = ("BEFORE_PLAN", "AFTER_PLAN")
REASON_NO_PLAN = "no shared plan (no non-draft plan with a created_date)"
REASON_NO_WHOQOL = "no WHOQOL-BREF assessment at this timepoint"
INDICES = ("coc", "upc", "secon")
# The measure groups of `--measures`: the three indices, service use (contacts by type and
# inpatient days), WHOQOL-BREF and NPS.
MEASURES = ("coc", "upc", "secon", "use", "whoqol", "nps")
MIN_CONTACTS = {"coc": 2, "upc": 1, "secon": 2}


@dataclass
class Outcomes:
    months: int
    provider: str
    as_of: date | None
    data_first: date | None
    records: Records
    type_codes: tuple[str, ...]
    has_plan: np.ndarray        # (R,) bool
    first: np.ndarray           # (R, 2) day numbers, inclusive
    last: np.ndarray            # (R, 2) day numbers, inclusive
    complete: np.ndarray        # (R, 2) bool
    contacts: np.ndarray        # (R, 2) all contacts in the window
    with_provider: np.ndarray   # (R, 2) contacts that name the provider
    index_values: dict[str, np.ndarray]   # "coc"/"upc"/"secon" → (R, 2), NaN = not computable
    counts: np.ndarray          # (R, 2, T)
    inpatient_days: np.ndarray  # (R, 2)
    whoqol: dict[str, np.ndarray]  # domain → (R, 2) 0–100 score, NaN = none / not computable
    contact_clients_not_in_records: int
    whoqol_4_20: dict[str, np.ndarray] = field(default_factory=dict)  # domain → (R, 2)
    whoqol_reasons: dict[str, np.ndarray] = field(default_factory=dict)  # (R, 2) codes:
    whoqol_reason_texts: list[str] = field(default_factory=list)  # 0 "" computable, 1 none …
    open_inpatient_episodes: int = 0
    measures: tuple[str, ...] = MEASURES  # what was computed (`--measures`)

    @property
    def indices(self) -> tuple[str, ...]:
        """The continuity indices computed, in INDICES order."""
        return tuple(name for name in INDICES if name in self.measures)

    @property
    def client_ids(self) -> list[str]:
        return self.records.client_ids

    def index(self, name: str, r: int, half: int) -> MeasureValue:
        """One index of one client as a MeasureValue (with the reason when undefined)."""
        n = int(self.with_provider[r, half])
        value = float(self.index_values[name][r, half])
        if np.isnan(value):
            reason = REASON_NO_CONTACTS if n == 0 else REASON_ONE_CONTACT
            return MeasureValue.not_computable(reason, n)
        return MeasureValue.of(value, n)

    def reasons(self, name: str) -> np.ndarray:
        """(R, 2) reason strings, "" where the index is computable."""
        n = self.with_provider
        undefined = np.isnan(self.index_values[name]) & self.has_plan[:, None]
        out = np.full(n.shape, "", dtype=object)
        out[undefined & (n == 0)] = REASON_NO_CONTACTS
        out[undefined & (n > 0)] = REASON_ONE_CONTACT
        return out


def parse_measures(text: str | None) -> tuple[str, ...]:
    """`--measures coc,upc` → the chosen measures in :data:`MEASURES` order (all when None)."""
    if text is None:
        return MEASURES
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [name for name in names if name not in MEASURES]
    if unknown:
        raise ValueError(f"unknown measure {', '.join(repr(n) for n in unknown)}; "
                         f"choose from {', '.join(MEASURES)}")
    if not names:
        raise ValueError(f"name at least one measure: {', '.join(MEASURES)}")
    return tuple(name for name in MEASURES if name in names)


def _sort_order(key: np.ndarray, day: np.ndarray) -> np.ndarray:
    """Positions sorted by (key, day, position). One uint64 sort when the parts fit."""
    if len(key) == 0:
        return np.empty(0, dtype=np.int64)
    d0 = int(day.min())
    dbits = (int(day.max()) - d0 + 1).bit_length()
    rbits = len(key).bit_length()
    kbits = (int(key.max()) + 1).bit_length()
    if dbits + rbits + kbits <= 64:
        packed = (key.astype(np.uint64) << np.uint64(dbits + rbits)) \
            | ((day - d0).astype(np.uint64) << np.uint64(rbits)) \
            | np.arange(len(key), dtype=np.uint64)
        packed.sort()
        return (packed & np.uint64((1 << rbits) - 1)).astype(np.int64)
    return np.lexsort((np.arange(len(key)), day, key))


def _indices(n_keys: int, key: np.ndarray, provider: np.ndarray, day: np.ndarray,
             wanted: tuple[str, ...] = INDICES) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """N and the wanted of COC, UPC, SECON per key (NaN where not computable), contacts with
    a provider."""
    n = np.bincount(key, minlength=n_keys).astype(np.int64)
    squares = np.zeros(n_keys)
    largest = np.zeros(n_keys)
    same_count = np.zeros(n_keys)
    if len(key) and ("coc" in wanted or "upc" in wanted):
        width = int(provider.max()) + 1
        combos = key * width + provider
        if n_keys * width < 2**31:
            combos = combos.astype(np.int32)  # same values; a 32-bit sort is about 2× faster
        combos.sort()  # np.unique without its extra passes
        bounds = np.flatnonzero(np.r_[True, combos[1:] != combos[:-1]])
        counts = np.diff(np.r_[bounds, len(combos)])
        owner = combos[bounds] // width
        squares = np.bincount(owner, weights=counts.astype(np.float64) ** 2, minlength=n_keys)
        if "upc" in wanted:
            starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
            largest[owner[starts]] = np.maximum.reduceat(counts, starts)
    if len(key) and "secon" in wanted:
        order = _sort_order(key, day)
        k, p = key[order], provider[order]
        same = (k[1:] == k[:-1]) & (p[1:] == p[:-1])
        same_count = np.bincount(k[:-1][same], minlength=n_keys).astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        formulas = {
            "coc": lambda: np.where(n >= 2, (squares - n) / (n * (n - 1.0)), np.nan),
            "upc": lambda: np.where(n >= 1, largest / n, np.nan),
            "secon": lambda: np.where(n >= 2, same_count / (n - 1.0), np.nan),
        }
        values = {name: formulas[name]() for name in INDICES if name in wanted}
    return n, values


def compute(table: ContactTable, records: Records, months: int,
            provider: str = "professional", as_of: date | None = None,
            data_from: date | None = None, measures: tuple[str, ...] = MEASURES) -> Outcomes:
    """Measures for every client in the records (contacts of other clients are not used);
    only the groups in ``measures`` are computed."""
    use = "use" in measures
    wanted = tuple(name for name in INDICES if name in measures)
    n_records = len(records.client_ids)
    code_of = {cid: i for i, cid in enumerate(table.client_ids)}
    as_of = as_of or records.export_date
    as_of_day = day_number(as_of) if as_of else (int(table.day.max()) if len(table) else None)
    first_day = day_number(data_from) if data_from else None

    # Windows per record client; r_of_code maps a contact's client code to its record row.
    # Window bounds are worked out once per distinct plan date (calendar arithmetic in Python).
    has_plan = records.plan_day != NO_DATE
    first = np.zeros((n_records, 2), dtype=np.int64)
    last = np.zeros((n_records, 2), dtype=np.int64)
    planned_rows = np.flatnonzero(has_plan)
    plan_days, which = np.unique(records.plan_day[planned_rows], return_inverse=True)
    bounds = np.zeros((len(plan_days), 4), dtype=np.int64)
    for i, plan_day in enumerate(plan_days.tolist()):
        before, after = before_after(day_date(plan_day), months)
        bounds[i] = (day_number(before.first), day_number(after.first),
                     day_number(before.last), day_number(after.last))
    first[planned_rows] = bounds[which.reshape(-1), :2]
    last[planned_rows] = bounds[which.reshape(-1), 2:]
    r_of_code = np.full(len(table.client_ids) + 1, -1, dtype=np.int64)
    client_ids = records.client_ids
    for r in planned_rows.tolist():
        code = code_of.get(client_ids[r])
        if code is not None:
            r_of_code[code] = r
    complete = has_plan[:, None] & np.ones((1, 2), dtype=bool)
    if as_of_day is not None:
        complete &= last <= as_of_day
    if first_day is not None:
        complete &= first >= first_day

    # Contacts in either window of their client (and not after the as-of date): per client
    # code the first day, the first "after" day and the last day, so that the 2 M-row work is
    # a few int32 gathers and compares. Codes without a record row get an empty range.
    code_rows = r_of_code[:-1]
    known_code = code_rows >= 0
    safe = np.where(known_code, code_rows, 0)
    lo_of = np.where(known_code, first[safe, 0], 1).astype(np.int32)
    split_of = np.where(known_code, first[safe, 1], 0).astype(np.int32)
    hi_of = np.where(known_code, last[safe, 1], 0).astype(np.int32)
    if as_of_day is not None:
        hi_of = np.minimum(hi_of, as_of_day).astype(np.int32)
    client = table.client
    day32 = table.day
    in_window = (day32 >= lo_of[client]) & (day32 <= hi_of[client])
    rows = in_window  # a mask: keeps the selected columns in their compact dtypes
    c_rows = client[rows]
    d_rows = day32[rows]
    key = code_rows[c_rows] * 2 + (d_rows >= split_of[c_rows])
    del c_rows, in_window
    n_keys = 2 * n_records
    n_types = len(table.types.codes) if use else 0
    counts = np.bincount(key * n_types + table.contact_type[rows],
                         minlength=n_keys * n_types).reshape(n_records, 2, n_types) \
        if use else np.zeros((n_records, 2, 0), dtype=np.int64)
    contacts = np.bincount(key, minlength=n_keys).reshape(n_records, 2)
    if wanted:
        provider_codes = (table.professional if provider == "professional"
                          else table.unit)[rows]
        has = provider_codes >= 0
        n_prov, values = _indices(n_keys, key[has], provider_codes[has].astype(np.int64),
                                  d_rows[has].astype(np.int64), wanted)
    else:
        n_prov, values = np.zeros(n_keys, dtype=np.int64), {}

    # Inpatient days inside each window: the union of the client's stays (episodes may start
    # before the window; open ones close at the next admission or the data end).
    days_ip = np.zeros(n_keys, dtype=np.int64)
    open_episodes = 0
    if as_of_day is not None and use:
        found = episodes.stays(table, as_of_day + 1)
        open_episodes = found.open_episodes
        r_ip = r_of_code[found.client]
        keep = r_ip >= 0
        r_ip = r_ip[keep]
        for half in (0, 1):
            inside = np.clip(np.minimum(found.end[keep], last[r_ip, half] + 1)
                             - np.maximum(found.first[keep], first[r_ip, half]), 0, None)
            days_ip += np.bincount(r_ip * 2 + half, weights=inside,
                                   minlength=n_keys).astype(np.int64)

    whoqol, whoqol_4_20, whoqol_reasons, reason_texts = (
        whoqol_columns(records.whoqol_answers) if "whoqol" in measures else ({}, {}, {}, []))

    def shaped(a: np.ndarray) -> np.ndarray:
        out = a.reshape(n_records, 2).astype(np.float64)
        out[~has_plan] = np.nan
        return out

    return Outcomes(
        months=months, provider=provider,
        as_of=day_date(as_of_day) if as_of_day is not None else None,
        data_first=day_date(first_day) if first_day is not None else None,
        records=records, type_codes=table.types.codes if use else (), has_plan=has_plan,
        first=first, last=last, complete=complete, contacts=contacts,
        with_provider=n_prov.reshape(n_records, 2),
        index_values={name: shaped(v) for name, v in values.items()},
        counts=counts, inpatient_days=days_ip.reshape(n_records, 2), whoqol=whoqol,
        contact_clients_not_in_records=int(np.count_nonzero(r_of_code[:-1] < 0)),
        open_inpatient_episodes=open_episodes,
        whoqol_4_20=whoqol_4_20, whoqol_reasons=whoqol_reasons,
        whoqol_reason_texts=reason_texts, measures=measures,
    )


def whoqol_columns(answers: np.ndarray) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray],
                                                   dict[str, np.ndarray], list[str]]:
    """(R, 2, 26) answers → per domain the (R, 2) 0–100 and 4–20 scores and the (R, 2) code
    of the reason a score is missing, indexing the returned texts (0 = "" = computable). The
    reasons of assessments that exist but cannot be scored are the scalar function's own
    words (few rows, so a Python loop over those only)."""
    n_records = answers.shape[0]
    scores = whoqol_bref_domain_matrix(answers.reshape(-1, 26))
    answered = (answers > 0).any(axis=2)
    texts = ["", REASON_NO_WHOQOL]
    code_of = {text: i for i, text in enumerate(texts)}
    score_0_100, score_4_20, reasons = {}, {}, {}
    unscored = np.zeros((n_records, 2), dtype=bool)
    for domain in WHOQOL_BREF_DOMAINS:
        score_4_20[domain] = scores[domain][0].reshape(n_records, 2)
        score_0_100[domain] = scores[domain][1].reshape(n_records, 2)
        reasons[domain] = np.where(answered, 0, 1).astype(np.int16)
        unscored |= answered & np.isnan(score_4_20[domain])
    for r, half in zip(*np.nonzero(unscored), strict=True):
        row = answers[r, half]
        found = whoqol_bref_domain_scores({i + 1: int(a) for i, a in enumerate(row) if a})
        for domain, score in found.items():
            if not score.computable:
                text = score.score_4_20.reason or ""
                if text not in code_of:
                    code_of[text] = len(texts)
                    texts.append(text)
                reasons[domain][r, half] = code_of[text]
    return score_0_100, score_4_20, reasons, texts


def client_view(outcomes: Outcomes, r: int) -> dict[str, Any]:
    """One client's results as plain values (for JSON output and tests)."""
    records = outcomes.records
    view: dict[str, Any] = {"client_id": records.client_ids[r],
                            "segments": list(records.segments[r]),
                            "plan_date": None, "windows": {}}
    if not outcomes.has_plan[r]:
        view["not_computable_reason"] = REASON_NO_PLAN
        return view
    view["plan_date"] = day_date(int(records.plan_day[r])).isoformat()
    use = "use" in outcomes.measures
    for half, timepoint in enumerate(TIMEPOINTS):
        window: dict[str, Any] = {
            "first": day_date(int(outcomes.first[r, half])).isoformat(),
            "last": day_date(int(outcomes.last[r, half])).isoformat(),
            "complete": bool(outcomes.complete[r, half]),
            "contacts": int(outcomes.contacts[r, half]),
        }
        if outcomes.indices:
            window["without_provider"] = int(outcomes.contacts[r, half]
                                             - outcomes.with_provider[r, half])
        if use:
            window["inpatient_days"] = int(outcomes.inpatient_days[r, half])
            window["counts"] = {code: int(n) for code, n in zip(
                outcomes.type_codes, outcomes.counts[r, half].tolist(), strict=True)}
        window.update({name: outcomes.index(name, r, half) for name in outcomes.indices})
        view["windows"][timepoint] = window
    return view
