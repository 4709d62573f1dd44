"""Offline checks of an exported bundle.

1. Every resource parses with the `fhir.resources` R4B models (pydantic v2).
2. The Finnish Base Profiles' identifier and profile rules that need no terminology server,
   as FHIRPath (`fhirpathrs`).
3. Required code bindings (status and intent codes) against their R4 value sets.
4. Every literal reference resolves to an entry of the bundle.
Findings carry a location (entry index, fullUrl, element or rule), never a value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cm_model.fhir.mapping import FI_BASE_PROFILES, HETU_SYSTEM, MUNICIPALITY_SYSTEM, profile


@dataclass(frozen=True)
class Finding:
    where: str
    code: str
    detail: str


_HETU_FORM = r"^[0-9]{6}[-+A-FU-Y][0-9]{3}[0-9A-FHJ-NPR-Y]$"
# (resource type or "*", rule id, FHIRPath that must be true, what it says).
FHIRPATH_RULES: tuple[tuple[str, str, str, str], ...] = (
    ("*", "fi-profile",
     "meta.profile.exists()", "meta.profile names the profile the resource claims"),
    ("Patient", "fi-base-patient-pic",
     f"identifier.where(system = '{HETU_SYSTEM}').all(use = 'official' and "
     "type.coding.where(system = 'http://terminology.hl7.org/CodeSystem/v2-0203' and "
     "code = 'NNFIN').exists())",
     "the henkilötunnus identifier (PIC slice) has use official and type NNFIN"),
    ("Patient", "fi-base-patient-pic-count",
     f"identifier.where(system = '{HETU_SYSTEM}').count() <= 1",
     "at most one henkilötunnus"),
    ("Patient", "fi-base-patient-pic-form",
     f"identifier.where(system = '{HETU_SYSTEM}').all(value.matches('{_HETU_FORM}'))",
     "the henkilötunnus has the form of one"),
    ("Patient", "fi-base-municipality",
     "extension.where(url = 'https://hl7.fi/fhir/finnish-base-profiles/StructureDefinition/"
     f"municipality-code').all(valueCoding.system = '{MUNICIPALITY_SYSTEM}')",
     "home municipality is coded in the municipality code system"),
    ("Patient", "ipa-pat-1",
     "name.exists() and name.all(given.exists() or family.exists() or text.exists() or "
     "extension.where(url = 'http://hl7.org/fhir/StructureDefinition/data-absent-reason')"
     ".exists())",
     "a name, or the reason it is absent (IPA Patient, parent of FI Base Patient)"),
    ("*", "fi-base-id", "id.exists()", "FI Base profiles require Resource.id"),
    ("Practitioner", "fi-base-practitioner-identifier",
     "identifier.where(system = 'urn:oid:1.2.246.21').count() <= 1 and "
     "identifier.where(system = 'urn:oid:1.2.246.537.26').count() <= 1",
     "at most one henkilötunnus and one Terhikki number"),
    ("PractitionerRole", "fi-base-practitioner-role-practitioner",
     "practitioner.exists() implies practitioner.reference.exists()",
     "the practitioner is a resolvable FI Base Practitioner"),
    ("Observation", "ipa-obs-subject", "subject.exists()", "an Observation names its patient"),
)

# Required bindings in R4 (value set → codes), element paths as plain dict steps.
def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


REQUIRED_CODES: dict[tuple[str, str], frozenset[str]] = {
    ("EpisodeOfCare", "status"): _codes(
        "active cancelled entered-in-error finished onhold planned waitlist"),
    ("EpisodeOfCare", "statusHistory.status"): _codes(
        "active cancelled entered-in-error finished onhold planned waitlist"),
    ("CarePlan", "status"): _codes(
        "active completed draft entered-in-error on-hold revoked unknown"),
    ("CarePlan", "intent"): _codes("option order plan proposal"),
    ("CarePlan", "activity.detail.status"): _codes(
        "cancelled completed entered-in-error in-progress not-started on-hold scheduled "
        "stopped unknown"),
    ("Goal", "lifecycleStatus"): _codes(
        "accepted active cancelled completed entered-in-error on-hold planned proposed "
        "rejected"),
    ("Consent", "status"): _codes("active draft entered-in-error inactive proposed rejected"),
    ("Flag", "status"): _codes("active entered-in-error inactive"),
    ("ServiceRequest", "status"): _codes(
        "active completed draft entered-in-error on-hold revoked unknown"),
    ("ServiceRequest", "intent"): _codes(
        "directive filler-order instance-order option order original-order plan proposal "
        "reflex-order"),
    ("QuestionnaireResponse", "status"): _codes(
        "amended completed entered-in-error in-progress stopped"),
    ("Observation", "status"): _codes(
        "amended cancelled corrected entered-in-error final preliminary registered "
        "unknown"),
    ("Encounter", "status"): _codes(
        "arrived cancelled entered-in-error finished in-progress onleave planned triaged "
        "unknown"),
    ("Composition", "status"): _codes("amended entered-in-error final preliminary"),
    ("PlanDefinition", "status"): _codes("active draft retired unknown"),
    ("MeasureReport", "status"): _codes("complete error pending"),
    ("MeasureReport", "type"): _codes("data-collection individual subject-list summary"),
    ("Group", "type"): _codes("animal device medication person practitioner substance"),
    ("CareTeam", "status"): _codes("active entered-in-error inactive proposed suspended"),
    ("Communication", "status"): _codes(
        "completed entered-in-error in-progress not-done on-hold preparation stopped "
        "unknown"),
}


def _values(node: Any, steps: list[str]) -> list[Any]:
    if not steps:
        return [node]
    if isinstance(node, list):
        return [v for item in node for v in _values(item, steps)]
    if not isinstance(node, dict) or steps[0] not in node:
        return []
    return _values(node[steps[0]], steps[1:])


def check_codes(resource: dict[str, Any], where: str) -> list[Finding]:
    out = []
    rtype = resource.get("resourceType")
    for (rt, path), allowed in REQUIRED_CODES.items():
        if rt != rtype:
            continue
        for value in _values(resource, path.split(".")):
            if value not in allowed:
                out.append(Finding(f"{where}.{path}", "fhir.binding",
                                   "code is not in the required value set"))
    return out


def check_profiles(resource: dict[str, Any], where: str) -> list[Finding]:
    import fhirpathrs

    out = []
    rtype = resource.get("resourceType")
    expected = profile(rtype) if rtype in FI_BASE_PROFILES else None
    if expected and expected not in ((resource.get("meta") or {}).get("profile") or []):
        out.append(Finding(f"{where}.meta.profile", "fhir.profile",
                           f"expected {expected}"))
    for rt, rule, expression, says in FHIRPATH_RULES:
        if rt not in ("*", rtype):
            continue
        try:
            ok = fhirpathrs.evaluate(expression, resource)
        except Exception:  # noqa: BLE001 - a rule that cannot run is itself a finding
            ok = False
        if isinstance(ok, list):
            ok = bool(ok) and all(ok)
        if ok is not True:
            out.append(Finding(f"{where} [{rule}]", "fhir.rule", says))
    return out


def check_parse(resource: dict[str, Any], where: str) -> list[Finding]:
    from fhir.resources.R4B import get_fhir_model_class
    from pydantic import ValidationError

    try:
        model = get_fhir_model_class(str(resource.get("resourceType")))
    except (KeyError, ValueError, AttributeError):
        return [Finding(f"{where}.resourceType", "fhir.resource-type", "not an R4 resource")]
    try:
        model.model_validate(resource)
    except ValidationError as exc:
        return [Finding(f"{where}." + ".".join(str(p) for p in err["loc"]), "fhir.parse",
                        err["type"]) for err in exc.errors(include_input=False)[:20]]
    return []


def check_references(entries: list[dict[str, Any]]) -> list[Finding]:
    urls = {e.get("fullUrl") for e in entries if isinstance(e, dict)}
    out = []
    for index, entry in enumerate(entries):
        stack: list[tuple[Any, str]] = [(entry.get("resource"), f"entry[{index}].resource")]
        while stack:
            node, path = stack.pop()
            if isinstance(node, dict):
                ref = node.get("reference")
                if isinstance(ref, str) and ref not in urls:
                    out.append(Finding(f"{path}.reference", "fhir.dangling",
                                       "reference does not resolve inside the bundle"))
                stack.extend((v, f"{path}.{k}") for k, v in node.items()
                             if isinstance(v, dict | list))
            elif isinstance(node, list):
                stack.extend((v, f"{path}[{i}]") for i, v in enumerate(node)
                             if isinstance(v, dict | list))
    return out


def check_bundle(bundle: dict[str, Any], *, parse: bool = True) -> list[Finding]:
    entries = bundle.get("entry") or []
    findings = check_references(entries)
    for index, entry in enumerate(entries):
        resource = entry.get("resource") or {}
        where = f"entry[{index}] ({resource.get('resourceType')} {entry.get('fullUrl')})"
        findings.extend(check_codes(resource, where))
        findings.extend(check_profiles(resource, where))
        if parse:
            findings.extend(check_parse(resource, where))
    return findings
