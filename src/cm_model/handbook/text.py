"""Fixed wording of the generated reference pages: Finnish, Swedish and English."""

from __future__ import annotations

T: dict[str, dict[str, str]] = {
    "fi": {
        "description": "Kuvaus",
        "value_description": "Kuvaus (englanniksi)",
        "fields": "Kentät",
        "field": "Kenttä",
        "label": "Nimi",
        "type": "Tyyppi",
        "cardinality": "Lukumäärä",
        "diagram": "Luokkakaavio",
        "diagram_split": "Luokan yhteydet on jaettu {n} kaavioon, jotta ne pysyvät luettavina.",
        "more_fields": "kenttää lisää, ks. taulukko",
        "used_in": "Käytössä",
        "referred_from": "Viittaukset tähän luokkaan",
        "ref": "tunniste, viittaa:",
        "fhir": "FHIR-vastineet",
        "example": "Esimerkki",
        "example_note": "Lyhennetty esimerkkien tiedostoista (`examples/valid/`): listoista "
                        "näytetään ensimmäinen alkio.",
        "no_example": "Esimerkkitiedostoissa ei ole tätä kohdetta.",
        "tree_root_title": "Vientitiedoston juuri",
        "tree_root": "Tämä luokka on vientitiedoston kirjekuori: JSON-tiedosto on yksi "
                     "`Export`-objekti.",
        "exact_mappings": "Täsmällinen vastine",
        "close_mappings": "Läheinen vastine",
        "related_mappings": "Liittyvä",
        "narrow_mappings": "Suppeampi",
        "broad_mappings": "Laajempi",
        "mapping_kind": "Vastineen laji",
        "mapping_target": "Vastine",
        "no_mappings": "Ei omaa FHIR-vastinetta; katso luokan vastineet.",
        "no_mappings_enum": "Koodistolla kokonaisuutena ei ole vastinetta; arvojen vastineet "
                            "ovat arvotaulukossa, jos niitä on.",
        "identifier": "yksilöivä avain (LinkML `identifier`): muut tietueet viittaavat tähän",
        "minimum": "vähintään",
        "maximum": "enintään",
        "pattern": "muoto",
        "constraint": "Rajoite",
        "class": "Luokka",
        "required": "Pakollinen",
        "yes": "kyllä",
        "no": "ei",
        "notes": "Huomautukset",
        "see_class": "Arvo on {link}-objekti; katso esimerkki luokan sivulta.",
        "values": "Arvot",
        "code": "Koodi",
        "reference_title": "Tietomallin viitekuvaus",
        "reference_intro": "Skeemaversio **{version}**. Tämä osio muodostetaan skeemasta "
                           "(`schema/cm_model.yaml`) jokaisella `cm-model generate` -ajolla: "
                           "jokaisella luokalla, kentällä ja koodistolla on oma sivunsa "
                           "suomeksi, ruotsiksi ja englanniksi.",
        "overview": "Rakenne",
        "overview_note": "Kaaviot näyttävät, mitkä luokat sisältyvät mihinkin (koostumus). "
                         "Jokainen kaavio on rajattu muutamaan luokkaan luettavuuden vuoksi; "
                         "kenttäluettelot ovat luokkien sivuilla.",
        "lists": "Luettelot",
        "classes": "Luokat",
        "enums": "Koodistot",
        "slots": "Kentät",
        "rules": "Validointisäännöt",
        "classes_intro": "Kaikki tietomallin luokat.",
        "enums_intro": "Kaikki koodistot (enum); koodit ovat pysyviä isokirjaimisia tunnuksia.",
        "slots_intro": "Kaikki kentät (slot). Kentän lukumäärä ja pakollisuus riippuvat "
                       "luokasta: katso kentän sivu.",
        "name": "Nimi",
        "rules_intro": "Säännöt, jotka `cm-model validate` ja selaimen "
                       "[validaattori](../validator.md) tarkistavat rakenteellisen "
                       "(JSON Schema) tarkistuksen lisäksi. Sama luettelo ohjaa molempia: "
                       "säännön tunniste näkyy jokaisessa havainnossa.",
        "rule": "Sääntö",
        "severity": "Vakavuus",
        "applies_to": "Koskee",
        "message": "Ilmoitus",
        "error": "virhe",
        "warning": "varoitus",
        "needs": "Ajetaan vain vientitiedostolle, jossa on {needs} (ei JSON Lines "
                 "-tietueille ilman kirjekuorta).",
        "reads": "Lukee kentät {reads}; ohitetaan tietueella, jolta ne kaikki puuttuvat.",
        "needs_client": "Vertaa alkiota saman asiakkaan muihin tietoihin, joten sitä ei ajeta "
                        "erikseen luetuille alkioille: {patterns}.",
        "rule_data": "Säännön taulukot (JSON)",
        "file": "Tiedosto",
        "folder": "Hakemisto",
        "language": "Kieli",
        "lang_fi": "suomi",
        "lang_en": "englanti",
        "lang_sv": "ruotsi",
    },
    "en": {
        "description": "Description",
        "value_description": "Description",
        "fields": "Fields",
        "field": "Field",
        "label": "Label",
        "type": "Type",
        "cardinality": "Cardinality",
        "diagram": "Class diagram",
        "diagram_split": "The class's relations are split into {n} diagrams to keep them "
                         "legible.",
        "more_fields": "more fields, see the table",
        "used_in": "Used in",
        "referred_from": "Referred to from",
        "ref": "id of a",
        "fhir": "FHIR mappings",
        "example": "Example",
        "example_note": "Shortened from the example files (`examples/valid/`): lists show "
                        "their first element.",
        "no_example": "The example files do not contain this element.",
        "tree_root_title": "Root of an export file",
        "tree_root": "This class is the export envelope: a JSON file is one `Export` object.",
        "exact_mappings": "Exact",
        "close_mappings": "Close",
        "related_mappings": "Related",
        "narrow_mappings": "Narrower",
        "broad_mappings": "Broader",
        "mapping_kind": "Kind of mapping",
        "mapping_target": "Target",
        "no_mappings": "No mapping of its own; see the class's mappings.",
        "no_mappings_enum": "No mapping for the code list as a whole; the values' mappings, "
                            "where there are any, are in the value table.",
        "identifier": "unique key (LinkML `identifier`): other records refer to it",
        "minimum": "minimum",
        "maximum": "maximum",
        "pattern": "pattern",
        "constraint": "Constraint",
        "class": "Class",
        "required": "Required",
        "yes": "yes",
        "no": "no",
        "notes": "Notes",
        "see_class": "The value is a {link} object; see the example on the class page.",
        "values": "Values",
        "code": "Code",
        "reference_title": "Schema reference",
        "reference_intro": "Schema version **{version}**. This section is generated from the "
                           "schema (`schema/cm_model.yaml`) on every `cm-model generate`: "
                           "every class, field and code list has its own page in Finnish, "
                           "Swedish and English.",
        "overview": "Structure",
        "overview_note": "The diagrams show which classes are held in which (composition). "
                         "Each diagram is limited to a few classes to stay legible; the field "
                         "lists are on the class pages.",
        "lists": "Lists",
        "classes": "Classes",
        "enums": "Code lists",
        "slots": "Fields",
        "rules": "Validation rules",
        "classes_intro": "Every class of the data model.",
        "enums_intro": "Every code list (enum); codes are stable upper-case identifiers.",
        "slots_intro": "Every field (slot). Cardinality and whether a field is required "
                       "depend on the class: see the field's page.",
        "name": "Name",
        "rules_intro": "The rules that `cm-model validate` and the browser "
                       "[validator](../validator.md) check on top of the structural (JSON "
                       "Schema) check. One catalogue drives both: every finding carries the "
                       "rule's id.",
        "rule": "Rule",
        "severity": "Severity",
        "applies_to": "Applies to",
        "message": "Message",
        "error": "error",
        "warning": "warning",
        "needs": "Runs only on an export envelope that has {needs} (not on JSON Lines "
                 "records without an envelope).",
        "reads": "Reads {reads}; skipped on a record where all of them are absent.",
        "needs_client": "Compares an element with the rest of the client, so it does not run on "
                        "these elements read on their own: {patterns}.",
        "rule_data": "The rule's tables (JSON)",
        "file": "File",
        "folder": "Folder",
        "language": "Language",
        "lang_fi": "Finnish",
        "lang_en": "English",
        "lang_sv": "Swedish",
    },
}

# Swedish (issue 13): its own block, so the Finnish and English wording above stays as it is.
T["sv"] = {
    "in_english": "(på engelska)",
    "description": "Beskrivning",
    "value_description": "Beskrivning (på engelska)",
    "fields": "Fält",
    "field": "Fält",
    "label": "Namn",
    "type": "Typ",
    "cardinality": "Antal",
    "diagram": "Klassdiagram",
    "diagram_split": "Klassens relationer är uppdelade på {n} diagram för att de ska vara "
                     "läsbara.",
    "more_fields": "fält till, se tabellen",
    "used_in": "Används i",
    "referred_from": "Hänvisningar till den här klassen",
    "ref": "identifierare, hänvisar till:",
    "fhir": "FHIR-motsvarigheter",
    "example": "Exempel",
    "example_note": "Förkortat från exempelfilerna (`examples/valid/`): av listorna visas "
                    "det första elementet.",
    "no_example": "Exempelfilerna innehåller inte det här elementet.",
    "tree_root_title": "Exportfilens rot",
    "tree_root": "Den här klassen är exportfilens kuvert: en JSON-fil är ett "
                 "`Export`-objekt.",
    "exact_mappings": "Exakt motsvarighet",
    "close_mappings": "Nära motsvarighet",
    "related_mappings": "Relaterad",
    "narrow_mappings": "Snävare",
    "broad_mappings": "Bredare",
    "mapping_kind": "Typ av motsvarighet",
    "mapping_target": "Motsvarighet",
    "no_mappings": "Ingen egen FHIR-motsvarighet; se klassens motsvarigheter.",
    "no_mappings_enum": "Kodlistan som helhet har ingen motsvarighet; värdenas "
                        "motsvarigheter finns i värdetabellen, om det finns några.",
    "identifier": "unik nyckel (LinkML `identifier`): andra poster hänvisar till den",
    "minimum": "minst",
    "maximum": "högst",
    "pattern": "format",
    "constraint": "Begränsning",
    "class": "Klass",
    "required": "Obligatoriskt",
    "yes": "ja",
    "no": "nej",
    "notes": "Anmärkningar",
    "see_class": "Värdet är ett {link}-objekt; se exemplet på klassens sida.",
    "values": "Värden",
    "code": "Kod",
    "reference_title": "Referensbeskrivning av datamodellen",
    "reference_intro": "Schemaversion **{version}**. Den här delen genereras ur schemat "
                       "(`schema/cm_model.yaml`) vid varje körning av `cm-model generate`: "
                       "varje klass, fält och kodlista har en egen sida på finska, svenska "
                       "och engelska. Namnen på svenska är schemats svenska etiketter; där "
                       "schemat ännu saknar en svensk beskrivning visas den engelska, "
                       "märkt *(på engelska)*.",
    "overview": "Struktur",
    "overview_note": "Diagrammen visar vilka klasser som ingår i vilka (komposition). "
                     "Varje diagram är begränsat till några klasser för läsbarhetens skull; "
                     "fältförteckningarna finns på klassernas sidor.",
    "lists": "Förteckningar",
    "classes": "Klasser",
    "enums": "Kodlistor",
    "slots": "Fält",
    "rules": "Valideringsregler",
    "classes_intro": "Alla klasser i datamodellen.",
    "enums_intro": "Alla kodlistor (enum); koderna är beständiga identifierare med "
                   "versaler.",
    "slots_intro": "Alla fält (slot). Ett fälts antal och om det är obligatoriskt beror på "
                   "klassen: se fältets sida.",
    "name": "Namn",
    "rules_intro": "De regler som `cm-model validate` och [validatorn](../validator.md) i "
                   "webbläsaren kontrollerar utöver den strukturella kontrollen (JSON "
                   "Schema). Samma förteckning styr båda: regelns identifierare syns i "
                   "varje iakttagelse. Reglernas meddelanden och beskrivningar finns på "
                   "finska och engelska; här visas de på engelska.",
    "rule": "Regel",
    "severity": "Allvarlighetsgrad",
    "applies_to": "Gäller",
    "message": "Meddelande",
    "error": "fel",
    "warning": "varning",
    "needs": "Körs bara på en exportfil som har {needs} (inte på JSON Lines-poster "
             "utan kuvert).",
    "reads": "Läser fälten {reads}; hoppas över för en post där alla saknas.",
    "needs_client": "Jämför ett element med klientens övriga uppgifter och körs därför inte på "
                    "element som lästs var för sig: {patterns}.",
    "rule_data": "Regelns tabeller (JSON)",
    "file": "Fil",
    "folder": "Mapp",
    "language": "Språk",
    "lang_fi": "finska",
    "lang_en": "engelska",
    "lang_sv": "svenska",
}
