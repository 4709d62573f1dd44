# generated from schema/cm_model.yaml by `cm-model generate` — do not edit
# ruff: noqa
from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.2.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'default_prefix': 'cm_model',
     'default_range': 'string',
     'description': 'The data model of the Case Manager / responsible-worker '
                    '(vastuutyöntekijä) model of Finnish wellbeing services '
                    'counties: identifying shared clients (yhteisasiakkaat) with '
                    'trigger lists, naming responsible workers, the shared plan '
                    '(yhteinen asiakassuunnitelma), CM-HOI structured entries, the '
                    'clienthood lifecycle, outcome measures and the service '
                    'contacts they are computed from.',
     'id': 'https://w3id.org/cm-model',
     'imports': ['linkml:types'],
     'license': 'https://creativecommons.org/licenses/by/4.0/',
     'name': 'cm_model',
     'prefixes': {'cm_model': {'prefix_prefix': 'cm_model',
                               'prefix_reference': 'https://w3id.org/cm-model/'},
                  'fhir': {'prefix_prefix': 'fhir',
                           'prefix_reference': 'http://hl7.org/fhir/'},
                  'fhir_appointment_status': {'prefix_prefix': 'fhir_appointment_status',
                                              'prefix_reference': 'http://hl7.org/fhir/appointmentstatus#'},
                  'fhir_consent_state': {'prefix_prefix': 'fhir_consent_state',
                                         'prefix_reference': 'http://hl7.org/fhir/consent-state-codes#'},
                  'fhir_episode_status': {'prefix_prefix': 'fhir_episode_status',
                                          'prefix_reference': 'http://hl7.org/fhir/episode-of-care-status#'},
                  'fhir_goal_status': {'prefix_prefix': 'fhir_goal_status',
                                       'prefix_reference': 'http://hl7.org/fhir/goal-status#'},
                  'fhir_request_status': {'prefix_prefix': 'fhir_request_status',
                                          'prefix_reference': 'http://hl7.org/fhir/request-status#'},
                  'hl7_condition_ver': {'prefix_prefix': 'hl7_condition_ver',
                                        'prefix_reference': 'http://terminology.hl7.org/CodeSystem/condition-ver-status#'},
                  'hl7_discharge': {'prefix_prefix': 'hl7_discharge',
                                    'prefix_reference': 'http://terminology.hl7.org/CodeSystem/discharge-disposition#'},
                  'hl7_goal_achievement': {'prefix_prefix': 'hl7_goal_achievement',
                                           'prefix_reference': 'http://terminology.hl7.org/CodeSystem/goal-achievement#'},
                  'hl7_v3_act_code': {'prefix_prefix': 'hl7_v3_act_code',
                                      'prefix_reference': 'http://terminology.hl7.org/CodeSystem/v3-ActCode#'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'}},
     'see_also': ['https://hl7.org/fhir/R4/'],
     'source_file': 'schema/cm_model.yaml',
     'structured_aliases': [{'in_language': 'fi',
                             'literal_form': 'Paljon palveluja tarvitsevien '
                                             'asiakkaiden asiakasohjauksen '
                                             'tietomalli'},
                            {'in_language': 'sv',
                             'literal_form': 'Datamodell för klientstyrning av '
                                             'klienter som behöver många tjänster'},
                            {'in_language': 'en',
                             'literal_form': 'Case-management model for clients '
                                             'who need many services'}],
     'title': 'Case-management model for clients who need many services'} )

class ClientSegment(str, Enum):
    """
    Which of the overlapping high-need client groups the client belongs to, as a code rather than free text.
    """
    Needs_many_services_LEFT_PARENTHESISPPTRIGHT_PARENTHESIS = "PPT"
    """
    The client needs many social and health services (paljon palveluja tarvitseva).
    """
    Uses_many_services_LEFT_PARENTHESISPPKRIGHT_PARENTHESIS = "PPK"
    """
    The client uses many social and health services (paljon palveluja käyttävä), identified from service use.
    """
    Multi_service_client = "MULTI_SERVICE"
    """
    The client belongs to the multi-service segment (monipalveluasiakas) formed by segmentation.
    """
    Shared_social_and_health_care_client = "SHARED_CLIENT"
    """
    The client needs both social welfare and health care services (yhteisasiakas); about two thirds of the high-need group.
    """
    Client_needing_multi_sector_support = "MULTI_SECTOR_SUPPORT"
    """
    The client needs support from several sectors at once (monialaisen tuen asiakas).
    """
    Revolving_door_client = "REVOLVING_DOOR"
    """
    The client returns to the same services again and again without the problem being solved (pyöröoviasiakas).
    """
    Uses_services_inappropriately = "INAPPROPRIATE_USE"
    """
    The client's service use does not match the need, e.g. repeated emergency visits for non-urgent matters.
    """
    At_risk_of_becoming_a_high_need_client_LEFT_PARENTHESISearly_phaseRIGHT_PARENTHESIS = "AT_RISK"
    """
    Early, predictive identification (ennakoiva tunnistaminen): the client is at risk of becoming a PPT client.
    """


class ClientGroupMarking(str, Enum):
    """
    The client-group marking required by the common recording practice, recorded in the client's basic data.
    """
    Case_managerAPOSTROPHEs_client = "CASE_MANAGER_CLIENT"
    """
    Päijät-Sote marking "Asiakaspäällikön asiakas" recorded on the CM-HOI sheet.
    """
    Shared_client = "SHARED_CLIENT"
    """
    Marking for a shared social and health care client with a responsible worker; Kanta-Häme requires a client-group marking (seed 002, 'Sisältää asiakasryhmämerkinnän') without naming it, so the code name is our own choice.
    """
    OrganisationAPOSTROPHEs_own_marking = "OTHER_LOCAL_MARKING"
    """
    Another client-group marking of the organisation, named in client_group_marking_name (0.2.0 replaces HIGH_SUPPORT_CLIENT, which no source document names).
    """


class Sector(str, Enum):
    """
    The service sector of a unit, worker, trigger or contact.
    """
    Primary_health_care = "PRIMARY_HEALTH_CARE"
    """
    Health centres and other primary health care.
    """
    Specialised_health_care = "SPECIALISED_HEALTH_CARE"
    """
    Hospital wards and outpatient clinics of specialised care.
    """
    Emergency_care = "EMERGENCY_CARE"
    """
    Emergency departments and acute care.
    """
    Emergency_medical_services = "EMERGENCY_MEDICAL_SERVICES"
    """
    Ambulance and prehospital emergency care.
    """
    Social_welfare = "SOCIAL_WELFARE"
    """
    Social work and other social welfare services.
    """
    Mental_health_and_substance_abuse_services = "MENTAL_HEALTH_SUBSTANCE_ABUSE"
    """
    Mental health and substance abuse services.
    """
    Services_for_older_people = "ELDERLY_SERVICES"
    """
    Home care, housing services and other services for older people.
    """
    Disability_services = "DISABILITY_SERVICES"
    """
    Services for disabled people.
    """
    Family_centre_services = "FAMILY_SERVICES"
    """
    Family centre services for children, young people and families.
    """
    Rehabilitation = "REHABILITATION"
    """
    Rehabilitation services.
    """
    Non_governmental_organisation = "NGO"
    """
    A non-governmental organisation outside the wellbeing services county.
    """
    Private_provider = "PRIVATE_PROVIDER"
    """
    A private service provider.
    """
    Other = "OTHER"
    """
    Another sector.
    """


class Profession(str, Enum):
    """
    The profession of a worker.
    """
    Registered_nurse = "REGISTERED_NURSE"
    """
    Registered nurse (sairaanhoitaja).
    """
    Public_health_nurse = "PUBLIC_HEALTH_NURSE"
    """
    Public health nurse (terveydenhoitaja).
    """
    Practical_nurse = "PRACTICAL_NURSE"
    """
    Practical nurse (lähihoitaja).
    """
    Physician = "PHYSICIAN"
    """
    Physician (lääkäri).
    """
    Social_worker = "SOCIAL_WORKER"
    """
    Qualified social worker (sosiaalityöntekijä).
    """
    Social_counsellor = "SOCIAL_COUNSELLOR"
    """
    Social counsellor (sosiaaliohjaaja, sosionomi).
    """
    Service_coordinator = "SERVICE_COORDINATOR"
    """
    Service coordinator (palveluohjaaja).
    """
    Physiotherapist = "PHYSIOTHERAPIST"
    """
    Physiotherapist.
    """
    Psychologist = "PSYCHOLOGIST"
    """
    Psychologist.
    """
    Other_profession = "OTHER"
    """
    Another profession.
    """


class ResponsibleWorkerRole(str, Enum):
    """
    The named role a worker holds for the client; the seeds use several names for closely related roles.
    """
    Responsible_worker = "RESPONSIBLE_WORKER"
    """
    Vastuutyöntekijä (Kanta-Häme): the professional from the service the client mainly uses, who coordinates services and keeps the shared plan current.
    """
    Named_social_welfare_professional = "PERSONAL_SOCIAL_WORKER"
    """
    Omatyöntekijä: the social welfare professional named under the Social Welfare Act 1301/2014 § 42, at least for clients in need of special support.
    """
    Case_manager = "CASE_MANAGER"
    """
    Asiakaspäällikkö (Päijät-Sote): temporarily takes an intensive role coordinating the service whole.
    """
    Client_liaison_nurse = "CLIENT_LIAISON_NURSE"
    """
    Asiakasvastaava or omahoitaja (Etelä-Savo): a named nurse at the health centre who coordinates the needs of a high-need client.
    """
    Client_coordinator = "CLIENT_COORDINATOR"
    """
    Asiakaskoordinaattori (Siun sote): intensive service guidance for shared clients, contacts the client after consent.
    """
    Multi_professional_team_contact_person = "TEAM_CONTACT_PERSON"
    """
    The client's own contact person from the multi-professional team of the health and social services centre.
    """
    Other_team_member = "OTHER_TEAM_MEMBER"
    """
    Another professional taking part in the client's care team.
    """


class ConsentType(str, Enum):
    """
    What the client consents to.
    """
    Consent_to_be_contacted_by_a_coordinator = "COORDINATOR_CONTACT"
    """
    Consent needed before the coordinators of the shared-client service contact the client (Siun sote).
    """
    Consent_to_disclose_data = "DATA_DISCLOSURE"
    """
    Luovutuslupa: permission to disclose client data between organisations or registers.
    """
    Consent_to_data_exchange_between_social_and_health_care = "DATA_EXCHANGE_SOCIAL_HEALTH"
    """
    Consent for exchanging client data between social welfare and health care for the shared plan.
    """


class ConsentStatus(str, Enum):
    """
    The state of a consent decision.
    """
    Given = "GIVEN"
    """
    The client gave the consent.
    """
    Refused = "REFUSED"
    """
    The client refused to consent.
    """
    Withdrawn = "WITHDRAWN"
    """
    The client withdrew an earlier consent.
    """


class ContactChannel(str, Enum):
    """
    How a contact, notification or agreed follow-up takes place.
    """
    Phone = "PHONE"
    """
    By phone.
    """
    Record_system_message = "RECORD_SYSTEM_MESSAGE"
    """
    A message in the client or patient record system (e.g. LC message in Lifecare).
    """
    Secure_message = "SECURE_MESSAGE"
    """
    A secure electronic message.
    """
    In_person = "IN_PERSON"
    """
    A meeting in person.
    """
    Home_visit = "HOME_VISIT"
    """
    A visit at the client's home.
    """
    Video_call = "VIDEO"
    """
    A video call.
    """
    Letter = "LETTER"
    """
    A letter.
    """


class ContactInitiator(str, Enum):
    """
    Who takes the contact in non-urgent matters, as agreed.
    """
    Client_contacts_the_worker = "CLIENT"
    """
    The client contacts the responsible worker.
    """
    Worker_contacts_the_client = "WORKER"
    """
    The responsible worker contacts the client as agreed.
    """


class RelationshipType(str, Enum):
    """
    How a relative or close person relates to the client.
    """
    Spouse_or_partner = "SPOUSE"
    """
    Spouse or partner.
    """
    Parent = "PARENT"
    """
    Parent.
    """
    Child = "CHILD"
    """
    Child.
    """
    Sibling = "SIBLING"
    """
    Sibling.
    """
    Other_relative = "OTHER_RELATIVE"
    """
    Another relative.
    """
    Close_person = "CLOSE_PERSON"
    """
    A close person who is not a relative (läheinen).
    """
    Legal_representative = "LEGAL_REPRESENTATIVE"
    """
    Guardian or other legal representative.
    """


class TriggerMeasure(str, Enum):
    """
    What a machine-checkable trigger counts over the service contacts in its window.
    """
    Number_of_contacts = "CONTACT_COUNT"
    """
    Number of contacts of the listed types in the window.
    """
    Number_of_distinct_sectors = "DISTINCT_SECTOR_COUNT"
    """
    Number of distinct sectors among the contacts in the window.
    """
    Number_of_distinct_units = "DISTINCT_UNIT_COUNT"
    """
    Number of distinct units among the contacts of the listed types in the window.
    """
    Number_of_inpatient_days = "INPATIENT_DAYS"
    """
    Sum of inpatient days of inpatient episodes in the window.
    """


class ThresholdComparison(str, Enum):
    """
    How the measured value is compared with the threshold.
    """
    More_than = "GREATER_THAN"
    """
    The trigger fires when the value is greater than the threshold (e.g. more than 3 episodes).
    """
    At_least = "AT_LEAST"
    """
    The trigger fires when the value is greater than or equal to the threshold.
    """


class ServiceContactType(str, Enum):
    """
    The kind of service-use event.
    """
    Inpatient_episode = "INPATIENT_EPISODE"
    """
    An inpatient ward episode (hoitojakso).
    """
    Emergency_visit = "EMERGENCY_VISIT"
    """
    A visit to an emergency department.
    """
    Primary_care_visit = "PRIMARY_CARE_VISIT"
    """
    A visit to a doctor or nurse at a health centre.
    """
    Outpatient_clinic_visit = "OUTPATIENT_CLINIC_VISIT"
    """
    A visit to a specialised outpatient clinic.
    """
    Social_work_contact = "SOCIAL_WORK_CONTACT"
    """
    A contact with social work or social counselling.
    """
    Phone_contact = "PHONE_CONTACT"
    """
    A phone contact with a professional.
    """
    Home_visit = "HOME_VISIT"
    """
    A home visit by a professional.
    """
    Home_care_visit = "HOME_CARE_VISIT"
    """
    A visit by home care.
    """
    EMS_mission = "EMS_MISSION"
    """
    An emergency medical services mission to the client.
    """
    Consultation = "CONSULTATION"
    """
    A consultation between professionals about the client.
    """
    Digital_contact = "DIGITAL_CONTACT"
    """
    A digital contact such as a chat or secure message.
    """


class PlanStatus(str, Enum):
    """
    The state of a shared plan.
    """
    Draft = "DRAFT"
    """
    Being drafted with the client.
    """
    Active = "ACTIVE"
    """
    In use; returned to and updated at every contact.
    """
    Completed = "COMPLETED"
    """
    Ended because the clienthood ended or the goals were reached.
    """
    Replaced = "REPLACED"
    """
    Replaced by a newer plan.
    """


class GoalStatus(str, Enum):
    """
    The state of a client's own goal.
    """
    Proposed = "PROPOSED"
    """
    Proposed, not yet agreed with the client.
    """
    Active = "ACTIVE"
    """
    Agreed and being worked on.
    """
    Achieved = "ACHIEVED"
    """
    Achieved.
    """
    Partially_achieved = "PARTIALLY_ACHIEVED"
    """
    Partially achieved.
    """
    Not_achieved = "NOT_ACHIEVED"
    """
    Not achieved.
    """
    Cancelled = "CANCELLED"
    """
    Given up or no longer relevant.
    """


class PlanSection(str, Enum):
    """
    A part of the shared plan that a revision changed.
    """
    Goals = "GOALS"
    """
    The client's own goals.
    """
    Services_and_actions = "SERVICES"
    """
    Services and actions and who provides them.
    """
    Care_responsibilities = "CARE_RESPONSIBILITY"
    """
    Care responsibility per problem or diagnosis.
    """
    Review_schedule = "REVIEW_SCHEDULE"
    """
    How and when the situation is reviewed.
    """
    Time_limited_intensive_support = "INTENSIVE_SUPPORT"
    """
    The time-limited intensive support period.
    """
    ClientAPOSTROPHEs_view = "CLIENT_VIEW"
    """
    The client's own view.
    """
    Contact_arrangement = "CONTACT_ARRANGEMENT"
    """
    The agreed contact arrangement for non-urgent matters.
    """


class ResponsibilityAgreedIn(str, Enum):
    """
    Where care responsibility for a problem was agreed.
    """
    Network_meeting = "NETWORK_MEETING"
    """
    In a network meeting (verkostopalaveri) that went through every diagnosis.
    """
    Consultation = "CONSULTATION"
    """
    In a consultation between professionals.
    """
    Plan_review = "PLAN_REVIEW"
    """
    When the shared plan was reviewed.
    """


class CmHoiPhase(str, Enum):
    """
    The phase of the Case Manager process under which a CM-HOI entry is recorded.
    """
    Identification_and_notification = "IDENTIFICATION_NOTIFICATION"
    """
    Staff identify a client who meets the criteria and notify the case manager.
    """
    Familiarisation_with_the_whole_situation = "FAMILIARISATION"
    """
    The case manager familiarises with the client's whole situation.
    """
    Care_and_discharge_planning = "CARE_DISCHARGE_PLANNING"
    """
    Planning care and the discharge process with the other actors.
    """
    Network_meeting = "NETWORK_MEETING"
    """
    A network meeting that goes through the diagnoses and agrees care responsibility.
    """
    Following_progress = "FOLLOW_UP"
    """
    Following progress and taking part in further care planning.
    """
    Acting_as_contact_person = "CONTACT_PERSON"
    """
    Acting as contact person for the client and relatives.
    """
    Coping_assessment = "COPING_ASSESSMENT"
    """
    Assessing how the client copes at home or in the follow-up place, by follow-up call or home visit.
    """
    Closing_the_clienthood = "CLOSING"
    """
    Closing the clienthood, with a coded closing reason.
    """


class CopingAssessmentMethod(str, Enum):
    """
    How the client's coping was assessed.
    """
    Follow_up_call = "FOLLOW_UP_CALL"
    """
    A follow-up phone call.
    """
    Home_visit = "HOME_VISIT"
    """
    A home visit.
    """


class ClosingReason(str, Enum):
    """
    Why the clienthood was closed.
    """
    Goals_achieved = "GOALS_ACHIEVED"
    """
    The goals of the plan were achieved.
    """
    Client_copes_independently = "COPES_INDEPENDENTLY"
    """
    The client's own resources suffice; the role could be lightened to nothing.
    """
    Transferred_to_another_service = "TRANSFERRED"
    """
    Coordination moved to another service or responsible worker.
    """
    Client_declined = "CLIENT_DECLINED"
    """
    The client did not want to continue.
    """
    Consent_withdrawn = "CONSENT_WITHDRAWN"
    """
    The client withdrew consent.
    """
    Moved_away = "MOVED_AWAY"
    """
    The client moved out of the area.
    """
    Deceased = "DECEASED"
    """
    The client died.
    """
    Out_of_scope = "OUT_OF_SCOPE"
    """
    The client turned out not to belong to the target group.
    """
    Other_reason = "OTHER"
    """
    Another reason.
    """


class ClienthoodStatus(str, Enum):
    """
    The lifecycle status of the clienthood in the case-management model.
    """
    Candidate = "CANDIDATE"
    """
    Identified by triggers or a professional, not yet notified.
    """
    Notified = "NOTIFIED"
    """
    Notified to the case manager or coordinator.
    """
    Awaiting_consent = "CONSENT_PENDING"
    """
    Waiting for the client's consent to be contacted.
    """
    Active = "ACTIVE"
    """
    The clienthood is active.
    """
    On_hold = "ON_HOLD"
    """
    Temporarily on hold.
    """
    Closed = "CLOSED"
    """
    Closed, with a closing date and a coded reason.
    """
    Cancelled = "CANCELLED"
    """
    Cancelled before it became active (e.g. consent refused).
    """


class ContinuityIndexType(str, Enum):
    """
    A continuity-of-care index computed from service contacts.
    """
    Continuity_of_Care_index_LEFT_PARENTHESISBiceEN_DASHBoxermanRIGHT_PARENTHESIS = "COC"
    """
    (Σ n_j² − N) / (N(N − 1)) over N contacts with providers j.
    """
    Usual_Provider_Continuity = "UPC"
    """
    max n_j / N: the share of contacts with the most frequent provider.
    """
    Sequential_Continuity = "SECON"
    """
    Share of consecutive contact pairs with the same provider.
    """


class ProviderBasis(str, Enum):
    """
    Whether continuity is counted per professional or per unit.
    """
    Professional = "PROFESSIONAL"
    """
    Each professional is a provider.
    """
    Unit = "UNIT"
    """
    Each unit is a provider.
    """


class MeasurementTimepoint(str, Enum):
    """
    When a measure was taken relative to the shared plan.
    """
    Before_the_plan = "BEFORE_PLAN"
    """
    In the window before the shared plan was made.
    """
    After_the_plan = "AFTER_PLAN"
    """
    In the window after the shared plan was made.
    """
    Follow_up = "FOLLOW_UP"
    """
    At a later follow-up point.
    """


class WhoqolDomain(str, Enum):
    """
    The four domains of the WHOQOL-BREF quality-of-life instrument.
    """
    Physical_health = "PHYSICAL"
    """
    Items 3, 4, 10, 15, 16, 17, 18.
    """
    Psychological = "PSYCHOLOGICAL"
    """
    Items 5, 6, 7, 11, 19, 26.
    """
    Social_relationships = "SOCIAL_RELATIONSHIPS"
    """
    Items 20, 21, 22.
    """
    Environment = "ENVIRONMENT"
    """
    Items 8, 9, 12, 13, 14, 23, 24, 25.
    """


class QuadrupleAimPerspective(str, Enum):
    """
    The perspective of the Quadruple Aim evaluation that a measure informs (Siun sote).
    """
    Client_experience = "CLIENT_EXPERIENCE"
    """
    The client's experience of the service.
    """
    Health_wellbeing_and_quality_of_life = "HEALTH_WELLBEING"
    """
    The client's health, wellbeing and quality of life.
    """
    Staff_experience = "STAFF_EXPERIENCE"
    """
    The staff's experience.
    """
    Cost = "COST"
    """
    The organisation's cost and use of resources.
    """


class RespondentType(str, Enum):
    """
    Who answered a survey.
    """
    Client = "CLIENT"
    """
    The client.
    """
    Relative_or_close_person = "RELATIVE"
    """
    A relative or close person.
    """
    Staff_member = "STAFF"
    """
    A staff member.
    """


class ScopeEffect(str, Enum):
    """
    Whether a scope rule includes or excludes clients.
    """
    Include = "INCLUDE"
    """
    Clients matching the criterion are in scope.
    """
    Exclude = "EXCLUDE"
    """
    Clients matching the criterion are out of scope.
    """


class ScopeCriterion(str, Enum):
    """
    What a scope rule looks at.
    """
    Age_at_least = "AGE_AT_LEAST"
    """
    The client's age in years is at least the value.
    """
    Age_below = "AGE_BELOW"
    """
    The client's age in years is below the value.
    """
    Client_of_a_service_sector = "SERVICE_SECTOR_CLIENT"
    """
    The client is a client of the sector given as the value (a Sector code, e.g. DISABILITY_SERVICES).
    """
    Segment = "SEGMENT"
    """
    The client belongs to the segment given as the value (a ClientSegment code).
    """
    Home_municipality = "HOME_MUNICIPALITY"
    """
    The client's home municipality code equals the value.
    """


class OrganisationIndicatorType(str, Enum):
    """
    An organisation-level figure the organisation follows about the model.
    """
    Number_of_shared_clients = "SHARED_CLIENT_COUNT"
    """
    Number of active shared clients at the end of the period.
    """
    Clients_per_responsible_worker = "CLIENTS_PER_RESPONSIBLE_WORKER"
    """
    Shared clients per responsible worker in the unit: whether the role is spread evenly or concentrated.
    """
    Resource_sufficiency = "RESOURCE_SUFFICIENCY"
    """
    Management's assessment of whether resources suffice (e.g. on a 1–5 scale).
    """
    Staff_experience = "STAFF_EXPERIENCE"
    """
    The staff's experience of working in the model (e.g. a survey mean).
    """
    Client_feedback = "CLIENT_FEEDBACK"
    """
    Client feedback received in the period and the actions taken.
    """
    Quarterly_review = "QUARTERLY_REVIEW"
    """
    The outcome of management's quarterly review of the model.
    """
    Cost = "COST"
    """
    The cost of services used by the shared clients in the period.
    """


class ParticipantType(str, Enum):
    """
    Who a participant is.
    """
    The_client = "CLIENT"
    """
    The client themself.
    """
    Relative_or_close_person = "RELATIVE"
    """
    A relative or close person of the client.
    """
    Worker = "WORKER"
    """
    A worker listed in the export's workers.
    """
    Other_professional = "OTHER_PROFESSIONAL"
    """
    A professional who is not in the export's workers.
    """


class VerificationStatus(str, Enum):
    """
    How certain a problem or diagnosis is; FHIR Condition.verificationStatus codes are the mapping.
    """
    Suspected = "SUSPECTED"
    """
    Suspected, not (yet) confirmed (FHIR unconfirmed).
    """
    Confirmed = "CONFIRMED"
    """
    Confirmed by sufficient evidence (FHIR confirmed).
    """
    Refuted = "REFUTED"
    """
    Ruled out by the evidence (FHIR refuted).
    """


class SegmentSource(str, Enum):
    """
    How a client came into a segment.
    """
    Segmentation = "SEGMENTATION"
    """
    Population segmentation from register data attached the client (Kanta-Häme).
    """
    Trigger_list = "TRIGGER_LIST"
    """
    An observed trigger of the trigger list.
    """
    ProfessionalAPOSTROPHEs_assessment = "PROFESSIONAL_ASSESSMENT"
    """
    A professional's assessment, e.g. early identification of risk.
    """
    Not_recorded = "NOT_RECORDED"
    """
    The source was not recorded (e.g. migrated from 0.1.0, which had no source).
    """


class ReviewOutcome(str, Enum):
    """
    What came of a held review (our own coding).
    """
    Continue_as_planned = "CONTINUE"
    """
    The plan continues unchanged.
    """
    Plan_updated = "PLAN_UPDATED"
    """
    The plan was updated.
    """
    Support_lightened = "SUPPORT_LIGHTENED"
    """
    The intensive support lightens as the client's resources grow.
    """
    Support_intensified = "SUPPORT_INTENSIFIED"
    """
    Intensive support starts again or grows.
    """
    Clienthood_to_be_closed = "CLOSING"
    """
    The clienthood is to be closed.
    """


class AttendanceStatus(str, Enum):
    """
    Whether a booked contact took place.
    """
    Attended = "ATTENDED"
    """
    The contact took place.
    """
    Missed = "MISSED"
    """
    The client did not come and did not cancel (missed appointment).
    """
    Cancelled_by_the_client = "CANCELLED_BY_CLIENT"
    """
    The client cancelled.
    """
    Cancelled_by_the_service = "CANCELLED_BY_SERVICE"
    """
    The service cancelled.
    """


class FunctionalCapacityInstrument(str, Enum):
    """
    Instruments for functional capacity (toimintakyky). RAI is the instrument the Finnish Act on care services for older persons (980/2012, § 15 a, in force 2023) requires; WHODAS 2.0 is listed in THL's TOIMIA database; OTHER covers every other instrument with its name (our own choice).
    """
    RAI_LEFT_PARENTHESISinterRAIRIGHT_PARENTHESIS = "RAI"
    """
    A RAI (interRAI) assessment; the score is one of its scales, named in score_text.
    """
    WHODAS_2FULL_STOP0 = "WHODAS_2_0"
    """
    WHO Disability Assessment Schedule 2.0 (listed in TOIMIA).
    """
    Other_instrument = "OTHER"
    """
    Another instrument, named in instrument_name (our own choice).
    """


class DischargeDestination(str, Enum):
    """
    Where the client went on discharge.
    """
    Home = "HOME"
    """
    Home without new services.
    """
    Home_with_services = "HOME_WITH_SERVICES"
    """
    Home with home care or other services.
    """
    Follow_up_care_place = "FOLLOW_UP_CARE_PLACE"
    """
    A follow-up care place (jatkohoitopaikka), e.g. a health-centre ward.
    """
    Other = "OTHER"
    """
    Somewhere else.
    """


class ReferrerType(str, Enum):
    """
    Who made a referral: a worker of the organisation, an NGO or a private provider.
    """
    Worker_of_the_organisation = "WORKER"
    """
    A social or health care worker of the organisation (referred_by).
    """
    NGO = "NGO"
    """
    A non-governmental organisation (järjestö).
    """
    Private_provider = "PRIVATE_PROVIDER"
    """
    A private service provider.
    """



class Export(ConfiguredBaseModel):
    """
    The export envelope: one organisation's records at one moment, with the schema version they follow.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietovienti: yhden organisaation '
                                                     'tietueet yhdeltä hetkeltä ja '
                                                     'skeeman versio, jota ne '
                                                     'noudattavat.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dataexport: en organisations '
                                                     'poster vid en viss tidpunkt och '
                                                     'den version av schemat som de '
                                                     'följer.'}},
         'class_uri': 'cm_model:Export',
         'close_mappings': ['fhir:Bundle'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'export_time': {'name': 'export_time', 'required': True},
                        'organisation': {'name': 'organisation', 'required': True},
                        'schema_version': {'name': 'schema_version', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tietovienti'},
                                {'in_language': 'sv', 'literal_form': 'Export'},
                                {'in_language': 'en', 'literal_form': 'Export'}],
         'title': 'Export',
         'tree_root': True})

    organisation: Organisation = Field(default=..., title="Organisation", description="""The organisation (wellbeing services county or other provider) that made the export.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaatio (hyvinvointialue '
                                                     'tai muu palveluntuottaja), joka '
                                                     'teki viennin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den organisation (välfärdsområde '
                                                     'eller annan tjänsteproducent) '
                                                     'som gjorde exporten.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Organisaatio'},
                                {'in_language': 'sv', 'literal_form': 'Organisation'},
                                {'in_language': 'en', 'literal_form': 'Organisation'}]} })
    export_time: datetime  = Field(default=..., title="Export time", description="""When the export was made; no date in the records may be after it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin vienti tehtiin; mikään '
                                                     'tietueen tapahtumapäivä ei saa '
                                                     'olla sen jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När exporten gjordes; inget '
                                                     'händelsedatum i posterna får '
                                                     'vara senare.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vientiaika'},
                                {'in_language': 'sv', 'literal_form': 'Exporttid'},
                                {'in_language': 'en', 'literal_form': 'Export time'}]} })
    schema_version: str = Field(default=..., title="Schema version", description="""The version of this schema the export follows (semantic versioning).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tämän skeeman versio, jota '
                                                     'vienti noudattaa (semanttinen '
                                                     'versiointi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den version av detta schema som '
                                                     'exporten följer (semantisk '
                                                     'versionshantering).'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Skeeman versio'},
                                {'in_language': 'sv', 'literal_form': 'Schemaversion'},
                                {'in_language': 'en',
                                 'literal_form': 'Schema version'}]} })
    notes: Optional[str] = Field(default=None, title="Notes", description="""Free-text notes about the export, e.g. what an example illustrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vapaamuotoisia huomautuksia, '
                                                     'esim. mitä esimerkki '
                                                     'havainnollistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritt formulerade anmärkningar, '
                                                     't.ex. vad ett exempel '
                                                     'åskådliggör.'}},
         'domain_of': ['Export',
                       'ScopeRule',
                       'NetworkMeeting',
                       'ClientProblem',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Huomautukset'},
                                {'in_language': 'sv', 'literal_form': 'Anmärkningar'},
                                {'in_language': 'en', 'literal_form': 'Notes'}]} })
    workers: Optional[list[Worker]] = Field(default=None, title="Workers", description="""The workers referred to by the records of the export.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Työntekijät, joihin viennin '
                                                     'tietueet viittaavat.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De arbetstagare som exportens '
                                                     'poster hänvisar till.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Työntekijät'},
                                {'in_language': 'sv', 'literal_form': 'Arbetstagare'},
                                {'in_language': 'en', 'literal_form': 'Workers'}]} })
    trigger_catalogue: Optional[list[TriggerDefinition]] = Field(default=None, title="Trigger catalogue", description="""The organisation's trigger list (herätelistaus) used to identify candidates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation heräteluettelo '
                                                     '(herätelistaus), jolla ehdokkaat '
                                                     'tunnistetaan.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens signalkatalog '
                                                     '(signallista) som kandidaterna '
                                                     'identifieras med.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Heräteluettelo'},
                                {'in_language': 'sv', 'literal_form': 'Signalkatalog'},
                                {'in_language': 'en',
                                 'literal_form': 'Trigger catalogue'}]} })
    clients: Optional[list[Client]] = Field(default=None, title="Clients", description="""The shared clients in the export, each with their case-management record.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Viennin yhteisasiakkaat, '
                                                     'kullakin oma asiakasohjauksen '
                                                     'tietonsa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Exportens gemensamma klienter, '
                                                     'var och en med sina uppgifter om '
                                                     'klientstyrningen.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Asiakkaat'},
                                {'in_language': 'sv', 'literal_form': 'Klienter'},
                                {'in_language': 'en', 'literal_form': 'Clients'}]} })
    service_contacts: Optional[list[ServiceContact]] = Field(default=None, title="Service contacts", description="""Service-use events, the input of triggers and continuity measures.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelujen käyttötapahtumat, '
                                                     'herätteiden ja '
                                                     'jatkuvuusmittareiden '
                                                     'lähtötieto.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Servicehändelser, underlaget för '
                                                     'signalerna och '
                                                     'kontinuitetsmåtten.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelutapahtumat'},
                                {'in_language': 'sv',
                                 'literal_form': 'Servicehändelser'},
                                {'in_language': 'en',
                                 'literal_form': 'Service contacts'}]} })
    organisation_indicators: Optional[list[OrganisationIndicator]] = Field(default=None, title="Organisation indicators", description="""Organisation-level figures: shared clients, spread of the responsible-worker role, resources, staff experience, feedback.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation tason luvut: '
                                                     'yhteisasiakkuudet, '
                                                     'vastuutyöntekijäroolin '
                                                     'jakautuminen, resurssit, '
                                                     'työntekijöiden kokemus, '
                                                     'palaute.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tal på organisationsnivå: '
                                                     'gemensamma klienter, '
                                                     'fördelningen av rollen som '
                                                     'ansvarig arbetstagare, resurser, '
                                                     'personalens upplevelse, '
                                                     'respons.'}},
         'domain_of': ['Export'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Organisaation seurantamittarit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Organisationens uppföljningsmått'},
                                {'in_language': 'en',
                                 'literal_form': 'Organisation indicators'}]} })

    @field_validator('schema_version')
    def pattern_schema_version(cls, v):
        pattern=re.compile(r"^\d+\.\d+\.\d+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid schema_version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid schema_version format: {v}"
            raise ValueError(err_msg)
        return v


class Organisation(ConfiguredBaseModel):
    """
    A wellbeing services county or other organisation that runs the model and states its own target-group scope.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Hyvinvointialue tai muu '
                                                     'organisaatio, joka käyttää '
                                                     'toimintamallia ja määrittelee '
                                                     'oman kohderyhmänsä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Välfärdsområde eller annan '
                                                     'organisation som använder '
                                                     'verksamhetsmodellen och '
                                                     'avgränsar sin egen målgrupp.'}},
         'class_uri': 'cm_model:Organisation',
         'exact_mappings': ['fhir:Organization'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'name': {'name': 'name', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Organisaatio'},
                                {'in_language': 'sv', 'literal_form': 'Organisation'},
                                {'in_language': 'en', 'literal_form': 'Organisation'}],
         'title': 'Organisation'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    name: str = Field(default=..., title="Name", description="""Display name of an organisation, worker or close person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi', 'value': 'Nimi.'},
                         'description_sv': {'tag': 'description_sv', 'value': 'Namn.'}},
         'domain_of': ['Organisation', 'Worker', 'RelatedPerson', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi'},
                                {'in_language': 'sv', 'literal_form': 'Namn'},
                                {'in_language': 'en', 'literal_form': 'Name'}]} })
    scope_rules: Optional[list[ScopeRule]] = Field(default=None, title="Scope rules", description="""Rules stating which clients the organisation's model covers, as data (e.g. adults only).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Säännöt siitä, keitä '
                                                     'organisaation toimintamalli '
                                                     'koskee, tietona (esim. vain '
                                                     'täysi-ikäiset).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Regler som data om vilka '
                                                     'organisationens '
                                                     'verksamhetsmodell gäller (t.ex. '
                                                     'endast myndiga).'}},
         'domain_of': ['Organisation'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kohderyhmän rajaukset'},
                                {'in_language': 'sv',
                                 'literal_form': 'Målgruppsavgränsningar'},
                                {'in_language': 'en', 'literal_form': 'Scope rules'}]} })


class ScopeRule(ConfiguredBaseModel):
    """
    A rule stating who is in the organisation's target group, e.g. adults only or disability-services clients excluded (Siun sote).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Sääntö siitä, kuka kuuluu '
                                                     'organisaation kohderyhmään, '
                                                     'esim. vain täysi-ikäiset tai '
                                                     'vammaispalvelujen asiakkaat '
                                                     'rajattu pois (Siun sote).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Regel om vem som hör till '
                                                     'organisationens målgrupp, t.ex. '
                                                     'endast myndiga eller med '
                                                     'klienter inom '
                                                     'funktionshinderservicen '
                                                     'uteslutna (Siun sote).'}},
         'class_uri': 'cm_model:ScopeRule',
         'close_mappings': ['fhir:Group.characteristic'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'criterion_value': {'name': 'criterion_value',
                                            'required': True},
                        'scope_criterion': {'name': 'scope_criterion',
                                            'required': True},
                        'scope_effect': {'name': 'scope_effect', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kohderyhmän rajaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Målgruppsavgränsning'},
                                {'in_language': 'en', 'literal_form': 'Scope rule'}],
         'title': 'Scope rule'})

    scope_effect: ScopeEffect = Field(default=..., title="Effect", description="""Whether clients matching the criterion are included or excluded.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuuluvatko perusteen täyttävät '
                                                     'asiakkaat kohderyhmään vai '
                                                     'rajataanko ne pois.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om klienter som uppfyller '
                                                     'grunden hör till målgruppen '
                                                     'eller utesluts.'}},
         'domain_of': ['ScopeRule'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vaikutus'},
                                {'in_language': 'sv', 'literal_form': 'Verkan'},
                                {'in_language': 'en', 'literal_form': 'Effect'}]} })
    scope_criterion: ScopeCriterion = Field(default=..., title="Criterion", description="""What the rule looks at.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mihin tietoon rajaus perustuu.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilken uppgift avgränsningen '
                                                     'grundar sig på.'}},
         'domain_of': ['ScopeRule'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Peruste'},
                                {'in_language': 'sv', 'literal_form': 'Grund'},
                                {'in_language': 'en', 'literal_form': 'Criterion'}]} })
    criterion_value: str = Field(default=..., title="Value", description="""The value the criterion is compared with (a number of years, a code).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Arvo, johon rajausperustetta '
                                                     'verrataan (vuodet, koodi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Värdet som avgränsningsgrunden '
                                                     'jämförs med (år, kod).'}},
         'domain_of': ['ScopeRule'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arvo'},
                                {'in_language': 'sv', 'literal_form': 'Värde'},
                                {'in_language': 'en', 'literal_form': 'Value'}]} })
    valid_from: Optional[date] = Field(default=None, title="Valid from", description="""First day the rule or consent applies.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ensimmäinen päivä, jona sääntö '
                                                     'tai suostumus on voimassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Första dagen då regeln eller '
                                                     'samtycket gäller.'}},
         'domain_of': ['ScopeRule'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Voimassa alkaen'},
                                {'in_language': 'sv', 'literal_form': 'Gäller från'},
                                {'in_language': 'en', 'literal_form': 'Valid from'}]} })
    valid_until: Optional[date] = Field(default=None, title="Valid until", description="""Last day the rule or consent applies.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Viimeinen voimassaolopäivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Sista giltighetsdagen.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'valid_from'}},
         'close_mappings': ['fhir:Consent.provision.period'],
         'domain_of': ['ScopeRule', 'Consent'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Voimassa asti'},
                                {'in_language': 'sv', 'literal_form': 'Gäller till'},
                                {'in_language': 'en', 'literal_form': 'Valid until'}]} })
    notes: Optional[str] = Field(default=None, title="Notes", description="""Free-text notes about the export, e.g. what an example illustrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vapaamuotoisia huomautuksia, '
                                                     'esim. mitä esimerkki '
                                                     'havainnollistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritt formulerade anmärkningar, '
                                                     't.ex. vad ett exempel '
                                                     'åskådliggör.'}},
         'domain_of': ['Export',
                       'ScopeRule',
                       'NetworkMeeting',
                       'ClientProblem',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Huomautukset'},
                                {'in_language': 'sv', 'literal_form': 'Anmärkningar'},
                                {'in_language': 'en', 'literal_form': 'Notes'}]} })


class Worker(ConfiguredBaseModel):
    """
    A professional who may hold a responsible-worker role, record entries or notify.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ammattilainen, joka voi toimia '
                                                     'vastuutyöntekijänä, kirjata tai '
                                                     'tehdä ilmoituksen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Yrkesperson som kan vara '
                                                     'ansvarig arbetstagare, göra '
                                                     'anteckningar eller en anmälan.'}},
         'class_uri': 'cm_model:Worker',
         'close_mappings': ['fhir:PractitionerRole', 'fhir:Practitioner'],
         'from_schema': 'https://w3id.org/cm-model',
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Työntekijä'},
                                {'in_language': 'sv', 'literal_form': 'Arbetstagare'},
                                {'in_language': 'en', 'literal_form': 'Worker'}],
         'title': 'Worker'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    name: Optional[str] = Field(default=None, title="Name", description="""Display name of an organisation, worker or close person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi', 'value': 'Nimi.'},
                         'description_sv': {'tag': 'description_sv', 'value': 'Namn.'}},
         'domain_of': ['Organisation', 'Worker', 'RelatedPerson', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi'},
                                {'in_language': 'sv', 'literal_form': 'Namn'},
                                {'in_language': 'en', 'literal_form': 'Name'}]} })
    profession: Optional[Profession] = Field(default=None, title="Profession", description="""The worker's profession.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Työntekijän ammattiryhmä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagarens yrkesgrupp.'}},
         'domain_of': ['Worker', 'ServiceContact', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ammattiryhmä'},
                                {'in_language': 'sv', 'literal_form': 'Yrkesgrupp'},
                                {'in_language': 'en', 'literal_form': 'Profession'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    sector: Optional[Sector] = Field(default=None, title="Sector", description="""The service sector.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun toimiala.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens sektor.'}},
         'domain_of': ['Worker', 'PlannedService', 'ServiceContact', 'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toimiala'},
                                {'in_language': 'sv', 'literal_form': 'Sektor'},
                                {'in_language': 'en', 'literal_form': 'Sector'}]} })


class TriggerDefinition(ConfiguredBaseModel):
    """
    An entry of an organisation's trigger list (herätelistaus): a sign that a client may be a shared client.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation heräteluettelon '
                                                     '(herätelistaus) merkintä: merkki '
                                                     'siitä, että asiakas voi olla '
                                                     'yhteisasiakas.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Post i organisationens '
                                                     'signalkatalog (signallista): ett '
                                                     'tecken på att klienten kan vara '
                                                     'en gemensam klient.'}},
         'class_uri': 'cm_model:TriggerDefinition',
         'close_mappings': ['fhir:PlanDefinition'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'machine_checkable': {'name': 'machine_checkable',
                                              'required': True},
                        'name_en': {'name': 'name_en', 'required': True},
                        'name_fi': {'name': 'name_fi', 'required': True},
                        'name_sv': {'name': 'name_sv', 'required': True},
                        'sectors': {'name': 'sectors', 'required': True},
                        'trigger_description': {'name': 'trigger_description',
                                                'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Heräte (luettelossa)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Signal (i katalogen)'},
                                {'in_language': 'en',
                                 'literal_form': 'Trigger definition'}],
         'title': 'Trigger definition'})

    code: str = Field(default=..., title="Code", description="""Stable code of a trigger catalogue entry, e.g. PS-INPATIENT-3.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Heräteluettelon merkinnän pysyvä '
                                                     'koodi, esim. PS-INPATIENT-3.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Bestående kod för en post i '
                                                     'signalkatalogen, t.ex. '
                                                     'PS-INPATIENT-3.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Koodi'},
                                {'in_language': 'sv', 'literal_form': 'Kod'},
                                {'in_language': 'en', 'literal_form': 'Code'}]} })
    name_fi: str = Field(default=..., title="Name in Finnish", description="""The name in Finnish.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimi suomeksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Namn på finska.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi suomeksi'},
                                {'in_language': 'sv', 'literal_form': 'Namn på finska'},
                                {'in_language': 'en',
                                 'literal_form': 'Name in Finnish'}]} })
    name_sv: str = Field(default=..., title="Name in Swedish", description="""The name in Swedish.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimi ruotsiksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Namn på svenska.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi ruotsiksi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Namn på svenska'},
                                {'in_language': 'en',
                                 'literal_form': 'Name in Swedish'}]} })
    name_en: str = Field(default=..., title="Name in English", description="""The name in English.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimi englanniksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Namn på engelska.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Nimi englanniksi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Namn på engelska'},
                                {'in_language': 'en',
                                 'literal_form': 'Name in English'}]} })
    sectors: list[Sector] = Field(default=..., title="Sectors", description="""The sectors and professions the trigger suits; Siun sote gives every sector its own hallmarks and triggers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Toimialat, joille heräte sopii; '
                                                     'Siun sote laati tunnusmerkit ja '
                                                     'herätteet eri toimialueille.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Sektorer som signalen passar '
                                                     'för; Siun sote utarbetade '
                                                     'kännetecken och signaler för '
                                                     'olika verksamhetsområden.'},
                         'source': {'tag': 'source',
                                    'value': "seed 004: 'tunnistamisen herätteetkin "
                                             'tulee olla eri toimialueille ja eri '
                                             "ammattilaisille sopivia'"}},
         'close_mappings': ['fhir:PlanDefinition.topic'],
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toimialat'},
                                {'in_language': 'sv', 'literal_form': 'Sektorer'},
                                {'in_language': 'en', 'literal_form': 'Sectors'}]} })
    trigger_description: str = Field(default=..., title="Description", description="""What the trigger means and how a professional recognises it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä heräte tarkoittaa ja miten '
                                                     'ammattilainen sen tunnistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad signalen betyder och hur en '
                                                     'yrkesperson känner igen den.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kuvaus'},
                                {'in_language': 'sv', 'literal_form': 'Beskrivning'},
                                {'in_language': 'en', 'literal_form': 'Description'}]} })
    trigger_description_fi: Optional[str] = Field(default=None, title="Description in Finnish", description="""The description in Finnish, for Finnish forms and handbook pages.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuvaus suomeksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Beskrivning på finska.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kuvaus suomeksi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Beskrivning på finska'},
                                {'in_language': 'en',
                                 'literal_form': 'Description in Finnish'}]} })
    trigger_description_sv: Optional[str] = Field(default=None, title="Description in Swedish", description="""The description in Swedish, for Swedish forms and handbook pages.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuvaus ruotsiksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Beskrivning på svenska.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kuvaus ruotsiksi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Beskrivning på svenska'},
                                {'in_language': 'en',
                                 'literal_form': 'Description in Swedish'}]} })
    machine_checkable: bool = Field(default=..., title="Machine-checkable", description="""Whether the trigger can be evaluated from service-use data (then measure, threshold and window are given).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Voiko herätteen tarkistaa '
                                                     'palvelujen käytön tiedoista '
                                                     '(silloin mittari, kynnysarvo ja '
                                                     'aikaikkuna annetaan).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om signalen kan kontrolleras ur '
                                                     'uppgifterna om '
                                                     'tjänsteanvändningen (då anges '
                                                     'mått, tröskelvärde och '
                                                     'tidsfönster).'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Koneellisesti tarkistettava'},
                                {'in_language': 'sv',
                                 'literal_form': 'Maskinellt kontrollerbar'},
                                {'in_language': 'en',
                                 'literal_form': 'Machine-checkable'}]} })
    measure: Optional[TriggerMeasure] = Field(default=None, title="Measure", description="""What a machine-checkable trigger counts.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä koneellisesti tarkistettava '
                                                     'heräte laskee.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad en maskinellt kontrollerbar '
                                                     'signal räknar.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Mittari'},
                                {'in_language': 'sv', 'literal_form': 'Mått'},
                                {'in_language': 'en', 'literal_form': 'Measure'}]} })
    comparison: Optional[ThresholdComparison] = Field(default=None, title="Comparison", description="""How the value is compared with the threshold.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten mitattua arvoa verrataan '
                                                     'kynnysarvoon.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur det uppmätta värdet jämförs '
                                                     'med tröskelvärdet.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vertailu'},
                                {'in_language': 'sv', 'literal_form': 'Jämförelse'},
                                {'in_language': 'en', 'literal_form': 'Comparison'}]} })
    threshold: Optional[int] = Field(default=None, title="Threshold", description="""The threshold the measured value is compared with.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kynnysarvo, johon mitattua arvoa '
                                                     'verrataan.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tröskelvärdet som det uppmätta '
                                                     'värdet jämförs med.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kynnysarvo'},
                                {'in_language': 'sv', 'literal_form': 'Tröskelvärde'},
                                {'in_language': 'en', 'literal_form': 'Threshold'}]} })
    window_months: Optional[int] = Field(default=None, title="Window (months)", description="""Length of the look-back window in months, ending on the evaluation date.""", ge=1, le=120, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Taaksepäin katsovan aikaikkunan '
                                                     'pituus kuukausina; päättyy '
                                                     'arviointipäivään.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Längden på det bakåtblickande '
                                                     'tidsfönstret i månader; det '
                                                     'slutar på bedömningsdagen.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkuna (kk)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tidsfönster (mån)'},
                                {'in_language': 'en',
                                 'literal_form': 'Window (months)'}]} })
    contact_types: Optional[list[ServiceContactType]] = Field(default=None, title="Contact types", description="""Which contact types the measure counts; empty means all.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitkä palvelutapahtumien lajit '
                                                     'mittari laskee; tyhjä tarkoittaa '
                                                     'kaikkia.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilka slag av servicehändelser '
                                                     'måttet räknar; tomt betyder '
                                                     'alla.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelutapahtumien lajit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Typer av servicehändelser'},
                                {'in_language': 'en', 'literal_form': 'Contact types'}]} })
    source_organisation: Optional[str] = Field(default=None, title="Source organisation", description="""Whose trigger list the entry comes from.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kenen heräteluettelosta merkintä '
                                                     'on peräisin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Från vems signalkatalog posten '
                                                     'kommer.'}},
         'domain_of': ['TriggerDefinition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Lähdeorganisaatio'},
                                {'in_language': 'sv',
                                 'literal_form': 'Källorganisation'},
                                {'in_language': 'en',
                                 'literal_form': 'Source organisation'}]} })

    @field_validator('code')
    def pattern_code(cls, v):
        pattern=re.compile(r"^[A-Z0-9][A-Z0-9_-]*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid code format: {v}"
            raise ValueError(err_msg)
        return v


class Client(ConfiguredBaseModel):
    """
    A shared client (yhteisasiakas) and the case-management record kept of them.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yhteisasiakas ja hänestä '
                                                     'pidettävä asiakasohjauksen '
                                                     'tieto.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En gemensam klient och de '
                                                     'uppgifter om klientstyrningen '
                                                     'som förs om klienten.'}},
         'class_uri': 'cm_model:Client',
         'close_mappings': ['fhir:Patient', 'fhir:EpisodeOfCare'],
         'from_schema': 'https://w3id.org/cm-model',
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Asiakas'},
                                {'in_language': 'sv', 'literal_form': 'Klient'},
                                {'in_language': 'en', 'literal_form': 'Client'}],
         'title': 'Client'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    henkilotunnus: Optional[str] = Field(default=None, title="Finnish personal identity code", description="""Finnish personal identity code (identifier system urn:oid:1.2.246.21), checked with its check character; optional, since records are pseudonymous.""", json_schema_extra = { "linkml_meta": {'annotations': {'checked_by': {'tag': 'checked_by',
                                        'value': 'python-stdnum fi.hetu (check '
                                                 'character, century signs of the 2023 '
                                                 'reform)'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Henkilötunnus; tarkistusmerkki '
                                                     'tarkistetaan. Vapaaehtoinen, '
                                                     'koska tiedot ovat '
                                                     'pseudonyymejä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Personbeteckning; '
                                                     'kontrolltecknet kontrolleras. '
                                                     'Frivillig, eftersom uppgifterna '
                                                     'är pseudonymiserade.'},
                         'identifier_system': {'tag': 'identifier_system',
                                               'value': 'urn:oid:1.2.246.21'}},
         'domain_of': ['Client'],
         'exact_mappings': ['fhir:Patient.identifier'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Henkilötunnus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Personbeteckning'},
                                {'in_language': 'en',
                                 'literal_form': 'Finnish personal identity code'}]} })
    birth_year: Optional[int] = Field(default=None, title="Birth year", description="""Year of birth.""", ge=1900, le=2100, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Syntymävuosi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Födelseår.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Syntymävuosi'},
                                {'in_language': 'sv', 'literal_form': 'Födelseår'},
                                {'in_language': 'en', 'literal_form': 'Birth year'}]} })
    birth_date: Optional[date] = Field(default=None, title="Birth date", description="""Date of birth.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Syntymäaika.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Födelsedatum.'}},
         'domain_of': ['Client'],
         'exact_mappings': ['fhir:Patient.birthDate'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Syntymäaika'},
                                {'in_language': 'sv', 'literal_form': 'Födelsedatum'},
                                {'in_language': 'en', 'literal_form': 'Birth date'}]} })
    home_municipality: Optional[str] = Field(default=None, title="Home municipality", description="""Three-digit municipality code of Statistics Finland.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kotikunnan kolminumeroinen '
                                                     'kuntanumero (Tilastokeskus).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hemkommunens tresiffriga '
                                                     'kommunnummer '
                                                     '(Statistikcentralen).'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kotikunta'},
                                {'in_language': 'sv', 'literal_form': 'Hemkommun'},
                                {'in_language': 'en',
                                 'literal_form': 'Home municipality'}]} })
    segments: Optional[list[ClientSegment]] = Field(default=None, title="Segments", description="""The high-need client segments the client belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Paljon palveluja tarvitsevien '
                                                     'asiakkaiden segmentit, joihin '
                                                     'asiakas kuuluu.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'De segment av klienter som '
                                                     'behöver många tjänster som '
                                                     'klienten hör till.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakassegmentit'},
                                {'in_language': 'sv', 'literal_form': 'Klientsegment'},
                                {'in_language': 'en', 'literal_form': 'Segments'}]} })
    segment_memberships: Optional[list[SegmentMembership]] = Field(default=None, title="Segment memberships", description="""Dated memberships in the high-need segments, with their source.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivätyt jäsenyydet paljon '
                                                     'palveluja tarvitsevien '
                                                     'segmenteissä lähteineen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Daterade medlemskap i segment '
                                                     'för klienter som behöver många '
                                                     'tjänster, med källa.'}},
         'close_mappings': ['fhir:Group.member'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Segmenttijäsenyydet'},
                                {'in_language': 'sv',
                                 'literal_form': 'Segmentmedlemskap'},
                                {'in_language': 'en',
                                 'literal_form': 'Segment memberships'}]} })
    client_group_marking: Optional[ClientGroupMarking] = Field(default=None, title="Client-group marking", description="""The client-group marking of common recording practice (e.g. Asiakaspäällikön asiakas).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yhteisen kirjaamiskäytännön '
                                                     'asiakasryhmämerkintä, esim. '
                                                     'Asiakaspäällikön asiakas.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientgruppsmarkering enligt den '
                                                     'gemensamma '
                                                     'dokumentationspraxisen, t.ex. '
                                                     'Klient hos klientchef.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakasryhmämerkintä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klientgruppsmarkering'},
                                {'in_language': 'en',
                                 'literal_form': 'Client-group marking'}]} })
    client_group_marking_name: Optional[str] = Field(default=None, title="Local marking name", description="""The organisation's own name of the client-group marking when the code is OTHER_LOCAL_MARKING.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation oma '
                                                     'asiakasryhmämerkinnän nimi, kun '
                                                     'koodi on OTHER_LOCAL_MARKING.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens eget namn på '
                                                     'klientgruppsmarkeringen när '
                                                     'koden är OTHER_LOCAL_MARKING.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Paikallisen merkinnän nimi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Lokal markerings namn'},
                                {'in_language': 'en',
                                 'literal_form': 'Local marking name'}]} })
    needs_special_support: Optional[bool] = Field(default=None, title="Needs special support", description="""The client is a client in need of special support (erityistä tukea tarvitseva asiakas, Social Welfare Act 1301/2014 § 3); such a client has at least a personal social worker (omatyöntekijä, § 42).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakas on erityistä tukea '
                                                     'tarvitseva asiakas (SHL '
                                                     '1301/2014 3 §); hänelle nimetään '
                                                     'vähintään omatyöntekijä (42 §).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klienten är en klient i behov av '
                                                     'särskilt stöd (socialvårdslagen '
                                                     '1301/2014 3 §); en sådan klient '
                                                     'får åtminstone en egen '
                                                     'kontaktperson (42 §).'},
                         'source': {'tag': 'source',
                                    'value': "seed 002: 'Omatyöntekijä "
                                             'sosiaalihuollosta nimetään SHL 1301/2014 '
                                             '42 §:n mukaan vähintäänkin erityistä '
                                             "tukea tarvitseville asiakkaille'"}},
         'close_mappings': ['fhir:Flag'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Erityistä tukea tarvitseva'},
                                {'in_language': 'sv',
                                 'literal_form': 'I behov av särskilt stöd'},
                                {'in_language': 'en',
                                 'literal_form': 'Needs special support'}]} })
    relatives: Optional[list[RelatedPerson]] = Field(default=None, title="Relatives and close persons", description="""The client's relatives and close persons.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan omaiset ja läheiset.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens anhöriga och '
                                                     'närstående.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Omaiset ja läheiset'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anhöriga och närstående'},
                                {'in_language': 'en',
                                 'literal_form': 'Relatives and close persons'}]} })
    contact_arrangement: Optional[ContactArrangement] = Field(default=None, title="Contact arrangement", description="""How the client and the responsible worker keep contact in non-urgent matters.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten asiakas ja '
                                                     'vastuutyöntekijä pitävät '
                                                     'yhteyttä kiireettömissä '
                                                     'asioissa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur klienten och den ansvariga '
                                                     'arbetstagaren håller kontakt i '
                                                     'icke-brådskande ärenden.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteydenottosopimus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Kontaktöverenskommelse'},
                                {'in_language': 'en',
                                 'literal_form': 'Contact arrangement'}]} })
    consents: Optional[list[Consent]] = Field(default=None, title="Consents", description="""The client's consent decisions.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan suostumuspäätökset.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens beslut om samtycke.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Suostumukset'},
                                {'in_language': 'sv', 'literal_form': 'Samtycken'},
                                {'in_language': 'en', 'literal_form': 'Consents'}]} })
    observed_triggers: Optional[list[ObservedTrigger]] = Field(default=None, title="Observed triggers", description="""Triggers observed on the client.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaalla havaitut herätteet.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Signaler som observerats hos '
                                                     'klienten.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Havaitut herätteet'},
                                {'in_language': 'sv',
                                 'literal_form': 'Observerade signaler'},
                                {'in_language': 'en',
                                 'literal_form': 'Observed triggers'}]} })
    referrals: Optional[list[Referral]] = Field(default=None, title="Referrals", description="""Notifications of the client to the case manager or coordinator.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ilmoitukset asiakkaasta '
                                                     'asiakaspäällikölle tai '
                                                     'koordinaattorille.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anmälningar om klienten till '
                                                     'klientchefen eller '
                                                     'koordinatorn.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ilmoitukset yhteisasiakkaasta'},
                                {'in_language': 'sv', 'literal_form': 'Anmälningar'},
                                {'in_language': 'en', 'literal_form': 'Referrals'}]} })
    assignments: Optional[list[ResponsibleWorkerAssignment]] = Field(default=None, title="Responsible-worker assignments", description="""Who holds a responsible-worker role for the client, with dates so history and handovers are kept.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka toimii asiakkaan '
                                                     'vastuutyöntekijänä tai '
                                                     'vastaavassa roolissa; '
                                                     'päivämäärät säilyttävät '
                                                     'historian ja saattaen '
                                                     'vaihtamiset.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som är klientens ansvariga '
                                                     'arbetstagare eller har en '
                                                     'motsvarande roll; datumen '
                                                     'bevarar historiken och de stödda '
                                                     'överlämningarna.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Vastuutyöntekijät'},
                                {'in_language': 'sv',
                                 'literal_form': 'Ansvariga arbetstagare'},
                                {'in_language': 'en',
                                 'literal_form': 'Responsible-worker assignments'}]} })
    problems: Optional[list[ClientProblem]] = Field(default=None, title="Problems and diagnoses", description="""The client's problems and diagnoses with their verification status.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan ongelmat ja diagnoosit '
                                                     'varmuusasteineen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens problem och diagnoser '
                                                     'med verifieringsstatus.'}},
         'close_mappings': ['fhir:Condition'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ongelmat ja diagnoosit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Problem och diagnoser'},
                                {'in_language': 'en',
                                 'literal_form': 'Problems and diagnoses'}]} })
    network_meetings: Optional[list[NetworkMeeting]] = Field(default=None, title="Network meetings", description="""The network meetings held for the client.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaalle pidetyt '
                                                     'verkostopalaverit.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Nätverksmöten som hållits för '
                                                     'klienten.'}},
         'close_mappings': ['fhir:Encounter'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Verkostopalaverit'},
                                {'in_language': 'sv', 'literal_form': 'Nätverksmöten'},
                                {'in_language': 'en',
                                 'literal_form': 'Network meetings'}]} })
    care_plans: Optional[list[SharedCarePlan]] = Field(default=None, title="Shared plans", description="""The client's shared plans (normally one active).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan yhteiset '
                                                     'asiakassuunnitelmat (yleensä '
                                                     'yksi voimassa).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens gemensamma '
                                                     'klientplaner (i regel en '
                                                     'gällande).'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteiset asiakassuunnitelmat'},
                                {'in_language': 'sv',
                                 'literal_form': 'Gemensamma klientplaner'},
                                {'in_language': 'en', 'literal_form': 'Shared plans'}]} })
    cm_hoi_entries: Optional[list[CmHoiEntry]] = Field(default=None, title="CM-HOI entries", description="""Structured entries of the Case Manager process (CM-HOI sheet).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakaspäällikkötyön rakenteiset '
                                                     'kirjaukset (CM-HOI-lehti).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Strukturerade anteckningar i '
                                                     'klientchefsarbetet '
                                                     '(CM-HOI-bladet).'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'CM-HOI-kirjaukset'},
                                {'in_language': 'sv',
                                 'literal_form': 'CM-HOI-anteckningar'},
                                {'in_language': 'en',
                                 'literal_form': 'CM-HOI entries'}]} })
    status_history: Optional[list[ClienthoodStatusChange]] = Field(default=None, title="Status history", description="""The clienthood status changes, oldest first.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkuuden tilamuutokset '
                                                     'vanhimmasta alkaen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientskapets statusändringar '
                                                     'från den äldsta.'}},
         'close_mappings': ['fhir:EpisodeOfCare.statusHistory'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakkuuden tilahistoria'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klientskapets statushistorik'},
                                {'in_language': 'en',
                                 'literal_form': 'Status history'}]} })
    continuity_indices: Optional[list[ContinuityIndex]] = Field(default=None, title="Continuity indices", description="""COC, UPC and SECON before and after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'COC-, UPC- ja SECON-indeksit '
                                                     'ennen suunnitelmaa ja sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'COC-, UPC- och SECON-index före '
                                                     'och efter planen.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Hoidon jatkuvuuden indeksit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Index för vårdkontinuitet'},
                                {'in_language': 'en',
                                 'literal_form': 'Continuity indices'}]} })
    whoqol_assessments: Optional[list[WhoqolBrefAssessment]] = Field(default=None, title="WHOQOL-BREF assessments", description="""Quality-of-life assessments with item answers and domain scores.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Elämänlaadun arvioinnit '
                                                     'kysymysten vastauksineen ja '
                                                     'ulottuvuuspisteineen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Livskvalitetsbedömningar med '
                                                     'svaren på frågorna och '
                                                     'domänpoängen.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'WHOQOL-BREF-arvioinnit'},
                                {'in_language': 'sv',
                                 'literal_form': 'WHOQOL-BREF-bedömningar'},
                                {'in_language': 'en',
                                 'literal_form': 'WHOQOL-BREF assessments'}]} })
    prom_responses: Optional[list[PromResponse]] = Field(default=None, title="PROM responses", description="""Answers to the organisation's own PROM survey for shared clients.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaukset organisaation omaan '
                                                     'yhteisasiakkaiden '
                                                     'PROM-kyselyyn.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar på organisationens egen '
                                                     'PROM-enkät för gemensamma '
                                                     'klienter.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'PROM-vastaukset'},
                                {'in_language': 'sv', 'literal_form': 'PROM-svar'},
                                {'in_language': 'en',
                                 'literal_form': 'PROM responses'}]} })
    nps_responses: Optional[list[NpsResponse]] = Field(default=None, title="NPS responses", description="""Net Promoter Score answers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'NPS-suositteluhalukkuuden '
                                                     'vastaukset.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar om rekommendationsvilja '
                                                     'enligt NPS.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'NPS-vastaukset'},
                                {'in_language': 'sv', 'literal_form': 'NPS-svar'},
                                {'in_language': 'en', 'literal_form': 'NPS responses'}]} })
    service_use_counts: Optional[list[ServiceUseCount]] = Field(default=None, title="Service use", description="""Counts of service use by type, before and after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelujen käyttö lajeittain '
                                                     'ennen suunnitelmaa ja sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänsteanvändning per slag före '
                                                     'och efter planen.'}},
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelujen käyttö'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tjänsteanvändning'},
                                {'in_language': 'en', 'literal_form': 'Service use'}]} })
    functional_capacity_assessments: Optional[list[FunctionalCapacityAssessment]] = Field(default=None, title="Functional-capacity assessments", description="""The client's functional-capacity assessments.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan toimintakyvyn '
                                                     'arvioinnit.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Bedömningar av klientens '
                                                     'funktionsförmåga.'}},
         'close_mappings': ['fhir:Observation'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Toimintakyvyn arvioinnit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Bedömningar av funktionsförmåga'},
                                {'in_language': 'en',
                                 'literal_form': 'Functional-capacity assessments'}]} })
    discharges: Optional[list[Discharge]] = Field(default=None, title="Discharges", description="""The client's discharges from inpatient care.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan kotiutukset '
                                                     'vuodeosastolta.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens utskrivningar från '
                                                     'vård på avdelning.'}},
         'close_mappings': ['fhir:Encounter.hospitalization'],
         'domain_of': ['Client'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kotiutukset'},
                                {'in_language': 'sv', 'literal_form': 'Utskrivningar'},
                                {'in_language': 'en', 'literal_form': 'Discharges'}]} })

    @field_validator('henkilotunnus')
    def pattern_henkilotunnus(cls, v):
        pattern=re.compile(r"^\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid henkilotunnus format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid henkilotunnus format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('home_municipality')
    def pattern_home_municipality(cls, v):
        pattern=re.compile(r"^\d{3}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid home_municipality format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid home_municipality format: {v}"
            raise ValueError(err_msg)
        return v


class RelatedPerson(ConfiguredBaseModel):
    """
    A relative or close person of the client (omainen, läheinen).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan omainen tai läheinen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens anhörig eller '
                                                     'närstående.'}},
         'class_uri': 'cm_model:RelatedPerson',
         'exact_mappings': ['fhir:RelatedPerson'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'relationship': {'name': 'relationship', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Omainen tai läheinen'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anhörig eller närstående'},
                                {'in_language': 'en',
                                 'literal_form': 'Relative or close person'}],
         'title': 'Relative or close person'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    name: Optional[str] = Field(default=None, title="Name", description="""Display name of an organisation, worker or close person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi', 'value': 'Nimi.'},
                         'description_sv': {'tag': 'description_sv', 'value': 'Namn.'}},
         'domain_of': ['Organisation', 'Worker', 'RelatedPerson', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi'},
                                {'in_language': 'sv', 'literal_form': 'Namn'},
                                {'in_language': 'en', 'literal_form': 'Name'}]} })
    relationship: RelationshipType = Field(default=..., title="Relationship", description="""How the person relates to the client.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Henkilön suhde asiakkaaseen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Personens relation till '
                                                     'klienten.'}},
         'domain_of': ['RelatedPerson'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Suhde'},
                                {'in_language': 'sv', 'literal_form': 'Relation'},
                                {'in_language': 'en', 'literal_form': 'Relationship'}]} })
    is_contact_person: Optional[bool] = Field(default=None, title="Contact person", description="""Whether the person is the client's contact person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Onko henkilö asiakkaan '
                                                     'yhteyshenkilö.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om personen är klientens '
                                                     'kontaktperson.'}},
         'domain_of': ['RelatedPerson'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yhteyshenkilö'},
                                {'in_language': 'sv', 'literal_form': 'Kontaktperson'},
                                {'in_language': 'en',
                                 'literal_form': 'Contact person'}]} })
    may_receive_information: Optional[bool] = Field(default=None, title="May receive information", description="""Whether the client allows information to be given to this person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Saako henkilölle antaa tietoja '
                                                     'asiakkaan luvalla.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om personen får uppgifter med '
                                                     'klientens samtycke.'}},
         'domain_of': ['RelatedPerson'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Saa tietoja'},
                                {'in_language': 'sv',
                                 'literal_form': 'Får information'},
                                {'in_language': 'en',
                                 'literal_form': 'May receive information'}]} })


class ContactArrangement(ConfiguredBaseModel):
    """
    How the client and the responsible worker keep in contact in non-urgent matters; it may be the worker who contacts the client.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten asiakas ja '
                                                     'vastuutyöntekijä pitävät '
                                                     'yhteyttä kiireettömissä '
                                                     'asioissa; yhteyttä voi ottaa '
                                                     'myös työntekijä sovitusti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur klienten och den ansvariga '
                                                     'arbetstagaren håller kontakt i '
                                                     'icke-brådskande ärenden; enligt '
                                                     'överenskommelse kan också '
                                                     'arbetstagaren ta kontakt.'}},
         'class_uri': 'cm_model:ContactArrangement',
         'close_mappings': ['fhir:CarePlan.activity'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'initiated_by': {'name': 'initiated_by', 'required': True},
                        'preferred_channel': {'name': 'preferred_channel',
                                              'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteydenottosopimus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Kontaktöverenskommelse'},
                                {'in_language': 'en',
                                 'literal_form': 'Contact arrangement'}],
         'title': 'Contact arrangement'})

    preferred_channel: ContactChannel = Field(default=..., title="Channel", description="""The agreed contact channel.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Sovittu yhteydenottotapa '
                                                     'kiireettömissä asioissa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Överenskommet kontaktsätt i '
                                                     'icke-brådskande ärenden.'}},
         'domain_of': ['ContactArrangement'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteydenottotapa'},
                                {'in_language': 'sv', 'literal_form': 'Kontaktsätt'},
                                {'in_language': 'en', 'literal_form': 'Channel'}]} })
    initiated_by: ContactInitiator = Field(default=..., title="Initiated by", description="""Who takes the contact as agreed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kumpi ottaa yhteyttä sovitusti: '
                                                     'asiakas vai työntekijä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som tar kontakt enligt '
                                                     'överenskommelse: klienten eller '
                                                     'arbetstagaren.'}},
         'domain_of': ['ContactArrangement'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteydenoton aloittaja'},
                                {'in_language': 'sv',
                                 'literal_form': 'Initiativtagare'},
                                {'in_language': 'en', 'literal_form': 'Initiated by'}]} })
    arrangement_text: Optional[str] = Field(default=None, title="Agreed practice", description="""What was agreed, in words (e.g. a call every other Monday).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä sovittiin, sanallisesti '
                                                     '(esim. puhelu joka toinen '
                                                     'maanantai).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad som överenskoms, i ord '
                                                     '(t.ex. ett samtal varannan '
                                                     'måndag).'}},
         'domain_of': ['ContactArrangement'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Sovittu käytäntö'},
                                {'in_language': 'sv',
                                 'literal_form': 'Överenskommen praxis'},
                                {'in_language': 'en',
                                 'literal_form': 'Agreed practice'}]} })
    agreed_date: Optional[date] = Field(default=None, title="Agreed on", description="""When it was agreed.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin sovittiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När överenskommelsen gjordes.'}},
         'domain_of': ['ContactArrangement', 'CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Sopimispäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Datum för överenskommelse'},
                                {'in_language': 'en', 'literal_form': 'Agreed on'}]} })


class Consent(ConfiguredBaseModel):
    """
    A consent decision: to be contacted by the coordinators, or to disclose data between organisations (luovutuslupa).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suostumuspäätös: '
                                                     'koordinaattorien yhteydenottoon '
                                                     'tai tietojen luovuttamiseen '
                                                     'organisaatioiden välillä '
                                                     '(luovutuslupa).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Beslut om samtycke: till att '
                                                     'koordinatorerna tar kontakt '
                                                     'eller till att uppgifter lämnas '
                                                     'ut mellan organisationer '
                                                     '(utlämnandetillstånd).'}},
         'class_uri': 'cm_model:Consent',
         'exact_mappings': ['fhir:Consent'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'consent_status': {'name': 'consent_status', 'required': True},
                        'consent_type': {'name': 'consent_type', 'required': True},
                        'decision_date': {'name': 'decision_date', 'required': True},
                        'valid_until': {'annotations': {'period_start': {'tag': 'period_start',
                                                                         'value': 'decision_date'}},
                                        'name': 'valid_until'}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Suostumus'},
                                {'in_language': 'sv', 'literal_form': 'Samtycke'},
                                {'in_language': 'en', 'literal_form': 'Consent'}],
         'title': 'Consent'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    consent_type: ConsentType = Field(default=..., title="Consent type", description="""What the consent is for.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä suostumus koskee.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad samtycket gäller.'}},
         'close_mappings': ['fhir:Consent.category'],
         'domain_of': ['Consent'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Suostumuksen laji'},
                                {'in_language': 'sv',
                                 'literal_form': 'Typ av samtycke'},
                                {'in_language': 'en', 'literal_form': 'Consent type'}]} })
    consent_status: ConsentStatus = Field(default=..., title="Status", description="""Given, refused or withdrawn.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Annettu, kieltäydytty tai '
                                                     'peruttu.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Givet, vägrat eller '
                                                     'återkallat.'}},
         'close_mappings': ['fhir:Consent.status'],
         'domain_of': ['Consent'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Suostumuksen tila'},
                                {'in_language': 'sv',
                                 'literal_form': 'Samtyckets status'},
                                {'in_language': 'en', 'literal_form': 'Status'}]} })
    decision_date: date = Field(default=..., title="Decision date", description="""When the client gave, refused or withdrew the consent.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin asiakas antoi '
                                                     'suostumuksen, kieltäytyi tai '
                                                     'perui sen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När klienten gav, vägrade eller '
                                                     'återkallade samtycket.'}},
         'domain_of': ['Consent'],
         'exact_mappings': ['fhir:Consent.dateTime'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päätöspäivä'},
                                {'in_language': 'sv', 'literal_form': 'Beslutsdatum'},
                                {'in_language': 'en', 'literal_form': 'Decision date'}]} })
    recorded_by: Optional[str] = Field(default=None, title="Recorded by", description="""The worker who recorded it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kirjauksen tehnyt työntekijä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagaren som gjorde '
                                                     'anteckningen.'}},
         'domain_of': ['Consent'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kirjaaja'},
                                {'in_language': 'sv', 'literal_form': 'Registrerad av'},
                                {'in_language': 'en', 'literal_form': 'Recorded by'}]} })
    disclosure_recipient: Optional[str] = Field(default=None, title="Recipient", description="""To whom data may be disclosed under a luovutuslupa.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kenelle tietoja saa luovuttaa '
                                                     'luovutusluvan perusteella.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Till vem uppgifter får lämnas ut '
                                                     'med stöd av '
                                                     'utlämnandetillståndet.'}},
         'close_mappings': ['fhir:Consent.provision.actor'],
         'domain_of': ['Consent'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Tietojen vastaanottaja'},
                                {'in_language': 'sv',
                                 'literal_form': 'Mottagare av uppgifter'},
                                {'in_language': 'en', 'literal_form': 'Recipient'}]} })
    valid_until: Optional[date] = Field(default=None, title="Valid until", description="""Last day the rule or consent applies.""", json_schema_extra = { "linkml_meta": {'annotations': {'period_start': {'tag': 'period_start',
                                          'value': 'decision_date'}},
         'close_mappings': ['fhir:Consent.provision.period'],
         'domain_of': ['ScopeRule', 'Consent'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Voimassa asti'},
                                {'in_language': 'sv', 'literal_form': 'Gäller till'},
                                {'in_language': 'en', 'literal_form': 'Valid until'}]} })


class ObservedTrigger(ConfiguredBaseModel):
    """
    A trigger observed on the client: which, when, by whom and on what evidence.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaalla havaittu heräte: '
                                                     'mikä, milloin, kenen '
                                                     'havaitsemana ja millä '
                                                     'perusteella.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En signal som observerats hos '
                                                     'klienten: vilken, när, av vem '
                                                     'och på vilken grund.'}},
         'class_uri': 'cm_model:ObservedTrigger',
         'close_mappings': ['fhir:Flag'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'observed_date': {'name': 'observed_date', 'required': True},
                        'trigger_code': {'name': 'trigger_code', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Havaittu heräte'},
                                {'in_language': 'sv',
                                 'literal_form': 'Observerad signal'},
                                {'in_language': 'en',
                                 'literal_form': 'Observed trigger'}],
         'title': 'Observed trigger'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    trigger_code: str = Field(default=..., title="Trigger", description="""The catalogue entry that was observed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Heräteluettelon heräte, joka '
                                                     'havaittiin (herätteen koodi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Signalen i signalkatalogen som '
                                                     'observerades (signalens kod).'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Heräte'},
                                {'in_language': 'sv', 'literal_form': 'Signal'},
                                {'in_language': 'en', 'literal_form': 'Trigger'}]} })
    observed_date: date = Field(default=..., title="Observed on", description="""When the trigger was observed.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin heräte havaittiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När signalen observerades.'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Havaintopäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Observationsdatum'},
                                {'in_language': 'en', 'literal_form': 'Observed on'}]} })
    observed_by: Optional[str] = Field(default=None, title="Observed by", description="""The worker who observed it, if from the organisation.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Havainnut työntekijä, jos hän on '
                                                     'organisaation työntekijä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagaren som observerade '
                                                     'signalen, om hen är anställd i '
                                                     'organisationen.'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Havaitsija'},
                                {'in_language': 'sv', 'literal_form': 'Observerad av'},
                                {'in_language': 'en', 'literal_form': 'Observed by'}]} })
    observer_sector: Optional[Sector] = Field(default=None, title="Observer's sector", description="""The sector of whoever identified the client (NGO and private sector allowed).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tunnistajan toimiala; myös '
                                                     'järjestö tai yksityinen '
                                                     'palveluntuottaja.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den identifierandes sektor; '
                                                     'också en frivilligorganisation '
                                                     'eller en privat '
                                                     'tjänsteproducent.'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Havaitsijan toimiala'},
                                {'in_language': 'sv',
                                 'literal_form': 'Observatörens sektor'},
                                {'in_language': 'en',
                                 'literal_form': "Observer's sector"}]} })
    evidence_text: Optional[str] = Field(default=None, title="Evidence", description="""What was observed, in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä havaittiin, sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad som observerades, i ord.'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Perustelu'},
                                {'in_language': 'sv', 'literal_form': 'Motivering'},
                                {'in_language': 'en', 'literal_form': 'Evidence'}]} })
    evidence_contact_ids: Optional[list[str]] = Field(default=None, title="Evidence contacts", description="""The service contacts the trigger was computed from.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelutapahtumat, joista heräte '
                                                     'laskettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Servicehändelserna som signalen '
                                                     'räknades ut ur.'}},
         'domain_of': ['ObservedTrigger'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Perustelevat palvelutapahtumat'},
                                {'in_language': 'sv',
                                 'literal_form': 'Underliggande servicehändelser'},
                                {'in_language': 'en',
                                 'literal_form': 'Evidence contacts'}]} })


class Referral(ConfiguredBaseModel):
    """
    The notification of a candidate shared client to the case manager, coordinator or responsible worker (e.g. by phone or a record-system message).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ilmoitus ehdokkaana olevasta '
                                                     'yhteisasiakkaasta '
                                                     'asiakaspäällikölle, '
                                                     'koordinaattorille tai '
                                                     'vastuutyöntekijälle (esim. '
                                                     'puhelimella tai '
                                                     'potilastietojärjestelmän '
                                                     'viestillä).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anmälan om en kandidat till '
                                                     'gemensam klient till '
                                                     'klientchefen, koordinatorn eller '
                                                     'den ansvariga arbetstagaren '
                                                     '(t.ex. per telefon eller med ett '
                                                     'meddelande i '
                                                     'patientdatasystemet).'}},
         'class_uri': 'cm_model:Referral',
         'close_mappings': ['fhir:ServiceRequest', 'fhir:Communication'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'channel': {'name': 'channel', 'required': True},
                        'referral_date': {'name': 'referral_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ilmoitus yhteisasiakkaasta'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anmälan om gemensam klient'},
                                {'in_language': 'en', 'literal_form': 'Referral'}],
         'title': 'Referral'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    referral_date: date = Field(default=..., title="Referral date", description="""When the notification was made.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin ilmoitus tehtiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När anmälan gjordes.'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ilmoituspäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anmälningsdatum'},
                                {'in_language': 'en', 'literal_form': 'Referral date'}]} })
    referred_by: Optional[str] = Field(default=None, title="Referred by", description="""The professional who notified.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ilmoituksen tehnyt '
                                                     'ammattilainen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Yrkespersonen som gjorde '
                                                     'anmälan.'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ilmoittaja'},
                                {'in_language': 'sv', 'literal_form': 'Anmälare'},
                                {'in_language': 'en', 'literal_form': 'Referred by'}]} })
    referrer_type: Optional[ReferrerType] = Field(default=None, title="Referred by (type)", description="""Whether a worker of the organisation, an NGO or a private provider made the referral.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tekikö ilmoituksen organisaation '
                                                     'työntekijä, järjestö vai '
                                                     'yksityinen palveluntuottaja.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om anmälan gjordes av en '
                                                     'arbetstagare i organisationen, '
                                                     'en organisation inom tredje '
                                                     'sektorn eller en privat '
                                                     'tjänsteproducent.'},
                         'source': {'tag': 'source',
                                    'value': "seed 004: 'Tunnistus asiakkaasta voi "
                                             'tulla eri toimialueilta, järjestö- tai '
                                             "yksityiseltä sektorilta.'"}},
         'close_mappings': ['fhir:ServiceRequest.requester'],
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ilmoittajan tyyppi'},
                                {'in_language': 'sv', 'literal_form': 'Anmälarens typ'},
                                {'in_language': 'en',
                                 'literal_form': 'Referred by (type)'}]} })
    referring_organisation: Optional[str] = Field(default=None, title="Referring organisation", description="""The NGO or private provider that made the referral, by name.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Järjestö tai yksityinen '
                                                     'palveluntuottaja, joka teki '
                                                     'ilmoituksen, nimeltä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationen inom tredje '
                                                     'sektorn eller den privata '
                                                     'tjänsteproducenten som gjorde '
                                                     'anmälan, med namn.'}},
         'close_mappings': ['fhir:ServiceRequest.requester'],
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ilmoittava organisaatio'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anmälande organisation'},
                                {'in_language': 'en',
                                 'literal_form': 'Referring organisation'}]} })
    recipient: Optional[str] = Field(default=None, title="Recipient", description="""The case manager, coordinator or responsible worker notified.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakaspäällikkö, koordinaattori '
                                                     'tai vastuutyöntekijä, jolle '
                                                     'ilmoitettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientchefen, koordinatorn eller '
                                                     'den ansvariga arbetstagaren som '
                                                     'anmälan gjordes till.'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastaanottaja'},
                                {'in_language': 'sv', 'literal_form': 'Mottagare'},
                                {'in_language': 'en', 'literal_form': 'Recipient'}]} })
    channel: ContactChannel = Field(default=..., title="Channel", description="""How the notification was made (phone, record-system message, …).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten ilmoitus tehtiin (puhelin, '
                                                     'potilastietojärjestelmän viesti '
                                                     '…).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur anmälan gjordes (telefon, '
                                                     'meddelande i patientdatasystemet '
                                                     '…).'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kanava'},
                                {'in_language': 'sv', 'literal_form': 'Kanal'},
                                {'in_language': 'en', 'literal_form': 'Channel'}]} })
    observed_trigger_ids: Optional[list[str]] = Field(default=None, title="Based on triggers", description="""The observed triggers the notification is based on.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Havaittu heräte, johon ilmoitus '
                                                     'perustuu (herätteen tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den observerade signal som '
                                                     'anmälan grundar sig på '
                                                     '(signalens identifierare).'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Perusteena olevat herätteet'},
                                {'in_language': 'sv',
                                 'literal_form': 'Signaler som grund'},
                                {'in_language': 'en',
                                 'literal_form': 'Based on triggers'}]} })
    referral_text: Optional[str] = Field(default=None, title="Referral text", description="""The content of the notification.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ilmoituksen sisältö.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anmälans innehåll.'}},
         'domain_of': ['Referral'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ilmoituksen sisältö'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anmälans innehåll'},
                                {'in_language': 'en', 'literal_form': 'Referral text'}]} })


class ResponsibleWorkerAssignment(ConfiguredBaseModel):
    """
    A period during which a worker holds a responsible-worker role for the client; two may run at once.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Jakso, jona työntekijä toimii '
                                                     'asiakkaan vastuutyöntekijänä tai '
                                                     'vastaavassa roolissa; kaksi voi '
                                                     'olla yhtä aikaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En period då en arbetstagare är '
                                                     'klientens ansvariga arbetstagare '
                                                     'eller har en motsvarande roll; '
                                                     'två kan vara samtidiga.'}},
         'class_uri': 'cm_model:ResponsibleWorkerAssignment',
         'close_mappings': ['fhir:CareTeam.participant'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'role': {'name': 'role', 'required': True},
                        'start_date': {'name': 'start_date', 'required': True},
                        'worker_id': {'name': 'worker_id', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Vastuutyöntekijän nimeäminen'},
                                {'in_language': 'sv',
                                 'literal_form': 'Utnämning av ansvarig arbetstagare'},
                                {'in_language': 'en',
                                 'literal_form': 'Responsible-worker assignment'}],
         'title': 'Responsible-worker assignment'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    worker_id: str = Field(default=..., title="Worker", description="""The worker.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimetty työntekijä (työntekijän '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den utsedda arbetstagaren '
                                                     '(arbetstagarens '
                                                     'identifierare).'}},
         'close_mappings': ['fhir:CareTeam.participant.member'],
         'domain_of': ['ResponsibleWorkerAssignment', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Työntekijä'},
                                {'in_language': 'sv', 'literal_form': 'Arbetstagare'},
                                {'in_language': 'en', 'literal_form': 'Worker'}]} })
    role: ResponsibleWorkerRole = Field(default=..., title="Role", description="""The role held.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Rooli: vastuutyöntekijä, '
                                                     'omatyöntekijä, asiakaspäällikkö '
                                                     '…'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Roll: ansvarig arbetstagare, '
                                                     'egen kontaktperson, klientchef '
                                                     '…'}},
         'domain_of': ['ResponsibleWorkerAssignment'],
         'exact_mappings': ['fhir:CareTeam.participant.role'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Rooli'},
                                {'in_language': 'sv', 'literal_form': 'Roll'},
                                {'in_language': 'en', 'literal_form': 'Role'}]} })
    start_date: date = Field(default=..., title="Start date", description="""First day.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Första dagen.'}},
         'close_mappings': ['fhir:CareTeam.participant.period',
                            'fhir:CarePlan.period',
                            'fhir:Period.start'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Alkupäivä'},
                                {'in_language': 'sv', 'literal_form': 'Startdatum'},
                                {'in_language': 'en', 'literal_form': 'Start date'}]} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""Last day; empty while ongoing.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Viimeinen päivä; tyhjä, kun yhä '
                                                     'voimassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Sista dagen; tom när den '
                                                     'fortfarande gäller.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'start_date'}},
         'close_mappings': ['fhir:Encounter.period', 'fhir:Period.end'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'ServiceContact',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päättymispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Slutdatum'},
                                {'in_language': 'en', 'literal_form': 'End date'}]} })
    client_informed: Optional[bool] = Field(default=None, title="Client informed", description="""Whether the client has been told of the named worker and what the role means.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Onko asiakkaalle kerrottu '
                                                     'nimetystä työntekijästä ja '
                                                     'roolin merkityksestä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om klienten har informerats om '
                                                     'den utsedda arbetstagaren och '
                                                     'vad rollen innebär.'}},
         'domain_of': ['ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakasta informoitu'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klienten informerad'},
                                {'in_language': 'en',
                                 'literal_form': 'Client informed'}]} })
    client_informed_date: Optional[date] = Field(default=None, title="Informed on", description="""When the client was told.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin asiakkaalle kerrottiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När klienten informerades.'}},
         'domain_of': ['ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Informointipäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Datum för information'},
                                {'in_language': 'en', 'literal_form': 'Informed on'}]} })
    handover_from: Optional[str] = Field(default=None, title="Handed over from", description="""The earlier assignment this one took over with a guided handover (saattaen vaihtaminen).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Aiempi nimeäminen, josta tehtävä '
                                                     'saattaen vaihdettiin (sen '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tidigare utnämningen från '
                                                     'vilken uppgiften överlämnades '
                                                     'med stöd (dess identifierare).'}},
         'domain_of': ['ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Saattaen vaihdettu tehtävästä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Överlämnat från'},
                                {'in_language': 'en',
                                 'literal_form': 'Handed over from'}]} })
    main_service_sector: Optional[Sector] = Field(default=None, title="Main service", description="""The sector of the service where the client mainly is, from which the worker is chosen.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelu, jossa asiakas '
                                                     'pääasiassa asioi ja josta '
                                                     'työntekijä valitaan.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den tjänst som klienten '
                                                     'huvudsakligen anlitar och från '
                                                     'vilken arbetstagaren väljs.'}},
         'domain_of': ['ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Pääasiallinen palvelu'},
                                {'in_language': 'sv',
                                 'literal_form': 'Huvudsaklig tjänst'},
                                {'in_language': 'en', 'literal_form': 'Main service'}]} })
    contact_arrangement: Optional[ContactArrangement] = Field(default=None, title="Contact arrangement", description="""How the client and the responsible worker keep contact in non-urgent matters.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten asiakas ja '
                                                     'vastuutyöntekijä pitävät '
                                                     'yhteyttä kiireettömissä '
                                                     'asioissa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur klienten och den ansvariga '
                                                     'arbetstagaren håller kontakt i '
                                                     'icke-brådskande ärenden.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteydenottosopimus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Kontaktöverenskommelse'},
                                {'in_language': 'en',
                                 'literal_form': 'Contact arrangement'}]} })
    client_group_marking: Optional[ClientGroupMarking] = Field(default=None, title="Client-group marking", description="""The client-group marking of common recording practice (e.g. Asiakaspäällikön asiakas).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yhteisen kirjaamiskäytännön '
                                                     'asiakasryhmämerkintä, esim. '
                                                     'Asiakaspäällikön asiakas.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientgruppsmarkering enligt den '
                                                     'gemensamma '
                                                     'dokumentationspraxisen, t.ex. '
                                                     'Klient hos klientchef.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakasryhmämerkintä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klientgruppsmarkering'},
                                {'in_language': 'en',
                                 'literal_form': 'Client-group marking'}]} })
    client_group_marking_name: Optional[str] = Field(default=None, title="Local marking name", description="""The organisation's own name of the client-group marking when the code is OTHER_LOCAL_MARKING.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation oma '
                                                     'asiakasryhmämerkinnän nimi, kun '
                                                     'koodi on OTHER_LOCAL_MARKING.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Organisationens eget namn på '
                                                     'klientgruppsmarkeringen när '
                                                     'koden är OTHER_LOCAL_MARKING.'}},
         'domain_of': ['Client', 'ResponsibleWorkerAssignment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Paikallisen merkinnän nimi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Lokal markerings namn'},
                                {'in_language': 'en',
                                 'literal_form': 'Local marking name'}]} })


class SharedCarePlan(ConfiguredBaseModel):
    """
    The one shared plan drafted with the client and updated at every contact by any professional.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksi yhteinen '
                                                     'asiakassuunnitelma, joka '
                                                     'laaditaan asiakkaan kanssa ja '
                                                     'jota kuka tahansa ammattilainen '
                                                     'päivittää jokaisessa '
                                                     'kontaktissa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En enda gemensam klientplan som '
                                                     'upprättas tillsammans med '
                                                     'klienten och som vilken '
                                                     'yrkesperson som helst uppdaterar '
                                                     'vid varje kontakt.'}},
         'class_uri': 'cm_model:SharedCarePlan',
         'exact_mappings': ['fhir:CarePlan'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'created_date': {'name': 'created_date', 'required': True},
                        'plan_status': {'name': 'plan_status', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhteinen asiakassuunnitelma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Gemensam klientplan'},
                                {'in_language': 'en', 'literal_form': 'Shared plan'}],
         'title': 'Shared plan'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    created_date: date = Field(default=..., title="Created on", description="""When the plan was first drafted.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin suunnitelma laadittiin '
                                                     'ensimmäisen kerran.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När planen först upprättades.'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Laatimispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Upprättad'},
                                {'in_language': 'en', 'literal_form': 'Created on'}]} })
    created_by: Optional[str] = Field(default=None, title="Created by", description="""Who drafted the plan with the client.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka laati suunnitelman yhdessä '
                                                     'asiakkaan kanssa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som upprättade planen '
                                                     'tillsammans med klienten.'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Laatija'},
                                {'in_language': 'sv', 'literal_form': 'Upprättad av'},
                                {'in_language': 'en', 'literal_form': 'Created by'}]} })
    participants: Optional[list[Participant]] = Field(default=None, title="Participants", description="""Who took part (the client, relatives, workers, others).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ketkä osallistuivat (asiakas, '
                                                     'omaiset, työntekijät, muut).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilka som deltog (klienten, '
                                                     'anhöriga, arbetstagare, '
                                                     'andra).'}},
         'close_mappings': ['fhir:Encounter.participant'],
         'domain_of': ['SharedCarePlan', 'NetworkMeeting', 'PlanReview'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Osallistujat'},
                                {'in_language': 'sv', 'literal_form': 'Deltagare'},
                                {'in_language': 'en', 'literal_form': 'Participants'}]} })
    source_plans: Optional[list[SourcePlan]] = Field(default=None, title="Linked source plans", description="""The client's other plans that the shared plan integrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan muut suunnitelmat, '
                                                     'jotka yhteinen suunnitelma '
                                                     'yhdistää.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens andra planer som den '
                                                     'gemensamma planen integrerar.'}},
         'close_mappings': ['fhir:CarePlan.basedOn'],
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhdistetyt suunnitelmat'},
                                {'in_language': 'sv',
                                 'literal_form': 'Integrerade planer'},
                                {'in_language': 'en',
                                 'literal_form': 'Linked source plans'}]} })
    plan_status: PlanStatus = Field(default=..., title="Status", description="""The plan's status.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelman tila.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Planens status.'}},
         'close_mappings': ['fhir:CarePlan.status'],
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tila'},
                                {'in_language': 'sv', 'literal_form': 'Status'},
                                {'in_language': 'en', 'literal_form': 'Status'}]} })
    goals: Optional[list[ClientGoal]] = Field(default=None, title="Goals", description="""The client's own, right-sized goals.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan omat, sopivan kokoiset '
                                                     'tavoitteet.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens egna mål av lämplig '
                                                     'storlek.'}},
         'domain_of': ['SharedCarePlan'],
         'exact_mappings': ['fhir:CarePlan.goal'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tavoitteet'},
                                {'in_language': 'sv', 'literal_form': 'Mål'},
                                {'in_language': 'en', 'literal_form': 'Goals'}]} })
    services: Optional[list[PlannedService]] = Field(default=None, title="Services and actions", description="""What is done and who provides it.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä tehdään ja kuka sen '
                                                     'toteuttaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad som görs och vem som utför '
                                                     'det.'}},
         'close_mappings': ['fhir:CarePlan.activity'],
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelut ja toimenpiteet'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tjänster och åtgärder'},
                                {'in_language': 'en',
                                 'literal_form': 'Services and actions'}]} })
    care_responsibilities: Optional[list[CareResponsibility]] = Field(default=None, title="Care responsibilities", description="""Who holds care responsibility for each problem or diagnosis (the network-meeting outcome).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kenellä on hoitovastuu kustakin '
                                                     'ongelmasta tai diagnoosista '
                                                     '(verkostopalaverin tulos).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som har vårdansvaret för '
                                                     'varje problem eller diagnos '
                                                     '(resultatet av ett '
                                                     'nätverksmöte).'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Hoitovastuut'},
                                {'in_language': 'sv', 'literal_form': 'Vårdansvar'},
                                {'in_language': 'en',
                                 'literal_form': 'Care responsibilities'}]} })
    review_schedule: Optional[ReviewSchedule] = Field(default=None, title="Review schedule", description="""How and when the client's situation is reviewed together.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten ja milloin asiakkaan '
                                                     'tilannetta arvioidaan yhdessä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur och när klientens situation '
                                                     'bedöms tillsammans.'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Arviointiaikataulu'},
                                {'in_language': 'sv',
                                 'literal_form': 'Uppföljningsschema'},
                                {'in_language': 'en',
                                 'literal_form': 'Review schedule'}]} })
    reviews: Optional[list[PlanReview]] = Field(default=None, title="Held reviews", description="""The reviews of the plan that took place.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelman toteutuneet '
                                                     'arvioinnit.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Genomförda uppföljningar av '
                                                     'planen.'}},
         'close_mappings': ['fhir:ClinicalImpression'],
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Pidetyt arvioinnit'},
                                {'in_language': 'sv',
                                 'literal_form': 'Genomförda uppföljningar'},
                                {'in_language': 'en', 'literal_form': 'Held reviews'}]} })
    intensive_support_periods: Optional[list[IntensiveSupportPeriod]] = Field(default=None, title="Intensive support periods", description="""The periods of time-limited, intensive support agreed in the plan; support may lighten and return, so there may be several (replaces the single intensive_support of 0.1.0).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelmassa sovitut '
                                                     'määräaikaisen, intensiivisen '
                                                     'tuen jaksot; tuki voi keventyä '
                                                     'ja palata, joten jaksoja voi '
                                                     'olla useita (korvaa 0.1.0:n '
                                                     'yksittäisen '
                                                     'intensive_support-kentän).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Perioder av tidsbegränsat, '
                                                     'intensivt stöd som avtalats i '
                                                     'planen; stödet kan lättas och '
                                                     'återkomma, så perioderna kan '
                                                     'vara flera (ersätter det enda '
                                                     'intensive_support i 0.1.0).'}},
         'close_mappings': ['fhir:CarePlan.period'],
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Intensiivisen tuen jaksot'},
                                {'in_language': 'sv',
                                 'literal_form': 'Perioder av intensivt stöd'},
                                {'in_language': 'en',
                                 'literal_form': 'Intensive support periods'}]} })
    client_view: Optional[str] = Field(default=None, title="Client's view", description="""The client's own view of the situation and the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan oma näkemys '
                                                     'tilanteesta ja suunnitelmasta.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens egen syn på '
                                                     'situationen och planen.'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakkaan näkemys'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klientens synpunkt'},
                                {'in_language': 'en', 'literal_form': "Client's view"}]} })
    revisions: Optional[list[PlanRevision]] = Field(default=None, title="Revisions", description="""Who changed what and when; any professional may update the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka muutti mitä ja milloin; '
                                                     'kuka tahansa ammattilainen voi '
                                                     'päivittää suunnitelmaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem ändrade vad och när; vilken '
                                                     'yrkesperson som helst kan '
                                                     'uppdatera planen.'}},
         'domain_of': ['SharedCarePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päivitykset'},
                                {'in_language': 'sv', 'literal_form': 'Revideringar'},
                                {'in_language': 'en', 'literal_form': 'Revisions'}]} })


class ClientGoal(ConfiguredBaseModel):
    """
    One of the client's own, right-sized goals.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksi asiakkaan omista, sopivan '
                                                     'kokoisista tavoitteista.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett av klientens egna mål av '
                                                     'lämplig storlek.'}},
         'class_uri': 'cm_model:ClientGoal',
         'exact_mappings': ['fhir:Goal'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'goal_status': {'name': 'goal_status', 'required': True},
                        'goal_text': {'name': 'goal_text', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakkaan tavoite'},
                                {'in_language': 'sv', 'literal_form': 'Klientens mål'},
                                {'in_language': 'en', 'literal_form': 'Client goal'}],
         'title': 'Client goal'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    goal_text: str = Field(default=..., title="Goal", description="""The goal in the client's words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tavoite asiakkaan omin sanoin, '
                                                     'sopivan kokoisena.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Målet med klientens egna ord, i '
                                                     'lämplig storlek.'}},
         'domain_of': ['ClientGoal'],
         'exact_mappings': ['fhir:Goal.description'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tavoite'},
                                {'in_language': 'sv', 'literal_form': 'Mål'},
                                {'in_language': 'en', 'literal_form': 'Goal'}]} })
    goal_status: GoalStatus = Field(default=..., title="Goal status", description="""How the goal stands.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tavoitteen tilanne.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Målets läge.'}},
         'close_mappings': ['fhir:Goal.lifecycleStatus', 'fhir:Goal.achievementStatus'],
         'domain_of': ['ClientGoal'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Tavoitteen tila'},
                                {'in_language': 'sv', 'literal_form': 'Målets status'},
                                {'in_language': 'en', 'literal_form': 'Goal status'}]} })
    set_date: Optional[date] = Field(default=None, title="Set on", description="""When the goal was set.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin tavoite asetettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När målet sattes.'}},
         'domain_of': ['ClientGoal'],
         'exact_mappings': ['fhir:Goal.startDate'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Asetettu'},
                                {'in_language': 'sv', 'literal_form': 'Satt'},
                                {'in_language': 'en', 'literal_form': 'Set on'}]} })
    target_date: Optional[date] = Field(default=None, title="Target date", description="""When the goal should be reached.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mihin mennessä tavoite on '
                                                     'tarkoitus saavuttaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Till när målet ska nås.'},
                         'period_start': {'tag': 'period_start', 'value': 'set_date'}},
         'domain_of': ['ClientGoal'],
         'exact_mappings': ['fhir:Goal.target.dueDate'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tavoitepäivä'},
                                {'in_language': 'sv', 'literal_form': 'Måldatum'},
                                {'in_language': 'en', 'literal_form': 'Target date'}]} })
    set_by_client: Optional[bool] = Field(default=None, title="Client's own goal", description="""Whether the client set the goal.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asettiko asiakas tavoitteen '
                                                     'itse.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om klienten själv satte målet.'}},
         'domain_of': ['ClientGoal'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakkaan oma tavoite'},
                                {'in_language': 'sv',
                                 'literal_form': 'Klientens eget mål'},
                                {'in_language': 'en',
                                 'literal_form': "Client's own goal"}]} })


class PlannedService(ConfiguredBaseModel):
    """
    A service or action in the plan and who provides it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelman palvelu tai '
                                                     'toimenpide ja sen toteuttaja.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En tjänst eller åtgärd i planen '
                                                     'och vem som utför den.'}},
         'class_uri': 'cm_model:PlannedService',
         'close_mappings': ['fhir:CarePlan.activity'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'end_date': {'annotations': {'date_kind': {'tag': 'date_kind',
                                                                   'value': 'planned'}},
                                     'name': 'end_date'},
                        'service_text': {'name': 'service_text', 'required': True},
                        'start_date': {'annotations': {'date_kind': {'tag': 'date_kind',
                                                                     'value': 'planned'}},
                                       'name': 'start_date'}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelu tai toimenpide'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tjänst eller åtgärd'},
                                {'in_language': 'en',
                                 'literal_form': 'Planned service'}],
         'title': 'Planned service'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    service_text: str = Field(default=..., title="Service or action", description="""The service or action in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelu tai toimenpide '
                                                     'sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänsten eller åtgärden i ord.'}},
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelu tai toimenpide'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tjänst eller åtgärd'},
                                {'in_language': 'en',
                                 'literal_form': 'Service or action'}]} })
    sector: Optional[Sector] = Field(default=None, title="Sector", description="""The service sector.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun toimiala.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens sektor.'}},
         'domain_of': ['Worker', 'PlannedService', 'ServiceContact', 'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toimiala'},
                                {'in_language': 'sv', 'literal_form': 'Sektor'},
                                {'in_language': 'en', 'literal_form': 'Sector'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    provider_worker: Optional[str] = Field(default=None, title="Provided by", description="""The worker who provides it, if a named worker.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun toteuttava työntekijä, '
                                                     'jos nimetty.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagaren som utför '
                                                     'tjänsten, om en sådan utsetts.'}},
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toteuttaja'},
                                {'in_language': 'sv', 'literal_form': 'Utförare'},
                                {'in_language': 'en', 'literal_form': 'Provided by'}]} })
    goal_ids: Optional[list[str]] = Field(default=None, title="For goals", description="""The goals the service supports.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tavoite, jota palvelu tukee '
                                                     '(tavoitteen tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Målet som tjänsten stöder '
                                                     '(målets identifierare).'}},
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Liittyy tavoitteisiin'},
                                {'in_language': 'sv', 'literal_form': 'Hör till mål'},
                                {'in_language': 'en', 'literal_form': 'For goals'}]} })
    sequence_number: Optional[int] = Field(default=None, title="Order", description="""The place of the service in the order in which the services are to be carried out (1 first).""", ge=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun paikka siinä '
                                                     'järjestyksessä, jossa palvelut '
                                                     'toteutetaan (1 ensin).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens plats i den ordning '
                                                     'tjänsterna ska genomföras (1 '
                                                     'först).'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'Palvelut ovat "
                                             'riippuvuussuhteessa toisiinsa ja ne '
                                             'tulee onnistua toteuttaa oikeassa '
                                             "järjestyksessä'"}},
         'close_mappings': ['fhir:CarePlan.activity.detail'],
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Järjestys'},
                                {'in_language': 'sv', 'literal_form': 'Ordning'},
                                {'in_language': 'en', 'literal_form': 'Order'}]} })
    depends_on: Optional[list[str]] = Field(default=None, title="Depends on", description="""The services (ids in the same plan) that must come first.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelut (saman suunnitelman '
                                                     'tunnisteet), joiden tulee '
                                                     'toteutua ensin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänster (identifierare i samma '
                                                     'plan) som ska genomföras '
                                                     'först.'}},
         'close_mappings': ['fhir:RequestGroup.action.relatedAction'],
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Edellyttää'},
                                {'in_language': 'sv', 'literal_form': 'Förutsätter'},
                                {'in_language': 'en', 'literal_form': 'Depends on'}]} })
    start_date: Optional[date] = Field(default=None, title="Start date", description="""First day.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'planned'}},
         'close_mappings': ['fhir:CareTeam.participant.period',
                            'fhir:CarePlan.period',
                            'fhir:Period.start'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Alkupäivä'},
                                {'in_language': 'sv', 'literal_form': 'Startdatum'},
                                {'in_language': 'en', 'literal_form': 'Start date'}]} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""Last day; empty while ongoing.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'planned'}},
         'close_mappings': ['fhir:Encounter.period', 'fhir:Period.end'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'ServiceContact',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päättymispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Slutdatum'},
                                {'in_language': 'en', 'literal_form': 'End date'}]} })
    frequency_text: Optional[str] = Field(default=None, title="Frequency", description="""How often, in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuinka usein, sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur ofta, i ord.'}},
         'domain_of': ['PlannedService'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toistuvuus'},
                                {'in_language': 'sv', 'literal_form': 'Frekvens'},
                                {'in_language': 'en', 'literal_form': 'Frequency'}]} })


class CareResponsibility(ConfiguredBaseModel):
    """
    Who holds care responsibility for one problem or diagnosis, as agreed in the network meeting.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kenellä on hoitovastuu yhdestä '
                                                     'ongelmasta tai diagnoosista, '
                                                     'verkostopalaverissa sovitusti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som har vårdansvaret för ett '
                                                     'problem eller en diagnos, enligt '
                                                     'vad som avtalats i ett '
                                                     'nätverksmöte.'}},
         'class_uri': 'cm_model:CareResponsibility',
         'close_mappings': ['fhir:CareTeam'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'problem_text': {'name': 'problem_text', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Hoitovastuu'},
                                {'in_language': 'sv', 'literal_form': 'Vårdansvar'},
                                {'in_language': 'en',
                                 'literal_form': 'Care responsibility'}],
         'title': 'Care responsibility'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    problem_id: Optional[str] = Field(default=None, title="Problem or diagnosis", description="""The problem or diagnosis the responsibility is for (an id of the client's problems).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ongelma tai diagnoosi, jota '
                                                     'hoitovastuu koskee (asiakkaan '
                                                     'ongelman tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Problemet eller diagnosen som '
                                                     'vårdansvaret gäller '
                                                     '(identifierare bland klientens '
                                                     'problem).'}},
         'close_mappings': ['fhir:CareTeam.reasonReference'],
         'domain_of': ['CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ongelma tai diagnoosi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Problem eller diagnos'},
                                {'in_language': 'en',
                                 'literal_form': 'Problem or diagnosis'}]} })
    problem_text: str = Field(default=..., title="Problem or diagnosis", description="""The problem or diagnosis in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ongelma tai diagnoosi '
                                                     'sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Problemet eller diagnosen i '
                                                     'ord.'}},
         'domain_of': ['CareResponsibility', 'ClientProblem'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ongelma tai diagnoosi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Problem eller diagnos'},
                                {'in_language': 'en',
                                 'literal_form': 'Problem or diagnosis'}]} })
    diagnosis_code: Optional[str] = Field(default=None, title="Diagnosis code (ICD-10)", description="""ICD-10 code of the diagnosis, if any.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Diagnoosin ICD-10-koodi, jos '
                                                     'on.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Diagnosens ICD-10-kod, om en '
                                                     'sådan finns.'}},
         'domain_of': ['CareResponsibility', 'ClientProblem'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Diagnoosikoodi (ICD-10)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Diagnoskod (ICD-10)'},
                                {'in_language': 'en',
                                 'literal_form': 'Diagnosis code (ICD-10)'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    care_holder: Optional[str] = Field(default=None, title="Care-responsibility holder", description="""The named worker who holds care responsibility for the problem (renamed in 0.2.0 from responsible_worker, which read like the vastuutyöntekijä role).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimetty työntekijä, jolla on '
                                                     'hoitovastuu ongelmasta '
                                                     '(0.2.0:ssa nimetty uudelleen; '
                                                     'vanha nimi responsible_worker '
                                                     'sekoittui vastuutyöntekijään).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Namngiven arbetstagare som har '
                                                     'vårdansvaret för problemet (i '
                                                     '0.2.0 nytt namn; det gamla '
                                                     'namnet responsible_worker '
                                                     'förväxlades med ansvarig '
                                                     'arbetstagare).'}},
         'close_mappings': ['fhir:CareTeam.participant.member'],
         'domain_of': ['CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Hoitovastuun haltija'},
                                {'in_language': 'sv',
                                 'literal_form': 'Innehavare av vårdansvaret'},
                                {'in_language': 'en',
                                 'literal_form': 'Care-responsibility holder'}]} })
    agreed_in: Optional[ResponsibilityAgreedIn] = Field(default=None, title="Agreed in", description="""Where the responsibility was agreed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Missä hoitovastuusta sovittiin, '
                                                     'esim. verkostopalaverissa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Var vårdansvaret avtalades, '
                                                     't.ex. i ett nätverksmöte.'}},
         'domain_of': ['CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Sovittu'},
                                {'in_language': 'sv', 'literal_form': 'Avtalat'},
                                {'in_language': 'en', 'literal_form': 'Agreed in'}]} })
    network_meeting_id: Optional[str] = Field(default=None, title="Network meeting", description="""The network meeting where the responsibility was agreed (an id of the client's network meetings).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Verkostopalaveri, jossa '
                                                     'hoitovastuusta sovittiin '
                                                     '(asiakkaan verkostopalaverin '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Nätverksmötet där man kom '
                                                     'överens om vårdansvaret '
                                                     '(identifierare bland klientens '
                                                     'nätverksmöten).'}},
         'close_mappings': ['fhir:CareTeam.encounter'],
         'domain_of': ['CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Verkostopalaveri'},
                                {'in_language': 'sv', 'literal_form': 'Nätverksmöte'},
                                {'in_language': 'en',
                                 'literal_form': 'Network meeting'}]} })
    agreed_date: Optional[date] = Field(default=None, title="Agreed on", description="""When it was agreed.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin sovittiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När överenskommelsen gjordes.'}},
         'domain_of': ['ContactArrangement', 'CareResponsibility'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Sopimispäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Datum för överenskommelse'},
                                {'in_language': 'en', 'literal_form': 'Agreed on'}]} })

    @field_validator('diagnosis_code')
    def pattern_diagnosis_code(cls, v):
        pattern=re.compile(r"^[A-Z]\d\d(\.\d\d?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid diagnosis_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid diagnosis_code format: {v}"
            raise ValueError(err_msg)
        return v


class ReviewSchedule(ConfiguredBaseModel):
    """
    How and when the client's situation is reviewed together.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten ja milloin asiakkaan '
                                                     'tilannetta arvioidaan yhdessä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur och när klientens situation '
                                                     'bedöms tillsammans.'}},
         'class_uri': 'cm_model:ReviewSchedule',
         'close_mappings': ['fhir:CarePlan.activity.detail.scheduled'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'next_review_date': {'name': 'next_review_date',
                                             'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Arviointiaikataulu'},
                                {'in_language': 'sv',
                                 'literal_form': 'Uppföljningsschema'},
                                {'in_language': 'en',
                                 'literal_form': 'Review schedule'}],
         'title': 'Review schedule'})

    next_review_date: date = Field(default=..., title="Next review", description="""Date of the next review.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Seuraavan arvioinnin päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dagen för nästa uppföljning.'}},
         'domain_of': ['ReviewSchedule'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Seuraava arviointi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Nästa uppföljning'},
                                {'in_language': 'en', 'literal_form': 'Next review'}]} })
    review_interval_weeks: Optional[int] = Field(default=None, title="Review interval (weeks)", description="""Weeks between reviews.""", ge=1, le=104, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Arviointien väli viikkoina.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Intervallet mellan '
                                                     'uppföljningarna i veckor.'}},
         'domain_of': ['ReviewSchedule'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Arviointiväli (vk)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Uppföljningsintervall (v)'},
                                {'in_language': 'en',
                                 'literal_form': 'Review interval (weeks)'}]} })
    review_method: Optional[ContactChannel] = Field(default=None, title="Review method", description="""How the review takes place.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten arviointi tehdään.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur uppföljningen görs.'}},
         'domain_of': ['ReviewSchedule'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arviointitapa'},
                                {'in_language': 'sv',
                                 'literal_form': 'Uppföljningssätt'},
                                {'in_language': 'en', 'literal_form': 'Review method'}]} })


class IntensiveSupportPeriod(ConfiguredBaseModel):
    """
    A period of time-limited, intensive support agreed in the plan.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelmassa sovittu '
                                                     'määräaikaisen, intensiivisen '
                                                     'tuen jakso.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En period av tidsbegränsat, '
                                                     'intensivt stöd som avtalats i '
                                                     'planen.'}},
         'class_uri': 'cm_model:IntensiveSupportPeriod',
         'close_mappings': ['fhir:CarePlan.period'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'start_date': {'name': 'start_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Määräaikainen intensiivinen tuki'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tidsbegränsat intensivt stöd'},
                                {'in_language': 'en',
                                 'literal_form': 'Intensive support period'}],
         'title': 'Intensive support period'})

    start_date: date = Field(default=..., title="Start date", description="""First day.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Första dagen.'}},
         'close_mappings': ['fhir:CareTeam.participant.period',
                            'fhir:CarePlan.period',
                            'fhir:Period.start'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Alkupäivä'},
                                {'in_language': 'sv', 'literal_form': 'Startdatum'},
                                {'in_language': 'en', 'literal_form': 'Start date'}]} })
    planned_end_date: Optional[date] = Field(default=None, title="Planned end", description="""When the intensive support is planned to end.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin intensiivisen tuen on '
                                                     'suunniteltu päättyvän.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När det intensiva stödet '
                                                     'planeras upphöra.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'start_date'}},
         'domain_of': ['IntensiveSupportPeriod'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Suunniteltu päättyminen'},
                                {'in_language': 'sv', 'literal_form': 'Planerat slut'},
                                {'in_language': 'en', 'literal_form': 'Planned end'}]} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""Last day; empty while ongoing.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Viimeinen päivä; tyhjä, kun yhä '
                                                     'voimassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Sista dagen; tom när den '
                                                     'fortfarande gäller.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'start_date'}},
         'close_mappings': ['fhir:Encounter.period', 'fhir:Period.end'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'ServiceContact',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päättymispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Slutdatum'},
                                {'in_language': 'en', 'literal_form': 'End date'}]} })
    permanent: Optional[bool] = Field(default=None, title="Permanent", description="""Whether the support has been agreed to stay permanent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Onko sovittu, että tuki jää '
                                                     'pysyväksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om det avtalats att stödet blir '
                                                     'bestående.'}},
         'domain_of': ['IntensiveSupportPeriod'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Pysyvä'},
                                {'in_language': 'sv', 'literal_form': 'Permanent'},
                                {'in_language': 'en', 'literal_form': 'Permanent'}]} })


class PlanRevision(ConfiguredBaseModel):
    """
    A change to the shared plan: who changed what and when.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Muutos yhteiseen '
                                                     'asiakassuunnitelmaan: kuka '
                                                     'muutti mitä ja milloin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En ändring i den gemensamma '
                                                     'klientplanen: vem ändrade vad '
                                                     'och när.'}},
         'class_uri': 'cm_model:PlanRevision',
         'close_mappings': ['fhir:Provenance'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'changed_sections': {'name': 'changed_sections',
                                             'required': True},
                        'revised_at': {'name': 'revised_at', 'required': True},
                        'revised_by': {'name': 'revised_by', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Suunnitelman päivitys'},
                                {'in_language': 'sv',
                                 'literal_form': 'Revidering av planen'},
                                {'in_language': 'en', 'literal_form': 'Plan revision'}],
         'title': 'Plan revision'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    revised_at: datetime  = Field(default=..., title="Revised at", description="""When the change was made.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin muutos tehtiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När ändringen gjordes.'}},
         'domain_of': ['PlanRevision'],
         'exact_mappings': ['fhir:Provenance.recorded'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päivitetty'},
                                {'in_language': 'sv', 'literal_form': 'Reviderad'},
                                {'in_language': 'en', 'literal_form': 'Revised at'}]} })
    revised_by: str = Field(default=..., title="Revised by", description="""Who made the change.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka muutoksen teki.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som gjorde ändringen.'}},
         'domain_of': ['PlanRevision'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päivittäjä'},
                                {'in_language': 'sv', 'literal_form': 'Reviderad av'},
                                {'in_language': 'en', 'literal_form': 'Revised by'}]} })
    changed_sections: list[PlanSection] = Field(default=..., title="Changed sections", description="""Which parts of the plan were changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelman osa, jota '
                                                     'muutettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den del av planen som '
                                                     'ändrades.'}},
         'domain_of': ['PlanRevision'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Muutetut osat'},
                                {'in_language': 'sv', 'literal_form': 'Ändrade delar'},
                                {'in_language': 'en',
                                 'literal_form': 'Changed sections'}]} })
    revision_summary: Optional[str] = Field(default=None, title="Summary", description="""What was changed, in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä muutettiin, sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad som ändrades, i ord.'}},
         'domain_of': ['PlanRevision'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Muutoksen kuvaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Beskrivning av ändringen'},
                                {'in_language': 'en', 'literal_form': 'Summary'}]} })


class CmHoiEntry(ConfiguredBaseModel):
    """
    A dated structured entry of the Case Manager process, recorded under its phase (the CM-HOI sheet of Lifecare).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakaspäällikkötyön päivätty '
                                                     'rakenteinen kirjaus prosessin '
                                                     'vaiheen alle (Lifecaren '
                                                     'CM-HOI-lehti).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En daterad, strukturerad '
                                                     'anteckning i klientchefsarbetet '
                                                     'under en fas i processen '
                                                     '(CM-HOI-bladet i Lifecare).'}},
         'class_uri': 'cm_model:CmHoiEntry',
         'close_mappings': ['fhir:Composition'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'author': {'name': 'author', 'required': True},
                        'entry_date': {'name': 'entry_date', 'required': True},
                        'phase': {'name': 'phase', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'CM-HOI-kirjaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'CM-HOI-anteckning'},
                                {'in_language': 'en', 'literal_form': 'CM-HOI entry'}],
         'title': 'CM-HOI entry'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    entry_date: date = Field(default=..., title="Entry date", description="""The date the entry concerns.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivä, jota kirjaus koskee.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den dag som anteckningen '
                                                     'gäller.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kirjauspäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Anteckningsdatum'},
                                {'in_language': 'en', 'literal_form': 'Entry date'}]} })
    author: str = Field(default=..., title="Author", description="""Who wrote the entry.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kirjauksen kirjoittaja.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anteckningens författare.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kirjoittaja'},
                                {'in_language': 'sv', 'literal_form': 'Författare'},
                                {'in_language': 'en', 'literal_form': 'Author'}]} })
    phase: CmHoiPhase = Field(default=..., title="Phase", description="""The process phase the entry is recorded under.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakaspäällikkötyön vaihe, '
                                                     'jonka alle kirjaus tehdään.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den fas i klientchefsarbetet som '
                                                     'anteckningen görs under.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vaihe'},
                                {'in_language': 'sv', 'literal_form': 'Fas'},
                                {'in_language': 'en', 'literal_form': 'Phase'}]} })
    entry_text: Optional[str] = Field(default=None, title="Entry", description="""The entry text.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kirjauksen teksti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anteckningens text.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kirjaus'},
                                {'in_language': 'sv', 'literal_form': 'Anteckning'},
                                {'in_language': 'en', 'literal_form': 'Entry'}]} })
    coping_assessment_method: Optional[CopingAssessmentMethod] = Field(default=None, title="Assessment method", description="""For a coping assessment: follow-up call or home visit.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Selviytymisen arvioinnissa: '
                                                     'seurantapuhelu vai kotikäynti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vid bedömning av hur klienten '
                                                     'klarar sig: uppföljningssamtal '
                                                     'eller hembesök.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arviointitapa'},
                                {'in_language': 'sv',
                                 'literal_form': 'Sätt att bedöma hur klienten klarar '
                                                 'sig'},
                                {'in_language': 'en',
                                 'literal_form': 'Assessment method'}]} })
    closing_reason: Optional[ClosingReason] = Field(default=None, title="Closing reason", description="""For the closing entry: why the clienthood was closed.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Päättävässä kirjauksessa: miksi '
                                                     'asiakkuus päättyi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'I den avslutande anteckningen: '
                                                     'varför klientskapet '
                                                     'avslutades.'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Päättymisen syy'},
                                {'in_language': 'sv',
                                 'literal_form': 'Orsak till avslutning'},
                                {'in_language': 'en',
                                 'literal_form': 'Closing reason'}]} })
    is_correction: Optional[bool] = Field(default=None, title="Correction", description="""Whether the entry corrects an earlier one (allowed after closing).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Korjaako kirjaus aiemman '
                                                     'kirjauksen (sallittu myös '
                                                     'päättymisen jälkeen).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om anteckningen rättar en '
                                                     'tidigare anteckning (tillåtet '
                                                     'också efter avslutningen).'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Korjauskirjaus'},
                                {'in_language': 'sv', 'literal_form': 'Rättelse'},
                                {'in_language': 'en', 'literal_form': 'Correction'}]} })
    corrects_entry: Optional[str] = Field(default=None, title="Corrects entry", description="""The entry this one corrects.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kirjaus, jota tämä korjaa (sen '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anteckningen som denna rättar '
                                                     '(dess identifierare).'}},
         'domain_of': ['CmHoiEntry'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Korjattava kirjaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Rättad anteckning'},
                                {'in_language': 'en',
                                 'literal_form': 'Corrects entry'}]} })


class ClienthoodStatusChange(ConfiguredBaseModel):
    """
    A change of the clienthood status; the list of changes is the lifecycle history.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkuuden tilan muutos; '
                                                     'muutosten luettelo on '
                                                     'asiakkuuden elinkaaren '
                                                     'historia.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En ändring av klientskapets '
                                                     'status; förteckningen över '
                                                     'ändringarna är klientskapets '
                                                     'livscykelhistorik.'}},
         'class_uri': 'cm_model:ClienthoodStatusChange',
         'close_mappings': ['fhir:EpisodeOfCare.statusHistory'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'clienthood_status': {'name': 'clienthood_status',
                                              'required': True},
                        'status_date': {'name': 'status_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Asiakkuuden tilamuutos'},
                                {'in_language': 'sv',
                                 'literal_form': 'Statusändring i klientskapet'},
                                {'in_language': 'en',
                                 'literal_form': 'Clienthood status change'}],
         'title': 'Clienthood status change'})

    clienthood_status: ClienthoodStatus = Field(default=..., title="Status", description="""The status entered.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkuuden uusi tila.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientskapets nya status.'}},
         'close_mappings': ['fhir:EpisodeOfCare.status'],
         'domain_of': ['ClienthoodStatusChange'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tila'},
                                {'in_language': 'sv', 'literal_form': 'Status'},
                                {'in_language': 'en', 'literal_form': 'Status'}]} })
    status_date: date = Field(default=..., title="Status date", description="""When the status began.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin tila alkoi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När statusen började.'}},
         'domain_of': ['ClienthoodStatusChange'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Tilan alkupäivä'},
                                {'in_language': 'sv', 'literal_form': 'Statusdatum'},
                                {'in_language': 'en', 'literal_form': 'Status date'}]} })
    changed_by: Optional[str] = Field(default=None, title="Changed by", description="""Who changed the status.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka tilan muutti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som ändrade statusen.'}},
         'domain_of': ['ClienthoodStatusChange'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Muuttaja'},
                                {'in_language': 'sv', 'literal_form': 'Ändrad av'},
                                {'in_language': 'en', 'literal_form': 'Changed by'}]} })
    status_reason: Optional[str] = Field(default=None, title="Reason", description="""Why, in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miksi, sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Varför, i ord.'}},
         'domain_of': ['ClienthoodStatusChange'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Syy'},
                                {'in_language': 'sv', 'literal_form': 'Orsak'},
                                {'in_language': 'en', 'literal_form': 'Reason'}]} })


class ContinuityIndex(ConfiguredBaseModel):
    """
    A continuity-of-care index (COC, UPC or SECON) for a window before or after the plan.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Hoidon jatkuvuuden indeksi (COC, '
                                                     'UPC tai SECON) aikaikkunalle '
                                                     'ennen suunnitelmaa tai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett index för vårdkontinuitet '
                                                     '(COC, UPC eller SECON) för ett '
                                                     'tidsfönster före eller efter '
                                                     'planen.'}},
         'class_uri': 'cm_model:ContinuityIndex',
         'close_mappings': ['fhir:Observation'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'index_type': {'name': 'index_type', 'required': True},
                        'timepoint': {'name': 'timepoint', 'required': True},
                        'window_end': {'name': 'window_end', 'required': True},
                        'window_start': {'name': 'window_start', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Hoidon jatkuvuuden indeksi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Index för vårdkontinuitet'},
                                {'in_language': 'en',
                                 'literal_form': 'Continuity index'}],
         'title': 'Continuity index'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    index_type: ContinuityIndexType = Field(default=..., title="Index", description="""Which index.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mikä indeksi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilket index.'}},
         'domain_of': ['ContinuityIndex'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Indeksi'},
                                {'in_language': 'sv', 'literal_form': 'Index'},
                                {'in_language': 'en', 'literal_form': 'Index'}]} })
    index_value: Optional[float] = Field(default=None, title="Value", description="""The index value in [0, 1]; absent when not computable.""", ge=0, le=1, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Indeksin arvo välillä 0–1; '
                                                     'puuttuu, jos arvoa ei voi '
                                                     'laskea.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Indexets värde mellan 0 och 1; '
                                                     'saknas om värdet inte kan '
                                                     'beräknas.'}},
         'domain_of': ['ContinuityIndex'],
         'exact_mappings': ['fhir:Observation.valueQuantity'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arvo'},
                                {'in_language': 'sv', 'literal_form': 'Värde'},
                                {'in_language': 'en', 'literal_form': 'Value'}]} })
    not_computable_reason: Optional[str] = Field(default=None, title="Not computable because", description="""Why the value could not be computed (e.g. fewer than two contacts).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miksi arvoa ei voitu laskea '
                                                     '(esim. alle kaksi kontaktia).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Varför värdet inte kunde '
                                                     'beräknas (t.ex. färre än två '
                                                     'kontakter).'}},
         'domain_of': ['ContinuityIndex'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Syy puuttuvaan arvoon'},
                                {'in_language': 'sv',
                                 'literal_form': 'Orsak till saknat värde'},
                                {'in_language': 'en',
                                 'literal_form': 'Not computable because'}]} })
    window_start: date = Field(default=..., title="Window start", description="""First day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets första dag.'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan alku'},
                                {'in_language': 'sv',
                                 'literal_form': 'Fönstrets början'},
                                {'in_language': 'en', 'literal_form': 'Window start'}]} })
    window_end: date = Field(default=..., title="Window end", description="""Last day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan viimeinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets sista dag.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'window_start'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan loppu'},
                                {'in_language': 'sv', 'literal_form': 'Fönstrets slut'},
                                {'in_language': 'en', 'literal_form': 'Window end'}]} })
    timepoint: MeasurementTimepoint = Field(default=..., title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    contact_count: Optional[int] = Field(default=None, title="Number of contacts", description="""Number of contacts in the window.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kontaktien määrä aikaikkunassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet kontakter i '
                                                     'tidsfönstret.'}},
         'domain_of': ['ContinuityIndex'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kontaktien määrä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Antal kontakter'},
                                {'in_language': 'en',
                                 'literal_form': 'Number of contacts'}]} })
    provider_basis: Optional[ProviderBasis] = Field(default=None, title="Provider basis", description="""Whether providers are professionals or units.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Lasketaanko palveluntuottajiksi '
                                                     'ammattilaiset vai yksiköt.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om yrkespersoner eller enheter '
                                                     'räknas som vårdgivare.'}},
         'domain_of': ['ContinuityIndex'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palveluntuottajan taso'},
                                {'in_language': 'sv', 'literal_form': 'Vårdgivarnivå'},
                                {'in_language': 'en',
                                 'literal_form': 'Provider basis'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class WhoqolBrefAssessment(ConfiguredBaseModel):
    """
    A WHOQOL-BREF quality-of-life questionnaire answered by the client.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan täyttämä '
                                                     'WHOQOL-BREF-elämänlaatukysely.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Livskvalitetsenkäten WHOQOL-BREF '
                                                     'ifylld av klienten.'}},
         'class_uri': 'cm_model:WhoqolBrefAssessment',
         'close_mappings': ['fhir:QuestionnaireResponse'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'assessment_date': {'name': 'assessment_date',
                                            'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'WHOQOL-BREF-arviointi'},
                                {'in_language': 'sv',
                                 'literal_form': 'WHOQOL-BREF-bedömning'},
                                {'in_language': 'en',
                                 'literal_form': 'WHOQOL-BREF assessment'}],
         'title': 'WHOQOL-BREF assessment'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    assessment_date: date = Field(default=..., title="Assessment date", description="""When the questionnaire was answered.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin kyselyyn vastattiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När enkäten besvarades.'}},
         'domain_of': ['WhoqolBrefAssessment', 'FunctionalCapacityAssessment'],
         'exact_mappings': ['fhir:QuestionnaireResponse.authored'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arviointipäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Bedömningsdatum'},
                                {'in_language': 'en',
                                 'literal_form': 'Assessment date'}]} })
    timepoint: Optional[MeasurementTimepoint] = Field(default=None, title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    item_answers: Optional[list[WhoqolItemAnswer]] = Field(default=None, title="Item answers", description="""The answers to the 26 items.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaukset 26 kysymykseen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svaren på de 26 frågorna.'}},
         'domain_of': ['WhoqolBrefAssessment'],
         'exact_mappings': ['fhir:QuestionnaireResponse.item'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastaukset'},
                                {'in_language': 'sv', 'literal_form': 'Svar'},
                                {'in_language': 'en', 'literal_form': 'Item answers'}]} })
    domain_scores: Optional[list[WhoqolDomainScore]] = Field(default=None, title="Domain scores", description="""Domain scores computed from the items.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kysymysten vastauksista lasketut '
                                                     'ulottuvuuspisteet.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Domänpoäng beräknade ur svaren '
                                                     'på frågorna.'}},
         'domain_of': ['WhoqolBrefAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ulottuvuuspisteet'},
                                {'in_language': 'sv', 'literal_form': 'Domänpoäng'},
                                {'in_language': 'en', 'literal_form': 'Domain scores'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class WhoqolItemAnswer(ConfiguredBaseModel):
    """
    The answer to one WHOQOL-BREF item.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaus yhteen '
                                                     'WHOQOL-BREF-kysymykseen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar på en fråga i '
                                                     'WHOQOL-BREF.'}},
         'class_uri': 'cm_model:WhoqolItemAnswer',
         'close_mappings': ['fhir:QuestionnaireResponse.item'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'answer': {'name': 'answer', 'required': True},
                        'item_number': {'name': 'item_number', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'WHOQOL-BREF-vastaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'WHOQOL-BREF-svar'},
                                {'in_language': 'en',
                                 'literal_form': 'WHOQOL-BREF item answer'}],
         'title': 'WHOQOL-BREF item answer'})

    item_number: int = Field(default=..., title="Item", description="""Item number 1–26.""", ge=1, le=26, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kysymyksen numero 1–26.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Frågans nummer 1–26.'}},
         'domain_of': ['WhoqolItemAnswer'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kysymys'},
                                {'in_language': 'sv', 'literal_form': 'Fråga'},
                                {'in_language': 'en', 'literal_form': 'Item'}]} })
    answer: int = Field(default=..., title="Answer", description="""Answer on the 1–5 scale, as given (before reverse scoring).""", ge=1, le=5, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaus asteikolla 1–5 '
                                                     'sellaisenaan (ennen käänteistä '
                                                     'pisteytystä).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svaret på skalan 1–5 som sådant '
                                                     '(före omvänd poängsättning).'}},
         'domain_of': ['WhoqolItemAnswer'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastaus'},
                                {'in_language': 'sv', 'literal_form': 'Svar'},
                                {'in_language': 'en', 'literal_form': 'Answer'}]} })


class WhoqolDomainScore(ConfiguredBaseModel):
    """
    A domain score computed from the item answers.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kysymysten vastauksista laskettu '
                                                     'ulottuvuuden pistemäärä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Domänpoäng beräknad ur svaren på '
                                                     'frågorna.'}},
         'class_uri': 'cm_model:WhoqolDomainScore',
         'close_mappings': ['fhir:Observation.component'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'domain': {'name': 'domain', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'WHOQOL-BREF-ulottuvuuspisteet'},
                                {'in_language': 'sv',
                                 'literal_form': 'WHOQOL-BREF-domänpoäng'},
                                {'in_language': 'en',
                                 'literal_form': 'WHOQOL-BREF domain score'}],
         'title': 'WHOQOL-BREF domain score'})

    domain: WhoqolDomain = Field(default=..., title="Domain", description="""The domain.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ulottuvuus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Domän.'}},
         'domain_of': ['WhoqolDomainScore'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ulottuvuus'},
                                {'in_language': 'sv', 'literal_form': 'Domän'},
                                {'in_language': 'en', 'literal_form': 'Domain'}]} })
    score_4_20: Optional[float] = Field(default=None, title="Score 4–20", description="""Mean of the domain's items times four.""", ge=4, le=20, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ulottuvuuden kysymysten '
                                                     'keskiarvo kerrottuna neljällä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Medelvärdet av domänens frågor '
                                                     'multiplicerat med fyra.'}},
         'domain_of': ['WhoqolDomainScore'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Pisteet 4–20'},
                                {'in_language': 'sv', 'literal_form': 'Poäng 4–20'},
                                {'in_language': 'en', 'literal_form': 'Score 4–20'}]} })
    score_0_100: Optional[float] = Field(default=None, title="Score 0–100", description="""(score 4–20 − 4) × 100 / 16.""", ge=0, le=100, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': '(pisteet 4–20 − 4) × 100 / 16.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': '(poäng 4–20 − 4) × 100 / 16.'}},
         'domain_of': ['WhoqolDomainScore'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Pisteet 0–100'},
                                {'in_language': 'sv', 'literal_form': 'Poäng 0–100'},
                                {'in_language': 'en', 'literal_form': 'Score 0–100'}]} })


class PromResponse(ConfiguredBaseModel):
    """
    The client's answers to the organisation's own PROM survey for shared clients.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan vastaukset '
                                                     'organisaation omaan '
                                                     'yhteisasiakkaiden '
                                                     'PROM-kyselyyn.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens svar på '
                                                     'organisationens egen PROM-enkät '
                                                     'för gemensamma klienter.'}},
         'class_uri': 'cm_model:PromResponse',
         'exact_mappings': ['fhir:QuestionnaireResponse'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'questionnaire': {'name': 'questionnaire', 'required': True},
                        'response_date': {'name': 'response_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'PROM-vastaus'},
                                {'in_language': 'sv', 'literal_form': 'PROM-svar'},
                                {'in_language': 'en', 'literal_form': 'PROM response'}],
         'title': 'PROM response'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    questionnaire: str = Field(default=..., title="Questionnaire", description="""Identifier of the PROM questionnaire.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'PROM-kyselyn tunniste.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'PROM-enkätens identifierare.'}},
         'domain_of': ['PromResponse'],
         'exact_mappings': ['fhir:QuestionnaireResponse.questionnaire'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kysely'},
                                {'in_language': 'sv', 'literal_form': 'Enkät'},
                                {'in_language': 'en', 'literal_form': 'Questionnaire'}]} })
    response_date: date = Field(default=..., title="Response date", description="""When the survey was answered.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin kyselyyn vastattiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När enkäten besvarades.'}},
         'domain_of': ['PromResponse', 'NpsResponse'],
         'exact_mappings': ['fhir:QuestionnaireResponse.authored'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastauspäivä'},
                                {'in_language': 'sv', 'literal_form': 'Svarsdatum'},
                                {'in_language': 'en', 'literal_form': 'Response date'}]} })
    timepoint: Optional[MeasurementTimepoint] = Field(default=None, title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    prom_answers: Optional[list[PromAnswer]] = Field(default=None, title="Answers", description="""The item answers.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kysymysten vastaukset.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svaren på frågorna.'}},
         'domain_of': ['PromResponse'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastaukset'},
                                {'in_language': 'sv', 'literal_form': 'Svar'},
                                {'in_language': 'en', 'literal_form': 'Answers'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class PromAnswer(ConfiguredBaseModel):
    """
    The answer to one PROM item.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaus yhteen '
                                                     'PROM-kysymykseen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar på en PROM-fråga.'}},
         'class_uri': 'cm_model:PromAnswer',
         'close_mappings': ['fhir:QuestionnaireResponse.item'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'item_code': {'name': 'item_code', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'PROM-kysymyksen vastaus'},
                                {'in_language': 'sv',
                                 'literal_form': 'Svar på PROM-fråga'},
                                {'in_language': 'en', 'literal_form': 'PROM answer'}],
         'title': 'PROM answer'})

    item_code: str = Field(default=..., title="Item code", description="""The item's code in the questionnaire.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kysymyksen koodi kyselyssä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Frågans kod i enkäten.'}},
         'domain_of': ['PromAnswer'],
         'exact_mappings': ['fhir:QuestionnaireResponse.item.linkId'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kysymyksen koodi'},
                                {'in_language': 'sv', 'literal_form': 'Frågans kod'},
                                {'in_language': 'en', 'literal_form': 'Item code'}]} })
    value_integer: Optional[int] = Field(default=None, title="Numeric answer", description="""A numeric answer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Numeerinen vastaus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Numeriskt svar.'}},
         'domain_of': ['PromAnswer'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Numeerinen vastaus'},
                                {'in_language': 'sv', 'literal_form': 'Numeriskt svar'},
                                {'in_language': 'en',
                                 'literal_form': 'Numeric answer'}]} })
    value_text: Optional[str] = Field(default=None, title="Text answer", description="""A text answer.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Sanallinen vastaus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar i ord.'}},
         'domain_of': ['PromAnswer'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Sanallinen vastaus'},
                                {'in_language': 'sv', 'literal_form': 'Textsvar'},
                                {'in_language': 'en', 'literal_form': 'Text answer'}]} })


class NpsResponse(ConfiguredBaseModel):
    """
    A Net Promoter Score answer (0–10).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'NPS-suositteluhalukkuuden '
                                                     'vastaus (0–10).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar om rekommendationsvilja '
                                                     'enligt NPS (0–10).'}},
         'class_uri': 'cm_model:NpsResponse',
         'close_mappings': ['fhir:QuestionnaireResponse'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'nps_score': {'name': 'nps_score', 'required': True},
                        'response_date': {'name': 'response_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'NPS-vastaus'},
                                {'in_language': 'sv', 'literal_form': 'NPS-svar'},
                                {'in_language': 'en', 'literal_form': 'NPS response'}],
         'title': 'NPS response'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    response_date: date = Field(default=..., title="Response date", description="""When the survey was answered.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin kyselyyn vastattiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När enkäten besvarades.'}},
         'domain_of': ['PromResponse', 'NpsResponse'],
         'exact_mappings': ['fhir:QuestionnaireResponse.authored'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastauspäivä'},
                                {'in_language': 'sv', 'literal_form': 'Svarsdatum'},
                                {'in_language': 'en', 'literal_form': 'Response date'}]} })
    nps_score: int = Field(default=..., title="Likelihood to recommend (0–10)", description="""The 0–10 answer to \"how likely would you recommend\".""", ge=0, le=10, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vastaus 0–10 kysymykseen: kuinka '
                                                     'todennäköisesti suosittelisit?'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Svar 0–10 på frågan: hur '
                                                     'sannolikt är det att du skulle '
                                                     'rekommendera oss?'}},
         'domain_of': ['NpsResponse'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Suositteluhalukkuus (0–10)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Rekommendationsvilja (0–10)'},
                                {'in_language': 'en',
                                 'literal_form': 'Likelihood to recommend (0–10)'}]} })
    respondent: Optional[RespondentType] = Field(default=None, title="Respondent", description="""Who answered.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuka vastasi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vem som svarade.'}},
         'domain_of': ['NpsResponse'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Vastaaja'},
                                {'in_language': 'sv', 'literal_form': 'Respondent'},
                                {'in_language': 'en', 'literal_form': 'Respondent'}]} })
    timepoint: Optional[MeasurementTimepoint] = Field(default=None, title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class ServiceUseCount(ConfiguredBaseModel):
    """
    The number of service-use events of one type in a window before or after the plan.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yhden lajin palvelutapahtumien '
                                                     'määrä aikaikkunassa ennen '
                                                     'suunnitelmaa tai sen jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet servicehändelser av ett '
                                                     'slag i ett tidsfönster före '
                                                     'eller efter planen.'}},
         'class_uri': 'cm_model:ServiceUseCount',
         'close_mappings': ['fhir:Observation'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'contact_type': {'name': 'contact_type', 'required': True},
                        'count': {'name': 'count', 'required': True},
                        'timepoint': {'name': 'timepoint', 'required': True},
                        'window_end': {'name': 'window_end', 'required': True},
                        'window_start': {'name': 'window_start', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelujen käyttömäärä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Tjänsteanvändning'},
                                {'in_language': 'en',
                                 'literal_form': 'Service use count'}],
         'title': 'Service use count'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    contact_type: ServiceContactType = Field(default=..., title="Contact type", description="""The kind of service-use event.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelutapahtuman laji.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Servicehändelsens slag.'}},
         'close_mappings': ['fhir:Encounter.class', 'fhir:Encounter.type'],
         'domain_of': ['ServiceUseCount', 'ServiceContact'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelutapahtuman laji'},
                                {'in_language': 'sv',
                                 'literal_form': 'Typ av servicehändelse'},
                                {'in_language': 'en', 'literal_form': 'Contact type'}]} })
    count: int = Field(default=..., title="Count", description="""Number of events in the window.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tapahtumien määrä '
                                                     'aikaikkunassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet händelser i '
                                                     'tidsfönstret.'}},
         'domain_of': ['ServiceUseCount'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Lukumäärä'},
                                {'in_language': 'sv', 'literal_form': 'Antal'},
                                {'in_language': 'en', 'literal_form': 'Count'}]} })
    inpatient_days: Optional[int] = Field(default=None, title="Inpatient days", description="""Number of inpatient days in the window.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Hoitopäivien määrä '
                                                     'aikaikkunassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Antalet vårddagar i '
                                                     'tidsfönstret.'}},
         'domain_of': ['ServiceUseCount'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Hoitopäivät'},
                                {'in_language': 'sv', 'literal_form': 'Vårddagar'},
                                {'in_language': 'en',
                                 'literal_form': 'Inpatient days'}]} })
    window_start: date = Field(default=..., title="Window start", description="""First day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets första dag.'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan alku'},
                                {'in_language': 'sv',
                                 'literal_form': 'Fönstrets början'},
                                {'in_language': 'en', 'literal_form': 'Window start'}]} })
    window_end: date = Field(default=..., title="Window end", description="""Last day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan viimeinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets sista dag.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'window_start'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan loppu'},
                                {'in_language': 'sv', 'literal_form': 'Fönstrets slut'},
                                {'in_language': 'en', 'literal_form': 'Window end'}]} })
    timepoint: MeasurementTimepoint = Field(default=..., title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class ServiceContact(ConfiguredBaseModel):
    """
    One service-use event of a client, as exported by a data team.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksi asiakkaan palvelujen '
                                                     'käyttötapahtuma tietotiimin '
                                                     'viennissä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'En servicehändelse för klienten '
                                                     'i dataexporten till '
                                                     'dataanalysteamet.'}},
         'class_uri': 'cm_model:ServiceContact',
         'exact_mappings': ['fhir:Encounter'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'client_id': {'name': 'client_id', 'required': True},
                        'contact_date': {'name': 'contact_date', 'required': True},
                        'contact_type': {'name': 'contact_type', 'required': True},
                        'end_date': {'annotations': {'period_start': {'tag': 'period_start',
                                                                      'value': 'contact_date'}},
                                     'name': 'end_date'},
                        'sector': {'name': 'sector', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelutapahtuma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Servicehändelse'},
                                {'in_language': 'en',
                                 'literal_form': 'Service contact'}],
         'title': 'Service contact'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    client_id: str = Field(default=..., title="Client", description="""The client (pseudonymous id).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakas (pseudonyymi tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klient (pseudonym '
                                                     'identifierare).'}},
         'domain_of': ['ServiceContact'],
         'exact_mappings': ['fhir:Encounter.subject'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Asiakas'},
                                {'in_language': 'sv', 'literal_form': 'Klient'},
                                {'in_language': 'en', 'literal_form': 'Client'}]} })
    contact_date: date = Field(default=..., title="Date", description="""Date of the contact (admission date for an inpatient episode).""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelutapahtuman päivä '
                                                     '(vuodeosastojaksossa '
                                                     'tulopäivä).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Servicehändelsens datum (för en '
                                                     'vårdperiod på avdelning '
                                                     'inskrivningsdagen).'}},
         'domain_of': ['ServiceContact'],
         'exact_mappings': ['fhir:Encounter.period.start'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päivämäärä'},
                                {'in_language': 'sv', 'literal_form': 'Datum'},
                                {'in_language': 'en', 'literal_form': 'Date'}]} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""Last day; empty while ongoing.""", json_schema_extra = { "linkml_meta": {'annotations': {'period_start': {'tag': 'period_start',
                                          'value': 'contact_date'}},
         'close_mappings': ['fhir:Encounter.period', 'fhir:Period.end'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'ServiceContact',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päättymispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Slutdatum'},
                                {'in_language': 'en', 'literal_form': 'End date'}]} })
    contact_type: ServiceContactType = Field(default=..., title="Contact type", description="""The kind of service-use event.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelutapahtuman laji.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Servicehändelsens slag.'}},
         'close_mappings': ['fhir:Encounter.class', 'fhir:Encounter.type'],
         'domain_of': ['ServiceUseCount', 'ServiceContact'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palvelutapahtuman laji'},
                                {'in_language': 'sv',
                                 'literal_form': 'Typ av servicehändelse'},
                                {'in_language': 'en', 'literal_form': 'Contact type'}]} })
    sector: Sector = Field(default=..., title="Sector", description="""The service sector.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun toimiala.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens sektor.'}},
         'domain_of': ['Worker', 'PlannedService', 'ServiceContact', 'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toimiala'},
                                {'in_language': 'sv', 'literal_form': 'Sektor'},
                                {'in_language': 'en', 'literal_form': 'Sector'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    professional_id: Optional[str] = Field(default=None, title="Professional", description="""Pseudonymous id of the professional met.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tavatun ammattilaisen '
                                                     'pseudonyymi tunniste.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Pseudonym identifierare för den '
                                                     'yrkesperson som klienten '
                                                     'träffade.'}},
         'domain_of': ['ServiceContact'],
         'exact_mappings': ['fhir:Encounter.participant.individual'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ammattilainen'},
                                {'in_language': 'sv', 'literal_form': 'Yrkesperson'},
                                {'in_language': 'en', 'literal_form': 'Professional'}]} })
    profession: Optional[Profession] = Field(default=None, title="Profession", description="""The worker's profession.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Työntekijän ammattiryhmä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagarens yrkesgrupp.'}},
         'domain_of': ['Worker', 'ServiceContact', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ammattiryhmä'},
                                {'in_language': 'sv', 'literal_form': 'Yrkesgrupp'},
                                {'in_language': 'en', 'literal_form': 'Profession'}]} })
    urgent: Optional[bool] = Field(default=None, title="Urgent", description="""Whether the contact was urgent.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Oliko palvelutapahtuma '
                                                     'kiireellinen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om servicehändelsen var '
                                                     'brådskande.'}},
         'close_mappings': ['fhir:Encounter.priority'],
         'domain_of': ['ServiceContact'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kiireellinen'},
                                {'in_language': 'sv', 'literal_form': 'Brådskande'},
                                {'in_language': 'en', 'literal_form': 'Urgent'}]} })
    attendance: Optional[AttendanceStatus] = Field(default=None, title="Attendance", description="""Whether the client attended, including missed appointments.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Toteutuiko käynti, mukaan lukien '
                                                     'käyttämättä jääneet ajat.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om besöket genomfördes, '
                                                     'inklusive besök där klienten '
                                                     'uteblev.'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'Asiakkaiden heikko "
                                             "sitoutuminen palveluihin'"}},
         'close_mappings': ['fhir:Appointment.status', 'fhir:Encounter.status'],
         'domain_of': ['ServiceContact'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toteutuminen'},
                                {'in_language': 'sv', 'literal_form': 'Närvaro'},
                                {'in_language': 'en', 'literal_form': 'Attendance'}]} })


class OrganisationIndicator(ConfiguredBaseModel):
    """
    An organisation-level figure for one period and, optionally, one unit: how many shared clients there are, how the responsible-worker role is spread, whether resources suffice, the staff's experience (Quadruple Aim).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Organisaation tason luku yhdeltä '
                                                     'jaksolta ja halutessa yhdestä '
                                                     'yksiköstä: yhteisasiakkuuksien '
                                                     'määrä, vastuutyöntekijäroolin '
                                                     'jakautuminen, resurssien '
                                                     'riittävyys, työntekijöiden '
                                                     'kokemus (Quadruple Aim).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Ett tal på organisationsnivå för '
                                                     'en period och vid behov för en '
                                                     'enhet: antal gemensamma '
                                                     'klienter, fördelningen av rollen '
                                                     'som ansvarig arbetstagare, '
                                                     'resursernas tillräcklighet, '
                                                     'personalens upplevelse '
                                                     '(Quadruple Aim).'}},
         'class_uri': 'cm_model:OrganisationIndicator',
         'close_mappings': ['fhir:MeasureReport'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'indicator': {'name': 'indicator', 'required': True},
                        'window_end': {'name': 'window_end', 'required': True},
                        'window_start': {'name': 'window_start', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Organisaation seurantamittari'},
                                {'in_language': 'sv',
                                 'literal_form': 'Organisationens uppföljningsmått'},
                                {'in_language': 'en',
                                 'literal_form': 'Organisation indicator'}],
         'title': 'Organisation indicator'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    indicator: OrganisationIndicatorType = Field(default=..., title="Indicator", description="""Which organisation-level figure.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mikä organisaation tason luku.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilket tal på '
                                                     'organisationsnivå.'}},
         'domain_of': ['OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Mittari'},
                                {'in_language': 'sv', 'literal_form': 'Mått'},
                                {'in_language': 'en', 'literal_form': 'Indicator'}]} })
    window_start: date = Field(default=..., title="Window start", description="""First day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets första dag.'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan alku'},
                                {'in_language': 'sv',
                                 'literal_form': 'Fönstrets början'},
                                {'in_language': 'en', 'literal_form': 'Window start'}]} })
    window_end: date = Field(default=..., title="Window end", description="""Last day of the window.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Aikaikkunan viimeinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tidsfönstrets sista dag.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'window_start'}},
         'domain_of': ['ContinuityIndex', 'ServiceUseCount', 'OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Aikaikkunan loppu'},
                                {'in_language': 'sv', 'literal_form': 'Fönstrets slut'},
                                {'in_language': 'en', 'literal_form': 'Window end'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    indicator_value: Optional[float] = Field(default=None, title="Value", description="""The numeric value of the indicator.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mittarin numeerinen arvo.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Måttets numeriska värde.'}},
         'domain_of': ['OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arvo'},
                                {'in_language': 'sv', 'literal_form': 'Värde'},
                                {'in_language': 'en', 'literal_form': 'Value'}]} })
    indicator_text: Optional[str] = Field(default=None, title="Assessment in words", description="""The indicator as words, e.g. the outcome of a quarterly review.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mittari sanallisesti, esim. '
                                                     'kvartaaliarvioinnin tulos.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Måttet i ord, t.ex. resultatet '
                                                     'av kvartalsutvärderingen.'}},
         'domain_of': ['OrganisationIndicator'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Sanallinen arvio'},
                                {'in_language': 'sv',
                                 'literal_form': 'Bedömning i ord'},
                                {'in_language': 'en',
                                 'literal_form': 'Assessment in words'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class NetworkMeeting(ConfiguredBaseModel):
    """
    A network meeting (verkostopalaveri): the client, relatives and professionals go through every diagnosis and agree who holds care responsibility for each (Päijät-Sote, seed 000).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Verkostopalaveri: asiakas, '
                                                     'omaiset ja ammattilaiset käyvät '
                                                     'läpi jokaisen diagnoosin ja '
                                                     'sopivat, kenellä on hoitovastuu '
                                                     'kustakin (Päijät-Sote).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Nätverksmöte: klienten, anhöriga '
                                                     'och yrkespersoner går igenom '
                                                     'varje diagnos och kommer överens '
                                                     'om vem som har vårdansvaret för '
                                                     'var och en (Päijät-Sote).'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'Verkostopalaveri: käytiin "
                                             'läpi jokainen diagnoosi ja sovittiin '
                                             "kenellä hoitovastuu.'"}},
         'class_uri': 'cm_model:NetworkMeeting',
         'close_mappings': ['fhir:Encounter'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'id': {'name': 'id', 'required': True},
                        'meeting_date': {'name': 'meeting_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Verkostopalaveri'},
                                {'in_language': 'sv', 'literal_form': 'Nätverksmöte'},
                                {'in_language': 'en',
                                 'literal_form': 'Network meeting'}],
         'title': 'Network meeting'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    meeting_date: date = Field(default=..., title="Meeting date", description="""The day the meeting was held.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivä, jona palaveri pidettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dag då mötet hölls.'}},
         'close_mappings': ['fhir:Encounter.period'],
         'domain_of': ['NetworkMeeting'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Palaverin päivä'},
                                {'in_language': 'sv', 'literal_form': 'Mötesdag'},
                                {'in_language': 'en', 'literal_form': 'Meeting date'}]} })
    organised_by: Optional[str] = Field(default=None, title="Organised by", description="""The worker who organised the meeting.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Työntekijä, joka järjesti '
                                                     'palaverin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagaren som sammankallade '
                                                     'mötet.'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'Asiakaspäällikön rooli: ... "
                                             "verkostopalaverin järjestäminen'"}},
         'close_mappings': ['fhir:Encounter.serviceProvider'],
         'domain_of': ['NetworkMeeting'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Järjestäjä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Sammankallad av'},
                                {'in_language': 'en', 'literal_form': 'Organised by'}]} })
    participants: Optional[list[Participant]] = Field(default=None, title="Participants", description="""Who took part (the client, relatives, workers, others).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ketkä osallistuivat (asiakas, '
                                                     'omaiset, työntekijät, muut).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilka som deltog (klienten, '
                                                     'anhöriga, arbetstagare, '
                                                     'andra).'}},
         'close_mappings': ['fhir:Encounter.participant'],
         'domain_of': ['SharedCarePlan', 'NetworkMeeting', 'PlanReview'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Osallistujat'},
                                {'in_language': 'sv', 'literal_form': 'Deltagare'},
                                {'in_language': 'en', 'literal_form': 'Participants'}]} })
    decisions: Optional[list[str]] = Field(default=None, title="Decisions", description="""What was decided, one decision per entry.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä päätettiin, yksi päätös '
                                                     'kohtaa kohden.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad som beslutades, ett beslut '
                                                     'per post.'}},
         'close_mappings': ['fhir:Encounter.reasonCode'],
         'domain_of': ['NetworkMeeting'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päätökset'},
                                {'in_language': 'sv', 'literal_form': 'Beslut'},
                                {'in_language': 'en', 'literal_form': 'Decisions'}]} })
    notes: Optional[str] = Field(default=None, title="Notes", description="""Free-text notes about the export, e.g. what an example illustrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vapaamuotoisia huomautuksia, '
                                                     'esim. mitä esimerkki '
                                                     'havainnollistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritt formulerade anmärkningar, '
                                                     't.ex. vad ett exempel '
                                                     'åskådliggör.'}},
         'domain_of': ['Export',
                       'ScopeRule',
                       'NetworkMeeting',
                       'ClientProblem',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Huomautukset'},
                                {'in_language': 'sv', 'literal_form': 'Anmärkningar'},
                                {'in_language': 'en', 'literal_form': 'Notes'}]} })


class Participant(ConfiguredBaseModel):
    """
    Someone who took part in a network meeting, a plan or a review: the client, a relative or close person, a worker of the export, or another professional.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Verkostopalaveriin, '
                                                     'suunnitelmaan tai arviointiin '
                                                     'osallistunut: asiakas, omainen '
                                                     'tai läheinen, viennin työntekijä '
                                                     'tai muu ammattilainen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Deltagare i ett nätverksmöte, en '
                                                     'plan eller en uppföljning: '
                                                     'klienten, en anhörig eller '
                                                     'närstående, en arbetstagare i '
                                                     'exporten eller en annan '
                                                     'yrkesperson.'}},
         'class_uri': 'cm_model:Participant',
         'close_mappings': ['fhir:Encounter.participant', 'fhir:CareTeam.participant'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'participant_type': {'name': 'participant_type',
                                             'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Osallistuja'},
                                {'in_language': 'sv', 'literal_form': 'Deltagare'},
                                {'in_language': 'en', 'literal_form': 'Participant'}],
         'title': 'Participant'})

    participant_type: ParticipantType = Field(default=..., title="Participant type", description="""Whether the participant is the client, a relative, a worker or another professional.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Onko osallistuja asiakas, '
                                                     'omainen, työntekijä vai muu '
                                                     'ammattilainen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Om deltagaren är klienten, en '
                                                     'anhörig, en arbetstagare eller '
                                                     'en annan yrkesperson.'}},
         'close_mappings': ['fhir:Encounter.participant.type'],
         'domain_of': ['Participant'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Osallistujan tyyppi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Typ av deltagare'},
                                {'in_language': 'en',
                                 'literal_form': 'Participant type'}]} })
    worker_id: Optional[str] = Field(default=None, title="Worker", description="""The worker.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Nimetty työntekijä (työntekijän '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Den utsedda arbetstagaren '
                                                     '(arbetstagarens '
                                                     'identifierare).'}},
         'close_mappings': ['fhir:CareTeam.participant.member'],
         'domain_of': ['ResponsibleWorkerAssignment', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Työntekijä'},
                                {'in_language': 'sv', 'literal_form': 'Arbetstagare'},
                                {'in_language': 'en', 'literal_form': 'Worker'}]} })
    related_person_id: Optional[str] = Field(default=None, title="Relative", description="""The relative or close person (an id of the client's relatives).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Omainen tai läheinen (asiakkaan '
                                                     'omaisen tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Anhörig eller närstående '
                                                     '(identifierare bland klientens '
                                                     'anhöriga).'}},
         'close_mappings': ['fhir:Encounter.participant.individual'],
         'domain_of': ['Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Omainen'},
                                {'in_language': 'sv', 'literal_form': 'Anhörig'},
                                {'in_language': 'en', 'literal_form': 'Relative'}]} })
    name: Optional[str] = Field(default=None, title="Name", description="""Display name of an organisation, worker or close person.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi', 'value': 'Nimi.'},
                         'description_sv': {'tag': 'description_sv', 'value': 'Namn.'}},
         'domain_of': ['Organisation', 'Worker', 'RelatedPerson', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Nimi'},
                                {'in_language': 'sv', 'literal_form': 'Namn'},
                                {'in_language': 'en', 'literal_form': 'Name'}]} })
    profession: Optional[Profession] = Field(default=None, title="Profession", description="""The worker's profession.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Työntekijän ammattiryhmä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Arbetstagarens yrkesgrupp.'}},
         'domain_of': ['Worker', 'ServiceContact', 'Participant'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Ammattiryhmä'},
                                {'in_language': 'sv', 'literal_form': 'Yrkesgrupp'},
                                {'in_language': 'en', 'literal_form': 'Profession'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })


class ClientProblem(ConfiguredBaseModel):
    """
    A problem or diagnosis of the client with its verification status (suspected, confirmed, refuted) and, optionally, its ICD-10 code; a suspected diagnosis stays suspected until it is confirmed.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan ongelma tai diagnoosi '
                                                     'ja sen varmuus (epäilty, '
                                                     'varmistettu, poissuljettu) sekä '
                                                     'halutessa ICD-10-koodi; epäilty '
                                                     'diagnoosi pysyy epäiltynä, '
                                                     'kunnes se varmistetaan.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens problem eller diagnos '
                                                     'med verifieringsstatus '
                                                     '(misstänkt, bekräftad, '
                                                     'utesluten) och vid behov '
                                                     'ICD-10-kod; en misstänkt diagnos '
                                                     'förblir misstänkt tills den '
                                                     'bekräftas.'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'SLE 2007 epäilty, joka "
                                             'sittemmin kulkenut diagnoosina '
                                             '(rajatapaus, SLE-diagnoosia ei voi '
                                             "tehdä, koska ei vasta-aineita.)'"}},
         'class_uri': 'cm_model:ClientProblem',
         'exact_mappings': ['fhir:Condition'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'id': {'name': 'id', 'required': True},
                        'problem_text': {'name': 'problem_text', 'required': True},
                        'verification_status': {'name': 'verification_status',
                                                'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ongelma tai diagnoosi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Problem eller diagnos'},
                                {'in_language': 'en',
                                 'literal_form': 'Problem or diagnosis'}],
         'title': 'Problem or diagnosis'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    problem_text: str = Field(default=..., title="Problem or diagnosis", description="""The problem or diagnosis in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ongelma tai diagnoosi '
                                                     'sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Problemet eller diagnosen i '
                                                     'ord.'}},
         'domain_of': ['CareResponsibility', 'ClientProblem'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Ongelma tai diagnoosi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Problem eller diagnos'},
                                {'in_language': 'en',
                                 'literal_form': 'Problem or diagnosis'}]} })
    diagnosis_code: Optional[str] = Field(default=None, title="Diagnosis code (ICD-10)", description="""ICD-10 code of the diagnosis, if any.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Diagnoosin ICD-10-koodi, jos '
                                                     'on.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Diagnosens ICD-10-kod, om en '
                                                     'sådan finns.'}},
         'domain_of': ['CareResponsibility', 'ClientProblem'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Diagnoosikoodi (ICD-10)'},
                                {'in_language': 'sv',
                                 'literal_form': 'Diagnoskod (ICD-10)'},
                                {'in_language': 'en',
                                 'literal_form': 'Diagnosis code (ICD-10)'}]} })
    verification_status: VerificationStatus = Field(default=..., title="Verification status", description="""How certain the problem or diagnosis is.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kuinka varma ongelma tai '
                                                     'diagnoosi on.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur säker problemet eller '
                                                     'diagnosen är.'}},
         'domain_of': ['ClientProblem'],
         'exact_mappings': ['fhir:Condition.verificationStatus'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Varmuusaste'},
                                {'in_language': 'sv',
                                 'literal_form': 'Verifieringsstatus'},
                                {'in_language': 'en',
                                 'literal_form': 'Verification status'}]} })
    verification_date: Optional[date] = Field(default=None, title="Status date", description="""The day the status was set.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivä, jona tila asetettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dag då verifieringsstatusen '
                                                     'antecknades.'}},
         'close_mappings': ['fhir:Condition.recordedDate'],
         'domain_of': ['ClientProblem'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tilan päivä'},
                                {'in_language': 'sv', 'literal_form': 'Statusdatum'},
                                {'in_language': 'en', 'literal_form': 'Status date'}]} })
    notes: Optional[str] = Field(default=None, title="Notes", description="""Free-text notes about the export, e.g. what an example illustrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vapaamuotoisia huomautuksia, '
                                                     'esim. mitä esimerkki '
                                                     'havainnollistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritt formulerade anmärkningar, '
                                                     't.ex. vad ett exempel '
                                                     'åskådliggör.'}},
         'domain_of': ['Export',
                       'ScopeRule',
                       'NetworkMeeting',
                       'ClientProblem',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Huomautukset'},
                                {'in_language': 'sv', 'literal_form': 'Anmärkningar'},
                                {'in_language': 'en', 'literal_form': 'Notes'}]} })

    @field_validator('diagnosis_code')
    def pattern_diagnosis_code(cls, v):
        pattern=re.compile(r"^[A-Z]\d\d(\.\d\d?)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid diagnosis_code format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid diagnosis_code format: {v}"
            raise ValueError(err_msg)
        return v


class SegmentMembership(ConfiguredBaseModel):
    """
    A dated membership of the client in a high-need segment, with where it came from; Kanta-Häme follows how long clients stay in the multi-service segment.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan päivätty kuuluminen '
                                                     'paljon palveluja tarvitsevien '
                                                     'segmenttiin ja sen lähde; '
                                                     'Kanta-Häme seuraa, kuinka kauan '
                                                     'asiakkuudet kestävät '
                                                     'monipalvelusegmentissä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens daterade medlemskap i '
                                                     'ett segment för klienter som '
                                                     'behöver många tjänster, med '
                                                     'källa; Egentliga Tavastland '
                                                     'följer hur länge klientskapen '
                                                     'varar i flertjänstsegmentet.'},
                         'source': {'tag': 'source',
                                    'value': "seed 002: 'Segmentoinnin seurauksena "
                                             'asiakas liitetään monipalveluasiakkaiden '
                                             "ryhmään'; 'Asiakkuudet "
                                             "monipalvelu-segmentissä lyhenee.'"}},
         'class_uri': 'cm_model:SegmentMembership',
         'close_mappings': ['fhir:Group.member'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'membership_source': {'name': 'membership_source',
                                              'required': True},
                        'segment': {'name': 'segment', 'required': True},
                        'start_date': {'name': 'start_date', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Segmenttijäsenyys'},
                                {'in_language': 'sv',
                                 'literal_form': 'Medlemskap i segment'},
                                {'in_language': 'en',
                                 'literal_form': 'Segment membership'}],
         'title': 'Segment membership'})

    segment: ClientSegment = Field(default=..., title="Segment", description="""The segment.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Segmentti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Segment.'}},
         'close_mappings': ['fhir:Group.characteristic'],
         'domain_of': ['SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Segmentti'},
                                {'in_language': 'sv', 'literal_form': 'Segment'},
                                {'in_language': 'en', 'literal_form': 'Segment'}]} })
    start_date: date = Field(default=..., title="Start date", description="""First day.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Ensimmäinen päivä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Första dagen.'}},
         'close_mappings': ['fhir:CareTeam.participant.period',
                            'fhir:CarePlan.period',
                            'fhir:Period.start'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Alkupäivä'},
                                {'in_language': 'sv', 'literal_form': 'Startdatum'},
                                {'in_language': 'en', 'literal_form': 'Start date'}]} })
    end_date: Optional[date] = Field(default=None, title="End date", description="""Last day; empty while ongoing.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Viimeinen päivä; tyhjä, kun yhä '
                                                     'voimassa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Sista dagen; tom när den '
                                                     'fortfarande gäller.'},
                         'period_start': {'tag': 'period_start',
                                          'value': 'start_date'}},
         'close_mappings': ['fhir:Encounter.period', 'fhir:Period.end'],
         'domain_of': ['ResponsibleWorkerAssignment',
                       'PlannedService',
                       'IntensiveSupportPeriod',
                       'ServiceContact',
                       'SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Päättymispäivä'},
                                {'in_language': 'sv', 'literal_form': 'Slutdatum'},
                                {'in_language': 'en', 'literal_form': 'End date'}]} })
    membership_source: SegmentSource = Field(default=..., title="Source of the membership", description="""How the client came into the segment.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Miten asiakas tuli segmenttiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Hur klienten kom in i '
                                                     'segmentet.'}},
         'close_mappings': ['fhir:Group.characteristic.code'],
         'domain_of': ['SegmentMembership'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Jäsenyyden lähde'},
                                {'in_language': 'sv',
                                 'literal_form': 'Källa för medlemskapet'},
                                {'in_language': 'en',
                                 'literal_form': 'Source of the membership'}]} })


class SourcePlan(ConfiguredBaseModel):
    """
    Another plan of the client (e.g. a social-welfare client plan or a care plan of a clinic) that the shared plan integrates.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Asiakkaan muu suunnitelma (esim. '
                                                     'sosiaalihuollon '
                                                     'asiakassuunnitelma tai '
                                                     'poliklinikan hoitosuunnitelma), '
                                                     'joka on yhdistetty yhteiseen '
                                                     'suunnitelmaan.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Klientens andra plan (t.ex. '
                                                     'klientplan inom socialvården '
                                                     'eller en poliklinisk vårdplan) '
                                                     'som den gemensamma planen '
                                                     'integrerar.'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'integroi eri suunnitelmat "
                                             "kokonaissuunnitelmaksi'; seed 002: "
                                             "'Asiakkaalla voi olla useita "
                                             "asiakkuuksia ja suunnitelmia.'"}},
         'class_uri': 'cm_model:SourcePlan',
         'close_mappings': ['fhir:CarePlan.basedOn'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'source_plan_name': {'name': 'source_plan_name',
                                             'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Yhdistetty suunnitelma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Integrerad plan'},
                                {'in_language': 'en',
                                 'literal_form': 'Linked source plan'}],
         'title': 'Linked source plan'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    source_plan_name: str = Field(default=..., title="Plan", description="""What the other plan is, in words (e.g. sosiaalihuollon asiakassuunnitelma).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mikä muu suunnitelma on, '
                                                     'sanallisesti (esim. '
                                                     'sosiaalihuollon '
                                                     'asiakassuunnitelma).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilken den andra planen är, i '
                                                     'ord (t.ex. klientplan inom '
                                                     'socialvården).'}},
         'close_mappings': ['fhir:CarePlan.title'],
         'domain_of': ['SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Suunnitelma'},
                                {'in_language': 'sv', 'literal_form': 'Plan'},
                                {'in_language': 'en', 'literal_form': 'Plan'}]} })
    sector: Optional[Sector] = Field(default=None, title="Sector", description="""The service sector.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Palvelun toimiala.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Tjänstens sektor.'}},
         'domain_of': ['Worker', 'PlannedService', 'ServiceContact', 'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Toimiala'},
                                {'in_language': 'sv', 'literal_form': 'Sektor'},
                                {'in_language': 'en', 'literal_form': 'Sector'}]} })
    unit_id: Optional[str] = Field(default=None, title="Unit", description="""Code of the unit (e.g. health centre, ward, social work team).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yksikön koodi (esim. '
                                                     'terveysasema, osasto, '
                                                     'sosiaalityön tiimi).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Enhetens kod (t.ex. '
                                                     'hälsostation, avdelning, '
                                                     'socialarbetsteam).'}},
         'close_mappings': ['fhir:Encounter.serviceProvider',
                            'fhir:PractitionerRole.organization'],
         'domain_of': ['Worker',
                       'PlannedService',
                       'CareResponsibility',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'Participant',
                       'SourcePlan'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Yksikkö'},
                                {'in_language': 'sv', 'literal_form': 'Enhet'},
                                {'in_language': 'en', 'literal_form': 'Unit'}]} })
    external_reference: Optional[str] = Field(default=None, title="Reference in the source system", description="""The plan's identifier in the system that holds it, if known.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Suunnitelman tunniste sitä '
                                                     'ylläpitävässä järjestelmässä, '
                                                     'jos tiedossa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Planens identifierare i det '
                                                     'system där den förs, om den är '
                                                     'känd.'}},
         'close_mappings': ['fhir:Reference.identifier'],
         'domain_of': ['SourcePlan'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Viite lähdejärjestelmässä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Referens i källsystemet'},
                                {'in_language': 'en',
                                 'literal_form': 'Reference in the source system'}]} })


class PlanReview(ConfiguredBaseModel):
    """
    A review of the shared plan that took place: when, who took part and what came of it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Yhteisen suunnitelman toteutunut '
                                                     'arviointi: milloin, ketkä '
                                                     'osallistuivat ja mitä siitä '
                                                     'seurasi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Genomförd uppföljning av den '
                                                     'gemensamma planen: när, vilka '
                                                     'som deltog och vad den ledde '
                                                     'till.'},
                         'source': {'tag': 'source',
                                    'value': "seed 002: 'On hyvä sopia asiakkaan "
                                             'kanssa miten ja milloin arvioidaan hänen '
                                             "tilannettaan'"}},
         'class_uri': 'cm_model:PlanReview',
         'close_mappings': ['fhir:ClinicalImpression'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'id': {'name': 'id', 'required': True},
                        'review_date': {'name': 'review_date', 'required': True},
                        'review_outcome': {'name': 'review_outcome', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Pidetty arviointi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Genomförd uppföljning'},
                                {'in_language': 'en', 'literal_form': 'Held review'}],
         'title': 'Held review'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    review_date: date = Field(default=..., title="Review date", description="""The day the review was held.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivä, jona arviointi '
                                                     'pidettiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dag då uppföljningen hölls.'}},
         'close_mappings': ['fhir:ClinicalImpression.date'],
         'domain_of': ['PlanReview'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Arvioinnin päivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Uppföljningsdag'},
                                {'in_language': 'en', 'literal_form': 'Review date'}]} })
    participants: Optional[list[Participant]] = Field(default=None, title="Participants", description="""Who took part (the client, relatives, workers, others).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ketkä osallistuivat (asiakas, '
                                                     'omaiset, työntekijät, muut).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vilka som deltog (klienten, '
                                                     'anhöriga, arbetstagare, '
                                                     'andra).'}},
         'close_mappings': ['fhir:Encounter.participant'],
         'domain_of': ['SharedCarePlan', 'NetworkMeeting', 'PlanReview'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Osallistujat'},
                                {'in_language': 'sv', 'literal_form': 'Deltagare'},
                                {'in_language': 'en', 'literal_form': 'Participants'}]} })
    review_outcome: ReviewOutcome = Field(default=..., title="Outcome", description="""What came of the review.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mitä arvioinnista seurasi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vad uppföljningen ledde till.'}},
         'close_mappings': ['fhir:ClinicalImpression.status'],
         'domain_of': ['PlanReview'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tulos'},
                                {'in_language': 'sv', 'literal_form': 'Resultat'},
                                {'in_language': 'en', 'literal_form': 'Outcome'}]} })
    outcome_text: Optional[str] = Field(default=None, title="Outcome in words", description="""The outcome of the review in words.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Arvioinnin tulos sanallisesti.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Uppföljningens resultat i ord.'}},
         'close_mappings': ['fhir:ClinicalImpression.summary'],
         'domain_of': ['PlanReview'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Tulos sanallisesti'},
                                {'in_language': 'sv', 'literal_form': 'Resultat i ord'},
                                {'in_language': 'en',
                                 'literal_form': 'Outcome in words'}]} })


class FunctionalCapacityAssessment(ConfiguredBaseModel):
    """
    A functional-capacity (toimintakyky) assessment: which instrument, when, and the score it gave.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Toimintakyvyn arviointi: millä '
                                                     'mittarilla, milloin ja millä '
                                                     'tuloksella.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Bedömning av funktionsförmågan: '
                                                     'med vilket instrument, när och '
                                                     'med vilket resultat.'},
                         'source': {'tag': 'source',
                                    'value': "seed 002: 'Pitkällä aikavälillä voidaan "
                                             'seurata asiakkaan toimintakykyä, '
                                             "hyvinvointia ja terveydentilaa.'"}},
         'class_uri': 'cm_model:FunctionalCapacityAssessment',
         'close_mappings': ['fhir:Observation'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'assessment_date': {'name': 'assessment_date',
                                            'required': True},
                        'id': {'name': 'id', 'required': True},
                        'instrument': {'name': 'instrument', 'required': True}},
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Toimintakyvyn arviointi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Bedömning av funktionsförmåga'},
                                {'in_language': 'en',
                                 'literal_form': 'Functional-capacity assessment'}],
         'title': 'Functional-capacity assessment'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    assessment_date: date = Field(default=..., title="Assessment date", description="""When the questionnaire was answered.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Milloin kyselyyn vastattiin.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'När enkäten besvarades.'}},
         'domain_of': ['WhoqolBrefAssessment', 'FunctionalCapacityAssessment'],
         'exact_mappings': ['fhir:QuestionnaireResponse.authored'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Arviointipäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Bedömningsdatum'},
                                {'in_language': 'en',
                                 'literal_form': 'Assessment date'}]} })
    instrument: FunctionalCapacityInstrument = Field(default=..., title="Instrument", description="""The assessment instrument.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Arviointimittari.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Bedömningsinstrument.'}},
         'close_mappings': ['fhir:Observation.code'],
         'domain_of': ['FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Mittari'},
                                {'in_language': 'sv', 'literal_form': 'Mätinstrument'},
                                {'in_language': 'en', 'literal_form': 'Instrument'}]} })
    instrument_name: Optional[str] = Field(default=None, title="Instrument name", description="""The name of the instrument when it is OTHER.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Mittarin nimi, kun se on OTHER.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Instrumentets namn när det är '
                                                     'OTHER.'}},
         'close_mappings': ['fhir:Observation.code.text'],
         'domain_of': ['FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Mittarin nimi'},
                                {'in_language': 'sv',
                                 'literal_form': 'Instrumentets namn'},
                                {'in_language': 'en',
                                 'literal_form': 'Instrument name'}]} })
    score: Optional[float] = Field(default=None, title="Score", description="""The score on the instrument's own scale (e.g. a RAI scale value).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tulos mittarin omalla asteikolla '
                                                     '(esim. RAI-mittarin arvo).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Resultatet på instrumentets egen '
                                                     'skala (t.ex. värdet på en '
                                                     'RAI-mätare).'}},
         'close_mappings': ['fhir:Observation.valueQuantity'],
         'domain_of': ['FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tulos'},
                                {'in_language': 'sv', 'literal_form': 'Poäng'},
                                {'in_language': 'en', 'literal_form': 'Score'}]} })
    score_text: Optional[str] = Field(default=None, title="Score in words", description="""The result in words, e.g. which RAI scale the score is on.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tulos sanallisesti, esim. minkä '
                                                     'RAI-mittarin arvo on kyseessä.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Resultatet i ord, t.ex. vilken '
                                                     'RAI-mätare värdet gäller.'}},
         'close_mappings': ['fhir:Observation.valueString'],
         'domain_of': ['FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Tulos sanallisesti'},
                                {'in_language': 'sv', 'literal_form': 'Resultat i ord'},
                                {'in_language': 'en',
                                 'literal_form': 'Score in words'}]} })
    timepoint: Optional[MeasurementTimepoint] = Field(default=None, title="Timepoint", description="""Before or after the plan.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Ennen suunnitelmaa vai sen '
                                                     'jälkeen.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Före eller efter planen.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Mittausajankohta'},
                                {'in_language': 'sv', 'literal_form': 'Mättidpunkt'},
                                {'in_language': 'en', 'literal_form': 'Timepoint'}]} })
    quadruple_aim_perspective: Optional[QuadrupleAimPerspective] = Field(default=None, title="Quadruple Aim perspective", description="""The Quadruple Aim perspective the measure informs.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Quadruple Aim -näkökulma, jota '
                                                     'mittari kuvaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Det Quadruple Aim-perspektiv som '
                                                     'måttet beskriver.'}},
         'domain_of': ['ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'OrganisationIndicator',
                       'FunctionalCapacityAssessment'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Quadruple Aim -näkökulma'},
                                {'in_language': 'sv',
                                 'literal_form': 'Quadruple Aim-perspektiv'},
                                {'in_language': 'en',
                                 'literal_form': 'Quadruple Aim perspective'}]} })


class Discharge(ConfiguredBaseModel):
    """
    A discharge from an inpatient episode: the date and where the client went (home, home with services, a follow-up care place).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Kotiutus vuodeosastojaksolta: '
                                                     'päivä ja minne asiakas siirtyi '
                                                     '(kotiin, kotiin palvelujen '
                                                     'turvin, jatkohoitopaikkaan).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Utskrivning från en vårdperiod '
                                                     'på avdelning: dag och vart '
                                                     'klienten skrevs ut (hem, hem med '
                                                     'tjänster, plats för fortsatt '
                                                     'vård).'},
                         'source': {'tag': 'source',
                                    'value': "seed 000: 'Arvioi asiakkaan "
                                             'selviytymistä kotona tai '
                                             'jatkohoitopaikassa seurantapuhelun tai '
                                             "kotikäynnin avulla'"}},
         'class_uri': 'cm_model:Discharge',
         'close_mappings': ['fhir:Encounter.hospitalization'],
         'from_schema': 'https://w3id.org/cm-model',
         'slot_usage': {'discharge_date': {'name': 'discharge_date', 'required': True},
                        'discharge_destination': {'name': 'discharge_destination',
                                                  'required': True},
                        'id': {'name': 'id', 'required': True}},
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kotiutus'},
                                {'in_language': 'sv', 'literal_form': 'Utskrivning'},
                                {'in_language': 'en', 'literal_form': 'Discharge'}],
         'title': 'Discharge'})

    id: str = Field(default=..., title="Identifier", description="""Identifier of the record, unique within the export. For clients a pseudonymous id, never the henkilötunnus.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Tietueen tunniste, yksilöllinen '
                                                     'koko aineistossa. Asiakkaalla '
                                                     'pseudonyymi tunniste, ei koskaan '
                                                     'henkilötunnus.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Postens identifierare, unik i '
                                                     'hela materialet. För en klient '
                                                     'en pseudonym identifierare, '
                                                     'aldrig personbeteckningen.'}},
         'domain_of': ['Organisation',
                       'Worker',
                       'Client',
                       'RelatedPerson',
                       'Consent',
                       'ObservedTrigger',
                       'Referral',
                       'ResponsibleWorkerAssignment',
                       'SharedCarePlan',
                       'ClientGoal',
                       'PlannedService',
                       'CareResponsibility',
                       'PlanRevision',
                       'CmHoiEntry',
                       'ContinuityIndex',
                       'WhoqolBrefAssessment',
                       'PromResponse',
                       'NpsResponse',
                       'ServiceUseCount',
                       'ServiceContact',
                       'OrganisationIndicator',
                       'NetworkMeeting',
                       'ClientProblem',
                       'SourcePlan',
                       'PlanReview',
                       'FunctionalCapacityAssessment',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Tunniste'},
                                {'in_language': 'sv', 'literal_form': 'Identifierare'},
                                {'in_language': 'en', 'literal_form': 'Identifier'}]} })
    discharge_date: date = Field(default=..., title="Discharge date", description="""The day the client left the ward.""", json_schema_extra = { "linkml_meta": {'annotations': {'date_kind': {'tag': 'date_kind', 'value': 'event'},
                         'description_fi': {'tag': 'description_fi',
                                            'value': 'Päivä, jona asiakas lähti '
                                                     'osastolta.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Dag då klienten lämnade '
                                                     'avdelningen.'}},
         'close_mappings': ['fhir:Encounter.period'],
         'domain_of': ['Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Kotiutuspäivä'},
                                {'in_language': 'sv',
                                 'literal_form': 'Utskrivningsdag'},
                                {'in_language': 'en',
                                 'literal_form': 'Discharge date'}]} })
    discharge_destination: DischargeDestination = Field(default=..., title="Destination", description="""Where the client went.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Minne asiakas siirtyi.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vart klienten skrevs ut.'}},
         'domain_of': ['Discharge'],
         'exact_mappings': ['fhir:Encounter.hospitalization.dischargeDisposition'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Kotiutumispaikka'},
                                {'in_language': 'sv',
                                 'literal_form': 'Vart klienten skrevs ut'},
                                {'in_language': 'en', 'literal_form': 'Destination'}]} })
    inpatient_contact_id: Optional[str] = Field(default=None, title="Inpatient episode", description="""The inpatient episode the discharge ends (an id of a service contact).""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vuodeosastojakso, jonka kotiutus '
                                                     'päättää (palvelutapahtuman '
                                                     'tunniste).'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Vårdperioden på avdelning som '
                                                     'utskrivningen avslutar '
                                                     '(identifierare för en '
                                                     'servicehändelse).'}},
         'close_mappings': ['fhir:Encounter.partOf'],
         'domain_of': ['Discharge'],
         'structured_aliases': [{'in_language': 'fi',
                                 'literal_form': 'Vuodeosastojakso'},
                                {'in_language': 'sv',
                                 'literal_form': 'Vårdperiod på avdelning'},
                                {'in_language': 'en',
                                 'literal_form': 'Inpatient episode'}]} })
    notes: Optional[str] = Field(default=None, title="Notes", description="""Free-text notes about the export, e.g. what an example illustrates.""", json_schema_extra = { "linkml_meta": {'annotations': {'description_fi': {'tag': 'description_fi',
                                            'value': 'Vapaamuotoisia huomautuksia, '
                                                     'esim. mitä esimerkki '
                                                     'havainnollistaa.'},
                         'description_sv': {'tag': 'description_sv',
                                            'value': 'Fritt formulerade anmärkningar, '
                                                     't.ex. vad ett exempel '
                                                     'åskådliggör.'}},
         'domain_of': ['Export',
                       'ScopeRule',
                       'NetworkMeeting',
                       'ClientProblem',
                       'Discharge'],
         'structured_aliases': [{'in_language': 'fi', 'literal_form': 'Huomautukset'},
                                {'in_language': 'sv', 'literal_form': 'Anmärkningar'},
                                {'in_language': 'en', 'literal_form': 'Notes'}]} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Export.model_rebuild()
Organisation.model_rebuild()
ScopeRule.model_rebuild()
Worker.model_rebuild()
TriggerDefinition.model_rebuild()
Client.model_rebuild()
RelatedPerson.model_rebuild()
ContactArrangement.model_rebuild()
Consent.model_rebuild()
ObservedTrigger.model_rebuild()
Referral.model_rebuild()
ResponsibleWorkerAssignment.model_rebuild()
SharedCarePlan.model_rebuild()
ClientGoal.model_rebuild()
PlannedService.model_rebuild()
CareResponsibility.model_rebuild()
ReviewSchedule.model_rebuild()
IntensiveSupportPeriod.model_rebuild()
PlanRevision.model_rebuild()
CmHoiEntry.model_rebuild()
ClienthoodStatusChange.model_rebuild()
ContinuityIndex.model_rebuild()
WhoqolBrefAssessment.model_rebuild()
WhoqolItemAnswer.model_rebuild()
WhoqolDomainScore.model_rebuild()
PromResponse.model_rebuild()
PromAnswer.model_rebuild()
NpsResponse.model_rebuild()
ServiceUseCount.model_rebuild()
ServiceContact.model_rebuild()
OrganisationIndicator.model_rebuild()
NetworkMeeting.model_rebuild()
Participant.model_rebuild()
ClientProblem.model_rebuild()
SegmentMembership.model_rebuild()
SourcePlan.model_rebuild()
PlanReview.model_rebuild()
FunctionalCapacityAssessment.model_rebuild()
Discharge.model_rebuild()
