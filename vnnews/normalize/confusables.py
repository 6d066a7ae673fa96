"""Look-alike characters seen in Vietnamese web text, replaced by the real letters.

Ð/ð (Icelandic eth), Ɖ/ɖ (African D) stand for Đ/đ; ǎ (a with caron) for ă; and
Cyrillic or Greek letters hide inside Latin words (Cyrillic "о" in "Hаnoi"). A word
is only changed when it mixes such a character with Latin letters and the result is
a Vietnamese syllable, so Icelandic, Russian or Greek text stays as it is.
Length-preserving.

>>> fix_confusables("ÐÀ NẴNG, Ðồng Nai, Hаn Quốc, Ðað")
'ĐÀ NẴNG, Đồng Nai, Han Quốc, Ðað'
"""

from __future__ import annotations

import re

from .alphabet import split_tone
from .syllable import parse

LOOKALIKES = {
    "Ð": "Đ", "ð": "đ", "Ɖ": "Đ", "ɖ": "đ", "ǎ": "ă", "Ǎ": "Ă",
    # Cyrillic
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "І": "I",
    # Greek
    "ο": "o", "ν": "v", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K",
    "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Χ": "X", "Υ": "Y",
}
_TABLE = str.maketrans(LOOKALIKES)
_WORD = re.compile("[^\\W\\d_]*[%s][^\\W\\d_]*" % "".join(LOOKALIKES))
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def fix_confusables(text: str) -> str:
    """Replace look-alike letters inside words that then read as Vietnamese syllables.

    >>> fix_confusables("ðường")
    'đường'
    """
    if text.isascii():
        return text
    return _WORD.sub(_fix_word, text)


def _fix_word(match: re.Match) -> str:
    word = match.group()
    fixed = word.translate(_TABLE)
    latin = [c for c in word if c not in LOOKALIKES or c in "ÐðƉɖǎǍ"]
    if not any(_LATIN.match(c) for c in latin):
        return word
    bases = "".join(split_tone(c)[0] for c in fixed).lower()
    if len(bases) == len(word) and parse(bases) is not None:
        return fixed
    return word
