"""TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one Latin-1 character per letter.

The table has capitals only for Ă Â Đ Ê Ô Ơ Ư (¡ ¢ § £ ¤ ¥ ¦); a capital with a tone mark
("Ấ", "Ở") can only be typed with its lower-case code. The decoder makes it a capital where
that is certain: in a word whose other letters are capitals ("CéNG" is "CỘNG"), and in the
first letter of a sentence ("¶nh:", ". ë Hµ Néi" are "Ảnh:", ". Ở Hà Nội"). Inside a sentence
it is a capital where the word and its capitalised neighbours make that likelier in news
text ("Ên §é" is "Ấn Độ", "n­íc óc" is "nước Úc"; "ë Hµ Néi" stays "ở Hà Nội"):
:mod:`.tcvn3_capitals`.

>>> decode_tcvn3("ViÖt Nam, CéNG HOµ. ë Hµ Néi")
'Việt Nam, CỘNG HOÀ. Ở Hà Nội'
"""

from __future__ import annotations

import re

from .alphabet import BASE_VOWELS, split_tone
from .tcvn3_capitals import capital_by_neighbours, capital_in_context, context_of, neighbours_of

# Lower-case letters, then the upper-case letters the font has (ă â ê ô ơ ư đ).
TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
TCVN3_DECODE = dict(zip(TCVN3_CODES, _TCVN3_LETTERS))
TCVN3_ENCODE = {letter: byte for byte, letter in TCVN3_DECODE.items()}
_TCVN3_WORD = re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(TCVN3_CODES))
#: Codes of the toned vowels, which have no capital code.
_TONED_CODES = frozenset(code for code, letter in TCVN3_DECODE.items() if split_tone(letter)[1])
#: What may stand between a sentence's end (or a line's start) and its first word.
_OPENERS = " \t\"'“‘«([-–—"


def decode_tcvn3(text: str) -> str:
    """Decode TCVN3 ``text`` (same length: one character per letter).

    >>> decode_tcvn3("Hµ Néi"), decode_tcvn3("sang Ên §é vµ ¤ng ¸nh")
    ('Hà Nội', 'sang Ấn Độ và Ông Ánh')
    """
    decoded = _TCVN3_WORD.sub(_decode_tcvn3_word, text)
    return _capitals_in_context(text, decoded) if decoded != text else decoded


def _capitals_in_context(text: str, decoded: str) -> str:
    """``decoded`` with the toned capitals inside sentences that the context or the
    neighbouring words make likely (:mod:`.tcvn3_capitals`): the words of ``text`` that
    start with a toned vowel's code and were decoded in lower case."""
    letters = None
    for match in _TCVN3_WORD.finditer(text):
        start, end = match.span()
        if match.group()[0] not in _TONED_CODES or not decoded[start].islower():
            continue
        word = decoded[start:end]
        if capital_in_context(word, context_of(decoded, start, end)) or capital_by_neighbours(
            word, neighbours_of(decoded, start, end)
        ):
            letters = letters or list(decoded)
            letters[start] = decoded[start].upper()
    return decoded if letters is None else "".join(letters)


def _decode_tcvn3_word(match: re.Match) -> str:
    word = match.group()
    if not any(c in TCVN3_DECODE for c in word):
        return word
    decoded = "".join(TCVN3_DECODE.get(c, c) for c in word)
    # Upper-case toned letters were typed with the lower-case codes in an upper-case
    # ("H") font: they are upper case when the word's other letters all are (or, in a
    # two-letter word, when the words around are upper case too).
    others = [d for c, d in zip(word, decoded) if d.isalpha() and (c not in TCVN3_DECODE or d.isupper())]
    if not others or not all(d.isupper() for d in others):
        return _capitalised_at_sentence_start(decoded, match)
    if len(others) == 1:
        text, start, end = match.string, match.start(), match.end()
        context = text[max(0, start - 12) : start] + text[end : end + 12]
        # Letters around, decoded: "®" is a lower-case "đ"; a toned vowel's code has no case.
        around = [d for c in context if c not in _TONED_CODES and (d := TCVN3_DECODE.get(c, c)).isalpha()]
        if not around or not all(c.isupper() for c in around):
            return _capitalised_at_sentence_start(decoded, match)
    return decoded.upper()


def _capitalised_at_sentence_start(decoded: str, match: re.Match) -> str:
    """``decoded`` with a capital first letter when it was a toned vowel's code and the
    word starts a sentence (:func:`_starts_sentence`)."""
    if match.group()[0] in _TONED_CODES and _starts_sentence(match.string, match.start()):
        return decoded[0].upper() + decoded[1:]
    return decoded


def _starts_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` starts a sentence: at the start of the text, after a line
    that ends a sentence (or a blank line), or after ". ", "! ", "? " -- with any opening
    quotes or brackets between -- unless the stop ends an initial or abbreviation ("T. ở",
    "Th. ở", "TP. ở", "P.S. ở", "... ở") or no space follows it ("1.ảnh").

    >>> [_starts_sentence(t, len(t) - 1) for t in ("x", "Mỹ. (x", "do T. x", "nhạt,\\nx", "Hà Nội.\\nx", "Ba ba\\n\\nx")]
    [True, True, False, False, True, True]
    """
    window = text[max(0, start - 20) : start]
    before = window.rstrip(_OPENERS)
    if not before:
        return start <= 20
    if before[-1] in "\r\n":
        line = before.rstrip()
        blank_line = before[len(line):].count("\n") >= 2 or before[len(line):].count("\r") >= 2
        return not line or blank_line or line[-1] in ".!?…:\"”)"
    if before[-1] not in ".!?" or len(before) == len(window):
        return False
    last = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
    return not (before[-1] == "." and _abbreviation(last))


def _abbreviation(token: str) -> bool:
    """An initial or abbreviation a full stop ends ("T", "Th", "TP", "P.S", ".."), not a
    word ("Mỹ", "ô").

    >>> [_abbreviation(t) for t in ("T", "Th", "TP", "P.S", "..", "Mỹ", "Nội", "UBND", "ô")]
    [True, True, True, True, True, False, False, True, False]
    """
    if "." in token:
        return True
    if not (token.isalpha() and token[0].isupper()):
        return False
    vowels = any(split_tone(c)[0].lower() in BASE_VOWELS for c in token)
    return len(token) == 1 or token.isupper() and len(token) <= 4 or not vowels
