"""Whether a text is a sports article: many of its sentences use words only sport uses.

A place standing for its team is often written in a sentence that names no match ("Việt
Nam đã vô địch", "trước khi Brazil thắng bằng luân lưu", "do Milan đòi quá cao"); the
article around it does. A text is a sports article when at least three of its sentences,
and at least a fifth of them, hold a word of football and its kin (``STRONG_SPORT_WORDS``:
"thủ môn", "bàn thắng", "HLV", "V-League" ...). Words that other news uses too are left out:
"hiệp" (also a given name), "lưới" ("điện toán lưới"), "chung kết" and "cúp" (beauty and
programming contests), "CLB" (clubs of poetry or business), "huy chương", "á quân".

Over 300 VNTC training articles per topic (seed 5), the rule marks 250 of 300 sports
articles and 9 of the 2,700 of the nine other topics, most of those about football too
(betting rings, the SEA Games' security, a footballer's film role, heading the ball).

>>> from .tokens import syllables
>>> t = "Thủ môn bắt bóng. HLV hài lòng. Hiệp 2, cầu thủ số 9 ghi bàn. Việt Nam đã vô địch."
>>> sport_article(t, syllables(t)), sport_article(t[:17], syllables(t[:17]))
(True, False)
>>> u = "Thu mon bat bong. HLV hai long. Hiep 2, cau thu so 9 ghi ban. Viet Nam da vo dich."
>>> sport_article(u, syllables(u))  # written without diacritics
True
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

import regex

from . import match_words
from .tokens import Phrasebook, Syllable, fold, lower_key

_WEAK = frozenset({"hiệp", "lưới", "chung kết", "bán kết", "tứ kết", "cup", "cúp", "clb", "huy chương", "á quân",
                   "giải vô địch", "vòng đấu", "giao hữu", "đội hình", "tay đua", "vđv"})
STRONG_SPORT_WORDS = tuple(w for w in match_words.SPORT_WORDS if w not in _WEAK) + ("bóng đá", "sân vận động")
"""Words that mark a sentence of a sports article."""

_STRONG = Phrasebook(STRONG_SPORT_WORDS)
_FIRST_WORDS = frozenset(lower_key(w).split()[0] for w in STRONG_SPORT_WORDS)
_FOLDED_FIRST_WORDS = frozenset(fold(w) for w in _FIRST_WORDS)  # "thu mon": the phrasebook matches folded too
_SENTENCE_END = regex.compile(r"[.!?\n]+")
_MIN_SENTENCES = 3
_MIN_SHARE = 0.2


def sport_article(text: str, tokens: Sequence[Syllable]) -> bool:
    """True when at least three sentences of ``text``, and a fifth of them, hold a strong
    sport word (see the module's docstring)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(ends) < _MIN_SENTENCES - 1:
        return False
    marked = {bisect_right(ends, t.start) for k, t in enumerate(tokens)
              if (t.low in _FIRST_WORDS or (t.plain and t.key in _FOLDED_FIRST_WORDS))
              and _STRONG.match(tokens, k) is not None}
    if len(marked) < _MIN_SENTENCES:
        return False
    sentences = sum(1 for a, b in zip([0] + ends, ends + [len(text)]) if text[a:b].strip(" .!?\n"))
    return len(marked) >= _MIN_SHARE * sentences
