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

import unicodedata

from ..errors import InputError, check_text
from .offsets import CharMap
from .protect import outside_protected, protected_spans
from .tcvn3 import TCVN3_ENCODE, decode_tcvn3
from .viqr import VIQR_ENCODE, decode_viqr
from .vni import VNI_ENCODE, decode_vni

LEGACY_ENCODINGS = ("tcvn3", "vni", "viqr")
LEGACY_CHOICES = ("auto", "none") + LEGACY_ENCODINGS


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
    check_text(text)
    if encoding == "none":
        return text, None
    if encoding == "tcvn3":
        return outside_protected(text, decode_tcvn3), None
    if encoding == "vni":
        return decode_vni(text, protected_spans(text))
    if encoding == "viqr":
        return decode_viqr(text, protected_spans(text))
    raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")


def encode(text: str, encoding: str) -> str:
    """Encode Unicode Vietnamese ``text`` in a legacy ``encoding`` (TCVN3 has no
    upper-case toned letters: they are written lower-case, as its fonts did).

    >>> encode("Việt Nam", "tcvn3")
    'ViÖt Nam'
    """
    table = {"tcvn3": TCVN3_ENCODE, "vni": VNI_ENCODE, "viqr": VIQR_ENCODE}.get(encoding)
    if table is None:
        raise InputError(f"unknown legacy encoding {encoding!r}; choose one of {LEGACY_ENCODINGS}")
    text = unicodedata.normalize("NFC", check_text(text))
    if encoding == "tcvn3":
        return "".join(table.get(c) or table.get(c.lower(), c) for c in text)
    return "".join(table.get(c, c) for c in text)
