"""Map a backend's words back to character offsets in the text it was given.

Backends return strings, not offsets; their syllables are substrings of the text in
order, so a forward ``str.find`` per syllable recovers the spans cheaply. Where a
backend rewrote a character (underthesea turns "ð" into "đ"), the syllable is matched
by length against the next non-space characters instead.

>>> align_words("Hà  Nội mưa", ["Hà Nội", "mưa"], " ")
([0, 8], [7, 11])
"""

from __future__ import annotations

import unicodedata

import regex

from ..errors import BackendError

_CLUSTER = regex.compile(r"\P{M}\p{M}*|\p{M}+")


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _find_slow(text: str, part: str, pos: int, joiner: str) -> int:
    """Where ``part`` starts when it is not simply the next thing after ``pos``."""
    found = text.find(part, pos)
    if found > pos and not text[pos:found].replace(joiner, " ").strip():
        return found  # only spaces (or the joiner itself) in between
    # Not the next syllable: the backend changed characters; trust lengths.
    found = _skip_space(text, pos)
    if found + len(part) > len(text):
        raise BackendError(f"backend returned {part!r}, which is not in the text it was given")
    return found


def align_words(text: str, words: list[str], joiner: str, offset: int = 0) -> tuple[list[int], list[int]]:
    """Return the start and end offsets (plus ``offset``) of each of ``words`` in ``text``.

    Empty or whitespace-only words (pyvi returns line breaks as words) are skipped.
    This runs once per word of every text, so the usual case (the next syllable
    right after the previous one or one space) is kept inline.

    >>> align_words("Thuỷ_điện Hoà", ["Thuỷ_điện", "Hoà"], "_")
    ([0, 10], [9, 13])
    """
    starts: list[int] = []
    ends: list[int] = []
    find = text.find
    pos = 0
    for word in words:
        parts = word.split(joiner) if joiner in word else (word,)
        start = -1
        for part in parts:
            if not part or part.isspace():
                continue
            found = find(part, pos)
            if found != pos and (found != pos + 1 or text[pos] != " "):
                found = _find_slow(text, part, pos, joiner)
            if start < 0:
                start = found
            pos = found + len(part)
        if start >= 0:
            starts.append(start + offset)
            ends.append(pos + offset)
    return starts, ends


def nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC-normalise ``text``; return it with a map from its offsets back to ``text``.

    The map has one entry per character of the result plus one for its end; it is
    None when ``text`` is already NFC (offsets are then the same).

    >>> nfc, back = nfc_with_map("Hoa\\u0300 Bi\\u0300nh")
    >>> nfc, back
    ('Hoà Bình', [0, 1, 2, 4, 5, 6, 8, 9, 10])
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    pieces: list[str] = []
    back: list[int] = []
    for cluster in _CLUSTER.finditer(text):
        composed = unicodedata.normalize("NFC", cluster.group())
        pieces.append(composed)
        back.extend([cluster.start()] * len(composed))
    back.append(len(text))
    return "".join(pieces), back
