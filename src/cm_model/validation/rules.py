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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import chain
from operator import itemgetter, methodcaller
from typing import Any

from cm_model import schema_info
from cm_model.schema_info import code
from cm_model.validation.gather import Gatherer, Prove, compile_prover

ERROR, WARNING = "error", "warning"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


# --- helpers (each has a one-line equivalent in the JavaScript port) -----------------------

def day(value: Any) -> str | None:
    """'YYYY-MM-DD' of a date or date-time string, else None."""
    if type(value) is str:
        found = _DAYS.get(value)  # plain dates recur across records: one hash, no regex
        if found is not None:
            return found
    if isinstance(value, str) and _DATE.match(value):
        if len(value) == 10 and len(_DAYS) < 65536:  # bounded: a few centuries of days
            _DAYS[value] = value
        return value[:10]
    return None


_DAYS: dict[str, str] = {}  # plain 'YYYY-MM-DD' strings already seen to match _DATE


# The record the engine is checking and what the rules have already read from it: several
# rules read the same lists, so each is gathered once per record (see `begin`).
# [record, pattern -> values (None: not gathered yet), top-level key -> `items` of it and
#  shared results, the class's Gatherer, the proofs of the compiled first look (or None)]
_CURRENT: list[Any] = [None, None, {}, None, None]
_GATHERERS: dict[str, Gatherer] = {}
_PROVERS: dict[str, Prove] = {}


def begin(record: Any, cls: str | None = None, prove: bool = False) -> None:
    """Start checking `record` of class `cls` (the engine calls it before the rules run; None
    after). With `prove`, one compiled pass first proves the schema-table rules silent where
    it can (`gather.compile_prover`); the rules consult `proven`."""
    _CURRENT[0] = record
    _CURRENT[1] = None
    _CURRENT[2] = {}
    if cls is None or type(record) is not dict:
        _CURRENT[3] = _CURRENT[4] = None
        return
    gatherer = _GATHERERS.get(cls)
    if gatherer is None:
        gatherer = _GATHERERS[cls] = Gatherer()
    _CURRENT[3] = gatherer
    if prove:
        prover = _PROVERS.get(cls)
        if prover is None:
            prover = _PROVERS[cls] = _prover(cls)
        _CURRENT[4] = prover(record)
    else:
        _CURRENT[4] = None


def proven(record: Any, part: int) -> bool:
    """Whether the compiled first look proved `part` of `record` clean: 0 nested ids unique
    (CM-R002), 1 record-scope references resolved (CM-R016, CM-R018), 2 periods in order
    (CM-R020). False also when nothing was proven (not the current record, or no proof)."""
    proofs = _CURRENT[4]
    return proofs is not None and record is _CURRENT[0] and proofs[part]


def _memo(record: Any) -> dict[str, list[Any]] | None:
    """The gathered values of the record being checked (compiled pass on first use); None for
    any other record."""
    if record is not _CURRENT[0]:
        return None
    memo = _CURRENT[1]
    if memo is None:
        gatherer = _CURRENT[3]
        memo = _CURRENT[1] = gatherer(record) if gatherer is not None else {}
    return memo


def items(record: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """(index, element) for the dict elements of the list at `key`; nothing when absent."""
    if record is _CURRENT[0]:
        memo = _CURRENT[2]
        found = memo.get(key)
        if found is not None:
            return found
    else:
        memo = None
    value = record.get(key) if isinstance(record, dict) else None
    if not isinstance(value, list):
        found = []
    else:
        found = [(i, v) for i, v in enumerate(value) if isinstance(v, dict)]
    if memo is not None:
        memo[key] = found
    return found


def whole(value: Any) -> int | None:
    """An integer as JSON means it: an int, or a float with no fractional part (JSON Schema's
    "integer", and all a browser can tell); None otherwise (bool included)."""
    kind = type(value)
    if kind is int:
        return value
    if kind is float and value.is_integer():
        return int(value)
    return None


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
    # ids of the export's records, per class (Worker, TriggerDefinition by code, Client,
    # ServiceContact, ...): present only in an export envelope
    record_ids: dict[str, set[str]] | None = None
    scope_rules: list[dict[str, Any]] | None = None  # organisation.scope_rules (CM-R026)
    # CM-R002 state: class -> id -> locator of the first record carrying it
    seen_ids: dict[str, dict[str, str]] = field(default_factory=dict)
    locator: str = ""  # locator of the record being checked
    # the engine's cache: id of a rule list -> (the list, its rules whose `needs` this gives)
    runnable: dict[int, tuple[list[Any], list[Any]]] = field(
        default_factory=dict, compare=False, repr=False)

    def known(self, cls: str) -> set[str] | None:
        """The ids of the export's records of `cls`; None outside an envelope."""
        return None if self.record_ids is None else self.record_ids.get(cls)

    def has(self, need: str) -> bool:
        """Whether the context a rule declares in `needs` is there: ``export_time``, or a class
        name for the ids of the export's records of that class."""
        if need == "export_time":
            return self.export_time is not None
        if need == "scope_rules":
            return self.scope_rules is not None
        return self.record_ids is not None and need in self.record_ids


@dataclass(frozen=True)
class Hit:
    path: str | None
    params: dict[str, Any] = field(default_factory=dict)
    value: Any = None  # shown only with --show-values


# A check returns its hits as a list (empty in the common case): cheaper than a generator,
# which costs a frame and a list() per rule and record. The engine also accepts an iterable.
Check = Callable[[dict[str, Any], Context, str], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    """One business rule and every fact about it the engine, handbook and browser use.

    `reads`: the top-level fields of the record the rule reads. A rule cannot report on a record
    where all of them are absent (missing, null, empty), so the engine skips it there; None
    means "not declared": the rule always runs. `needs`: context the rule needs (skipped
    without it). `needs_client`: element patterns (``assignments[*]``) for which the rule
    compares an element with its siblings or parent, so it cannot run on that element read on
    its own (e.g. a file of assignments)."""

    id: str
    severity: str
    applies_to: tuple[str, ...]  # class names; the rule runs on records of these classes
    message_en: str
    message_fi: str
    description_en: str
    description_fi: str
    check: Check
    reads: tuple[str, ...] | None = None
    needs: tuple[str, ...] = ()
    needs_client: tuple[str, ...] = ()
    data: dict[str, Any] = field(default_factory=dict)  # tables the check uses (for ports)
    # How to break the rule, for its generated examples (cm_model.generation.rule_examples):
    # mutates the synthetic clients and service contacts in place. None: synth's breaker.
    example: Callable[[list[dict[str, Any]], list[dict[str, Any]]], None] | None = field(
        default=None, compare=False, repr=False)

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
            "reads": None if self.reads is None else list(self.reads),
            "needs": list(self.needs),
            "needs_client": list(self.needs_client),
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
        for key in ("applies_to", "reads", "needs", "needs_client"):
            if isinstance(meta.get(key), list):
                meta[key] = tuple(meta[key])
        CATALOGUE.append(Rule(check=check, **meta))
        return check

    return register


def _registered(rule_id: str) -> Rule:
    """A rule registered above (for tables that refer to an earlier rule)."""
    return next(r for r in CATALOGUE if r.id == rule_id)


def _top(pattern: str) -> str:
    """The top-level field of a pattern: ``care_plans[*].goals[*].id`` -> ``care_plans``."""
    return pattern.split(".", 1)[0].removesuffix("[*]")


def _plain(record: Any, pattern: str) -> list[Any]:
    """The present values at `pattern`, without their paths: the cheap first look a rule takes
    before it locates anything (see `walk_parts` for the located walk). Treat the result as
    read-only: on the record being checked it is shared by every rule reading the pattern
    (and each prefix of it is gathered once)."""
    steps = _STEPS.get(pattern)
    if steps is None:
        steps = _steps(pattern)
    memo = _memo(record)
    if memo is not None:
        found = memo.get(pattern)
        if found is not None:
            return found
        if _CURRENT[3] is not None:  # gathered with the others from the next record on
            _CURRENT[3].want(pattern)
        nodes = [record]
        for prefix, key, star in steps:
            found = memo.get(prefix)
            if found is None:
                found = memo[prefix] = _step(nodes, key, star)
            nodes = found
        return nodes
    nodes = [record]
    for _, key, star in steps:
        nodes = _step(nodes, key, star)
    return nodes


_STEPS: dict[str, tuple[tuple[str, str, bool], ...]] = {}
_NO_MEMO: dict[str, list[Any]] = {}


def gathered(record: Any) -> dict[str, list[Any]]:
    """The values the compiled pass gathered for `record` (pattern -> `_plain` of it), when it
    is the record being checked; else an empty dict. A rule in a hot loop reads a pattern as
    ``gathered(record).get(p)`` and falls back to `_plain` when it is not there."""
    memo = _memo(record)
    return _NO_MEMO if memo is None else memo


def _steps(pattern: str) -> tuple[tuple[str, str, bool], ...]:
    """(prefix pattern, key, is a list) of each segment of `pattern` (compiled once)."""
    segments = pattern.split(".")
    steps = _STEPS[pattern] = tuple(
        (".".join(segments[:k + 1]), *_compile(segments[k])[0]) for k in range(len(segments)))
    return steps


def _step(nodes: list[Any], key: str, star: bool) -> list[Any]:
    """One segment (``goals[*]`` or ``id``) further: the present values below `nodes`."""
    if star:
        if len(nodes) == 1:  # the common case: one record or one element
            node = nodes[0]
            if type(node) is not dict or type(lst := node.get(key)) is not list:
                return []
            return [v for v in lst if v is not None] if None in lst else lst
        return [v for n in nodes if type(n) is dict and type(lst := n.get(key)) is list
                for v in lst if v is not None]
    return [v for n in nodes if type(n) is dict and (v := n.get(key)) is not None]


# Codes of the schema the rules name: checked against the generated index at import, so a
# renamed or removed code fails loudly instead of silently never matching.
GIVEN = code("ConsentStatus", "GIVEN")
COORDINATOR_CONTACT = code("ConsentType", "COORDINATOR_CONTACT")
CLIENT_COORDINATOR = code("ResponsibleWorkerRole", "CLIENT_COORDINATOR")
DRAFT = code("PlanStatus", "DRAFT")
CLOSING = code("CmHoiPhase", "CLOSING")
CLOSED = code("ClienthoodStatus", "CLOSED")
ACTIVE = code("ClienthoodStatus", "ACTIVE")
UPC = code("ContinuityIndexType", "UPC")


# --- CM-R001 henkilötunnus ---------------------------------------------------------------------

def hetu_valid(value: Any) -> bool:
    """Format, date and check character (python-stdnum knows the 2023 century signs)."""
    return hetu_birth_date(value) is not None


# The canonical spelling (ASCII, upper case, nothing around it): python-stdnum's own format
# with nothing for its `compact` to change. Such a code is checked here in a few C-level steps
# with python-stdnum's arithmetic; any other string goes to python-stdnum itself.
_HETU_CANONICAL = re.compile(r"[0-3][0-9][01][0-9][0-9]{2}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]")
_HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY"
_HETU_DATES: dict[str, str | None] = {}  # DDMMYY + sign -> the date it encodes (None: no day)


def _hetu_date(head: str) -> str | None:
    """YYYY-MM-DD of DDMMYY + century sign when that day exists (memoised: dates repeat)."""
    found = _HETU_DATES.get(head, "")
    if found != "":
        return found
    sign = head[6]
    year = (1800 if sign == "+" else 2000 if sign in "ABCDEF" else 1900) + int(head[4:6])
    try:
        found = date(year, int(head[2:4]), int(head[0:2])).isoformat()  # years 1800–2099
    except ValueError:
        found = None
    if len(_HETU_DATES) < 100_000:  # bounded: at most 3 centuries of days
        _HETU_DATES[head] = found
    return found


def hetu_birth_date(value: Any) -> str | None:
    """The birth date (YYYY-MM-DD) a valid henkilötunnus encodes; None when it is not valid
    (or not a string). The one implementation: CM-R001, CM-R022 and the tests use it.
    Temporary individual numbers (900–999) are accepted, as python-stdnum's
    ``allow_temporary``."""
    if type(value) is not str:
        return None
    if value is _HETU_LAST[0]:  # CM-R001 and CM-R022 ask about the same string in turn
        return _HETU_LAST[1]
    if len(value) == 11 and _HETU_CANONICAL.fullmatch(value):
        if int(value[7:10]) < 2 \
                or _HETU_CHECK[int(value[:6] + value[7:10]) % 31] != value[10]:
            found = None
        else:
            found = _HETU_DATES.get(value[:7], "")  # (the memo of `_hetu_date`, read inline)
            if found == "":
                found = _hetu_date(value[:7])
    else:
        found = _hetu_birth_date_stdnum(value)
    _HETU_LAST[0], _HETU_LAST[1] = value, found
    return found


_HETU_LAST: list[Any] = [None, None]  # the last string asked about and its verdict


@lru_cache(maxsize=1024)
def _hetu_birth_date_stdnum(value: str) -> str | None:
    """python-stdnum's verdict, for every spelling it accepts (lower case, spaces around)."""
    from stdnum.exceptions import ValidationError
    from stdnum.fi import hetu

    try:
        hetu.validate(value, allow_temporary=True)
    except ValidationError:
        return None
    sign = value[6].upper()
    century = 1800 if sign == "+" else 2000 if sign in "ABCDEF" else 1900
    return f"{century + int(value[4:6]):04d}-{value[2:4]}-{value[0:2]}"


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
    reads=("henkilotunnus",),
)
def _r001(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    value = record.get("henkilotunnus")
    if isinstance(value, str) and value != "" and hetu_birth_date(value) is None:  # not valid
        hits.append(Hit("henkilotunnus", value=value))
    return hits


# --- CM-R002 unique ids -------------------------------------------------------------------

_GET_ID = methodcaller("get", "id")
# Derived from the schema (identifier slots of the records and of their nested lists).
TOP_LEVEL_ID_FIELD = schema_info.top_level_id_field()
NESTED_ID_LISTS = schema_info.nested_id_lists("Client")
# (pattern, its top-level list when the pattern is just that: ``relatives[*]``)
_NESTED = [(p, p[:-3] if p.count("[*]") == 1 and "." not in p else None)
           for p in NESTED_ID_LISTS]


@rule(
    id="CM-R002", severity=ERROR,
    applies_to=tuple(TOP_LEVEL_ID_FIELD),
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
    reads=tuple(dict.fromkeys([*TOP_LEVEL_ID_FIELD.values(), *map(_top, NESTED_ID_LISTS)])),
    data={"nested_id_lists": list(NESTED_ID_LISTS), "top_level_id_field": TOP_LEVEL_ID_FIELD},
)
def _r002(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    key = TOP_LEVEL_ID_FIELD.get(cls, "id")
    ident = text(record.get(key))
    if ident is not None:
        seen = ctx.seen_ids.setdefault(cls, {})
        if ident in seen:
            hits.append(Hit(key, {"scope": f"{cls}, first at {seen[ident]}"}, ident))
        else:
            seen[ident] = ctx.locator
    if cls != "Client" or proven(record, 0):
        return hits
    get, memo = record.get, gathered(record)
    for pattern, top in _NESTED:
        # a top-level list is read as it is (a None element makes map() raise: the slow path)
        elements = get(top) if top else (memo.get(pattern) or _plain(record, pattern))
        if type(elements) is not list or len(elements) < 2:
            continue
        try:
            # AttributeError: an element is not a dict; TypeError: an unhashable id
            if len(set(map(_GET_ID, elements))) == len(elements):
                continue  # the common case: no repeat, nothing to locate
        except (AttributeError, TypeError):
            pass
        local: set[str] = set()
        for parts, el in walk_parts(record, pattern):
            ident = el.get("id") if type(el) is dict else None
            if type(ident) is not str:
                continue
            if ident in local:
                hits.append(Hit(path_of((*parts, "id")), {"scope": pattern.replace("[*]", "[]")},
                                ident))
            local.add(ident)
    return hits


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
    reads=("assignments",),
    data={"period": ["assignments[*]", "start_date", "end_date"]},
)
def _r003(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, a in items(record, "assignments"):
        start, end = a.get("start_date"), a.get("end_date")
        if end is None or (type(end) is str and type(start) is str
                           and end[:10] >= start[:10]):
            continue  # the common case: in order as text, so in order or not dates at all
        start, end = day(start), day(end)
        if start and end and end < start:
            hits.append(Hit(f"assignments[{i}].end_date"))
    return hits


# --- CM-R004 at most two at once ------------------------------------------------------------

def _example_r004(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[1]
    a = c["assignments"][0]
    for k in (4, 5):
        c["assignments"].append({"id": f"{c['id']}-as{k}", "worker_id": a["worker_id"],
                                 "role": a["role"], "start_date": a["start_date"],
                                 "client_informed": True})


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
    reads=("assignments",), needs_client=("assignments[*]",),
    example=_example_r004,
)
def _r004(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    assignments = items(record, "assignments")
    if len(assignments) < 3:
        return hits  # a third assignment in force needs three of them
    by_role: dict[str, list[tuple[str, str, int]]] = {}
    for i, a in assignments:
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
                hits.append(Hit(f"assignments[{index}]", {"role": role}))
                break
    return hits


# --- CM-R005 consent before coordinator contact -----------------------------------------------

COORDINATOR_ROLES = (CLIENT_COORDINATOR,)


def _example_r005(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    r = cs[1]
    r["assignments"][0]["role"] = CLIENT_COORDINATOR
    r["consents"] = [c for c in r["consents"] if c["consent_type"] != COORDINATOR_CONTACT]


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
    reads=("assignments",), needs_client=("assignments[*]", "consents[*]"),
    example=_example_r005,
)
def _r005(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    if not [a for _, a in items(record, "assignments") if a.get("role") in COORDINATOR_ROLES]:
        return hits  # no coordinator assignment: nothing needs a consent
    consent_days = [
        day(c.get("decision_date")) for _, c in items(record, "consents")
        if c.get("consent_type") == COORDINATOR_CONTACT and c.get("consent_status") == GIVEN
    ]
    consent_days = [d for d in consent_days if d]
    for i, a in items(record, "assignments"):
        start = day(a.get("start_date"))
        if a.get("role") in COORDINATOR_ROLES and start \
                and not any(d <= start for d in consent_days):
            hits.append(Hit(f"assignments[{i}].start_date"))
    return hits


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
    reads=("care_plans",),
)
def _r006(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, plan in items(record, "care_plans"):
        if plan.get("plan_status") != DRAFT and not items(plan, "goals"):
            hits.append(Hit(f"care_plans[{i}].goals"))
    return hits


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
    reads=("care_plans",), needs_client=("care_plans[*].review_schedule",),
)
def _r007(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, plan in items(record, "care_plans"):
        schedule = plan.get("review_schedule")
        if not isinstance(schedule, dict):
            continue
        created, review = plan.get("created_date"), schedule.get("next_review_date")
        if type(created) is str and type(review) is str and review[:10] > created[:10]:
            continue  # the common case: later as text, so later or not dates at all
        created, review = day(created), day(review)
        if created and review and review <= created:
            hits.append(Hit(f"care_plans[{i}].review_schedule.next_review_date"))
    return hits


# --- CM-R008..R010 closing ------------------------------------------------------------------

def latest_status(record: dict[str, Any]) -> tuple[tuple[str, int] | None, Any]:
    """((date, index), status) of the latest status change (greatest `status_date`; on a tie
    the later in the list); (None, None) without one. Read once per record (CM-R008, R010,
    R024 share it)."""
    memo = _CURRENT[2] if record is _CURRENT[0] else None  # shared with `items`
    if memo is not None and "#latest" in memo:
        return memo["#latest"]
    latest: tuple[str, int] | None = None
    status = None
    for i, change in items(record, "status_history"):
        d = change.get("status_date")
        d = _DAYS.get(d) if type(d) is str else None  # a plain date seen before: no call
        if d is None:
            d = day(change.get("status_date"))
        if d and (latest is None or (d, i) >= latest):
            latest, status = (d, i), change.get("clienthood_status")
    if memo is not None:
        memo["#latest"] = (latest, status)
    return latest, status


def closing_day(record: dict[str, Any]) -> tuple[str | None, int | None]:
    """The clienthood's closing date: `status_date` of the latest status change (by date, then
    list order) when that change is CLOSED; else None."""
    latest, status = latest_status(record)
    if latest and status == CLOSED:
        return latest
    return None, None


def _example_r008(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[2]
    c["cm_hoi_entries"] = [e for e in c["cm_hoi_entries"] if e["phase"] != CLOSING]


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
    reads=("status_history",), needs_client=("status_history[*]", "cm_hoi_entries[*]"),
    example=_example_r008,
)
def _r008(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    closed, index = closing_day(record)
    if closed is None:
        return hits
    if not any(e.get("phase") == CLOSING and text(e.get("closing_reason"))
               for _, e in items(record, "cm_hoi_entries")):
        hits.append(Hit(f"status_history[{index}]"))
    return hits


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
    reads=("cm_hoi_entries",),
)
def _r009(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, entry in items(record, "cm_hoi_entries"):
        reason = entry.get("closing_reason")
        has_reason = isinstance(reason, str) and reason != ""  # `text`, without a call
        if (entry.get("phase") == CLOSING) != has_reason:
            hits.append(Hit(f"cm_hoi_entries[{i}].closing_reason"))
    return hits


def _example_r010(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[2]
    last = c["cm_hoi_entries"][-1]
    c["cm_hoi_entries"].append({"id": c["id"] + "-hoi99", "entry_date": "2026-06-01",
                                "author": last["author"],
                                "phase": code("CmHoiPhase", "FOLLOW_UP")})


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
    reads=("status_history",), needs_client=("status_history[*]", "cm_hoi_entries[*]"),
    example=_example_r010,
)
def _r010(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    closed, _ = closing_day(record)
    if closed is None:
        return hits
    for i, entry in items(record, "cm_hoi_entries"):
        d = entry.get("entry_date")
        if type(d) is str and d[:10] <= closed:
            continue  # the common case: not after the closing as text (nor as a date)
        d = day(d)
        if d and d > closed and entry.get("is_correction") is not True:
            hits.append(Hit(f"cm_hoi_entries[{i}].entry_date"))
    return hits


# --- CM-R011..R013 continuity indices -------------------------------------------------------

MIN_CONTACTS = {code("ContinuityIndexType", "COC"): 2, code("ContinuityIndexType", "SECON"): 2,
                UPC: 1}


def _example_r011(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[0]
    c["continuity_indices"].append({
        "id": c["id"] + "-upc1", "index_type": UPC, "index_value": 0.1, "contact_count": 5,
        "window_start": "2025-01-01", "window_end": "2025-12-31",
        "timepoint": code("MeasurementTimepoint", "AFTER_PLAN")})


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
    reads=("continuity_indices",),
    example=_example_r011,
)
def _r011(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, index in items(record, "continuity_indices"):
        value = index.get("index_value")
        if not isinstance(value, int | float) or isinstance(value, bool):
            continue
        count = index.get("contact_count")
        count = whole(count)
        too_low = (index.get("index_type") == UPC and count is not None
                   and count >= 1 and value < 1 / count - 1e-9)
        if not 0 <= value <= 1 or too_low:
            hits.append(Hit(f"continuity_indices[{i}].index_value", value=value))
    return hits


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
    reads=("continuity_indices",),
)
def _r012(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, index in items(record, "continuity_indices"):
        kind, count = index.get("index_type"), index.get("contact_count")
        minimum = MIN_CONTACTS.get(kind) if isinstance(kind, str) else None
        count = whole(count)
        if minimum is None or count is None:
            continue
        if count < minimum and index.get("index_value") is not None:
            hits.append(Hit(f"continuity_indices[{i}].index_value",
                            {"index_type": kind, "minimum": minimum}))
    return hits


def _example_r013(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    index = cs[0]["continuity_indices"][0]
    index.pop("index_value", None)
    index.pop("not_computable_reason", None)


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
    reads=("continuity_indices",),
    example=_example_r013,
)
def _r013(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, index in items(record, "continuity_indices"):
        if index.get("index_value") is None and text(index.get("not_computable_reason")) is None:
            hits.append(Hit(f"continuity_indices[{i}].not_computable_reason"))
    return hits


# --- CM-R014 WHOQOL-BREF ----------------------------------------------------------------------

# WhoqolDomain code -> the domain key of cm_model.metrics.measures (from the schema index)
WHOQOL_DOMAIN_CODES = {c: d["key"] for c, d in schema_info.whoqol_bref()["domains"].items()}
WHOQOL_TOLERANCE = {"score_4_20": 0.05, "score_0_100": 0.5}
_SCALES = tuple((k, scale, tol) for k, (scale, tol) in enumerate(WHOQOL_TOLERANCE.items()))


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
    reads=("whoqol_assessments",),
    needs_client=("whoqol_assessments[*].item_answers[*]",
                  "whoqol_assessments[*].domain_scores[*]"),
    # tolerance as ordered pairs: the order of the findings (the catalogue's JSON sorts keys)
    data={"domain_codes": WHOQOL_DOMAIN_CODES, "tolerance": list(WHOQOL_TOLERANCE.items())},
)
def _r014(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    whoqol_bref_scores, scores_complete = _SCORER if _SCORER else _scorer()
    for i, assessment in items(record, "whoqol_assessments"):
        raw = assessment.get("item_answers")
        ordered = _answers_in_order(raw)
        if ordered is not None:  # the common case: every item once, in order
            computed = scores_complete(ordered)
            if not _scores_agree(assessment, computed):
                hits.extend(_compare_scores(i, assessment, computed))
            continue
        answers = _answers_fast(raw)
        if answers is not None:
            computed = whoqol_bref_scores(answers)
            if not _scores_agree(assessment, computed):
                hits.extend(_compare_scores(i, assessment, computed))
            continue
        answers = {}
        usable = True
        for j, answer in items(assessment, "item_answers"):
            number, value = whole(answer.get("item_number")), whole(answer.get("answer"))
            if number is None or value is None \
                    or number not in _ITEM_NUMBERS or value not in _ANSWER_VALUES:
                usable = False  # the structural layer reports it
                continue
            if number in answers:
                hits.append(Hit(f"whoqol_assessments[{i}].item_answers[{j}].item_number",
                                {"domain": "item", "scale": f"{number}", "expected": "once"}))
            answers[number] = value
        if answers and usable:
            hits.extend(_compare_scores(i, assessment, whoqol_bref_scores(answers)))
    return hits


_SCORER: list[Callable[[Any], dict[str, tuple[float | None, float | None]]]] = []


def _scorer() -> list[Callable[[Any], dict[str, tuple[float | None, float | None]]]]:
    """The metrics module's WHOQOL-BREF scoring ({item: answer}, and every item in order),
    imported on first use (not at import time: the validator starts without the metrics
    package)."""
    from cm_model.metrics.measures import whoqol_bref_scores, whoqol_bref_scores_complete

    _SCORER.extend((whoqol_bref_scores, whoqol_bref_scores_complete))
    return _SCORER


_ITEM_NUMBERS = frozenset(range(1, schema_info.whoqol_bref()["item_count"] + 1))
_ANSWER_VALUES = frozenset(range(schema_info.whoqol_bref()["answer_min"],
                                 schema_info.whoqol_bref()["answer_max"] + 1))
_PAIR = itemgetter("item_number", "answer")
_INT_ONLY = frozenset({int})


_ITEM_ORDER = list(range(1, schema_info.whoqol_bref()["item_count"] + 1))
_NUMBER, _ANSWER = itemgetter("item_number"), itemgetter("answer")


def _answers_in_order(raw: Any) -> list[int] | None:
    """The answers of a well-formed `item_answers` list that gives every item once, in order
    (int item numbers 1..26, int answers in range), in C-level steps; None for anything else."""
    if type(raw) is not list or len(raw) != len(_ITEM_ORDER):
        return None
    try:
        numbers = list(map(_NUMBER, raw))
        # equal values, then types: of the numbers only the first can be a bool (True == 1);
        # a float such as 2.0 would be read as 2 anyway
        if numbers != _ITEM_ORDER or type(numbers[0]) is not int:
            return None
        answers = list(map(_ANSWER, raw))
        if not _ANSWER_VALUES.issuperset(answers) or not _INT_ONLY.issuperset(map(type, answers)):
            return None
    except (TypeError, KeyError):  # an element that is not a dict, a missing or unhashable value
        return None
    return answers


def _answers_fast(raw: Any) -> dict[int, int] | None:
    """The answers of a well-formed `item_answers` list (dicts with int item numbers and int
    answers in range, no repeats) in C-level steps; None for anything else, which the exact
    loop of CM-R014 then reads one by one."""
    if type(raw) is not list or not raw:
        return None
    try:
        answers = dict(map(_PAIR, raw))
        values_ = answers.values()
        # equal values first (True == 1 passes here), then the exact types
        if len(answers) != len(raw) or not _ITEM_NUMBERS.issuperset(answers) \
                or not _ANSWER_VALUES.issuperset(values_) \
                or not _INT_ONLY.issuperset(map(type, chain(answers, values_))):
            return None
    except (TypeError, KeyError, AttributeError, ValueError):  # odd shapes: the exact loop
        return None
    return answers


def _scores_agree(assessment: dict[str, Any],
                  computed: dict[str, tuple[float | None, float | None]]) -> bool:
    """True when `_compare_scores` has nothing to report (the common case, in one plain loop
    without locating anything)."""
    stored_scores = assessment.get("domain_scores")
    if not isinstance(stored_scores, list):
        return True
    for stored in stored_scores:
        if not isinstance(stored, dict):
            continue
        code_ = stored.get("domain")
        domain = WHOQOL_DOMAIN_CODES.get(code_) if type(code_) is str else None
        if domain is None:
            continue
        expected = computed[domain]
        for k, scale, tolerance in _SCALES:
            have = stored.get(scale)
            kind = type(have)
            if kind is not float and kind is not int:
                continue  # absent, or of a wrong type (the structural layer reports it)
            if expected[k] is None or abs(have - expected[k]) > tolerance:
                return False
    return True


def _compare_scores(i: int, assessment: dict[str, Any],
                    computed: dict[str, tuple[float | None, float | None]]) -> Iterator[Hit]:
    for j, stored in items(assessment, "domain_scores"):
        code_ = stored.get("domain")
        domain = WHOQOL_DOMAIN_CODES.get(code_) if type(code_) is str else None
        if domain is None:
            continue  # a wrong-typed or unknown domain: the structural layer reports it
        for k, scale, tolerance in _SCALES:
            have = stored.get(scale)
            if have is None or type(have) not in (int, float):
                continue
            expected = computed[domain][k]
            if expected is None:
                yield Hit(f"whoqol_assessments[{i}].domain_scores[{j}].{scale}",
                          {"domain": code_, "scale": scale,
                           "expected": "not computable"}, have)
            elif abs(have - expected) > tolerance:
                yield Hit(f"whoqol_assessments[{i}].domain_scores[{j}].{scale}",
                          {"domain": code_, "scale": scale,
                           "expected": f"{expected:.2f}"}, have)


# --- CM-R015..R018, R023, R025 references ----------------------------------------------------
#
# One check covers every reference the schema declares (class-ranged slots that are not
# inlined; `schema_info.references()`). A reference resolves either among the export's records
# (scope "export": workers, trigger definitions, clients, service contacts) or among the
# elements of the same record (scope "record": a goal of the same client). Each rule below
# takes the references to the targets it names in `data["targets"]`; the rules marked
# `data["default"]` take every other reference of their scope, so a reference added to the
# schema is checked without a code change.

def _reference_rules() -> dict[str, dict[str, list[dict[str, Any]]]]:
    """rule id -> record class -> the references that rule checks."""
    ref_rules = [r for r in CATALOGUE if "scope" in r.data]
    out: dict[str, dict[str, list[dict[str, Any]]]] = {r.id: {} for r in ref_rules}
    for ref in schema_info.references():
        owner = next((r for r in ref_rules if r.data["scope"] == ref["scope"]
                      and ref["target"] in r.data.get("targets", ())), None) \
            or next(r for r in ref_rules if r.data["scope"] == ref["scope"]
                    and r.data.get("default"))
        out[owner.id].setdefault(ref["record"], []).append(ref)
    return out


_REFS: dict[str, dict[str, list[dict[str, Any]]]] = {}


def references_of(rule_id: str, cls: str = "Client") -> list[dict[str, Any]]:
    if not _REFS:
        _REFS.update(_reference_rules())
    return _REFS.get(rule_id, {}).get(cls, [])


def _missing(record: Any, path: str, known: set[str], target: str) -> Iterator[Hit]:
    """Hits for the string values at `path` that are not in `known` (located only when one
    is missing: the common, valid case is one cheap pass)."""
    if not [v for v in _plain(record, path) if type(v) is str and v not in known]:
        return
    for parts, value in walk_parts(record, path):
        if type(value) is str and value not in known:
            yield Hit(path_of(parts), {"target_class": target}, value)


def _references(rule_id: str, listed_only: bool = False) -> Check:
    compiled: dict[str, tuple[tuple[bool, str, str, str | None], ...]] = {}

    def check(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
        hits: list[Hit] = []
        refs = compiled.get(cls)
        if refs is None:  # (in the export?, target, path, target path), read once per class
            refs = compiled[cls] = tuple(
                (r["scope"] == "export", r["target"], r["path"], r.get("target_path"))
                for r in references_of(rule_id, cls))
        local_ok = proven(record, 1)  # every record-scope reference resolves
        memo = None
        for export, target, path, target_path in refs:
            if not export and local_ok:
                continue
            if memo is None:
                memo = gathered(record)
            if export:
                known = ctx.known(target)
                if known is None or (listed_only and not known):
                    continue  # outside an envelope, or (warnings) the export omits the class
                found = memo.get(path)
                if found is None:
                    found = _plain(record, path)
            else:
                found = memo.get(path)
                if found is None:
                    found = _plain(record, path)
                if not found:
                    continue
                targets = memo.get(target_path)
                if targets is None:
                    targets = _plain(record, target_path)
                known = {v for v in targets if type(v) is str}
            # the common, valid case: every value resolves, nothing to locate
            if [v for v in found if type(v) is str and v not in known]:
                hits.extend(_missing(record, path, known, target))
        return hits

    return check


def _reads(*rule_ids: str) -> None:
    """Fill in `reads` (the top-level fields of the references) of the reference rules."""
    for k, r in enumerate(CATALOGUE):
        if r.id in rule_ids:
            refs = [ref for by_cls in _reference_rules()[r.id].values() for ref in by_cls]
            fields = tuple(dict.fromkeys(_top(ref["path"]) for ref in refs))
            classes = tuple(dict.fromkeys(ref["record"] for ref in refs)) or r.applies_to
            data = {**r.data, "references": refs}
            CATALOGUE[k] = replace(r, reads=fields, applies_to=classes, data=data)


def _example_r015(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["cm_hoi_entries"][0]["author"] = "w-9999"


rule(
    id="CM-R015", severity=ERROR,
    message_en="refers to a worker that is not in the export's workers",
    message_fi="viittaa työntekijään, jota ei ole viennin työntekijöissä",
    description_en=(
        "In an export envelope, every worker reference (every slot the schema ranges over "
        "`Worker`, listed in `data.references`) names the `id` of an element of the export's "
        "`workers`."
    ),
    description_fi=(
        "Viennissä jokainen työntekijäviittaus (jokainen kenttä, jonka arvoalue skeemassa on "
        "`Worker`, luettelossa `data.references`) on jonkin viennin `workers`-työntekijän "
        "`id`."
    ),
    needs=("Worker",),
    data={"scope": "export", "targets": ["Worker"]},
    example=_example_r015,
)(_references("CM-R015"))

rule(
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
    needs_client=("care_plans[*]", "care_plans[*].goals[*]", "care_plans[*].services[*]"),
    data={"scope": "record", "targets": ["ClientGoal"]},
)(_references("CM-R016"))

def _example_r017(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["observed_triggers"][0]["trigger_code"] = "XX-UNKNOWN"


rule(
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
    needs=("TriggerDefinition",),
    data={"scope": "export", "targets": ["TriggerDefinition"]},
    example=_example_r017,
)(_references("CM-R017"))

rule(
    id="CM-R018", severity=ERROR,
    message_en="refers to an element that is not in the same client's record",
    message_fi="viittaa kohteeseen, jota ei ole saman asiakkaan tiedoissa",
    description_en=(
        "References inside a record resolve within the same record (every reference the "
        "schema declares to an element of the same client, other than goals: "
        "`assignments[].handover_from` names an assignment `id`, "
        "`cm_hoi_entries[].corrects_entry` a CM-HOI entry `id`, "
        "`referrals[].observed_trigger_ids[]` an observed trigger `id`, and since 0.2.0 "
        "`care_plans[].care_responsibilities[].problem_id` a problem, `network_meeting_id` a "
        "network meeting, `care_plans[].services[].depends_on[]` a planned service and every "
        "participant's `related_person_id` a relative of the client)."
    ),
    description_fi=(
        "Tietueen sisäiset viittaukset löytyvät saman tietueen tiedoista (jokainen skeeman "
        "viittaus saman asiakkaan kohteeseen tavoitteita lukuun ottamatta: "
        "`assignments[].handover_from` on nimeämisen `id`, `cm_hoi_entries[].corrects_entry` "
        "CM-HOI-merkinnän `id`, `referrals[].observed_trigger_ids[]` havaitun herätteen `id` "
        "ja versiosta 0.2.0 alkaen `care_plans[].care_responsibilities[].problem_id` ongelma, "
        "`network_meeting_id` verkostopalaveri, `care_plans[].services[].depends_on[]` "
        "suunniteltu palvelu ja osallistujan `related_person_id` asiakkaan omainen)."
    ),
    needs_client=("assignments[*]", "cm_hoi_entries[*]", "referrals[*]", "observed_triggers[*]",
                  "care_plans[*].care_responsibilities[*]", "care_plans[*].services[*]",
                  "network_meetings[*].participants[*]"),
    data={"scope": "record", "default": True},
)(_references("CM-R018"))

def _example_r023(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    extra = dict(sc[-1], id="sc-0003", client_id="c-9999999", contact_date="2026-01-13")
    sc.append(extra)


rule(
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
    needs=("Client",),
    data={"scope": "export", "targets": ["Client"]},
    example=_example_r023,
)(_references("CM-R023", listed_only=True))

def _example_r025(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["observed_triggers"][0]["evidence_contact_ids"] = [sc[0]["id"], "sc-9999"]


rule(
    id="CM-R025", severity=WARNING,
    message_en="refers to a {target_class} that is not in the export",
    message_fi="viittaa tietueeseen ({target_class}), jota ei ole viennissä",
    description_en=(
        "In an export envelope that lists the records referred to, every other reference to "
        "an export's records (e.g. `observed_triggers[].evidence_contact_ids[]` to service "
        "contacts) names the id of one of them."
    ),
    description_fi=(
        "Viennissä, jossa viitatut tietueet ovat mukana, jokainen muu viittaus viennin "
        "tietueisiin (esim. `observed_triggers[].evidence_contact_ids[]` palvelukontakteihin) "
        "on jonkin niistä tunniste."
    ),
    data={"scope": "export", "default": True},
    example=_example_r025,
)(_references("CM-R025", listed_only=True))


# --- CM-R019 dates not after the export -----------------------------------------------------

# Derived from the schema: date slots annotated `date_kind: event`, per record class.
EVENT_DATES = {cls: schema_info.event_dates(cls) for cls in schema_info.record_classes()
               if schema_info.event_dates(cls)}


def _example_r019(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["nps_responses"][0]["response_date"] = "2026-12-01"


@rule(
    id="CM-R019", severity=ERROR,
    applies_to=tuple(EVENT_DATES),
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
    reads=tuple(dict.fromkeys(_top(p) for v in EVENT_DATES.values() for p in v)),
    needs=("export_time",),
    data={"event_dates": {k: list(v) for k, v in EVENT_DATES.items()}},
    example=_example_r019,
)
def _r019(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    limit = ctx.export_time or "9999-12-31"
    for pattern in EVENT_DATES.get(cls, ()):
        if not [v for v in _plain(record, pattern) if type(v) is str and v[:10] > limit]:
            continue  # nothing after the limit (a non-date string is ignored either way)
        for parts, value in walk_parts(record, pattern):
            d = day(value)
            if d and d > limit:
                hits.append(Hit(path_of(parts), value=value))
    return hits


# --- CM-R020 periods ------------------------------------------------------------------------

# Derived from the schema: date slots annotated `period_start: <start slot>`, per record
# class; assignments are CM-R003's (its `data["period"]`), so they are left out here.
PERIODS = {cls: tuple(p for p in schema_info.periods(cls)
                      if p[0] != _registered("CM-R003").data["period"][0])
           for cls in schema_info.record_classes() if schema_info.periods(cls)}


def _example_r020(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["consents"][0]["valid_until"] = "2020-01-01"


@rule(
    id="CM-R020", severity=ERROR,
    applies_to=tuple(PERIODS),
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
    reads=tuple(dict.fromkeys(_top(p[0] or p[2]) for v in PERIODS.values() for p in v)),
    data={"periods": {k: [list(p) for p in v] for k, v in PERIODS.items()}},
    example=_example_r020,
)
def _r020(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    if proven(record, 2) or not _periods_doubtful(record, cls):
        return hits  # the common case: every period of the record is in order
    for pattern, start_key, end_key in PERIODS.get(cls, ()):
        elements = _plain(record, pattern) if pattern else [record]
        # the common case first: both dates strings, the end not before the start
        doubtful = [el for el in elements if type(el) is dict
                    and (end := el.get(end_key)) is not None
                    and not (type(end) is str and type(start := el.get(start_key)) is str
                             and end[:10] >= start[:10])]
        if not doubtful or all(_period_fine(el, start_key, end_key) for el in doubtful):
            continue  # nothing to locate
        located = walk_parts(record, pattern) if pattern else [((), record)]
        for parts, element in located:
            if type(element) is not dict:
                continue
            end = element.get(end_key)
            if end is None:
                continue
            start, end = day(element.get(start_key)), day(end)
            if start and end and end < start:
                hits.append(Hit(path_of((*parts, end_key)), {"start": start_key, "end": end_key}))
    return hits


# PERIODS grouped by element pattern (schema order kept): one look at each element list
_PERIOD_GROUPS = {cls: tuple((pattern, tuple((a, b) for p, a, b in periods if p == pattern))
                             for pattern in dict.fromkeys(p for p, _, _ in periods))
                  for cls, periods in PERIODS.items()}


def _periods_doubtful(record: dict[str, Any], cls: str) -> bool:
    """Whether any period of the record may end before it starts (see `_period_fine`)."""
    memo = gathered(record)
    for pattern, pairs in _PERIOD_GROUPS.get(cls, ()):
        elements = (memo.get(pattern) or _plain(record, pattern)) if pattern else (record,)
        for el in elements:
            if type(el) is not dict:
                continue
            for start_key, end_key in pairs:
                end = el.get(end_key)
                if end is None or (type(end) is str and type(start := el.get(start_key)) is str
                                   and end[:10] >= start[:10]):
                    continue
                if not _period_fine(el, start_key, end_key):
                    return True
    return False


def _period_fine(element: Any, start_key: str, end_key: str) -> bool:
    """True when CM-R020 cannot report this element (cheap: plain string comparison)."""
    if type(element) is not dict:
        return True
    end = element.get(end_key)
    if end is None:
        return True
    start = element.get(start_key)
    if type(start) is str and type(end) is str and end[:10] >= start[:10]:
        return True
    start, end = day(start), day(end)
    return not (start and end and end < start)


# --- CM-R021..R024 --------------------------------------------------------------------------

def _example_r021(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0]["assignments"][-1]["client_informed"] = False


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
    reads=("assignments",),
    example=_example_r021,
)
def _r021(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    for i, a in items(record, "assignments"):
        if a.get("end_date") is None and a.get("client_informed") is not True:
            hits.append(Hit(f"assignments[{i}].client_informed"))
    return hits


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
    reads=("henkilotunnus",),
)
def _r022(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    encoded = hetu_birth_date(record.get("henkilotunnus"))  # None also for "" and non-strings
    if encoded is None:
        return hits
    birth = day(record.get("birth_date"))
    if birth and birth != encoded:
        hits.append(Hit("birth_date"))
    year = record.get("birth_year")
    year = whole(year)
    if year is not None and year != int(encoded[:4]):
        hits.append(Hit("birth_year"))
    return hits


def _example_r024(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    cs[0].pop("client_group_marking")


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
    reads=("status_history",),
    example=_example_r024,
)
def _r024(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    _, status = latest_status(record)
    if status == ACTIVE and text(record.get("client_group_marking")) is None:
        hits.append(Hit("client_group_marking"))
    return hits


# --- CM-R026, CM-R027, CM-R030 (schema 0.2.0) ------------------------------------------------
# The references and ids of the lists added in 0.2.0 need no rule of their own: the schema
# declares them (class-ranged slots, `id` identifiers), so CM-R002, CM-R015, CM-R018 and
# CM-R025 check them like every other reference and id list.

AGE_AT_LEAST = code("ScopeCriterion", "AGE_AT_LEAST")
AGE_BELOW = code("ScopeCriterion", "AGE_BELOW")
INCLUDE = code("ScopeEffect", "INCLUDE")
EXCLUDE = code("ScopeEffect", "EXCLUDE")
AGE_CRITERIA = (AGE_AT_LEAST, AGE_BELOW)


def _age_range(record: dict[str, Any], on: str) -> tuple[int, int] | None:
    """(lowest, highest) possible age in whole years on day `on`: exact from `birth_date`,
    one of two values from `birth_year` alone; None when neither is known."""
    birth = day(record.get("birth_date"))
    if birth:
        age = int(on[:4]) - int(birth[:4]) - (1 if on[5:] < birth[5:] else 0)
        return age, age
    year = whole(record.get("birth_year"))
    if year is not None:
        return int(on[:4]) - year - 1, int(on[:4]) - year
    return None


def _out_of_scope(effect: Any, criterion: Any, limit: int, ages: tuple[int, int]) -> bool:
    """True when every possible age puts the client outside the rule."""
    low, high = ages
    if criterion == AGE_AT_LEAST:
        matches_all, matches_none = low >= limit, high < limit
    else:  # AGE_BELOW
        matches_all, matches_none = high < limit, low >= limit
    return matches_none if effect == INCLUDE else matches_all if effect == EXCLUDE else False


# The generated examples' organisation states an adults-only scope rule
# (cm_model.generation.rule_examples); the breaker makes client 0 a minor at referral.
def _example_r026(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[0]
    c.pop("henkilotunnus", None)  # CM-R022 would compare it with the new birth date
    referral = day(c["referrals"][0]["referral_date"]) or "2024-01-04"
    born = f"{int(referral[:4]) - 16:04d}{referral[4:]}"
    c["birth_date"], c["birth_year"] = born, int(born[:4])


@rule(
    id="CM-R026", severity=WARNING,
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
    reads=("referrals",),
    needs=("scope_rules",),
    needs_client=("referrals[*]",),
    data={"age_criteria": list(AGE_CRITERIA)},
    example=_example_r026,
)
def _r026(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    age_rules = []
    for scope in ctx.scope_rules or []:
        value = scope.get("criterion_value")
        if scope.get("scope_criterion") in AGE_CRITERIA and isinstance(value, str) \
                and value.strip().isdigit():
            age_rules.append((scope, int(value)))
    if not age_rules:
        return hits
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
                hits.append(Hit(f"referrals[{i}].referral_date"))
                break
    return hits


PERSONAL_SOCIAL_WORKER = code("ResponsibleWorkerRole", "PERSONAL_SOCIAL_WORKER")
SPECIAL_SUPPORT_ROLES = (PERSONAL_SOCIAL_WORKER,)


def _example_r027(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[0]
    c["needs_special_support"] = True
    c["assignments"] = [a for a in c["assignments"] if a.get("role") not in SPECIAL_SUPPORT_ROLES
                        or a.get("end_date") is not None]


@rule(
    id="CM-R027", severity=WARNING,
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
    reads=("needs_special_support",),
    needs_client=("assignments[*]",),
    data={"roles": list(SPECIAL_SUPPORT_ROLES)},
    example=_example_r027,
)
def _r027(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    if record.get("needs_special_support") is not True:
        return hits
    if not any(a.get("role") in SPECIAL_SUPPORT_ROLES and a.get("end_date") is None
               for _, a in items(record, "assignments")):
        hits.append(Hit("needs_special_support"))
    return hits


SEGMENT_SOURCE = code("SegmentSource", "SEGMENTATION")


def _example_r030(cs: list[dict[str, Any]], sc: list[dict[str, Any]]) -> None:
    c = cs[0]
    current = c.get("segments") or []
    other = next(v for v in schema_info.code_list("ClientSegment") if v not in current)
    c["segment_memberships"] = [
        {"segment": s, "start_date": "2024-01-03", "membership_source": SEGMENT_SOURCE}
        for s in [*current, other]]



@rule(
    id="CM-R030", severity=WARNING,
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
    reads=("segment_memberships",),
    needs_client=("segment_memberships[*]",),
    example=_example_r030,
)
def _r030(record: dict[str, Any], ctx: Context, cls: str = "Client") -> list[Hit]:
    hits: list[Hit] = []
    members = items(record, "segment_memberships")
    if not members:
        return hits
    current = {s for s in values(record, "segments[*]") if isinstance(s, str)}
    still_open = set()
    for _, member in members:
        segment, end = member.get("segment"), member.get("end_date")
        if not isinstance(segment, str):
            continue
        if end is None or (ctx.export_time and day(end) and day(end) >= ctx.export_time):
            still_open.add(segment)
    if current != still_open:
        hits.append(Hit("segments"))
    return hits


# --- access -----------------------------------------------------------------------------------

_reads("CM-R015", "CM-R016", "CM-R017", "CM-R018", "CM-R023", "CM-R025")
CATALOGUE.sort(key=lambda r: r.id)
BY_ID = {r.id: r for r in CATALOGUE}


def rules_for(cls: str) -> list[Rule]:
    return [r for r in CATALOGUE if cls in r.applies_to]


def _prover(cls: str) -> Prove:
    """The compiled first look of CM-R002 (nested lists), the record-scope references and
    CM-R020 for records of `cls`, from the tables those rules read."""
    local = [(r["path"], r["target_path"]) for r in schema_info.references()
             if r["record"] == cls and r["scope"] == "record"]
    return compile_prover(_NESTED if cls == "Client" else [], local,
                          list(_PERIOD_GROUPS.get(cls, ())), _period_fine)


def apply(rule_: Rule, record: dict[str, Any], ctx: Context, cls: str) -> Iterable[Hit]:
    """Run one rule on one record (skipped when it needs context the input does not give)."""
    for need in rule_.needs:
        if not ctx.has(need):
            return ()
    return rule_.check(record, ctx, cls)


def catalogue_as_dicts() -> list[dict[str, Any]]:
    """The catalogue as JSON-serialisable dicts, ordered by rule id."""
    return [r.as_dict() for r in CATALOGUE]
