"""Combining tone marks on the wrong base, as PDF text extraction leaves them.

PDF fonts that build "ì" from a dotless ``ı`` (U+0131) and a combining mark come out of
pdftotext as "ı\\u0300": NFC has no composed form for it, so the word keeps a Turkish
letter and a loose mark. Before a Vietnamese tone mark the dotless ``ı`` is the letter
``i`` (Turkish writes no tone marks on it); the result is composed again (NFC), with
the map back to the original characters.

>>> text, char_map = fix_marks("tı\\u0309nh Bı\\u0300nh")
>>> text, char_map.starts
('tỉnh Bình', [0, 1, 3, 4, 5, 6, 7, 9, 10])
>>> fix_marks("Kırıkkale")
('Kırıkkale', None)
"""

from __future__ import annotations

import re

from .offsets import CharMap
from .unicode import nfc_with_map

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
#: A dotless i followed by a Vietnamese tone mark (or a circumflex/breve/horn before one).
_DOTLESS_I = re.compile("\u0131(?=[%s])" % _TONE_MARKS)


def fix_marks(text: str) -> tuple[str, CharMap | None]:
    """``text`` with each dotless ``ı`` that carries a tone mark read as ``i`` and
    composed; the map is None when nothing changed.

    >>> fix_marks("lı\\u0323ch")[0]
    'lịch'
    """
    if "\u0131" not in text or not _DOTLESS_I.search(text):
        return text, None
    return nfc_with_map(_DOTLESS_I.sub("i", text))  # same length, so NFC's map is the map
