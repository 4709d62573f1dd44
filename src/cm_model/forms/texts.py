"""Plain-language words of the forms (Finnish, Swedish and English): instructions, hints,
examples. Every text a form shows is here in each form language, so a Finnish or Swedish form
carries no English sentence."""

from __future__ import annotations

from typing import Any

from cm_model.forms.cells import EnumLookup
from cm_model.forms.layout import PARENT, Column, FormLayout, SheetLayout

GENERATED = {
    "fi": "Luotu tiedostosta schema/cm_model.yaml komennolla `cm-model generate` – älä muokkaa "
    "pohjaa, täytä se.",
    "sv": "Skapad ur schema/cm_model.yaml med `cm-model generate` – redigera inte mallen, fyll "
    "i den.",
    "en": "Generated from schema/cm_model.yaml by `cm-model generate` — do not edit the template; "
    "fill it in.",
}
INSTRUCTIONS_SHEET = {"fi": "Ohjeet", "sv": "Anvisningar", "en": "Instructions"}
TRIGGERS_SHEET = {"fi": "Herätelista", "sv": "Signalkatalog", "en": "Trigger catalogue"}
WORKERS_SHEET = {"fi": "Työntekijät", "sv": "Arbetstagare", "en": "Workers"}

# Hints of columns whose dropdown is a help, not a rule (other values are allowed).
_REFERENCE_HINT = {
    "TriggerDefinition": {
        "fi": "Valitse koodi luettelosta (välilehti Herätelista) tai kirjoita organisaatiosi "
        "oma herätekoodi.",
        "sv": "Välj en kod i listan (fliken Signalkatalog) eller skriv din organisations egen "
        "signalkod.",
        "en": "Pick a code from the list (sheet Trigger catalogue) or type your "
        "organisation's own trigger code.",
    },
    "Worker": {
        "fi": "Valitse työntekijän tunniste luettelosta (välilehti Työntekijät) tai kirjoita se.",
        "sv": "Välj arbetstagarens identifierare i listan (fliken Arbetstagare) eller skriv den.",
        "en": "Pick the worker's id from the list (sheet Workers) or type it.",
    },
}
_REFERENCE_ERROR = {
    "TriggerDefinition": {
        "fi": "Koodi ei ole oletusherätelistassa. Jos se on organisaatiosi oma koodi, hyväksy "
        "se; muuten valitse luettelosta.",
        "sv": "Koden finns inte i standardkatalogen över signaler. Godkänn den om den är din "
        "organisations egen kod; välj annars en kod i listan.",
        "en": "The code is not in the default trigger catalogue. Accept it if it is your "
        "organisation's own code; otherwise pick one from the list.",
    },
    "Worker": {
        "fi": "Tunniste ei ole välilehdellä Työntekijät. Hyväksy se, jos se on oikein, ja lisää "
        "työntekijä luetteloon.",
        "sv": "Identifieraren finns inte på fliken Arbetstagare. Godkänn den om den är rätt, och "
        "lägg till arbetstagaren i listan.",
        "en": "The id is not on the sheet Workers. Accept it if it is right, and add the worker "
        "to the list.",
    },
}
_CHOICE_HINT = {
    "whoqol_item": {"fi": "Valitse kysymys luettelosta tai kirjoita sen numero.",
                    "sv": "Välj frågan i listan eller skriv dess nummer.",
                    "en": "Pick the item from the list or type its number."},
    "answer": {"fi": "Valitse vastaus luettelosta tai kirjoita sen numero.",
               "sv": "Välj svaret i listan eller skriv dess nummer.",
               "en": "Pick the answer from the list or type its number."},
}

_KIND_HINT = {
    "date": {"fi": "Päivämäärä pp.kk.vvvv, esim. 24.11.2026.",
             "sv": "Datum dd.mm.åååå, t.ex. 24.11.2026.",
             "en": "Date dd.mm.yyyy, e.g. 24.11.2026."},
    "datetime": {"fi": "Päivämäärä ja kellonaika pp.kk.vvvv tt:mm.",
                 "sv": "Datum och klockslag dd.mm.åååå tt:mm.",
                 "en": "Date and time dd.mm.yyyy hh:mm."},
    "enum": {"fi": "Valitse luettelosta.", "sv": "Välj i listan.", "en": "Pick from the list."},
    "boolean": {"fi": "Valitse Kyllä tai Ei.", "sv": "Välj Ja eller Nej.",
                "en": "Pick Yes or No."},
    "integer": {"fi": "Kokonaisluku.", "sv": "Heltal.", "en": "Whole number."},
    "decimal": {"fi": "Luku, desimaalierottimena pilkku tai piste.",
                "sv": "Tal; decimaltecknet kan vara komma eller punkt.",
                "en": "Number; comma or point as decimal separator."},
    "text": {"fi": "", "sv": "", "en": ""},
}
_WORDS = {
    "allowed": {"fi": "Sallittu {lo}–{hi}.", "sv": "Tillåtet {lo}–{hi}.",
                "en": "Allowed {lo}–{hi}."},
    "parent": {"fi": "Pakollinen: kirjoita sama tunniste kuin ylemmällä välilehdellä.",
               "sv": "Obligatoriskt: samma identifierare som på fliken ovanför.",
               "en": "Required: the same id as on the parent sheet."},
    "required": {"fi": "Pakollinen.", "sv": "Obligatoriskt.", "en": "Required."},
    "conditional": {"fi": "Pakollinen, jos ryhmän muita kenttiä täytetään.",
                    "sv": "Obligatoriskt om andra fält i gruppen fylls i.",
                    "en": "Required when other fields of its group are filled."},
    "not_in_list": {"fi": "Arvo ei ole luettelossa. Valitse pudotusvalikosta.",
                    "sv": "Värdet finns inte i listan. Välj i rullgardinsmenyn.",
                    "en": "The value is not in the list. Pick one from the dropdown."},
}


def word(key: str, lang: str, **kw: Any) -> str:
    text = _WORDS[key].get(lang) or _WORDS[key]["en"]
    return text.format(**kw) if kw else text


def _choice_hint(column: Column, lang: str) -> str:
    key = "whoqol_item" if column.choices == "whoqol_item" else "answer"
    return _CHOICE_HINT[key][lang]


def column_hint(column: Column, lang: str) -> str:
    parts = [_KIND_HINT.get(column.kind, _KIND_HINT["text"])[lang]]
    if column.reference in _REFERENCE_HINT:
        parts = [_REFERENCE_HINT[column.reference][lang]]
    if column.choices:
        parts = [_choice_hint(column, lang)]
    if column.kind in ("integer", "decimal") and (
        column.minimum is not None or column.maximum is not None
    ):
        parts.append(word("allowed", lang, lo=_fmt(column.minimum), hi=_fmt(column.maximum)))
    if column.path == PARENT:
        parts.append(word("parent", lang))
    elif column.required:
        parts.append(word("required", lang))
    elif column.conditional:
        parts.append(word("conditional", lang))
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
        return word("not_in_list", lang)
    if column.kind in ("date", "datetime"):
        return _KIND_HINT[column.kind][lang]
    return ""


def _fmt(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value).replace(".", ",")


_STEPS = {
    "fi": [
        "1. Kirjoita välilehdelle {root} yksi rivi kutakin asiakasta kohden. Asiakkaan "
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
    ],
    "sv": [
        "1. Skriv en rad per klient på fliken {root}. Klientens identifierare är den "
        "pseudonyma identifierare som organisationen använder, inte ett namn.",
        "2. De andra flikarna innehåller uppgifter som upprepas (till exempel signaler, mål, "
        "tjänster). Skriv varje sak på en egen rad, och i den första kolumnen identifieraren "
        "för den klient eller plan som raden hör till. Räkna inte upp flera saker med kommatecken "
        "i samma cell.",
        "3. Kolumner märkta med * är obligatoriska. (*) betyder att kolumnen är obligatorisk "
        "om andra kolumner i samma grupp fylls i.",
        "4. Datum i formen dd.mm.åååå, till exempel 24.11.2026. I decimaltal går det bra med "
        "komma eller punkt.",
        "5. Välj värdet i listkolumner i rullgardinsmenyn. När du väljer en cell ser du en "
        "anvisning om vad kolumnen ska innehålla.",
        "6. Den grå kursiverade raden är ett exempel och läses aldrig. Börja dina egna rader "
        "under den.",
        "7. Byt inte namn på, flytta eller ta bort kolumner eller flikar, och lägg inte till "
        "nya. Använd inte formler: skriv värden. Blanketten läses med hjälp av dolda "
        "kolumnkoder, och ändringar rapporteras som fel.",
    ],
    "en": [
        "1. On the sheet {root}, write one row per client. The client id is the "
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
    ],
}
_INSTRUCTION_WORDS = {
    "how": {"fi": "Näin täytät lomakkeen", "sv": "Så här fyller du i blanketten",
            "en": "How to fill in the form"},
    "sheets": {"fi": "Välilehdet", "sv": "Flikar", "en": "Sheets"},
    "root": {"fi": "yksi rivi asiakasta kohden", "sv": "en rad per klient",
             "en": "one row per client"},
    "linked": {"fi": "rivit liittyvät välilehden {parent} riveihin tunnisteen avulla",
               "sv": "raderna kopplas med identifierare till raderna på fliken {parent}",
               "en": "rows linked by id to the rows of the sheet {parent}"},
    "questionnaire": {
        "fi": "yksi rivi kyselykertaa kohden; kysymykset ovat sarakkeina",
        "sv": "en rad per enkättillfälle; frågorna är kolumner",
        "en": "one row per questionnaire; the items are columns",
    },
    "triggers": {
        "fi": "cm-modelin oletusherätelista (koodi, nimi, toimialat, kuvaus). Herätesarakkeen "
        "pudotusvalikko näyttää nämä koodit; organisaatiosi omat koodit käyvät myös. "
        "Välilehteä ei lueta tietueiksi.",
        "sv": "cm-models standardkatalog över signaler (kod, namn, sektorer, beskrivning). "
        "Rullgardinsmenyn i signalkolumnen visar dessa koder; din organisations egna koder "
        "godkänns också. Fliken läses inte in som poster.",
        "en": "cm-model's default trigger catalogue (code, name, sectors, description). The "
        "dropdown of the trigger column shows these codes; your organisation's own codes are "
        "accepted too. The sheet is not read into records.",
    },
    "workers": {
        "fi": "kirjoita tähän yksikkösi työntekijät (tunniste, nimi, ammatti, yksikkö, "
        "toimiala). Kaikkien työntekijäsarakkeiden (esim. havaitsija, kirjaaja) "
        "pudotusvalikot näyttävät nämä tunnisteet; muitakin tunnisteita voi kirjoittaa. "
        "Luettelo on täyttämisen apu: lomakkeen luku ohittaa sen, eikä siitä tule tietueita "
        "eikä virheitä. Työntekijätiedot viedään organisaation järjestelmästä (vientitiedoston "
        "workers-luettelo).",
        "sv": "skriv här din enhets arbetstagare (identifierare, namn, yrkesgrupp, enhet, "
        "sektor). Rullgardinsmenyerna i alla arbetstagarkolumner (t.ex. observerad av, "
        "registrerad av) visar dessa identifierare; andra identifierare kan också skrivas. "
        "Listan är ett hjälpmedel vid ifyllandet: när blanketten läses hoppas den över och ger "
        "varken poster eller fel. Uppgifterna om arbetstagarna kommer från organisationens "
        "system (listan workers i en export).",
        "en": "list your unit's workers here (id, name, profession, unit, sector). The "
        "dropdowns of every worker column (e.g. observed by, recorded by) show these ids; "
        "other ids may be typed too. The list is a help for filling in: reading the form "
        "skips it, it gives no records and no errors. Worker records come from the "
        "organisation's system (the workers list of an Export).",
    },
    "reading": {"fi": "Lomakkeen lukeminen", "sv": "Inläsning av blanketten",
                "en": "Reading the form back"},
    "read_how": {
        "fi": "Täytetty lomake tarkistetaan komennolla `cm-model validate TIEDOSTO.xlsx` ja "
        "muunnetaan tietueiksi komennolla `cm-model forms import TIEDOSTO.xlsx -o "
        "tietueet.jsonl`. Virheilmoitukset kertovat välilehden ja solun, esimerkiksi "
        "{root}!C12.",
        "sv": "En ifylld blankett kontrolleras med `cm-model validate FIL.xlsx` och omvandlas "
        "till poster med `cm-model forms import FIL.xlsx -o poster.jsonl`. "
        "Felmeddelandena anger flik och cell, till exempel {root}!C12.",
        "en": "Check a filled form with `cm-model validate FILE.xlsx` and turn it into records "
        "with `cm-model forms import FILE.xlsx -o records.jsonl`. Findings name the sheet and "
        "cell, for example {root}!C12.",
    },
    "form": {"fi": "Lomake", "sv": "Blankett", "en": "Form"},
    "schema": {"fi": "tietomalli", "sv": "datamodell", "en": "schema"},
}


def _w(key: str, lang: str, **kw: Any) -> str:
    text = _INSTRUCTION_WORDS[key][lang]
    return text.format(**kw) if kw else text


def instructions(layout: FormLayout, lang: str) -> list[tuple[str, str]]:
    spec = layout.spec
    root = layout.sheets[0].names[lang]
    out: list[tuple[str, str]] = [
        (f"{spec.number}. {spec.title[lang]}", "title"),
        (spec.moment[lang], "para"),
        ("", "para"),
        (_w("how", lang), "heading"),
    ]
    out.extend((step.format(root=root), "para") for step in _STEPS[lang])
    out.append(("", "para"))
    out.append((_w("sheets", lang), "heading"))
    for sheet in layout.sheets:
        if sheet.is_root:
            what = _w("root", lang)
        else:
            parent = layout.sheet(sheet.parent_path or "").names[lang]
            what = _w("linked", lang, parent=parent)
        if any(c.choices and "." in c.path for c in sheet.columns):
            what = f"{what}; {_w('questionnaire', lang)}"
        out.append((f"• {sheet.names[lang]}: {what}.", "para"))
    if references(layout, "TriggerDefinition"):
        out.append((f"• {TRIGGERS_SHEET[lang]}: {_w('triggers', lang)}", "para"))
    if references(layout, "Worker"):
        out.append((f"• {WORKERS_SHEET[lang]}: {_w('workers', lang)}", "para"))
    out.append(("", "para"))
    out.append((_w("reading", lang), "heading"))
    out.append((_w("read_how", lang, root=root), "para"))
    out.append(("", "para"))
    out.append((
        f"{_w('form', lang)} {spec.id} {spec.version} · "
        f"{_w('schema', lang)} {layout.schema_version} · {GENERATED[lang]}",
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
    "henkilotunnus": {
        "fi": "140573-9020",
        "sv": "140573-9020",
        "en": "140573-9020",
    },
    "home_municipality": {
        "fi": "398",
        "sv": "398",
        "en": "398",
    },
    "diagnosis_code": {
        "fi": "J45.9",
        "sv": "J45.9",
        "en": "J45.9",
    },
    "trigger_code": {
        "fi": "PS-INPATIENT-3",
        "sv": "PS-INPATIENT-3",
        "en": "PS-INPATIENT-3",
    },
    "observed_by": {
        "fi": "TT-0042",
        "sv": "AT-0042",
        "en": "W-0042",
    },
    "referred_by": {
        "fi": "TT-0042",
        "sv": "AT-0042",
        "en": "W-0042",
    },
    "recipient": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "recorded_by": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "worker_id": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "created_by": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "provider_worker": {
        "fi": "TT-0105",
        "sv": "AT-0105",
        "en": "W-0105",
    },
    "care_holder": {
        "fi": "TT-0105",
        "sv": "AT-0105",
        "en": "W-0105",
    },
    "organised_by": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "problem_id": {
        "fi": "ONG-0001",
        "sv": "ONG-0001",
        "en": "ONG-0001",
    },
    "network_meeting_id": {
        "fi": "VP-0001",
        "sv": "VP-0001",
        "en": "VP-0001",
    },
    "revised_by": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "author": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "changed_by": {
        "fi": "TT-0007",
        "sv": "AT-0007",
        "en": "W-0007",
    },
    "handover_from": {
        "fi": "VTT-0000",
        "sv": "VTT-0000",
        "en": "VTT-0000",
    },
    "corrects_entry": {
        "fi": "CM-0000",
        "sv": "CM-0000",
        "en": "CM-0000",
    },
    "unit_id": {
        "fi": "TK-SALPAUS",
        "sv": "HC-NORR",
        "en": "HC-NORTH",
    },
    "evidence_text": {
        "fi": "Neljä osastojaksoa 12 kuukaudessa",
        "sv": "Fyra vårdperioder på avdelning på 12 månader",
        "en": "Four ward episodes in 12 months",
    },
    "referral_text": {
        "fi": "Useita päivystyskäyntejä, kipu, erimielisyyttä hoidosta",
        "sv": "Många jourbesök, smärta, oenighet om vården",
        "en": "Many emergency visits, pain, disagreement about care",
    },
    "disclosure_recipient": {
        "fi": "Terveysasema ja sosiaalityö",
        "sv": "Hälsostationen och socialarbetet",
        "en": "Health centre and social work",
    },
    "arrangement_text": {
        "fi": "Omahoitaja soittaa maanantaisin",
        "sv": "Den egna vårdaren ringer på måndagar",
        "en": "The named nurse calls on Mondays",
    },
    "name": {
        "fi": "Maija Esimerkki",
        "sv": "Maja Exempel",
        "en": "Mary Example",
    },
    "goal_text": {
        "fi": "Käyn itse kaupassa kahdesti viikossa",
        "sv": "Jag går själv till butiken två gånger i veckan",
        "en": "I go shopping on my own twice a week",
    },
    "service_text": {
        "fi": "Astmakontrolli terveysasemalla",
        "sv": "Astmakontroll på hälsostationen",
        "en": "Asthma check-up at the health centre",
    },
    "frequency_text": {
        "fi": "Kerran kuukaudessa",
        "sv": "En gång i månaden",
        "en": "Once a month",
    },
    "problem_text": {
        "fi": "Astma",
        "sv": "Astma",
        "en": "Asthma",
    },
    "client_view": {
        "fi": "Haluan yhden yhteyshenkilön",
        "sv": "Jag vill ha en enda kontaktperson",
        "en": "I want one contact person",
    },
    "revision_summary": {
        "fi": "Lisätty kotihoidon käynnit",
        "sv": "Hemvårdsbesök tillagda",
        "en": "Home-care visits added",
    },
    "entry_text": {
        "fi": "Verkostopalaveri, hoitovastuut sovittu",
        "sv": "Nätverksmöte, vårdansvaret avtalat",
        "en": "Network meeting, care responsibilities agreed",
    },
    "status_reason": {
        "fi": "Suostumus saatu",
        "sv": "Samtycke erhållet",
        "en": "Consent received",
    },
    "questionnaire": {
        "fi": "Yhteisasiakkaan PROM",
        "sv": "PROM för gemensamma klienter",
        "en": "Shared-client PROM",
    },
    "item_code": {
        "fi": "Q1",
        "sv": "Q1",
        "en": "Q1",
    },
    "value_text": {
        "fi": "Parempi kuin ennen",
        "sv": "Bättre än förut",
        "en": "Better than before",
    },
    "not_computable_reason": {
        "fi": "",
        "sv": "",
        "en": "",
    },
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
_EXAMPLE_WORD = {"fi": "Esimerkki", "sv": "Exempel", "en": "Example"}
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
        return (_TEXT_EXAMPLES.get(leaf) or {}).get(lang) or _EXAMPLE_WORD[lang]
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
