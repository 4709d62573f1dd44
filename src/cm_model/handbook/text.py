"""Fixed wording of the generated reference pages, Finnish and English."""

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
                           "suomeksi ja englanniksi.",
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
                           "every class, field and code list has its own page in Finnish and "
                           "English.",
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
    },
}
