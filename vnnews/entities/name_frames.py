"""Persons introduced by what they are called: "một cô gái tên là Thu", "một tài xế tên
Hùng", "một thanh niên tên Q.", "(nghệ danh K.T.)", "hát nhạc Trịnh" (the sender of a reader's
letter and a photo's credit are in :mod:`.credits`).

News introduces a person it does not name in full by a word for a person and "tên" or "tên
là" ("named"): one to three free capitalised syllables or an initialled name ("T.B.N",
"Đ.T.T.") right after it are that person, whatever they are spelt like. "tên" after a word
for a thing names the thing ("mang tên Network General", "có tên là SED", "cái tên Thebes"),
so a word for a person (:data:`PEOPLE`, an honorific or a relation of a person) must come
right before "tên", or before a nationality or an age written between ("một người Mỹ tên
Effertz", "chàng trai 17 tuổi tên là Cleis"); so may a verb of introducing oneself ("tự giới
thiệu tên là Tùng"). A surname alone after "nhạc" is the composer's ("hát nhạc Trịnh", 152
times in VNTC train, the other surnames there a people or a place: "nhạc Thái"). An artist's
stage name ("nghệ danh K.T.") is a person's too when a mark ends it; "biệt danh" and "bí danh" were left out: nicknames run on in lower case ("biệt danh
Tiểu phi cơ", "Cáo Sa mạc") or name scandals ("Niger-gate"), about half wrong on VNTC
training articles. Twenty-first stop, read off the one-word persons the rules missed on
the seen batches and checked on VNTC training articles.

>>> t = "Một cô gái tên là Thu đến, mang theo cuốn sách mang tên Doomsday Book."
>>> [e.text for e in find_named_persons(t, syllables(t), set())]
['Thu']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from . import person_words
from .body_word_ends import two_syllable_words
from .persons import person_entity
from .role_words import RELATIONS_OF_A_PERSON
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

PEOPLE = (
    "người", "đàn ông", "phụ nữ", "thanh niên", "thiếu niên", "thiếu nữ", "cô gái", "chàng trai", "chàng",
    "cậu", "bé trai", "bé gái", "đứa bé", "đứa trẻ", "trẻ", "con", "cháu gái", "cháu trai", "bạn", "bạn gái",
    "bạn trai", "người yêu", "người quen", "nhân viên", "công nhân", "cán bộ", "nông dân", "ngư dân", "khách",
    "du khách", "khách hàng", "bán hàng", "nội trợ", "giáo viên", "y tá", "nhân chứng", "phạm nhân",
    "tù nhân", "binh sĩ", "sĩ quan", "cảnh sát", "bảo vệ", "lính", "tên cướp", "kẻ", "gã", "ả", "bà chủ",
    "ông chủ", "chủ", "người mẹ", "người cha", "mẹ", "bố", "cha", "cụ ông", "cụ bà",
    "tự giới thiệu", "giới thiệu", "tự xưng", "xưng",
)
"""Lower-case words for a person (besides the honorifics and the relations of a person) and
verbs of introducing oneself, after which "tên" names the person."""

_BEFORE_TEN = Phrasebook(PEOPLE + person_words.HONORIFICS + RELATIONS_OF_A_PERSON)
_LONGEST = max(len(p.split()) for p in PEOPLE + person_words.HONORIFICS + RELATIONS_OF_A_PERSON)
_MARKS_AFTER_A_STAGE_NAME = frozenset(",.;:)")
_NOT_COMPOSERS = frozenset({"thái", "hoa", "hà", "hoàng", "văn", "lò", "kim", "mai", "giang", "la"})
"""Surnames that are also a people, a place or the first syllable of a word after "nhạc"
("nhạc Thái", "nhạc Hoa", "giới nhạc Hà thành", "Phòng hòa nhạc Hoàng gia")."""
_INITIALS = regex.compile(r"\p{Lu}\p{Ll}?(?:\.\p{Lu}\p{Ll}?)*")
MAX_NAME = 3


def find_named_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free names after a word for a person and "tên" ("tên là"), or
    after "nghệ danh" and before a mark.

    >>> t = "Một diễn viên tên Đ.T.T. (nghệ danh K.T.) và một người Mỹ tên là Effertz."
    >>> [e.text for e in find_named_persons(t, syllables(t), set())]
    ['Đ.T.T.', 'K.T.', 'Effertz']
    """
    found = []
    for k, token in enumerate(tokens[:-1]):
        if token.low == "tên" and token.text.islower() and _a_person_before(tokens, k):
            start = k + 2 if tokens[k + 1].low == "là" and tokens[k + 1].linked and k + 2 < len(tokens) else k + 1
        elif k > 0 and tokens[k - 1].low == "nghệ" and token.low == "danh" and tokens[k - 1].text.islower():
            start = k + 2 if tokens[k + 1].low == "là" and tokens[k + 1].linked and k + 2 < len(tokens) else k + 1
        elif token.text == "nhạc" and _composer_at(tokens, k + 1, taken):
            found.append(person_entity(text, tokens, k + 1, k + 2, "composer"))
            continue
        else:
            continue
        end = _name_end(text, tokens, start, taken)
        if end is not None and (token.low == "tên" or _a_mark_after(text, tokens[end - 1])):
            found.append(_entity(text, tokens, start, end))
    return found


def _composer_at(tokens: Sequence[Syllable], k: int, taken: Collection[int]) -> bool:
    """A Vietnamese surname alone right after "nhạc": the music of the composer known by it
    ("hát nhạc Trịnh", Trịnh Công Sơn's songs), not a people or a place ("nhạc Thái").

    >>> toks = syllables("hát nhạc Trịnh, nhạc Trịnh Công Sơn, nhạc Thái")
    >>> [_composer_at(toks, k + 1, set()) for k, t in enumerate(toks) if t.text == "nhạc"]
    [True, False, False]
    """
    if k >= len(tokens) or k in taken or not tokens[k].linked or not tokens[k].cap:
        return False
    if tokens[k].low not in person_words.SURNAMES or tokens[k].low in _NOT_COMPOSERS:
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].linked and (tokens[k + 1].cap or tokens[k + 1].text[:1].isalnum()
                                                                  and f"{tokens[k].low} {tokens[k + 1].low}" in two_syllable_words()))


def _a_person_before(tokens: Sequence[Syllable], k: int) -> bool:
    """A word for a person ends right before token ``k`` ("tên"), or before a capitalised
    nationality or an age written between.

    >>> toks = syllables("một người Mỹ tên, chàng trai 17 tuổi tên, cái tên, mang tên")
    >>> [_a_person_before(toks, k) for k, t in enumerate(toks) if t.low == "tên"]
    [True, True, False, False]
    """
    if k == 0 or not tokens[k].linked:
        return False
    end = k
    while end > 0 and tokens[end - 1].cap and tokens[end].linked and k - end < 3:
        end -= 1  # "người Mỹ tên", "thanh niên Đài Loan tên"
    if end == k and end >= 2 and tokens[end - 1].low == "tuổi" and tokens[end - 2].text.isdigit():
        end -= 2  # "chàng trai 17 tuổi tên là Cleis"
    for size in range(_LONGEST, 0, -1):
        start = end - size
        if start >= 0 and all(t.linked for t in tokens[start + 1:end + 1]):
            hit = _BEFORE_TEN.match(tokens, start)
            if hit is not None and hit[0] == size and not tokens[start].cap:
                return True
    return False


def _a_mark_after(text: str, token: Syllable) -> bool:
    """A punctuation mark right after ``token`` (an initial's own dot skipped)."""
    rest = text[token.end:token.end + 2].lstrip(".") if "." in token.text or len(token.text) == 1 else text[token.end:token.end + 1]
    return rest[:1] in _MARKS_AFTER_A_STAGE_NAME or rest == ""


def _name_end(text: str, tokens: Sequence[Syllable], start: int, taken: Collection[int]) -> int | None:
    """The end of the free name starting at token ``start`` (one to three capitalised
    syllables, or one initialled name), None when there is none, a longer run goes on or a
    dot and a letter are glued after it ("Mr.Smith").

    >>> t = "tên Mr.Smith, tên Lan Anh Thu Hà, tên Ngân"
    >>> toks = syllables(t)
    >>> [_name_end(t, toks, k + 1, set()) for k, w in enumerate(toks) if w.low == "tên"]
    [None, None, 10]
    """
    if start >= len(tokens) or start in taken or not tokens[start].linked:
        return None
    if _INITIALS.fullmatch(tokens[start].text) and not tokens[start].name_like:
        return start + 1  # "T.B.N", "Đ.T.T"
    end = start
    while end < len(tokens) and end - start < MAX_NAME and end not in taken and tokens[end].name_like \
            and (end == start or tokens[end].linked):
        end += 1
    if end == start or (end < len(tokens) and tokens[end].linked and tokens[end].cap):
        return None
    if regex.match(r"\.\p{L}", text, pos=tokens[end - 1].end):
        return None
    return end


def _entity(text: str, tokens: Sequence[Syllable], start: int, end: int) -> Entity:
    """The person over tokens ``start``..``end``, an initialled name with its last dot."""
    entity = person_entity(text, tokens, start, end, "named")
    last = tokens[end - 1]
    if "." in last.text and _INITIALS.fullmatch(last.text) and text[last.end:last.end + 1] == ".":
        surface = text[entity.start:last.end + 1]
        return Entity("PERSON", entity.start, last.end + 1, surface, surface, dict(entity.attrs))
    return entity

