"""What `cm-model metrics` needs from the client records: plan date, segments, questionnaires.

RECORDS is an Export envelope (JSON or YAML), a list of Client records, or JSON Lines with one
Client per line. Only ``id``, ``segments``, ``care_plans`` (``created_date``,
``plan_status``), ``whoqol_assessments`` (``timepoint``, ``assessment_date``,
``item_answers``) and ``nps_responses`` (``timepoint``, ``nps_score``) are read.

* The **plan date** of a client is the ``created_date`` of their earliest shared plan that is
  not a ``DRAFT`` (a draft is not yet a plan); a client without one has no windows.
* Of the WHOQOL-BREF assessments at a timepoint, the latest (by ``assessment_date``) counts.

With ``--measures`` not naming ``whoqol`` (``nps``), the WHOQOL-BREF assessments (NPS
responses) are neither read nor checked, and the arrays stay empty (all answers missing).

Large JSON Lines files take a fast path (pyarrow's streaming JSON reader keeping only these
fields); anything it refuses goes through the exact reader, which locates each error.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from cm_model.io.limits import MAX_MESSAGES_PER_FILE
from cm_model.io.messages import Note, refused_note
from cm_model.metrics.contacts import NO_DATE, day_number, parse_date

MAX_ERRORS = MAX_MESSAGES_PER_FILE
WHOQOL_TIMEPOINTS = ("BEFORE_PLAN", "AFTER_PLAN")


class RecordsError(Exception):
    """``unreadable``: the file as a whole could not be read or was refused (exit 2, as in
    `cm-model validate`), rather than holding located errors (exit 1)."""

    def __init__(self, errors: list[str], unreadable: bool = False):
        self.errors = errors
        self.unreadable = unreadable
        super().__init__("\n".join(errors))


@dataclass
class Records:
    """Clients as columns: row r is one client."""

    client_ids: list[str]
    segments: list[tuple[str, ...]]
    plan_day: np.ndarray          # (R,) day number, NO_DATE without a plan
    whoqol_answers: np.ndarray    # (R, 2, 26) answers 1–5, 0 = missing; [:, 0] before, [:, 1] after
    nps_client: np.ndarray        # (M,) row of the client of each NPS answer
    nps_timepoint: list[str | None]
    nps_score: np.ndarray         # (M,)
    export_date: date | None = None  # the export_time of an Export envelope
    source: str = ""                 # the file name, for messages


class _Builder:
    def __init__(self, whoqol: bool = True, nps: bool = True) -> None:
        self.read_whoqol = whoqol
        self.read_nps = nps
        self.ids: list[str] = []
        self.segments: list[tuple[str, ...]] = []
        self.plan: list[int] = []
        self.whoqol: list[np.ndarray] = []
        self.nps_client: list[int] = []
        self.nps_timepoint: list[str | None] = []
        self.nps_score: list[int] = []
        self.errors: list[str] = []
        self.seen: set[str] = set()

    def add(self, client: Any, where: str) -> None:
        errors = self.errors
        # "file: line 3: " + "care_plans[0]…" or "file: clients[2]" + ".care_plans[0]…"
        where = where[:-2] + ": " if where.endswith(": ") else where + "."
        if not isinstance(client, dict):
            errors.append(Note(where.rstrip(".: "), "records.not-client"))
            return
        client_id = client.get("id")
        if not isinstance(client_id, str) or not client_id.strip():
            errors.append(Note(f"{where}id", "records.no-id"))
            return
        client_id = client_id.strip()
        if client_id in self.seen:
            errors.append(Note(f"{where}id", "records.id-twice"))
            return
        self.seen.add(client_id)
        plan: date | None = None
        for i, care_plan in enumerate(_list(client.get("care_plans"))):
            if not isinstance(care_plan, dict) or care_plan.get("plan_status") == "DRAFT":
                continue
            created = parse_date(care_plan.get("created_date"))
            if created is None:
                errors.append(Note(f"{where}care_plans[{i}].created_date", "records.not-date"))
                continue
            plan = created if plan is None or created < plan else plan
        answers = np.zeros((2, 26), dtype=np.int8)
        latest: dict[int, date] = {}
        assessments = _list(client.get("whoqol_assessments")) if self.read_whoqol else []
        for i, assessment in enumerate(assessments):
            if not isinstance(assessment, dict):
                continue
            timepoint = assessment.get("timepoint")
            if timepoint not in WHOQOL_TIMEPOINTS:
                continue
            half = WHOQOL_TIMEPOINTS.index(timepoint)
            stated = assessment.get("assessment_date")
            when = parse_date(stated) if stated is not None else date.min
            if when is None:  # a bad date must not make an older assessment count
                errors.append(Note(f"{where}whoqol_assessments[{i}].assessment_date",
                                   "records.date-range", lo="1900-01-01", hi="2199-12-31"))
                continue
            row = np.zeros(26, dtype=np.int8)
            for j, item in enumerate(_list(assessment.get("item_answers"))):
                number = item.get("item_number") if isinstance(item, dict) else None
                answer = item.get("answer") if isinstance(item, dict) else None
                if not (isinstance(number, int) and isinstance(answer, int)
                        and 1 <= number <= 26 and 1 <= answer <= 5) \
                        or isinstance(number, bool) or isinstance(answer, bool):
                    errors.append(Note(f"{where}whoqol_assessments[{i}].item_answers[{j}]",
                                       "records.whoqol-item"))
                    continue
                row[number - 1] = answer
            if half not in latest or when >= latest[half]:
                latest[half] = when
                answers[half] = row
        r = len(self.ids)
        responses = _list(client.get("nps_responses")) if self.read_nps else []
        for i, response in enumerate(responses):
            score = response.get("nps_score") if isinstance(response, dict) else None
            if not isinstance(score, int) or isinstance(score, bool) or not 0 <= score <= 10:
                errors.append(Note(f"{where}nps_responses[{i}].nps_score", "records.nps"))
                continue
            self.nps_client.append(r)
            self.nps_timepoint.append(response.get("timepoint"))
            self.nps_score.append(score)
        self.ids.append(client_id)
        self.segments.append(tuple(s for s in _list(client.get("segments"))
                                   if isinstance(s, str)))
        self.plan.append(day_number(plan) if plan else NO_DATE)
        self.whoqol.append(answers)

    def finish(self) -> Records:
        if self.errors:
            raise RecordsError(self.errors[:MAX_ERRORS])
        return Records(
            client_ids=self.ids, segments=self.segments,
            plan_day=np.asarray(self.plan, dtype=np.int64),
            whoqol_answers=(np.stack(self.whoqol) if self.whoqol
                            else np.zeros((0, 2, 26), dtype=np.int8)),
            nps_client=np.asarray(self.nps_client, dtype=np.int64),
            nps_timepoint=self.nps_timepoint,
            nps_score=np.asarray(self.nps_score, dtype=np.int64),
        )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _clients_of(document: Any, where: str) -> list[tuple[str, Any]]:
    if isinstance(document, dict) and "clients" in document:
        clients = document["clients"]
        if not isinstance(clients, list):
            raise RecordsError([Note(f"{where}clients", "records.clients-not-list")])
        return [(f"{where}clients[{i}]", c) for i, c in enumerate(clients)]
    if isinstance(document, dict):
        return [(where, document)]
    if isinstance(document, list):
        return [(f"{where}[{i}]", c) for i, c in enumerate(document)]
    raise RecordsError([Note(where.rstrip(": "), "records.shape")])


def read_records(path: Path, whoqol: bool = True, nps: bool = True) -> Records:
    """Read the records (WHOQOL-BREF and NPS answers only when asked); raises RecordsError
    with located messages."""
    records = _read_records(path, whoqol, nps)
    records.source = path.name
    return records


def _read_records(path: Path, whoqol: bool, nps: bool) -> Records:
    import orjson

    from cm_model.io import values
    from cm_model.io.duplicates import find_duplicate_key, may_have_duplicates
    from cm_model.io.problems import safe_name
    from cm_model.io.readers import Refused, load_json

    name = path.name
    if not path.is_file():
        raise RecordsError([Note(str(path), "records.no-file")], unreadable=True)
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        fast = _read_jsonl_fast(path, whoqol, nps)
        if fast is not None:
            return fast
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RecordsError([Note(name, "records.cannot-read", detail=exc.strerror)],
                           unreadable=True) from None
    builder = _Builder(whoqol, nps)
    if suffix in (".jsonl", ".ndjson"):
        for number, line in enumerate(raw.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError as exc:
                builder.errors.append(Note(f"{name}: line {number}", "records.json",
                                          detail=exc.msg))
                continue
            if may_have_duplicates(line, value):
                duplicate = find_duplicate_key(line)
                if duplicate is not None:
                    builder.errors.append(Note(
                        f"{name}: line {number}, column {duplicate.column}",
                        "contacts.duplicate-key", key=repr(safe_name(duplicate.key))))
                    continue
            for where, client in _clients_of(value, f"{name}: line {number}: "):
                builder.add(client, where)
            if len(builder.errors) >= MAX_ERRORS:
                break
        return builder.finish()
    if suffix in (".yaml", ".yml"):
        from cm_model.io.readers import YamlRefused
        from cm_model.io.readers import load_yaml as load

        try:
            document = load(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise RecordsError([Note(name, "records.utf8")], unreadable=True) from None
        except YamlRefused as exc:
            raise RecordsError([refused_note(name, exc)], unreadable=True) from None
        except RecursionError:
            raise RecordsError([Note(name, "records.depth")], unreadable=True) from None
    else:
        try:
            document = load_json(raw)
        except Refused as exc:
            raise RecordsError([refused_note(name, exc)], unreadable=True) from None
    for where, client in _clients_of(document, f"{name}: "):
        builder.add(client, where)
        if len(builder.errors) >= MAX_ERRORS:
            break
    records = builder.finish()
    if isinstance(document, dict) and "export_time" in document:
        try:
            records.export_date = values.to_datetime(document["export_time"]).date()
        except values.CellError:
            raise RecordsError([Note(f"{name}: export_time", "records.export-time",
                                     lo="1900-01-01", hi="2199-12-31")]) from None
    return records


def _read_jsonl_fast(path: Path, whoqol: bool = True, nps: bool = True) -> Records | None:
    """pyarrow's JSON reader over the needed fields; None sends the file to the exact reader."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.json as pj

    item = pa.struct([("item_number", pa.int64()), ("answer", pa.int64())])
    fields = [
        ("id", pa.string()),
        ("segments", pa.list_(pa.string())),
        ("care_plans", pa.list_(pa.struct([("created_date", pa.string()),
                                           ("plan_status", pa.string())]))),
    ]
    if whoqol:
        fields.append(("whoqol_assessments", pa.list_(pa.struct([
            ("timepoint", pa.string()), ("assessment_date", pa.string()),
            ("item_answers", pa.list_(item))]))))
    if nps:
        fields.append(("nps_responses", pa.list_(pa.struct([("timepoint", pa.string()),
                                                             ("nps_score", pa.int64())]))))
    schema = pa.schema(fields)
    try:
        # Streamed in 1 MiB blocks: only the fields above are kept, so memory follows the
        # number of clients, not the size of their records (the whole-file reader held
        # several times more).
        reader = pj.open_json(path, read_options=pj.ReadOptions(block_size=1 << 20),
                              parse_options=pj.ParseOptions(
                                  explicit_schema=schema, unexpected_field_behavior="ignore"))
        table = pa.Table.from_batches(list(reader), schema=schema)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError):
        return None
    n = table.num_rows
    ids = table.column("id")
    if n == 0 or ids.null_count:
        return None
    client_ids = [s.strip() for s in ids.to_pylist()]
    if len(set(client_ids)) != n or "" in client_ids:
        return None
    segments = [tuple(s or ()) for s in table.column("segments").to_pylist()]

    # Plan day: the earliest created_date of non-draft plans; dates parsed once per distinct.
    plans = table.column("care_plans").combine_chunks()
    owner = pc.list_parent_indices(plans).to_numpy(zero_copy_only=False)
    flat = pc.list_flatten(plans)
    status = flat.field("plan_status").to_pylist()
    created = flat.field("created_date")
    lookup: dict[str | None, int] = {}
    days = np.empty(len(created), dtype=np.int64)
    for i, (text, state) in enumerate(zip(created.to_pylist(), status, strict=True)):
        if state == "DRAFT":
            days[i] = np.iinfo(np.int64).max
            continue
        found = lookup.get(text)
        if found is None:
            parsed = parse_date(text)
            if parsed is None:
                return None
            found = lookup[text] = day_number(parsed)
        days[i] = found
    plan_day = np.full(n, np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(plan_day, owner, days)
    plan_day[plan_day == np.iinfo(np.int64).max] = NO_DATE

    # WHOQOL-BREF: the latest assessment per timepoint, as a (R, 2, 26) matrix.
    answers = np.zeros((n, 2, 26), dtype=np.int8)
    assessments = table.column("whoqol_assessments").combine_chunks() if whoqol else None
    if assessments is not None and len(pc.list_flatten(assessments)):
        a_owner = pc.list_parent_indices(assessments).to_numpy(zero_copy_only=False)
        flat_a = pc.list_flatten(assessments)
        timepoints = flat_a.field("timepoint").to_pylist()
        dates: dict[Any, date] = {}  # each distinct assessment_date is parsed once
        when = []
        for text in flat_a.field("assessment_date").to_pylist():
            found = dates.get(text)
            if found is None:
                found = dates[text] = parse_date(text) or date.min
            when.append(found)
        items = flat_a.field("item_answers")
        i_owner = pc.list_parent_indices(items).to_numpy(zero_copy_only=False)
        flat_i = pc.list_flatten(items)
        number = flat_i.field("item_number").to_numpy(zero_copy_only=False)
        answer = flat_i.field("answer").to_numpy(zero_copy_only=False)
        if flat_i.field("item_number").null_count or flat_i.field("answer").null_count \
                or np.any((number < 1) | (number > 26) | (answer < 1) | (answer > 5)):
            return None
        latest: dict[tuple[int, int], tuple[date, int]] = {}
        for k, (r, tp) in enumerate(zip(a_owner.tolist(), timepoints, strict=True)):
            if tp not in WHOQOL_TIMEPOINTS:
                continue
            slot = (r, WHOQOL_TIMEPOINTS.index(tp))
            if slot not in latest or when[k] >= latest[slot][0]:
                latest[slot] = (when[k], k)
        chosen = np.full(len(timepoints), -1, dtype=np.int64)
        for (r, half), (_, k) in latest.items():
            chosen[k] = r * 2 + half
        target = chosen[i_owner]
        use = target >= 0
        flat_answers = answers.reshape(-1, 26)
        flat_answers[target[use], number[use] - 1] = answer[use]

    if not nps:
        return Records(client_ids=client_ids, segments=segments, plan_day=plan_day,
                       whoqol_answers=answers, nps_client=np.zeros(0, dtype=np.int64),
                       nps_timepoint=[], nps_score=np.zeros(0, dtype=np.int64))
    responses = table.column("nps_responses").combine_chunks()
    flat_n = pc.list_flatten(responses)
    scores = flat_n.field("nps_score")
    if scores.null_count:
        return None
    score_values = scores.to_numpy(zero_copy_only=False).astype(np.int64)
    if np.any((score_values < 0) | (score_values > 10)):
        return None
    return Records(
        client_ids=client_ids, segments=segments, plan_day=plan_day, whoqol_answers=answers,
        nps_client=pc.list_parent_indices(responses).to_numpy(zero_copy_only=False)
        .astype(np.int64),
        nps_timepoint=flat_n.field("timepoint").to_pylist(), nps_score=score_values,
    )
