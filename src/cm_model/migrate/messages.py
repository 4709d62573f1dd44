"""Messages of `cm-model migrate` and of the validator's "please migrate" hint.

Kept next to the command for now (io/ was frozen while 0.2 was written) and looked up before
the one catalogue (`cm_model.io.messages`); they belong in that catalogue and can move there
unchanged. They are deliberately not added to `MESSAGES` at import time: the handbook's
generated message table must not depend on which modules happened to be imported. Templates
carry schema terms and versions only, never values from the data.
"""

from __future__ import annotations

from cm_model.io import messages as catalogue

MIGRATE_MESSAGES: dict[str, dict[str, str]] = {
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
    "migrate.same-file": {
        "en": "the output must not be the input file; give another -o",
        "fi": "tuloste ei saa olla syötetiedosto; anna toinen -o",
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
}


def message(code: str, lang: str, **params: object) -> str:
    """Like `cm_model.io.messages.message`, with the templates above first."""
    templates = MIGRATE_MESSAGES.get(code)
    if templates is None:
        return catalogue.message(code, lang, **params)
    template = templates.get(lang) or templates["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
