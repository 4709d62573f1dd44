"""Which intake forms exist: one workbook per moment of work in the seeds.

Each form is a `Client` aggregate seen from one moment of the process. Its first data sheet holds
one row per client (the pseudonymous id, plus what is recorded about the client then); repeated
things (triggers, goals, services …) are rows of linked sheets keyed by the parent's id. The
columns, labels, prompts, dropdowns and bounds all come from the schema; this module only says
which parts of the record each moment touches, and the plain-language instructions.

Bump a form's `version` whenever its sheets or columns change.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SheetSpec:
    """One sheet: `path` is where its rows live inside a Client ('' = the client itself);
    `fields` are the slots shown (None = every slot the form can show, in schema order;
    a single-valued object slot expands into one column per field of the object)."""

    path: str
    fields: tuple[str, ...] | None = None
    exclude: tuple[str, ...] = ()
    title: dict[str, str] = field(default_factory=dict)
    # Columns shown through a fixed value list of `choices.py` (field → list name).
    choices: dict[str, str] = field(default_factory=dict)
    # An optional sheet: its rows may be left out altogether; `note` opens every column prompt.
    optional: bool = False
    note: dict[str, str] = field(default_factory=dict)
    # A list slot shown as one column per item (questionnaire.py), e.g. WHOQOL-BREF answers.
    questionnaire: str | None = None


@dataclass(frozen=True)
class FormSpec:
    id: str
    number: int
    version: str
    file: dict[str, str]
    title: dict[str, str]
    moment: dict[str, str]
    sheets: tuple[SheetSpec, ...]


ROOT_CLASS = "Client"

# Parts of a Client no form carries, and why. Everything else round-trips through some form.
NOT_ON_FORMS: dict[str, str] = {
    "observed_triggers.evidence_contact_ids": (
        "machine evidence: listed by `cm-model triggers` from service-contact data, not typed"
    ),
    "continuity_indices": "computed by `cm-model metrics` from service contacts, not typed",
    "service_use_counts": "computed by `cm-model metrics` from service contacts, not typed",
}

FORMS: tuple[FormSpec, ...] = (
    FormSpec(
        id="identification",
        number=1,
        version="1.2.0",
        file={"fi": "1_tunnistaminen_ja_ilmoitus.xlsx", "en": "1_identification_and_referral.xlsx",
              "sv": "1_identifiering_och_anmalan.xlsx"},
        title={
            "fi": "Tunnistaminen ja ilmoitus asiakaspäällikölle",
            "en": "Identification and referral to the case manager",
            "sv": "Identifiering och anmälan till klientchefen",
        },
        moment={
            "fi": (
                "Täytä, kun tunnistat työssäsi asiakkaan, joka tarvitsee paljon tai monia "
                "sosiaali- ja terveyspalveluja: kirjaa havaitsemasi herätteet, ilmoitus "
                "asiakaspäällikölle tai vastuutyöntekijälle ja asiakkaan suostumukset. "
                "Tunnistaa voi kuka tahansa sote-ammattilainen, myös järjestö tai yksityinen "
                "palveluntuottaja. Asiakkaaseen otetaan yhteyttä vasta, kun hän on antanut "
                "suostumuksen."
            ),
            "en": (
                "Fill in when you identify in your work a client who needs many social and "
                "health services: record the triggers you observed, the referral to the case "
                "manager or responsible worker, and the client's consents. Any professional can "
                "identify a client, also an NGO or a private provider. The coordinators contact "
                "the client only after consent."
            ),
            "sv": (
                "Fyll i när du i ditt arbete identifierar en klient som behöver mycket eller "
                "många social- och hälsovårdstjänster: anteckna de signaler du observerat, "
                "anmälan till klientchefen eller den ansvariga arbetstagaren och klientens "
                "samtycken. Vilken yrkesperson inom social- och hälsovården som helst kan "
                "identifiera en klient, också en frivilligorganisation eller en privat "
                "tjänsteproducent. "
                "Klienten kontaktas först när hen har gett sitt samtycke."
            ),
        },
        sheets=(
            SheetSpec(
                "",
                fields=(
                    "id", "henkilotunnus", "birth_year", "birth_date", "home_municipality",
                    "client_group_marking", "client_group_marking_name",
                    "needs_special_support",
                ),
            ),
            SheetSpec("segments"),
            SheetSpec("segment_memberships"),
            SheetSpec("observed_triggers", exclude=("evidence_contact_ids",)),
            SheetSpec("referrals"),
            SheetSpec(
                "referrals.observed_trigger_ids",
                title={"fi": "Ilmoitusten herätteet", "en": "Referral triggers",
                       "sv": "Anmälningarnas signaler"},
            ),
            SheetSpec("consents"),
        ),
    ),
    FormSpec(
        id="assignment",
        number=2,
        version="1.1.0",
        file={"fi": "2_vastuutyontekija_ja_yhteydenpito.xlsx", "en": "2_responsible_worker.xlsx",
              "sv": "2_ansvarig_arbetstagare.xlsx"},
        title={
            "fi": "Vastuutyöntekijän nimeäminen ja yhteydenpito",
            "en": "Naming the responsible worker and agreeing on contact",
            "sv": "Utnämning av ansvarig arbetstagare och överenskommelse om kontakt",
        },
        moment={
            "fi": (
                "Täytä, kun asiakkaalle nimetään vastuutyöntekijä, omatyöntekijä tai "
                "asiakaspäällikkö, kun tehtävä saattaen vaihdetaan tai päättyy, ja kun "
                "asiakkaan kanssa sovitaan yhteydenpidosta kiireettömissä asioissa. Kirjaa "
                "myös omaiset ja läheiset. Asiakkaalla voi olla kaksi vastuutyöntekijää "
                "tai omatyöntekijä ja vastuutyöntekijä; asiakkaalle kerrotaan nimeämisestä."
            ),
            "en": (
                "Fill in when a responsible worker, personal social worker (omatyöntekijä) or "
                "case manager is named for the client, when the role is handed over or ends, "
                "and when you agree with the client how to keep in touch in non-urgent matters. "
                "Record relatives and close persons too. A client may have two responsible "
                "workers, or a personal social worker and a responsible worker; the client is "
                "told about the naming."
            ),
            "sv": (
                "Fyll i när en ansvarig arbetstagare, en egen kontaktperson eller en klientchef "
                "utses för klienten, när uppgiften överlämnas med stöd eller upphör och när ni "
                "kommer överens med klienten om hur ni håller kontakt i icke-brådskande "
                "ärenden. Anteckna också anhöriga och närstående. Klienten kan ha två "
                "ansvariga arbetstagare, eller en egen kontaktperson och en ansvarig "
                "arbetstagare; klienten informeras om utnämningen."
            ),
        },
        sheets=(
            SheetSpec("", fields=("id", "contact_arrangement")),
            SheetSpec("assignments"),
            SheetSpec("relatives"),
        ),
    ),
    FormSpec(
        id="care_plan",
        number=3,
        version="1.1.0",
        file={"fi": "3_yhteinen_asiakassuunnitelma.xlsx", "en": "3_shared_care_plan.xlsx",
              "sv": "3_gemensam_klientplan.xlsx"},
        title={"fi": "Yhteinen asiakassuunnitelma", "en": "Shared care plan",
               "sv": "Gemensam klientplan"},
        moment={
            "fi": (
                "Täytä, kun laadit yhteistä asiakassuunnitelmaa asiakkaan kanssa tai päivität "
                "sitä. Suunnitelmaan kirjataan asiakkaan omat, sopivan kokoiset tavoitteet, "
                "palvelut ja niiden toteuttajat, hoitovastuu ongelmittain tai diagnooseittain "
                "(esimerkiksi verkostopalaverissa sovittu), arviointiaikataulu sekä se, onko "
                "tuki määräaikaista ja intensiivistä. Suunnitelmaan palataan jokaisessa "
                "kontaktissa, ja sitä voi päivittää kuka tahansa ammattilainen."
            ),
            "en": (
                "Fill in when you draft the shared care plan with the client or update it. The "
                "plan records the client's own right-sized goals, the services and who provides "
                "them, care responsibility per problem or diagnosis (for example as agreed in a "
                "network meeting), the review schedule, and whether the support is time-limited "
                "and intensive. The plan is returned to at every contact and any professional "
                "may update it."
            ),
            "sv": (
                "Fyll i när du upprättar den gemensamma klientplanen tillsammans med klienten "
                "eller uppdaterar den. I planen antecknas klientens egna mål av lämplig storlek, "
                "tjänsterna och vem som utför dem, vårdansvaret per problem eller diagnos (till "
                "exempel enligt vad som avtalats i ett nätverksmöte), uppföljningsschemat och "
                "om stödet är tidsbegränsat och intensivt. Planen tas upp vid varje kontakt, och "
                "vilken yrkesperson som helst kan uppdatera den."
            ),
        },
        sheets=(
            SheetSpec("", fields=("id",)),
            SheetSpec("care_plans"),
            SheetSpec("care_plans.goals"),
            SheetSpec("care_plans.services"),
            SheetSpec(
                "care_plans.services.goal_ids",
                title={"fi": "Palvelujen tavoitteet", "en": "Service goals",
                       "sv": "Tjänsternas mål"},
            ),
            SheetSpec("care_plans.care_responsibilities"),
            SheetSpec("care_plans.intensive_support_periods"),
            SheetSpec("care_plans.participants"),
            SheetSpec("care_plans.source_plans"),
            SheetSpec("care_plans.reviews"),
            SheetSpec("care_plans.reviews.participants"),
            SheetSpec("care_plans.services.depends_on"),
            SheetSpec("problems"),
            SheetSpec("network_meetings"),
            SheetSpec("network_meetings.participants"),
            SheetSpec("network_meetings.decisions"),
            SheetSpec("care_plans.revisions"),
            SheetSpec(
                "care_plans.revisions.changed_sections",
                title={"fi": "Päivitysten muutetut osat", "en": "Revised sections",
                       "sv": "Ändrade delar"},
            ),
        ),
    ),
    FormSpec(
        id="cm_hoi",
        number=4,
        version="1.1.0",
        file={"fi": "4_cm_hoi_kirjaukset.xlsx", "en": "4_cm_hoi_entries.xlsx",
              "sv": "4_cm_hoi_anteckningar.xlsx"},
        title={
            "fi": "CM-HOI-kirjaukset ja asiakkuuden tila",
            "en": "CM-HOI entries and clienthood status",
            "sv": "CM-HOI-anteckningar och klientskapets status",
        },
        moment={
            "fi": (
                "Täytä asiakaspäällikkötyön vaiheiden mukaan: tunnistaminen ja ilmoitus, "
                "kokonaistilanteeseen perehtyminen, hoidon ja kotiutuksen suunnittelu, "
                "verkostopalaveri, seuranta, yhteyshenkilönä toimiminen, selviytymisen "
                "arviointi seurantapuhelulla tai kotikäynnillä ja asiakkuuden päättäminen. "
                "Päättyvälle asiakkuudelle kirjataan päättymisen syy. Asiakkuuden tilan "
                "muutokset kirjataan omalle välilehdelleen."
            ),
            "en": (
                "Fill in along the phases of case-manager work: identification and "
                "notification, familiarisation with the whole situation, care and discharge "
                "planning, network meeting, follow-up, acting as contact person, assessing "
                "coping by follow-up call or home visit, and closing the clienthood. A closing "
                "entry states the closing reason. Changes of clienthood status go on their own "
                "sheet."
            ),
            "sv": (
                "Fyll i enligt faserna i klientchefsarbetet: identifiering och anmälan, "
                "bekantande med helhetssituationen, planering av vård och hemgång, "
                "nätverksmöte, uppföljning, att vara kontaktperson, bedömning av hur klienten "
                "klarar sig genom uppföljningssamtal eller hembesök samt avslutande av "
                "klientskapet. För ett klientskap som avslutas antecknas orsaken. Ändringar av "
                "klientskapets status antecknas på en egen flik."
            ),
        },
        sheets=(
            SheetSpec("", fields=("id",)),
            SheetSpec("cm_hoi_entries"),
            SheetSpec("status_history"),
            SheetSpec("discharges"),
        ),
    ),
    FormSpec(
        id="outcomes",
        number=5,
        version="2.0.0",
        file={"fi": "5_mittarit.xlsx", "en": "5_outcome_measures.xlsx", "sv": "5_matare.xlsx"},
        title={
            "fi": "Mittarit: WHOQOL-BREF, PROM ja NPS",
            "en": "Outcome measures: WHOQOL-BREF, PROM and NPS",
            "sv": "Mätare: WHOQOL-BREF, PROM och NPS",
        },
        moment={
            "fi": (
                "Täytä, kun asiakas vastaa elämänlaatukyselyyn (WHOQOL-BREF), yhteisasiakkaiden "
                "PROM-kyselyyn tai suositteluhalukkuuskysymykseen (NPS), esimerkiksi ennen "
                "suunnitelman laatimista ja sen jälkeen. WHOQOL-BREF-lomake on yksi rivi "
                "kyselykertaa kohden: kysymykset 1–26 ovat sarakkeina aiheen mukaan nimettyinä, "
                "ja jokaisen vastauksen 1–5 voi valita luettelosta sanallisena. NPS-vastauksen "
                "0–10 voi valita luettelosta. Ulottuvuuspisteet voi jättää tyhjiksi: "
                "`cm-model metrics` laskee ne vastauksista."
            ),
            "sv": (
                "Fyll i när klienten besvarar livskvalitetsenkäten (WHOQOL-BREF), PROM-enkäten "
                "för gemensamma klienter eller frågan om rekommendationsvilja (NPS), till "
                "exempel före och efter att planen upprättas. WHOQOL-BREF fylls i som en rad per "
                "enkättillfälle: frågorna 1–26 är kolumner namngivna efter ämne, och varje svar "
                "1–5 kan väljas i listan i ord. NPS-svaret 0–10 kan väljas i listan. "
                "Domänpoängen kan lämnas tomma: `cm-model metrics` räknar dem ur svaren."
            ),
            "en": (
                "Fill in when the client answers the quality-of-life questionnaire "
                "(WHOQOL-BREF), the PROM survey for shared clients or the recommendation "
                "question (NPS), for example before the plan is made and after it. WHOQOL-BREF "
                "is one row per questionnaire: items 1–26 are columns named by their topics, "
                "and each answer 1–5 can be picked from its list in words. The NPS answer 0–10 "
                "can be picked from a list too. Domain scores may be left empty: "
                "`cm-model metrics` computes them from the answers."
            ),
        },
        sheets=(
            SheetSpec("", fields=("id",)),
            SheetSpec("whoqol_assessments", questionnaire="whoqol_bref"),
            SheetSpec("functional_capacity_assessments"),
            SheetSpec(
                "whoqol_assessments.domain_scores",
                title={"fi": "Ulottuvuuspisteet (valinnainen)", "en": "Domain scores (optional)",
                       "sv": "Domänpoäng (frivilligt)"},
                optional=True,
                note={
                    "fi": "Valinnainen: voit jättää tyhjäksi, `cm-model metrics` laskee "
                    "pisteet vastauksista.",
                    "en": "Optional: may be left empty; `cm-model metrics` computes the scores "
                    "from the answers.",
                    "sv": "Frivilligt: kan lämnas tomt; `cm-model metrics` räknar poängen ur "
                    "svaren.",
                },
            ),
            SheetSpec("prom_responses"),
            SheetSpec(
                "prom_responses.prom_answers",
                title={"fi": "PROM-vastaukset kysymyksittäin", "en": "PROM item answers",
                       "sv": "PROM-svar per fråga"},
            ),
            SheetSpec("nps_responses", choices={"nps_score": "nps"}),
        ),
    ),
)


def form_by_id(form_id: str) -> FormSpec:
    for form in FORMS:
        if form.id == form_id:
            return form
    raise KeyError(form_id)
