"""The business-rule catalogue: checks the closed JSON Schema cannot express.

Every rule works on plain JSON-like dicts (as read from the file, before any model class), is
deterministic and small, and says in its description exactly what it checks, so that the
handbook can publish it and the in-browser validator can port it and reach the same verdicts.

Conventions shared by every rule (the port must follow them too):
- A value of the wrong type, or null, counts as absent; the structural layer reports it.
- Dates are compared as their first ten characters ``YYYY-MM-DD`` (ISO order is date order);
  a value that does not start with such a date is ignored.
- Paths are written ``care_plans[0].goals[1].id``.
- Context comes from the export envelope (``export_time``, the ids of ``workers``, the codes of
  ``trigger_catalogue``, the ids of ``clients``); for records read without an envelope (a JSON
  Lines stream, a CSV file) it is absent and the rules that need it do not run.
- Rules run on every record, also on records with structural errors.
- Messages never contain values from the data; the offending value is attached only when the
  user asks for values (``--show-values``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

ERROR, WARNING = "error", "warning"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


# --- helpers (each has a one-line equivalent in the JavaScript port) -----------------------

def day(value: Any) -> str | None:
    """'YYYY-MM-DD' of a date or date-time string, else None."""
    if isinstance(value, str) and _DATE.match(value):
        return value[:10]
    return None


def items(record: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, element) for the dict elements of the list at `key`; nothing when absent."""
    value = record.get(key) if isinstance(record, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]


def text(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


@lru_cache(maxsize=256)
def _compile(pattern: str) -> tuple[tuple[str, bool], ...]:
    return tuple((seg[:-3], True) if seg.endswith("[*]") else (seg, False)
                 for seg in pattern.split("."))


def path_of(parts: tuple[Any, ...]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else p)
    return out


def walk_parts(record: Any, pattern: str) -> list[tuple[tuple[Any, ...], Any]]:
    """(path parts, value) for every present value matching `pattern` such as
    ``care_plans[*].goals[*].id`` (``[*]`` = every element of a list). Paths stay tuples
    until a rule reports one (see `path_of`), which keeps the common, valid case cheap."""
    nodes: list[tuple[tuple[Any, ...], Any]] = [((), record)]
    for key, star in _compile(pattern):
        nxt: list[tuple[tuple[Any, ...], Any]] = []
        for parts, node in nodes:
            if type(node) is not dict:
                continue
            value = node.get(key)
            if value is None:
                continue
            if star:
                if type(value) is list:
                    nxt.extend(((*parts, key, i), v) for i, v in enumerate(value)
                               if v is not None)
            else:
                nxt.append(((*parts, key), value))
        nodes = nxt
    return nodes


def walk(record: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Like `walk_parts`, with the paths as strings."""
    return ((path_of(parts), value) for parts, value in walk_parts(record, pattern))


def values(record: Any, pattern: str) -> list[Any]:
    """Just the values matching `pattern`."""
    return [value for _, value in walk_parts(record, pattern)]


# --- rule machinery ---------------------------------------------------------------------------

@dataclass
class Context:
    """What the rules may know beyond the record itself (see module docstring)."""

    export_time: str | None = None  # YYYY-MM-DD of the export
    worker_ids: set[str] | None = None
    trigger_codes: set[str] | None = None
    client_ids: set[str] | None = None
    scope_rules: list[dict[str, Any]] | None = None  # organisation.scope_rules (CM-R025)
    # CM-R002 state: class -> id -> locator of the first record carrying it
    seen_ids: dict[str, dict[str, str]] = field(default_factory=dict)
    locator: str = ""  # locator of the record being checked


@dataclass(frozen=True)
class Hit:
    path: str | None
    params: dict[str, Any] = field(default_factory=dict)
    value: Any = None  # shown only with --show-values


Check = Callable[[dict[str, Any], Context], Iterator[Hit]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    applies_to: tuple[str, ...]  # class names; the rule runs on records of these classes
    message_en: str
    message_fi: str
    description_en: str
    description_fi: str
    check: Check
    needs: tuple[str, ...] = ()  # context keys the rule needs (it is skipped without them)
    data: dict[str, Any] = field(default_factory=dict)  # tables the check uses (for ports)

    def message(self, lang: str, params: dict[str, Any]) -> str:
        template = self.message_fi if lang == "fi" else self.message_en
        try:
            return template.format(**params)
        except (KeyError, IndexError, ValueError):
            return template

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "severity": self.severity,
            "applies_to": list(self.applies_to),
            "needs": list(self.needs),
            "message_fi": self.message_fi,
            "message_en": self.message_en,
            "description_fi": self.description_fi,
            "description_en": self.description_en,
            "data": self.data,
        }


CATALOGUE: list[Rule] = []


def rule(**meta: Any) -> Callable[[Check], Check]:
    def register(check: Check) -> Check:
        meta.setdefault("applies_to", ("Client",))
        CATALOGUE.append(Rule(check=check, **meta))
        return check

    return register


# --- CM-R001 henkilötunnus ---------------------------------------------------------------------

@lru_cache(maxsize=64)
def hetu_valid(value: str) -> bool:
    """Format, date and check character (python-stdnum knows the 2023 century signs)."""
    from stdnum.exceptions import ValidationError
    from stdnum.fi import hetu

    try:
        hetu.validate(value, allow_temporary=True)
    except ValidationError:
        return False
    return True


@rule(
    id="CM-R001", severity=ERROR,
    message_en="henkilötunnus is not valid (date or check character)",
    message_fi="henkilötunnus ei ole kelvollinen (päivämäärä tai tarkistusmerkki)",
    description_en=(
        "`henkilotunnus`, when present, must be a valid Finnish personal identity code: "
        "DDMMYY, a century sign (+, -, A–F, U–Y), a three-digit individual number and the "
        "check character, which is the remainder of the nine digits DDMMYYNNN divided by 31, "
        "looked up in 0123456789ABCDEFHJKLMNPRSTUVWXY; the date must exist. Individual numbers "
        "900–999 (test range) are accepted."
    ),
    description_fi=(
        "Kentän `henkilotunnus` on oltava kelvollinen henkilötunnus: PPKKVV, välimerkki "
        "(+, -, A–F, U–Y), kolminumeroinen yksilönumero ja tarkistusmerkki, joka on "
        "yhdeksännumeroisen luvun PPKKVVNNN jakojäännös 31:llä jaettuna merkkijonosta "
        "0123456789ABCDEFHJKLMNPRSTUVWXY; päivämäärän on oltava olemassa. Testialueen "
        "yksilönumerot 900–999 hyväksytään."
    ),
)
def _r001(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    value = text(record.get("henkilotunnus"))
    if value is not None and not hetu_valid(value):
        yield Hit("henkilotunnus", value=value)


# --- CM-R002 unique ids -------------------------------------------------------------------

NESTED_ID_LISTS = (
    "relatives[*]", "consents[*]", "observed_triggers[*]", "referrals[*]", "assignments[*]",
    "care_plans[*]", "care_plans[*].goals[*]", "care_plans[*].services[*]",
    "care_plans[*].care_responsibilities[*]", "care_plans[*].revisions[*]", "cm_hoi_entries[*]",
    "continuity_indices[*]", "whoqol_assessments[*]", "prom_responses[*]", "nps_responses[*]",
    "service_use_counts[*]",
)
TOP_LEVEL_ID_FIELD = {"Client": "id", "Worker": "id", "ServiceContact": "id",
                      "TriggerDefinition": "code"}


@rule(
    id="CM-R002", severity=ERROR,
    applies_to=("Client", "Worker", "ServiceContact", "TriggerDefinition"),
    message_en="id is used more than once ({scope})",
    message_fi="tunniste on käytössä useammin kuin kerran ({scope})",
    description_en=(
        "Records of one class (clients, workers, service contacts; trigger definitions by "
        "`code`) have distinct ids within the export or file; the second and later uses are "
        "reported. Inside a client, the elements of each nested list (relatives, consents, "
        "observed triggers, referrals, assignments, care plans, goals, planned services, care "
        "responsibilities, plan revisions, CM-HOI entries, continuity indices, WHOQOL-BREF "
        "assessments, PROM and NPS responses, service-use counts) have distinct ids within "
        "that list kind for the client."
    ),
    description_fi=(
        "Saman luokan tietueilla (asiakkaat, työntekijät, palvelukontaktit; heräte-määrittelyt "
        "`code`-kentän mukaan) on eri tunnisteet saman viennin tai tiedoston sisällä; toinen ja "
        "myöhemmät käytöt raportoidaan. Asiakkaan sisällä kunkin sisäkkäisen listan (omaiset, "
        "suostumukset, havaitut herätteet, ilmoitukset, nimeämiset, suunnitelmat, tavoitteet, "
        "palvelut, hoitovastuut, suunnitelman päivitykset, CM-HOI-merkinnät, "
        "jatkuvuusindeksit, WHOQOL-BREF-arviot, PROM- ja NPS-vastaukset, palvelukäyttömäärät) "
        "alkioilla on eri tunnisteet saman asiakkaan saman listalajin sisällä."
    ),
    data={"nested_id_lists": list(NESTED_ID_LISTS), "top_level_id_field": TOP_LEVEL_ID_FIELD},
)
def _r002(record: dict[str, Any], ctx: Context, class_name: str = "Client") -> Iterator[Hit]:
    key = TOP_LEVEL_ID_FIELD.get(class_name, "id")
    ident = text(record.get(key))
    if ident is not None:
        seen = ctx.seen_ids.setdefault(class_name, {})
        if ident in seen:
            yield Hit(key, {"scope": f"{class_name}, first at {seen[ident]}"}, ident)
        else:
            seen[ident] = ctx.locator
    if class_name != "Client":
        return
    for pattern in NESTED_ID_LISTS:
        outer, _, inner = pattern.partition(".")
        local: set[str] = set()
        for i, element in items(record, outer[:-3]):
            group = items(element, inner[:-3]) if inner else [(None, element)]
            for j, el in group:
                ident = el.get("id")
                if type(ident) is not str:
                    continue
                if ident in local:
                    parts = (outer[:-3], i) if j is None else (outer[:-3], i, inner[:-3], j)
                    yield Hit(path_of((*parts, "id")),
                              {"scope": pattern.replace("[*]", "[]")}, ident)
                local.add(ident)


# --- CM-R003 assignment dates ---------------------------------------------------------------

@rule(
    id="CM-R003", severity=ERROR,
    message_en="assignment ends before it starts",
    message_fi="nimeäminen päättyy ennen kuin se alkaa",
    description_en=(
        "For every responsible-worker assignment (`assignments[]`) with both dates, "
        "`end_date` is not before `start_date` (the same day is allowed)."
    ),
    description_fi=(
        "Jokaisessa vastuutyöntekijän nimeämisessä (`assignments[]`), jossa on molemmat "
        "päivämäärät, `end_date` ei ole ennen `start_date`-päivää (sama päivä sallitaan)."
    ),
)
def _r003(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, a in items(record, "assignments"):
        start, end = day(a.get("start_date")), day(a.get("end_date"))
        if start and end and end < start:
            yield Hit(f"assignments[{i}].end_date")


# --- CM-R004 at most two at once ------------------------------------------------------------

@rule(
    id="CM-R004", severity=ERROR,
    message_en="more than two concurrent assignments with role {role}",
    message_fi="yli kaksi samanaikaista nimeämistä roolissa {role}",
    description_en=(
        "At most two assignments with the same `role` are in force on any day. An assignment "
        "is in force from `start_date` to `end_date` inclusive (no `end_date`: still in force). "
        "Assignments without a valid `start_date` or `role` are not counted. The assignment "
        "that makes the third is reported (the first such, in start-date order)."
    ),
    description_fi=(
        "Samalla `role`-roolilla on voimassa enintään kaksi nimeämistä minä tahansa päivänä. "
        "Nimeäminen on voimassa `start_date`-päivästä `end_date`-päivään asti (ilman "
        "`end_date`-päivää edelleen voimassa). Nimeämisiä ilman kelvollista `start_date`- tai "
        "`role`-arvoa ei lasketa. Kolmanneksi tuleva nimeäminen raportoidaan (ensimmäinen "
        "sellainen alkamispäivän järjestyksessä)."
    ),
)
def _r004(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    by_role: dict[str, list[tuple[str, str, int]]] = {}
    for i, a in items(record, "assignments"):
        role, start = text(a.get("role")), day(a.get("start_date"))
        if role and start:
            end = day(a.get("end_date")) or "9999-12-31"
            by_role.setdefault(role, []).append((start, end, i))
    for role in sorted(by_role):
        periods = sorted(by_role[role])
        if len(periods) < 3:
            continue
        for k, (start, _end, index) in enumerate(periods):
            # in force on `start`: earlier-starting periods that have not ended before it
            overlapping = sum(1 for s, e, _ in periods[:k] if s <= start <= e)
            if overlapping >= 2:
                yield Hit(f"assignments[{index}]", {"role": role})
                break


# --- CM-R005 consent before coordinator contact -----------------------------------------------

COORDINATOR_ROLES = ("CLIENT_COORDINATOR",)


@rule(
    id="CM-R005", severity=ERROR,
    message_en="coordinator assignment starts without a prior consent to be contacted",
    message_fi="koordinaattorin nimeäminen alkaa ilman aiempaa suostumusta yhteydenottoon",
    description_en=(
        "Coordinators contact the client only after consent (Siun sote). Every assignment "
        "with role CLIENT_COORDINATOR and a `start_date` needs a consent with "
        "`consent_type` COORDINATOR_CONTACT, `consent_status` GIVEN and a `decision_date` on "
        "or before that start date."
    ),
    description_fi=(
        "Koordinaattorit ottavat asiakkaaseen yhteyttä vasta suostumuksen jälkeen (Siun sote). "
        "Jokainen nimeäminen roolissa CLIENT_COORDINATOR, jolla on `start_date`, edellyttää "
        "suostumusta, jonka `consent_type` on COORDINATOR_CONTACT, `consent_status` GIVEN ja "
        "`decision_date` viimeistään alkamispäivänä."
    ),
    data={"coordinator_roles": list(COORDINATOR_ROLES)},
)
def _r005(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    consent_days = [
        day(c.get("decision_date")) for _, c in items(record, "consents")
        if c.get("consent_type") == "COORDINATOR_CONTACT" and c.get("consent_status") == "GIVEN"
    ]
    consent_days = [d for d in consent_days if d]
    for i, a in items(record, "assignments"):
        start = day(a.get("start_date"))
        if a.get("role") in COORDINATOR_ROLES and start \
                and not any(d <= start for d in consent_days):
            yield Hit(f"assignments[{i}].start_date")


# --- CM-R006 / CM-R007 the shared plan ------------------------------------------------------

@rule(
    id="CM-R006", severity=ERROR,
    message_en="the shared plan has no client goal",
    message_fi="yhteisessä asiakassuunnitelmassa ei ole asiakkaan tavoitetta",
    description_en=(
        "Every care plan (`care_plans[]`) whose `plan_status` is not DRAFT has at least one "
        "element in `goals`."
    ),
    description_fi=(
        "Jokaisessa suunnitelmassa (`care_plans[]`), jonka `plan_status` ei ole DRAFT, on "
        "vähintään yksi `goals`-tavoite."
    ),
)
def _r006(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, plan in items(record, "care_plans"):
        if plan.get("plan_status") != "DRAFT" and not items(plan, "goals"):
            yield Hit(f"care_plans[{i}].goals")


@rule(
    id="CM-R007", severity=ERROR,
    message_en="the plan's next review date is not after its creation date",
    message_fi="suunnitelman seuraava arviointipäivä ei ole laatimispäivän jälkeen",
    description_en=(
        "For every care plan with `created_date` and `review_schedule.next_review_date`, the "
        "review date is strictly after the creation date."
    ),
    description_fi=(
        "Jokaisessa suunnitelmassa, jossa on `created_date` ja "
        "`review_schedule.next_review_date`, arviointipäivä on laatimispäivän jälkeen."
    ),
)
def _r007(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, plan in items(record, "care_plans"):
        created = day(plan.get("created_date"))
        schedule = plan.get("review_schedule")
        review = day(schedule.get("next_review_date")) if isinstance(schedule, dict) else None
        if created and review and review <= created:
            yield Hit(f"care_plans[{i}].review_schedule.next_review_date")


# --- CM-R008..R010 closing ------------------------------------------------------------------

def closing_day(record: dict[str, Any]) -> tuple[str | None, int | None]:
    """The clienthood's closing date: `status_date` of the latest status change (by date, then
    list order) when that change is CLOSED; else None."""
    latest: tuple[str, int] | None = None
    status = None
    for i, change in items(record, "status_history"):
        d = day(change.get("status_date"))
        if d and (latest is None or (d, i) >= latest):
            latest, status = (d, i), change.get("clienthood_status")
    if latest and status == "CLOSED":
        return latest
    return None, None


@rule(
    id="CM-R008", severity=ERROR,
    message_en="closed clienthood has no CLOSING entry with a coded closing reason",
    message_fi="päättyneellä asiakkuudella ei ole CLOSING-merkintää, jossa on koodattu syy",
    description_en=(
        "A client whose latest status change (greatest `status_date`; on a tie the later in "
        "the list) is CLOSED has a CM-HOI entry with `phase` CLOSING and a `closing_reason`. "
        "The closing date is that status change's `status_date`."
    ),
    description_fi=(
        "Asiakkaalla, jonka viimeisin tilamuutos (suurin `status_date`; tasatilanteessa "
        "listassa myöhempi) on CLOSED, on CM-HOI-merkintä, jonka `phase` on CLOSING ja jossa on "
        "`closing_reason`. Päättymispäivä on tuon tilamuutoksen `status_date`."
    ),
)
def _r008(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    closed, index = closing_day(record)
    if closed is None:
        return
    if not any(e.get("phase") == "CLOSING" and text(e.get("closing_reason"))
               for _, e in items(record, "cm_hoi_entries")):
        yield Hit(f"status_history[{index}]")


@rule(
    id="CM-R009", severity=ERROR,
    message_en="CLOSING entry without a closing reason",
    message_fi="CLOSING-merkinnästä puuttuu päättymisen syy",
    description_en=(
        "Every CM-HOI entry with `phase` CLOSING has a `closing_reason`; entries in other "
        "phases have none."
    ),
    description_fi=(
        "Jokaisessa CM-HOI-merkinnässä, jonka `phase` on CLOSING, on `closing_reason`; muiden "
        "vaiheiden merkinnöissä sitä ei ole."
    ),
)
def _r009(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, entry in items(record, "cm_hoi_entries"):
        has_reason = text(entry.get("closing_reason")) is not None
        if (entry.get("phase") == "CLOSING") != has_reason:
            yield Hit(f"cm_hoi_entries[{i}].closing_reason")


@rule(
    id="CM-R010", severity=ERROR,
    message_en="CM-HOI entry after the clienthood was closed (only corrections are allowed)",
    message_fi="CM-HOI-merkintä asiakkuuden päättymisen jälkeen (vain korjaukset sallitaan)",
    description_en=(
        "When the clienthood is closed (see CM-R008), every CM-HOI entry whose `entry_date` is "
        "after the closing date has `is_correction` true."
    ),
    description_fi=(
        "Kun asiakkuus on päättynyt (ks. CM-R008), jokaisessa CM-HOI-merkinnässä, jonka "
        "`entry_date` on päättymispäivän jälkeen, `is_correction` on tosi."
    ),
)
def _r010(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    closed, _ = closing_day(record)
    if closed is None:
        return
    for i, entry in items(record, "cm_hoi_entries"):
        d = day(entry.get("entry_date"))
        if d and d > closed and entry.get("is_correction") is not True:
            yield Hit(f"cm_hoi_entries[{i}].entry_date")


# --- CM-R011..R013 continuity indices -------------------------------------------------------

MIN_CONTACTS = {"COC": 2, "SECON": 2, "UPC": 1}


@rule(
    id="CM-R011", severity=ERROR,
    message_en="continuity index value is impossible for its type and contact count",
    message_fi="jatkuvuusindeksin arvo on mahdoton sen tyypille ja kontaktimäärälle",
    description_en=(
        "Every numeric `continuity_indices[].index_value` lies in [0, 1]; and a UPC (share of "
        "contacts with the most-seen provider) with `contact_count` N of at least 1 is at "
        "least 1/N, since the most-seen provider has at least one of the N contacts "
        "(cm_model.metrics.measures.upc)."
    ),
    description_fi=(
        "Jokainen lukuarvoinen `continuity_indices[].index_value` on välillä [0, 1]; ja UPC "
        "(useimmin tavatun tahon osuus kontakteista), jonka `contact_count` N on vähintään 1, "
        "on vähintään 1/N, koska useimmin tavatulla taholla on vähintään yksi N:stä "
        "kontaktista (cm_model.metrics.measures.upc)."
    ),
)
def _r011(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, index in items(record, "continuity_indices"):
        value = index.get("index_value")
        if not isinstance(value, int | float) or isinstance(value, bool):
            continue
        count = index.get("contact_count")
        too_low = (index.get("index_type") == "UPC" and isinstance(count, int)
                   and not isinstance(count, bool) and count >= 1 and value < 1 / count - 1e-9)
        if not 0 <= value <= 1 or too_low:
            yield Hit(f"continuity_indices[{i}].index_value", value=value)


@rule(
    id="CM-R012", severity=ERROR,
    message_en="{index_type} has a value although it needs at least {minimum} contact(s)",
    message_fi="{index_type}-indeksillä on arvo, vaikka se vaatii vähintään {minimum} kontaktia",
    description_en=(
        "A continuity index is undefined with too few contacts, so its `index_value` is "
        "absent when `contact_count` is below the minimum: COC and SECON need 2 contacts, UPC "
        "needs 1 (the definitions in cm_model.metrics.measures: coc, secon, upc)."
    ),
    description_fi=(
        "Jatkuvuusindeksiä ei voi laskea liian harvoista kontakteista, joten `index_value` "
        "puuttuu, kun `contact_count` on alle vähimmäismäärän: COC ja SECON vaativat 2 "
        "kontaktia, UPC 1 (määritelmät cm_model.metrics.measures: coc, secon, upc)."
    ),
    data={"min_contacts": MIN_CONTACTS},
)
def _r012(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, index in items(record, "continuity_indices"):
        kind, count = index.get("index_type"), index.get("contact_count")
        minimum = MIN_CONTACTS.get(kind) if isinstance(kind, str) else None
        if minimum is None or not isinstance(count, int) or isinstance(count, bool):
            continue
        if count < minimum and index.get("index_value") is not None:
            yield Hit(f"continuity_indices[{i}].index_value",
                      {"index_type": kind, "minimum": minimum})


@rule(
    id="CM-R013", severity=WARNING,
    message_en="continuity index has no value and no reason why",
    message_fi="jatkuvuusindeksillä ei ole arvoa eikä syytä sen puuttumiselle",
    description_en=(
        "A continuity index without `index_value` states `not_computable_reason`."
    ),
    description_fi=(
        "Jatkuvuusindeksissä, jolta puuttuu `index_value`, on `not_computable_reason`."
    ),
)
def _r013(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, index in items(record, "continuity_indices"):
        if index.get("index_value") is None and text(index.get("not_computable_reason")) is None:
            yield Hit(f"continuity_indices[{i}].not_computable_reason")


# --- CM-R014 WHOQOL-BREF ----------------------------------------------------------------------

WHOQOL_DOMAIN_CODES = {"PHYSICAL": "physical", "PSYCHOLOGICAL": "psychological",
                       "SOCIAL_RELATIONSHIPS": "social", "ENVIRONMENT": "environment"}
WHOQOL_TOLERANCE = {"score_4_20": 0.05, "score_0_100": 0.5}


@rule(
    id="CM-R014", severity=ERROR,
    message_en="WHOQOL-BREF {domain} {scale} does not match the item answers ({expected})",
    message_fi="WHOQOL-BREF {domain} {scale} ei vastaa kysymysten vastauksia ({expected})",
    description_en=(
        "For a WHOQOL-BREF assessment with `item_answers`, each stored domain score equals the "
        "score computed from the answers by cm_model.metrics.measures.whoqol_bref_domain_scores "
        "(WHO 1996 scoring: items 3, 4, 26 reversed; domain mean × 4; 0–100 = (score − 4) × "
        "100 / 16; too few answered items make a domain not computable, and then the stored "
        "score must be absent). Tolerance: 0.05 on the 4–20 scale, 0.5 on the 0–100 scale. An "
        "item number answered twice is also reported."
    ),
    description_fi=(
        "WHOQOL-BREF-arviossa, jossa on `item_answers`, jokainen tallennettu osa-aluepistemäärä "
        "on sama kuin vastauksista funktiolla "
        "cm_model.metrics.measures.whoqol_bref_domain_scores laskettu (WHO 1996: kysymykset 3, "
        "4 ja 26 käännetään; osa-alueen keskiarvo × 4; 0–100 = (pisteet − 4) × 100 / 16; jos "
        "vastauksia on liian vähän, osa-aluetta ei voi laskea ja tallennetun pistemäärän on "
        "puututtava). Toleranssi: 0,05 asteikolla 4–20, 0,5 asteikolla 0–100. Kahdesti "
        "vastattu kysymys raportoidaan myös."
    ),
    data={"domain_codes": WHOQOL_DOMAIN_CODES, "tolerance": WHOQOL_TOLERANCE},
)
def _r014(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    from cm_model.metrics.measures import whoqol_bref_domain_scores

    for i, assessment in items(record, "whoqol_assessments"):
        answers: dict[int, int] = {}
        usable = True
        for j, answer in items(assessment, "item_answers"):
            number, value = answer.get("item_number"), answer.get("answer")
            if not (isinstance(number, int) and isinstance(value, int)) \
                    or isinstance(number, bool) or isinstance(value, bool) \
                    or not (1 <= number <= 26 and 1 <= value <= 5):
                usable = False  # the structural layer reports it
                continue
            if number in answers:
                yield Hit(f"whoqol_assessments[{i}].item_answers[{j}].item_number",
                          {"domain": "item", "scale": f"{number}", "expected": "once"})
            answers[number] = value
        if not answers or not usable:
            continue
        computed = whoqol_bref_domain_scores(answers)
        for j, stored in items(assessment, "domain_scores"):
            domain = WHOQOL_DOMAIN_CODES.get(stored.get("domain"))  # type: ignore[arg-type]
            if domain is None:
                continue
            score = computed[domain]
            for scale, tolerance in WHOQOL_TOLERANCE.items():
                have = stored.get(scale)
                if have is None or isinstance(have, bool) or not isinstance(have, int | float):
                    continue
                expected = getattr(score, scale).value
                if expected is None:
                    yield Hit(f"whoqol_assessments[{i}].domain_scores[{j}].{scale}",
                              {"domain": stored["domain"], "scale": scale,
                               "expected": "not computable"}, have)
                elif abs(have - expected) > tolerance:
                    yield Hit(f"whoqol_assessments[{i}].domain_scores[{j}].{scale}",
                              {"domain": stored["domain"], "scale": scale,
                               "expected": f"{expected:.2f}"}, have)


# --- CM-R015..R018 references ---------------------------------------------------------------

WORKER_REFERENCES = (
    "assignments[*].worker_id", "consents[*].recorded_by", "observed_triggers[*].observed_by",
    "referrals[*].referred_by", "referrals[*].recipient", "care_plans[*].created_by",
    "care_plans[*].services[*].provider_worker",
    "care_plans[*].care_responsibilities[*].care_holder",
    "care_plans[*].revisions[*].revised_by", "cm_hoi_entries[*].author",
    "status_history[*].changed_by",
    # 0.2.0
    "network_meetings[*].organised_by", "network_meetings[*].participants[*].worker_id",
    "care_plans[*].participants[*].worker_id",
    "care_plans[*].reviews[*].participants[*].worker_id",
)


@rule(
    id="CM-R015", severity=ERROR,
    message_en="refers to a worker that is not in the export's workers",
    message_fi="viittaa työntekijään, jota ei ole viennin työntekijöissä",
    description_en=(
        "In an export envelope, every worker reference of a client (the fields listed in "
        "`data.worker_references`) names the `id` of an element of the export's `workers`."
    ),
    description_fi=(
        "Viennissä jokainen asiakkaan työntekijäviittaus (kentät luettelossa "
        "`data.worker_references`) on jonkin viennin `workers`-työntekijän `id`."
    ),
    needs=("worker_ids",),
    data={"worker_references": list(WORKER_REFERENCES)},
)
def _r015(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    known = ctx.worker_ids or set()
    for pattern in WORKER_REFERENCES:
        for parts, value in walk_parts(record, pattern):
            if isinstance(value, str) and value not in known:
                yield Hit(path_of(parts), value=value)


@rule(
    id="CM-R016", severity=ERROR,
    message_en="planned service refers to a goal that is not in the client's plans",
    message_fi="suunniteltu palvelu viittaa tavoitteeseen, jota ei ole asiakkaan suunnitelmissa",
    description_en=(
        "Every `care_plans[].services[].goal_ids` entry is the `id` of a goal in one of the "
        "same client's `care_plans[].goals`."
    ),
    description_fi=(
        "Jokainen `care_plans[].services[].goal_ids`-viittaus on jonkin saman asiakkaan "
        "`care_plans[].goals`-tavoitteen `id`."
    ),
)
def _r016(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    refs = walk_parts(record, "care_plans[*].services[*].goal_ids[*]")
    if not refs:
        return
    goals = {v for v in values(record, "care_plans[*].goals[*].id") if isinstance(v, str)}
    for parts, value in refs:
        if isinstance(value, str) and value not in goals:
            yield Hit(path_of(parts), value=value)


@rule(
    id="CM-R017", severity=ERROR,
    message_en="observed trigger code is not in the export's trigger catalogue",
    message_fi="havaitun herätteen koodia ei ole viennin heräteluettelossa",
    description_en=(
        "In an export envelope, every `observed_triggers[].trigger_code` is the `code` of an "
        "element of the export's `trigger_catalogue`."
    ),
    description_fi=(
        "Viennissä jokainen `observed_triggers[].trigger_code` on jonkin viennin "
        "`trigger_catalogue`-määrittelyn `code`."
    ),
    needs=("trigger_codes",),
)
def _r017(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    known = ctx.trigger_codes or set()
    for i, trigger in items(record, "observed_triggers"):
        code = trigger.get("trigger_code")
        if isinstance(code, str) and code not in known:
            yield Hit(f"observed_triggers[{i}].trigger_code")


INTERNAL_REFERENCES = (
    ("assignments[*].handover_from", "assignments[*].id"),
    ("cm_hoi_entries[*].corrects_entry", "cm_hoi_entries[*].id"),
    ("referrals[*].observed_trigger_ids[*]", "observed_triggers[*].id"),
)


@rule(
    id="CM-R018", severity=ERROR,
    message_en="refers to an element that is not in the same client's record",
    message_fi="viittaa kohteeseen, jota ei ole saman asiakkaan tiedoissa",
    description_en=(
        "References inside a client resolve within the same client: "
        "`assignments[].handover_from` names an assignment `id`, "
        "`cm_hoi_entries[].corrects_entry` a CM-HOI entry `id`, and "
        "`referrals[].observed_trigger_ids[]` an observed trigger `id`."
    ),
    description_fi=(
        "Asiakkaan sisäiset viittaukset löytyvät saman asiakkaan tiedoista: "
        "`assignments[].handover_from` on nimeämisen `id`, `cm_hoi_entries[].corrects_entry` "
        "CM-HOI-merkinnän `id` ja `referrals[].observed_trigger_ids[]` havaitun herätteen `id`."
    ),
    data={"internal_references": [list(p) for p in INTERNAL_REFERENCES]},
)
def _r018(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for source, target in INTERNAL_REFERENCES:
        refs = walk_parts(record, source)
        if not refs:
            continue
        known = {v for v in values(record, target) if isinstance(v, str)}
        for parts, value in refs:
            if isinstance(value, str) and value not in known:
                yield Hit(path_of(parts), value=value)


# --- CM-R019 dates not after the export -----------------------------------------------------

EVENT_DATES = {
    "Client": (
        "birth_date", "contact_arrangement.agreed_date", "consents[*].decision_date",
        "observed_triggers[*].observed_date", "referrals[*].referral_date",
        "assignments[*].start_date", "assignments[*].end_date",
        "assignments[*].client_informed_date", "care_plans[*].created_date",
        "care_plans[*].goals[*].set_date", "care_plans[*].care_responsibilities[*].agreed_date",
        "care_plans[*].intensive_support_periods[*].start_date",
        "care_plans[*].intensive_support_periods[*].end_date",
        "care_plans[*].revisions[*].revised_at", "cm_hoi_entries[*].entry_date",
        "status_history[*].status_date", "continuity_indices[*].window_start",
        "continuity_indices[*].window_end", "whoqol_assessments[*].assessment_date",
        "prom_responses[*].response_date", "nps_responses[*].response_date",
        "service_use_counts[*].window_start", "service_use_counts[*].window_end",
        # 0.2.0
        "segment_memberships[*].start_date", "segment_memberships[*].end_date",
        "problems[*].verification_date", "network_meetings[*].meeting_date",
        "care_plans[*].reviews[*].review_date",
        "functional_capacity_assessments[*].assessment_date",
        "discharges[*].discharge_date",
    ),
    "ServiceContact": ("contact_date", "end_date"),
}


@rule(
    id="CM-R019", severity=ERROR,
    applies_to=("Client", "ServiceContact"),
    message_en="date is after the export time",
    message_fi="päivämäärä on viennin ajankohdan jälkeen",
    description_en=(
        "In an export envelope, no recorded event date is after the date of `export_time`. "
        "Event dates are the fields listed per class in `data.event_dates`; dates that look "
        "ahead (next review, goal target date, planned end, consent validity, planned "
        "services) may lie in the future."
    ),
    description_fi=(
        "Viennissä yksikään kirjattu tapahtumapäivä ei ole `export_time`-ajankohdan päivän "
        "jälkeen. Tapahtumapäivät ovat luokittain luettelossa `data.event_dates` mainitut "
        "kentät; eteenpäin katsovat päivät (seuraava arviointi, tavoitepäivä, suunniteltu "
        "päättyminen, suostumuksen voimassaolo, suunnitellut palvelut) saavat olla tulevia."
    ),
    needs=("export_time",),
    data={"event_dates": {k: list(v) for k, v in EVENT_DATES.items()}},
)
def _r019(record: dict[str, Any], ctx: Context, class_name: str = "Client") -> Iterator[Hit]:
    limit = ctx.export_time or "9999-12-31"
    for pattern in EVENT_DATES.get(class_name, ()):
        for parts, value in walk_parts(record, pattern):
            d = day(value)
            if d and d > limit:
                yield Hit(path_of(parts), value=value)


# --- CM-R020 periods ------------------------------------------------------------------------

PERIODS = {
    "Client": (
        ("care_plans[*].services[*]", "start_date", "end_date"),
        ("care_plans[*].intensive_support_periods[*]", "start_date", "end_date"),
        ("care_plans[*].intensive_support_periods[*]", "start_date", "planned_end_date"),
        ("care_plans[*].goals[*]", "set_date", "target_date"),
        ("consents[*]", "decision_date", "valid_until"),
        ("continuity_indices[*]", "window_start", "window_end"),
        ("service_use_counts[*]", "window_start", "window_end"),
        ("segment_memberships[*]", "start_date", "end_date"),  # 0.2.0
    ),
    "ServiceContact": (("", "contact_date", "end_date"),),
    "Organisation": (("scope_rules[*]", "valid_from", "valid_until"),),
}


@rule(
    id="CM-R020", severity=ERROR,
    applies_to=("Client", "ServiceContact", "Organisation"),
    message_en="period ends before it starts ({start} – {end})",
    message_fi="jakso päättyy ennen kuin se alkaa ({start} – {end})",
    description_en=(
        "In every period listed in `data.periods` (element, start field, end field) that has "
        "both dates, the end is not before the start: planned services, intensive support, "
        "goal set and target dates, consent validity, measurement windows, a service "
        "contact's `end_date` (inpatient episodes), scope-rule validity."
    ),
    description_fi=(
        "Jokaisessa luettelon `data.periods` jaksossa (kohde, alkukenttä, loppukenttä), jossa "
        "on molemmat päivät, loppu ei ole ennen alkua: suunnitellut palvelut, tehostettu tuki, "
        "tavoitteen asetus- ja tavoitepäivä, suostumuksen voimassaolo, mittausikkunat, "
        "palvelukontaktin `end_date` (osastojaksot), rajaussääntöjen voimassaolo."
    ),
    data={"periods": {k: [list(p) for p in v] for k, v in PERIODS.items()}},
)
def _r020(record: dict[str, Any], ctx: Context, class_name: str = "Client") -> Iterator[Hit]:
    for pattern, start_key, end_key in PERIODS.get(class_name, ()):
        elements = walk_parts(record, pattern) if pattern else [((), record)]
        for parts, element in elements:
            if type(element) is not dict:
                continue
            end = element.get(end_key)
            if end is None:
                continue
            start, end = day(element.get(start_key)), day(end)
            if start and end and end < start:
                yield Hit(path_of((*parts, end_key)), {"start": start_key, "end": end_key})


# --- CM-R021..R024 --------------------------------------------------------------------------

@rule(
    id="CM-R021", severity=WARNING,
    message_en="the client has not been told of the named worker",
    message_fi="asiakkaalle ei ole kerrottu nimetystä työntekijästä",
    description_en=(
        "The client must know who their responsible worker is and what the role means "
        "(Kanta-Häme). For every assignment in force (no `end_date`), `client_informed` is "
        "true."
    ),
    description_fi=(
        "Asiakkaan tulee tietää vastuutyöntekijänsä ja roolin merkitys (Kanta-Häme). Jokaisessa "
        "voimassa olevassa nimeämisessä (ei `end_date`-päivää) `client_informed` on tosi."
    ),
)
def _r021(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for i, a in items(record, "assignments"):
        if a.get("end_date") is None and a.get("client_informed") is not True:
            yield Hit(f"assignments[{i}].client_informed")


@rule(
    id="CM-R022", severity=ERROR,
    message_en="birth date or year does not match the henkilötunnus",
    message_fi="syntymäaika tai -vuosi ei vastaa henkilötunnusta",
    description_en=(
        "When `henkilotunnus` is valid (CM-R001), `birth_date` equals the date it encodes and "
        "`birth_year` that date's year (century from the sign: + 1800s; - and U–Y 1900s; A–F "
        "2000s)."
    ),
    description_fi=(
        "Kun `henkilotunnus` on kelvollinen (CM-R001), `birth_date` on sama kuin sen "
        "koodaama päivä ja `birth_year` sen vuosi (vuosisata välimerkistä: + 1800; - ja U–Y "
        "1900; A–F 2000)."
    ),
)
def _r022(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    value = text(record.get("henkilotunnus"))
    if value is None or not hetu_valid(value):
        return
    sign = value[6].upper()
    century = 1800 if sign == "+" else 2000 if sign in "ABCDEF" else 1900
    encoded = f"{century + int(value[4:6]):04d}-{value[2:4]}-{value[0:2]}"
    birth = day(record.get("birth_date"))
    if birth and birth != encoded:
        yield Hit("birth_date")
    year = record.get("birth_year")
    if isinstance(year, int) and not isinstance(year, bool) and year != int(encoded[:4]):
        yield Hit("birth_year")


@rule(
    id="CM-R023", severity=WARNING,
    applies_to=("ServiceContact",),
    message_en="service contact refers to a client that is not in the export",
    message_fi="palvelukontakti viittaa asiakkaaseen, jota ei ole viennissä",
    description_en=(
        "In an export envelope that lists clients, every service contact's `client_id` is "
        "the `id` of one of them."
    ),
    description_fi=(
        "Viennissä, jossa on asiakkaita, jokaisen palvelukontaktin `client_id` on jonkin "
        "niistä `id`."
    ),
    needs=("client_ids",),
)
def _r023(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    value = record.get("client_id")
    if ctx.client_ids and isinstance(value, str) and value not in ctx.client_ids:
        yield Hit("client_id", value=value)


@rule(
    id="CM-R024", severity=WARNING,
    message_en="active clienthood without the client-group marking",
    message_fi="aktiivinen asiakkuus ilman asiakasryhmämerkintää",
    description_en=(
        "Common recording practice requires the client-group marking (e.g. 'Asiakaspäällikön "
        "asiakas'): a client whose latest status change (as in CM-R008) is ACTIVE has "
        "`client_group_marking`."
    ),
    description_fi=(
        "Yhteinen kirjaamiskäytäntö edellyttää asiakasryhmämerkintää (esim. "
        "'Asiakaspäällikön asiakas'): asiakkaalla, jonka viimeisin tilamuutos (kuten "
        "CM-R008) on ACTIVE, on `client_group_marking`."
    ),
)
def _r024(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    latest: tuple[str, int] | None = None
    status = None
    for i, change in items(record, "status_history"):
        d = day(change.get("status_date"))
        if d and (latest is None or (d, i) >= latest):
            latest, status = (d, i), change.get("clienthood_status")
    if status == "ACTIVE" and text(record.get("client_group_marking")) is None:
        yield Hit("client_group_marking")


# --- CM-R025..R028 (schema 0.2.0) -----------------------------------------------------------
# Self-contained: each rule's tables sit next to it and go into its `data` for ports.

AGE_CRITERIA = ("AGE_AT_LEAST", "AGE_BELOW")


def _age_range(record: dict[str, Any], on: str) -> tuple[int, int] | None:
    """(lowest, highest) possible age in whole years on day `on`: exact from `birth_date`,
    one of two values from `birth_year` alone; None when neither is known."""
    birth = day(record.get("birth_date"))
    if birth:
        age = int(on[:4]) - int(birth[:4]) - (1 if on[5:] < birth[5:] else 0)
        return age, age
    year = record.get("birth_year")
    if isinstance(year, int) and not isinstance(year, bool):
        return int(on[:4]) - year - 1, int(on[:4]) - year
    return None


def _out_of_scope(effect: Any, criterion: Any, limit: int, ages: tuple[int, int]) -> bool:
    """True when every possible age puts the client outside the rule."""
    low, high = ages
    if criterion == "AGE_AT_LEAST":
        matches_all, matches_none = low >= limit, high < limit
    else:  # AGE_BELOW
        matches_all, matches_none = high < limit, low >= limit
    return matches_none if effect == "INCLUDE" else matches_all if effect == "EXCLUDE" else False


@rule(
    id="CM-R025", severity=WARNING,
    message_en="the client's age at referral is outside the organisation's scope rules",
    message_fi="asiakkaan ikä ilmoitushetkellä on organisaation kohderyhmärajauksen ulkopuolella",
    description_en=(
        "An organisation states its own target group (Siun sote: adults only). In an export "
        "envelope whose `organisation.scope_rules` include age rules (`scope_criterion` "
        "AGE_AT_LEAST or AGE_BELOW with a whole-number `criterion_value`, valid on the day: "
        "`valid_from` ≤ day ≤ `valid_until` where given), every `referrals[].referral_date` "
        "is checked: the client's age that day (from `birth_date`, or from `birth_year` when "
        "both possible ages agree) must satisfy every INCLUDE rule and no EXCLUDE rule."
    ),
    description_fi=(
        "Organisaatio määrittelee oman kohderyhmänsä (Siun sote: vain täysi-ikäiset). Viennissä, "
        "jonka `organisation.scope_rules` sisältää ikäsääntöjä (`scope_criterion` AGE_AT_LEAST "
        "tai AGE_BELOW, `criterion_value` kokonaisluku, voimassa kyseisenä päivänä: "
        "`valid_from` ≤ päivä ≤ `valid_until`, jos annettu), jokainen "
        "`referrals[].referral_date` tarkistetaan: asiakkaan ikä sinä päivänä (`birth_date`:sta "
        "tai `birth_year`:sta, kun molemmat mahdolliset iät ovat samaa mieltä) täyttää jokaisen "
        "INCLUDE-säännön eikä yhtään EXCLUDE-sääntöä."
    ),
    needs=("scope_rules",),
    data={"age_criteria": list(AGE_CRITERIA)},
)
def _r025(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    age_rules = []
    for scope in ctx.scope_rules or []:
        value = scope.get("criterion_value")
        if scope.get("scope_criterion") in AGE_CRITERIA and isinstance(value, str) \
                and value.strip().isdigit():
            age_rules.append((scope, int(value)))
    if not age_rules:
        return
    for i, referral in items(record, "referrals"):
        on = day(referral.get("referral_date"))
        ages = _age_range(record, on) if on else None
        if ages is None:
            continue
        for scope, limit in age_rules:
            start, end = day(scope.get("valid_from")), day(scope.get("valid_until"))
            if (start and on < start) or (end and on > end):
                continue
            if _out_of_scope(scope.get("scope_effect"), scope.get("scope_criterion"), limit, ages):
                yield Hit(f"referrals[{i}].referral_date")
                break


SPECIAL_SUPPORT_ROLES = ("PERSONAL_SOCIAL_WORKER",)


@rule(
    id="CM-R026", severity=WARNING,
    message_en="client in need of special support has no omatyöntekijä in force",
    message_fi="erityistä tukea tarvitsevalla asiakkaalla ei ole voimassa olevaa omatyöntekijää",
    description_en=(
        "A client in need of special support gets at least an omatyöntekijä (Social Welfare "
        "Act 1301/2014 § 42; seed 002). When `needs_special_support` is true, the client has "
        "an assignment with role PERSONAL_SOCIAL_WORKER and no `end_date`."
    ),
    description_fi=(
        "Erityistä tukea tarvitsevalle asiakkaalle nimetään vähintään omatyöntekijä (SHL "
        "1301/2014 42 §). Kun `needs_special_support` on tosi, asiakkaalla on nimeäminen "
        "roolissa PERSONAL_SOCIAL_WORKER ilman `end_date`-päivää."
    ),
    data={"roles": list(SPECIAL_SUPPORT_ROLES)},
)
def _r026(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    if record.get("needs_special_support") is not True:
        return
    if not any(a.get("role") in SPECIAL_SUPPORT_ROLES and a.get("end_date") is None
               for _, a in items(record, "assignments")):
        yield Hit("needs_special_support")


REFERENCES_0_2 = (
    ("care_plans[*].care_responsibilities[*].problem_id", "problems[*].id"),
    ("care_plans[*].care_responsibilities[*].network_meeting_id", "network_meetings[*].id"),
    ("care_plans[*].services[*].depends_on[*]", "care_plans[*].services[*].id"),
    ("network_meetings[*].participants[*].related_person_id", "relatives[*].id"),
    ("care_plans[*].participants[*].related_person_id", "relatives[*].id"),
    ("care_plans[*].reviews[*].participants[*].related_person_id", "relatives[*].id"),
)


@rule(
    id="CM-R027", severity=ERROR,
    message_en="refers to a problem, meeting, service or relative not in the client's record",
    message_fi="viittaa ongelmaan, palaveriin, palveluun tai omaiseen, jota asiakkaalla ei ole",
    description_en=(
        "The references of the 0.2.0 elements resolve within the same client (the pairs in "
        "`data.references`: a care responsibility's `problem_id` and `network_meeting_id`, "
        "a planned service's `depends_on`, a participant's `related_person_id`)."
    ),
    description_fi=(
        "Version 0.2.0 kohteiden viittaukset löytyvät saman asiakkaan tiedoista (parit "
        "luettelossa `data.references`: hoitovastuun `problem_id` ja `network_meeting_id`, "
        "palvelun `depends_on`, osallistujan `related_person_id`)."
    ),
    data={"references": [list(p) for p in REFERENCES_0_2]},
)
def _r027(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for source, target in REFERENCES_0_2:
        refs = walk_parts(record, source)
        if not refs:
            continue
        known = {v for v in values(record, target) if isinstance(v, str)}
        for parts, value in refs:
            if isinstance(value, str) and value not in known:
                yield Hit(path_of(parts), value=value)


ID_LISTS_0_2 = (
    "problems[*]", "network_meetings[*]", "discharges[*]", "functional_capacity_assessments[*]",
    "care_plans[*].reviews[*]", "care_plans[*].source_plans[*]",
)


@rule(
    id="CM-R028", severity=ERROR,
    message_en="id is used more than once ({scope})",
    message_fi="tunniste on käytössä useammin kuin kerran ({scope})",
    description_en=(
        "Like CM-R002 for the lists added in 0.2.0 (`data.id_lists`): inside a client, the "
        "elements of each list kind have distinct ids; the second and later uses are reported."
    ),
    description_fi=(
        "Kuten CM-R002 version 0.2.0 listoille (`data.id_lists`): asiakkaan sisällä kunkin "
        "listalajin alkioilla on eri tunnisteet; toinen ja myöhemmät käytöt raportoidaan."
    ),
    data={"id_lists": list(ID_LISTS_0_2)},
)
def _r028(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    for pattern in ID_LISTS_0_2:
        seen: set[str] = set()
        for parts, ident in walk_parts(record, pattern[:-3] + "[*].id"):
            if type(ident) is not str:
                continue
            if ident in seen:
                yield Hit(path_of(parts), {"scope": pattern.replace("[*]", "[]")}, ident)
            seen.add(ident)



@rule(
    id="CM-R029", severity=WARNING,
    message_en="current segments and open segment memberships disagree",
    message_fi="nykyiset segmentit ja voimassa olevat segmenttijäsenyydet eivät täsmää",
    description_en=(
        "`segments` are the client's current segment codes and `segment_memberships` their "
        "dated history, so the two state one fact. When the client has segment memberships, "
        "the set of `segments` equals the set of `segment_memberships[].segment` still open: "
        "without `end_date`, or (in an export envelope) ending on or after the export day."
    ),
    description_fi=(
        "`segments` ovat asiakkaan nykyiset segmenttikoodit ja `segment_memberships` niiden "
        "päivätty historia, joten ne kertovat saman asian. Kun asiakkaalla on "
        "segmenttijäsenyyksiä, `segments`-joukko on sama kuin voimassa olevien "
        "`segment_memberships[].segment`-koodien joukko: ei `end_date`-päivää tai (viennissä) "
        "päättyy vientipäivänä tai sen jälkeen."
    ),
)
def _r029(record: dict[str, Any], ctx: Context) -> Iterator[Hit]:
    members = items(record, "segment_memberships")
    if not members:
        return
    current = {s for s in values(record, "segments[*]") if isinstance(s, str)}
    still_open = set()
    for _, member in members:
        segment, end = member.get("segment"), member.get("end_date")
        if not isinstance(segment, str):
            continue
        if end is None or (ctx.export_time and day(end) and day(end) >= ctx.export_time):
            still_open.add(segment)
    if current != still_open:
        yield Hit("segments")

# --- access -----------------------------------------------------------------------------------

CATALOGUE.sort(key=lambda r: r.id)
BY_ID = {r.id: r for r in CATALOGUE}
_CLASS_AWARE = {"CM-R002", "CM-R019", "CM-R020"}  # their check takes the class name


def rules_for(class_name: str) -> list[Rule]:
    return [r for r in CATALOGUE if class_name in r.applies_to]


def apply(rule_: Rule, record: dict[str, Any], ctx: Context, class_name: str) -> Iterator[Hit]:
    """Run one rule on one record (skipped when it needs context the input does not give)."""
    for need in rule_.needs:
        if getattr(ctx, need) is None:
            return iter(())
    if rule_.id in _CLASS_AWARE:
        return rule_.check(record, ctx, class_name)  # type: ignore[call-arg]
    return rule_.check(record, ctx)


def catalogue_as_dicts() -> list[dict[str, Any]]:
    """The catalogue as JSON-serialisable dicts, ordered by rule id."""
    return [r.as_dict() for r in CATALOGUE]
