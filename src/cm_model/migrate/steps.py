"""The migration steps, one per schema version change. Pure functions on plain dicts.

0.1.0 → 0.2.0 (see CHANGELOG.md and docs/*/vendors/whats-new-0.2.md):
- ``schema_version`` "0.1.0" → "0.2.0";
- ``TriggerDefinition.sector`` (one code) → ``sectors`` (a list with that code);
- ``SharedCarePlan.intensive_support`` (one period) → ``intensive_support_periods`` (a list);
- ``CareResponsibility.responsible_worker`` → ``care_holder``;
- ``client_group_marking`` HIGH_SUPPORT_CLIENT (a code no source names) → OTHER_LOCAL_MARKING
  with ``client_group_marking_name`` "Paljon tukea tarvitseva asiakas" (its 0.1.0 label), so
  the meaning is kept.
Everything else is carried over unchanged: every 0.2.0 addition is optional.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

SOURCE, TARGET = "0.1.0", "0.2.0"
SUPPORTED = (TARGET,)
HIGH_SUPPORT_LABEL = "Paljon tukea tarvitseva asiakas"


@dataclass
class MigrationError:
    """A located reason why a record cannot be migrated (no data values in it)."""

    code: str
    path: str | None
    params: dict[str, Any] = field(default_factory=dict)


def _rename(node: dict[str, Any], old: str, new: str, where: str,
            errors: list[MigrationError], wrap: bool = False,
            expected: str = "an object") -> None:
    """Move `node[old]` to `node[new]` (as a one-element list when `wrap`)."""
    if old not in node:
        return
    if new in node:
        errors.append(MigrationError("migrate.conflict", f"{where}{old}",
                                     {"old": old, "new": new}))
        return
    position = list(node).index(old)
    value = node.pop(old)
    if wrap:
        if value is None:
            return  # an explicit null carried no value; 0.2 simply leaves the list out
        ok = isinstance(value, dict) if expected == "an object" else isinstance(value, str)
        if not ok:
            _put_at(node, old, old, value, position)  # untouched, so the error points at it
            errors.append(MigrationError("migrate.type", f"{where}{old}",
                                         {"field": old, "expected": expected}))
            return
        value = [value]
    _put_at(node, old, new, value, position)


def _put_at(node: dict[str, Any], old: str, new: str, value: Any, position: int) -> None:
    """Put `new` where `old` was, so a migrated file reads like the original."""
    items = list(node.items())
    items.insert(position, (new, value))
    node.clear()
    node.update(items)


def _marking(node: dict[str, Any], where: str) -> None:
    if node.get("client_group_marking") == "HIGH_SUPPORT_CLIENT":
        node["client_group_marking"] = "OTHER_LOCAL_MARKING"
        if "client_group_marking_name" not in node:
            _put_at(node, "", "client_group_marking_name", HIGH_SUPPORT_LABEL,
                    list(node).index("client_group_marking") + 1)


def migrate_client(client: dict[str, Any], where: str = "") -> list[MigrationError]:
    """Migrate one Client record in place; returns the problems found."""
    errors: list[MigrationError] = []
    _marking(client, where)
    plans = client.get("care_plans")
    if isinstance(plans, list):
        for i, plan in enumerate(plans):
            if not isinstance(plan, dict):
                continue
            at = f"{where}care_plans[{i}]."
            _rename(plan, "intensive_support", "intensive_support_periods", at, errors, wrap=True)
            duties = plan.get("care_responsibilities")
            if isinstance(duties, list):
                for j, duty in enumerate(duties):
                    if isinstance(duty, dict):
                        _rename(duty, "responsible_worker", "care_holder",
                                f"{at}care_responsibilities[{j}].", errors)
    return errors


def migrate_trigger(trigger: dict[str, Any], where: str = "") -> list[MigrationError]:
    errors: list[MigrationError] = []
    _rename(trigger, "sector", "sectors", where, errors, wrap=True, expected="a Sector code")
    return errors


def _looks_like_trigger(record: dict[str, Any]) -> bool:
    return "trigger_description" in record or "machine_checkable" in record \
        or ("code" in record and "name_fi" in record)


def _looks_like_envelope(record: dict[str, Any]) -> bool:
    return "schema_version" in record or "organisation" in record or "export_time" in record


def migrate_record(record: dict[str, Any], envelope_version_required: bool = True
                   ) -> tuple[dict[str, Any], list[MigrationError]]:
    """Migrate one top-level record (an Export envelope, a Client, a TriggerDefinition or a
    record that did not change, such as a ServiceContact). Returns a new dict."""
    out = copy.deepcopy(record)
    if _looks_like_envelope(out):
        version = out.get("schema_version")
        if version == TARGET:
            return out, [MigrationError("migrate.current", "schema_version", {"target": TARGET})]
        if version != SOURCE and (envelope_version_required or version is not None):
            return out, [MigrationError("migrate.version", "schema_version",
                                        {"source": SOURCE, "target": TARGET})]
        out["schema_version"] = TARGET
        errors: list[MigrationError] = []
        for key, step in (("trigger_catalogue", migrate_trigger), ("clients", migrate_client)):
            value = out.get(key)
            if isinstance(value, list):
                for i, element in enumerate(value):
                    if isinstance(element, dict):
                        errors += step(element, f"{key}[{i}].")
        return out, errors
    if _looks_like_trigger(out):
        return out, migrate_trigger(out)
    return out, migrate_client(out)


def looks_like_0_1(class_name: str, record: dict[str, Any]) -> bool:
    """Whether a record read without an envelope still has a field or code that 0.2.0 renamed
    (the validator then suggests `cm-model migrate` once per file)."""
    if class_name == "TriggerDefinition":
        return "sector" in record
    if class_name != "Client":
        return False
    if record.get("client_group_marking") == "HIGH_SUPPORT_CLIENT":
        return True
    plans = record.get("care_plans")
    for plan in plans if isinstance(plans, list) else ():
        if not isinstance(plan, dict):
            continue
        if "intensive_support" in plan:
            return True
        duties = plan.get("care_responsibilities")
        if any(isinstance(d, dict) and "responsible_worker" in d
               for d in (duties if isinstance(duties, list) else ())):
            return True
    return False


def migrate_document(record: dict[str, Any], target: str = TARGET
                     ) -> tuple[dict[str, Any], list[MigrationError]]:
    """Migrate one record to `target` (only 0.2.0 exists so far)."""
    if target not in SUPPORTED:
        return record, [MigrationError("migrate.target", None,
                                       {"target": target, "supported": ", ".join(SUPPORTED)})]
    return migrate_record(record)
