"""Form definitions + schema → concrete sheets and columns (shared by builder, writer, reader)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cm_model.forms.definitions import ROOT_CLASS, FormSpec, SheetSpec
from cm_model.forms.schema_view import SchemaView, Slot

PARENT = "@parent"  # column holding the id of the row's parent (client, plan, …)
VALUE = "@value"  # the single column of a sheet listing plain values (segments, codes …)
LANGS = ("fi", "en", "sv")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


class FormDefinitionError(ValueError):
    """The form definitions do not fit the schema (a developer error, caught by the tests)."""


@dataclass(frozen=True)
class Column:
    path: str
    kind: str
    enum: str | None
    required: bool  # always required
    conditional: bool  # required once any field of its group (an optional object) is filled
    minimum: float | None
    maximum: float | None
    pattern: str | None
    labels: dict[str, str]
    descriptions: dict[str, str]
    reference: str | None = None  # class an id column points to (Worker, TriggerDefinition …)
    choices: str | None = None  # fixed value list of choices.py shown instead of the number
    aliases: tuple[str, ...] = ()  # earlier headings, still accepted when reading old forms


@dataclass(frozen=True)
class SheetLayout:
    path: str  # inside a Client: '' root, 'care_plans', 'care_plans.goals', 'segments' …
    cls: str | None  # class of the rows; None for a sheet of plain values
    parent_path: str | None  # path of the parent sheet; None for the root sheet
    names: dict[str, str]  # sheet name per language
    columns: tuple[Column, ...]

    @property
    def is_root(self) -> bool:
        return self.parent_path is None

    @property
    def slot(self) -> str:
        return self.path.rsplit(".", 1)[-1]


@dataclass(frozen=True)
class FormLayout:
    spec: FormSpec
    schema_version: str
    sheets: tuple[SheetLayout, ...]

    def sheet(self, path: str) -> SheetLayout:
        for sheet in self.sheets:
            if sheet.path == path:
                return sheet
        raise KeyError(path)


def _label(slot: Slot, lang: str) -> str:
    return slot.labels.get(lang) or slot.labels.get("en") or slot.name


def _descriptions(slot: Slot, note: dict[str, str] | None = None) -> dict[str, str]:
    out = dict(slot.descriptions)
    for lang, text in (note or {}).items():
        out[lang] = f"{text} {out[lang]}" if out.get(lang) else text
    return out


def _descriptions_note(texts: dict[str, str], note: dict[str, str]) -> dict[str, str]:
    return {lang: f"{note[lang]} {text}" if note.get(lang) else text
            for lang, text in texts.items()}


def _sheet_name(text: str) -> str:
    return _SHEET_FORBIDDEN.sub("-", text).strip("' ")[:31].strip()


def _resolve_path(view: SchemaView, path: str) -> tuple[str, Slot | None]:
    """Class at the end of a path from Client, and the last slot (None for the root)."""
    cls, slot = ROOT_CLASS, None
    if not path:
        return cls, None
    for part in path.split("."):
        slots = view.class_slots(cls)
        if part not in slots:
            raise FormDefinitionError(f"{path}: {cls} has no slot {part!r}")
        slot = slots[part]
        if not slot.multivalued:
            raise FormDefinitionError(f"{path}: {part} is not multivalued; use a column instead")
        cls = slot.range
    return cls, slot


def _columns(
    view: SchemaView, cls: str, spec: SheetSpec, prefix: str = "",
    label_prefix: dict[str, str] | None = None, optional_group: bool = False,
) -> list[Column]:
    slots = view.class_slots(cls)
    names = spec.fields if (spec.fields is not None and not prefix) else list(slots)
    if not prefix:
        missing = [n for n in names if n not in slots]
        if missing:
            raise FormDefinitionError(f"sheet {spec.path!r}: {cls} has no slots {missing}")
        omitted = [s.name for s in slots.values() if s.required and s.name not in names]
        if omitted:
            raise FormDefinitionError(f"sheet {spec.path!r}: required slots left out: {omitted}")
    columns: list[Column] = []
    for name in names:
        if not prefix and name in spec.exclude:
            continue
        slot = slots[name]
        if slot.multivalued:
            continue  # a linked sheet of its own
        labels = {
            lang: (f"{label_prefix[lang]} – " if label_prefix else "") + _label(slot, lang)
            for lang in ("fi", "en", "sv")
        }
        if slot.kind == "object":
            group_optional = optional_group or not slot.required
            columns.extend(
                _columns(view, slot.range, spec, f"{prefix}{name}.", labels, group_optional)
            )
            continue
        columns.append(
            Column(
                path=prefix + name,
                kind="text" if slot.kind == "reference" else slot.kind,
                enum=slot.range if slot.kind == "enum" else None,
                required=slot.required and not optional_group and not spec.optional,
                conditional=slot.required and (optional_group or spec.optional),
                minimum=slot.minimum,
                maximum=slot.maximum,
                pattern=slot.pattern,
                labels=labels,
                descriptions=_descriptions(slot, spec.note),
                reference=slot.range if slot.kind == "reference" else None,
                choices=None if prefix else spec.choices.get(name),
            )
        )
    return columns


def _questionnaire_columns(view: SchemaView, cls: str, name: str) -> list[Column]:
    """One column per item of a questionnaire list (its answer), named by the item's topic."""
    from cm_model.forms.questionnaire import QUESTIONNAIRES, item_description

    q = QUESTIONNAIRES[name]
    slot = view.class_slots(cls).get(q.list_slot)
    if slot is None or not slot.multivalued:
        raise FormDefinitionError(f"{cls}: no list {q.list_slot!r} for questionnaire {name}")
    answer = view.class_slots(slot.range).get(q.answer_slot)
    if answer is None or answer.kind != "integer":
        raise FormDefinitionError(f"{slot.range}: no integer {q.answer_slot!r}")
    return [
        Column(
            path=q.path(n), kind="integer", enum=None, required=False, conditional=False,
            minimum=answer.minimum, maximum=answer.maximum, pattern=None,
            labels={lang: q.label(n, lang) for lang in ("fi", "en", "sv")},
            descriptions={lang: item_description(q, n, lang) for lang in ("fi", "en", "sv")},
            choices=q.choice(n),
        )
        for n in range(1, q.items + 1)
    ]


def form_layout(view: SchemaView, spec: FormSpec) -> FormLayout:
    sheets: list[SheetLayout] = []
    used_names: dict[str, set[str]] = {lang: set() for lang in LANGS}
    for sheet_spec in spec.sheets:
        cls, slot = _resolve_path(view, sheet_spec.path)
        parent_path = None if slot is None else sheet_spec.path.rpartition(".")[0]
        if parent_path is not None and parent_path not in {s.path for s in sheets}:
            raise FormDefinitionError(f"{spec.id}: sheet {sheet_spec.path!r} before its parent")
        columns: list[Column] = []
        if parent_path is not None:
            parent_cls, _ = _resolve_path(view, parent_path)
            key = view.identifier(parent_cls)
            if key is None:
                raise FormDefinitionError(f"{sheet_spec.path}: parent {parent_cls} has no id")
            key_slot = view.class_slots(parent_cls)[key]
            parent_labels = view.class_labels(parent_cls)
            # Name the parent's sheet as the workbook shows it.
            parent_names = dict(next(s for s in sheets if s.path == parent_path).names)
            columns.append(
                Column(
                    path=PARENT, kind="text", enum=None, required=not sheet_spec.optional,
                    conditional=sheet_spec.optional, minimum=None, maximum=None, pattern=None,
                    labels={
                        lang: f"{parent_names[lang]} – {_label(key_slot, lang)}"
                        for lang in ("fi", "en", "sv")
                    },
                    descriptions=_descriptions_note({
                        "en": "The id of the row on the sheet "
                        f"{parent_names['en']} this row belongs to.",
                        "fi": "Sen rivin tunniste, johon tämä rivi kuuluu "
                        f"(välilehti {parent_names['fi']}).",
                        "sv": "Identifieraren för den rad som denna rad hör till "
                        f"(fliken {parent_names['sv']}).",
                    }, sheet_spec.note),
                    # Forms before 1.1.0 named the parent's class, not its sheet.
                    aliases=tuple(
                        f"{parent_labels.get(lang) or parent_labels['en']} – "
                        f"{_label(key_slot, lang)}" for lang in ("fi", "en", "sv")
                    ),
                )
            )
        if slot is not None and slot.kind != "object":
            # A list of plain values: one value per row.
            columns.append(
                Column(
                    path=VALUE,
                    kind="text" if slot.kind == "reference" else slot.kind,
                    enum=slot.range if slot.kind == "enum" else None,
                    required=True, conditional=False,
                    minimum=slot.minimum, maximum=slot.maximum, pattern=slot.pattern,
                    labels={lang: _label(slot, lang) for lang in ("fi", "en", "sv")},
                    descriptions=_descriptions(slot, sheet_spec.note),
                    reference=slot.range if slot.kind == "reference" else None,
                )
            )
            row_cls = None
        else:
            columns.extend(_columns(view, cls, sheet_spec))
            if sheet_spec.questionnaire:
                columns.extend(_questionnaire_columns(view, cls, sheet_spec.questionnaire))
            row_cls = cls
        names = {}
        for lang in LANGS:
            if sheet_spec.title.get(lang):
                base = sheet_spec.title[lang]
            elif slot is None:
                base = view.class_labels(cls).get(lang) or cls
            else:
                base = _label(slot, lang)
            name = _sheet_name(base)
            counter = 2
            while name.casefold() in used_names[lang]:
                name = _sheet_name(f"{base[:27]} {counter}")
                counter += 1
            used_names[lang].add(name.casefold())
            names[lang] = name
        paths = [c.path for c in columns]
        if len(set(paths)) != len(paths):
            raise FormDefinitionError(f"{spec.id}/{sheet_spec.path}: duplicate columns")
        sheets.append(SheetLayout(sheet_spec.path, row_cls, parent_path, names, tuple(columns)))
    if not sheets or not sheets[0].is_root:
        raise FormDefinitionError(f"{spec.id}: the first sheet must be the client sheet")
    return FormLayout(spec, view.version, tuple(sheets))
