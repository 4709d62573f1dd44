"""Messages of `cm-model fhir` (Finnish and English), added to the one catalogue
`cm_model.io.messages` when this package is imported. Parameters are locations, codes and
counts, never values from the data."""

from __future__ import annotations

from cm_model.io.messages import MESSAGES

FHIR_MESSAGES: dict[str, dict[str, str]] = {
    "fhir.not-bundle": {
        "en": "not a FHIR Bundle (resourceType: {found})",
        "fi": "ei FHIR Bundle -resurssi (resourceType: {found})"},
    "fhir.entry-list": {
        "en": "Bundle.entry is not a list", "fi": "Bundle.entry ei ole lista"},
    "fhir.no-resource": {
        "en": "entry has no resource", "fi": "merkinnällä ei ole resurssia"},
    "fhir.no-fullurl": {
        "en": "entry has no fullUrl", "fi": "merkinnältä puuttuu fullUrl"},
    "fhir.resource-type": {
        "en": "resource type {found} is not one the cm-model mapping uses",
        "fi": "resurssityyppi {found} ei kuulu cm-model-vastaavuuksiin"},
    "fhir.duplicate-fullurl": {
        "en": "fullUrl already used by {first}", "fi": "fullUrl on jo käytössä: {first}"},
    "fhir.duplicate-id": {
        "en": "resource id already used by {first}",
        "fi": "resurssin id on jo käytössä: {first}"},
    "fhir.unknown-class": {
        "en": "source extension names an unknown class '{name}'",
        "fi": "source-laajennus nimeää tuntemattoman luokan '{name}'"},
    "fhir.dangling": {
        "en": "reference does not resolve inside the bundle",
        "fi": "viittaus ei osoita mihinkään kokoelman (Bundle) resurssiin"},
    "fhir.reference": {
        "en": "reference has neither a reference nor an identifier value",
        "fi": "viittauksessa ei ole reference- eikä identifier-arvoa"},
    "fhir.missing-identifier": {
        "en": "identifier with system {system} is missing",
        "fi": "tunniste, jonka system on {system}, puuttuu"},
    "fhir.two-envelopes": {
        "en": "more than one export envelope (Basic, class Export)",
        "fi": "useampi kuin yksi vientikuori (Basic, luokka Export)"},
    "fhir.nothing": {
        "en": "bundle holds no cm-model records (no resource has the source extension)",
        "fi": "kokoelmassa ei ole cm-model-tietueita (yhdelläkään resurssilla ei ole "
              "source-laajennusta)"},
    "fhir.unused": {
        "en": "entry is not part of any cm-model record and was not imported",
        "fi": "merkintä ei kuulu mihinkään cm-model-tietueeseen, eikä sitä tuotu"},
    "fhir.input-class": {
        "en": "expected an Export envelope or Client records",
        "fi": "odotettiin vientikuorta (Export) tai asiakastietueita (Client)"},
    "fhir.parse": {
        "en": "does not parse as FHIR R4 ({detail})",
        "fi": "ei jäsenny FHIR R4 -muotoon ({detail})"},
    "fhir.rule": {"en": "profile rule fails: {detail}", "fi": "profiilisääntö ei täyty: {detail}"},
    "fhir.profile": {"en": "meta.profile: {detail}", "fi": "meta.profile: {detail}"},
    "fhir.binding": {
        "en": "code is not in the required value set",
        "fi": "koodi ei kuulu vaadittuun arvojoukkoon"},
    "fhir.same-file": {
        "en": "the output would overwrite the input", "fi": "tuloste korvaisi syötteen"},
    "fhir.write": {
        "en": "cannot write the output: {detail}", "fi": "tulostetta ei voi kirjoittaa: {detail}"},
}

for _code, _texts in FHIR_MESSAGES.items():
    MESSAGES.setdefault(_code, _texts)
