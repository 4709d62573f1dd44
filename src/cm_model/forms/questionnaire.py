"""Questionnaires as people fill them: one row per WHOQOL-BREF assessment, 26 answer columns.

The schema keeps a WHOQOL-BREF assessment's answers as a list of `item_answers`
({item_number, answer}). On the form the list becomes 26 columns named by the items' topics,
each with a 1–5 dropdown showing the answer words, so a nurse types one row per questionnaire
as the client filled it. The columns' field paths are `item_answers.<item number>`:

- writing, `flatten` turns the list into {"1": answer, …} so each answer lands in its column;
- reading, `restore` turns those back into the list, in item order, and moves the cell
  locations along so findings still name the cell (`item_answers[6].answer` → Sheet!T5).

Answers come back in item order (1–26), the order of the questionnaire; a list held in another
order, a repeated item or an item outside 1–26 cannot be shown in columns and is reported by
`flatten` with the other values the form has no place for.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from cm_model.forms.cells import from_cell
from cm_model.forms.choices import (
    CHOICES,
    WHOQOL_ITEM_SCALE,
    WHOQOL_ITEM_TOPICS,
    WHOQOL_ITEMS,
    choice_bounds,
    choice_value,
)


@dataclass(frozen=True)
class Questionnaire:
    """A list slot shown as one column per item on its parent's sheet."""

    list_slot: str  # the multivalued slot of the parent class (item_answers)
    number_slot: str  # the item's number in each list entry (item_number)
    answer_slot: str  # the answer in each list entry (answer)
    items: int
    title: dict[str, str]

    def choice(self, number: int) -> str:
        return f"whoqol_{WHOQOL_ITEM_SCALE[number - 1]}"

    def path(self, number: int) -> str:
        return f"{self.list_slot}.{number}"

    def label(self, number: int, lang: str) -> str:
        topics = WHOQOL_ITEM_TOPICS.get(lang) or WHOQOL_ITEM_TOPICS["en"]
        return f"{number} {topics[number - 1]}"


QUESTIONNAIRES: dict[str, Questionnaire] = {
    "whoqol_bref": Questionnaire(
        "item_answers", "item_number", "answer", WHOQOL_ITEMS,
        {"fi": "WHOQOL-BREF-kysymys", "sv": "WHOQOL-BREF-fråga", "en": "WHOQOL-BREF item"},
    ),
}

_DESCRIPTION = {
    "fi": "{title} {n} ({topic}): asiakkaan vastaus 1–5 sellaisenaan. Tyhjä, jos asiakas ei "
    "vastannut.",
    "sv": "{title} {n} ({topic}): klientens svar 1–5 som sådant. Tomt om klienten inte svarade.",
    "en": "{title} {n} ({topic}): the client's answer 1–5 as given. Empty when the client did "
    "not answer.",
}


def item_description(q: Questionnaire, number: int, lang: str) -> str:
    topic = q.label(number, lang).split(" ", 1)[1]
    return _DESCRIPTION[lang].format(title=q.title[lang], n=number, topic=topic)


def questionnaire_sheets(spec: Any = None) -> dict[str, str]:
    """Path of each sheet (inside a Client) shown as a questionnaire → its name, for one form
    (a FormSpec or FormLayout) or for every form."""
    from cm_model.forms.definitions import FORMS

    spec = getattr(spec, "spec", spec)
    forms = FORMS if spec is None else (spec,)
    return {s.path: s.questionnaire for f in forms for s in f.sheets if s.questionnaire}


# -- record → form ---------------------------------------------------------------------------
def flatten(
    records: list[dict[str, Any]], sheets: dict[str, str]
) -> tuple[list[dict[str, Any]], list[str]]:
    """Copies of the records with each questionnaire list as {item number: answer}.

    `sheets` maps the path of a questionnaire's parent list inside a Client
    (`whoqol_assessments`) to the questionnaire's name. Returns the records and the paths of
    answers that no column can hold (repeated, out-of-range or out-of-order items).
    """
    out: list[dict[str, Any]] = []
    left_out: list[str] = []
    for index, record in enumerate(records):
        if not isinstance(record, dict) or not any(record.get(p) for p in sheets):
            out.append(record)
            continue
        record = copy.copy(record)
        for parent, name in sheets.items():
            q = QUESTIONNAIRES[name]
            rows = record.get(parent)
            if not isinstance(rows, list):
                continue
            new_rows = []
            for j, row in enumerate(rows):
                where = f"[{index}].{parent}[{j}].{q.list_slot}"
                answers = row.get(q.list_slot) if isinstance(row, dict) else None
                if not isinstance(answers, list):
                    new_rows.append(row)
                    continue
                shown, lost = _columns_of(q, answers, where)
                left_out.extend(lost)
                row = dict(row)
                row[q.list_slot] = shown
                new_rows.append(row)
            record[parent] = new_rows
        out.append(record)
    return out, left_out


def _columns_of(q: Questionnaire, answers: list[Any], where: str) -> tuple[dict[str, Any], list]:
    shown: dict[str, Any] = {}
    lost: list[str] = []
    last = 0
    for k, answer in enumerate(answers):
        number = answer.get(q.number_slot) if isinstance(answer, dict) else None
        extra = set(answer) - {q.number_slot, q.answer_slot} if isinstance(answer, dict) else {1}
        if (not isinstance(number, int) or isinstance(number, bool) or not 1 <= number <= q.items
                or str(number) in shown or extra):
            lost.append(f"{where}[{k}]")
            continue
        if number < last:
            lost.append(f"{where}[{k}] (order: the form keeps answers in item order)")
        last = max(last, number)
        shown[str(number)] = answer.get(q.answer_slot)
    return shown, lost


# -- form → record ---------------------------------------------------------------------------
def restore(data: dict[str, Any], cells: dict[str, str], sheets: dict[str, str]) -> None:
    """Turn the {item number: answer} of each questionnaire back into its list, in item order,
    and rename the cell locations to the list's paths."""
    for parent, name in sheets.items():
        q = QUESTIONNAIRES[name]
        rows = data.get(parent)
        if not isinstance(rows, list):
            continue
        for j, row in enumerate(rows):
            answers = row.get(q.list_slot) if isinstance(row, dict) else None
            if not isinstance(answers, dict):
                continue
            numbers = sorted(int(n) for n in answers if str(n).isdigit())
            row[q.list_slot] = [{q.number_slot: n, q.answer_slot: answers[str(n)]}
                                for n in numbers]
            if not row[q.list_slot]:
                del row[q.list_slot]
            base = f"{parent}[{j}].{q.list_slot}"
            for k, n in enumerate(numbers):
                where = cells.pop(f"{base}.{n}", None)
                if where is not None:
                    cells[f"{base}[{k}].{q.answer_slot}"] = where
                    cells[f"{base}[{k}].{q.number_slot}"] = where


def parse_choice(name: str, raw: Any, lang: str, kind: str = "integer") -> Any:
    """A cell of a fixed-list column: a label in any language ("4 – Hyvä", "Hyvä") or the
    number itself, within the list's bounds."""
    if isinstance(raw, str):
        number = choice_value(name, raw)
        if number is not None:
            return number
    if name not in CHOICES:  # a list of a newer cm-model: read the number as it is
        return from_cell(kind, raw, lang)
    if isinstance(raw, str):
        number = choice_value(name, raw)
        if number is not None:
            return number
    low, high = choice_bounds(name)
    return from_cell(kind, raw, lang, None, low, high)


__all__ = ["QUESTIONNAIRES", "flatten", "item_description", "parse_choice", "questionnaire_sheets",
           "restore"]
