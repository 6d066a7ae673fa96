"""VNI-Windows: a base letter followed by one mark character ("Vieät" is "Việt").

>>> decode_vni("Vieät Nam")[0], VNI_ENCODE["Ư"]
('Việt Nam', 'Ö')
"""

from __future__ import annotations

import re

from .alphabet import with_tone
from .offsets import CharMap, outside_spans, rewrite

# Mark characters per tone 0..5 (level, grave, acute, hook, tilde, dot), lower case;
# upper-case text uses the upper-case mark characters.
_VNI_TONE = ["", "ø", "ù", "û", "õ", "ï"]
_VNI_CIRCUMFLEX = ["â", "à", "á", "å", "ã", "ä"]  # â ê ô with tone 0..5
_VNI_BREVE = ["ê", "è", "é", "ú", "ü", "ë"]  # ă with tone 0..5
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


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


def decode_vni(text: str, skip: list[tuple[int, int]] = ()) -> tuple[str, CharMap | None]:
    """Decode VNI ``text`` except inside the ``skip`` spans; also return the map.

    >>> decode_vni("Ñoàng Thaùp")[0]
    'Đồng Tháp'
    """
    edits = [(m.start(), m.end(), VNI_DECODE[m.group()]) for m in _VNI_CODE.finditer(text)]
    return rewrite(text, outside_spans(edits, skip))
