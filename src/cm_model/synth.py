"""`cm-model synth`: realistic, valid, synthetic records for tests, benchmarks and demos.

Everything is synthetic: henkilötunnus values are in the test range (individual number
900–999, correct check character) and names are invented. Same seed, same bytes.

Kinds:
- ``clients``: Client records (every segment, responsible-worker role and CM-HOI phase occurs
  within a few dozen records), with plausible process histories;
- ``contacts``: ServiceContact rows for ``--clients`` clients (the fast path: plain string
  building, no model objects), skewed so that a tenth of the clients has most contacts;
- ``export``: one Export envelope with workers, trigger catalogue, clients and their contacts.

``--invalid-rate`` makes that share of client records break exactly one known rule; which
record breaks which rule is written to ``<output>.manifest.json`` ({locator: rule id}).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import IO, Any

EXPORT_TIME = "2026-06-30T12:00:00+03:00"
EXPORT_DAY = date(2026, 6, 30)
FIRST_DAY = date(2022, 1, 1)
SCHEMA_VERSION = "0.2.0"


def _codes(enum: str) -> list[str]:
    """The codes of a schema enum, in the schema's order (read from the schema, never copied)."""
    from cm_model.schema_info import load_schema_dict

    return list(load_schema_dict()["enums"][enum].get("permissible_values") or {})


SEGMENTS = _codes("ClientSegment")
MARKINGS = _codes("ClientGroupMarking")
ROLES = _codes("ResponsibleWorkerRole")
PHASES = _codes("CmHoiPhase")
CLOSING_REASONS = _codes("ClosingReason")
SECTORS = _codes("Sector")
PROFESSIONS = _codes("Profession")
MUNICIPALITIES = ["398", "109", "491", "167", "091", "165", "061", "694", "016", "098"]
GOALS = ["Pärjään kotona ilman päivystyskäyntejä.", "Minulla on yksi nimetty yhteyshenkilö.",
         "Pääsen päihdekuntoutukseen ja pysyn siinä.", "Arki sujuu ja uni paranee.",
         "Löydän opiskelupaikan syksyksi.", "Kipu pysyy hallinnassa."]
FIRST_NAMES = ["Aino", "Eero", "Helmi", "Juho", "Kaisa", "Lauri", "Mirja", "Oskari"]
LAST_NAMES = ["Esimerkki", "Testinen", "Malli", "Koe", "Sample", "Synteetti"]
DIAGNOSES = ["J45.9", "I10", "F32.1", "F10.2", "M54.5", "E11.9", "L40.0", "K58.9"]

# Contact types with their sector, units and weight (how common they are).
CONTACT_TYPES = [
    ("PRIMARY_CARE_VISIT", "PRIMARY_HEALTH_CARE", ["TA-KESKUSTA", "TA-POHJOINEN", "TA-ETELA"], 30),
    ("PHONE_CONTACT", "PRIMARY_HEALTH_CARE", ["TA-KESKUSTA", "PUHELINPALVELU"], 20),
    ("OUTPATIENT_CLINIC_VISIT", "SPECIALISED_HEALTH_CARE", ["SISA-POLI", "PSYK-POLI"], 12),
    ("EMERGENCY_VISIT", "EMERGENCY_CARE", ["YHTEISPAIVYSTYS"], 8),
    ("INPATIENT_EPISODE", "SPECIALISED_HEALTH_CARE", ["OS-SISA-1", "OS-SISA-2"], 3),
    ("SOCIAL_WORK_CONTACT", "SOCIAL_WELFARE", ["AIK-SOS-TYO"], 8),
    ("HOME_VISIT", "SOCIAL_WELFARE", ["AIK-SOS-TYO", "PERHEPALVELUT"], 3),
    ("HOME_CARE_VISIT", "ELDERLY_SERVICES", ["KOTIHOITO-1", "KOTIHOITO-2"], 8),
    ("EMS_MISSION", "EMERGENCY_MEDICAL_SERVICES", ["ENSIHOITO"], 2),
    ("CONSULTATION", "PRIMARY_HEALTH_CARE", ["TA-KESKUSTA"], 3),
    ("DIGITAL_CONTACT", "PRIMARY_HEALTH_CARE", ["DIGI-KLINIKKA"], 3),
]



# The profession that usually meets the client in each contact type (synthetic export, 0.2.0).
CONTACT_PROFESSIONS = {
    "PRIMARY_CARE_VISIT": "PHYSICIAN", "PHONE_CONTACT": "REGISTERED_NURSE",
    "OUTPATIENT_CLINIC_VISIT": "PHYSICIAN", "EMERGENCY_VISIT": "PHYSICIAN",
    "INPATIENT_EPISODE": "REGISTERED_NURSE", "SOCIAL_WORK_CONTACT": "SOCIAL_WORKER",
    "HOME_VISIT": "SOCIAL_COUNSELLOR", "HOME_CARE_VISIT": "PRACTICAL_NURSE",
    "EMS_MISSION": "OTHER", "CONSULTATION": "PHYSICIAN", "DIGITAL_CONTACT": "REGISTERED_NURSE",
}

N_WORKERS = 240
HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"


class SynthError(ValueError):
    pass


def hetu(birth: date, individual: int) -> str:
    """A henkilötunnus; `individual` must be 900–999 (the test range)."""
    if not 900 <= individual <= 999:
        raise SynthError("synthetic henkilötunnus values stay in the test range 900–999")
    sign = "-" if birth.year < 2000 else "A"
    digits = f"{birth:%d%m%y}{individual:03d}"
    return f"{digits[:6]}{sign}{digits[6:]}{HETU_CHECK[int(digits) % 31]}"


def worker_id(k: int) -> str:
    return f"w-{k % N_WORKERS:04d}"


def workers() -> list[dict[str, Any]]:
    out = []
    for k in range(N_WORKERS):
        out.append({
            "id": worker_id(k),
            "name": f"{FIRST_NAMES[k % 8]} {LAST_NAMES[k % 6]} (synteettinen)",
            "profession": PROFESSIONS[k % len(PROFESSIONS)],
            "unit_id": f"YKSIKKO-{k % 30:02d}",
            "sector": SECTORS[k % len(SECTORS)],
        })
    return out


@cache
def trigger_catalogue() -> list[dict[str, Any]]:
    """The trigger catalogue shipped with cm-model, so synthetic records use real codes."""
    from cm_model.metrics.triggers import default_catalogue_entries

    return default_catalogue_entries()


def _trigger_codes() -> list[str]:
    return [entry["code"] for entry in trigger_catalogue()]


def _d(day: date) -> str:
    return day.isoformat()


def client(i: int, seed: int) -> dict[str, Any]:
    """One valid Client record; record i of a seed is always the same."""
    from cm_model.metrics.measures import coc, whoqol_bref_domain_scores

    rng = random.Random(seed * 1_000_003 + i)
    cid = f"c-{i:07d}"
    birth = date(1935, 1, 1) + timedelta(days=rng.randrange(0, 365 * 70))
    start = FIRST_DAY + timedelta(days=rng.randrange(0, 900))
    w = rng.randrange(N_WORKERS)
    rec: dict[str, Any] = {
        "id": cid,
        "henkilotunnus": hetu(birth, 900 + rng.randrange(100)),
        "birth_year": birth.year,
        "birth_date": _d(birth),
        "home_municipality": MUNICIPALITIES[i % len(MUNICIPALITIES)],
        "segments": sorted({SEGMENTS[i % len(SEGMENTS)],
                          SEGMENTS[(i * 3 + 1) % len(SEGMENTS)]}),
        "client_group_marking": MARKINGS[i % len(MARKINGS)],
        **({"client_group_marking_name": "Paljon tukea tarvitseva asiakas"}
           if MARKINGS[i % len(MARKINGS)] == "OTHER_LOCAL_MARKING" else {}),
        "contact_arrangement": {"preferred_channel": "PHONE",
                                "initiated_by": "CLIENT" if i % 2 else "WORKER",
                                "agreed_date": _d(start + timedelta(days=3))},
    }
    if i % 3 == 0:
        rec["relatives"] = [{"id": f"{cid}-rp1", "name": "Läheinen (synteettinen)",
                             "relationship": ["SPOUSE", "CHILD", "CLOSE_PERSON"][i % 9 // 3],
                             "is_contact_person": True, "may_receive_information": i % 2 == 0}]
    codes = _trigger_codes()
    trig = codes[i % len(codes)]
    rec["observed_triggers"] = [{"id": f"{cid}-ot1", "trigger_code": trig,
                                 "observed_date": _d(start - timedelta(days=2)),
                                 "observed_by": worker_id(w + 1),
                                 "observer_sector": SECTORS[i % len(SECTORS)]}]
    rec["referrals"] = [{"id": f"{cid}-ref1", "referral_date": _d(start - timedelta(days=1)),
                         "referred_by": worker_id(w + 1), "recipient": worker_id(w),
                         "channel": "RECORD_SYSTEM_MESSAGE", "observed_trigger_ids": [
                             f"{cid}-ot1"]}]
    rec["consents"] = [
        {"id": f"{cid}-cons1", "consent_type": "COORDINATOR_CONTACT", "consent_status": "GIVEN",
         "decision_date": _d(start), "recorded_by": worker_id(w)},
        {"id": f"{cid}-cons2", "consent_type": "DATA_DISCLOSURE", "consent_status": "GIVEN",
         "decision_date": _d(start + timedelta(days=5)), "recorded_by": worker_id(w)},
    ]
    # Responsible workers: one or two at once, sometimes a guided handover.
    role1, role2 = ROLES[i % len(ROLES)], ROLES[(i + 3) % len(ROLES)]
    a1_end = start + timedelta(days=120 + rng.randrange(200))
    assignments = [{"id": f"{cid}-as1", "worker_id": worker_id(w), "role": role1,
                    "start_date": _d(start), "client_informed": True,
                    "client_informed_date": _d(start),
                    "main_service_sector": SECTORS[w % len(SECTORS)]}]
    if i % 2 == 0:
        assignments[0]["end_date"] = _d(a1_end)
        assignments.append({"id": f"{cid}-as2", "worker_id": worker_id(w + 7), "role": role1,
                            "start_date": _d(a1_end), "client_informed": True,
                            "client_informed_date": _d(a1_end), "handover_from": f"{cid}-as1"})
    if i % 5 == 1:
        assignments.append({"id": f"{cid}-as3", "worker_id": worker_id(w + 13), "role": role2,
                            "start_date": _d(start + timedelta(days=20)),
                            "client_informed": True})
    rec["assignments"] = assignments
    created = start + timedelta(days=14)
    goals = [{"id": f"{cid}-g{k + 1}", "goal_text": GOALS[(i + k) % len(GOALS)],
              "goal_status": ["ACTIVE", "ACHIEVED", "PARTIALLY_ACHIEVED"][(i + k) % 3],
              "set_date": _d(created), "target_date": _d(created + timedelta(days=180)),
              "set_by_client": True} for k in range(1 + i % 3)]
    rec["care_plans"] = [{
        "id": f"{cid}-plan1", "created_date": _d(created), "created_by": worker_id(w),
        "plan_status": "ACTIVE", "goals": goals,
        "services": [{"id": f"{cid}-svc1", "service_text": "Vastuutyöntekijän tapaamiset",
                      "sector": SECTORS[w % len(SECTORS)], "provider_worker": worker_id(w),
                      "goal_ids": [g["id"] for g in goals], "start_date": _d(created),
                      "frequency_text": "kahden viikon välein"}],
        "care_responsibilities": [{"id": f"{cid}-cr1", "problem_text": "Pitkäaikaissairaus",
                                   "diagnosis_code": DIAGNOSES[i % len(DIAGNOSES)],
                                   "care_holder": worker_id(w + 3),
                                   "agreed_in": "NETWORK_MEETING",
                                   "agreed_date": _d(created)}],
        "review_schedule": {"next_review_date": _d(created + timedelta(days=90)),
                            "review_interval_weeks": 12, "review_method": "IN_PERSON"},
        "intensive_support_periods": [{"start_date": _d(created),
                                       "planned_end_date": _d(created + timedelta(days=180)),
                                       "permanent": False}],
        "revisions": [{"id": f"{cid}-rev1", "revised_at": _d(created + timedelta(days=30))
                       + "T10:00:00+03:00", "revised_by": worker_id(w + 3),
                       "changed_sections": ["GOALS", "SERVICES"]}],
    }]
    # CM-HOI entries through the phases; a third of the clients are closed.
    closed = i % 3 == 2
    n_phases = len(PHASES) if closed else 2 + i % (len(PHASES) - 3)
    entries, status = [], [
        {"clienthood_status": "CANDIDATE", "status_date": _d(start - timedelta(days=2))},
        {"clienthood_status": "NOTIFIED", "status_date": _d(start - timedelta(days=1))},
        {"clienthood_status": "ACTIVE", "status_date": _d(start), "changed_by": worker_id(w)},
    ]
    day = start
    for k in range(n_phases):
        phase = PHASES[k]  # the schema lists CLOSING last
        entry: dict[str, Any] = {"id": f"{cid}-hoi{k + 1}", "entry_date": _d(day),
                                 "author": worker_id(w), "phase": phase}
        if phase == "COPING_ASSESSMENT":
            entry["coping_assessment_method"] = "FOLLOW_UP_CALL" if i % 2 else "HOME_VISIT"
        if phase == "CLOSING":
            entry["closing_reason"] = CLOSING_REASONS[i % len(CLOSING_REASONS)]
            status.append({"clienthood_status": "CLOSED", "status_date": _d(day),
                           "changed_by": worker_id(w)})
        entries.append(entry)
        day += timedelta(days=7 + rng.randrange(21))
    rec["cm_hoi_entries"] = entries
    rec["status_history"] = status
    # Measures, before and after the plan.
    before_providers = [rng.choice("ABCD") for _ in range(rng.randrange(0, 8))]
    after_providers = [rng.choice("AAAB") for _ in range(2 + rng.randrange(8))]
    indices = []
    for k, (tp, provs, w_start, w_end) in enumerate((
            ("BEFORE_PLAN", before_providers, created - timedelta(days=365), created),
            ("AFTER_PLAN", after_providers, created, created + timedelta(days=180)))):
        value = coc(provs)
        index: dict[str, Any] = {"id": f"{cid}-coc{k + 1}", "index_type": "COC",
                                 "window_start": _d(w_start), "window_end": _d(w_end),
                                 "timepoint": tp, "contact_count": len(provs),
                                 "provider_basis": "PROFESSIONAL"}
        if value.computable:
            index["index_value"] = round(value.value, 4)
        else:
            index["not_computable_reason"] = value.reason
        indices.append(index)
    rec["continuity_indices"] = indices
    answers = {n: 1 + rng.randrange(5) for n in range(1, 27)}
    scores = whoqol_bref_domain_scores(answers)
    codes = {"physical": "PHYSICAL", "psychological": "PSYCHOLOGICAL",
             "social": "SOCIAL_RELATIONSHIPS", "environment": "ENVIRONMENT"}
    rec["whoqol_assessments"] = [{
        "id": f"{cid}-wq1", "assessment_date": _d(created), "timepoint": "BEFORE_PLAN",
        "item_answers": [{"item_number": n, "answer": a} for n, a in answers.items()],
        "domain_scores": [{"domain": codes[d], "score_4_20": round(s.score_4_20.value, 2),
                           "score_0_100": round(s.score_0_100.value, 1)}
                          for d, s in scores.items()],
        "quadruple_aim_perspective": "HEALTH_WELLBEING",
    }]
    rec["nps_responses"] = [{"id": f"{cid}-nps1", "response_date": _d(created + timedelta(
        days=60)), "nps_score": rng.randrange(11), "respondent": "CLIENT",
        "timepoint": "AFTER_PLAN"}]
    rec["prom_responses"] = [{"id": f"{cid}-prom1", "questionnaire": "YHTEISASIAKAS-PROM-1",
                              "response_date": _d(created + timedelta(days=60)),
                              "prom_answers": [{"item_code": "Q1", "value_integer": 4}]}]
    rec["service_use_counts"] = [{"id": f"{cid}-suc1", "contact_type": "EMERGENCY_VISIT",
                                  "count": rng.randrange(12),
                                  "window_start": _d(created - timedelta(days=365)),
                                  "window_end": _d(created), "timepoint": "BEFORE_PLAN"}]
    return rec


# --- invalid records: each breaks exactly one rule -------------------------------------------

def _break_r001(r: dict[str, Any]) -> None:
    code = r["henkilotunnus"]
    wrong = HETU_CHECK[(HETU_CHECK.index(code[-1]) + 1) % 31]
    r["henkilotunnus"] = code[:-1] + wrong


def _break_r002(r: dict[str, Any]) -> None:
    r["consents"][1]["id"] = r["consents"][0]["id"]


def _break_r003(r: dict[str, Any]) -> None:
    a = r["assignments"][-1]
    a["end_date"] = (date.fromisoformat(a["start_date"]) - timedelta(days=10)).isoformat()


def _break_r005(r: dict[str, Any]) -> None:
    r["assignments"][0]["role"] = "CLIENT_COORDINATOR"
    r["consents"] = [c for c in r["consents"] if c["consent_type"] != "COORDINATOR_CONTACT"]


def _break_r006(r: dict[str, Any]) -> None:
    plan = r["care_plans"][0]
    plan["goals"] = []
    for s in plan["services"]:
        s.pop("goal_ids", None)


def _break_r007(r: dict[str, Any]) -> None:
    plan = r["care_plans"][0]
    plan["review_schedule"]["next_review_date"] = plan["created_date"]


def _break_r009(r: dict[str, Any]) -> None:
    r["cm_hoi_entries"][0]["closing_reason"] = "OTHER"


def _break_r012(r: dict[str, Any]) -> None:
    index = r["continuity_indices"][0]
    index.update(contact_count=1, index_value=1.0)
    index.pop("not_computable_reason", None)


def _break_r014(r: dict[str, Any]) -> None:
    score = r["whoqol_assessments"][0]["domain_scores"][0]
    score["score_4_20"] = round(score["score_4_20"] + (2 if score["score_4_20"] < 18 else -2), 2)


def _break_r016(r: dict[str, Any]) -> None:
    r["care_plans"][0]["services"][0]["goal_ids"] = [r["id"] + "-g99"]


def _break_r018(r: dict[str, Any]) -> None:
    r["assignments"][0]["handover_from"] = r["id"] + "-as99"


def _break_r022(r: dict[str, Any]) -> None:
    r["birth_year"] = r["birth_year"] + 1


BREAKERS = [("CM-R001", _break_r001), ("CM-R002", _break_r002), ("CM-R003", _break_r003),
            ("CM-R005", _break_r005), ("CM-R006", _break_r006), ("CM-R007", _break_r007),
            ("CM-R009", _break_r009), ("CM-R012", _break_r012), ("CM-R014", _break_r014),
            ("CM-R016", _break_r016), ("CM-R018", _break_r018), ("CM-R022", _break_r022)]


def client_records(n: int, seed: int, invalid_rate: float = 0.0) -> tuple[list[dict[str, Any]],
                                                                          dict[int, str]]:
    broken: dict[int, str] = {}
    return list(iter_clients(n, seed, invalid_rate, broken)), broken


# --- service contacts (fast path) -------------------------------------------------------------

# Rows are drawn and written in chunks of this size, so memory does not grow with --n. The
# random draws of a chunk come in one block per column, so the rows depend on the chunk size:
# it is fixed, never derived from the machine.
CHUNK = 100_000
CONTACT_HEADER = ["id", "client_id", "contact_date", "end_date", "contact_type", "sector",
                  "unit_id", "professional_id", "urgent"]


def iter_contact_rows(n: int, n_clients: int, seed: int) -> Iterator[list[tuple[str, ...]]]:
    """ServiceContact rows as strings ('' = absent), in chunks of at most CHUNK rows."""
    rng = random.Random(seed)
    days = [(FIRST_DAY + timedelta(days=k)).isoformat()
            for k in range((EXPORT_DAY - FIRST_DAY).days + 1)]
    last = len(days) - 1
    # Skew: a tenth of the clients get most contacts (10 % of clients, 80 % of costs).
    weights = [8.0 if k % 10 == 0 else 0.25 for k in range(n_clients)]
    cum, total = [], 0.0
    for wgt in weights:
        total += wgt
        cum.append(total)
    client_ids = [f"c-{k:07d}" for k in range(n_clients)]
    usual = [f"p-{rng.randrange(4000):05d}" for _ in range(n_clients)]
    type_rows = [(t, s, units) for t, s, units, _ in CONTACT_TYPES]
    type_weights = [wgt for *_, wgt in CONTACT_TYPES]
    pool = [f"p-{k:05d}" for k in range(4000)]
    for start in range(0, n, CHUNK):
        size = min(CHUNK, n - start)
        who = rng.choices(range(n_clients), cum_weights=cum, k=size)
        kinds = rng.choices(range(len(type_rows)), weights=type_weights, k=size)
        when = rng.choices(range(last - 30), k=size)
        luck = [rng.random() for _ in range(size)]
        rows = []
        append = rows.append
        for k in range(size):
            c, t, d, u = who[k], kinds[k], when[k], luck[k]
            ctype, sector, units = type_rows[t]
            end = days[d + 1 + int(u * 20)] if ctype == "INPATIENT_EPISODE" else ""
            prof = usual[c] if u < 0.6 else pool[int(u * 1_000_003) % 4000]
            urgent = "true" if ctype in ("EMERGENCY_VISIT", "EMS_MISSION") else "false"
            append((f"sc-{start + k:08d}", client_ids[c], days[d], end, ctype, sector,
                    units[int(u * 97) % len(units)], prof, urgent))
        yield rows


def contact_rows(n: int, n_clients: int, seed: int) -> tuple[list[str], list[tuple[str, ...]]]:
    """(header, rows) of ServiceContact values as strings ('' = absent), all in memory."""
    rows: list[tuple[str, ...]] = []
    for chunk in iter_contact_rows(n, n_clients, seed):
        rows.extend(chunk)
    return list(CONTACT_HEADER), rows


def _contact_dict(row: tuple[str, ...]) -> dict[str, Any]:
    """A service contact of an export envelope (both the in-memory and the streamed one)."""
    contact: dict[str, Any] = {k: (v == "true" if k == "urgent" else v)
                               for k, v in zip(CONTACT_HEADER, row, strict=True) if v}
    # 0.2.0: coded profession and attendance on every contact of an export. Always ATTENDED:
    # the synthetic contacts are visits that took place (triggers and metrics leave missed and
    # cancelled ones out, see `metrics.contacts.attended_only`).
    contact["profession"] = CONTACT_PROFESSIONS.get(contact.get("contact_type", ""), "OTHER")
    contact["attendance"] = "ATTENDED"
    return contact


def _write_contacts(out: IO[bytes], n: int, n_clients: int, seed: int, fmt: str,
                    tick: Callable[[int], None]) -> None:
    if fmt == "csv":
        out.write((",".join(CONTACT_HEADER) + "\n").encode())
    done = 0
    for rows in iter_contact_rows(n, n_clients, seed):
        if fmt == "csv":
            out.write("".join(",".join(r) + "\n" for r in rows).encode())
        else:
            out.write("".join(_contact_json(r) for r in rows).encode())
        done += len(rows)
        tick(done)


def _contact_json(r: tuple[str, ...]) -> str:
    # Every value is a generated ASCII code: no escaping needed.
    end = f',"end_date":"{r[3]}"' if r[3] else ""
    return (f'{{"id":"{r[0]}","client_id":"{r[1]}","contact_date":"{r[2]}"{end},'
            f'"contact_type":"{r[4]}","sector":"{r[5]}","unit_id":"{r[6]}",'
            f'"professional_id":"{r[7]}","urgent":{r[8]}}}\n')


# --- writers ----------------------------------------------------------------------------------

def _envelope_head(seed: int) -> dict[str, Any]:
    return {"organisation": {"id": "org-synth", "name": "Synteettinen hyvinvointialue"},
            "export_time": EXPORT_TIME, "schema_version": SCHEMA_VERSION,
            "notes": f"Synthetic export (cm-model synth, seed {seed}).",
            "workers": workers(), "trigger_catalogue": [dict(e) for e in trigger_catalogue()]}


def export(n: int, seed: int, invalid_rate: float = 0.0,
           contacts_per_client: int = 5) -> tuple[dict[str, Any], dict[int, str]]:
    """The Export envelope in memory (small n; `write` streams the same content)."""
    recs, broken = client_records(n, seed, invalid_rate)
    _, rows = contact_rows(n * contacts_per_client, max(n, 1), seed) if n else ([], [])
    env = {**_envelope_head(seed), "clients": recs,
           "service_contacts": [_contact_dict(r) for r in rows]}
    return env, broken


def iter_clients(n: int, seed: int, invalid_rate: float,
                 broken: dict[int, str]) -> Iterator[dict[str, Any]]:
    """Client records one at a time; those made invalid are recorded in `broken` (i → rule)."""
    rng = random.Random(seed)
    for i in range(n):
        rec = client(i, seed)
        if invalid_rate and rng.random() < invalid_rate:
            rule_id, breaker = BREAKERS[len(broken) % len(BREAKERS)]
            breaker(rec)
            broken[i] = rule_id
        yield rec


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """A record as flat columns in the tabular layout (dotted paths, list indexes, `|`)."""
    out: dict[str, Any] = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            out[prefix] = "|".join(_cell_text(v) for v in value)
        else:
            for k, v in enumerate(value):
                out.update(flatten(v, f"{prefix}.{k}"))
    else:
        out[prefix] = value
    return out


def _cell_text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else str(v)


def _write_table(out: IO[bytes], n: int, seed: int, invalid_rate: float, fmt: str,
                 sheet: str, tick: Callable[[int], None]) -> dict[int, str]:
    """Two passes, so memory stays flat: the first finds the columns (the union of every
    record's fields, in order of first appearance), the second writes the rows."""
    columns: dict[str, None] = {}
    for rec in iter_clients(n, seed, invalid_rate, {}):
        for key in flatten(rec):
            columns.setdefault(key, None)
    header = list(columns)
    broken: dict[int, str] = {}
    if fmt == "csv":
        import csv
        import io

        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.writer(text)
        writer.writerow(header)
        for i, rec in enumerate(iter_clients(n, seed, invalid_rate, broken)):
            row = flatten(rec)
            writer.writerow([_cell_text(row.get(c)) for c in header])
            tick(i + 1)
        text.flush()
        text.detach()
    else:
        from openpyxl import Workbook

        wb = Workbook(write_only=True)
        ws = wb.create_sheet(sheet)
        ws.append(header)
        for i, rec in enumerate(iter_clients(n, seed, invalid_rate, broken)):
            row = flatten(rec)
            ws.append([row.get(c) for c in header])
            tick(i + 1)
        wb.save(out)
    return broken


# The largest --n per kind (documented in the handbook's "Outputs" page). Client records are
# about 6 kB each as JSON, service contacts about 150 bytes; these caps keep one run under
# roughly 6 GB on disk (memory stays flat: everything is streamed).
MAX_N = {"clients": 1_000_000, "export": 200_000, "contacts": 50_000_000}
MAX_CLIENTS = 10_000_000  # --clients of --kind contacts (their ids are held in memory)


def check_options(*, n: int, fmt: str, kind: str, invalid_rate: float = 0.0,
                  clients: int = 20_000) -> None:
    """Refuse impossible requests before anything is written (the output stays untouched)."""
    if fmt not in ("jsonl", "json", "csv", "xlsx"):
        raise SynthError(f"unknown format {fmt}")
    if kind not in ("clients", "contacts", "export"):
        raise SynthError(f"unknown kind {kind}")
    if n < 0:
        raise SynthError("--n must be 0 or more")
    if n > MAX_N[kind]:
        raise SynthError(f"--n {n} is above the maximum {MAX_N[kind]:,} for --kind {kind} "
                         "(see the handbook, Outputs)")
    if not 1 <= clients <= MAX_CLIENTS:
        raise SynthError(f"--clients must be between 1 and {MAX_CLIENTS:,}")
    if not 0.0 <= invalid_rate <= 1.0:
        raise SynthError("--invalid-rate must be between 0 and 1")
    if kind == "contacts" and fmt not in ("csv", "jsonl"):
        raise SynthError("--kind contacts writes csv or jsonl")
    if kind == "contacts" and invalid_rate:
        raise SynthError("--invalid-rate applies to client records (--kind clients or export), "
                         "not to --kind contacts")
    if kind == "export" and fmt != "json":
        raise SynthError("--kind export writes json")


def write(path: Path, *, n: int, seed: int = 1, fmt: str = "jsonl", kind: str = "clients",
          clients: int = 20_000, invalid_rate: float = 0.0, lang: str = "en") -> str:
    """Write the records; returns a one-line summary.

    The options and the targets (the file and, with --invalid-rate, its manifest) are checked
    first; the records are streamed to a temporary file beside the target that replaces it
    only on success (:mod:`cm_model.io.output`), so a refused, failed or killed run leaves an
    existing file as it was and no temporary file behind."""
    import orjson

    from cm_model.io.output import OutputError, OutputSet
    from cm_model.io.progress import progress

    check_options(n=n, fmt=fmt, kind=kind, invalid_rate=invalid_rate, clients=clients)
    path = Path(path)
    manifest_path = Path(str(path) + ".manifest.json") if invalid_rate else None
    targets = [path, *([manifest_path] if manifest_path else [])]
    try:
        with OutputSet(targets) as out, progress("write", total=n, lang=lang) as bar:
            every = max(1, min(CHUNK, n // 200 or 1))

            def tick(done: int) -> None:
                if done % every == 0 or done == n:
                    bar.update(done, n)

            with out.stream(path) as handle:
                manifest = _write(handle, n=n, seed=seed, fmt=fmt, kind=kind, clients=clients,
                                  invalid_rate=invalid_rate, tick=tick)
            if manifest_path is not None:
                out.write(manifest_path, orjson.dumps(manifest, option=orjson.OPT_INDENT_2))
    except OutputError as exc:
        raise SynthError(exc.text(lang)) from None
    if kind == "contacts":
        return f"wrote {n} service contacts for {clients} clients to {path}"
    return f"wrote {n} {kind} records to {path}" + (
        f" ({len(manifest or {})} invalid, see {path}.manifest.json)" if invalid_rate else "")


def _json_items(out: IO[bytes], key: str, items: Iterable[Any], last: bool = False,
                tick: Callable[[int], None] | None = None) -> None:
    """One key of the streamed envelope: a JSON array, one compact item a line."""
    import orjson

    out.write(f'  "{key}": ['.encode())
    for k, item in enumerate(items):
        out.write((b",\n    " if k else b"\n    ") + orjson.dumps(item))
        if tick is not None:
            tick(k + 1)
    out.write(b"\n  ]" + (b"\n" if last else b",\n"))


def _write_export(out: IO[bytes], n: int, seed: int, invalid_rate: float,
                  tick: Callable[[int], None]) -> dict[int, str]:
    import orjson

    head = _envelope_head(seed)
    out.write(b"{\n")
    for key in ("organisation", "export_time", "schema_version", "notes"):
        out.write(f'  "{key}": '.encode() + orjson.dumps(head[key]) + b",\n")
    _json_items(out, "workers", head["workers"])
    _json_items(out, "trigger_catalogue", head["trigger_catalogue"])
    broken: dict[int, str] = {}
    _json_items(out, "clients", iter_clients(n, seed, invalid_rate, broken), tick=tick)
    contacts = (_contact_dict(r) for rows in iter_contact_rows(n * 5, max(n, 1), seed)
                for r in rows) if n else iter(())
    _json_items(out, "service_contacts", contacts, last=True)
    out.write(b"}\n")
    return broken


def _write(out: IO[bytes], *, n: int, seed: int, fmt: str, kind: str, clients: int,
           invalid_rate: float, tick: Callable[[int], None]) -> dict[str, str] | None:
    """Write to the open (staged) file; returns the manifest (None without --invalid-rate)."""
    import orjson

    manifest: dict[str, str] = {}
    if kind == "contacts":
        _write_contacts(out, n, clients, seed, fmt, tick)
        return None
    if kind == "export" or fmt == "json":
        broken = _write_export(out, n, seed, invalid_rate, tick)
        manifest = {f"clients[{i}]": r for i, r in broken.items()}
    elif fmt == "jsonl":
        broken = {}
        for i, rec in enumerate(iter_clients(n, seed, invalid_rate, broken)):
            out.write(orjson.dumps(rec) + b"\n")
            tick(i + 1)
        manifest = {f"line {i + 1}": r for i, r in broken.items()}
    else:
        broken = _write_table(out, n, seed, invalid_rate, fmt, "Client", tick)
        manifest = {(f"row {i + 2}" if fmt == "csv" else f"Client row {i + 2}"): r
                    for i, r in broken.items()}
    return manifest if invalid_rate else None
