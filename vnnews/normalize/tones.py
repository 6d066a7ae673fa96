"""Tone-mark placement per syllable: one style, misplaced and doubled marks repaired.

Only letters move: each word keeps its length, case and letters; just the tone
mark goes to the vowel the orthographic rule chooses (see :mod:`.syllable`).
Words that are not Vietnamese syllables, or carry two different tone marks, are
left as they are.

>>> convert_tone_style("Thuỷ điện Hòa Bình", "old")
'Thủy điện Hòa Bình'
>>> convert_tone_style("THỦY ĐIỆN HÒA BÌNH, baỏ lựơng, dàì", "new")
'THUỶ ĐIỆN HOÀ BÌNH, bảo lượng, dài'
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import InputError
from .alphabet import TONED_VOWELS, split_tone, with_tone
from .syllable import tone_index

TONE_STYLES = ("new", "old")
_TONED_WORD = re.compile("[^\\W\\d_]*[%s][^\\W\\d_]*" % "".join(sorted(TONED_VOWELS)))


def check_style(style: str) -> str:
    """Return ``style`` if it is a known tone style, else raise :class:`InputError`.

    >>> check_style("old")
    'old'
    """
    if style not in TONE_STYLES:
        raise InputError(f"tone_style must be one of {TONE_STYLES}, not {style!r}")
    return style


def convert_tone_style(text: str, style: str = "new") -> str:
    """Put every syllable's tone mark where ``style`` ("new" or "old") wants it.

    Length-preserving: character ``i`` of the result comes from character ``i``
    of ``text``. Expects NFC text (see :func:`vnnews.normalize.normalize`).

    >>> convert_tone_style("hoà khoẻ thuỷ quý", "old")
    'hòa khỏe thủy quý'
    """
    check_style(style)
    if style == "new":
        return _TONED_WORD.sub(_place_new, text)
    return _TONED_WORD.sub(_place_old, text)


def _place_new(match: re.Match) -> str:
    return place_tone(match.group(), "new")


def _place_old(match: re.Match) -> str:
    return place_tone(match.group(), "old")


@lru_cache(maxsize=65536)
def place_tone(word: str, style: str) -> str:
    """Return ``word`` with its one tone mark on the vowel ``style`` puts it on.

    >>> place_tone("Nghịêm", "new"), place_tone("café", "new"), place_tone("gĩa", "old")
    ('Nghiệm', 'café', 'giã')
    """
    bases = []
    tones = set()
    for char in word:
        base, tone = split_tone(char)
        bases.append(base)
        if tone:
            tones.add(tone)
    lower = "".join(bases).lower()
    if len(tones) != 1 or len(lower) != len(word):
        return word
    index = tone_index(lower, style)
    if index is None:
        return word
    bases[index] = with_tone(bases[index], tones.pop())
    return "".join(bases)
