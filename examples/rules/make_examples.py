"""Writes examples/rules/CM-Rnnn-{valid,invalid}.json from synthetic clients (run from the repo root)."""
# ruff: noqa
import copy
import json
from pathlib import Path

from cm_model import synth
from cm_model.validation import rules

OUT = Path("examples/rules")
base_clients = [synth.client(i, 7) for i in range(3)]   # 0: handover, 1: three roles, 2: closed


def envelope(clients, contacts=None, note=""):
    used = set()
    for c in clients:
        for pattern in rules.WORKER_REFERENCES:
            used.update(v for v in rules.values(c, pattern) if isinstance(v, str))
    workers = [w for w in synth.workers() if w["id"] in used]
    env = {"organisation": {"id": "org-synth", "name": "Synteettinen hyvinvointialue"},
           "export_time": synth.EXPORT_TIME, "schema_version": synth.SCHEMA_VERSION,
           "notes": note, "workers": workers, "trigger_catalogue": synth.trigger_catalogue(),
           "clients": clients}
    if contacts is not None:
        env["service_contacts"] = contacts
    return env


def contact(cid, k):
    return {"id": f"sc-{k:04d}", "client_id": cid, "contact_date": "2026-01-1%d" % k,
            "contact_type": "PRIMARY_CARE_VISIT", "sector": "PRIMARY_HEALTH_CARE",
            "unit_id": "TA-KESKUSTA", "professional_id": "p-00001", "urgent": False}


def r004(cs):
    c = cs[1]; a = c["assignments"][0]
    for k in (4, 5):
        c["assignments"].append({"id": f"{c['id']}-as{k}", "worker_id": a["worker_id"],
                                 "role": a["role"], "start_date": a["start_date"],
                                 "client_informed": True})
def r008(cs):
    c = cs[2]; c["cm_hoi_entries"] = [e for e in c["cm_hoi_entries"] if e["phase"] != "CLOSING"]
def r010(cs):
    c = cs[2]; last = c["cm_hoi_entries"][-1]
    c["cm_hoi_entries"].append({"id": c["id"] + "-hoi99", "entry_date": "2026-06-01",
                                "author": last["author"], "phase": "FOLLOW_UP"})
def r011(cs):
    c = cs[0]; c["continuity_indices"].append({
        "id": c["id"] + "-upc1", "index_type": "UPC", "index_value": 0.1, "contact_count": 5,
        "window_start": "2025-01-01", "window_end": "2025-12-31", "timepoint": "AFTER_PLAN"})
def r013(cs):
    i = cs[0]["continuity_indices"][0]; i.pop("index_value", None); i.pop("not_computable_reason", None)
def r015(cs):
    cs[0]["cm_hoi_entries"][0]["author"] = "w-9999"
def r017(cs):
    cs[0]["observed_triggers"][0]["trigger_code"] = "XX-UNKNOWN"
def r019(cs):
    cs[0]["nps_responses"][0]["response_date"] = "2026-12-01"
def r020(cs):
    cs[0]["consents"][0]["valid_until"] = "2020-01-01"
def r021(cs):
    cs[0]["assignments"][-1]["client_informed"] = False
def r024(cs):
    cs[0].pop("client_group_marking")

# --- schema 0.2.0 rules ---
SCOPE_RULES = [  # Siun sote's scope (seed 004), used by the CM-R025 examples
    {"scope_effect": "INCLUDE", "scope_criterion": "AGE_AT_LEAST", "criterion_value": "18",
     "notes": "Palvelu on alkuvaiheessa rajattu täysi-ikäisille (Siun sote)."},
    {"scope_effect": "EXCLUDE", "scope_criterion": "SERVICE_SECTOR_CLIENT",
     "criterion_value": "DISABILITY_SERVICES",
     "notes": "Vammaispalvelujen asiakkaat toistaiseksi rajattu ulkopuolelle (Siun sote)."}]
def r025(cs):
    c = cs[2]
    year = int(c["referrals"][0]["referral_date"][:4])
    c.pop("henkilotunnus"); c.pop("birth_date")
    c["birth_year"] = year - 16   # 15 or 16 at referral: under 18 either way
def r026(cs):
    cs[0]["needs_special_support"] = True   # no omatyöntekijä in force
def problems(cs):
    c = cs[0]
    c["problems"] = [{"id": f"{c['id']}-p1", "problem_text": "Pitkäaikaissairaus",
                      "verification_status": "CONFIRMED"},
                     {"id": f"{c['id']}-p2", "problem_text": "Epäilty muistisairaus",
                      "verification_status": "SUSPECTED"}]
    c["care_plans"][0]["care_responsibilities"][0]["problem_id"] = f"{c['id']}-p1"
def r027(cs):
    problems(cs)
    cs[0]["care_plans"][0]["care_responsibilities"][0]["problem_id"] = "p-missing"
def r028(cs):
    problems(cs)
    cs[0]["problems"][1]["id"] = cs[0]["problems"][0]["id"]
    cs[0]["care_plans"][0]["care_responsibilities"][0].pop("problem_id")
def memberships(cs):
    c = cs[0]
    c["segment_memberships"] = [{"segment": s, "start_date": "2024-01-01",
                                 "membership_source": "SEGMENTATION"} for s in c["segments"]]
    c["segment_memberships"].append({"segment": "AT_RISK", "start_date": "2023-01-01",
                                     "end_date": "2023-12-31",
                                     "membership_source": "PROFESSIONAL_ASSESSMENT"})
def r029(cs):
    memberships(cs)
    cs[0]["segment_memberships"][0]["end_date"] = "2024-06-30"   # still listed in segments
def special_support_valid(cs):
    cs[1]["needs_special_support"] = True   # client 1 has an omatyöntekijä in force
valid_extra = {"CM-R026": special_support_valid, "CM-R027": problems, "CM-R028": problems,
               "CM-R029": memberships}

single = dict(synth.BREAKERS)
extra = {"CM-R004": r004, "CM-R008": r008, "CM-R010": r010, "CM-R011": r011, "CM-R013": r013,
         "CM-R015": r015, "CM-R017": r017, "CM-R019": r019, "CM-R020": r020, "CM-R021": r021,
         "CM-R024": r024, "CM-R025": r025, "CM-R026": r026, "CM-R027": r027, "CM-R028": r028,
         "CM-R029": r029}
for rule in rules.CATALOGUE:
    rid = rule.id
    valid_contacts = [contact(base_clients[0]["id"], 1), contact(base_clients[1]["id"], 2)]
    valid_clients = copy.deepcopy(base_clients)
    if rid in valid_extra:
        valid_extra[rid](valid_clients)
    valid = envelope(valid_clients, valid_contacts,
                     f"Valid example for {rid}: {rule.description_en}")
    cs = copy.deepcopy(base_clients)
    contacts = copy.deepcopy(valid_contacts)
    if rid in single:
        single[rid](cs[1] if rid == "CM-R005" else cs[0])
    elif rid in extra:
        extra[rid](cs)
    elif rid == "CM-R023":
        contacts.append(contact("c-9999999", 3))
    else:
        raise SystemExit(f"no breaker for {rid}")
    invalid = envelope(cs, contacts, f"Breaks {rid} ({rule.severity}): {rule.message_en}")
    if rid == "CM-R025":
        for env in (valid, invalid):
            env["organisation"]["scope_rules"] = copy.deepcopy(SCOPE_RULES)
    for kind, env in (("valid", valid), ("invalid", invalid)):
        (OUT / f"{rid}-{kind}.json").write_text(json.dumps(env, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print("ok")
