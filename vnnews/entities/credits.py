"""Persons named as the author of a text or a photo: the sender of a reader's letter
("Người gửi: NgocMai, Gửi tới: Ban Biên tập", VnExpress's letters) and a photographer
credited by initials ("Ảnh: T.T.D", "Ảnh: Q.MINH"), however they are spelt. Twenty-first stop,
read off the one-word persons the rules missed on the seen batches and checked on VNTC
training articles.

>>> t = "Người gửi: winter Gửi tới: Ban Biên tập. Đua ca nô - Ảnh: T.T.D"
>>> [e.text for e in with_photo_credits(t, with_letter_senders(t, []))]
['winter', 'T.T.D']
"""

from __future__ import annotations

import regex

from ..document import Entity
from .foreign import looks_foreign
from .positions import EntitiesByStart
from .tokens import syllables


_SENDER = regex.compile(r"Người gửi:[ \t]*([^\n,(@:]+?)[ \t]*(?=,|Gửi tới|\n|$| - |\()")
_SENDER_WORD = regex.compile(r"[\p{L}][\p{L}.'\-]*")
_NO_SENDER = regex.compile(r"(?i)bạn đọc|^(?:no|an danh|ẩn danh|vô danh|không tên)$")
"""A reader who gives no name ("Một bạn đọc", "An Danh")."""


def with_letter_senders(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the sender of a reader's letter ("Người gửi: Thanh, Gửi tới: ...",
    VnExpress's letters) a PERSON, however it is spelt ("NgocMai", "D.T", "winter"), in place
    of any entity overlapping it.

    >>> t = "Người gửi: NgocMai, Gửi tới: Ban Biên tập"
    >>> found = [Entity("ORGANIZATION", 11, 18, "NgocMai")]
    >>> [(e.label, e.text) for e in with_letter_senders(t, found)]
    [('PERSON', 'NgocMai')]
    >>> with_letter_senders("Người gửi: Một bạn đọc, Gửi tới: Ban Biên tập", [])
    []
    """
    if "Người gửi:" not in text:
        return entities
    senders = []
    for match in _SENDER.finditer(text):
        words = match.group(1).split()
        if 1 <= len(words) <= 5 and all(_SENDER_WORD.fullmatch(w) for w in words) \
                and not _NO_SENDER.search(" ".join(words).rstrip(".")):
            start, end = match.span(1)
            senders.append(Entity("PERSON", start, end, text[start:end], " ".join(words), {"cue": "sender"}))
    if not senders:
        return entities
    return _in_place_of_overlapping(entities, senders)


_CREDIT = regex.compile(
    r"(?<!\p{L})Ảnh\s*:\s*("
    r"\p{Lu}{1,2}(?:\.\p{Lu}{1,2})+\.?(?![\p{L}.])"  # "T.T.D", "N.C.T.", "Q.L"
    r"|\p{Lu}{1,2}\.[ ]?\p{Lu}{2,}(?![\p{L}.])"  # "Q.MINH", "Q. HÒA", "NH.NAM"
    r"|\p{Lu}{1,2}\.\p{Lu}\p{Ll}+(?![\p{L}.])"  # "B.Trung", "Q.Liêm"
    r"|\p{Lu}\.(?=[ ]*(?:$|\n|\))))"  # "Ảnh: T." ending a caption
)


def with_photo_credits(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with the photographer of a caption credited by initials ("Ảnh: T.T.D",
    "Ảnh: Q.MINH", "Ảnh: B.Trung", "Ảnh: T.") a PERSON, in place of any entity overlapping it;
    a credit spelt like a foreign word ("Ảnh: G.Images", an agency) or written in full is left
    to the other rules.

    >>> t = "Du khách xem đua ca nô - Ảnh: T.T.D Gần đây; Ảnh: Q. HÒA; (Ảnh: G.Images)"
    >>> [e.text for e in with_photo_credits(t, [])]
    ['T.T.D', 'Q. HÒA']
    """
    if "Ảnh" not in text:
        return entities
    credits = []
    for match in _CREDIT.finditer(text):
        start, end = match.span(1)
        surface = text[start:end]
        word = surface.split(".")[-1].strip()
        if word and word[1:].islower() and looks_foreign(syllables(word)[0]):
            continue  # "G.Images": an agency
        credits.append(Entity("PERSON", start, end, surface, " ".join(surface.split()), {"cue": "credit"}))
    if not credits:
        return entities
    return _in_place_of_overlapping(entities, credits)


def _in_place_of_overlapping(entities: list[Entity], persons: list[Entity]) -> list[Entity]:
    """``entities`` without those overlapping one of ``persons``, and ``persons``, sorted.

    >>> [e.text for e in _in_place_of_overlapping([Entity("LOCATION", 0, 3, "Anh"), Entity("LOCATION", 5, 8, "Mỹ")],
    ...                                           [Entity("PERSON", 2, 4, "nh")])]
    ['nh', 'Mỹ']
    """
    held = EntitiesByStart(persons)
    kept = [e for e in entities if not held.overlap(e.start, e.end)]
    return sorted(kept + persons, key=lambda e: (e.start, -e.end))
