"""The one message catalogue (Finnish and English) of every cm-model command.

Templates take only parameters that come from the schema or from the reader (line numbers,
limits, field names), never values from the data.
"""

from __future__ import annotations

import re

MESSAGES: dict[str, dict[str, str]] = {
    # --- places (see `place`): locations are written with the English words and given in
    # the language of the output when shown ---------------------------------------------
    "place.line": {"en": "line", "fi": "rivi", "sv": "rad"},
    "place.column": {"en": "column", "fi": "sarake", "sv": "kolumn"},
    "place.entry": {"en": "entry", "fi": "kohta", "sv": "post"},
    "place.row": {"en": "row", "fi": "rivi", "sv": "rad"},
    "place.first-at": {"en": "first at", "fi": "ensimmäinen käyttö:",
                       "sv": "första användningen:"},
    "place.value": {"en": "value: {value}", "fi": "arvo: {value}", "sv": "värde: {value}"},
    # --- the validation report's words ---------------------------------------------------
    "report.summary": {
        "en": "{files} file(s), {records} record(s): {errors} error(s), {warnings} warning(s)",
        "fi": "{files} tiedosto(a), {records} tietue(tta): {errors} virhe(ttä), "
              "{warnings} varoitus(ta)",
    },
    "report.error": {"en": "error", "fi": "virhe"},
    "report.warning": {"en": "warning", "fi": "varoitus"},
    # --- readers -------------------------------------------------------------------------
    "read.missing": {
        "en": "file not found or not readable",
        "fi": "tiedostoa ei löydy tai sitä ei voi lukea",
    },
    "read.format": {
        "en": "unknown file format (use .json, .jsonl, .yaml, .csv or .xlsx)",
        "fi": "tuntematon tiedostomuoto (käytä .json, .jsonl, .yaml, .csv tai .xlsx)",
    },
    "read.too-large": {
        "en": "file is larger than the {limit} MB this format allows to be loaded at once; "
              "use JSON Lines",
        "fi": "tiedosto on suurempi kuin tälle muodolle sallittu {limit} Mt; käytä JSON Lines "
              "-muotoa",
    },
    "read.json": {
        "en": "not valid JSON: {detail}",
        "fi": "ei kelvollista JSONia: {detail}",
    },
    "read.jsonl": {
        "en": "line is not valid JSON: {detail}",
        "fi": "rivi ei ole kelvollista JSONia: {detail}",
    },
    "read.encoding": {
        "en": "text is not valid {encoding}; set --encoding",
        "fi": "teksti ei ole kelvollista {encoding}-koodausta; anna --encoding",
    },
    "read.mixed-encoding": {
        "en": "file mixes UTF-8 and cp1252 lines (first UTF-8 line: {line}); each line was "
              "read in the encoding it is valid in; set --encoding to be sure",
        "fi": "tiedostossa on sekaisin UTF-8- ja cp1252-rivejä (ensimmäinen UTF-8-rivi: "
              "{line}); kukin rivi luettiin koodauksella, jossa se on kelvollinen; anna "
              "--encoding varmuuden vuoksi",
    },
    "read.depth": {
        "en": "nesting deeper than {limit} levels",
        "fi": "sisäkkäisyys on syvempi kuin {limit} tasoa",
    },
    "read.yaml": {
        "en": "not valid YAML: {detail}",
        "fi": "ei kelvollista YAMLia: {detail}",
    },
    "read.yaml-tag": {
        "en": "YAML tag not allowed (only plain data is loaded)",
        "fi": "YAML-tagi ei ole sallittu (vain tavallinen data luetaan)",
    },
    "read.yaml-alias": {
        "en": "YAML anchors and aliases are not accepted (they can expand without bound)",
        "fi": "YAML-ankkureita ja -viittauksia ei hyväksytä (ne voivat laajeta rajatta)",
    },
    "read.not-record": {
        "en": "expected an object (a record) but found {found}",
        "fi": "odotettiin objektia (tietuetta), löytyi {found}",
    },
    "read.class": {
        "en": "cannot tell which class the records are; give --class",
        "fi": "tietueiden luokkaa ei voi päätellä; anna --class",
    },
    "read.unknown-class": {
        "en": "unknown class '{name}'",
        "fi": "tuntematon luokka '{name}'",
    },
    "read.empty": {
        "en": "file contains no records",
        "fi": "tiedostossa ei ole tietueita",
    },
    "run.worker-lost": {
        "en": "a worker process ended before its part of the file was done (killed, or out of "
              "memory?); the result is incomplete: run again, or with --jobs 1",
        "fi": "työprosessi päättyi ennen kuin sen osa tiedostosta oli käsitelty (lopetettu tai "
              "muisti loppui?); tulos on vajaa: aja uudelleen tai valitsimella --jobs 1",
        "sv": "en arbetsprocess avslutades innan dess del av filen var klar (stoppad, eller "
              "slut på minne?); resultatet är ofullständigt: kör igen, eller med --jobs 1",
    },
    "read.csv": {
        "en": "CSV cannot be parsed: {detail}",
        "fi": "CSV-tiedostoa ei voi jäsentää: {detail}",
    },
    "read.csv-width": {
        "en": "row has {found} cells but the header has {expected}",
        "fi": "rivillä on {found} solua, otsikkorivillä {expected}",
    },
    "read.header": {
        "en": "column '{column}' is not a field of {cls}",
        "fi": "sarake '{column}' ei ole luokan {cls} kenttä",
    },
    "read.header-duplicate": {
        "en": "column '{column}' appears twice",
        "fi": "sarake '{column}' esiintyy kahdesti",
    },
    "read.header-missing": {
        "en": "no header row",
        "fi": "otsikkorivi puuttuu",
    },
    "read.coerce": {
        "en": "cannot read the cell as {type}",
        "fi": "solua ei voi lukea tyyppinä {type}",
    },
    "read.zip": {
        "en": "not an .xlsx workbook (not a valid zip file)",
        "fi": "ei .xlsx-työkirja (ei kelvollinen zip-tiedosto)",
    },
    "read.zip-bomb": {
        "en": "workbook refused as a possible zip bomb: {reason}",
        "fi": "työkirja hylätty mahdollisena zip-pommina: {reason}",
    },
    "read.xlsx": {
        "en": "workbook cannot be read: {detail}",
        "fi": "työkirjaa ei voi lukea: {detail}",
    },
    "read.xml-entity": {
        "en": "workbook refused: XML entity declarations are not allowed",
        "fi": "työkirja hylätty: XML-entiteettimäärittelyt eivät ole sallittuja",
    },
    "read.sheet-class": {
        "en": "sheet '{sheet}' does not name a class; it is skipped",
        "fi": "välilehti '{sheet}' ei nimeä luokkaa; se ohitetaan",
    },
    "read.form": {
        "en": "{detail}",
        "fi": "{detail}",
    },
    "read.columns": {
        "en": "more than {limit} columns",
        "fi": "enemmän kuin {limit} saraketta",
    },
    # --- input layer ---------------------------------------------------------------------
    "read.duplicate-key": {
        "en": "key '{key}' appears twice in one object ({where}); the last value would "
              "silently win, so the file is refused",
        "fi": "avain '{key}' esiintyy kahdesti samassa objektissa ({where}); viimeinen arvo "
              "voittaisi huomaamatta, joten tiedosto hylätään",
    },
    "read.more": {
        "en": "… {count} more message(s) for this file not shown (at most {limit} per file)",
        "fi": "… {count} muuta ilmoitusta tästä tiedostosta jätettiin näyttämättä (enintään "
              "{limit} tiedostoa kohden)",
    },
    "read.empty-dir": {
        "en": "directory contains no files to read (.json, .jsonl, .yaml, .csv, .xlsx)",
        "fi": "hakemistossa ei ole luettavia tiedostoja (.json, .jsonl, .yaml, .csv, .xlsx)",
    },
    "read.sheet-hidden": {
        "en": "sheet '{sheet}' is hidden; it is not read",
        "fi": "välilehti '{sheet}' on piilotettu; sitä ei lueta",
    },
    "read.no-known-field": {
        "en": "the header names no field of any class; nothing in this sheet or file is read",
        "fi": "otsikkorivi ei nimeä yhtään minkään luokan kenttää; välilehteä tai tiedostoa "
              "ei lueta",
    },
    "read.too-many-rows": {
        "en": "more than {limit} rows; the rest is not read",
        "fi": "enemmän kuin {limit} riviä; loppua ei lueta",
    },
    "read.library-warning": {
        "en": "the spreadsheet library reported a problem with a cell ({kind}); the cell was "
              "read as an error",
        "fi": "taulukkokirjasto ilmoitti ongelmasta solussa ({kind}); solu luettiin virheenä",
    },
    "read.form-meta": {
        "en": "the form description (_cm_meta) is damaged: {detail}",
        "fi": "lomakkeen kuvaus (_cm_meta) on vioittunut: {detail}",
    },
    "read.code-row-copy": {
        "en": "column {column} carries the hidden code of field '{field}', which column "
              "{first} already has (copied with its code row?); it is not read",
        "fi": "sarakkeessa {column} on kentän '{field}' piilotettu koodi, joka on jo "
              "sarakkeessa {first} (kopioitu koodirivin kanssa?); sitä ei lueta",
    },
    "cell.date": {
        "en": "is not a date; type it as dd.mm.yyyy or yyyy-mm-dd, e.g. 24.11.2026",
        "fi": "ei ole päivämäärä; kirjoita muodossa pp.kk.vvvv tai vvvv-kk-pp, esim. 24.11.2026",
        "sv": "är inte ett datum; skriv det i formen dd.mm.åååå eller åååå-mm-dd, t.ex. 24.11.2026",
    },
    "cell.datetime": {
        "en": "is not a date and time; type it as dd.mm.yyyy hh:mm, e.g. 24.11.2026 14:30",
        "fi": "ei ole ajankohta; kirjoita muodossa pp.kk.vvvv tt:mm, esim. 24.11.2026 14:30",
        "sv": "är inte en tidpunkt; skriv den i formen dd.mm.åååå tt:mm, t.ex. 24.11.2026 14:30",
    },
    "cell.date-range": {
        "en": "date is outside the accepted range {lo} … {hi}",
        "fi": "päivämäärä on hyväksytyn välin {lo} … {hi} ulkopuolella",
    },
    "cell.serial": {
        "en": "the Excel date number names no real day (60 = 29.02.1900, zero and negative "
              "numbers are not dates)",
        "fi": "Excelin päivämääräluku ei vastaa todellista päivää (60 = 29.02.1900, nolla ja "
              "negatiiviset luvut eivät ole päivämääriä)",
    },
    "cell.time-in-date": {
        "en": "carries a time of day, but the field is a date",
        "fi": "sisältää kellonajan, vaikka kenttä on pelkkä päivämäärä",
        "sv": "innehåller ett klockslag, fast fältet är enbart ett datum",
    },
    "cell.integer": {
        "en": "is not a whole number",
        "fi": "ei ole kokonaisluku",
        "sv": "är inte ett heltal",
    },
    "cell.integer-range": {
        "en": "whole number does not fit in 64 bits",
        "fi": "kokonaisluku ei mahdu 64 bittiin",
    },
    "cell.number": {
        "en": "is not a number",
        "fi": "ei ole luku",
        "sv": "är inte ett tal",
    },
    "cell.boolean": {
        "en": "is not yes/no (true/false, kyllä/ei, 1/0, on/off)",
        "fi": "ei ole kyllä/ei (true/false, kyllä/ei, 1/0, on/off)",
    },
    "cell.enum": {
        "en": "is not one of the choices (a code or its label)",
        "fi": "ei ole sallittu vaihtoehto (koodi tai sen nimi)",
    },
    "cell.hetu": {
        "en": "{field} looks like a henkilötunnus; outputs name clients by pseudonymous id "
              "only — pseudonymise the ids first",
        "fi": "{field} näyttää henkilötunnukselta; tulosteissa asiakkaat nimetään vain "
              "pseudonyymeillä tunnisteilla — pseudonymisoi tunnisteet ensin",
    },
    "cell.not-text": {
        "en": "{field} must be text (found {found})",
        "fi": "kentän {field} on oltava tekstiä (löytyi {found})",
    },
    "read.duplicate-id": {
        "en": "{kind} id is the same as on {first}; the file is refused so that nothing is "
              "counted twice",
        "fi": "{kind}-tunniste on sama kuin kohdassa {first}; tiedosto hylätään, jotta mitään "
              "ei laskettaisi kahdesti",
    },
    "read.unknown-column": {
        "en": "column '{column}' is not used (not a field read here); check its spelling",
        "fi": "saraketta '{column}' ei käytetä (ei täällä luettava kenttä); tarkista kirjoitusasu",
    },
    "read.sheet-skipped": {
        "en": "sheet '{sheet}' is not read: {reason}",
        "fi": "välilehteä '{sheet}' ei lueta: {reason}",
    },
    # --- schema keywords -----------------------------------------------------------------
    "rules.standalone": {
        "en": "business rules needing the client record are not applied to standalone {cls} "
              "records ({rules}); validate them inside their Client or Export",
        "fi": "asiakastietueen vaativia liiketoimintasääntöjä ei sovelleta erillisiin "
              "{cls}-tietueisiin ({rules}); tarkista ne osana asiakasta (Client) tai vientiä "
              "(Export)",
    },
    "schema.required": {
        "en": "required field '{field}' is missing",
        "fi": "pakollinen kenttä '{field}' puuttuu",
    },
    "schema.additionalProperties": {
        "en": "field {field} is not part of the schema",
        "fi": "kenttä {field} ei kuulu skeemaan",
    },
    "schema.type": {
        "en": "wrong type: expected {expected}",
        "fi": "väärä tyyppi: odotettiin {expected}",
    },
    "schema.enum": {
        "en": "value is not one of the allowed codes ({options})",
        "fi": "arvo ei ole sallittu koodi ({options})",
    },
    "schema.pattern": {
        "en": "value does not have the required form",
        "fi": "arvo ei ole vaaditussa muodossa",
    },
    "schema.format": {
        "en": "value is not a valid {format}",
        "fi": "arvo ei ole kelvollinen {format}",
    },
    "schema.minimum": {
        "en": "value is below the minimum {limit}",
        "fi": "arvo on pienempi kuin vähimmäisarvo {limit}",
    },
    "schema.maximum": {
        "en": "value is above the maximum {limit}",
        "fi": "arvo on suurempi kuin enimmäisarvo {limit}",
    },
    "schema.exclusiveMinimum": {
        "en": "value must be greater than {limit}",
        "fi": "arvon on oltava suurempi kuin {limit}",
    },
    "schema.exclusiveMaximum": {
        "en": "value must be less than {limit}",
        "fi": "arvon on oltava pienempi kuin {limit}",
    },
    "schema.minItems": {
        "en": "list needs at least {limit} item(s)",
        "fi": "listassa on oltava vähintään {limit} alkio(ta)",
    },
    "schema.maxItems": {
        "en": "list allows at most {limit} item(s)",
        "fi": "listassa saa olla enintään {limit} alkio(ta)",
    },
    "schema.minLength": {
        "en": "text is shorter than {limit} character(s)",
        "fi": "teksti on lyhyempi kuin {limit} merkki(ä)",
    },
    "schema.maxLength": {
        "en": "text is longer than {limit} character(s)",
        "fi": "teksti on pidempi kuin {limit} merkki(ä)",
    },
    "schema.other": {
        "en": "does not satisfy the schema ({keyword})",
        "fi": "ei täytä skeeman ehtoa ({keyword})",
    },
    # --- forms: what only filled forms are checked for (conversions are cell.*) ---
    "form.ambiguous-parent": {
        "en": "the same id is on several rows of the sheet {s}; the row is joined to the first",
        "fi": "sama tunniste on useammalla rivillä välilehdellä {s}; rivi liitetään ensimmäiseen",
        "sv": "samma identifierare finns på flera rader på fliken {s}; raden kopplas till den "
              "första",
    },
    "form.bad-meta": {
        "en": "the form description (_cm_meta) is damaged: {d}",
        "fi": "lomakkeen kuvaus (_cm_meta) on vioittunut: {d}",
        "sv": "blankettens beskrivning (_cm_meta) är skadad: {d}",
    },
    "form.boolean": {
        "en": "choose Yes or No",
        "fi": "valitse Kyllä tai Ei",
        "sv": "välj Ja eller Nej",
    },
    "form.date": {
        "en": "is not a date; type it as dd.mm.yyyy, e.g. 24.11.2026",
        "fi": "ei ole päivämäärä; kirjoita muodossa pp.kk.vvvv, esim. 24.11.2026",
        "sv": "är inte ett datum; skriv det i formen dd.mm.åååå, t.ex. 24.11.2026",
    },
    "form.datetime": {
        "en": "is not a date and time; type it as dd.mm.yyyy hh:mm, e.g. 24.11.2026 14:30",
        "fi": "ei ole ajankohta; kirjoita muodossa pp.kk.vvvv tt:mm, esim. 24.11.2026 14:30",
        "sv": "är inte en tidpunkt; skriv den i formen dd.mm.åååå tt:mm, t.ex. 24.11.2026 14:30",
    },
    "form.decimal": {
        "en": "is not a number",
        "fi": "ei ole luku",
        "sv": "är inte ett tal",
    },
    "form.duplicate-id": {
        "en": "the same id is already on row {r}",
        "fi": "sama tunniste on jo rivillä {r}",
        "sv": "samma identifierare finns redan på rad {r}",
    },
    "form.enum": {
        "en": "is not one of the choices; pick a value from the dropdown list",
        "fi": "ei ole listan vaihtoehto; valitse arvo pudotusvalikosta",
        "sv": "är inte ett av alternativen; välj ett värde i rullgardinsmenyn",
    },
    "form.error-value": {
        "en": "holds an error value (e.g. #N/A)",
        "fi": "sisältää virhearvon (esim. #N/A)",
        "sv": "innehåller ett felvärde (t.ex. #N/A)",
    },
    "form.example-changed": {
        "en": "the example row was changed; it is never read, write data below it",
        "fi": "esimerkkiriviä on muutettu; esimerkkiriviä ei lueta, kirjoita tiedot sen "
              "alapuolelle",
        "sv": "exempelraden har ändrats; exempelraden läses aldrig, skriv uppgifterna under den",
    },
    "form.extra-sheet": {
        "en": "sheet is not part of the form; its data is not read (move it to the form's sheets)",
        "fi": "välilehti ei kuulu lomakkeeseen; sen tietoja ei lueta (siirrä ne oikeille "
              "välilehdille)",
        "sv": "fliken hör inte till blanketten; dess uppgifter läses inte (flytta dem till "
              "blankettens flikar)",
    },
    "form.formula": {
        "en": "contains a formula; the form takes typed values, not formulas",
        "fi": "sisältää kaavan; lomakkeeseen kirjoitetaan arvot, ei kaavoja",
        "sv": "innehåller en formel; i blanketten skrivs värden, inte formler",
    },
    "form.integer": {
        "en": "is not a whole number",
        "fi": "ei ole kokonaisluku",
        "sv": "är inte ett heltal",
    },
    "form.missing-column": {
        "en": "the form's column {f} is missing",
        "fi": "lomakkeen sarake {f} puuttuu",
        "sv": "blankettens kolumn {f} saknas",
    },
    "form.missing-sheet": {
        "en": "the form's sheet {s} is missing",
        "fi": "lomakkeen välilehti {s} puuttuu",
        "sv": "blankettens flik {s} saknas",
    },
    "form.no-parent": {
        "en": "the id this row points to is not on the sheet {s}",
        "fi": "riviin viitattua tunnistetta ei löydy välilehdeltä {s}",
        "sv": "identifieraren som raden hänvisar till finns inte på fliken {s}",
    },
    "form.no-parent-key": {
        "en": "the row does not say what it belongs to (id missing)",
        "fi": "rivi ei kerro, mihin se kuuluu (tunniste puuttuu)",
        "sv": "raden anger inte vad den hör till (identifierare saknas)",
    },
    "form.not-form": {
        "en": "the workbook is not a cm-model form (no hidden _cm_meta sheet)",
        "fi": "työkirja ei ole cm-model-lomake (piilotettu välilehti _cm_meta puuttuu)",
        "sv": "arbetsboken är inte en cm-model-blankett (den dolda fliken _cm_meta saknas)",
    },
    "form.range": {
        "en": "is outside {lo}–{hi}",
        "fi": "on sallitun välin {lo}–{hi} ulkopuolella",
        "sv": "ligger utanför det tillåtna intervallet {lo}–{hi}",
    },
    "form.renamed-column": {
        "en": "column heading was changed (expected: {e}); check the column still holds this field",
        "fi": "sarakkeen otsikko on muutettu (odotettiin: {e}); tarkista, että sarakkeessa on yhä "
              "tämä tieto",
        "sv": "kolumnrubriken har ändrats (väntat: {e}); kontrollera att kolumnen fortfarande "
              "innehåller denna uppgift",
    },
    "form.required": {
        "en": "required value is missing",
        "fi": "pakollinen tieto puuttuu",
        "sv": "obligatorisk uppgift saknas",
    },
    "form.time-in-date": {
        "en": "carries a time of day, but the field is a date",
        "fi": "sisältää kellonajan, vaikka kenttä on pelkkä päivämäärä",
        "sv": "innehåller ett klockslag, fast fältet är enbart ett datum",
    },
    "form.unknown-column": {
        "en": "column is not part of the form; its {n} value(s) are not read",
        "fi": "sarake ei kuulu lomakkeeseen; sen {n} arvoa jää lukematta",
        "sv": "kolumnen hör inte till blanketten; dess {n} värde(n) läses inte",
    },
    "form.unknown-field": {
        "en": "the column's field {f} is not in the schema",
        "fi": "sarakkeen kenttää {f} ei ole tietomallissa",
        "sv": "kolumnens fält {f} finns inte i datamodellen",
    },
    "form.unreadable": {
        "en": "cannot read the workbook: {d}",
        "fi": "työkirjaa ei voi lukea: {d}",
        "sv": "arbetsboken kan inte läsas: {d}",
    },
    # --- migrate (and the validator's "please migrate" hint) --------------------------
    "schema.migrate": {
        "en": "the file follows schema {version}; this validator checks {target}. Run "
              "`cm-model migrate FILE --to {target} -o NEW_FILE` first, then validate NEW_FILE",
        "fi": "tiedosto noudattaa skeeman versiota {version}; tämä validointi tarkistaa version "
              "{target}. Aja ensin `cm-model migrate TIEDOSTO --to {target} -o UUSI_TIEDOSTO` "
              "ja validoi UUSI_TIEDOSTO",
    },
    "schema.migrate-record": {
        "en": "records here still use fields or codes of schema 0.1 (e.g. intensive_support, "
              "responsible_worker); `cm-model migrate FILE --to {target} -o NEW_FILE` converts "
              "JSON, JSON Lines and YAML files",
        "fi": "tietueissa on yhä skeeman 0.1 kenttiä tai koodeja (esim. intensive_support, "
              "responsible_worker); `cm-model migrate TIEDOSTO --to {target} -o UUSI_TIEDOSTO` "
              "muuntaa JSON-, JSON Lines- ja YAML-tiedostot",
    },
    "migrate.version": {
        "en": "schema_version must be {source} to migrate to {target}",
        "fi": "schema_version-kentän tulee olla {source}, jotta sen voi siirtää versioon {target}",
    },
    "migrate.current": {
        "en": "the file already follows schema {target}; nothing to migrate",
        "fi": "tiedosto noudattaa jo skeeman versiota {target}; siirrettävää ei ole",
    },
    "migrate.conflict": {
        "en": "both the old field {old} and the new field {new} are present; keep one",
        "fi": "sekä vanha kenttä {old} että uusi kenttä {new} ovat mukana; jätä vain toinen",
    },
    "migrate.type": {
        "en": "{field} must be {expected} to be migrated",
        "fi": "kentän {field} tulee olla {expected}, jotta sen voi siirtää",
    },
    "migrate.target": {
        "en": "unknown target version {target}; supported: {supported}",
        "fi": "tuntematon kohdeversio {target}; tuetut: {supported}",
    },
    "migrate.format": {
        "en": "migrate reads JSON, JSON Lines and YAML exports (CSV and XLSX are forms and "
              "tables: refill them from the 0.2 forms)",
        "fi": "migrate lukee JSON-, JSON Lines- ja YAML-vientejä (CSV- ja XLSX-tiedostot ovat "
              "lomakkeita ja taulukoita: täytä ne 0.2-lomakkeilla)",
    },
    "migrate.write": {
        "en": "could not write the output: {detail}",
        "fi": "tulostetta ei voitu kirjoittaa: {detail}",
    },
    "migrate.done": {
        "en": "migrated {records} record(s) from {source} to {target}: {output}",
        "fi": "siirrettiin {records} tietue(tta) versiosta {source} versioon {target}: {output}",
    },
    "migrate.failed": {
        "en": "{errors} problem(s); nothing was written",
        "fi": "{errors} ongelma(a); mitään ei kirjoitettu",
    },
    # --- output layer ----------------------------------------------------------------------
    "output.directory": {
        "en": "{path}: is a directory; give a file name",
        "fi": "{path}: on hakemisto; anna tiedoston nimi",
    },
    "output.is-input": {
        "en": "{path}: is also an input of this command; it is not overwritten",
        "fi": "{path}: on myös tämän komennon syöte; sitä ei kirjoiteta yli",
    },
    "output.symlink": {
        "en": "{path}: is a symbolic link; links are not written through or replaced, name the "
              "real file",
        "fi": "{path}: on symbolinen linkki; linkin kautta ei kirjoiteta eikä linkkiä korvata, "
              "anna varsinaisen tiedoston nimi",
    },
    "output.not-regular": {
        "en": "{path}: is not a regular file (a FIFO, device or socket); it is not replaced",
        "fi": "{path}: ei ole tavallinen tiedosto (nimetty putki, laite tai pistoke); sitä ei "
              "korvata",
    },
    "output.no-parent": {
        "en": "{path}: the directory {parent} does not exist",
        "fi": "{path}: hakemistoa {parent} ei ole olemassa",
    },
    "output.parent-not-dir": {
        "en": "{path}: {parent} is not a directory",
        "fi": "{path}: {parent} ei ole hakemisto",
    },
    "output.unwritable": {
        "en": "{path}: cannot be written ({reason})",
        "fi": "{path}: ei voi kirjoittaa ({reason})",
    },
    "output.read-only": {
        "en": "{path}: the existing file is read-only; it is not replaced",
        "fi": "{path}: olemassa oleva tiedosto on kirjoitussuojattu; sitä ei korvata",
    },
    "output.twice": {
        "en": "{path}: named twice as an output of one run",
        "fi": "{path}: annettu kahdesti saman ajon tulosteeksi",
    },
    "output.dir-not-dir": {
        "en": "{path}: exists and is not a directory (-o names the output directory)",
        "fi": "{path}: on olemassa eikä ole hakemisto (-o on tulostehakemisto)",
    },
    "output.dir-create": {
        "en": "{path}: cannot create the output directory ({reason})",
        "fi": "{path}: tulostehakemistoa ei voi luoda ({reason})",
    },
    # forms fill: values that no cell of the form can take
    "fill.list-expected": {
        "en": "a list is expected here, found {found}; put the value in a list",
        "fi": "tähän odotetaan listaa, löytyi {found}; anna arvo listana",
    },
    "fill.scalar-expected": {
        "en": "one value is expected here, found {found}",
        "fi": "tähän odotetaan yhtä arvoa, löytyi {found}",
    },
    "fill.object-expected": {
        "en": "a record (object) is expected here, found {found}",
        "fi": "tähän odotetaan tietuetta (objektia), löytyi {found}",
    },
    "fill.value": {
        "en": "cannot be written as {type} (not a valid value or outside the range a form "
              "can show)",
        "fi": "ei voi kirjoittaa tyyppinä {type} (arvo ei kelpaa tai on lomakkeen "
              "näyttämän alueen ulkopuolella)",
    },
    "fill.control": {
        "en": "contains a control character ({char}) that a workbook cannot hold",
        "fi": "sisältää ohjausmerkin ({char}), jota työkirjaan ei voi tallentaa",
    },
    "fill.more": {
        "en": "… and {count} more problem(s)",
        "fi": "… ja {count} muuta ongelmaa",
    },
    # triggers and metrics: options and reports
    "metrics.not-date": {
        "en": "{option}: not a date (use YYYY-MM-DD or dd.mm.yyyy)",
        "fi": "{option}: ei ole päivämäärä (käytä muotoa VVVV-KK-PP tai pp.kk.vvvv)",
    },
    "metrics.date-range": {
        "en": "{option}: outside the supported dates {first} … {last}",
        "fi": "{option}: on tuettujen päivämäärien {first} … {last} ulkopuolella",
    },
    "metrics.date-overflow": {
        "en": "a window reaches outside the supported dates {first} … {last}; check the plan "
              "dates and --as-of",
        "fi": "jakso ulottuu tuettujen päivämäärien {first} … {last} ulkopuolelle; tarkista "
              "suunnitelmien päivämäärät ja --as-of",
    },
    "metrics.choices": {
        "en": "{option}: use {choices}",
        "fi": "{option}: käytä arvoa {choices}",
    },
    "metrics.option": {
        "en": "{option}: {detail}",
        "fi": "{option}: {detail}",
    },
    "metrics.more-errors": {
        "en": "… more errors not shown (stopped after the first {limit})",
        "fi": "… lisää virheitä, joita ei näytetä (lopetettiin {limit} ensimmäisen jälkeen)",
    },
    "triggers.summary": {
        "en": "{contacts} contacts of {clients} clients; as of {as_of}",
        "fi": "{contacts} palvelukontaktia, {clients} asiakasta; tilanne {as_of}",
    },
    "triggers.after": {
        "en": "{count} contacts after the as-of date were not counted",
        "fi": "{count} tilannepäivän jälkeistä kontaktia jätettiin laskematta",
    },
    "triggers.open": {
        "en": "{count} inpatient episode(s) without end_date: each closed at the client's next "
              "admission, else at the as-of date",
        "fi": "{count} vuodeosastojaksoa ilman päättymispäivää (end_date): kukin päätettiin "
              "asiakkaan seuraavaan sisäänottoon, muuten tilannepäivään",
    },
    "triggers.more": {
        "en": "  … {count} more trigger(s); every one is in candidates.json",
        "fi": "  … {count} muuta herätettä; kaikki ovat tiedostossa candidates.json",
    },
    "triggers.not-checkable": {
        "en": "  not machine-checkable (recorded by professionals): {codes}",
        "fi": "  ei koneellisesti tarkistettavissa (ammattilaiset kirjaavat): {codes}",
    },
    "triggers.done": {
        "en": "{count} candidate client(s); wrote {files}",
        "fi": "{count} ehdokasasiakasta; kirjoitettiin {files}",
    },
    "metrics.summary": {
        "en": "{contacts} contacts; {clients} clients in records, {no_plan} without a plan; "
              "{months}-month windows, provider {provider}",
        "fi": "{contacts} palvelukontaktia; {clients} asiakasta tietueissa, {no_plan} ilman "
              "suunnitelmaa; {months} kuukauden jaksot, palveluntuottaja: {provider}",
    },
    "metrics.line": {
        "en": "  {key}: median before {before} (n={nb}), after {after} (n={na}), mean paired "
              "difference {diff} (n={nd})",
        "fi": "  {key}: mediaani ennen {before} (n={nb}), jälkeen {after} (n={na}), "
              "parittaisten erotusten keskiarvo {diff} (n={nd})",
    },
    "metrics.done": {
        "en": "wrote {files} to {target}",
        "fi": "kirjoitettiin {files} hakemistoon {target}",
    },
    "output.interrupted": {
        "en": "interrupted: the output was not replaced and its temporary files were removed",
        "fi": "keskeytetty: tulostetta ei korvattu, ja sen väliaikaiset tiedostot poistettiin",
    },
    # --- fhir ---
    "fhir.not-bundle": {
        "en": "not a FHIR Bundle (resourceType: {found})",
        "fi": "ei FHIR Bundle -resurssi (resourceType: {found})",
    },
    "fhir.entry-list": {
        "en": "Bundle.entry is not a list",
        "fi": "Bundle.entry ei ole lista",
    },
    "fhir.no-resource": {
        "en": "entry has no resource",
        "fi": "merkinnällä ei ole resurssia",
    },
    "fhir.no-fullurl": {
        "en": "entry has no fullUrl",
        "fi": "merkinnältä puuttuu fullUrl",
    },
    "fhir.resource-type": {
        "en": "resource type {found} is not one the cm-model mapping uses",
        "fi": "resurssityyppi {found} ei kuulu cm-model-vastaavuuksiin",
    },
    "fhir.duplicate-fullurl": {
        "en": "fullUrl already used by {first}",
        "fi": "fullUrl on jo käytössä: {first}",
    },
    "fhir.duplicate-id": {
        "en": "resource id already used by {first}",
        "fi": "resurssin id on jo käytössä: {first}",
    },
    "fhir.unknown-class": {
        "en": "source extension names an unknown class '{name}'",
        "fi": "source-laajennus nimeää tuntemattoman luokan '{name}'",
    },
    "fhir.dangling": {
        "en": "reference does not resolve inside the bundle",
        "fi": "viittaus ei osoita mihinkään kokoelman (Bundle) resurssiin",
    },
    "fhir.reference": {
        "en": "reference has neither a reference nor an identifier value",
        "fi": "viittauksessa ei ole reference- eikä identifier-arvoa",
    },
    "fhir.missing-identifier": {
        "en": "identifier with system {system} is missing",
        "fi": "tunniste, jonka system on {system}, puuttuu",
    },
    "fhir.two-envelopes": {
        "en": "more than one export envelope (Basic, class Export)",
        "fi": "useampi kuin yksi vientikuori (Basic, luokka Export)",
    },
    "fhir.nothing": {
        "en": "bundle holds no cm-model records (no resource has the source extension)",
        "fi": "kokoelmassa ei ole cm-model-tietueita (yhdelläkään resurssilla ei ole "
              "source-laajennusta)",
    },
    "fhir.unused": {
        "en": "entry is not part of any cm-model record and was not imported",
        "fi": "merkintä ei kuulu mihinkään cm-model-tietueeseen, eikä sitä tuotu",
    },
    "fhir.input-class": {
        "en": "expected an Export envelope or Client records",
        "fi": "odotettiin vientikuorta (Export) tai asiakastietueita (Client)",
    },
    "fhir.parse": {
        "en": "does not parse as FHIR R4 ({detail})",
        "fi": "ei jäsenny FHIR R4 -muotoon ({detail})",
    },
    "fhir.rule": {
        "en": "profile rule fails: {detail}",
        "fi": "profiilisääntö ei täyty: {detail}",
    },
    "fhir.profile": {
        "en": "meta.profile: {detail}",
        "fi": "meta.profile: {detail}",
    },
    "fhir.binding": {
        "en": "code is not in the required value set",
        "fi": "koodi ei kuulu vaadittuun arvojoukkoon",
    },
    "fhir.same-file": {
        "en": "the output would overwrite the input",
        "fi": "tuloste korvaisi syötteen",
    },
    "fhir.write": {
        "en": "cannot write the output: {detail}",
        "fi": "tulostetta ei voi kirjoittaa: {detail}",
    },
    "fhir.import-too-large": {
        "en": "a bundle this large is not loaded at once: export it with `cm-model fhir export "
              "--ndjson` and import the NDJSON, which is read client by client",
        "fi": "näin suurta kokoelmaa ei ladata kerralla: vie se komennolla `cm-model fhir export "
              "--ndjson` ja tuo NDJSON-tiedosto, joka luetaan asiakas kerrallaan",
    },
    "fhir.refused": {
        "en": "{count} problem(s); nothing written.",
        "fi": "{count} ongelma(a); mitään ei kirjoitettu.",
    },
    "fhir.not-schema": {
        "en": "the input does not follow the schema; nothing written (see `cm-model validate`).",
        "fi": "syöte ei noudata skeemaa; mitään ei kirjoitettu (ks. `cm-model validate`).",
    },
    "fhir.read-back-not-schema": {
        "en": "the records read from the bundle do not follow the schema; nothing written.",
        "fi": "bundlesta luetut tietueet eivät noudata skeemaa; mitään ei kirjoitettu.",
    },
    "fhir.wrote-resources": {
        "en": "wrote {count} resources to {output}",
        "fi": "kirjoitettiin {count} resurssia tiedostoon {output}",
    },
    "fhir.wrote-clients": {
        "en": "wrote {count} client record(s) to {output}",
        "fi": "kirjoitettiin {count} asiakastietue(tta) tiedostoon {output}",
    },
    # --- forms import / fill ---
    "forms.no-file": {
        "en": "{path}: no such file",
        "fi": "{path}: tiedostoa ei ole",
        "sv": "{path}: filen finns inte",
    },
    "forms.merge-conflict": {
        "en": "--merge: two forms give different values for the field {field} of one client",
        "fi": "--merge: kaksi lomaketta antaa saman asiakkaan kentälle {field} eri arvot",
        "sv": "--merge: två blanketter ger olika värden för fältet {field} hos samma klient",
    },
    "forms.nothing-written": {
        "en": "{count} problem(s); nothing written (use --partial to write the records that "
              "read cleanly)",
        "fi": "{count} ongelma(a); mitään ei kirjoitettu (--partial kirjoittaa virheettömästi "
              "luetut tietueet)",
        "sv": "{count} problem; ingenting skrevs (--partial skriver de poster som lästes "
              "felfritt)",
    },
    "forms.unwritable-record": {
        "en": "record {number} cannot be written as JSON (a number beyond 64 bits or a value "
              "JSON has no form for); {path} was left as it was",
        "fi": "tietuetta {number} ei voi kirjoittaa JSONiksi (yli 64-bittinen luku tai arvo, "
              "jolle JSONissa ei ole muotoa); {path} jätettiin ennalleen",
        "sv": "post {number} kan inte skrivas som JSON (ett tal över 64 bitar eller ett värde "
              "som JSON saknar form för); {path} lämnades som den var",
    },
    "forms.written": {
        "en": "{count} record(s) written to {path}",
        "fi": "{count} tietue(tta) kirjoitettiin tiedostoon {path}",
        "sv": "{count} post(er) skrevs till {path}",
    },
    "forms.lang": {
        "en": "--lang: use one of {langs}",
        "fi": "--lang: käytä jotakin näistä: {langs}",
        "sv": "--lang: använd något av {langs}",
    },
    "forms.unknown-form": {
        "en": "unknown form; one of: {forms}",
        "fi": "tuntematon lomake; jokin näistä: {forms}",
        "sv": "okänd blankett; en av: {forms}",
    },
    "forms.records-format": {
        "en": "{path}: records must be JSON, JSON Lines or YAML (a list of Client records or "
              "an Export)",
        "fi": "{path}: tietueiden on oltava JSON-, JSON Lines- tai YAML-muodossa "
              "(Client-tietueiden lista tai vientitiedosto)",
        "sv": "{path}: posterna måste vara JSON, JSON Lines eller YAML (en lista med "
              "Client-poster eller en exportfil)",
    },
    "forms.records-shape": {
        "en": "{path}: no Client records (expected a list of Client records or an Export "
              "with clients)",
        "fi": "{path}: ei Client-tietueita (odotettiin Client-tietueiden listaa tai "
              "vientitiedostoa, jossa on asiakkaita)",
        "sv": "{path}: inga Client-poster (väntade en lista med Client-poster eller en "
              "exportfil med klienter)",
    },
    "forms.misfit": {
        "en": "{path}: records do not fit the form ({kind})",
        "fi": "{path}: tietueet eivät sovi lomakkeelle ({kind})",
        "sv": "{path}: posterna passar inte blanketten ({kind})",
    },
    "forms.dropped": {
        "en": "{count} value(s) have no place on this form, e.g. {example}",
        "fi": "{count} arvo(a) ei mahdu tälle lomakkeelle, esim. {example}",
        "sv": "{count} värde(n) har ingen plats på denna blankett, t.ex. {example}",
    },
    # --- metrics readers ----------------------------------------------------------------
    "contacts.value": {
        "en": " (value: {value})",
        "fi": " (arvo: {value})",
    },
    "contacts.cell": {
        "en": "{slot}: {detail}",
        "fi": "{slot}: {detail}",
    },
    "contacts.not-date": {
        "en": "{slot} is not a date (use YYYY-MM-DD or dd.mm.yyyy)",
        "fi": "{slot} ei ole päivämäärä (käytä muotoa VVVV-KK-PP tai pp.kk.vvvv)",
    },
    "contacts.not-a-date": {
        "en": "{slot} is not a date",
        "fi": "{slot} ei ole päivämäärä",
    },
    "contacts.unused-field": {
        "en": "warning: field {field} is a ServiceContact field this command does not use; "
              "it is not read",
        "fi": "varoitus: kenttä {field} on ServiceContact-kenttä, jota tämä komento ei käytä; "
              "sitä ei lueta",
    },
    "contacts.unknown-field": {
        "en": "field {field} is not a field of ServiceContact (check its spelling)",
        "fi": "kenttä {field} ei ole ServiceContact-luokan kenttä (tarkista kirjoitusasu)",
    },
    "contacts.not-text": {
        "en": "{slot} must be text (found {found})",
        "fi": "kentän {slot} on oltava tekstiä (löytyi {found})",
    },
    "contacts.hetu": {
        "en": "{slot} looks like a henkilötunnus; outputs name clients by pseudonymous id "
              "only — pseudonymise the ids first",
        "fi": "{slot} näyttää henkilötunnukselta; tulosteissa asiakkaat nimetään vain "
              "pseudonyymillä tunnisteella — pseudonymisoi tunnisteet ensin",
    },
    "contacts.duplicate-id": {
        "en": "contact id is the same as at {first}; the file is refused so that no contact "
              "is counted twice",
        "fi": "kontaktin tunniste on sama kuin kohdassa {first}; tiedosto hylätään, jotta "
              "yhtään kontaktia ei laskettaisi kahdesti",
    },
    "contacts.required": {
        "en": "{slot} is required but empty",
        "fi": "{slot} on pakollinen mutta tyhjä",
    },
    "contacts.end-before-start": {
        "en": "end_date is before contact_date",
        "fi": "end_date on aikaisempi kuin contact_date",
    },
    "contacts.contact-type": {
        "en": "contact_type is not a ServiceContactType code or label",
        "fi": "contact_type ei ole ServiceContactType-koodi tai -nimike",
    },
    "contacts.sector": {
        "en": "sector is not a Sector code or label",
        "fi": "sector ei ole Sector-koodi tai -nimike",
    },
    "contacts.attendance": {
        "en": "attendance is not an AttendanceStatus code or label (e.g. ATTENDED, MISSED)",
        "fi": "attendance ei ole AttendanceStatus-koodi tai -nimi (esim. ATTENDED, MISSED)",
    },
    "contacts.not-attended": {
        "en": "{count} contact(s) did not take place (attendance {codes}) and are not counted",
        "fi": "{count} kontaktia ei toteutunut (attendance {codes}) eikä niitä lasketa",
    },
    "contacts.urgent": {
        "en": "urgent is not a boolean (true/false, kyllä/ei, 1/0)",
        "fi": "urgent ei ole totuusarvo (true/false, kyllä/ei, 1/0)",
    },
    "contacts.unused-column": {
        "en": "warning: column {column} is a ServiceContact field this command does not use; "
              "it is not read",
        "fi": "varoitus: sarake {column} on ServiceContact-kenttä, jota tämä komento ei "
              "käytä; sitä ei lueta",
    },
    "contacts.unknown-column": {
        "en": "column {column} is not a field of ServiceContact (check its spelling; remove "
              "it or rename it to a field name or label)",
        "fi": "sarake {column} ei ole ServiceContact-luokan kenttä (tarkista kirjoitusasu; "
              "poista sarake tai nimeä se kentän nimellä tai nimikkeellä)",
    },
    "contacts.column-twice": {
        "en": "column {slot} appears twice",
        "fi": "sarake {slot} esiintyy kahdesti",
    },
    "contacts.csv-width": {
        "en": "{count} fields where the header has {width}",
        "fi": "{count} kenttää, vaikka otsikkorivillä on {width}",
    },
    "contacts.csv": {
        "en": "not valid CSV ({detail})",
        "fi": "ei kelvollista CSV:tä ({detail})",
    },
    "contacts.encoding": {
        "en": "not valid {encoding} text (save the file as UTF-8)",
        "fi": "ei kelvollista {encoding}-tekstiä (tallenna tiedosto UTF-8-muodossa)",
    },
    "contacts.json": {
        "en": "not valid JSON ({detail}, column {column})",
        "fi": "ei kelvollista JSONia ({detail}, sarake {column})",
    },
    "contacts.duplicate-key": {
        "en": "key {key} appears twice in one object (the last value would silently win)",
        "fi": "avain {key} esiintyy kahdesti samassa objektissa (viimeinen arvo voittaisi "
              "huomaamatta)",
    },
    "contacts.not-object": {
        "en": "not a JSON object",
        "fi": "ei JSON-objekti",
    },
    "records.not-client": {
        "en": "not a Client object",
        "fi": "ei Client-objekti",
    },
    "records.no-id": {
        "en": "a client needs an id",
        "fi": "asiakkaalla on oltava tunniste (id)",
    },
    "records.id-twice": {
        "en": "client id appears twice",
        "fi": "asiakkaan tunniste esiintyy kahdesti",
    },
    "records.not-date": {
        "en": "not a date",
        "fi": "ei päivämäärä",
    },
    "records.date-range": {
        "en": "not a date in {lo} … {hi}",
        "fi": "ei päivämäärä väliltä {lo} … {hi}",
    },
    "records.whoqol-item": {
        "en": "item_number 1–26 and answer 1–5 expected",
        "fi": "odotettiin item_number 1–26 ja answer 1–5",
    },
    "records.nps": {
        "en": "an integer 0–10 expected",
        "fi": "odotettiin kokonaislukua 0–10",
    },
    "records.clients-not-list": {
        "en": "not a list",
        "fi": "ei lista",
    },
    "records.shape": {
        "en": "expected an Export, a Client or a list of clients",
        "fi": "odotettiin vientitiedostoa (Export), asiakasta (Client) tai asiakkaiden listaa",
    },
    "records.no-file": {
        "en": "no such file",
        "fi": "tiedostoa ei ole",
    },
    "records.cannot-read": {
        "en": "cannot read ({detail})",
        "fi": "tiedostoa ei voi lukea ({detail})",
    },
    "records.json": {
        "en": "not valid JSON ({detail})",
        "fi": "ei kelvollista JSONia ({detail})",
    },
    "records.utf8": {
        "en": "not valid UTF-8 text",
        "fi": "ei kelvollista UTF-8-tekstiä",
    },
    "records.depth": {
        "en": "nesting too deep",
        "fi": "sisäkkäisyys on liian syvä",
    },
    "records.export-time": {
        "en": "not a date-time in {lo} … {hi}",
        "fi": "ei aikaleima väliltä {lo} … {hi}",
    },
    "catalogue.cannot-read": {
        "en": "cannot read the catalogue ({detail})",
        "fi": "heräteluetteloa ei voi lukea ({detail})",
    },
    "catalogue.shape": {
        "en": "expected a list of trigger definitions (or a mapping with trigger_catalogue)",
        "fi": "odotettiin herätteiden määritelmien listaa (tai rakennetta, jossa on "
              "trigger_catalogue)",
    },
    "catalogue.invalid": {
        "en": "{detail}",
        "fi": "virheellinen arvo ({detail})",
    },
    "catalogue.code-twice": {
        "en": "code {code} appears twice",
        "fi": "koodi {code} esiintyy kahdesti",
    },
    "catalogue.required": {
        "en": "{slot} is required when machine_checkable is true",
        "fi": "{slot} on pakollinen, kun machine_checkable on true",
    },
    "catalogue.unknown-types": {
        "en": "unknown code(s) {codes}",
        "fi": "tuntemattomia koodeja: {codes}",
    },
    "contacts.empty": {
        "en": "the file is empty",
        "fi": "tiedosto on tyhjä",
    },
    "contacts.mixed-encoding": {
        "en": "warning: the file mixes cp1252 and UTF-8 lines (first UTF-8 line shown); each "
              "line was read in the encoding it is valid in — save the file as UTF-8 to be sure",
        "fi": "varoitus: tiedostossa on sekaisin cp1252- ja UTF-8-rivejä (ensimmäinen "
              "UTF-8-rivi näytetään); kukin rivi luettiin koodauksella, jossa se on "
              "kelvollinen — tallenna tiedosto UTF-8-muodossa varmuuden vuoksi",
    },
    "contacts.cannot-open": {
        "en": "cannot open ({detail})",
        "fi": "tiedostoa ei voi avata ({detail})",
    },
    "contacts.no-header": {
        "en": "no header line",
        "fi": "otsikkorivi puuttuu",
    },
    "contacts.too-large": {
        "en": "larger than {limit} MB; use JSON Lines or CSV",
        "fi": "suurempi kuin {limit} Mt; käytä JSON Lines- tai CSV-muotoa",
    },
    "contacts.no-list": {
        "en": "no service_contacts list (expected an Export envelope or a list of service "
              "contacts)",
        "fi": "service_contacts-lista puuttuu (odotettiin vientitiedostoa (Export) tai "
              "palvelukontaktien listaa)",
    },
    "contacts.workbook": {
        "en": "cannot read the workbook: it is damaged or not an XLSX workbook ({kind}); save "
              "it again from Excel or export CSV",
        "fi": "työkirjaa ei voi lukea: se on vioittunut tai ei ole XLSX-työkirja ({kind}); "
              "tallenna se uudelleen Excelistä tai vie CSV-tiedostoksi",
    },
    "contacts.hidden-sheet": {
        "en": "warning: the sheet is hidden; it is not read",
        "fi": "varoitus: taulukko on piilotettu; sitä ei lueta",
    },
    "contacts.other-sheet": {
        "en": "warning: the sheet's header names no contact column; it is not read",
        "fi": "varoitus: taulukon otsikkorivillä ei ole yhtään kontaktisaraketta; sitä ei "
              "lueta",
    },
    "contacts.sheet": {
        "en": "cannot read the sheet ({kind})",
        "fi": "taulukkoa ei voi lukea ({kind})",
    },
    "contacts.no-sheet": {
        "en": "no visible worksheet with a contacts header",
        "fi": "yhdessäkään näkyvässä taulukossa ei ole kontaktien otsikkoriviä",
    },
    "contacts.more-hetu": {
        "en": "… {count} more client ids like this",
        "fi": "… {count} muuta tällaista asiakastunnistetta",
    },
    "contacts.missing-columns": {
        "en": "required column(s) missing: {columns} (use the slot names or their "
              "Finnish/Swedish/English labels)",
        "fi": "pakollisia sarakkeita puuttuu: {columns} (käytä kenttien nimiä tai niiden "
              "suomen-, ruotsin- tai englanninkielisiä nimikkeitä)",
    },
}

TYPE_WORDS = {
    "en": {"integer": "whole number", "number": "number", "boolean": "true/false",
           "date": "date", "datetime": "date and time", "string": "text"},
    "fi": {"integer": "kokonaisluku", "number": "luku", "boolean": "kyllä/ei",
           "date": "päivämäärä", "datetime": "aikaleima", "string": "teksti"},
}


def message(code: str, lang: str, **params: object) -> str:
    templates = MESSAGES.get(code) or MESSAGES["schema.other"]
    template = templates.get(lang) or templates["en"]
    if lang != "en":  # locations inside a message, in the message's language
        for key in _PLACE_PARAMS:
            if isinstance(params.get(key), str):
                params[key] = place(params[key], lang)  # type: ignore[arg-type]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


_PLACE_PARAMS = ("where", "scope", "first")  # the parameters that hold a location
# "line 4", "row 4", "column 13", "column contact_date (C)", "entry 2" and CM-R002's
# ", first at ": only these shapes, so that a word in a file or sheet name is left alone
_PLACE = re.compile(r"\b(line|column|entry|row) (?=\d|[A-Z]{1,3}\b|[^\s(]+ \([A-Z]{1,3}\))"
                    r"|, (first at) ")


def place(text: str, lang: str) -> str:
    """A location as the readers and rules write it (``line 4, column 2``; ``Client, first at
    line 7``) with its words in `lang`. Locators stay English in JSON reports (they are data);
    the text outputs of every command, and the browser, show them through this."""
    if lang == "en" or not text:
        return text

    def word(found: re.Match[str]) -> str:
        if found.group(2):
            return f", {message('place.first-at', lang)} "
        return f"{message('place.' + found.group(1), lang)} "

    return _PLACE.sub(word, text)


class Note(str):
    """A located message of a reader. Its text as a string is the English one (so that lines
    built before the catalogue existed read the same); :meth:`text` gives it in another
    language. ``where`` is the location, ``params`` are field names, line numbers and counts
    (a parameter with a ``text(lang)`` method, such as a CellError, is rendered in the same
    language); ``value`` is shown only when the reader was given --show-values."""

    key: str
    where: str
    params: dict[str, object]
    value: str | None

    def __new__(cls, where: str, key: str, /, value: str | None = None,
                **params: object) -> Note:
        self = super().__new__(cls, _render(where, key, "en", value, params))
        self.where, self.key, self.value, self.params = where, key, value, params
        return self

    def text(self, lang: str = "en") -> str:
        return _render(self.where, self.key, lang, self.value, self.params)


def _render(where: str, key: str, lang: str, value: str | None,
            params: dict[str, object]) -> str:
    shown = {k: (v.text(lang) if hasattr(v, "text") else v) for k, v in params.items()}
    body = message(key, lang, **shown)
    if value is not None:
        body += message("contacts.value", lang, value=value)
    where = place(where, lang)
    return f"{where}: {body}" if where else body


def localised(line: str, lang: str) -> str:
    """A reader's line in ``lang`` when it is a :class:`Note`, else as it is."""
    return line.text(lang) if isinstance(line, Note) else line


def refused_note(source: str, refused: object) -> Note:
    """An input layer refusal (cm_model.io.readers.Refused: code, params, line) as a Note."""
    line = getattr(refused, "line", None)
    where = f"{source}: line {line}" if line else source
    return Note(where, refused.code, **refused.params)  # type: ignore[attr-defined]
