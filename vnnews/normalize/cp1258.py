"""Windows-1258 bytes read as Windows-1252 (or Latin-1): "Viêòt Nam" for "Việt Nam".

Windows-1258 writes a toned letter as its base letter and a combining tone mark, and gives
ă ơ ư đ (and their capitals, and ₫) the byte positions where Windows-1252 has ã õ ý ð Ã Õ
Ý Ð þ; its five tone marks sit where Windows-1252 has Ì ì Ò Þ ò. A page of Windows-1258
decoded with the Western code page therefore reads "ngýõÌi" for "người". The characters
that differ are put back (one for one), then composed (NFC), with the map back.

>>> decode_cp1258("Viêòt Nam, ngýõÌi dân")[0]
'Việt Nam, người dân'
>>> encode_cp1258("Đường")
'ÐýõÌng'
"""

from __future__ import annotations

import unicodedata

from ..errors import EncodingError
from .offsets import CharMap
from .unicode import nfc_with_map

#: The Windows-1252 characters whose bytes Windows-1258 reads as other characters.
CP1258_DECODE = {
    "Ã": "Ă", "ã": "ă", "Õ": "Ơ", "õ": "ơ", "Ý": "Ư", "ý": "ư", "Ð": "Đ", "ð": "đ", "þ": "₫",
    "Ì": "\u0300", "ì": "\u0301", "Ò": "\u0309", "Þ": "\u0303", "ò": "\u0323",
}  # fmt: skip
CP1258_CODES = "".join(CP1258_DECODE)
_TABLE = str.maketrans(CP1258_DECODE)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def decode_cp1258(text: str) -> tuple[str, CharMap | None]:
    """Put back the characters Windows-1258 meant, composed; the map (None: same length).

    >>> decode_cp1258("Ðà")[1] is None, decode_cp1258("NãÞng")[0], decode_cp1258("Hà Nôòi")[1].starts
    (True, 'Nẵng', [0, 1, 2, 3, 4, 6])
    """
    return nfc_with_map(text.translate(_TABLE))


def encode_cp1258(text: str) -> str:
    """Write Unicode ``text`` as Windows-1258 bytes read back as Windows-1252.

    >>> encode_cp1258("Việt Nam")
    'Viêòt Nam'
    """
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            try:
                out.append((base + "".join(c for c in parts if c in _TONES)).encode("cp1258"))
            except UnicodeEncodeError:
                raise EncodingError(f"{char!r} (U+{ord(char):04X}) cannot be written in Windows-1258") from None
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in b"".join(out))
