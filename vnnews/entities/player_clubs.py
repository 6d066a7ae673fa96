"""The club in brackets after a player's name in a squad list: "Ngô Quang Huy (Bình Định)",
"Edgar Davids (Tottenham Hotspur)", "Roberto Ayala (Valencia, TBN)".

Squad lists and team sheets name each player's club in brackets after the name. Alone, the
word there may read as a province, a city or a person; after a person, in a sentence that
names a player's position (thủ môn, hậu vệ, tiền vệ, tiền đạo, cầu thủ ...), it is the club,
an ORGANIZATION. A country there is the player's nationality ("Mardy Fish (Mỹ)") and stays
a place; so does a country after the club's name ("(MU, Anh)").

>>> from .recognizer import EntityRecognizer
>>> t = "Tiền vệ: Lê Văn Tâm (Bình Định), Trần Hữu Phát (Đồng Tháp), Bolf (Ajax Amsterdam, Hà Lan)."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t) if e.label == "ORGANIZATION"]
[('ORGANIZATION', 'Bình Định'), ('ORGANIZATION', 'Đồng Tháp'), ('ORGANIZATION', 'Ajax Amsterdam')]
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from ..document import Entity  # noqa: F401 (annotations)
from . import phrasebooks
from .positions import EntitiesByStart
from .result_tables import with_bodies_over

_POSITIONS = regex.compile(r"(?i)\b(?:thủ môn|thủ thành|hậu vệ|trung vệ|tiền vệ|tiền đạo|cầu thủ)\b")
_CLUB = regex.compile(r" ?\(((?:\p{Lu}[\p{L}\p{M}.']*)(?: \p{Lu}[\p{L}\p{M}.']*){0,3})(?:, \p{Lu}[^()\d]{0,20})?\)")
"""A name in brackets, a country after it at most ("(Valencia, TBN)"); not a substitute and
the minute he came on ("Cazorla (Font, 72)")."""
_ACRONYM = regex.compile(r"\p{Lu}[\p{Lu}.]+")
_SENTENCE_MARK = regex.compile(r"[.!?\n](?=\s|$)")
_PERSONS = frozenset({"PERSON", "OFFICIAL"})
_PLACES = frozenset({"PROVINCE", "DISTRICT", "COMMUNE", "LOCATION"})


def with_player_clubs(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with the name in brackets after a player made a club: whatever
    was read over it gives way, a place strictly inside it stays ("Pisico Bình Định").

    >>> from .recognizer import EntityRecognizer
    >>> t = "Trọng tài Herbert Fandel (Đức) rút thẻ; hậu vệ Fish (Mỹ) bị phạt."
    >>> [(e.label, e.text) for e in EntityRecognizer().extract(t) if "(" + e.text + ")" in t]
    [('LOCATION', 'Đức'), ('LOCATION', 'Mỹ')]
    """
    if " (" not in text or not _POSITIONS.search(text):
        return entities
    clubs = []
    held = sentences = None  # made at the first name in brackets: a scan per player would be quadratic
    for person in entities:
        if person.label not in _PERSONS:
            continue
        m = _CLUB.match(text, person.end)
        if m is None or _country(m.group(1)):
            continue
        if held is None:
            sentences, held = _sentence_ends(text), EntitiesByStart(entities)
        if not _names_a_position(text, person.start, sentences) or not _read_as_a_club(m.group(1), *m.span(1), held):
            continue
        clubs.append(m.span(1))
    return with_bodies_over(text, entities, clubs, "club") if clubs else entities


def _read_as_a_club(name: str, start: int, end: int, held: EntitiesByStart) -> bool:
    """Whether what the rules read over the name in brackets fits a club: a place (a club
    named like its province, "(Bình Định)"), a body starting there ("Ajax" of "(Ajax
    Amsterdam)"), a name ending in a province ("(HA Gia Lai)"), or an acronym ("(HAGL)").
    A person there is the substitute of a line-up ("Beckham (Owen Hargreaves, 85)", "Quốc
    Anh (Anh Tuấn)"), left alone.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Tiền vệ Beckham (Owen Hargreaves), Bảo Hùng (Nguyên Quân), Kiên (HAGL)."
    >>> [(e.label, e.text) for e in EntityRecognizer().extract(t) if e.start > 15]
    [('PERSON', 'Owen Hargreaves'), ('PERSON', 'Nguyên Quân'), ('PERSON', 'Kiên'), ('ORGANIZATION', 'HAGL')]
    """
    over = held.overlapping(start, end)
    if any(e.label in _PERSONS for e in over):
        return False
    if any((e.start, e.end) == (start, end) and e.label in _PLACES for e in over) \
            or any(e.start == start and e.label == "ORGANIZATION" for e in over):
        return True
    return _ACRONYM.fullmatch(name) is not None or any(e.end == end and e.label == "PROVINCE" for e in over)


def _country(name: str) -> bool:
    """Whether ``name`` is a country, whole ("Mỹ", "Hà Lan", "CH Czech").

    >>> _country("Hà Lan"), _country("Bình Định")
    (True, False)
    """
    return phrasebooks.COUNTRIES.spells(name)


def _sentence_ends(text: str) -> list[int]:
    """Where each sentence of ``text`` ends (after its mark).

    >>> _sentence_ends("Mưa. Nắng!\\nGió")
    [4, 10]
    """
    return [m.end() for m in _SENTENCE_MARK.finditer(text)]


def _names_a_position(text: str, position: int, sentence_ends: list[int]) -> bool:
    """Whether the sentence holding ``position`` names a player's position (``sentence_ends``
    from :func:`_sentence_ends`).

    >>> t = "Tiền đạo Quang Hải. Ông Hùng nói."
    >>> _names_a_position(t, 9, _sentence_ends(t)), _names_a_position(t, 24, _sentence_ends(t))
    (True, False)
    """
    k = bisect_right(sentence_ends, position)
    start = sentence_ends[k - 1] if k else 0
    if position and text[position - 1] in ".!?\n":
        start = position  # a mark glued before the name, a line's start: read as an end too
    end = sentence_ends[k] if k < len(sentence_ends) else len(text)
    return _POSITIONS.search(text, start, end) is not None
