"""Tables of the Vietnamese alphabet: which letter carries which tone mark.

Every table is built once at import from :mod:`unicodedata` and never changes.
A *base* letter is a letter without its tone mark but with its vowel modifier
(ă â ê ô ơ ư keep their breve, circumflex or horn).

>>> split_tone("ệ")
('ê', 5)
>>> with_tone("ơ", 2)
'ớ'
"""

from __future__ import annotations

import unicodedata

# Tone numbers: 0 level (ngang), 1 grave (huyền), 2 acute (sắc), 3 hook (hỏi),
# 4 tilde (ngã), 5 dot below (nặng).
TONE_MARKS = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
BASE_VOWELS = "aăâeêioôơuưy"
MODIFIED_VOWELS = frozenset("ăâêôơư")

_SPLIT: dict[str, tuple[str, int]] = {}
_COMPOSE: dict[tuple[str, int], str] = {}
for _base in BASE_VOWELS + BASE_VOWELS.upper():
    for _tone, _mark in enumerate(TONE_MARKS):
        _char = unicodedata.normalize("NFC", _base + _mark)
        _SPLIT[_char] = (_base, _tone)
        _COMPOSE[(_base, _tone)] = _char

#: Precomposed vowels that carry a tone mark (the characters tone placement moves).
TONED_VOWELS = frozenset(c for c, (_, tone) in _SPLIT.items() if tone)
#: The vowels (with and without marks) and đ, in both cases.
VIETNAMESE_LETTERS = frozenset(_SPLIT) | frozenset("đĐ")
#: Marked letters outside Latin-1: only Vietnamese text has them (English, French
#: and German never do), so they tell Unicode Vietnamese from legacy encodings.
DISTINCTIVE_LETTERS = frozenset(c for c in VIETNAMESE_LETTERS if ord(c) > 0xFF)
#: What only Unicode text has: those letters, and the combining marks Vietnamese uses
#: (left after NFC on a letter without a precomposed form, "G\u0300"): no 8-bit legacy
#: encoding has a combining mark, so a line with one is Unicode.
UNICODE_ONLY = DISTINCTIVE_LETTERS | frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")


def split_tone(char: str) -> tuple[str, int]:
    """Split a vowel into its base letter and tone number (0 when none or not a vowel).

    >>> split_tone("Ứ"), split_tone("b")
    (('Ư', 2), ('b', 0))
    """
    return _SPLIT.get(char, (char, 0))


def with_tone(base: str, tone: int) -> str:
    """Put tone number ``tone`` on the base vowel ``base`` (case kept).

    >>> with_tone("Y", 3), with_tone("a", 0)
    ('Ỷ', 'a')
    """
    return _COMPOSE[(base, tone)]


def split_word(word: str) -> tuple[list[str], set[int]]:
    """The base letters of ``word`` and the set of tone numbers it carries.

    >>> split_word("Hoà")
    (['H', 'o', 'a'], {1})
    """
    bases = []
    tones = set()
    for char in word:
        base, tone = split_tone(char)
        bases.append(base)
        if tone:
            tones.add(tone)
    return bases, tones


def _strip_table() -> dict[int, str]:
    table = {}
    for char in VIETNAMESE_LETTERS:
        plain = {"đ": "d", "Đ": "D"}.get(char) or unicodedata.normalize("NFD", char)[0]
        if plain != char:
            table[ord(char)] = plain
    return table


#: ``str.translate`` table taking every marked Vietnamese letter to its plain ASCII letter.
STRIP_TABLE = _strip_table()
