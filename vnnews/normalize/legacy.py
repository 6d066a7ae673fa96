"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, VIQR and Windows-1258 read as
Windows-1252 (:mod:`.cp1258`), decoded to Unicode.

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

import unicodedata

from ..errors import EncodingError, InputError, check_text
from .offsets import CharMap
from .protect import outside_protected, protected_spans
from .confusables import fold_latin_lookalikes
from .cp1258 import CP1258_CODES, decode_cp1258, encode_cp1258
from .tcvn3 import TCVN3_CODES, TCVN3_ENCODE, decode_tcvn3
from .viqr import VIQR_ENCODE, decode_viqr
from .vni import VNI_DECODE, VNI_ENCODE, decode_vni

LEGACY_ENCODINGS = ("tcvn3", "vni", "viqr", "cp1258")
LEGACY_CHOICES = ("auto", "none") + LEGACY_ENCODINGS


def decode(text: str, encoding: str) -> str:
    """Decode legacy-encoded ``text`` (``encoding`` is "tcvn3", "vni", "viqr" or "cp1258").

    >>> decode("Hµ Néi", "tcvn3"), decode("HAØ NOÄI", "vni"), decode("Ha` No^.i.", "viqr")
    ('Hà Nội', 'HÀ NỘI', 'Hà Nội.')
    """
    return decode_legacy(text, encoding)[0]


def decode_legacy(text: str, encoding: str) -> tuple[str, CharMap | None]:
    """Decode ``text`` from ``encoding`` ("none" leaves it); also return the map (None: same length).

    >>> decode_legacy("Vieät", "vni")[1].starts
    [0, 1, 2, 4]
    """
    check_text(text)
    if encoding == "none":
        return text, None
    if encoding == "tcvn3":
        return outside_protected(text, decode_tcvn3), None
    if encoding == "vni":
        return decode_vni(text, protected_spans(text))
    if encoding == "viqr":
        return decode_viqr(text, protected_spans(text))
    if encoding == "cp1258":
        return decode_cp1258(text)
    raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")


def encode(text: str, encoding: str) -> str:
    """Encode Unicode Vietnamese ``text`` in a legacy ``encoding`` (TCVN3 has no
    upper-case toned letters: they are written lower-case, as its fonts did).

    The look-alikes of Vietnamese letters (Ð, ð, Ɖ, ɖ, ǎ, Ǎ) are written as the letters
    they stand for, as :func:`.normalize` reads them. A character the encoding cannot
    write -- one of its own code characters that is not a Vietnamese letter ("£" is
    TCVN3's Ê, "ü" a VNI tone mark) -- raises :class:`EncodingError` rather than read
    back as another letter.

    >>> encode("Việt Nam", "tcvn3"), encode("Ðà Nẵng", "tcvn3")
    ('ViÖt Nam', '§µ N½ng')
    >>> encode("Giá £100", "tcvn3")
    Traceback (most recent call last):
    ...
    vnnews.errors.EncodingError: '£' (U+00A3) cannot be written in TCVN3: it is the code of another letter
    """
    table = {"tcvn3": TCVN3_ENCODE, "vni": VNI_ENCODE, "viqr": VIQR_ENCODE, "cp1258": {}}.get(encoding)
    if table is None:
        raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")
    text = fold_latin_lookalikes(unicodedata.normalize("NFC", check_text(text)))
    if encoding == "cp1258":
        return encode_cp1258(text)
    codes = _CODE_CHARACTERS.get(encoding, frozenset())
    encoded = []
    for char in text:
        code = table.get(char) or (table.get(char.lower()) if encoding == "tcvn3" else None)
        if code is None and char in codes:
            raise EncodingError(
                f"{char!r} (U+{ord(char):04X}) cannot be written in {encoding.upper()}: it is the code of another letter"
            )
        encoded.append(code or char)
    return "".join(encoded)


#: Characters an encoding uses for its letters and marks, beyond ASCII (VIQR's are
#: ASCII punctuation, which context tells apart).
_CODE_CHARACTERS = {
    "tcvn3": frozenset(TCVN3_CODES),
    "vni": frozenset(c for code in VNI_DECODE for c in code if not c.isascii()),
    "cp1258": frozenset(CP1258_CODES),
}
