"""Evaluate the machine-checkable entries of a trigger catalogue over service contacts.

For each entry with ``machine_checkable: true`` the measure is computed per client over the
look-back window of ``window_months`` ending on the as-of date (see
:mod:`cm_model.metrics.windows`: as-of date included, the date ``window_months`` earlier
excluded) and compared with the threshold:

* ``CONTACT_COUNT`` — contacts of the listed types whose ``contact_date`` is in the window;
* ``DISTINCT_SECTOR_COUNT`` — distinct sectors among those contacts;
* ``DISTINCT_UNIT_COUNT`` — distinct units among those contacts (contacts without a unit do
  not count);
* ``INPATIENT_DAYS`` — days in hospital inside the window (:mod:`cm_model.metrics.episodes`):
  an episode covers the days admission … discharge − 1 (a same-day episode counts one day);
  an episode without ``end_date`` is open and is closed at the client's next admission, else
  at the as-of date (inclusive); overlapping episodes count each day once, so the value never
  exceeds the window's length. Only ``INPATIENT_EPISODE`` contacts count, whatever
  ``contact_types`` says.

``contact_types`` empty means all types. Contacts after the as-of date are never counted.
A trigger *fires* when value > threshold (``GREATER_THAN``) or value ≥ threshold
(``AT_LEAST``). The evidence of a firing is the contacts counted, the value and the window.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from cm_model.io.messages import Note, refused_note
from cm_model.metrics import episodes
from cm_model.metrics.contacts import ContactTable, day_number, vocabulary
from cm_model.metrics.windows import Window, lookback

MEASURES = ("CONTACT_COUNT", "DISTINCT_SECTOR_COUNT", "DISTINCT_UNIT_COUNT", "INPATIENT_DAYS")
COMPARISONS = ("GREATER_THAN", "AT_LEAST")
DEFAULT_CATALOGUE = Path(__file__).with_name("default_triggers.yaml")
# The same file in a checkout, for generators that build from a repository root.
DEFAULT_CATALOGUE_REL = "src/cm_model/metrics/default_triggers.yaml"


def default_catalogue_entries(root: Path | None = None) -> list[dict[str, Any]]:
    """The shipped catalogue's entries as plain mappings: the one place that reads the file
    for the forms' catalogue sheet, the handbook's table and synth's trigger codes (`cm-model
    triggers` validates it as TriggerDefinition entries through `load_catalogue`)."""
    from cm_model.io.readers import load_yaml

    path = Path(root) / DEFAULT_CATALOGUE_REL if root is not None else DEFAULT_CATALOGUE
    entries = load_yaml(path.read_text(encoding="utf-8")) or []
    return [e for e in entries if isinstance(e, dict) and e.get("code")]


@contextmanager
def few_collections() -> Iterator[None]:
    """Pause the cyclic garbage collector while a catalogue is loaded and evaluated.

    Both build many small objects without cycles (entries, firings, output rows). The
    collector's passes over everything alive grow with the catalogue, so with it running the
    time of 10 000 entries was about 24 × that of 1 000 instead of 10 ×. Reference counting
    still frees everything at once; the collector resumes at the end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class CatalogueError(Exception):
    """``unreadable``: the file could not be read or was refused (exit 2)."""

    def __init__(self, errors: list[str], unreadable: bool = False):
        self.errors = errors
        self.unreadable = unreadable
        super().__init__("\n".join(errors))


@dataclass(frozen=True)
class Trigger:
    """A catalogue entry, validated; machine-checkable ones have every evaluation field."""

    code: str
    name_fi: str
    name_en: str
    sector: str
    machine_checkable: bool
    measure: str | None = None
    comparison: str | None = None
    threshold: int | None = None
    window_months: int | None = None
    contact_types: tuple[str, ...] = ()

    def fires(self, value: int) -> bool:
        assert self.threshold is not None
        if self.comparison == "GREATER_THAN":
            return value > self.threshold
        return value >= self.threshold

    def rule(self, lang: str = "en") -> str:
        """The rule in words; outputs keep English, messages follow --lang."""
        sign = ">" if self.comparison == "GREATER_THAN" else "≥"
        if lang == "fi":
            return f"{self.measure} {sign} {self.threshold} {self.window_months} kuukaudessa"
        return f"{self.measure} {sign} {self.threshold} in {self.window_months} months"


def load_catalogue(path: Path | None = None) -> list[Trigger]:
    """Read a catalogue (YAML or JSON): a list of TriggerDefinition entries, or a mapping (an
    Export) with ``trigger_catalogue``. Each entry is validated against the schema's
    TriggerDefinition; errors name the entry by position and code."""
    from cm_model.io.readers import YamlRefused
    from cm_model.io.readers import load_yaml as load

    path = path or DEFAULT_CATALOGUE
    name = path.name
    if not path.is_file():
        raise CatalogueError([Note(str(path), "records.no-file")], unreadable=True)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CatalogueError([Note(name, "records.utf8")], unreadable=True) from None
    except OSError as exc:
        raise CatalogueError([Note(name, "catalogue.cannot-read", detail=exc.strerror)],
                             unreadable=True) from None
    try:
        document = load(text)
    except YamlRefused as exc:
        raise CatalogueError([refused_note(name, exc)], unreadable=True) from None
    if isinstance(document, dict):
        document = document.get("trigger_catalogue")
    if not isinstance(document, list) or not document:
        raise CatalogueError([Note(name, "catalogue.shape")])
    from pydantic import ValidationError

    from cm_model.datamodel.cm_model import TriggerDefinition

    types = set(vocabulary("ServiceContactType").codes)
    triggers: list[Trigger] = []
    errors: list[str] = []  # Notes: located, in the catalogue's languages
    seen: set[str] = set()
    for index, entry in enumerate(document):
        code = entry.get("code") if isinstance(entry, dict) else None
        where = f"{name}: entry {index + 1}" + (f" ({code})" if code else "")
        try:
            model = TriggerDefinition.model_validate(entry)
        except ValidationError as exc:
            for problem in exc.errors():
                path_text = ".".join(str(p) for p in problem["loc"]) or "entry"
                errors.append(Note(f"{where}: {path_text}", "catalogue.invalid",
                                   detail=problem["msg"]))
            continue
        if model.code in seen:
            errors.append(Note(where, "catalogue.code-twice", code=model.code))
        seen.add(model.code)

        def enum_value(value: Any) -> str | None:
            return None if value is None else getattr(value, "value", str(value))

        trigger = Trigger(
            code=model.code, name_fi=model.name_fi, name_en=model.name_en,
            sector=",".join(enum_value(s) or "" for s in (model.sectors or [])),
            machine_checkable=bool(model.machine_checkable),
            measure=enum_value(model.measure), comparison=enum_value(model.comparison),
            threshold=model.threshold, window_months=model.window_months,
            contact_types=tuple(enum_value(t) or "" for t in (model.contact_types or [])),
        )
        if trigger.machine_checkable:
            for slot in ("measure", "comparison", "threshold", "window_months"):
                if getattr(trigger, slot) is None:
                    errors.append(Note(where, "catalogue.required", slot=slot))
            unknown = [t for t in trigger.contact_types if t not in types]
            if unknown:
                errors.append(Note(f"{where}: contact_types", "catalogue.unknown-types",
                                   codes=", ".join(unknown)))
        triggers.append(trigger)
    if errors:
        raise CatalogueError(errors)
    return triggers


@dataclass
class Firing:
    """One trigger fired for one client, with its evidence."""

    client_id: str
    trigger: Trigger
    value: int
    window: Window
    contact_rows: list[int] = field(default_factory=list)
    contact_ids: list[str] = field(default_factory=list)


@dataclass
class Evaluation:
    as_of: date
    evaluated: list[Trigger]
    not_machine_checkable: list[Trigger]
    clients_seen: int
    contacts_after_as_of: int
    firings: list[Firing]
    open_inpatient_episodes: int = 0  # without end_date, up to the as-of date

    def fired_counts(self) -> dict[str, int]:
        """Clients each evaluated trigger fired for, by code: one pass over the firings (a
        count per trigger over all firings would make catalogue size count twice)."""
        counts = dict.fromkeys((t.code for t in self.evaluated), 0)
        for firing in self.firings:
            counts[firing.trigger.code] += 1
        return counts

    def by_client(self) -> dict[str, list[Firing]]:
        grouped: dict[str, list[Firing]] = {}
        for firing in self.firings:
            grouped.setdefault(firing.client_id, []).append(firing)
        return grouped


def _measure(table: ContactTable, trigger: Trigger, window: Window,
             stays_by_end: dict[int, Any] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per-client value (indexed by client code) and the mask of contacts counted.
    `stays_by_end` keeps the inpatient stays per window end: entries sharing an end (every
    entry of one run does) build them once."""
    first, end = day_number(window.first), day_number(window.end)
    n_clients = len(table.client_ids)
    day = table.day
    if trigger.measure == "INPATIENT_DAYS":
        # The union of each client's stays inside the window (see cm_model.metrics.episodes);
        # the evidence is every episode that has a day in the window.
        cache = stays_by_end if stays_by_end is not None else {}
        if end not in cache:
            cache[end] = episodes.stays(table, end)
        found = cache[end]
        inside = episodes.days_between(found, first, end)
        values = np.bincount(found.client, weights=inside, minlength=n_clients)
        mask = np.zeros(len(table), dtype=bool)
        mask[found.rows[(found.stop > first) & (day[found.rows] < end)]] = True
        return values.astype(np.int64), mask
    mask = (day >= first) & (day < end)
    if trigger.contact_types:
        wanted = [table.types.codes.index(t) for t in trigger.contact_types]
        mask &= np.isin(table.contact_type, np.asarray(wanted, dtype=np.int8))
    client = table.client[mask]
    if trigger.measure == "CONTACT_COUNT":
        return np.bincount(client, minlength=n_clients), mask
    if trigger.measure == "DISTINCT_SECTOR_COUNT":
        other = table.sector[mask].astype(np.int64)
        width = len(table.sectors.codes)
    elif trigger.measure == "DISTINCT_UNIT_COUNT":
        has_unit = table.unit >= 0
        mask &= has_unit
        client = table.client[mask]
        other = table.unit[mask].astype(np.int64)
        width = max(len(table.unit_ids), 1)
    else:  # pragma: no cover - load_catalogue validated the measure
        raise ValueError(trigger.measure)
    pairs = np.unique(client.astype(np.int64) * width + other)
    return np.bincount(pairs // width, minlength=n_clients), mask


def evaluate(table: ContactTable, catalogue: list[Trigger], as_of: date,
             progress: Callable[[int, int], None] | None = None) -> Evaluation:
    """Every machine-checkable trigger over every client; firings sorted by client, code.

    The cost is linear in the catalogue's size: each entry costs a pass over the contacts, and
    nothing is repeated per pair of entries (``benchmarks/bench_triggers.py`` shows it)."""
    evaluated = [t for t in catalogue if t.machine_checkable]
    firings: list[Firing] = []
    stays_by_end: dict[int, Any] = {}
    for done, trigger in enumerate(evaluated):
        if progress is not None and done % 50 == 0:
            progress(done, len(evaluated))
        assert trigger.window_months is not None and trigger.threshold is not None
        window = lookback(as_of, trigger.window_months)
        values, mask = _measure(table, trigger, window, stays_by_end)
        if trigger.comparison == "GREATER_THAN":
            fired = np.flatnonzero(values > trigger.threshold)
        else:
            fired = np.flatnonzero(values >= trigger.threshold)
        if not len(fired):
            continue
        rows = np.flatnonzero(mask & np.isin(table.client, fired))
        order = np.lexsort((rows, table.day[rows], table.client[rows]))
        rows = rows[order]
        clients = table.client[rows]
        bounds = np.searchsorted(clients, fired, side="left"), \
            np.searchsorted(clients, fired, side="right")
        ids = table.ids.take(rows.tolist()) if len(table.ids) else []
        for k, client in enumerate(fired.tolist()):
            lo, hi = int(bounds[0][k]), int(bounds[1][k])
            firings.append(Firing(
                client_id=table.client_ids[client], trigger=trigger, value=int(values[client]),
                window=window, contact_rows=rows[lo:hi].tolist(),
                contact_ids=list(ids[lo:hi]) if ids else [],
            ))
    firings.sort(key=lambda f: (f.client_id, f.trigger.code))
    after = int(np.count_nonzero(table.day > day_number(as_of)))
    return Evaluation(
        as_of=as_of, evaluated=evaluated,
        not_machine_checkable=[t for t in catalogue if not t.machine_checkable],
        clients_seen=len(table.client_ids), contacts_after_as_of=after, firings=firings,
        open_inpatient_episodes=episodes.stays(table, day_number(as_of) + 1).open_episodes,
    )


# --- output ------------------------------------------------------------------------------------

CSV_COLUMNS = ("client_id", "trigger_code", "trigger_name_fi", "trigger_name_en", "measure",
               "value", "comparison", "threshold", "window_months", "window_first",
               "window_last", "contact_count", "contact_ids")


def csv_rows(evaluation: Evaluation) -> list[list[str]]:
    rows = []
    for f in evaluation.firings:
        t = f.trigger
        rows.append([f.client_id, t.code, t.name_fi, t.name_en, t.measure or "", str(f.value),
                     t.comparison or "", str(t.threshold), str(t.window_months),
                     f.window.first.isoformat(), f.window.last.isoformat(),
                     str(len(f.contact_ids)), "|".join(f.contact_ids)])
    return rows


def as_json(evaluation: Evaluation) -> dict[str, Any]:
    """Candidates with evidence; ``observed_triggers`` are in the schema's ObservedTrigger shape."""
    clients = []
    for client_id, firings in evaluation.by_client().items():
        clients.append({
            "client_id": client_id,
            "triggers": [{
                "trigger_code": f.trigger.code,
                "measure": f.trigger.measure,
                "value": f.value,
                "comparison": f.trigger.comparison,
                "threshold": f.trigger.threshold,
                "window_months": f.trigger.window_months,
                "window_first": f.window.first.isoformat(),
                "window_last": f.window.last.isoformat(),
                "contact_ids": f.contact_ids,
            } for f in firings],
            "observed_triggers": [{
                "id": f"{client_id}-{f.trigger.code}-{evaluation.as_of.isoformat()}",
                "trigger_code": f.trigger.code,
                "observed_date": evaluation.as_of.isoformat(),
                "evidence_text": (f"{f.trigger.rule()}: value {f.value} in "
                                  f"{f.window.first.isoformat()} … {f.window.last.isoformat()}"),
                "evidence_contact_ids": f.contact_ids,
            } for f in firings],
        })
    fired = evaluation.fired_counts()
    return {
        "as_of": evaluation.as_of.isoformat(),
        "window_rule": "as-of date included; the date window_months earlier excluded",
        "inpatient_days_rule": episodes.RULE,
        "open_inpatient_episodes": evaluation.open_inpatient_episodes,
        "evaluated_triggers": [
            {"code": t.code, "rule": t.rule(),
             "contact_types": list(t.contact_types),
             "fired_for": fired[t.code]}
            for t in evaluation.evaluated],
        "not_machine_checkable": [t.code for t in evaluation.not_machine_checkable],
        "clients_in_contacts": evaluation.clients_seen,
        "contacts_after_as_of_ignored": evaluation.contacts_after_as_of,
        "candidate_count": len(clients),
        "candidates": clients,
    }
