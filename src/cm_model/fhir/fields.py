"""The kinds of field mapping: how one slot value is carried by one FHIR element.

A mapping is *lossless* when the element carries the value exactly, so import reads it back
from there; otherwise (a status code that several model codes share, say) export also writes
the slot's generic extension and import reads that. Every kind is small data, so the mapping
table in `mapping.py` and the generated documentation stay one list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from cm_model.fhir import paths
from cm_model.fhir.paths import MISSING
from cm_model.fhir.schema_map import Slot, codesystem_url, enum_fhir_code, enum_label


class RefCodec(Protocol):
    def ref(self, class_name: str, value: str) -> dict[str, Any]: ...
    def ref_id(self, reference: Any, where: str) -> Any: ...


# FHIR primitive forms the model's text must fit before it goes into a typed element.
_FHIR_FORMS = {
    "instant": re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"),
    "dateTime": re.compile(
        r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$"),
    "date": re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$"),
}


def _all_text(values: Any) -> bool:
    if not isinstance(values, list) or not values:
        return False
    for v in values:  # noqa: SIM110 - a loop, not all(): runs for every coded value
        if not isinstance(v, str) or not v:
            return False
    return True


@dataclass(frozen=True)
class FieldMap:
    path: str
    on: str | None = None  # resource type of the node; None: the object's own (primary) node
    lossless: bool = True

    def put(self, node: dict[str, Any], value: Any, slot: Slot, codec: RefCodec) -> bool:
        raise NotImplementedError

    def get(self, node: dict[str, Any], slot: Slot, codec: RefCodec, where: str) -> Any:
        return MISSING

    def element(self) -> str:
        return self.path


@dataclass(frozen=True)
class Elem(FieldMap):
    """A primitive element (string, date, boolean, number) holding the value as it is."""

    form: str | None = None  # FHIR primitive the text must match (instant, dateTime, date)
    as_text: bool = False  # model integer carried in a string element (e.g. linkId)

    def __post_init__(self) -> None:
        # Compiled once: the form's matcher and the path's steps (put runs per value).
        object.__setattr__(self, "_match", _FHIR_FORMS[self.form].match if self.form else None)
        object.__setattr__(self, "_steps", paths.steps(self.path))
        object.__setattr__(self, "_plain", self.path.isidentifier())

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        if slot.multivalued:
            return False
        match = self._match  # type: ignore[attr-defined]
        if isinstance(value, str):
            if self.as_text or (match is not None and not match(value)):
                return False
            if not value or value != value.strip():
                return False  # FHIR strings cannot be empty or padded: the extension keeps it
        elif match is not None or isinstance(value, dict | list):
            return False
        elif self.as_text:
            if not isinstance(value, int) or isinstance(value, bool):
                return False
            value = str(value)
        if self._plain:  # type: ignore[attr-defined]  # one plain step: no path machinery
            node[self.path] = value
        else:
            paths.put_steps(node, self._steps, value)  # type: ignore[attr-defined]
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        if self._plain:  # type: ignore[attr-defined]  # one plain step
            value = node.get(self.path, MISSING) if isinstance(node, dict) else MISSING
        else:
            value = paths.get(node, self.path)
        if value is not MISSING and self.as_text:
            try:
                return int(value)
            except (TypeError, ValueError):
                return MISSING
        return value


# Resources whose `identifier` is 0..1 in R4.
SINGLE_IDENTIFIER = frozenset({"Composition", "QuestionnaireResponse", "Bundle"})


@dataclass(frozen=True)
class Ident(FieldMap):
    """An Identifier with a fixed system (and FI Base `use` / `type` where a profile asks)."""

    system: str = ""
    use: str | None = None
    type_code: str | None = None  # v2-0203 code, e.g. NNFIN for the henkilötunnus

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        if not isinstance(value, str) or not value or value != value.strip():
            return False
        ident: dict[str, Any] = {}
        if self.use:
            ident["use"] = self.use
        if self.type_code:
            ident["type"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                "code": self.type_code}]}
        ident["system"] = self.system
        ident["value"] = value
        if node.get("resourceType") in SINGLE_IDENTIFIER:
            if self.path in node:
                return False
            node[self.path] = ident
            return True
        node.setdefault(self.path, []).append(ident)
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        found = node.get(self.path)
        for ident in [found] if isinstance(found, dict) else found or []:
            if isinstance(ident, dict) and ident.get("system") == self.system:
                return ident.get("value", MISSING)
        return MISSING

    def element(self) -> str:
        return f"{self.path}[system={self.system}]"


@cache
def _enum_codings(enum_name: str) -> tuple[str, dict[str, str | None]]:
    """An enum's code system URL and its codes' English labels, read once per enum."""
    from cm_model.fhir.schema_map import enums

    codes = (enums().get(enum_name) or {}).get("permissible_values") or {}
    return codesystem_url(enum_name), {str(c): enum_label(enum_name, str(c)) for c in codes}


@dataclass(frozen=True)
class Code(FieldMap):
    """Enum codes in the model's own CodeSystem. ``path`` names a list of CodeableConcepts
    (one concept per value) or, ending in ``.coding``, the codings of one concept."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "_codings", self.path.endswith("coding"))
        object.__setattr__(self, "_plain", self.path.isidentifier())

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        values = value if slot.multivalued else [value]
        if not _all_text(values):
            return False
        system, labels = _enum_codings(slot.range)
        for v in values:
            coding = {"system": system, "code": v}
            label = labels[v] if v in labels else enum_label(slot.range, v)
            if label:
                coding["display"] = label
            if not self._codings:  # type: ignore[attr-defined]
                coding = {"coding": [coding]}
            if self._plain:  # type: ignore[attr-defined]
                node.setdefault(self.path, []).append(coding)
            else:
                paths.append(node, self.path, coding)
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        found = paths.get(node, self.path)
        found = found if isinstance(found, list) else []
        if self.path.endswith("coding"):
            found = [{"coding": found}]
        system = codesystem_url(slot.range)
        codes = [c.get("code") for cc in found
                 if isinstance(cc, dict) for c in cc.get("coding") or []
                 if isinstance(c, dict) and c.get("system") == system]
        if not codes:
            return MISSING
        return codes if slot.multivalued else codes[0]

    def element(self) -> str:
        return self.path if self.path.endswith("coding") else f"{self.path}.coding"


@dataclass(frozen=True)
class Ref(FieldMap):
    """A Reference to the resource of the record the slot names (a list when multivalued)."""

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        values = value if slot.multivalued else [value]
        if not _all_text(values):
            return False
        refs = [codec.ref(slot.range, v) for v in values]
        if slot.multivalued:
            for ref in refs:
                paths.append(node, self.path, ref)
        else:
            paths.put(node, self.path, refs[0])
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        found = paths.get(node, self.path)
        if found is MISSING:
            return MISSING
        if slot.multivalued:
            if not isinstance(found, list):
                return MISSING
            return [codec.ref_id(r, f"{where}.{self.path}[{i}]") for i, r in enumerate(found)]
        return codec.ref_id(found, f"{where}.{self.path}")


@dataclass(frozen=True)
class Derived(FieldMap):
    """A FHIR code derived from an enum value through the schema's value mappings (prefix:
    the mapping's code system prefix). Several model codes can share one FHIR code, so the
    value itself also rides in the slot's extension."""

    prefix: str = ""
    default: str | None = None
    shape: str = "code"  # "code", "coding" or "concept" (CodeableConcept) in `system`
    system: str | None = None
    lossless: bool = False
    fixed: dict[str, Any] = field(default_factory=dict)  # model code -> FHIR value

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        if not isinstance(value, str):
            return False
        code: Any = self.fixed.get(value) if self.fixed else None
        if code is None and self.prefix:
            code = enum_fhir_code(slot.range, value, self.prefix)
        if code is None:
            code = self.default
        if code is None:
            return False
        if self.shape == "coding":
            code = {"system": self.system, "code": code}
        elif self.shape == "concept":
            code = {"coding": [{"system": self.system, "code": code}]}
        paths.put(node, self.path, code)
        return False


@dataclass(frozen=True)
class CodingExt(FieldMap):
    """A coded extension defined by someone else (HL7 Finland's municipality code)."""

    url: str = ""
    system: str = ""
    path: str = "extension"

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        if not isinstance(value, str) or not value or value != value.strip():
            return False
        node.setdefault("extension", []).append(
            {"url": self.url, "valueCoding": {"system": self.system, "code": value}})
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        for ext in node.get("extension") or []:
            if isinstance(ext, dict) and ext.get("url") == self.url:
                return (ext.get("valueCoding") or {}).get("code", MISSING)
        return MISSING

    def element(self) -> str:
        return f"extension[{self.url}]"


@dataclass(frozen=True)
class RefExt(FieldMap):
    """References in a (repeating) extension someone else defined, e.g. HL7's `flag-detail`
    (the records that support a Flag)."""

    url: str = ""
    path: str = "extension"

    def put(self, node, value, slot, codec):  # type: ignore[no-untyped-def]
        values = value if slot.multivalued else [value]
        if not _all_text(values):
            return False
        exts = node.setdefault("extension", [])
        exts.extend({"url": self.url, "valueReference": codec.ref(slot.range, v)}
                    for v in values)
        return True

    def get(self, node, slot, codec, where):  # type: ignore[no-untyped-def]
        refs = [e.get("valueReference") for e in node.get("extension") or []
                if isinstance(e, dict) and e.get("url") == self.url]
        if not refs:
            return MISSING
        ids = [codec.ref_id(r, f"{where}.extension[{self.url}][{i}]")
               for i, r in enumerate(refs)]
        return ids if slot.multivalued else ids[0]

    def element(self) -> str:
        return f"extension[{self.url}]"
