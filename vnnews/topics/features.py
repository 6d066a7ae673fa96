"""Syllable n-gram features for topic models: fast, no word segmenter in the hot path.

The text is composed (NFC), lower-cased and put in one tone-mark style ("hoà", "thuỷ"),
so the corpus' mixed spellings meet in one feature. Numbers become ``0``. The first
line (the headline, in news text) contributes its n-grams a second time with a
``t:`` prefix: headline words say more about the topic than body words.

>>> syllable_ngrams("Thủy điện Hòa Bình\\nHoà Bình có 3 tổ máy", ngram_range=(1, 1))
['thuỷ', 'điện', 'hoà', 'bình', 'hoà', 'bình', 'có', '0', 'tổ', 'máy', 't:thuỷ', 't:điện', 't:hoà', 't:bình']
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import check_text
from ..normalize import convert_tone_style

# Runs of letters (NFC: Vietnamese letters are single code points) or of digits.
_SYLLABLE = re.compile(r"[^\W\d_]+|\d+")
TITLE_PREFIX = "t:"


def syllables(text: str) -> list[str]:
    """Lower-cased syllables of ``text`` in the "new" tone style; digits become ``0``.

    >>> syllables("Khỏe mạnh, năm 2007!")
    ['khoẻ', 'mạnh', 'năm', '0']
    """
    check_text(text, who="syllables")
    folded = convert_tone_style(unicodedata.normalize("NFC", text).lower(), "new")
    return ["0" if word[0].isdigit() else word for word in _SYLLABLE.findall(folded)]


def ngrams(tokens: list[str], ngram_range: tuple[int, int] = (1, 2)) -> list[str]:
    """All n-grams of ``tokens`` for n in ``ngram_range`` (inclusive), joined by a space.

    >>> ngrams(["a", "b", "c"], (1, 2))
    ['a', 'b', 'c', 'a b', 'b c']
    """
    low, high = ngram_range
    grams = list(tokens) if low <= 1 else []
    if low <= 2 <= high:
        grams.extend([a + " " + b for a, b in zip(tokens, tokens[1:])])
    for n in range(max(low, 3), high + 1):
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


def syllable_ngrams(text: str, ngram_range: tuple[int, int] = (1, 2), title: bool = True) -> list[str]:
    """Body syllable n-grams, then (when ``title``) the first line's n-grams prefixed ``t:``.

    >>> syllable_ngrams("Bóng đá\\nTrận cầu", title=False)
    ['bóng', 'đá', 'trận', 'cầu', 'bóng đá', 'đá trận', 'trận cầu']
    """
    grams = ngrams(syllables(text), ngram_range)
    if title:
        headline = text.lstrip().split("\n", 1)[0]
        grams.extend(TITLE_PREFIX + gram for gram in ngrams(syllables(headline), ngram_range))
    return grams
