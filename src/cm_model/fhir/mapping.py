"""The mapping table: which FHIR R4 resource each schema class becomes and which element
carries each slot.

Resource types come from the schema (the class's ``fhir:`` exact mappings, then close
mappings). A mapping ``fhir:Resource.element`` puts the records inside the parent's resource
(a backbone element) or, when the parent is another resource, in one container resource per
parent. Slots without an entry in ``FIELDS`` ride in a generic extension derived from the
schema (``schema_map.extension_url``), so a slot added to the schema round-trips without a
change here. ``FIELDS`` only adds the FHIR elements a receiving system reads.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from cm_model.fhir.fields import Code, CodingExt, Derived, Elem, FieldMap, Ident, Ref, RefExt
from cm_model.fhir.schema_map import (
    FHIR_BASE,
    class_fhir_targets,
    classes,
    id_system,
)

FI_BASE = "https://hl7.fi/fhir/finnish-base-profiles"
FI_PROFILE = FI_BASE + "/StructureDefinition/{}"
R4_PROFILE = "http://hl7.org/fhir/StructureDefinition/{}"
# Identifier systems (OIDs) of HL7 Finland's base profiles and the Finnish registers.
HETU_SYSTEM = "urn:oid:1.2.246.21"
MUNICIPALITY_URL = FI_BASE + "/StructureDefinition/municipality-code"
MUNICIPALITY_SYSTEM = "urn:oid:1.2.246.537.6.21.2003"
SOURCE_URL = f"{FHIR_BASE}/StructureDefinition/source"
EMPTY_LIST_URL = f"{FHIR_BASE}/StructureDefinition/empty-list"

# HL7 Finland's Finnish Base Profiles (https://hl7.fi/fhir/finnish-base-profiles).
FI_BASE_PROFILES = {
    "Patient": "fi-base-patient",
    "Practitioner": "fi-base-practitioner",
    "PractitionerRole": "fi-base-practitioner-role",
    "Organization": "fi-base-organization",
    "EpisodeOfCare": "fi-base-episode-of-care",
    "Observation": "fi-base-observation",
    "Encounter": "fi-base-encounter",
}

# The export envelope has no FHIR resource of its own (a Bundle cannot carry extensions).
ENVELOPE = "Export"
# The model's code systems that are not a schema enum (shipped by `fhir.build` too).
RECORD_KIND_SYSTEM = f"{FHIR_BASE}/CodeSystem/record-kind"
TRIGGER_SYSTEM = f"{FHIR_BASE}/CodeSystem/trigger"

# What a receiving system needs before it can parse a resource (required elements, R4).
RESOURCE_DEFAULTS: dict[str, dict] = {
    "Basic": {"code": {"coding": [{"system": RECORD_KIND_SYSTEM, "code": ENVELOPE}]}},
    "Patient": {"name": [{"extension": [{
        "url": "http://hl7.org/fhir/StructureDefinition/data-absent-reason",
        "valueCode": "masked"}]}]},
    "EpisodeOfCare": {"status": "active"},
    "CareTeam": {"status": "active"},
    "CarePlan": {"status": "unknown", "intent": "plan"},
    "Goal": {"lifecycleStatus": "active", "description": {"text": "-"}},
    "Consent": {"status": "active", "scope": {"coding": [{
        "system": "http://terminology.hl7.org/CodeSystem/consentscope",
        "code": "patient-privacy"}]}},
    "Flag": {"status": "active"},
    "ServiceRequest": {"status": "active", "intent": "order"},
    "QuestionnaireResponse": {"status": "completed"},
    "Observation": {"status": "final"},
    "Encounter": {"status": "finished"},
    "Composition": {"status": "final", "type": {"text": "CM-HOI"}, "title": "CM-HOI"},
    "PlanDefinition": {"status": "active"},
    "MeasureReport": {"status": "complete", "type": "summary"},
    "Group": {"type": "person", "actual": False},
    "Provenance": {},
    "RelatedPerson": {},
    "Organization": {},
    "Practitioner": {},
    "PractitionerRole": {},
    "Condition": {},
    "Communication": {"status": "completed"},
}
SUPPORTED = frozenset(RESOURCE_DEFAULTS)

# The element that points at the client's Patient, per resource type.
SUBJECT_ELEMENT = {
    "EpisodeOfCare": "patient", "Consent": "patient", "RelatedPerson": "patient",
    "Flag": "subject", "ServiceRequest": "subject", "CarePlan": "subject", "Goal": "subject",
    "CareTeam": "subject", "QuestionnaireResponse": "subject", "Observation": "subject",
    "Encounter": "subject", "Condition": "subject", "Communication": "subject",
    "Composition": "subject", "Basic": "subject", "Group": None, "MeasureReport": None,
}

# A class the schema maps to several resources (Client: Patient and EpisodeOfCare) gives one
# of each; the first is its primary resource. How the others link to the first:
# (class, other resource) -> (on which resource, element pointing at the other one).
SECONDARY_LINK = {("Client", "EpisodeOfCare"): ("EpisodeOfCare", "patient"),
                  ("Worker", "Practitioner"): ("PractitionerRole", "practitioner"),
                  ("Referral", "Communication"): ("Communication", "basedOn[0]")}
# Classes kept as complex extensions although the schema names a FHIR element: the element
# would mean something else (a contact arrangement is not a care-plan activity).
# Several intensive-support periods per plan (0.2.0) do not fit the one CarePlan.period, nor
# several discharges per client the one Encounter.hospitalization of a container Encounter.
AS_EXTENSION = frozenset({"ContactArrangement", "ReviewSchedule", "IntensiveSupportPeriod",
                          "Discharge"})

# Native links from a parent resource to its child resources: (class, slot) -> element.
CHILD_LINKS = {
    ("SharedCarePlan", "goals"): "goal",
    ("SharedCarePlan", "care_responsibilities"): "careTeam",
    ("Client", "assignments"): "team",  # on the EpisodeOfCare (CHILD_LINK_ON)
}
CHILD_LINK_ON = {("Client", "assignments"): "EpisodeOfCare"}

# Defaults of backbone elements that FHIR requires.
BACKBONE_DEFAULTS: dict[tuple[str, str], dict] = {
    ("CarePlan", "activity"): {"detail": {"status": "unknown"}},
    ("Group", "characteristic"): {"code": {"text": "scope"}, "exclude": False},
    ("EpisodeOfCare", "statusHistory"): {"status": "active"},
    ("QuestionnaireResponse", "item"): {},
}
# Backbone elements that must point at the client's Patient: (resource, element) -> key.
BACKBONE_PATIENT: dict[tuple[str, str], str] = {("Group", "member"): "entity"}
_AMB = {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"}
CONTAINER_DEFAULTS: dict[str, dict] = {
    "WhoqolDomainScore": {"code": {"text": "WHOQOL-BREF domain scores"}},
    # a plan's participants outside a meeting: an Encounter needs its (required) class
    "Participant": {"class": _AMB},
}

Q = f"{FHIR_BASE}/Questionnaire/"
QUESTIONNAIRE = {"WhoqolBrefAssessment": Q + "whoqol-bref", "NpsResponse": Q + "nps"}
# Fixed elements per class (beside RESOURCE_DEFAULTS): what FHIR requires and no slot gives.
CLASS_DEFAULTS: dict[str, dict] = {
    "WhoqolBrefAssessment": {"questionnaire": QUESTIONNAIRE["WhoqolBrefAssessment"]},
    "NpsResponse": {"questionnaire": QUESTIONNAIRE["NpsResponse"], "item": [{"linkId": "nps"}]},
    "ObservedTrigger": {"code": {"coding": [{"system": TRIGGER_SYSTEM}]}},
    "ContinuityIndex": {"code": {"text": "continuity of care"}},
    # Encounter.class is required (R4); a network meeting is met in person, not on a ward.
    "NetworkMeeting": {"class": _AMB},
    "FunctionalCapacityAssessment": {"code": {"text": "functional capacity"}},
    "ServiceUseCount": {"code": {"text": "service use count"}},
    "OrganisationIndicator": {"measure": f"{FHIR_BASE}/Measure/organisation-indicator"},
}


def _id(cls: str, on: str | None = None) -> Ident:
    return Ident("identifier", on=on, system=id_system(cls))


# (class, slot) -> the FHIR elements that carry it. Order: the first lossless one is read back.
FIELDS: dict[tuple[str, str], tuple[FieldMap, ...]] = {
    ("Organisation", "id"): (_id("Organisation"),),
    ("Organisation", "name"): (Elem("name"),),
    ("Worker", "id"): (_id("Worker"), _id("Worker", on="Practitioner")),
    ("Worker", "name"): (Elem("name[0].text", on="Practitioner"),),
    ("Worker", "profession"): (Code("code"),),
    ("Worker", "sector"): (Code("specialty"),),
    ("TriggerDefinition", "code"): (_id("TriggerDefinition"),),
    ("TriggerDefinition", "name_fi"): (Elem("title"),),
    ("TriggerDefinition", "trigger_description"): (Elem("description"),),
    ("Client", "id"): (_id("Client"), _id("Client", on="EpisodeOfCare")),
    ("Client", "henkilotunnus"): (Ident("identifier", system=HETU_SYSTEM, use="official",
                                        type_code="NNFIN"),),
    ("Client", "birth_date"): (Elem("birthDate", form="date"),),
    ("Client", "home_municipality"): (CodingExt("extension", url=MUNICIPALITY_URL,
                                                system=MUNICIPALITY_SYSTEM),),
    ("Client", "segments"): (Code("type", on="EpisodeOfCare"),),
    ("Client", "client_group_marking"): (Code("type", on="EpisodeOfCare"),),
    ("RelatedPerson", "id"): (_id("RelatedPerson"),),
    ("RelatedPerson", "name"): (Elem("name[0].text"),),
    ("RelatedPerson", "relationship"): (Code("relationship"),),
    ("Consent", "id"): (_id("Consent"),),
    ("Consent", "consent_type"): (Code("category"),),
    ("Consent", "consent_status"): (Derived("status", prefix="fhir_consent_state",
                                            default="active"),),
    ("Consent", "decision_date"): (Elem("dateTime", form="dateTime"),),
    ("Consent", "valid_until"): (Elem("provision.period.end", form="dateTime"),),
    ("ObservedTrigger", "id"): (_id("ObservedTrigger"),),
    ("ObservedTrigger", "trigger_code"): (Elem("code.coding[0].code"),),
    ("ObservedTrigger", "observed_date"): (Elem("period.start", form="dateTime"),),
    ("ObservedTrigger", "observed_by"): (Ref("author"),),
    # HL7's own Flag extension for the records that support a flag (R4 core, 0..*).
    ("ObservedTrigger", "evidence_contact_ids"): (
        RefExt(url="http://hl7.org/fhir/StructureDefinition/flag-detail"),),
    ("Referral", "id"): (_id("Referral"),),
    ("Referral", "referral_date"): (Elem("authoredOn", form="dateTime"),
                                    Elem("sent", on="Communication", form="dateTime")),
    ("Referral", "referred_by"): (Ref("requester"), Ref("sender", on="Communication")),
    ("Referral", "recipient"): (Ref("performer[0]"), Ref("recipient[0]", on="Communication")),
    ("Referral", "observed_trigger_ids"): (Ref("supportingInfo"),),
    ("Referral", "referral_text"): (Elem("note[0].text"),),
    # The notification itself (ilmoitus), as the Communication beside the ServiceRequest.
    ("Referral", "channel"): (Code("medium", on="Communication"),),
    ("ResponsibleWorkerAssignment", "worker_id"): (Ref("member"),),
    ("ResponsibleWorkerAssignment", "role"): (Code("role"),),
    ("ResponsibleWorkerAssignment", "start_date"): (Elem("period.start", form="dateTime"),),
    ("ResponsibleWorkerAssignment", "end_date"): (Elem("period.end", form="dateTime"),),
    ("SharedCarePlan", "id"): (_id("SharedCarePlan"),),
    ("SharedCarePlan", "created_date"): (Elem("created", form="dateTime"),),
    ("SharedCarePlan", "created_by"): (Ref("author"),),
    ("SharedCarePlan", "plan_status"): (Derived("status", prefix="fhir_request_status",
                                                default="unknown"),),
    ("SharedCarePlan", "client_view"): (Elem("description"),),
    ("ClientGoal", "id"): (_id("ClientGoal"),),
    ("ClientGoal", "goal_text"): (Elem("description.text"),),
    ("ClientGoal", "goal_status"): (
        Derived("lifecycleStatus", prefix="fhir_goal_status", default="active"),
        Derived("achievementStatus", prefix="hl7_goal_achievement", shape="concept",
                system="http://terminology.hl7.org/CodeSystem/goal-achievement")),
    ("ClientGoal", "set_date"): (Elem("startDate", form="date"),),
    ("ClientGoal", "target_date"): (Elem("target[0].dueDate", form="date"),),
    ("PlannedService", "service_text"): (Elem("detail.description"),),
    ("PlannedService", "provider_worker"): (Ref("detail.performer[0]"),),
    ("PlannedService", "goal_ids"): (Ref("detail.goal"),),
    ("PlannedService", "start_date"): (Elem("detail.scheduledPeriod.start", form="dateTime"),),
    ("PlannedService", "end_date"): (Elem("detail.scheduledPeriod.end", form="dateTime"),),
    ("CareResponsibility", "id"): (_id("CareResponsibility"),),
    ("CareResponsibility", "problem_text"): (Elem("name"),),
    ("CareResponsibility", "care_holder"): (Ref("participant[0].member"),),
    ("IntensiveSupportPeriod", "start_date"): (Elem("start", form="dateTime"),),
    ("IntensiveSupportPeriod", "end_date"): (Elem("end", form="dateTime"),),
    ("PlanRevision", "revised_at"): (Elem("recorded", form="instant"),),
    ("PlanRevision", "revised_by"): (Ref("agent[0].who"),),
    ("CmHoiEntry", "id"): (_id("CmHoiEntry"),),
    ("CmHoiEntry", "entry_date"): (Elem("date", form="dateTime"),),
    ("CmHoiEntry", "author"): (Ref("author[0]"),),
    ("CmHoiEntry", "phase"): (Code("category"),),
    ("ClienthoodStatusChange", "clienthood_status"): (
        Derived("status", prefix="fhir_episode_status", default="active"),),
    ("ClienthoodStatusChange", "status_date"): (Elem("period.start", form="dateTime"),),
    ("ContinuityIndex", "id"): (_id("ContinuityIndex"),),
    ("ContinuityIndex", "index_type"): (Code("code.coding"),),
    ("ContinuityIndex", "index_value"): (Elem("valueQuantity.value"),),
    ("ContinuityIndex", "not_computable_reason"): (Elem("dataAbsentReason.text"),),
    ("ContinuityIndex", "window_start"): (Elem("effectivePeriod.start", form="dateTime"),),
    ("ContinuityIndex", "window_end"): (Elem("effectivePeriod.end", form="dateTime"),),
    ("WhoqolBrefAssessment", "id"): (_id("WhoqolBrefAssessment"),),
    ("WhoqolBrefAssessment", "assessment_date"): (Elem("authored", form="dateTime"),),
    ("WhoqolItemAnswer", "item_number"): (Elem("linkId", as_text=True),),
    ("WhoqolItemAnswer", "answer"): (Elem("answer[0].valueInteger"),),
    ("WhoqolDomainScore", "domain"): (Code("code.coding"),),
    ("WhoqolDomainScore", "score_4_20"): (Elem("valueQuantity.value"),),
    ("PromResponse", "id"): (_id("PromResponse"),),
    ("PromResponse", "response_date"): (Elem("authored", form="dateTime"),),
    ("PromAnswer", "item_code"): (Elem("linkId"),),
    ("PromAnswer", "value_integer"): (Elem("answer[0].valueInteger"),),
    ("NpsResponse", "id"): (_id("NpsResponse"),),
    ("NpsResponse", "response_date"): (Elem("authored", form="dateTime"),),
    ("NpsResponse", "nps_score"): (Elem("item[0].answer[0].valueInteger"),),
    ("ServiceUseCount", "id"): (_id("ServiceUseCount"),),
    ("ServiceUseCount", "contact_type"): (Code("code.coding"),),
    ("ServiceUseCount", "count"): (Elem("valueInteger"),),
    ("ServiceUseCount", "window_start"): (Elem("effectivePeriod.start", form="dateTime"),),
    ("ServiceUseCount", "window_end"): (Elem("effectivePeriod.end", form="dateTime"),),
    ("ServiceContact", "id"): (_id("ServiceContact"),),
    ("ServiceContact", "client_id"): (Ref("subject"),),
    ("ServiceContact", "contact_date"): (Elem("period.start", form="dateTime"),),
    ("ServiceContact", "end_date"): (Elem("period.end", form="dateTime"),),
    ("ServiceContact", "contact_type"): (
        Code("type"),
        Derived("class", prefix="hl7_v3_act_code", default="AMB", shape="coding",
                system="http://terminology.hl7.org/CodeSystem/v3-ActCode")),
    ("OrganisationIndicator", "id"): (_id("OrganisationIndicator"),),
    ("OrganisationIndicator", "window_start"): (Elem("period.start", form="dateTime"),),
    ("OrganisationIndicator", "window_end"): (Elem("period.end", form="dateTime"),),
    ("OrganisationIndicator", "indicator_value"): (Elem("group[0].measureScore.value"),),
    ("FunctionalCapacityAssessment", "id"): (_id("FunctionalCapacityAssessment"),),
    ("FunctionalCapacityAssessment", "instrument"): (Code("code.coding"),),
    ("FunctionalCapacityAssessment", "assessment_date"): (Elem("effectiveDateTime",
                                                               form="dateTime"),),
    ("FunctionalCapacityAssessment", "score"): (Elem("valueQuantity.value"),),
    ("ClientProblem", "id"): (_id("ClientProblem"),),
    ("ClientProblem", "problem_text"): (Elem("code.text"),),
    # condition-ver-status (unconfirmed, confirmed, refuted) from the enum's mappings; the
    # model's code also rides in the slot's extension (Derived), so it reads back exactly.
    ("ClientProblem", "verification_status"): (
        Derived("verificationStatus", prefix="hl7_condition_ver", shape="concept",
                system="http://terminology.hl7.org/CodeSystem/condition-ver-status"),),
    ("ScopeRule", "scope_criterion"): (Code("code.coding"),),
    ("ScopeRule", "criterion_value"): (Elem("valueCodeableConcept.text"),),
    ("ScopeRule", "scope_effect"): (Derived("exclude", fixed={"INCLUDE": False,
                                                              "EXCLUDE": True}),),
}


@dataclass(frozen=True)
class Placement:
    """Where the records of an inlined slot go."""

    kind: str  # "resource", "backbone", "container" or "extension"
    resource: str | None = None  # resource type (resource, container; backbone: its host)
    path: str | None = None  # backbone or container element


@cache
def primary_resource(class_name: str) -> str | None:
    """The resource type a record of this class becomes, or None (carried inside another)."""
    if class_name == ENVELOPE:
        return "Basic"
    if class_name in AS_EXTENSION:
        return None
    for target in class_fhir_targets(class_name):
        if "." not in target and target in SUPPORTED:
            return target
    return None


@cache
def resources_of(class_name: str) -> tuple[str, ...]:
    """Every resource a record becomes: the schema's resource mappings in order."""
    primary = primary_resource(class_name)
    if primary is None or class_name == ENVELOPE:
        return (primary,) if primary else ()
    others = [t for t in class_fhir_targets(class_name)
              if "." not in t and t in SUPPORTED and t != primary]
    return (primary, *dict.fromkeys(others))


@cache
def placement(parent_class: str, range_class: str) -> Placement:
    if primary_resource(range_class):
        return Placement("resource", primary_resource(range_class))
    if range_class in AS_EXTENSION:
        return Placement("extension")
    hosts = resources_of(parent_class)
    for target in class_fhir_targets(range_class):
        resource, _, path = target.partition(".")
        if not path or "." in path:
            continue
        if resource in hosts:
            return Placement("backbone", resource, path)
        if resource in SUPPORTED:
            return Placement("container", resource, path)
    return Placement("extension")


def profile(resource_type: str) -> str:
    fi = FI_BASE_PROFILES.get(resource_type)
    return FI_PROFILE.format(fi) if fi else R4_PROFILE.format(resource_type)


def fields(class_name: str, slot_name: str) -> tuple[FieldMap, ...]:
    return FIELDS.get((class_name, slot_name), ())


def check_table() -> list[str]:
    """Entries that name a class or slot the schema no longer has (tested)."""
    from cm_model.fhir.schema_map import class_slots

    problems = []
    for cls, slot in FIELDS:
        if cls not in classes():
            problems.append(f"{cls}.{slot}: no such class")
        elif slot not in {s.name for s in class_slots(cls)}:
            problems.append(f"{cls}.{slot}: no such slot")
    return problems
