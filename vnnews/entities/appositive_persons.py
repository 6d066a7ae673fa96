"""A foreign surname set off by a comma before the person's post or trade: "Kannan, Giám
đốc Marketing của Spices Board, ...", "Frederick, nhà nghiên cứu hình ảnh ...".

World and science news name a foreign person by the surname alone and describe them right
after it. One foreign-spelt word (:func:`.foreign.looks_foreign`) opening a sentence or a
clause after a comma, standing alone (no capitalised word joined to it), not a country or
a foreign city, followed by a comma and a post (:data:`.post_words.POSTS`, "nguyên" /
"cựu" before it too) or a trade only persons have (:data:`TRADES`), is a person. Trades a
company or a place may have ("nhà sản xuất", "bệnh nhân") are not among them: "Canon, nhà
sản xuất máy ảnh".

>>> t = "Kannan, Giám đốc Marketing của Spices Board, nói. Canon, nhà sản xuất máy ảnh, cho biết."
>>> [e.text for e in find_appositive_persons(t, syllables(t), set())]
['Kannan']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import phrasebooks, post_words
from .foreign import looks_foreign
from .persons import person_entity
from .tokens import Phrasebook, Syllable, sentence_start, syllables  # noqa: F401 (doctests)

TRADES = (
    "giáo sư", "phó giáo sư", "tiến sĩ", "nhà nghiên cứu", "nhà khoa học", "tác giả", "chuyên gia",
    "phóng viên", "nhà báo", "bác sĩ", "luật sư", "cố vấn", "trợ lý", "tiền đạo", "tiền vệ", "hậu vệ",
    "thủ môn", "huấn luyện viên", "hlv", "nhà văn", "nhà thơ", "ca sĩ", "diễn viên", "đạo diễn",
)
"""Trades written after a person's name set off by a comma."""

_HEADS = Phrasebook(post_words.POSTS + TRADES)
_PREFIXES = frozenset(post_words.POST_PREFIXES)


def find_appositive_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for lone foreign-spelt words set off by a comma before a post or a trade.

    >>> t = "Theo báo cáo, Stapleton, giáo sư tại Đại học Washington, cho biết."
    >>> [e.text for e in find_appositive_persons(t, syllables(t), set())]
    ['Stapleton']
    """
    found = []
    for i, token in enumerate(tokens[:-1]):
        if text[token.end:token.end + 1] != "," or i in taken or not token.name_like or len(token.text) < 3 \
                or text[token.end:tokens[i + 1].start].strip() != "," or _joined(tokens, i) \
                or not looks_foreign(token) or not sentence_start(text, token, ".!?:;,") \
                or phrasebooks.WORLD_PLACES.match(tokens, i) is not None:
            continue
        k = i + 1 + (tokens[i + 1].low in _PREFIXES and i + 2 < len(tokens))
        if _HEADS.match(tokens, k) is not None:
            found.append(person_entity(text, tokens, i, i + 1, "apposition"))
    return found


def _joined(tokens: Sequence[Syllable], i: int) -> bool:
    """A capitalised syllable is joined to token ``i`` before it."""
    return i > 0 and tokens[i].linked and tokens[i - 1].cap
