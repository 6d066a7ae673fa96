"""Countries that end the name of a thing: "viêm não Nhật Bản", "đậu Hà Lan", "sởi Đức";
cities that name a treaty: "Nghị định thư Kyoto", "Công ước Geneva", "Hiệp ước Basel II".

A disease or a vegetable named after a country names no place, as a currency does not
("đôla Mỹ", read in :mod:`.locations`); the guideline annotates neither. The common nouns
are listed in :data:`.place_words.THINGS_NAMED_BY_A_COUNTRY`; the country is dropped only
when those lower-case words come right before it, after every other rule has run, so that
no other rule takes the freed name for a person or a body. A treaty, a convention or a
protocol is named after the city where it was signed, and the gold leaves the city out
("Hiệp ước Geneva", "Hiệp ước Washington"): a foreign city (not a country: "Công ước Liên Hợp
Quốc", "hiệp ước Nga - Mỹ" keep theirs) right after one of :data:`TREATY_WORDS` is dropped
too (the twenty-first stop; in VNTC train "Nghị định thư Kyoto" 17 times, "Công ước Berne" 17,
"Công ước Geneva" 14).

>>> from .recognizer import EntityRecognizer
>>> t = "Trẻ mắc viêm não Nhật Bản được đưa sang Nhật Bản điều trị."
>>> [e.text for e in EntityRecognizer().extract(t)]
['Nhật Bản']
>>> [e.text for e in EntityRecognizer().extract("Nghị định thư Kyoto được ký ở Kyoto.")]
['Kyoto']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .place_words import THINGS_NAMED_BY_A_COUNTRY
from .world_words import COUNTRIES

TREATY_WORDS = ("công ước", "hiệp ước", "nghị định thư")
_TREATY_BEFORE = regex.compile(r"(?i:" + "|".join(TREATY_WORDS) + r") +$")
_COUNTRY_NAMES = frozenset(COUNTRIES)
_TREATY_ANY = regex.compile(r"(?i:ước|định thư)")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_MAX_WORDS = max(len(words) for names in THINGS_NAMED_BY_A_COUNTRY.values() for words in names)


def without_countries_naming_things(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` less the LOCATIONs that end a thing's name.

    >>> t = "các loại đậu Hà Lan và bệnh sởi Đức"
    >>> found = [Entity("LOCATION", 13, 19, "Hà Lan"), Entity("LOCATION", 32, 35, "Đức")]
    >>> without_countries_naming_things(t, found)
    []
    """
    treaties = _TREATY_ANY.search(text) is not None
    return [e for e in entities if not (e.label == "LOCATION" and (_ends_a_thing(text, e)
                                                                   or treaties and _names_a_treaty(text, e)))]


def _names_a_treaty(text: str, entity: Entity) -> bool:
    """A foreign city right after a word of treaty ("Công ước Geneva"), not a country.

    >>> t = "Công ước Geneva và hiệp ước Nga"
    >>> _names_a_treaty(t, Entity("LOCATION", 9, 15, "Geneva")), _names_a_treaty(t, Entity("LOCATION", 28, 31, "Nga"))
    (True, False)
    """
    return entity.attrs.get("kind") != "named_place" and " ".join(entity.text.split()).lower() not in _COUNTRY_NAMES \
        and _TREATY_BEFORE.search(text, max(0, entity.start - 16), entity.start) is not None


def _ends_a_thing(text: str, entity: Entity) -> bool:
    names = THINGS_NAMED_BY_A_COUNTRY.get(" ".join(entity.text.split()).lower())
    if not names:
        return False
    before = text[max(0, entity.start - 12 * _MAX_WORDS):entity.start]
    if not before.endswith(" "):
        return False
    words = [w.lower() for w in _WORD.findall(before)[-_MAX_WORDS:]]
    if not before.rstrip().lower().endswith(tuple(words[-1:])):
        return False  # a mark between ("đậu, Hà Lan")
    return any(tuple(w for w in words[-len(name):]) == name for name in names)
