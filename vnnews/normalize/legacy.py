"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows and VIQR, decoded to Unicode.

Text typed with these fonts reaches us as Latin-1 look-alikes ("ViÖt Nam" in TCVN3,
"Vieät Nam" in VNI) or as ASCII with mark symbols ("Vie^.t Nam" in VIQR).
``decode_legacy`` returns the Unicode text and a map back to the input characters;
``encode`` goes the other way (used to test round trips).

>>> decode("ViÖt Nam", "tcvn3"), decode("Vieät Nam", "vni"), decode("Vie^.t Nam", "viqr")
('Việt Nam', 'Việt Nam', 'Việt Nam')
>>> encode("Đồng Tháp", "vni"), encode("Đồng Nai", "viqr")
('Ñoàng Thaùp', 'DDo^`ng Nai')
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import InputError
from .alphabet import with_tone
from .offsets import CharMap, rewrite
from .protect import outside_protected, protected_spans

LEGACY_ENCODINGS = ("tcvn3", "vni", "viqr")
LEGACY_CHOICES = ("auto", "none") + LEGACY_ENCODINGS

# --- TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one byte per letter -------------
# Lower-case letters, then the upper-case letters the font has (ă â ê ô ơ ư đ).
_TCVN3_BYTES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
TCVN3_DECODE = dict(zip(_TCVN3_BYTES, _TCVN3_LETTERS))
TCVN3_ENCODE = {letter: byte for byte, letter in TCVN3_DECODE.items()}
_TCVN3_WORD = re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(_TCVN3_BYTES))

# --- VNI-Windows: a base letter followed by one mark character ---------------------
# Mark characters per tone 0..5 (level, grave, acute, hook, tilde, dot), lower case;
# upper-case text uses the upper-case mark characters.
_VNI_TONE = ["", "ø", "ù", "û", "õ", "ï"]
_VNI_CIRCUMFLEX = ["â", "à", "á", "å", "ã", "ä"]  # â ê ô with tone 0..5
_VNI_BREVE = ["ê", "è", "é", "ú", "ü", "ë"]  # ă with tone 0..5
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}

# --- VIQR: ASCII; modifier symbol then tone symbol after the vowel -------------------
_VIQR_TONE = ["", "`", "'", "?", "~", "."]
_VIQR_MODIFIER = {"ă": "(", "â": "^", "ê": "^", "ô": "^", "ơ": "+", "ư": "+"}


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    decode_table: dict[str, str] = {}
    for plain, circumflex, breve in [("a", "â", "ă"), ("e", "ê", None), ("o", "ô", None)]:
        for tone in range(6):
            decode_table[plain + _VNI_CIRCUMFLEX[tone]] = with_tone(circumflex, tone)
            if breve:
                decode_table[plain + _VNI_BREVE[tone]] = with_tone(breve, tone)
    for vowel, base in [("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư")]:
        for tone in range(1, 6):
            decode_table[vowel + _VNI_TONE[tone]] = with_tone(base, tone)
    decode_table.update(_VNI_SINGLE)
    del decode_table["yï"]  # ỵ has its own character, î
    for code, letter in list(decode_table.items()):
        decode_table[code.upper()] = letter.upper()
        if len(code) == 2:  # Title-case words: upper-case base, lower-case mark
            decode_table[code[0].upper() + code[1]] = letter.upper()
    encode_table = {}
    for code, letter in decode_table.items():
        if code[1:].islower() or len(code) == 1 or letter.islower():
            encode_table.setdefault(letter, code)
    for code, letter in decode_table.items():
        if letter.isupper() and (len(code) == 1 or code[1].isupper()):
            encode_table[letter] = code
    return decode_table, encode_table


VNI_DECODE, VNI_ENCODE = _build_vni()
_VNI_CODE = re.compile("|".join(sorted(map(re.escape, VNI_DECODE), key=len, reverse=True)))


def _build_viqr() -> dict[str, str]:
    table = {"đ": "dd", "Đ": "DD"}
    for char in "aăâeêioôơuưy":
        for tone in range(6):
            letter = with_tone(char, tone)
            plain = unicodedata.normalize("NFD", char)[0]
            code = plain + _VIQR_MODIFIER.get(char, "") + _VIQR_TONE[tone]
            table[letter] = code
            table[letter.upper()] = plain.upper() + code[1:]
    return table


VIQR_ENCODE = _build_viqr()
VIQR_DECODE = {code: letter for letter, code in VIQR_ENCODE.items() if len(code) > 1}
VIQR_DECODE.update({"Dd": "Đ", "dD": "đ"})
# A VIQR letter: dd, or a vowel with optional modifier and tone; a backslash escapes a symbol.
_VIQR_LETTER = re.compile(r"[dD][dD]|[aAeEiIoOuUyY](?:[(^+](?<=[aA]\(|[aAeEoO]\^|[oOuU]\+))?[`'?~.]?")
_VIQR_WORD = re.compile(r"(?<![\w\\])[A-Za-z][A-Za-z(^+`'?~.]*")


def decode(text: str, encoding: str) -> str:
    """Decode legacy-encoded ``text`` (``encoding`` is "tcvn3", "vni" or "viqr").

    >>> decode("Hµ Néi", "tcvn3"), decode("HAØ NOÄI", "vni"), decode("Ha` No^.i.", "viqr")
    ('Hà Nội', 'HÀ NỘI', 'Hà Nội.')
    """
    return decode_legacy(text, encoding)[0]


def decode_legacy(text: str, encoding: str) -> tuple[str, CharMap | None]:
    """Decode ``text`` from ``encoding`` ("none" leaves it); also return the map (None: same length).

    >>> decode_legacy("Vieät", "vni")[1].starts
    [0, 1, 2, 4]
    """
    if encoding == "none":
        return text, None
    if encoding == "tcvn3":
        return outside_protected(text, lambda part: _TCVN3_WORD.sub(_decode_tcvn3_word, part)), None
    if encoding == "vni":
        edits = [(m.start(), m.end(), VNI_DECODE[m.group()]) for m in _VNI_CODE.finditer(text)]
        return rewrite(text, _outside(edits, protected_spans(text)))
    if encoding == "viqr":
        return rewrite(text, _outside(list(_viqr_edits(text)), protected_spans(text)))
    raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")


def _outside(edits: list, spans: list[tuple[int, int]]) -> list:
    """The edits that touch none of the protected ``spans`` (URLs, e-mail addresses)."""
    if not spans:
        return edits
    return [e for e in edits if not any(s < e[1] and e[0] < t for s, t in spans)]


def encode(text: str, encoding: str) -> str:
    """Encode Unicode Vietnamese ``text`` in a legacy ``encoding`` (TCVN3 has no
    upper-case toned letters: they are written lower-case, as its fonts did).

    >>> encode("Việt Nam", "tcvn3")
    'ViÖt Nam'
    """
    table = {"tcvn3": TCVN3_ENCODE, "vni": VNI_ENCODE, "viqr": VIQR_ENCODE}.get(encoding)
    if table is None:
        raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")
    text = unicodedata.normalize("NFC", text)
    if encoding == "tcvn3":
        return "".join(table.get(c) or table.get(c.lower(), c) for c in text)
    return "".join(table.get(c, c) for c in text)


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


def viqr_words(text: str):
    """The ``(start, word)`` of each VIQR word of ``text``, without sentence punctuation.

    >>> list(viqr_words("Ho. ddi ro^`i. Thuy?, XIV?"))
    [(0, 'Ho.'), (4, 'ddi'), (8, 'ro^`i'), (15, 'Thuy?'), (22, 'XIV')]
    """
    for word in _VIQR_WORD.finditer(text):
        yield word.start(), _viqr_trim(text, word)


def _viqr_edits(text: str):
    for base, chunk in viqr_words(text):
        yield from _viqr_letter_edits(chunk, base)


def decode_viqr_word(word: str) -> str:
    """Decode one VIQR word taken as a whole (a final "." or "?" is a tone mark).

    >>> decode_viqr_word("Ho."), decode_viqr_word("ddu+o+`ng")
    ('Họ', 'đường')
    """
    return rewrite(word, list(_viqr_letter_edits(word, 0)))[0]


def _viqr_letter_edits(chunk: str, base: int):
    for letter in _VIQR_LETTER.finditer(chunk):
        code = letter.group()
        if len(code) > 1 and code in VIQR_DECODE:
            yield base + letter.start(), base + letter.end(), VIQR_DECODE[code]
        elif len(code) > 1 and code[:-1] in VIQR_DECODE:  # vowel+modifier, then a stray symbol
            yield base + letter.start(), base + letter.end() - 1, VIQR_DECODE[code[:-1]]


def _viqr_trim(text: str, word: re.Match) -> str:
    """The word without its sentence punctuation.

    A final "." or "?" on a word with no tone yet is a tone mark when a letter follows
    after a space (lower case, or upper case after a vowel modifier: "Bo^. Y te^'"),
    or a comma, colon or semicolon, or a single full stop ("thi.."), or, for "?",
    anything but a space. Otherwise it ends a sentence.
    """
    chunk = word.group()
    while chunk and chunk[-1] in ".?":
        end = word.start() + len(chunk)
        after = text[end : end + 2]
        if not _has_tone(chunk[:-1]) and _continues(chunk, after, text[end + 2 : end + 3]):
            break
        chunk = chunk[:-1]
    return chunk


def _continues(chunk: str, after: str, third: str) -> bool:
    first, second = after[:1], after[1:]
    if first in (",", ";", ":") and first:
        return True
    if first == " " and second.isalpha():
        return second.islower() or chunk[-2:-1] in ("^", "(", "+")
    if chunk[-1] == "?":
        return first != "" and not first.isspace()
    return first == "." and second != "." and third != "."


def _has_tone(chunk: str) -> bool:
    return any(code[-1] in "`'?~." for code in _VIQR_LETTER.findall(chunk))
