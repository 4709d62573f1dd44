"""Plain-language words of the forms (Finnish and English): instructions, hints, examples."""

from __future__ import annotations

from typing import Any

from cm_model.forms.cells import EnumLookup
from cm_model.forms.layout import PARENT, Column, FormLayout, SheetLayout

GENERATED = {
    "fi": "Luotu tiedostosta schema/cm_model.yaml komennolla `cm-model generate` – älä muokkaa "
    "pohjaa, täytä se.",
    "en": "Generated from schema/cm_model.yaml by `cm-model generate` — do not edit the template; "
    "fill it in.",
}
INSTRUCTIONS_SHEET = {"fi": "Ohjeet", "en": "Instructions"}
TRIGGERS_SHEET = {"fi": "Herätelista", "en": "Trigger catalogue"}
WORKERS_SHEET = {"fi": "Työntekijät", "en": "Workers"}

# Hints of columns whose dropdown is a help, not a rule (other values are allowed).
_REFERENCE_HINT = {
    "TriggerDefinition": {
        "fi": "Valitse koodi luettelosta (välilehti Herätelista) tai kirjoita organisaatiosi "
        "oma herätekoodi.",
        "en": "Pick a code from the list (sheet Trigger catalogue) or type your "
        "organisation's own trigger code.",
    },
    "Worker": {
        "fi": "Valitse työntekijän tunniste luettelosta (välilehti Työntekijät) tai kirjoita se.",
        "en": "Pick the worker's id from the list (sheet Workers) or type it.",
    },
}
_REFERENCE_ERROR = {
    "TriggerDefinition": {
        "fi": "Koodi ei ole oletusherätelistassa. Jos se on organisaatiosi oma koodi, hyväksy "
        "se; muuten valitse luettelosta.",
        "en": "The code is not in the default trigger catalogue. Accept it if it is your "
        "organisation's own code; otherwise pick one from the list.",
    },
    "Worker": {
        "fi": "Tunniste ei ole välilehdellä Työntekijät. Hyväksy se, jos se on oikein, ja lisää "
        "työntekijä luetteloon.",
        "en": "The id is not on the sheet Workers. Accept it if it is right, and add the worker "
        "to the list.",
    },
}
_CHOICE_HINT = {"fi": "Valitse kysymys luettelosta tai kirjoita sen numero.",
                "en": "Pick the item from the list or type its number."}

_KIND_HINT = {
    "date": {"fi": "Päivämäärä pp.kk.vvvv, esim. 24.11.2026.",
             "en": "Date dd.mm.yyyy, e.g. 24.11.2026."},
    "datetime": {"fi": "Päivämäärä ja kellonaika pp.kk.vvvv tt:mm.",
                 "en": "Date and time dd.mm.yyyy hh:mm."},
    "enum": {"fi": "Valitse luettelosta.", "en": "Pick from the list."},
    "boolean": {"fi": "Valitse Kyllä tai Ei.", "en": "Pick Yes or No."},
    "integer": {"fi": "Kokonaisluku.", "en": "Whole number."},
    "decimal": {"fi": "Luku, desimaalierottimena pilkku tai piste.",
                "en": "Number; comma or point as decimal separator."},
    "text": {"fi": "", "en": ""},
}


def column_hint(column: Column, lang: str) -> str:
    parts = [_KIND_HINT.get(column.kind, _KIND_HINT["text"])[lang]]
    if column.reference in _REFERENCE_HINT:
        parts = [_REFERENCE_HINT[column.reference][lang]]
    if column.choices:
        parts = [_CHOICE_HINT[lang]]
    if column.kind in ("integer", "decimal") and (
        column.minimum is not None or column.maximum is not None
    ):
        lo = _fmt(column.minimum)
        hi = _fmt(column.maximum)
        parts.append(f"Sallittu {lo}–{hi}." if lang == "fi" else f"Allowed {lo}–{hi}.")
    if column.path == PARENT:
        parts.append("Pakollinen: kirjoita sama tunniste kuin ylemmällä välilehdellä."
                     if lang == "fi" else "Required: the same id as on the parent sheet.")
    elif column.required:
        parts.append("Pakollinen." if lang == "fi" else "Required.")
    elif column.conditional:
        parts.append("Pakollinen, jos ryhmän muita kenttiä täytetään." if lang == "fi"
                     else "Required when other fields of its group are filled.")
    return " ".join(p for p in parts if p)


def references(layout: FormLayout, cls: str) -> bool:
    """Whether some column of the form holds an id of `cls` (Worker, TriggerDefinition)."""
    return any(c.reference == cls for sheet in layout.sheets for c in sheet.columns)


def column_error(column: Column, lang: str) -> str:
    if column.reference in _REFERENCE_ERROR:
        return _REFERENCE_ERROR[column.reference][lang]
    if column.choices:
        return column_hint(column, lang)
    if column.kind in ("integer", "decimal"):
        return column_hint(column, lang)
    if column.kind in ("enum", "boolean"):
        return ("Arvo ei ole luettelossa. Valitse pudotusvalikosta." if lang == "fi"
                else "The value is not in the list. Pick one from the dropdown.")
    if column.kind in ("date", "datetime"):
        return _KIND_HINT[column.kind][lang]
    return ""


def _fmt(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


def instructions(layout: FormLayout, lang: str) -> list[tuple[str, str]]:
    spec = layout.spec
    fi = lang == "fi"
    out: list[tuple[str, str]] = [
        (f"{spec.number}. {spec.title[lang]}", "title"),
        (spec.moment[lang], "para"),
        ("", "para"),
        ("Näin täytät lomakkeen" if fi else "How to fill in the form", "heading"),
    ]
    root = layout.sheets[0].names[lang]
    steps_fi = [
        f"1. Kirjoita välilehdelle {root} yksi rivi kutakin asiakasta kohden. Asiakkaan "
        "tunniste on organisaation käyttämä pseudonyymi tunniste, ei nimi.",
        "2. Muut välilehdet ovat toistuvia tietoja (esimerkiksi herätteet, tavoitteet, palvelut). "
        "Kirjoita jokainen asia omalle rivilleen ja ensimmäiseen sarakkeeseen sen asiakkaan tai "
        "suunnitelman tunniste, johon rivi kuuluu. Älä luettele useaa asiaa pilkuin samaan "
        "soluun.",
        "3. Tähdellä (*) merkityt sarakkeet ovat pakollisia. Merkintä (*) tarkoittaa, että "
        "sarake on pakollinen, jos saman ryhmän muita sarakkeita täytetään.",
        "4. Päivämäärät muodossa pp.kk.vvvv, esimerkiksi 24.11.2026. Desimaaliluvuissa käy "
        "pilkku tai piste.",
        "5. Valitse luettelosarakkeiden arvo pudotusvalikosta. Kun viet kohdistimen soluun, "
        "näet ohjeen siitä, mitä sarakkeeseen kirjoitetaan.",
        "6. Harmaa kursivoitu rivi on esimerkki; sitä ei lueta. Aloita omat tietosi sen "
        "alapuolelta.",
        "7. Älä nimeä, siirrä tai poista sarakkeita tai välilehtiä äläkä lisää uusia. Älä "
        "käytä kaavoja: kirjoita arvot. Lomake luetaan piilotettujen sarakekoodien avulla, "
        "ja muutokset ilmoitetaan virheinä.",
    ]
    steps_en = [
        f"1. On the sheet {root}, write one row per client. The client id is the "
        "pseudonymous id your organisation uses, not a name.",
        "2. The other sheets hold repeated things (for example triggers, goals, services). "
        "Write each on a row of its own, with the id of the client or plan it belongs to in "
        "the first column. Do not list several things in one cell with commas.",
        "3. Columns marked * are required. (*) means the column is required when other "
        "columns of its group are filled.",
        "4. Dates as dd.mm.yyyy, for example 24.11.2026. Decimals take a comma or a point.",
        "5. Pick the value of a list column from its dropdown. When you select a cell you "
        "see a note on what the column holds.",
        "6. The grey italic row is an example and is never read. Start your own rows below "
        "it.",
        "7. Do not rename, move or delete columns or sheets, and do not add any. Do not use "
        "formulas: type values. The form is read through hidden column codes, and changes "
        "are reported as errors.",
    ]
    out.extend((s, "para") for s in (steps_fi if fi else steps_en))
    out.append(("", "para"))
    out.append(("Välilehdet" if fi else "Sheets", "heading"))
    for sheet in layout.sheets:
        if sheet.is_root:
            what = ("yksi rivi asiakasta kohden" if fi else "one row per client")
        else:
            parent = layout.sheet(sheet.parent_path or "").names[lang]
            what = (f"rivit liittyvät välilehden {parent} riveihin tunnisteen avulla" if fi
                    else f"rows linked by id to the rows of the sheet {parent}")
        out.append((f"• {sheet.names[lang]}: {what}.", "para"))
    if references(layout, "TriggerDefinition"):
        out.append((
            f"• {TRIGGERS_SHEET['fi']}: cm-modelin oletusherätelista (koodi, nimi, toimiala, "
            "kuvaus). Herätesarakkeen pudotusvalikko näyttää nämä koodit; organisaatiosi omat "
            "koodit käyvät myös. Välilehteä ei lueta tietueiksi."
            if fi else
            f"• {TRIGGERS_SHEET['en']}: cm-model's default trigger catalogue (code, name, "
            "sector, description). The dropdown of the trigger column shows these codes; your "
            "organisation's own codes are accepted too. The sheet is not read into records.",
            "para",
        ))
    if references(layout, "Worker"):
        out.append((
            f"• {WORKERS_SHEET['fi']}: kirjoita tähän yksikkösi työntekijät (tunniste, nimi, "
            "ammatti, yksikkö, toimiala). Kaikkien työntekijäsarakkeiden (esim. havaitsija, "
            "kirjaaja) pudotusvalikot näyttävät nämä tunnisteet; muitakin tunnisteita voi "
            "kirjoittaa. Luettelo on täyttämisen apu: lomakkeen luku ohittaa sen, eikä siitä "
            "tule tietueita eikä virheitä. Työntekijätiedot viedään organisaation "
            "järjestelmästä (vientitiedoston workers-luettelo)."
            if fi else
            f"• {WORKERS_SHEET['en']}: list your unit's workers here (id, name, profession, "
            "unit, sector). The dropdowns of every worker column (e.g. observed by, recorded "
            "by) show these ids; other ids may be typed too. The list is a help for filling "
            "in: reading the form skips it, it gives no records and no errors. Worker records "
            "come from the organisation's system (the workers list of an Export).",
            "para",
        ))
    out.append(("", "para"))
    out.append(("Lomakkeen lukeminen" if fi else "Reading the form back", "heading"))
    out.append((
        "Täytetty lomake tarkistetaan komennolla `cm-model validate TIEDOSTO.xlsx` ja muunnetaan "
        "tietueiksi komennolla `cm-model forms import TIEDOSTO.xlsx -o tietueet.jsonl`. "
        "Virheilmoitukset kertovat välilehden ja solun, esimerkiksi Asiakas!C12."
        if fi else
        "Check a filled form with `cm-model validate FILE.xlsx` and turn it into records with "
        "`cm-model forms import FILE.xlsx -o records.jsonl`. Findings name the sheet and cell, "
        "for example Client!C12.",
        "para",
    ))
    out.append(("", "para"))
    out.append((
        f"{'Lomake' if fi else 'Form'} {spec.id} {spec.version} · "
        f"{'tietomalli' if fi else 'schema'} {layout.schema_version} · {GENERATED[lang]}",
        "small",
    ))
    return out


# -- examples ------------------------------------------------------------------------------
_CLASS_PREFIX = {
    "Client": "AS", "ObservedTrigger": "HER", "Referral": "ILM", "Consent": "SUO",
    "ResponsibleWorkerAssignment": "VTT", "RelatedPerson": "OM", "SharedCarePlan": "SUU",
    "ClientGoal": "TAV", "PlannedService": "PAL", "CareResponsibility": "HV",
    "PlanRevision": "PV", "CmHoiEntry": "CM", "WhoqolBrefAssessment": "WQ",
    "PromResponse": "PROM", "NpsResponse": "NPS",
    # 0.2.0
    "ClientProblem": "ONG", "NetworkMeeting": "VP", "PlanReview": "ARV", "SourcePlan": "YS",
    "Discharge": "KOT", "FunctionalCapacityAssessment": "TK",
}

_TEXT_EXAMPLES: dict[str, dict[str, Any]] = {
    # Test range (individual number 900–999), born 14.05.1973 like the birth date example.
    "henkilotunnus": {"fi": "140573-9020", "en": "140573-9020"},
    "home_municipality": {"fi": "398", "en": "398"},
    "diagnosis_code": {"fi": "J45.9", "en": "J45.9"},
    "trigger_code": {"fi": "PS-INPATIENT-3", "en": "PS-INPATIENT-3"},
    "observed_by": {"fi": "TT-0042", "en": "W-0042"},
    "referred_by": {"fi": "TT-0042", "en": "W-0042"},
    "recipient": {"fi": "TT-0007", "en": "W-0007"},
    "recorded_by": {"fi": "TT-0007", "en": "W-0007"},
    "worker_id": {"fi": "TT-0007", "en": "W-0007"},
    "created_by": {"fi": "TT-0007", "en": "W-0007"},
    "provider_worker": {"fi": "TT-0105", "en": "W-0105"},
    "care_holder": {"fi": "TT-0105", "en": "W-0105"},
    "organised_by": {"fi": "TT-0007", "en": "W-0007"},
    "problem_id": {"fi": "ONG-0001", "en": "ONG-0001"},
    "network_meeting_id": {"fi": "VP-0001", "en": "VP-0001"},
    "revised_by": {"fi": "TT-0007", "en": "W-0007"},
    "author": {"fi": "TT-0007", "en": "W-0007"},
    "changed_by": {"fi": "TT-0007", "en": "W-0007"},
    "handover_from": {"fi": "VTT-0000", "en": "VTT-0000"},
    "corrects_entry": {"fi": "CM-0000", "en": "CM-0000"},
    "unit_id": {"fi": "TK-SALPAUS", "en": "HC-NORTH"},
    "evidence_text": {"fi": "Neljä osastojaksoa 12 kuukaudessa", "en": "Four ward episodes in 12 "
                      "months"},
    "referral_text": {"fi": "Useita päivystyskäyntejä, kipu, erimielisyyttä hoidosta",
                      "en": "Many emergency visits, pain, disagreement about care"},
    "disclosure_recipient": {"fi": "Terveysasema ja sosiaalityö", "en": "Health centre and social"
                             " work"},
    "arrangement_text": {"fi": "Omahoitaja soittaa maanantaisin", "en": "The named nurse calls on "
                         "Mondays"},
    "name": {"fi": "Maija Esimerkki", "en": "Mary Example"},
    "goal_text": {"fi": "Käyn itse kaupassa kahdesti viikossa", "en": "I go shopping on my own "
                  "twice a week"},
    "service_text": {"fi": "Astmakontrolli terveysasemalla", "en": "Asthma check-up at the health "
                     "centre"},
    "frequency_text": {"fi": "Kerran kuukaudessa", "en": "Once a month"},
    "problem_text": {"fi": "Astma", "en": "Asthma"},
    "client_view": {"fi": "Haluan yhden yhteyshenkilön", "en": "I want one contact person"},
    "revision_summary": {"fi": "Lisätty kotihoidon käynnit", "en": "Home-care visits added"},
    "entry_text": {"fi": "Verkostopalaveri, hoitovastuut sovittu", "en": "Network meeting, care "
                   "responsibilities agreed"},
    "status_reason": {"fi": "Suostumus saatu", "en": "Consent received"},
    "questionnaire": {"fi": "Yhteisasiakkaan PROM", "en": "Shared-client PROM"},
    "item_code": {"fi": "Q1", "en": "Q1"},
    "value_text": {"fi": "Parempi kuin ennen", "en": "Better than before"},
    "not_computable_reason": {"fi": "", "en": ""},
}
# Examples that depend on the sheet (form-wide path → value; EMPTY leaves the cell empty), so
# each example row is one coherent entry that also passes `cm-model validate`.
EMPTY = object()
_SHEET_EXAMPLES: dict[str, Any] = {
    # A network-meeting entry: no coping method, closing reason or correction.
    "cm_hoi_entries.phase": "NETWORK_MEETING",
    "cm_hoi_entries.coping_assessment_method": EMPTY,
    "cm_hoi_entries.closing_reason": EMPTY,
    "cm_hoi_entries.is_correction": EMPTY,
    "cm_hoi_entries.corrects_entry": EMPTY,
    "status_history.clienthood_status": "ACTIVE",
    # The first assignment hands nothing over; the next review is one interval after the start.
    "assignments.handover_from": EMPTY,
    "care_plans.review_schedule.next_review_date": "2026-12-22",
    # Time-limited intensive support: three months from the plan's start.
    "care_plans.intensive_support_periods.start_date": "2026-11-24",
    "care_plans.intensive_support_periods.planned_end_date": "2027-02-24",
    "care_plans.intensive_support_periods.end_date": EMPTY,
    "care_plans.intensive_support_periods.permanent": False,
    "whoqol_assessments.quadruple_aim_perspective": "HEALTH_WELLBEING",
    # 0.2.0: a participant example is the client, so no worker or relative reference; the
    # local marking name and the referring organisation only go with their codes.
    **{f"{sheet}.{field}": ("CLIENT" if field == "participant_type" else EMPTY)
       for sheet in ("care_plans.participants", "care_plans.reviews.participants",
                     "network_meetings.participants")
       for field in ("participant_type", "worker_id", "related_person_id", "name",
                     "profession", "unit_id")},
    "client_group_marking_name": EMPTY,
    "referrals.referring_organisation": EMPTY,
    "functional_capacity_assessments.instrument_name": EMPTY,
    # One item answered cannot give a domain score: the example shows the scores left empty.
    "whoqol_assessments.domain_scores.score_4_20": EMPTY,
    "whoqol_assessments.domain_scores.score_0_100": EMPTY,
}
_NUMBER_EXAMPLES = {"birth_year": 1973, "item_number": 1, "answer": 4, "nps_score": 9,
                    "review_interval_weeks": 4, "value_integer": 3, "score_4_20": 14.0,
                    "score_0_100": 62.5}


def example_id(sheet: SheetLayout, layout: FormLayout) -> str:
    prefix = _CLASS_PREFIX.get(sheet.cls or "", "X")
    return f"{prefix}-0001"


def example_reference(slot: str) -> str:
    """Example for a sheet listing ids (the example rows of the sheets they point to)."""
    return {"observed_trigger_ids": "HER-0001", "goal_ids": "TAV-0001",
            "depends_on": "PAL-0001"}.get(slot, "X-0001")


def example_value(column: Column, lang: str, lookups: dict[str, EnumLookup],
                  sheet_path: str = "") -> Any:
    """The example of a column (None: leave the cell empty)."""
    leaf = column.path.rsplit(".", 1)[-1]
    special = _SHEET_EXAMPLES.get(f"{sheet_path}.{column.path}".lstrip("."))
    if special is EMPTY:
        return None
    if special is not None:
        return special
    if column.kind == "text":
        return (_TEXT_EXAMPLES.get(leaf) or {}).get(lang) or (
            "Esimerkki" if lang == "fi" else "Example")
    if column.kind == "date":
        return {"birth_date": "1973-05-14"}.get(leaf, "2026-11-24")
    if column.kind == "datetime":
        return "2026-11-24T14:30:00"
    if column.kind == "boolean":
        return True
    if column.kind == "enum" and column.enum in lookups:
        return next(iter(lookups[column.enum].shown))
    if column.kind in ("integer", "decimal"):
        if leaf in _NUMBER_EXAMPLES:
            return _NUMBER_EXAMPLES[leaf]
        if column.minimum is not None and column.maximum is not None:
            mid = (column.minimum + column.maximum) / 2
            return int(mid) if column.kind == "integer" else round(mid, 2)
        return int(column.minimum or 0) + 1 if column.kind == "integer" else 0.5
    return None
