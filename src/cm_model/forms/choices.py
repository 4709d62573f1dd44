"""Fixed value lists of the forms that are not schema enums (so far: WHOQOL-BREF item topics).

An item-number column shows "7 – Keskittyminen" instead of a bare 7, so the nurse sees which
question a row answers. The topics are short labels of our own, not the copyrighted WHOQOL-BREF
question wording; the record still stores the item number.
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
    "en": (
        "Overall quality of life", "Overall health", "Pain", "Medical treatment",
        "Enjoying life", "Meaningful life", "Concentration", "Safety",
        "Physical environment", "Energy", "Bodily appearance", "Money", "Information",
        "Leisure", "Getting around", "Sleep", "Daily activities", "Work capacity",
        "Self-satisfaction", "Personal relationships", "Sex life", "Support from friends",
        "Living place", "Health services", "Transport", "Negative feelings",
    ),
}

# name → (label per language per value, in order); values are the stored integers.
CHOICES = {"whoqol_item": WHOQOL_ITEM_TOPICS}


def choice_items(name: str, lang: str) -> list[tuple[str, int]]:
    topics = CHOICES[name].get(lang) or CHOICES[name]["en"]
    return [(f"{i} – {topic}", i) for i, topic in enumerate(topics, start=1)]


def choice_label(name: str, value: object, lang: str) -> object:
    """What the cell shows for a stored value; a value outside the list stays as it is."""
    for label, number in choice_items(name, lang):
        if value == number:
            return label
    return value


def choice_value(name: str, text: str) -> int | None:
    """The stored value for a label in any language (None when the text is no label)."""
    key = normalise_label(text)
    for lang in CHOICES[name]:
        for label, number in choice_items(name, lang):
            if normalise_label(label) == key or normalise_label(label.split(" – ", 1)[1]) == key:
                return number
    return None
