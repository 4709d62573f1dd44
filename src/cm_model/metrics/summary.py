"""Before/after distributions and paired differences per measure, overall and per segment.

For each measure, the *before* and *after* distributions take the clients whose value is
computable in a complete window; the *paired difference* (after − before) takes the clients
that have both. Distributions report n, mean, standard deviation, min, quartiles and max
(quartiles by linear interpolation, numpy's default). WHOQOL-BREF scores are questionnaire
answers, not counts over a window, so window completeness does not apply to them. NPS is a
group score, not a per-client one: it is computed from all answers at each timepoint, and has
no paired difference.
A client counts in every segment it belongs to; "all" is every client once.
With ``--measures``, only the chosen measures appear (and ``measures`` lists them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from cm_model.metrics import episodes
from cm_model.metrics.measures import nps
from cm_model.metrics.outcomes import MEASURES, Outcomes

WHOQOL_LABELS = {"physical": "WHOQOL-BREF physical (0–100)",
                 "psychological": "WHOQOL-BREF psychological (0–100)",
                 "social": "WHOQOL-BREF social relationships (0–100)",
                 "environment": "WHOQOL-BREF environment (0–100)"}


@dataclass(frozen=True)
class Measure:
    key: str
    label: str
    kind: str  # "index", "count", "days", "whoqol"


def measures_for(outcomes: Outcomes) -> list[Measure]:
    """COC, UPC, SECON, all contacts, each contact type present, inpatient days, WHOQOL
    (those of them that were computed)."""
    chosen = outcomes.measures
    found = [m for m in (Measure("coc", "COC (Bice–Boxerman)", "index"),
                         Measure("upc", "UPC (usual provider)", "index"),
                         Measure("secon", "SECON (sequential)", "index")) if m.key in chosen]
    if "use" in chosen:
        found.append(Measure("contacts", "All contacts", "count"))
        used = outcomes.counts.sum(axis=(0, 1)) if outcomes.counts.size else []
        found += [Measure(f"count:{code}", code, "count")
                  for code, total in zip(outcomes.type_codes, used, strict=False) if total]
        found.append(Measure("inpatient_days", "Inpatient days", "days"))
    if "whoqol" in chosen:
        found += [Measure(f"whoqol:{d}", label, "whoqol")
                  for d, label in WHOQOL_LABELS.items()
                  if np.any(~np.isnan(outcomes.whoqol[d]))]
    return found


def values_of(outcomes: Outcomes, measure: Measure) -> np.ndarray:
    """(R, 2) values, NaN where absent, not computable or (service use) window incomplete."""
    if measure.kind == "whoqol":
        return outcomes.whoqol[measure.key.split(":", 1)[1]]
    if measure.kind == "index":
        values = outcomes.index_values[measure.key].copy()
    elif measure.key == "contacts":
        values = outcomes.contacts.astype(np.float64)
    elif measure.key == "inpatient_days":
        values = outcomes.inpatient_days.astype(np.float64)
    else:
        column = outcomes.type_codes.index(measure.key.split(":", 1)[1])
        values = outcomes.counts[:, :, column].astype(np.float64)
    values[~outcomes.complete] = np.nan
    return values


def describe(values: np.ndarray) -> dict[str, Any]:
    data = values[~np.isnan(values)]
    if not data.size:
        return {"n": 0}
    q1, median, q3 = np.quantile(data, [0.25, 0.5, 0.75])
    return {
        "n": int(data.size), "mean": _r(data.mean()),
        "sd": _r(data.std(ddof=1)) if data.size > 1 else None,
        "min": _r(data.min()), "q1": _r(q1), "median": _r(median), "q3": _r(q3),
        "max": _r(data.max()),
    }


def _r(value: float) -> float:
    return round(float(value), 4)


def _group_summary(outcomes: Outcomes, mask: np.ndarray,
                   table: dict[str, np.ndarray], measures: list[Measure],
                   nps_at: dict[str, np.ndarray]) -> dict[str, Any]:
    out: dict[str, Any] = {"clients": int(np.count_nonzero(mask)), "measures": {}}
    for measure in measures:
        values = table[measure.key][mask]
        out["measures"][measure.key] = {
            "label": measure.label, "before": describe(values[:, 0]),
            "after": describe(values[:, 1]),
            "paired_difference": describe(values[:, 1] - values[:, 0]),
        }
    if "nps" not in outcomes.measures:
        return out
    records = outcomes.records
    in_group = mask[records.nps_client] if len(records.nps_client) else np.zeros(0, bool)
    out["nps"] = {}
    for timepoint in ("BEFORE_PLAN", "AFTER_PLAN", "FOLLOW_UP"):
        chosen = in_group & nps_at[timepoint]
        out["nps"][timepoint] = nps(records.nps_score[chosen].tolist()).as_dict()
    return out


def summarise(outcomes: Outcomes) -> dict[str, Any]:
    measures = measures_for(outcomes)
    table = {m.key: values_of(outcomes, m) for m in measures}
    segments = sorted({s for segs in outcomes.records.segments for s in segs})
    every = np.ones(len(outcomes.client_ids), dtype=bool)
    planned = outcomes.has_plan
    answers = outcomes.records.nps_timepoint
    nps_at = {tp: np.fromiter((t == tp for t in answers), dtype=bool, count=len(answers))
              for tp in ("BEFORE_PLAN", "AFTER_PLAN", "FOLLOW_UP")}
    chosen = outcomes.measures
    use = "use" in chosen
    report: dict[str, Any] = {} if chosen == MEASURES else {"measures": list(chosen)}
    report.update({
        "window_months": outcomes.months,
        "provider": outcomes.provider,
        "data_from": outcomes.data_first.isoformat() if outcomes.data_first else None,
        "as_of": outcomes.as_of.isoformat() if outcomes.as_of else None,
        "clients_in_records": len(outcomes.client_ids),
        "clients_without_plan": int(np.count_nonzero(~planned)),
        "incomplete_windows": {
            tp: int(np.count_nonzero(planned & ~outcomes.complete[:, half]))
            for half, tp in enumerate(("BEFORE_PLAN", "AFTER_PLAN"))},
        "contact_clients_not_in_records": outcomes.contact_clients_not_in_records,
        "conventions": {
            "before": "plan date − window … plan date − 1 day",
            "after": "plan date … plan date + window − 1 day",
            "distributions": "clients with a computable value in a complete window",
            "paired_difference": "after − before, clients with both",
        },
    })
    if use:
        report["conventions"]["inpatient_days"] = episodes.RULE
        report["open_inpatient_episodes"] = outcomes.open_inpatient_episodes
    if "whoqol" in chosen:
        report["whoqol_bref"] = whoqol_counts(outcomes)
    report["all"] = _group_summary(outcomes, every, table, measures, nps_at)
    report["segments"] = {
        s: _group_summary(outcomes, np.array([s in segs for segs in outcomes.records.segments],
                                             dtype=bool), table, measures, nps_at)
        for s in segments}
    return report


def whoqol_counts(outcomes: Outcomes) -> dict[str, Any]:
    """Per timepoint: assessments recorded and, per domain, how many scores were computed and
    why the others were not (the reasons are in client_measures.csv)."""
    out: dict[str, Any] = {}
    for half, timepoint in enumerate(("BEFORE_PLAN", "AFTER_PLAN")):
        answered = (outcomes.records.whoqol_answers[:, half] > 0).any(axis=1) \
            if len(outcomes.client_ids) else np.zeros(0, dtype=bool)
        domains = {}
        texts = outcomes.whoqol_reason_texts
        is_discard = np.array([t.startswith("assessment discarded") for t in texts], dtype=bool)
        for domain, reasons in outcomes.whoqol_reasons.items():
            codes = reasons[:, half]
            discarded = is_discard[codes]
            missing = (codes != 0) & answered
            domains[domain] = {
                "computable": int(np.count_nonzero(answered & ~missing)),
                "not_computable_assessment_discarded": int(np.count_nonzero(discarded)),
                "not_computable_too_few_domain_items": int(np.count_nonzero(
                    missing & ~discarded)),
            }
        out[timepoint] = {"assessments": int(np.count_nonzero(answered)), "domains": domains}
    return out


def markdown(summary: dict[str, Any]) -> str:
    """A readable report of the summary (Markdown tables)."""
    lines = [
        "# Outcome measures before and after the shared plan",
        "",
        f"- window: {summary['window_months']} months before and after the plan date "
        f"(before: {summary['conventions']['before']}; after: {summary['conventions']['after']})",
        f"- provider for continuity: {summary['provider']}",
        f"- data up to {summary['as_of']}"
        + (f", from {summary['data_from']}" if summary["data_from"] else ""),
        f"- clients in records: {summary['clients_in_records']}; without a plan: "
        f"{summary['clients_without_plan']}; incomplete windows before/after: "
        f"{summary['incomplete_windows']['BEFORE_PLAN']}/"
        f"{summary['incomplete_windows']['AFTER_PLAN']}",
    ]
    if "measures" in summary:
        lines.append(f"- measures: {', '.join(summary['measures'])} (`--measures`)")
    if "open_inpatient_episodes" in summary:
        lines.append(f"- inpatient days: {summary['conventions']['inpatient_days']}; episodes "
                     f"without end_date: {summary['open_inpatient_episodes']}")
    for timepoint, item in summary.get("whoqol_bref", {}).items():
        lost = {d: c["not_computable_assessment_discarded"]
                + c["not_computable_too_few_domain_items"] for d, c in item["domains"].items()}
        discarded = max((c["not_computable_assessment_discarded"]
                         for c in item["domains"].values()), default=0)
        lines.append(f"- WHOQOL-BREF {timepoint}: {item['assessments']} assessments, "
                     f"{discarded} discarded (more than 20 % of items missing); domain scores "
                     "not computable: " + ", ".join(f"{d} {n}" for d, n in lost.items()))
    lines.append("")
    groups = [("All clients", summary["all"])] + [
        (f"Segment {name}", group) for name, group in summary["segments"].items()]
    for title, group in groups:
        lines += [f"## {title} ({group['clients']} clients)", "",
                  "| measure | n before | median before | n after | median after "
                  "| n paired | mean difference | median difference |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        for item in group["measures"].values():
            b, a, d = item["before"], item["after"], item["paired_difference"]
            lines.append(
                f"| {item['label']} | {b['n']} | {_f(b.get('median'))} | {a['n']} | "
                f"{_f(a.get('median'))} | {d['n']} | {_f(d.get('mean'))} | "
                f"{_f(d.get('median'))} |")
        if "nps" not in group:
            lines.append("")
            continue
        nps_parts = []
        for timepoint, value in group["nps"].items():
            shown = _f(value["value"]) if value["computable"] else "not computable"
            nps_parts.append(f"{timepoint} {shown} (n = {value['n']})")
        lines += ["", "NPS: " + "; ".join(nps_parts), ""]
    return "\n".join(lines)


def _f(value: Any) -> str:
    if value is None:
        return "–"
    return f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
