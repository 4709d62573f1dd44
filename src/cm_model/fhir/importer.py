"""FHIR Bundle → Export: the reverse of `export.py`, record by record.

Each resource made by export names its class, the slot that held it and its parent in the
`source` extension; import rebuilds the records from those links, reading every slot from the
element `mapping.FIELDS` names or from its generic extension. Problems are collected with
their location (entry index, fullUrl, element path), never with values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from cm_model.fhir import extensions, mapping
from cm_model.fhir.mapping import ENVELOPE, SOURCE_URL, placement, resources_of
from cm_model.fhir.paths import MISSING
from cm_model.fhir.schema_map import (
    class_slots,
    classes,
    extension_url,
    id_system,
    identifier_slot,
)


@dataclass
class ImportProblem:
    code: str
    where: str
    params: dict[str, Any] = field(default_factory=dict)


class ImportFailed(Exception):
    def __init__(self, problems: list[ImportProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass
class _Entry:
    index: int
    full: str
    resource: dict[str, Any]
    class_name: str | None = None
    slot: str | None = None
    parent: str | None = None

    @property
    def where(self) -> str:
        return f"entry[{self.index}] ({self.resource.get('resourceType')} {self.full})"


class Importer:
    def __init__(self, bundle: Any, offset: int = 0) -> None:
        self.offset = offset  # entry numbers continue across the groups of a stream
        self.problems: list[ImportProblem] = []
        self.entries: list[_Entry] = []
        self.by_url: dict[str, _Entry] = {}
        self.children: dict[tuple[str | None, str], list[_Entry]] = {}
        self.secondary: dict[str, dict[str, dict[str, Any]]] = {}
        self.secondary_urls: dict[str, list[str]] = {}
        self.used: set[str] = set()
        self._ids: dict[str, Any] = {}
        self._read(bundle)

    # --- bundle structure ---------------------------------------------------------------
    def _problem(self, code: str, where: str, **params: Any) -> None:
        self.problems.append(ImportProblem(code, where, params))

    def _read(self, bundle: Any) -> None:
        if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
            found = bundle.get("resourceType") if isinstance(bundle, dict) else None
            self._problem("fhir.not-bundle", "Bundle",
                          found=found if isinstance(found, str) else type(bundle).__name__)
            return
        entries = bundle.get("entry", [])
        if not isinstance(entries, list):
            self._problem("fhir.entry-list", "Bundle.entry")
            return
        ids: dict[tuple[str, str], int] = {}
        for index, raw in enumerate(entries, start=self.offset):
            where = f"entry[{index}]"
            resource = raw.get("resource") if isinstance(raw, dict) else None
            full = raw.get("fullUrl") if isinstance(raw, dict) else None
            if not isinstance(resource, dict):
                self._problem("fhir.no-resource", where)
                continue
            rtype = resource.get("resourceType")
            if not isinstance(rtype, str) or rtype not in mapping.SUPPORTED:
                self._problem("fhir.resource-type", where,
                              found=rtype if isinstance(rtype, str) else "-")
                continue
            if not isinstance(full, str) or not full:
                self._problem("fhir.no-fullurl", where)
                continue
            if full in self.by_url:
                self._problem("fhir.duplicate-fullurl", where,
                              first=f"entry[{self.by_url[full].index}]")
                continue
            rid = resource.get("id")
            if isinstance(rid, str):
                if (rtype, rid) in ids:
                    self._problem("fhir.duplicate-id", f"{where}.resource.id",
                                  first=f"entry[{ids[(rtype, rid)]}]")
                    continue
                ids[(rtype, rid)] = index
            entry = _Entry(index, full, resource)
            self._source(entry)
            self.entries.append(entry)
            self.by_url[full] = entry

    def _source(self, entry: _Entry) -> None:
        for ext in entry.resource.get("extension") or []:
            if isinstance(ext, dict) and ext.get("url") == SOURCE_URL:
                for part in ext.get("extension") or []:
                    if not isinstance(part, dict):
                        continue
                    if part.get("url") == "class":
                        entry.class_name = part.get("valueCode")
                    elif part.get("url") == "slot":
                        entry.slot = part.get("valueCode")
                    elif part.get("url") == "parent":
                        entry.parent = (part.get("valueReference") or {}).get("reference")
        if entry.class_name is not None and entry.class_name not in classes():
            self._problem("fhir.unknown-class", f"{entry.where}.extension[source]",
                          name=entry.class_name)
            entry.class_name = None

    def _link(self) -> None:
        for entry in self.entries:
            if entry.class_name is None:
                continue
            if entry.parent is not None and entry.parent not in self.by_url:
                self._problem("fhir.dangling", f"{entry.where}.extension[source].parent")
                continue
            if entry.slot is None and entry.parent is not None:
                rtype = entry.resource["resourceType"]
                self.secondary.setdefault(entry.parent, {})[rtype] = entry.resource
                self.secondary_urls.setdefault(entry.parent, []).append(entry.full)
            elif entry.slot is not None:
                self.children.setdefault((entry.parent, entry.slot), []).append(entry)

    # --- references ---------------------------------------------------------------------
    def ref(self, class_name: str, value: str) -> dict[str, Any]:  # export side only
        raise NotImplementedError

    def ref_id(self, reference: Any, where: str) -> Any:
        if not isinstance(reference, dict):
            self._problem("fhir.reference", where)
            return MISSING
        literal = reference.get("reference")
        if isinstance(literal, str):
            target = self.by_url.get(literal)
            if target is None:
                self._problem("fhir.dangling", where)
                return MISSING
            self.used.add(target.full)
            return self._record_id(target, where)
        ident = reference.get("identifier")
        if isinstance(ident, dict) and isinstance(ident.get("value"), str):
            return ident["value"]
        self._problem("fhir.reference", where)
        return MISSING

    def _record_id(self, target: _Entry, where: str) -> Any:
        if target.full in self._ids:
            return self._ids[target.full]
        value: Any = MISSING
        if target.class_name:
            id_slot = identifier_slot(target.class_name)
            if id_slot:
                value = self._slot(target.class_name, id_slot, self._nodes(target),
                                   target.resource, target.where)
        if value is MISSING:
            self._problem("fhir.missing-identifier", target.where,
                          system=id_system(target.class_name or "-"))
        self._ids[target.full] = value
        return value

    # --- records ------------------------------------------------------------------------
    def _nodes(self, entry: _Entry) -> dict[str, dict[str, Any]]:
        nodes = {entry.resource["resourceType"]: entry.resource}
        nodes.update(self.secondary.get(entry.full, {}))
        return nodes

    def _slot(self, class_name: str, slot_name: str, nodes: dict[str, dict[str, Any]],
              node: dict[str, Any], where: str) -> Any:
        for slot, url, fmaps in _import_plan(class_name):
            if slot.name == slot_name:
                exts = _extensions_by_url(node).get(url)
                if exts:
                    return extensions.decode(exts, slot, self, where)
                return self._fields(fmaps, slot, nodes, node, where)
        raise KeyError(f"{class_name}.{slot_name}")

    def _fields(self, fmaps: tuple[Any, ...], slot: Any, nodes: dict[str, dict[str, Any]],
                node: dict[str, Any], where: str) -> Any:
        for fmap in fmaps:
            target = nodes.get(fmap.on) if fmap.on else node
            if target is None:
                continue
            value = fmap.get(target, slot, self, where)
            if value is not MISSING:
                return value
        return MISSING

    def record(self, class_name: str, nodes: dict[str, dict[str, Any]], node: dict[str, Any],
               full: str | None, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        by_url = _extensions_by_url(node)
        for slot, url, fmaps in _import_plan(class_name):
            exts = by_url.get(url)
            value: Any = MISSING
            if exts:
                value = extensions.decode(exts, slot, self, where)
            elif slot.is_class and slot.inlined:
                value = self._inlined(class_name, slot, nodes, full, where)
            else:
                value = self._fields(fmaps, slot, nodes, node, where)
            if value is not MISSING:
                out[slot.name] = value
        return out

    def _inlined(self, class_name, slot, nodes, full, where) -> Any:  # type: ignore[no-untyped-def]
        where_to = placement(class_name, slot.range)
        slot_path = f"{class_name}.{slot.name}"
        if where_to.kind == "resource":
            items = [self.resource_record(child)
                     for child in self.children.get((full, slot_path), [])]
        elif where_to.kind == "backbone":
            host = nodes.get(where_to.resource or "")
            raw = host.get(where_to.path or "") if host else None
            if raw is None:
                return MISSING
            elements = raw if isinstance(raw, list) else [raw]
            items = [self.record(slot.range, {"*": el}, el, None,
                                 f"{where}.{where_to.path}[{i}]")
                     for i, el in enumerate(elements) if isinstance(el, dict)]
        elif where_to.kind == "container":
            items = []
            for child in self.children.get((full, slot_path), []):
                self.used.add(child.full)
                for i, el in enumerate(child.resource.get(where_to.path or "") or []):
                    if isinstance(el, dict):
                        items.append(self.record(slot.range, {"*": el}, el, None,
                                                 f"{child.where}.{where_to.path}[{i}]"))
        else:
            return MISSING
        if not items:
            return MISSING
        return items if slot.multivalued else items[0]

    def resource_record(self, entry: _Entry) -> dict[str, Any]:
        self.used.add(entry.full)
        nodes = self._nodes(entry)
        self.used.update(self.secondary_urls.get(entry.full, ()))
        cls = entry.class_name or ""
        if cls not in classes() or not resources_of(cls):
            return {}
        record = self.record(cls, nodes, entry.resource, entry.full, entry.where)
        id_slot = identifier_slot(cls)
        if id_slot and id_slot not in record:
            self._problem("fhir.missing-identifier", entry.where, system=id_system(cls))
        return record

    # --- whole bundle -------------------------------------------------------------------
    def run(self) -> tuple[Any, list[str]]:
        """(the Export dict, or a list of Client records) and the unused entries' places."""
        if self.problems:
            raise ImportFailed(self.problems)
        self._link()
        envelopes = [e for e in self.entries if e.class_name == ENVELOPE and e.parent is None]
        if len(envelopes) > 1:
            self._problem("fhir.two-envelopes", envelopes[1].where)
        result: Any
        if envelopes:
            result = self.resource_record(envelopes[0])
        else:
            result = [self.resource_record(e)
                      for e in self.children.get((None, f"{ENVELOPE}.clients"), [])]
            if not result:
                self._problem("fhir.nothing", "Bundle.entry")
        if self.problems:
            raise ImportFailed(self.problems)
        unused = [e.where for e in self.entries if e.full not in self.used]
        return result, unused


def import_bundle(bundle: Any) -> tuple[Any, list[str]]:
    return Importer(bundle).run()


@cache
def _import_plan(class_name: str) -> tuple[tuple[Any, str, tuple[Any, ...]], ...]:
    """Per slot, compiled once per class: the slot, its extension URL and the lossless field
    mappings it is read back from (in order)."""
    return tuple((slot, extension_url(class_name, slot.name),
                  tuple(f for f in mapping.fields(class_name, slot.name) if f.lossless))
                 for slot in class_slots(class_name))


def _extensions_by_url(node: dict[str, Any]) -> dict[Any, list[dict[str, Any]]]:
    """The node's extensions grouped by URL, each group in document order (one pass instead
    of one scan per slot)."""
    grouped: dict[Any, list[dict[str, Any]]] = {}
    for ext in node.get("extension") or []:
        if isinstance(ext, dict):
            url = ext.get("url")
            if not isinstance(url, str):
                continue  # matches no slot's URL (and may not even be hashable)
            found = grouped.get(url)
            if found is None:
                grouped[url] = [ext]
            else:
                found.append(ext)
    return grouped
