"""Writing per-client measures: a flat CSV for spreadsheets, and JSON in the schema's shapes.

Clients are named by their pseudonymous id only. In the CSV an empty cell is "not computable"
and the ``*_reason`` column beside it says why (for WHOQOL-BREF, one ``*_whoqol_<domain>_reason``
column covers the domain's 4–20 and 0–100 scores: no assessment, assessment discarded, or too
few of the domain's items answered). The JSON (``--client-json``) gives every client
``continuity_indices`` (ContinuityIndex records) and ``service_use_counts`` (ServiceUseCount
records) ready to be merged into the Client records. With ``--measures``, only the chosen
measures' columns (and records) are written; the window columns (first, last, complete,
contacts) stay whenever a continuity index or service use is chosen.
"""

from __future__ import annotations

import io
from typing import Any

import numpy as np

from cm_model.metrics.outcomes import REASON_NO_PLAN, TIMEPOINTS, Outcomes, client_view

WHOQOL_DOMAINS = ("physical", "psychological", "social", "environment")
_SHORT = ("before", "after")


def _dates(days: np.ndarray, valid: np.ndarray) -> Any:
    import pyarrow as pa

    values = days.astype("datetime64[D]").astype(str).astype(object)
    values[~valid] = None
    return pa.array(values, type=pa.string())


def client_csv(outcomes: Outcomes) -> bytes:
    """One row per client in the records; columns per window (before_*, after_*)."""
    import pyarrow as pa
    import pyarrow.csv as pacsv

    planned = outcomes.has_plan
    records = outcomes.records
    plan = records.plan_day
    columns: dict[str, Any] = {
        "client_id": pa.array(records.client_ids, type=pa.string()),
        "segments": pa.array(["|".join(s) for s in records.segments], type=pa.string()),
        "plan_date": _dates(plan, planned),
        "status": pa.array(np.where(planned, "ok", REASON_NO_PLAN).tolist(), type=pa.string()),
    }
    reason_texts = pa.array(outcomes.whoqol_reason_texts, type=pa.string())
    chosen = outcomes.measures
    indices = outcomes.indices
    windows = bool(indices) or "use" in chosen
    for half, short in enumerate(_SHORT):
        if windows:
            columns[f"{short}_first"] = _dates(outcomes.first[:, half], planned)
            columns[f"{short}_last"] = _dates(outcomes.last[:, half], planned)
            columns[f"{short}_complete"] = pa.array(outcomes.complete[:, half], mask=~planned)
            columns[f"{short}_contacts"] = pa.array(outcomes.contacts[:, half], mask=~planned)
        if indices:
            columns[f"{short}_without_provider"] = pa.array(
                outcomes.contacts[:, half] - outcomes.with_provider[:, half], mask=~planned)
        for name in indices:
            values = np.round(outcomes.index_values[name][:, half], 6)
            columns[f"{short}_{name}"] = pa.array(values, mask=np.isnan(values))
            reasons = outcomes.reasons(name)[:, half]
            columns[f"{short}_{name}_reason"] = pa.array(
                [r or None for r in reasons.tolist()], type=pa.string())
        for t, code in enumerate(outcomes.type_codes):
            columns[f"{short}_{code.lower()}"] = pa.array(outcomes.counts[:, half, t],
                                                          mask=~planned)
        if "use" in chosen:
            columns[f"{short}_inpatient_days"] = pa.array(outcomes.inpatient_days[:, half],
                                                          mask=~planned)
        for domain in WHOQOL_DOMAINS if "whoqol" in chosen else ():
            for scale, scores in (("4_20", outcomes.whoqol_4_20), ("0_100", outcomes.whoqol)):
                values = np.round(scores[domain][:, half], 6)
                columns[f"{short}_whoqol_{domain}_{scale}"] = pa.array(
                    values, mask=np.isnan(values))
            codes = outcomes.whoqol_reasons[domain][:, half]
            columns[f"{short}_whoqol_{domain}_reason"] = reason_texts.take(
                pa.array(codes, mask=codes == 0))
    buffer = io.BytesIO()
    pacsv.write_csv(pa.table(columns), buffer,
                    write_options=pacsv.WriteOptions(quoting_style="needed"))
    return buffer.getvalue()


def _client_json(outcomes: Outcomes, r: int) -> dict[str, Any]:
    view = client_view(outcomes, r)
    basis = outcomes.provider.upper()
    client_id = view["client_id"]
    indices: list[dict[str, Any]] = []
    uses: list[dict[str, Any]] = []
    windows = view["windows"]
    for timepoint, window in windows.items():
        span = {"window_start": window["first"], "window_end": window["last"],
                "timepoint": timepoint}
        for name in outcomes.indices:
            value = window[name]
            record: dict[str, Any] = {"id": f"{client_id}-{name.upper()}-{timepoint}",
                                      "index_type": name.upper(), **span,
                                      "contact_count": value.n, "provider_basis": basis}
            if value.computable:
                record["index_value"] = round(value.value, 6)
            else:
                record["not_computable_reason"] = value.reason
            indices.append(record)
            window[name] = value.as_dict()
        other = windows["AFTER_PLAN" if timepoint == "BEFORE_PLAN" else "BEFORE_PLAN"]
        for code, count in window.get("counts", {}).items():
            if not count and not other["counts"].get(code):
                continue  # a type the client used in neither window
            use: dict[str, Any] = {"id": f"{client_id}-{code}-{timepoint}",
                                   "contact_type": code, "count": count, **span}
            if code == "INPATIENT_EPISODE":
                use["inpatient_days"] = window["inpatient_days"]
            uses.append(use)
    if outcomes.indices:
        view["continuity_indices"] = indices
    if "use" in outcomes.measures:
        view["service_use_counts"] = uses
    if "whoqol" not in outcomes.measures:
        return view
    scores: dict[str, dict[str, float]] = {}
    raw: dict[str, dict[str, float]] = {}
    domains: dict[str, dict[str, Any]] = {}
    for half, timepoint in enumerate(TIMEPOINTS):
        found = {d: round(float(outcomes.whoqol[d][r, half]), 6) for d in WHOQOL_DOMAINS
                 if not np.isnan(outcomes.whoqol[d][r, half])}
        if found:
            scores[timepoint] = found
            raw[timepoint] = {d: round(float(outcomes.whoqol_4_20[d][r, half]), 6)
                              for d in found}
        domains[timepoint] = {}
        for d in WHOQOL_DOMAINS:
            reason = outcomes.whoqol_reason_texts[int(outcomes.whoqol_reasons[d][r, half])]
            domains[timepoint][d] = (
                {"computable": True, "score_4_20": raw[timepoint][d],
                 "score_0_100": scores[timepoint][d]} if d in found
                else {"computable": False, "not_computable_reason": reason})
    if scores:
        view["whoqol_score_0_100"] = scores
        view["whoqol_score_4_20"] = raw
    view["whoqol_bref"] = domains
    return view


def client_json(outcomes: Outcomes) -> bytes:
    import orjson

    document = {
        "window_months": outcomes.months,
        "provider_basis": outcomes.provider.upper(),
        "as_of": outcomes.as_of.isoformat() if outcomes.as_of else None,
        "clients": [_client_json(outcomes, r) for r in range(len(outcomes.client_ids))],
    }
    return orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n"

