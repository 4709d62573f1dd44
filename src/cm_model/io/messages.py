"""The one message catalogue (Finnish and English) of every cm-model command.

Templates take only parameters that come from the schema or from the reader (line numbers,
limits, field names), never values from the data.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
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
        "en": "not a valid XLSX (zip) file",
        "fi": "ei kelvollinen XLSX (zip) -tiedosto",
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
        "en": "… more errors not shown (stopped after the first 50)",
        "fi": "… lisää virheitä, joita ei näytetä (lopetettiin 50 ensimmäisen jälkeen)",
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
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
