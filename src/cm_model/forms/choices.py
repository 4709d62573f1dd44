"""Fixed value lists of the forms that are not schema enums: WHOQOL-BREF item topics and answer
scales, and the NPS scale.

A cell shows "7 – Keskittyminen" or "4 – Hyvä" instead of a bare number, so the nurse sees what
the number means; the record still stores the number. The topics and answer words are short
labels of our own (our choice, not from the seeds), not the copyrighted WHOQOL-BREF wording.
"""

from __future__ import annotations

from cm_model.forms.cells import normalise_label

WHOQOL_ITEM_TOPICS: dict[str, tuple[str, ...]] = {
    "fi": (
        "Elämänlaatu yleisesti", "Terveys yleisesti", "Kipu", "Lääketieteellinen hoito",
        "Elämästä nauttiminen", "Elämän merkityksellisyys", "Keskittyminen", "Turvallisuus",
        "Fyysinen ympäristö", "Tarmo", "Ulkonäkö", "Raha", "Tieto", "Vapaa-aika",
        "Liikkuminen paikasta toiseen", "Uni", "Päivittäiset toimet", "Työkyky",
        "Tyytyväisyys itseen", "Ihmissuhteet", "Seksielämä", "Ystävien tuki", "Asuinpaikka",
        "Terveyspalvelut", "Kulkuneuvot", "Kielteiset tunteet",
    ),
    "sv": (
        "Livskvalitet överlag", "Hälsa överlag", "Smärta", "Medicinsk behandling",
        "Att njuta av livet", "Livets mening", "Koncentration", "Trygghet",
        "Fysisk miljö", "Ork", "Utseende", "Pengar", "Information", "Fritid",
        "Att ta sig fram", "Sömn", "Dagliga sysslor", "Arbetsförmåga",
        "Nöjd med sig själv", "Personliga relationer", "Sexliv", "Stöd av vänner",
        "Boendeförhållanden", "Hälso- och sjukvård", "Transportmedel", "Negativa känslor",
    ),
    "en": (
        "Overall quality of life", "Overall health", "Pain", "Medical treatment",
        "Enjoying life", "Meaningful life", "Concentration", "Safety",
        "Physical environment", "Energy", "Bodily appearance", "Money", "Information",
        "Leisure", "Getting around", "Sleep", "Daily activities", "Work capacity",
        "Self-satisfaction", "Personal relationships", "Sex life", "Support from friends",
        "Living place", "Health services", "Transport", "Negative feelings",
    ),
}

# The five answer scales of WHOQOL-BREF (answers 1–5, before reverse scoring).
_SCALES: dict[str, dict[str, tuple[str, ...]]] = {
    "good": {
        "fi": ("Erittäin huono", "Huono", "Ei hyvä eikä huono", "Hyvä", "Erittäin hyvä"),
        "sv": ("Mycket dålig", "Dålig", "Varken dålig eller bra", "Bra", "Mycket bra"),
        "en": ("Very poor", "Poor", "Neither poor nor good", "Good", "Very good"),
    },
    "satisfied": {
        "fi": ("Erittäin tyytymätön", "Tyytymätön", "Ei tyytyväinen eikä tyytymätön",
               "Tyytyväinen", "Erittäin tyytyväinen"),
        "sv": ("Mycket missnöjd", "Missnöjd", "Varken nöjd eller missnöjd", "Nöjd",
               "Mycket nöjd"),
        "en": ("Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied",
               "Satisfied", "Very satisfied"),
    },
    "amount": {
        "fi": ("Ei lainkaan", "Vähän", "Kohtalaisesti", "Paljon", "Erittäin paljon"),
        "sv": ("Inte alls", "Lite", "Måttligt", "Mycket", "Väldigt mycket"),
        "en": ("Not at all", "A little", "A moderate amount", "Very much", "An extreme amount"),
    },
    "extent": {
        "fi": ("Ei lainkaan", "Vähän", "Kohtalaisesti", "Enimmäkseen", "Täysin"),
        "sv": ("Inte alls", "Lite", "Måttligt", "För det mesta", "Helt"),
        "en": ("Not at all", "A little", "Moderately", "Mostly", "Completely"),
    },
    "often": {
        "fi": ("Ei koskaan", "Harvoin", "Melko usein", "Hyvin usein", "Aina"),
        "sv": ("Aldrig", "Sällan", "Ganska ofta", "Mycket ofta", "Alltid"),
        "en": ("Never", "Seldom", "Quite often", "Very often", "Always"),
    },
}
# Which scale each of the 26 items is answered on (items 1 and 15: good; 2 and 16–25:
# satisfied; 3–9: amount; 10–14: extent; 26: often).
WHOQOL_ITEM_SCALE: tuple[str, ...] = (
    "good", "satisfied", *(["amount"] * 7), *(["extent"] * 5), "good",
    *(["satisfied"] * 10), "often",
)
WHOQOL_ITEMS = len(WHOQOL_ITEM_TOPICS["en"])

_NPS_ENDS = {
    "fi": ("Ei lainkaan todennäköistä", "Erittäin todennäköistä"),
    "sv": ("Inte alls sannolikt", "Mycket sannolikt"),
    "en": ("Not at all likely", "Extremely likely"),
}


def _numbered(words: dict[str, tuple[str, ...]], start: int = 1) -> dict[str, tuple[str, ...]]:
    return {lang: tuple(f"{i} – {w}" for i, w in enumerate(ws, start=start))
            for lang, ws in words.items()}


def _nps() -> dict[str, tuple[str, ...]]:
    out = {}
    for lang, (low, high) in _NPS_ENDS.items():
        out[lang] = tuple(f"0 – {low}" if i == 0 else f"10 – {high}" if i == 10 else str(i)
                          for i in range(11))
    return out


# name → (label per language, in order of the stored values); values are the stored integers.
CHOICES: dict[str, dict[str, tuple[str, ...]]] = {
    "whoqol_item": _numbered(WHOQOL_ITEM_TOPICS),
    **{f"whoqol_{name}": _numbered(words) for name, words in _SCALES.items()},
    "nps": _nps(),
}
_FIRST_VALUE = {"nps": 0}


def choice_items(name: str, lang: str) -> list[tuple[str, int]]:
    labels = CHOICES[name].get(lang) or CHOICES[name]["en"]
    first = _FIRST_VALUE.get(name, 1)
    return [(label, i) for i, label in enumerate(labels, start=first)]


def choice_bounds(name: str) -> tuple[int, int]:
    first = _FIRST_VALUE.get(name, 1)
    return first, first + len(CHOICES[name]["en"]) - 1


def choice_label(name: str, value: object, lang: str) -> object:
    """What the cell shows for a stored value; a value outside the list stays as it is."""
    for label, number in choice_items(name, lang):
        if value == number and not isinstance(value, bool):
            return label
    return value


def choice_value(name: str, text: str) -> int | None:
    """The stored value for a label in any language (None when the text is no label)."""
    key = normalise_label(text)
    for lang in CHOICES[name]:
        for label, number in choice_items(name, lang):
            words = label.split(" – ", 1)[-1]
            if normalise_label(label) == key or (" – " in label and normalise_label(words) == key):
                return number
    return None
