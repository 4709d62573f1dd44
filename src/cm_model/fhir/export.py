"""Export → FHIR R4 Bundle (type collection), driven by `mapping.py` and the schema.

Ids are UUID v5 of the record's class, scope (its client) and identifier, so a rerun gives the
same bytes. A reference to a record that is in the export becomes a ``urn:uuid:`` reference to
its resource; one to a record outside it (a worker in a client-only JSON Lines file) keeps the
identifier only, so every literal reference resolves inside the bundle.

Speed: the mapping is compiled once per class into generated Python, not interpreted per field
per record. `_emitter` writes one record as its resource(s): key, UUID v5, the resources as
literals (profile, required defaults, source extension, subject), the links between them and
the class's encoder inline. `_encoder_parts` is the class's slot-by-slot mapping: per slot in
schema order, the FHIR elements `mapping.FIELDS` names (the commonest kinds inline, the others
through their `put`) and else the slot's generic extension; `tests/test_fhir.py` checks each
generated encoder against the table applied field by field. Records that become elements of a
resource are written by one generated loop (`_compile_elements`). Constant parts of resources
are made once and shared while a bundle is written (`_SHARED`); the public functions return
unshared copies.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any

import orjson
import uuid_utils

from cm_model.fhir import extensions, mapping, paths
from cm_model.fhir.fields import (
    _FHIR_FORMS,
    SINGLE_IDENTIFIER,
    Code,
    Derived,
    Elem,
    Ident,
    Ref,
    _all_text,
    _enum_codings,
)
from cm_model.fhir.mapping import (
    CHILD_LINK_ON,
    CHILD_LINKS,
    CLASS_DEFAULTS,
    CONTAINER_DEFAULTS,
    ENVELOPE,
    SECONDARY_LINK,
    SOURCE_URL,
    SUBJECT_ELEMENT,
    placement,
    primary_resource,
    resources_of,
)
from cm_model.fhir.paths import MISSING
from cm_model.fhir.schema_map import (
    CANONICAL,
    Slot,
    class_slots,
    classes,
    codesystem_url,
    extension_url,
    id_system,
    identifier_slot,
)

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, CANONICAL)
_ENVELOPE_LISTS = ("organisation",)  # the envelope's single records referenced by id


# UUID v5 (RFC 4122: SHA-1 of the namespace and the name) by uuid-utils, in Rust: about half
# the time of hashlib plus Python's formatting per id, and an export makes one per resource
# (millions). The same UUIDs as `uuid.uuid5`; `tests/test_fhir.py` compares the two.
_NS = uuid_utils.UUID(bytes=NAMESPACE.bytes)
_uuid5 = uuid_utils.uuid5


def full_url(key: str, resource_type: str) -> str:
    """``urn:uuid:`` + UUID v5 (RFC 4122) of the key and the resource type."""
    return _uuid5(_NS, f"{key}|{resource_type}").urn


class Exporter:
    """Builds bundle entries; one instance per bundle (it holds the reference index).

    `bulk`: the entries are only to be serialised with orjson (a bulk export): constant parts
    and the client's patient reference are then `orjson.Fragment`s, JSON written once and
    copied into every resource that carries it (see `_fragment`). The bytes are the same."""

    def __init__(self, *, bulk: bool = False) -> None:
        self.bulk = bulk
        self.entries: list[dict[str, Any]] = []
        self.global_index: dict[tuple[str, str], str] = {}
        self.outside: dict[tuple[str, str], dict[str, Any]] = {}
        self.episodes: list[dict[str, Any]] = []  # the EpisodeOfCare resources made
        self.containers: dict[str, dict[str, Any]] = {}  # container resources by fullUrl
        # (class, identifier) -> fullUrl (None until needed) of the current client's own
        # records: a reference to one of them becomes a reference to its resource. Filled as
        # the records are emitted, and by `_walk` with all of them at the first reference it
        # cannot answer; outside a client, nothing is local.
        self.local: dict[tuple[str, str], str | None] = _NO_LOCAL
        self.walked = True
        self.client_record: dict[str, Any] = {}
        self.local_classes = _local_classes()
        self.scope = ""
        self.used: set[str] = set()
        self.patient: str | None = None
        self.patient_ref: Any = None  # {"reference": patient} (or its fragment), shared
        # The source extension per (class, slot, parent) of the current client.
        self.sources: dict[tuple[str, str, str | None], dict[str, Any]] = {}
        self.client_scopes: set[str] = set()

    # --- references ---------------------------------------------------------------------
    def ref(self, class_name: str, value: str) -> dict[str, Any]:
        if class_name in self.local_classes:
            local, mine = self.local, (class_name, value)
            if mine in local or (not self.walked and self._walk() and mine in local):
                found = local[mine]
                if found is None:  # not emitted yet: its fullUrl now (the same key)
                    found = local[mine] = full_url(f"{class_name}|{self.scope}|{value}",
                                                   primary_resource(class_name))
                return _reference_fragment(found) if self.bulk else {"reference": found}
        # A record outside the client (a worker...): the same reference for every client,
        # made once and shared (bounded). In a bulk export one by identifier is its JSON
        # (`care_manager` looks only at literal references).
        outside = self.outside.get((class_name, value))
        if outside is None:
            found = self.global_index.get((class_name, value))
            outside = {"reference": found} if found else {
                "identifier": {"system": id_system(class_name), "value": value}}
            if self.bulk and not found:
                outside = _fragment(outside)
            if len(self.outside) < 1 << 16:
                self.outside[(class_name, value)] = outside
        return outside

    def ref_id(self, reference: Any, where: str) -> Any:  # import side only
        raise NotImplementedError

    def _key(self, class_name: str, record: dict[str, Any], fallback: str) -> str:
        id_slot = identifier_slot(class_name)
        ident = record.get(id_slot) if id_slot else None
        if class_name == "Client":
            key = f"Client||{self.scope}"
        else:
            key = f"{class_name}|{self.scope}|{ident}" if isinstance(ident, str) else fallback
        base, n = key, 1
        while full_url(key, resources_of(class_name)[0] if resources_of(class_name)
                       else "x") in self.used:
            n += 1
            key = f"{base}|#{n}"
        return key

    def index_envelope(self, export: dict[str, Any]) -> None:
        """Register the records every client may reference (workers, triggers, contacts...)."""
        for slot in class_slots(ENVELOPE):
            if not (slot.is_class and slot.inlined and primary_resource(slot.range)):
                continue
            value = export.get(slot.name)
            for record in value if isinstance(value, list) else [value]:
                if not isinstance(record, dict):
                    continue
                id_slot = identifier_slot(slot.range)
                ident = record.get(id_slot) if id_slot else None
                if isinstance(ident, str):
                    key = f"{slot.range}||{ident}"
                    self.global_index.setdefault(
                        (slot.range, ident), full_url(key, primary_resource(slot.range)))

    def _walk(self) -> bool:
        """Complete `local` with every record of the current client (a reference to a record
        not emitted yet, or to one that is not in the client at all): once per client."""
        _WALKERS["Client"](self.client_record, self.local)
        self.walked = True
        return True

    # --- resources ----------------------------------------------------------------------
    def _new(self, resource_type: str, full: str, source: dict[str, Any]) -> dict[str, Any]:
        resource = _node_builder(resource_type)(full, source)
        self.entries.append({"fullUrl": full, "resource": resource})
        self.used.add(full)
        self.containers[full] = resource
        return resource

    def emit(self, class_name: str, record: dict[str, Any], slot_path: str,
             parent: str | None, fallback_key: str | tuple[str, str, int]) -> str:
        """One record as its resource(s); returns the primary resource's fullUrl (the
        class's compiled emitter, see `_compile_emitter`)."""
        return _emitter(class_name, self.bulk)(self, record, slot_path, parent, fallback_key)

    # --- whole exports ------------------------------------------------------------------
    def client_entries(self, record: dict[str, Any], index: int) -> list[dict[str, Any]]:
        """One client without an envelope: its entries (the exporter keeps only the client
        keys between calls, so memory stays bounded on millions of records). The resources
        share constant parts (see `_SHARED`): serialise or read them, do not change them."""
        self.entries, self.used, self.episodes, self.containers = [], set(), [], {}
        self.client(record, index, None)
        care_manager(self.entries, self.episodes, self.containers)
        return self.entries

    def client(self, record: dict[str, Any], index: int, parent: str | None,
               slot_path: str = f"{ENVELOPE}.clients") -> str:
        ident = record.get("id")
        base = ident if isinstance(ident, str) else f"#{index}"
        # A client id seen twice still gives distinct resources (and its nested records too).
        scope, n = base, 1
        while scope in self.client_scopes:
            n += 1
            scope = f"{base}|#{n}"
        self.client_scopes.add(scope)
        self.scope = scope
        self.patient = None
        self.local, self.walked, self.client_record = {}, False, record
        self.patient_ref, self.sources = None, {}
        full = self.emit("Client", record, slot_path, parent, f"Client||#{index}")
        self.scope, self.patient, self.local = "", None, _NO_LOCAL
        self.patient_ref, self.sources = None, {}
        self.walked, self.client_record = True, {}
        return full

    def export(self, export: dict[str, Any]) -> None:
        self.index_envelope(export)
        self.emit(ENVELOPE, export, "", None, f"{ENVELOPE}||")
        # The envelope's own resource is the first entry; clients were emitted inside it.


@cache
def _nested(class_name: str) -> tuple[tuple[str, str, str | None, str | None, bool], ...]:
    """The slots holding records: (slot, its class, that class's resource, its id slot,
    whether that class holds records itself)."""
    return tuple((slot.name, slot.range, primary_resource(slot.range),
                  identifier_slot(slot.range) if primary_resource(slot.range) else None,
                  any(s.is_class and s.inlined for s in class_slots(slot.range)))
                 for slot in class_slots(class_name) if slot.is_class and slot.inlined)


class _Walkers(dict):
    """Per class, a compiled function adding the (class, identifier) of every record nested
    in a record of the class to a set: only the slots that hold records with a resource and
    an identifier, or records that hold such records (the schema's nesting is not
    recursive, so the depth is the schema's)."""

    def __missing__(self, class_name: str) -> Callable[[dict[str, Any], set], None]:
        lines = ["def walk(rec, found):"]
        for name, range_class, _primary, id_slot, deeper in _nested(class_name):
            if id_slot is None and not deeper:
                continue
            lines += [f"    v = rec.get({name!r})",
                      "    if v is not None:",
                      "        for item in (v if isinstance(v, list) else (v,)):",
                      "            if isinstance(item, dict):"]
            if deeper:
                lines.append(f"                W[{range_class!r}](item, found)")
            if id_slot is not None:
                lines += [f"                ident = item.get({id_slot!r})",
                          "                if isinstance(ident, str):",
                          f"                    found.setdefault(({range_class!r}, ident), None)"]
        lines.append("    return None")
        env: dict[str, Any] = {"W": self}
        exec(compile("\n".join(lines) + "\n", f"<fhir index {class_name}>", "exec"), env)  # noqa: S102
        walk = self[class_name] = env["walk"]
        return walk


_WALKERS = _Walkers()
_WALKERS.cache_clear = _WALKERS.clear  # type: ignore[attr-defined] # like the @cache functions


class _NoLocal(dict):
    """`Exporter.local` outside a client: always empty."""

    def __setitem__(self, key: Any, value: Any) -> None:
        return None

    def setdefault(self, key: Any, default: Any = None) -> Any:
        return default


_NO_LOCAL = _NoLocal()


@cache
def _local_classes() -> frozenset[str]:
    """The classes whose records a client may hold with an identifier of their own."""
    found: set[str] = set()
    todo, seen = ["Client"], set()
    while todo:
        class_name = todo.pop()
        if class_name in seen:
            continue
        seen.add(class_name)
        for _name, range_class, _primary, id_slot, deeper in _nested(class_name):
            if id_slot is not None:
                found.add(range_class)
            if deeper:
                todo.append(range_class)
    return frozenset(found)


@cache
def _referenced_classes() -> frozenset[str]:
    """The classes some slot refers to by identifier (only their records need to be found by
    a reference)."""
    return frozenset(slot.range for class_name in classes() for slot in class_slots(class_name)
                     if slot.is_class and not slot.inlined)


def _fallback(key: str | tuple[str, str, int]) -> str:
    """The key of a record without an identifier: its parent's key, slot and position (made
    only when needed)."""
    return key if isinstance(key, str) else f"{key[0]}|{key[1]}|{key[2]}"


def _inline_writer(class_name: str, slot: Slot, bulk: bool = False) -> Callable[..., None]:
    """How the records of one inlined slot are written, decided once per (class, slot): a
    function of (exporter, value, the parent's nodes, the node, the parent's fullUrl, the
    parent's key) for the slot's placement (own resources, backbone elements of a parent
    resource, one container resource, or the slot's extension)."""
    where = placement(class_name, slot.range)
    slot_name = slot.name
    slot_path = f"{class_name}.{slot_name}"
    link = CHILD_LINKS.get((class_name, slot_name))
    link_on = CHILD_LINK_ON.get((class_name, slot_name), "")

    if where.kind == "resource":  # the envelope's clients: the loops over other records
        # that become resources are written out in the parent's emitter (`_inline_code`)
        def clients(ex: Exporter, value: Any, nodes: dict[str, Any], node: dict[str, Any],
                    parent_full: str | None, key: str) -> None:
            items = value if isinstance(value, list) else [value]
            children = [ex.client(item, i, parent_full, slot_path)
                        for i, item in enumerate(items) if isinstance(item, dict)]
            if link:
                host = nodes.get(link_on, node)
                host.setdefault(link, []).extend({"reference": c} for c in children)
        return clients

    if where.kind in ("backbone", "container"):
        return _compile_elements(class_name, slot, where, slot_path, link, link_on, bulk)

    encode = extensions.encoder(extension_url(class_name, slot_name), slot)

    def extension(ex: Exporter, value: Any, nodes: dict[str, Any], node: dict[str, Any],
                  parent_full: str | None, key: str) -> None:
        node.setdefault("extension", []).extend(encode(value, ex))
    return extension


def _compile_elements(class_name: str, slot: Slot, where: Any, slot_path: str,
                      link: str | None, link_on: str, bulk: bool = False) -> Callable[..., None]:
    """The writer of records that become elements of a resource (a backbone element of the
    parent's resource, or of one container resource per parent): one generated loop with
    the child class's encoder body inline (no call, no node dict per element)."""
    rtype, path, child = where.resource, where.path, slot.range
    body, shared = _encoder_parts(child, bulk)
    env = dict(shared)
    defaults = mapping.BACKBONE_DEFAULTS.get((rtype, path)) or {}
    patient_key = mapping.BACKBONE_PATIENT.get((rtype, path))
    lines = ["def write(ex, value, nodes, node, parent_full, key):",
             "    items = value if isinstance(value, list) else [value]"]
    if where.kind == "backbone":
        lines.append(f"    host = nodes[{rtype!r}]")
    else:
        env.update(source_ext=_source_ext, container_defaults=_literal_factory(
            CONTAINER_DEFAULTS.get(child)))
        lines += [f"    full = full_url(key + {'|' + slot.name!r}, {rtype!r})",
                  f"    host = ex._new({rtype!r}, full, source_ext({child!r}, {slot_path!r}, "
                  "parent_full))"]
        subject = SUBJECT_ELEMENT.get(rtype)
        if subject:
            lines += ["    if ex.patient_ref:",
                      f"        host[{subject!r}] = ex.patient_ref"]
        lines.append("    host.update(container_defaults())")
        if link:
            lines += [f"    nodes.get({link_on!r}, node).setdefault({link!r}, [])"
                      ".append({'reference': full})"]
    lines += ["    built = []", "    parent_full = None"]
    if patient_key:
        lines.append("    patient = ex.patient_ref")
    # An element that depends on nothing but its record's own values (no reference, no
    # patient, no key; hashable values) is the same for the same values: made once and shared
    # (bounded), unless it is changed after it is written.
    names = [s.name for s in class_slots(child)]
    pure = (bool(names) and not patient_key and (rtype, path) not in _CHANGED_LATER
            and _leaf(class_name, path)
            and not any(re.search(r"\b(ex|nodes|parent_full|key|patient)\b", line)
                        for line in body))
    loop_start = len(lines)
    lines.append("    for record in items:")
    if pure:
        # The key holds each value's class, so 1, 1.0 and True are told apart; a list or
        # dict value (unhashable) is not cached.
        env.update(CACHE={})
        lines += ["        k = None",
                  "        if isinstance(record, dict):"]
        lines += [f"            a{n} = record.get({name!r}, MISSING)"
                  for n, name in enumerate(names)]
        lines += ["            k = (" + ", ".join(f"a{n}.__class__, a{n}"
                                              for n in range(len(names))) + ",)",
                  "            try:",
                  "                node = CACHE.get(k)",
                  "            except TypeError:",
                  "                k = node = None",
                  "            if node is not None:",
                  "                built.append(node)",
                  "                continue"]
    lines.append(f"        node = {dict(defaults)!r}")
    if patient_key:
        lines += ["        if patient:",
                  f"            node[{patient_key!r}] = patient"]
    lines.append("        if isinstance(record, dict):")
    if any("nodes" in line for line in body):
        lines.append("            nodes = {'*': node}")
    lines += ["        " + line for line in body]
    if pure:
        # In a bulk export an element that goes into a list is kept as its JSON.
        kept = "FRAGMENT(node)" if bulk and (slot.multivalued or where.kind == "container") \
            else "node"
        env["FRAGMENT"] = _fragment
        lines += ["        if k is not None and len(CACHE) < 4096:",
                  f"            CACHE[k] = {kept}"]
    lines.append("        built.append(node)")
    if pure:
        # When every record's element is cached already (the common case once a few records
        # have passed), one comprehension looks them all up; else the loop above, from the
        # start (it has no effect but `built` and the cache).
        key = ", ".join(f"(a{n} := r.get({name!r}, MISSING)).__class__, a{n}"
                        for n, name in enumerate(names))
        loop = ["    " + line for line in lines[loop_start:]]
        lines[loop_start:] = [
            "    try:",
            f"        built = [CACHE[({key},)] for r in items]",
            "    except (KeyError, TypeError, AttributeError):",
            "        built = None",
            "    if built is None:",
            "        built = []",
            *loop]
    if slot.multivalued or where.kind == "container":
        lines.append(f"    host.setdefault({path!r}, []).extend(built)")
    else:
        lines += ["    if built:",
                  f"        existing = host.get({path!r})",
                  f"        host[{path!r}] = {{**existing, **built[0]}} "
                  "if isinstance(existing, dict) else built[0]"]
    source = "\n".join(lines) + "\n"
    exec(compile(source, f"<fhir elements {class_name}.{slot.name}>", "exec"), env)  # noqa: S102
    return env["write"]


# Elements changed after they are written (`_episode_summary` ends each status period at the
# next one): never shared.
_CHANGED_LATER = frozenset({("EpisodeOfCare", "statusHistory")})


def _literal_factory(value: dict[str, Any] | None) -> Callable[[], dict[str, Any]]:
    """A function returning a fresh copy of a small constant JSON object on every call (the
    object written out as a Python literal: no copying, no parsing)."""
    return eval(f"lambda: {dict(value or {})!r}")  # noqa: S307 - built from our tables


def _source_ext(class_name: str, slot: str | None, parent: str | None) -> dict[str, Any]:
    """The `source` extension: the record's class, the slot that held it, its parent."""
    parts: list[dict[str, Any]] = [{"url": "class", "valueCode": class_name}]
    if slot:
        parts.append({"url": "slot", "valueCode": slot})
    if parent:
        parts.append({"url": "parent", "valueReference": {"reference": parent}})
    return {"url": SOURCE_URL, "extension": parts}


# Constant parts of resources (the profile, the source extension's class and slot parts, the
# codings of enum codes...), made once and shared by every resource that carries them: the
# exporter writes them and never changes them afterwards, and a bulk export makes and frees
# millions fewer objects. Generated code names them; `_SHARED` holds them by name.
_SHARED: dict[str, Any] = {}


def _shared(name: str, value: Any) -> str:
    """The name under which generated code reaches a shared constant."""
    _SHARED.setdefault(name, value)
    return name


def _fragment(value: Any) -> orjson.Fragment:
    """A constant as the JSON it is written as: orjson copies a fragment's bytes instead of
    walking the objects again for every resource (a bulk export; see `Exporter`)."""
    return orjson.Fragment(orjson.dumps(value))


def _reference_fragment(full: str) -> orjson.Fragment:
    """``{"reference": full}`` as JSON (a fullUrl is urn:uuid: text: nothing to escape)."""
    return orjson.Fragment(b'{"reference":"' + full.encode() + b'"}')


def _source_fragment(class_name: str, slot_path: str, parent: str | None) -> orjson.Fragment:
    """The `source` extension of `_source_ext` as JSON, for a bulk export: made once per
    client for the records of one slot of one parent, from the JSON of its parts (the class
    and slot are the schema's names, the parent a fullUrl: nothing to escape)."""
    head = _SOURCE_HEADS.get((class_name, slot_path))
    if head is None:
        parts = [_SHARED_JSON[f"CLASS_PART_{class_name}"]]
        if slot_path:
            parts.append(_SLOT_PART_JSON[slot_path])
        head = _SOURCE_HEADS[(class_name, slot_path)] = _SOURCE_HEAD + b",".join(parts)
    if parent:
        return orjson.Fragment(head + b',{"url":"parent","valueReference":{"reference":"'
                               + parent.encode() + b'"}}]}')
    return orjson.Fragment(head + b"]}")


_SOURCE_HEADS: dict[tuple[str, str], bytes] = {}  # the source extension up to its parent part


def _shared_names(bulk: bool) -> dict[str, Any]:
    """The shared constants by name, as objects or (bulk) as fragments."""
    return {name: orjson.Fragment(_SHARED_JSON[name]) for name in _SHARED} if bulk \
        else dict(_SHARED)


class _Json(dict):
    """The JSON of each value of a table of constants, made at first use."""

    def __init__(self, values: dict[str, Any]) -> None:
        super().__init__()
        self.values = values

    def __missing__(self, name: str) -> bytes:
        made = self[name] = orjson.dumps(self.values[name])
        return made


class _SlotParts(dict):
    """The source extension's `slot` part per slot path (the schema's, so a bounded set)."""

    def __missing__(self, slot_path: str) -> dict[str, Any]:
        part = self[slot_path] = {"url": "slot", "valueCode": slot_path}
        return part


_SLOT_PARTS = _SlotParts()


_SHARED_JSON, _SLOT_PART_JSON = _Json(_SHARED), _Json(_SLOT_PARTS)
_SOURCE_HEAD = orjson.dumps({"url": SOURCE_URL, "extension": []})[:-2]  # ...,"extension":[


def _head_literal(rtype: str, full: str, source: str, extension: str = "") -> str:
    """A new resource of the type as a Python literal: resourceType, id (from the fullUrl
    variable `full`), profile (shared), the required defaults and the source extension
    (variable `source`), in that order. `extension`: a variable that holds the extension
    list instead (see `_extension_literal`)."""
    defaults = mapping.RESOURCE_DEFAULTS.get(rtype) or {}
    meta = _shared(f"META_{rtype}", {"profile": [mapping.profile(rtype)]})
    head = f"{{'resourceType': {rtype!r}, 'id': {full}[9:], 'meta': {meta}"
    body = "".join(f", {k!r}: {v!r}" for k, v in defaults.items() if k != "extension")
    return f"{head}{body}, 'extension': {extension or _extension_literal(rtype, source)}}}"


def _extension_literal(rtype: str, source: str) -> str:
    """A new resource's extension list: the source extension, then the type's defaults."""
    defaults = mapping.RESOURCE_DEFAULTS.get(rtype) or {}
    return f"[{', '.join([source] + [repr(e) for e in defaults.get('extension') or []])}]"


@cache
def _node_builder(rtype: str) -> Callable[[str, dict[str, Any]], dict[str, Any]]:
    """A new resource of the type from its fullUrl and source extension (fresh objects on
    every call; `repr` of the JSON defaults is their literal)."""
    code = f"lambda full, source: {_head_literal(rtype, 'full', 'source')}"
    return eval(code, dict(_SHARED))  # noqa: S307 - built from our tables


def _url_code(var: str, key: str, rtype: str, indent: str) -> list[str]:
    """`full_url` written out inline (the same UUID v5, without the Python call)."""
    return [f"{indent}{var} = uuid5(NS, {key} + {'|' + rtype!r}).urn"]


@cache
def _emitter(class_name: str, bulk: bool = False) -> Callable[..., str]:
    """The class's `emit`, compiled once (see `_compile_emitter`)."""
    return _compile_emitter(class_name, bulk)


def _compile_emitter(class_name: str, bulk: bool = False) -> Callable[..., str]:
    """One record of the class as its resource(s), written out as straight-line Python:
    the record's key (class, scope, identifier), the fullUrl of each resource (UUID v5 of the
    key, see `full_url`), each resource as one literal with its profile, required defaults
    and source extension, the subject, the links between the class's resources, the class
    defaults, then the class's encoder. The order of the elements is that of the table."""
    types = resources_of(class_name)
    if not types:
        raise ValueError(f"{class_name} has no FHIR resource")
    is_client = class_name == "Client"
    id_slot = identifier_slot(class_name)
    env: dict[str, Any] = {"full_url": full_url, "fallback": _fallback, "uuid5": _uuid5,
                           "NS": _NS,
                           "source_fragment": _source_fragment,
                           "put_steps": paths.put_steps,
                           "SOURCE": SOURCE_URL,
                           "episode_summary": _episode_summary}
    t0 = types[0]
    class_part = _shared(f"CLASS_PART_{class_name}", {"url": "class", "valueCode": class_name})
    env["SLOTPARTS"] = _SLOT_PARTS
    lines = ["def emit(ex, record, slot_path, parent, fallback_key, source=None):"]
    if is_client:
        lines.append("    key = 'Client||' + ex.scope")
    elif id_slot and class_name not in _referenced_classes():
        lines += [f"    ident = record.get({id_slot!r})",
                  "    if isinstance(ident, str):",
                  f"        key = f'{class_name}|{{ex.scope}}|{{ident}}'",
                  "    else:",
                  "        key = fallback(fallback_key)",
                  *_url_code("primary_full", "key", t0, "    ")]
    elif id_slot:
        # A record with an identifier: its fullUrl is also the one references to it get
        # (made here, or already when a reference came first).
        lines += [f"    ident = record.get({id_slot!r})",
                  "    if isinstance(ident, str):",
                  f"        key = f'{class_name}|{{ex.scope}}|{{ident}}'",
                  f"        mine = ({class_name!r}, ident)",
                  "        primary_full = ex.local.get(mine)",
                  "        if primary_full is None:",
                  *_url_code("primary_full", "key", t0, "            "),
                  "            ex.local[mine] = primary_full",
                  "    else:",
                  "        key = fallback(fallback_key)",
                  *_url_code("primary_full", "key", t0, "        ")]
    else:
        lines.append("    key = fallback(fallback_key)")
    if is_client or not id_slot:
        lines += _url_code("primary_full", "key", t0, "    ")
    lines += ["    used = ex.used",
              "    if primary_full in used:",
              f"        key = ex._key({class_name!r}, record, fallback(fallback_key))",
              f"        primary_full = full_url(key, {t0!r})",
              "    append = ex.entries.append",
              # The source extension is the same for the records of one slot of one
              # parent: made once per client and shared (or given by the parent's loop).
              "    if source is None:",
              f"        source_key = ({class_name!r}, slot_path, parent)",
              "        source = ex.sources.get(source_key)",
              "        if source is None:",
              *([f"            source = ex.sources[source_key] = source_fragment("
                 f"{class_name!r}, slot_path, parent)"] if bulk else [
                 f"            parts = [{class_part}]",
                 "            if slot_path:",
                 "                parts.append(SLOTPARTS[slot_path])",
                 "            if parent:",
                 "                parts.append({'url': 'parent', "
                 "'valueReference': {'reference': parent}})",
                 "            source = ex.sources[source_key] = "
                 "{'url': SOURCE, 'extension': parts}"]),
              # the primary's extension list, bound: the encoder appends to it
              f"    ext = {_extension_literal(t0, 'source')}"]
    head = _head_literal(t0, "primary_full", "source", "ext")
    if not is_client:
        lines.append("    patient = ex.patient_ref")
    if not is_client and SUBJECT_ELEMENT.get(t0):
        # The subject in the literal, after its other elements (a record outside a client
        # has none): one dict made at its size instead of grown by a key.
        lines += ["    if patient:",
                  f"        primary = {head[:-1]}, {SUBJECT_ELEMENT[t0]!r}: patient}}",
                  "    else:",
                  f"        primary = {head}"]
    else:
        lines.append(f"    primary = {head}")
    lines += ["    append({'fullUrl': primary_full, 'resource': primary})",
              "    used.add(primary_full)"]
    names = {t0: ("primary", "primary_full")}
    for n, rtype in enumerate(types[1:], 1):
        node, full = f"node{n}", f"full{n}"
        names[rtype] = (node, full)
        source = (f"{{'url': SOURCE, 'extension': [{class_part}, {{'url': 'parent', "
                  f"'valueReference': {{'reference': primary_full}}}}]}}")
        lines += [*_url_code(full, "key", rtype, "    "),
                  f"    {node} = {_head_literal(rtype, full, source)}",
                  f"    append({{'fullUrl': {full}, 'resource': {node}}})",
                  f"    used.add({full})"]
        if not is_client and SUBJECT_ELEMENT.get(rtype):
            lines += ["    if patient:",
                      f"        {node}[{SUBJECT_ELEMENT[rtype]!r}] = patient"]
    if is_client:
        patient_ref = "reference_fragment(primary_full)" if bulk \
            else "{'reference': primary_full}"
        env["reference_fragment"] = _reference_fragment
        lines += ["    ex.patient = primary_full",
                  f"    ex.patient_ref = {patient_ref}"]
        if "EpisodeOfCare" in names:
            lines.append(f"    ex.episodes.append({names['EpisodeOfCare'][0]})")
        for rtype in types[1:]:
            lines.append(f"    {names[rtype][0]}[{SUBJECT_ELEMENT[rtype]!r}] = ex.patient_ref")
    for (cls, second), (on, element) in SECONDARY_LINK.items():
        if cls == class_name and second in types and on in types:
            target = t0 if on == second else second
            env[f"STEPS_{on}_{second}"] = paths.steps(element)
            lines.append(f"    put_steps({names[on][0]}, STEPS_{on}_{second}, "
                         f"{{'reference': {names[target][1]}}})")
    if t0 == "Provenance":
        lines += ["    if parent:", "        primary['target'] = [{'reference': parent}]"]
    for path, value in (CLASS_DEFAULTS.get(class_name) or {}).items():
        lines.append(f"    primary[{path!r}] = {value!r}")
    nodes = ", ".join(f"{rtype!r}: {names[rtype][0]}" for rtype in types)
    parent_full = "primary_full" if t0 in mapping.SUPPORTED else "None"
    # The class's encoder body, inline: `node` is the primary resource.
    body, encoder_env = _encoder_parts(class_name, bulk, in_emitter=True)
    lines += ["    node = primary", f"    parent_full = {parent_full}"]
    if is_client or any(re.search(r"\bnodes\b", line) for line in body):
        lines.append(f"    nodes = {{{nodes}}}")
    lines += list(body)
    if is_client:
        lines.append("    episode_summary(nodes)")
    lines.append("    return primary_full")
    source = "\n".join(lines) + "\n"
    clash = set(env) & set(encoder_env) - {"full_url", "source_fragment"}
    if clash:
        raise ValueError(f"names used twice in the emitter of {class_name}: {clash}")
    env.update(encoder_env)
    env.update(_shared_names(bulk))
    exec(compile(source, f"<fhir emitter {class_name}>", "exec"), env)  # noqa: S102 - our own code
    return env["emit"]


@cache
def _encoder(class_name: str) -> Callable[..., None]:
    """The class's slot-by-slot encoder, compiled once from the schema and `mapping.FIELDS`
    into one Python function (see `_compile_encoder`)."""
    return _compile_encoder(class_name)


def _compile_encoder(class_name: str) -> Callable[..., None]:
    """Write the mapping of one class as straight-line code (see `_encoder_parts`)."""
    body, shared = _encoder_parts(class_name)
    env = dict(shared)
    source = "\n".join(["def encode(ex, record, nodes, node, parent_full, key):", *body])
    exec(compile(source + "\n", f"<fhir encoder {class_name}>", "exec"), env)  # noqa: S102 - our own code
    return env["encode"]


@cache
def _encoder_parts(class_name: str, bulk: bool = False,
                   in_emitter: bool = False) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The body of the class's encoder (indented for a function) and the names it uses: per
    slot, in schema order (the order of the output elements), the FHIR elements that carry
    it and else its generic extension. The same decisions the table states, taken once per
    class instead of once per field per record: no per-record lookups of slots, mappings,
    URLs or code systems. The body reads `record` and writes `node` (`nodes` holds the
    class's other resources by type, `parent_full` is the fullUrl of `node`, `key` the
    record's key). `bulk`: the shared codings and extensions as fragments (see `Exporter`).
    `in_emitter`: the body is the class's emitter's (`_compile_emitter`), where more is known
    when the code is written: `node` is the primary resource, whose `extension` list exists
    (bound to `ext`), and the class's other resources are variables (`_resource_vars`), so
    their lookups and type tests need no code at run time."""
    env: dict[str, Any] = {"MISSING": MISSING, "SUPPORTED": mapping.SUPPORTED, "DL": (dict, list),
                           "full_url": full_url, "CLASS": class_name, "BULK": bulk,
                           "SINGLE": SINGLE_IDENTIFIER, "all_text": _all_text,
                           "EMITTER": in_emitter}
    own = _resource_vars(class_name) if in_emitter else {}
    lines: list[str] = []
    for i, slot in enumerate(class_slots(class_name)):
        url = extension_url(class_name, slot.name)
        env[f"S{i}"] = slot
        env[f"E{i}"] = extensions.encoder(url, slot)
        inlined = slot.is_class and slot.inlined
        # `in` and a subscript: no call for a slot the record lacks (most of them)
        lines += [f"    if {slot.name!r} in record:",
                  f"        v = record[{slot.name!r}]"]
        branch = "if"
        if slot.multivalued:
            lines += ["        if v == []:",
                      f"            {'ext' if in_emitter else _NODE_EXTENSION}"
                      f".extend(E{i}(v, ex))"]
            branch = "elif"
        if inlined:
            lines += [f"        {branch} isinstance(v, DL):",
                      *_inline_code(class_name, slot, i, env)]
            branch = "elif"
        body = ["carried = False"]
        for j, fmap in enumerate(mapping.fields(class_name, slot.name)):
            env[f"F{i}_{j}"] = fmap.put
            inline = _inline_put(fmap, slot, f"{i}_{j}", env)
            if inline is not None:
                target = "node"
                if fmap.on:
                    body += [f"target = {_target_code(fmap.on, own)}", "if target is not None:"]
                    inline = ["    " + line for line in inline]
                    target = "target"
                body += [line.replace("TARGET", target) for line in inline]
            elif fmap.on:
                body += [f"target = {_target_code(fmap.on, own)}",
                         "if target is not None:",
                         f"    carried = F{i}_{j}(target, v, S{i}, ex) or carried"]
            else:
                body += [f"carried = F{i}_{j}(node, v, S{i}, ex) or carried"]
        ext = _extension_code(slot, url, i, env)
        if len(body) == 1:  # no FHIR element for the slot: its extension, always
            body = [ext]
        elif (body[1].startswith("if ") and body[-1] == "    carried = True"
              and all(line.startswith("    ") for line in body[2:])
              and not any("carried" in line for line in body[2:-1])):
            # One element, written when its test passes: else the extension (no flag).
            body = body[1:-1] + ["else:", "    " + ext]
        else:
            body += ["if not carried:", "    " + ext]
        if in_emitter:  # the primary resource's extension list, bound once
            body = [line.replace(_NODE_EXTENSION, "ext") for line in body]
        if branch == "if":
            lines += ["        " + line for line in body]
        else:
            lines += ["        else:"] + ["            " + line for line in body]
    return tuple(lines or ["    pass"]), env


_NODE_EXTENSION = "node.setdefault('extension', [])"


def _resource_vars(class_name: str) -> dict[str, str]:
    """The variables of the class's resources in its emitter: the primary and the others."""
    types = resources_of(class_name)
    return {rtype: "primary" if n == 0 else f"node{n}" for n, rtype in enumerate(types)}


def _target_code(rtype: str, own: dict[str, str]) -> str:
    """The resource of the type among the record's: a variable in the emitter (None when the
    class makes no such resource), else looked up in `nodes`."""
    if own:
        return own.get(rtype, "None")
    return f"nodes.get({rtype!r})"


def _inline_code(class_name: str, slot: Slot, i: int, env: dict[str, Any]) -> list[str]:
    """The records of an inlined slot (``v``, a dict or a list): for records that become
    resources of their own, the loop over them written out inline, calling the child's
    emitter (what `_inline_writer` does, without a call per slot); else through the slot's
    writer."""
    child, slot_name = slot.range, slot.name
    if placement(class_name, child).kind != "resource" or child == "Client":
        env[f"I{i}"] = _inline_writer(class_name, slot, env["BULK"])
        return [f"            I{i}(ex, v, nodes, node, parent_full, key)"]
    env["EMIT"] = _BULK_EMITTERS if env["BULK"] else _EMITTERS
    link = CHILD_LINKS.get((class_name, slot_name))
    slot_path = f"{class_name}.{slot_name}"
    lines = [f"            emit_child = EMIT[{child!r}]"]
    source = ""
    if env["BULK"]:  # the children's source extension, made once for all of them
        env["source_fragment"] = _source_fragment
        lines.append(f"            child_source = source_fragment({child!r}, {slot_path!r}, "
                     "parent_full)")
        source = ", child_source"
    call = f"emit_child(ex, item, {slot_path!r}, parent_full, (key, {slot_name!r}, n){source})"
    if link:
        lines.append("            children = []")
    lines += ["            for n, item in enumerate(v if isinstance(v, list) else (v,)):",
              "                if isinstance(item, dict):",
              f"                    {'children.append(' + call + ')' if link else call}"]
    if link:
        link_on = CHILD_LINK_ON.get((class_name, slot_name), "")
        lines.append(f"            nodes.get({link_on!r}, node).setdefault({link!r}, [])"
                     ".extend([{'reference': c} for c in children])")
    return lines


class _Emitters(dict):
    """The compiled emitter per class, reached by generated code (bound at first use, so a
    class's emitter is compiled only when a record of it comes)."""

    def __init__(self, bulk: bool) -> None:
        super().__init__()
        self.bulk = bulk
        self.cache_clear = self.clear  # like the @cache functions

    def __missing__(self, class_name: str) -> Callable[..., str]:
        emit = self[class_name] = _emitter(class_name, self.bulk)
        return emit


_EMITTERS, _BULK_EMITTERS = _Emitters(False), _Emitters(True)


def _extension_code(slot: Slot, url: str, i: int, env: dict[str, Any]) -> str:
    """The slot's generic extension appended to the node: inline for a single primitive or
    coded value (what `extensions.encoder` returns for it), else through the encoder."""
    if slot.is_class and not slot.inlined and not slot.multivalued:  # a reference by id
        return (f"node.setdefault('extension', []).append({{'url': {url!r}, "
                f"'valueReference': {_ref_code(slot.range, 'v')}}})")
    if slot.multivalued or slot.is_class:
        return f"node.setdefault('extension', []).extend(E{i}(v, ex))"
    if slot.is_enum:
        system = codesystem_url(slot.range)
        value = f"'valueCoding': {{'system': {system!r}, 'code': v}}"
        # The extension of each code made once, then shared (nothing writes inside it).
        made = {code: {"url": url, "valueCoding": {"system": system, "code": code}}
                for code in _enum_codings(slot.range)[1]}
        env[f"X{i}"] = _fragments(made) if env["BULK"] else made
        return (f"node.setdefault('extension', []).append(X{i}[v] if v.__class__ is str "
                f"and v in X{i} else {{'url': {url!r}, {value}}})")
    elif slot.range in extensions.VALUE_KEYS:
        value = f"{extensions.VALUE_KEYS[slot.range]!r}: v"
    else:
        return f"node.setdefault('extension', []).extend(E{i}(v, ex))"
    return f"node.setdefault('extension', []).append({{'url': {url!r}, {value}}})"


def _write_code(path: str) -> list[str]:
    """Code that writes ``w`` at an element path of TARGET, step by step as `paths.put`
    does: a missing step becomes an object, a missing list index is padded with objects."""
    steps = paths.steps(path)
    if all(index is None for _, index in steps):
        chain = "".join(f".setdefault({name!r}, {{}})" for name, _ in steps[:-1])
        return [f"TARGET{chain}[{steps[-1][0]!r}] = w"]
    lines = ["c = TARGET"]
    for pos, (name, index) in enumerate(steps):
        last = pos == len(steps) - 1
        if index is None:
            lines.append(f"c[{name!r}] = w" if last else f"c = c.setdefault({name!r}, {{}})")
        elif index == 0:  # the commonest: the list's first item
            lines.append(f"c = c.setdefault({name!r}, [])")
            lines += ["if c:", "    c[0] = w", "else:", "    c.append(w)"] if last else [
                "if not c:", "    c.append({})", "c = c[0]"]
        else:
            lines += [f"c = c.setdefault({name!r}, [])",
                      f"while len(c) <= {index}:", "    c.append({})",
                      f"c[{index}] = w" if last else f"c = c[{index}]"]
    if lines[1].startswith("c = c."):  # no copy of TARGET first
        lines[:2] = ["c = TARGET." + lines[1][len("c = c."):]]
    return lines


def _leaf(class_name: str, path: str) -> bool:
    """Whether what the class writes at `path` stays as written: no other mapping of the
    class writes inside it (then it may be a shared constant)."""
    return not any(f.path.startswith((path + ".", path + "["))
                   for (cls, _slot), fmaps in mapping.FIELDS.items() if cls == class_name
                   for f in fmaps)


def _ref_code(class_name: str, value: str) -> str:
    """A reference to a record of the class: for a class a client cannot hold, the
    exporter's shared reference when there is one (no call), else `Exporter.ref`."""
    if class_name in _local_classes():
        return f"ex.ref({class_name!r}, {value})"
    return f"ex.outside.get(({class_name!r}, {value})) or ex.ref({class_name!r}, {value})"


def _fragments(made: dict[str, Any]) -> dict[str, Any]:
    """A table of shared elements with each element as its JSON (a bulk export)."""
    return {key: _fragment(value) for key, value in made.items()}


def _code_put(fmap: Any, slot: Slot, tag: str, env: dict[str, Any]) -> list[str]:
    """`Code.put` inline: one coding per value, in the model's code system, with its label."""
    system, labels = _enum_codings(slot.range)
    env[f"L{tag}"] = labels
    concept = "coding" if fmap.path.endswith("coding") else "{'coding': [coding]}"
    head, _, name = fmap.path.rpartition(".")
    chain = "".join(f".setdefault({n!r}, {{}})" for n in head.split(".")) if head else ""
    one = [f"coding = {{'system': {system!r}, 'code': x}}",
           f"label = L{tag}.get(x)",
           "if label:",
           "    coding['display'] = label",
           f"TARGET{chain}.setdefault({name!r}, []).append({concept})"]
    if _leaf(env["CLASS"], fmap.path):  # the concept of each code made once, then shared
        made = {}
        for code, label in labels.items():
            coding = {"system": system, "code": code}
            if label:
                coding["display"] = label
            made[code] = coding if concept == "coding" else {"coding": [coding]}
        env[f"C{tag}"] = _fragments(made) if env["BULK"] else made
        one = [f"c = C{tag}.get(x)",
               "if c is None:"] + ["    " + line for line in one[:-1]] + [
               f"    c = {concept}",
               f"TARGET{chain}.setdefault({name!r}, []).append(c)"]
    if slot.multivalued:
        return ["if isinstance(v, list) and v and all_text(v):",
                "    for x in v:"] + ["        " + line for line in one] + [
                "    carried = True"]
    return ["if isinstance(v, str) and v != '':", "    x = v"] + [
        "    " + line for line in one] + ["    carried = True"]


def _derived_put(fmap: Any, slot: Slot, tag: str, env: dict[str, Any]) -> list[str]:
    """`Derived.put` inline for the enum's own codes: the FHIR value of each code worked out
    once (by `put` itself) and shared; any other text goes through `put`. Like `put`, it
    does not count as carrying the value (the code also rides in the slot's extension)."""
    made: dict[str, Any] = {}
    for code in _enum_codings(slot.range)[1]:
        scratch: dict[str, Any] = {}
        fmap.put(scratch, code, slot, None)
        found = paths.get(scratch, fmap.path)
        made[code] = None if found is MISSING else found
    env[f"D{tag}"] = made
    return ["if isinstance(v, str):",
            f"    w = D{tag}.get(v, MISSING)",
            "    if w is MISSING:",
            f"        F{tag}(TARGET, v, S{tag.split('_')[0]}, ex)",
            "    elif w is not None:"] + [
        "        " + line for line in _write_code(fmap.path)]


def _inline_put(fmap: Any, slot: Slot, tag: str, env: dict[str, Any]) -> list[str] | None:
    """`put` of the commonest mappings as inline code (a value written as it is, an
    identifier), or None for the other kinds (their `put` is called). Same tests, same
    element, same result as the method."""
    kind = type(fmap)
    if kind is Ident and not slot.multivalued:
        ident = "{" + "".join(f"{k!r}: {v!r}, " for k, v in (
            (("use", fmap.use),) if fmap.use else ()) + ((("type", {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v2-0203",
                "code": fmap.type_code}]}),) if fmap.type_code else ()) + (
            ("system", fmap.system),)) + "'value': v}"
        # The target's type is known here: the named resource, or the class's own (none for
        # the records that become elements). A resource with one identifier takes it when
        # it has none yet; the type is read from the node, as `put` does, because the same
        # body also writes the class's records that become elements.
        rtype = fmap.on or primary_resource(env["CLASS"])
        if rtype in SINGLE_IDENTIFIER and env["EMITTER"]:  # the target is of this type
            return ["if isinstance(v, str) and v != '' and v == v.strip() "
                    f"and {fmap.path!r} not in TARGET:",
                    f"    TARGET[{fmap.path!r}] = {ident}",
                    "    carried = True"]
        if rtype in SINGLE_IDENTIFIER:
            return ["if isinstance(v, str) and v != '' and v == v.strip():",
                    "    if TARGET.get('resourceType') not in SINGLE:",
                    f"        TARGET.setdefault({fmap.path!r}, []).append({ident})",
                    "        carried = True",
                    f"    elif {fmap.path!r} not in TARGET:",
                    f"        TARGET[{fmap.path!r}] = {ident}",
                    "        carried = True"]
        return ["if isinstance(v, str) and v != '' and v == v.strip():",
                f"    TARGET.setdefault({fmap.path!r}, []).append({ident})",
                "    carried = True"]
    index_free = not any(i is not None for _, i in paths.steps(fmap.path))
    if kind is Code and index_free:
        return _code_put(fmap, slot, tag, env)
    if kind is Ref and not slot.multivalued:
        return ["if isinstance(v, str) and v != '':", f"    w = {_ref_code(slot.range, 'v')}"] + [
            "    " + line for line in _write_code(fmap.path)] + ["    carried = True"]
    if kind is Ref and index_free:
        head, _, name = fmap.path.rpartition(".")
        chain = "".join(f".setdefault({n!r}, {{}})" for n in head.split(".")) if head else ""
        return ["if isinstance(v, list) and v and all_text(v):",
                f"    refs = TARGET{chain}.setdefault({name!r}, [])",
                "    for x in v:",
                f"        refs.append({_ref_code(slot.range, 'x')})",
                "    carried = True"]
    if kind is Derived and slot.is_enum and not slot.multivalued \
            and _leaf(env["CLASS"], fmap.path):
        return _derived_put(fmap, slot, tag, env)
    if kind is not Elem:
        return None
    if slot.multivalued:
        return []  # Elem never carries a list: the extension does
    write = _write_code(fmap.path)
    if fmap.as_text:
        if fmap.form:
            return []
        test = ["if isinstance(v, int) and not isinstance(v, bool):", "    w = str(v)"]
    else:
        if fmap.form:
            env[f"P{tag}"], env[f"M{tag}"] = _form_test(fmap.form)
            test = [f"if (v in P{tag} or M{tag}(v)) if isinstance(v, str) else False:",
                    "    w = v"]
        else:
            test = ["if (v != '' and v == v.strip()) if isinstance(v, str) else "
                    "not isinstance(v, DL):", "    w = v"]
    return test + ["    " + line for line in write] + ["    carried = True"]


@cache
def _form_test(form: str) -> tuple[set[str], Callable[[str], bool]]:
    """The texts seen to be FHIR values of the form (date, dateTime, instant), and the test
    whether a text is one: not empty, not padded, and matching the form's pattern. Dates
    repeat across records, and a set lookup is a tenth of the pattern match; the set is
    bounded."""
    match = _FHIR_FORMS[form].match
    passed: set[str] = set()

    def test(v: str) -> bool:
        if v in passed:
            return True
        if v != "" and v == v.strip() and match(v) is not None:
            if len(passed) < 1 << 16:
                passed.add(v)
            return True
        return False
    return passed, test


def _episode_summary(nodes: dict[str, dict[str, Any]]) -> None:
    """EpisodeOfCare.status, period and careManager from the status history and the current
    responsible worker (derived elements; import reads the records themselves)."""
    episode = nodes.get("EpisodeOfCare")
    if episode is None:
        return
    history = [h for h in episode.get("statusHistory") or [] if isinstance(h, dict)]
    if history:
        episode["status"] = history[-1].get("status", "active")
        start = (history[0].get("period") or {}).get("start")
        if start:
            episode["period"] = {"start": start}
            if episode["status"] in ("finished", "cancelled"):
                end = (history[-1].get("period") or {}).get("start")
                if end:
                    episode["period"]["end"] = end
        for pos, item in enumerate(history[:-1]):
            nxt = (history[pos + 1].get("period") or {}).get("start")
            if nxt and isinstance(item.get("period"), dict):
                item["period"]["end"] = nxt


def care_manager(bundle_entries: list[dict[str, Any]],
                 episodes: list[dict[str, Any]] | None = None,
                 containers: dict[str, dict[str, Any]] | None = None) -> None:
    """Set EpisodeOfCare.careManager from the CareTeam of responsible workers: the first
    participant whose period is open. `episodes`: the EpisodeOfCare resources among the
    entries when the caller knows them (else they are looked for); `containers`: the
    container resources by fullUrl (the CareTeam of the assignments is one), looked in
    first (else every entry is indexed)."""
    if episodes is None:
        episodes = [e["resource"] for e in bundle_entries
                    if e["resource"]["resourceType"] == "EpisodeOfCare"]
    by_url = None
    for episode in episodes:
        if not episode.get("team"):
            continue
        for team_ref in episode.get("team") or []:
            url = team_ref.get("reference")
            team = containers.get(url) if containers else None
            if team is None:
                if by_url is None:
                    by_url = {e["fullUrl"]: e["resource"] for e in bundle_entries}
                team = by_url.get(url)
            if not team:
                continue
            for participant in team.get("participant") or []:
                period = participant.get("period") or {}
                member = participant.get("member")  # a bulk export's JSON is by identifier
                if isinstance(member, dict) and "end" not in period and "reference" in member:
                    episode["careManager"] = dict(member)
                    break


def bundle(entries: list[dict[str, Any]], timestamp: Any = MISSING) -> dict[str, Any]:
    out = _bundle_head(entries[0]["fullUrl"] if entries else None, timestamp)
    out["entry"] = entries
    return out


def _bundle_head(first_full: str | None, timestamp: Any) -> dict[str, Any]:
    # The id follows the first entry, so a bundle can be written before its end is known.
    bundle_id = str(uuid.uuid5(NAMESPACE, f"bundle|{first_full or 'empty'}"))
    out: dict[str, Any] = {"resourceType": "Bundle", "id": bundle_id,
                           "meta": {"profile": [mapping.profile("Bundle")]},
                           "type": "collection"}
    if isinstance(timestamp, str):
        out["timestamp"] = timestamp
    return out


_CHUNK = 1 << 18


def bundle_bytes(groups: Iterable[list[dict[str, Any]]], timestamp: Any = MISSING, *,
                 ndjson: bool = False) -> Iterator[bytes]:
    """The bundle as bytes, written as the groups of entries arrive (bounded memory): JSON
    with one entry a line, or NDJSON with one resource a line."""
    dumps = orjson.dumps
    if ndjson:
        line = orjson.OPT_APPEND_NEWLINE
        buffer: list[bytes] = []
        size = 0
        for group in groups:
            texts = [dumps(entry["resource"], option=line) for entry in group]
            buffer += texts
            size += sum(map(len, texts))
            if size >= _CHUNK:  # fewer, larger writes
                yield b"".join(buffer)
                buffer, size = [], 0
        if buffer:
            yield b"".join(buffer)
        return
    groups = iter(groups)
    pending: list[dict[str, Any]] = []
    for group in groups:
        pending.extend(group)
        if pending:
            break
    yield bundle_head(pending[0]["fullUrl"] if pending else None, timestamp)
    first = True
    for group in _chain(pending, groups):
        parts = []
        for entry in group:
            parts.append(b"\n" + dumps(entry) if first else b",\n" + dumps(entry))
            first = False
        yield b"".join(parts)
    yield BUNDLE_TAIL


BUNDLE_TAIL = b"\n]}\n"


def bundle_head(first_full_url: str | None, timestamp: Any = MISSING) -> bytes:
    """The bundle's opening up to its entry list (its id follows the first entry's fullUrl)."""
    return orjson.dumps(_bundle_head(first_full_url, timestamp))[:-1] + b',"entry":['


def part_bytes(groups: Iterable[list[dict[str, Any]]], ndjson: bool,
               first: list[str | None]) -> Iterator[bytes]:
    """A part of a bundle that a worker process writes for a range of clients: the NDJSON
    lines of `bundle_bytes`, or its entries each as ``,\n`` + entry (the caller joins the
    parts after `bundle_head`, drops the very first comma and ends with `BUNDLE_TAIL`, which
    gives the bytes of one `bundle_bytes` run). ``first[0]`` gets the first fullUrl."""
    dumps = orjson.dumps
    if ndjson:
        line = orjson.OPT_APPEND_NEWLINE
        for group in groups:
            for entry in group:
                yield dumps(entry["resource"], option=line)
        return
    for group in groups:
        if group and first[0] is None:
            first[0] = group[0]["fullUrl"]
        for entry in group:
            yield b",\n"
            yield dumps(entry)


def _chain(first: list[dict[str, Any]], rest: Iterator[list[dict[str, Any]]]) \
        -> Iterator[list[dict[str, Any]]]:
    yield first
    yield from rest


def export_document(document: dict[str, Any]) -> dict[str, Any]:
    """An Export envelope (dict) → Bundle (objects of its own: the caller may change it)."""
    return _unshared(document_bundle(document))


def document_bundle(document: dict[str, Any]) -> dict[str, Any]:
    """`export_document` for writing: the resources share constant parts (see `_SHARED`),
    so the bundle is to be serialised or read, never changed."""
    exporter = Exporter()
    exporter.export(document)
    care_manager(exporter.entries)
    return bundle(exporter.entries, document.get("export_time", MISSING))


def export_clients(clients: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Client records without an envelope (JSON Lines) → Bundle (objects of its own)."""
    return _unshared(clients_bundle(clients))


def clients_bundle(clients: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """`export_clients` for writing (shared constant parts: serialise or read only)."""
    entries: list[dict[str, Any]] = []
    for group in iter_client_groups(clients):
        entries.extend(group)
    return bundle(entries)


def iter_client_groups(clients: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """Streaming export of Client records: the entries of one client at a time (shared
    constant parts: serialise or read them, do not change them)."""
    exporter = Exporter()
    for index, record in enumerate(clients):
        yield exporter.client_entries(record, index)


def _unshared(value: Any) -> Any:
    """A copy of the dicts and lists (the values themselves kept): no object of the result is
    shared with another resource or with the exporter's constants."""
    if isinstance(value, dict):
        return {k: _unshared(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_unshared(v) for v in value]
    return value
