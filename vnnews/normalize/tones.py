"""Tone-mark placement per syllable: one style, misplaced and doubled marks repaired.

Only letters move: each word keeps its length, case and letters; just the tone
mark goes to the vowel the orthographic rule chooses (see :mod:`.syllable`).
Words that are not Vietnamese syllables, or carry two different tone marks, are
left as they are, and so are words a loose combining mark follows ("Hoà\\u0300": moving
the tone would leave the mark on a plain vowel, not NFC). Only words with a marked vowel
cluster that is not always right (see :mod:`.suspects`) are looked at, so clean text goes
through one regex scan.

>>> convert_tone_style("Thuỷ điện Hòa Bình", "old")
'Thủy điện Hòa Bình'
>>> convert_tone_style("THỦY ĐIỆN HÒA BÌNH, baỏ lựơng, dàì", "new")
'THUỶ ĐIỆN HOÀ BÌNH, bảo lượng, dài'
"""

from __future__ import annotations

import unicodedata

from ..errors import InputError, check_text
from .suspects import ONSET_CLASSES, marked_clusters, safe_clusters
from .syllable import place_tone

TONE_STYLES = ("new", "old")
_SAFE = {(style, before): safe_clusters(style, before) for style in TONE_STYLES for before in ONSET_CLASSES}


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
    >>> convert_tone_style("hoà\\u0300", "old") == "hoà\\u0300"
    True
    """
    check_text(text)
    check_style(style)
    safe = {before: _SAFE[style, before] for before in ONSET_CLASSES}
    pieces = []
    done = 0
    for match in marked_clusters(text):
        before = text[match.start() - 1 : match.start()].lower()
        if match.group().lower() in safe.get(before, safe[""]):
            continue
        start, end = _word_around(text, match.start(), match.end())
        if start < done or end < len(text) and unicodedata.combining(text[end]):
            continue  # a second cluster of a word already placed; a word a loose mark ends (NFC could not compose it)
        word = text[start:end]
        placed = place_tone(word, style)
        if placed != word:
            pieces += [text[done:start], placed]
            done = end
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _word_around(text: str, start: int, end: int) -> tuple[int, int]:
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end
