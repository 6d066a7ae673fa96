"""Combining tone marks on the wrong base or written twice, as PDF text extraction and
typing in decomposed Unicode leave them.

PDF fonts that build "ì" from a dotless ``ı`` (U+0131) and a combining mark come out of
pdftotext as "ı\\u0300": NFC has no composed form for it, so the word keeps a Turkish
letter and a loose mark. Before a Vietnamese tone mark the dotless ``ı`` is the letter
``i`` (Turkish writes no tone marks on it); the result is composed again (NFC), with
the map back to the original characters. A tone mark written again after a vowel that
already carries it ("à\\u0300", NFD "a\\u0300\\u0300") is dropped; two different tones on
one vowel stay (which one is meant is unknown).

>>> text, char_map = fix_marks("tı\\u0309nh Bı\\u0300nh")
>>> text, char_map.starts
('tỉnh Bình', [0, 1, 3, 4, 5, 6, 7, 9, 10])
>>> fix_marks("Hà\u0300 Nội")[0], fix_marks("hà\u0301")[0] == "hà\u0301"
('Hà Nội', True)
>>> fix_marks("Kırıkkale")
('Kırıkkale', None)
"""

from __future__ import annotations

import re

from .alphabet import TONE_MARKS, TONED_VOWELS, split_tone
from .offsets import CharMap, chain, rewrite
from .unicode import nfc_with_map

_TONE_MARKS = "".join(TONE_MARKS)  # grave, acute, hook, tilde, dot below
#: A dotless i followed by a Vietnamese tone mark.
_DOTLESS_I = re.compile("\u0131(?=[%s])" % _TONE_MARKS)
#: A toned vowel with tone marks after it: those equal to its own tone are dropped.
_MARKED_AGAIN = re.compile("(?<=[%s])[%s]+" % ("".join(sorted(TONED_VOWELS)), _TONE_MARKS))


def fix_marks(text: str) -> tuple[str, CharMap | None]:
    """``text`` (NFC) with each dotless ``ı`` that carries a tone mark read as ``i`` and
    composed, and a tone mark written twice written once; the map is None when nothing changed.

    >>> fix_marks("lı\\u0323ch")[0], fix_marks("Hà Nội")
    ('lịch', ('Hà Nội', None))
    """
    char_map = None
    if "\u0131" in text and _DOTLESS_I.search(text):
        text, char_map = nfc_with_map(_DOTLESS_I.sub("i", text))  # same length, so NFC's map is the map
    if any(mark in text for mark in _TONE_MARKS):
        edits = [edit for match in _MARKED_AGAIN.finditer(text) if (edit := _repeated(match))]
        if edits:
            text, step_map = rewrite(text, edits)
            char_map = chain(char_map, step_map)
    return text, char_map


def _repeated(match: re.Match) -> tuple[int, int, str] | None:
    """The edit that drops the marks of ``match`` when each repeats its vowel's tone."""
    tone = TONE_MARKS[split_tone(match.string[match.start() - 1])[1]]
    return (match.start(), match.end(), "") if set(match.group()) == {tone} else None
