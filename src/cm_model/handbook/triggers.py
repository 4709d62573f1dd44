"""The default trigger catalogue as a handbook table (fi, sv, en), with where each entry is from.

The catalogue itself is src/cm_model/metrics/default_triggers.yaml (owned by the metrics
module). Whether an entry is taken from the seed documents or is a local choice of cm-model is
editorial knowledge the YAML does not carry in a field, so it is kept here; a test fails when a
catalogue code has no origin, so a new entry cannot slip into the handbook unexplained.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cm_model.metrics.triggers import DEFAULT_CATALOGUE_REL as CATALOGUE_REL
from cm_model.schema_info import code

# SEED: the sign and any number are stated in a seed document.
# SEED_SIGN: the seed names the sign; the threshold and window are cm-model's local choice.
# LOCAL: cm-model's own suggestion, not in the seeds.
ORIGINS: dict[str, str] = {
    "PS-INPATIENT-3": "SEED",
    "ACUTE-FREQUENT-EMERGENCY": "SEED_SIGN",
    "EMS-FREQUENT": "LOCAL",  # Päijät-Sote leaves EMS to the staff's discretion
    "MULTI-SECTOR-3": "LOCAL",  # the seeds speak of social *and* health care, not of three sectors
    "MANY-UNITS-5": "SEED_SIGN",
    "PRIMARY-FREQUENT-10": "LOCAL",
    "INPATIENT-DAYS-30": "LOCAL",
    "PS-ACUTE-INAPPROPRIATE": "SEED",
    "PS-OTHER-UNITS-DISCRETION": "SEED",
    "EARLY-RISK": "SEED",
    "PROFESSIONAL-JUDGEMENT": "SEED",
    "KH-NEET-YOUTH": "SEED",
    "KH-MENTAL-SUBSTANCE": "SEED",
}

WORDS = {
    "fi": {
        "head": "| Koodi | Nimi | Sääntö | Liittyy malliin | Alkuperä |",
        "judgement": "ammattilaisen harkinta",
        "months": "kk",
        "SEED": "siemenaineisto",
        "SEED_SIGN": "merkki siemenaineistosta, **raja-arvo oma valinta**",
        "LOCAL": "**oma ehdotus**, ei siemenaineistossa",
        "unknown": "?",
    },
    "sv": {
        "head": "| Kod | Namn | Regel | Modell | Ursprung |",
        "judgement": "yrkespersonens bedömning",
        "months": "mån.",
        "SEED": "källdokumenten",
        "SEED_SIGN": "tecknet ur källdokumenten, **tröskelvärdet ett eget val**",
        "LOCAL": "**eget förslag**, inte i källdokumenten",
        "unknown": "?",
    },
    "en": {
        "head": "| Code | Name | Rule | Related model | Origin |",
        "judgement": "professional judgement",
        "months": "months",
        "SEED": "the seed documents",
        "SEED_SIGN": "sign from the seeds, **threshold a local choice**",
        "LOCAL": "**our own suggestion**, not in the seeds",
        "unknown": "?",
    },
}
# Symbols of the schema's ThresholdComparison codes (a code without one shows as its code).
COMPARISONS = {code("ThresholdComparison", "GREATER_THAN"): ">",
               code("ThresholdComparison", "AT_LEAST"): "≥"}


def load(root: Path) -> list[dict[str, Any]]:
    from cm_model.metrics.triggers import default_catalogue_entries

    return default_catalogue_entries(root)


def _rule(entry: dict[str, Any], lang: str) -> str:
    w = WORDS[lang]
    if not entry.get("machine_checkable"):
        return w["judgement"]
    comparison = COMPARISONS.get(entry.get("comparison", ""), entry.get("comparison", ""))
    types = ", ".join(f"`{t}`" for t in entry.get("contact_types") or [])
    rule = (f"`{entry.get('measure')}` {comparison} {entry.get('threshold')} / "
            f"{entry.get('window_months')} {w['months']}")
    return f"{rule} ({types})" if types else rule


def table(catalogue: list[dict[str, Any]], lang: str) -> str:
    """The catalogue as a Markdown table, included into the triggers pages as a snippet."""
    w = WORDS[lang]
    mark = f"<!-- generated from {CATALOGUE_REL} by `cm-model generate` — do not edit -->\n"
    out = [mark, w["head"], "|---|---|---|---|---|"]
    for entry in catalogue:
        name = entry.get(f"name_{lang}") or entry.get("name_en", "")
        origin = w.get(ORIGINS.get(entry["code"], "unknown"), w["unknown"])
        out.append(f"| `{entry['code']}` | {name} | {_rule(entry, lang)} "
                   f"| {entry.get('source_organisation', '')} | {origin} |")
    return "\n".join(out) + "\n"
