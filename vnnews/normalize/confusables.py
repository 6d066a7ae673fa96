"""Look-alike characters seen in Vietnamese web text, replaced by the real letters.

Ð/ð (Icelandic eth), Ɖ/ɖ (African D) stand for Đ/đ; ǎ (a with caron) for ă; and
Cyrillic or Greek letters hide inside Latin words (Cyrillic "о" in "Hаnoi"). A word
mixing Cyrillic or Greek look-alikes with Latin letters is always fixed; a word with
a Latin look-alike (Ð, ǎ) only when the result is a Vietnamese syllable or an
upper-case acronym (ĐBSCL); a highland place name counts as a syllable ("Ðắk Lắk"). A word written wholly in Cyrillic or Greek look-alikes is
fixed when it is glued to Latin letters by digits ("Н5N1") or when it reads as a
Vietnamese syllable between Latin words ("Giá сао hơn"). Icelandic, Russian or Greek
text stays as it is. Length-preserving.

>>> fix_confusables("ÐÀ NẴNG, Ðồng Nai, Hаn Quốc, Ðað")
'ĐÀ NẴNG, Đồng Nai, Han Quốc, Ðað'
"""

from __future__ import annotations

import re

from ..errors import check_text
from .syllable import is_name_syllable, is_syllable

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
_ANY = re.compile("[%s]" % "".join(LOOKALIKES))
_WORD = re.compile("[^\\W\\d_]*[%s][^\\W\\d_]*" % "".join(LOOKALIKES))
_LATIN_LOOKALIKES = frozenset("ÐðƉɖǎǍ")
_LATIN_TABLE = str.maketrans({c: LOOKALIKES[c] for c in _LATIN_LOOKALIKES})
_SCRIPT_LOOKALIKES = "".join(c for c in LOOKALIKES if c not in _LATIN_LOOKALIKES)
_SCRIPT_TABLE = str.maketrans({c: LOOKALIKES[c] for c in _SCRIPT_LOOKALIKES})
_ANY_SCRIPT = re.compile("[%s]" % _SCRIPT_LOOKALIKES)
_SCRIPT_WORD = re.compile("[^\\W\\d_]*[%s][^\\W\\d_]*" % _SCRIPT_LOOKALIKES)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
_OTHER_SCRIPT = re.compile("[\u0370-\u03ff\u0400-\u052f]")
_LETTER_RUN = re.compile("[^\\W\\d_]+")
_NEIGHBOUR_REACH = 80


def fold_latin_lookalikes(text: str) -> str:
    """Write the Latin look-alikes (Ð ð Ɖ ɖ ǎ Ǎ) as the Vietnamese letters they stand
    for, in every word: for text that is known to be Vietnamese, such as text to encode
    (:func:`fix_confusables` is the careful version for text of any language).

    >>> fold_latin_lookalikes("Ðà Nẵng, ðường, Ɖồng, ǎn")
    'Đà Nẵng, đường, Đồng, ăn'
    """
    return text.translate(_LATIN_TABLE)


def fix_confusables(text: str) -> str:
    """Replace look-alike letters inside words that then read as Vietnamese syllables.

    >>> fix_confusables("ðường ÐBSCL")
    'đường ĐBSCL'
    """
    if check_text(text).isascii() or not _ANY.search(text):
        return text
    return _WORD.sub(lambda word: _fix_word(word, _TABLE), text)


def fix_script_confusables(text: str) -> str:
    """Only the Cyrillic and Greek look-alikes of :func:`fix_confusables`: characters no
    legacy encoding uses, so they can be replaced before legacy detection (the Latin
    ones, Ð and ð, are codes of TCVN3 and Windows-1258 letters).

    >>> fix_script_confusables("VΙÖt ÐÀ")
    'VIÖt ÐÀ'
    """
    if check_text(text).isascii() or not _ANY_SCRIPT.search(text):
        return text
    return _SCRIPT_WORD.sub(lambda word: _fix_word(word, _SCRIPT_TABLE), text)


def _fix_word(match: re.Match, table: dict[int, str]) -> str:
    word = match.group()
    fixed = word.translate(table)
    latin = [c for c in word if c not in LOOKALIKES or c in _LATIN_LOOKALIKES]
    if not any(_LATIN.match(c) for c in latin):
        return fixed if _wholly_lookalike_reads_latin(match, word, fixed) else word
    if all(c not in _LATIN_LOOKALIKES for c in word) and all(_LATIN.match(c) for c in fixed):
        return fixed  # Cyrillic or Greek inside a Latin word
    if is_name_syllable(fixed) or (fixed.isupper() and all(c.isascii() or c == "Đ" for c in fixed)):
        return fixed  # a syllable, or an acronym such as ĐB, ĐBSCL
    return word


def _wholly_lookalike_reads_latin(match: re.Match, word: str, fixed: str) -> bool:
    """A word of Cyrillic or Greek look-alikes only is a disguised Latin word when the
    token it sits in carries Latin letters across digits ("Н5N1") or when it reads as a
    Vietnamese syllable and the words next to it on its line are Latin ("Giá сао hơn").
    A Russian or Greek neighbour keeps it as written ("Он сао")."""
    if not all(c in LOOKALIKES and c not in _LATIN_LOOKALIKES for c in word):
        return False
    text, start, end = match.string, match.start(), match.end()
    token_start, token_end = start, end
    while token_start > 0 and text[token_start - 1].isalnum():
        token_start -= 1
    while token_end < len(text) and text[token_end].isalnum():
        token_end += 1
    around = text[token_start:start] + text[end:token_end]
    if around and _LATIN.search(around) and not _OTHER_SCRIPT.search(around.translate(_SCRIPT_TABLE)):
        return fixed.isascii()
    if around or not is_syllable(fixed):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = _LETTER_RUN.findall(text, max(line_start, start - _NEIGHBOUR_REACH), start)
    after = _LETTER_RUN.findall(text, end, min(line_end, end + _NEIGHBOUR_REACH))
    neighbours = before[-1:] + after[:1]
    return bool(neighbours) and all(_is_latin_word(n) for n in neighbours)


def _is_latin_word(word: str) -> bool:
    """Latin letters only once the Cyrillic and Greek look-alikes are read as Latin."""
    read = word.translate(_SCRIPT_TABLE)
    return bool(_LATIN.search(read)) and not _OTHER_SCRIPT.search(read)
