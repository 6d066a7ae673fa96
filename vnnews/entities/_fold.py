"""Matching keys for place names: case, diacritics and tone style folded away.

A stop-gap until ``vnnews.normalize.remove_diacritics`` lands: :func:`fold` is
length-preserving on NFC text (one character in, one out), so offsets found in the folded
text are offsets in the original; :func:`fold_with_offsets` handles decomposed (NFD) text.

>>> fold("Xã Bình Định, TP. Hồ Chí Minh")
'xa binh dinh, tp. ho chi minh'
>>> tone_key("Hoà Bình") == tone_key("Hòa Bình") != tone_key("Hóa Bình")
True
"""

from __future__ import annotations

import unicodedata

_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _fold_char(char: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
    base = base.replace("đ", "d").replace("Đ", "D").lower()
    return base if len(base) == 1 else char


# Latin letters (with every Vietnamese diacritic) -> plain lower-case letter.
_TABLE = {
    code: _fold_char(chr(code))
    for block in (range(0x41, 0x5B), range(0xC0, 0x250), range(0x1E00, 0x1F00))
    for code in block
    if _fold_char(chr(code)) != chr(code)
}


def fold(text: str) -> str:
    """Lower-case ``text`` and drop its diacritics (đ → d), one character for one.

    >>> fold("Thừa Thiên - Huế")
    'thua thien - hue'
    """
    return text.translate(_TABLE)


def fold_with_offsets(text: str) -> tuple[str, list[int] | None]:
    """Fold ``text``; with decomposed input also return each folded character's original index.

    The offsets list has one extra entry, ``len(text)``, so a folded span ``[s, e)`` is the
    original span ``[offsets[s], offsets[e])``. None means offsets are unchanged.

    >>> fold_with_offsets("Bi\\u0300nh Đi\\u0323nh")
    ('binh dinh', [0, 1, 3, 4, 5, 6, 7, 9, 10, 11])
    >>> fold_with_offsets("Bình Định")
    ('binh dinh', None)
    """
    if unicodedata.is_normalized("NFC", text) and not any(unicodedata.combining(c) for c in text):
        return fold(text), None
    chars, offsets = [], []
    for index, char in enumerate(text):
        if unicodedata.combining(char):
            continue
        chars.append(fold(char))
        offsets.append(index)
    offsets.append(len(text))
    return "".join(chars), offsets


def tone_key(text: str) -> str:
    """A key equal for both tone-mark styles ("hoà"/"hòa", "thuỷ"/"thủy"), case-insensitive.

    Each word's tone mark is moved to the end of the word; vowel marks (â, ơ, ư, đ) stay.

    >>> tone_key("Thuỷ") == tone_key("thủy")
    True
    """
    words = []
    for word in unicodedata.normalize("NFD", text.lower()).replace("-", " ").split():
        tones = "".join(c for c in word if c in _TONE_MARKS)
        words.append("".join(c for c in word if c not in _TONE_MARKS) + tones)
    return " ".join(words)
