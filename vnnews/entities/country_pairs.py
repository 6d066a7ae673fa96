"""Countries written short in a pair: "quan hệ Việt - Mỹ", "Trung - Nhật", "đường bay Mỹ - Ấn".

News pairs two countries with a dash for a relation, a route or a meeting, and writes one of
them with a single syllable that names no country alone: "Việt" (Việt Nam), "Trung" (Trung
Quốc), "Ấn" (Ấn Độ), "Hàn" (Hàn Quốc), "Xô" (Liên Xô), "Miên" (Cao Miên). Paired by a dash
with a country (or another such short form) the syllable is that country, a LOCATION as its
partner is. Not inside another entity ("Hội Việt - Mỹ" is a body's name), not after a
capitalised word ("Đông Anh - Cổ Loa") or a word that makes the pair a region or languages
("miền Trung - Tây Nguyên", "từ điển Việt - Hàn", "tiếng Anh - Pháp - Hàn - Trung"), and not before a word that makes it another
noun ("Việt kiều").

>>> from .recognizer import EntityRecognizer
>>> t = "Quan hệ Trung - Mỹ và quan hệ Việt - Trung ấm lên; miền Trung - Tây Nguyên mưa."
>>> [e.text for e in EntityRecognizer().extract(t) if e.label == "LOCATION"]
['Trung', 'Mỹ', 'Việt', 'Trung', 'Tây Nguyên']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart
from .world_words import COUNTRIES

SHORT_FORMS = ("Việt", "Trung", "Ấn", "Hàn", "Xô", "Miên")
_SHORT = "|".join(SHORT_FORMS)
_BEFORE_DASH = regex.compile(r"(?<![\p{L}\p{M}])(" + _SHORT + r") ?[-–] ?(?=\p{Lu})")
_AFTER_DASH = regex.compile(r"(?<=[\p{L}\p{M}]) ?[-–] ?(" + _SHORT + r")(?![\p{L}\p{M}\d]|[-–]\p{L})")
_NOT_AFTER = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*|miền|vùng|khu vực|tiếng|chữ|từ điển|dịch|song ngữ|phía|Miền|Tiếng) $")
_NOT_BEFORE = regex.compile(r" (?:kiều|ngữ|văn|hóa|hoá|\p{Lu})")
_LANGUAGE_LIST = regex.compile(r"(?:tiếng|chữ|từ điển|song ngữ|dịch) (?:\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)? ?[-–,] ?)+$")
_COUNTRY_NAMES = frozenset(COUNTRIES) | {name.lower() for name in SHORT_FORMS}
_SHORT_FORM_AT = regex.compile(r"(?:" + _SHORT + r")(?![\p{L}\p{M}])")
_SHORT_FORM_ENDING = regex.compile(r"(?<![\p{L}\p{M}])(?:" + _SHORT + r")$")


def with_short_country_forms(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the short forms paired with a country added as LOCATIONs.

    >>> t = "các đường bay Mỹ - Ấn, Anh - Ấn"
    >>> found = [Entity("LOCATION", 14, 16, "Mỹ"), Entity("LOCATION", 23, 26, "Anh")]
    >>> [e.text for e in with_short_country_forms(t, found)]
    ['Mỹ', 'Ấn', 'Anh', 'Ấn']
    """
    if not any(form in text for form in SHORT_FORMS):
        return list(entities)
    index = EntitiesByStart(list(entities))
    start_by_end = {e.end: e.start for e in entities if e.label == "LOCATION" and _a_country(e.text)}
    starts = set(start_by_end.values())
    added = {}
    for match in _BEFORE_DASH.finditer(text):
        partner = match.end()
        if partner in starts or _short_form_at(text, partner):
            _add(text, match.span(1), match.start(1), index, added)
    for match in _AFTER_DASH.finditer(text):
        partner = match.start()
        first = start_by_end.get(partner)
        if first is None and (short := _short_form_before(text, partner)):
            first = partner - len(short)
        if first is not None and not _NOT_BEFORE.match(text, match.end()):
            _add(text, match.span(1), first, index, added)
    return sorted(list(entities) + list(added.values()), key=lambda e: (e.start, -e.end))


def _a_country(name: str) -> bool:
    return " ".join(name.split()).lower() in _COUNTRY_NAMES


def _short_form_at(text: str, i: int) -> bool:
    return bool(_SHORT_FORM_AT.match(text[i:i + 6]))


def _short_form_before(text: str, i: int) -> str:
    found = _SHORT_FORM_ENDING.search(text[max(0, i - 6):i])
    return found.group() if found else ""


def _add(text: str, span: tuple[int, int], first: int, index: EntitiesByStart, added: dict) -> None:
    """Add the short form at ``span`` of a pair whose first name starts at ``first``."""
    start, end = span
    if span in added or index.overlap(start, end) or _NOT_AFTER.search(text[max(0, first - 12):first]) \
            or _LANGUAGE_LIST.search(text[max(0, first - 60):first]):
        return
    added[span] = Entity("LOCATION", start, end, text[start:end], text[start:end], {"kind": "world", "short_form": True})
