"""TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one Latin-1 character per letter.

>>> decode_tcvn3("ViÖt Nam, CéNG HOµ")
'Việt Nam, CỘNG HOÀ'
"""

from __future__ import annotations

import re

# Lower-case letters, then the upper-case letters the font has (ă â ê ô ơ ư đ).
TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
TCVN3_DECODE = dict(zip(TCVN3_CODES, _TCVN3_LETTERS))
TCVN3_ENCODE = {letter: byte for byte, letter in TCVN3_DECODE.items()}
_TCVN3_WORD = re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(TCVN3_CODES))


def decode_tcvn3(text: str) -> str:
    """Decode TCVN3 ``text`` (same length: one character per letter).

    >>> decode_tcvn3("Hµ Néi")
    'Hà Nội'
    """
    return _TCVN3_WORD.sub(_decode_tcvn3_word, text)


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
        return decoded
    if len(others) == 1:
        text, start, end = match.string, match.start(), match.end()
        context = text[max(0, start - 12) : start] + text[end : end + 12]
        around = [c for c in context if c.isalpha() and c not in TCVN3_DECODE]
        if not around or not all(c.isupper() for c in around):
            return decoded
    return decoded.upper()
