"""Removing Vietnamese diacritics: đ → d, ế → e, keeping every other character.

Look-alikes of Vietnamese letters (the eth of "ÐÀ NẴNG", a Cyrillic "а" inside a Latin
word) are read as those letters first, as :func:`vnnews.normalize.normalize` reads them.

>>> remove_diacritics("Đắk Lắk, Zürich, 東京")
'Dak Lak, Zürich, 東京'
>>> remove_diacritics("ÐÀ NẴNG, Guðmundsdóttir")
'DA NANG, Guðmundsdottir'
"""

from __future__ import annotations

import re

from ..errors import check_text
from .alphabet import STRIP_TABLE
from .confusables import fix_confusables

# Combining Vietnamese marks left after a plain vowel in text that was not NFC.
_LOOSE_MARKS = re.compile("(?<=[aeiouyAEIOUY])[\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b]+")


def remove_diacritics(text: str) -> str:
    """Strip tone marks and vowel modifiers from Vietnamese letters; đ becomes d.

    Length-preserving on NFC input; letters of other languages are kept as they are.

    >>> remove_diacritics("Nguyễn Thị Ánh Tuyết, ĐẠI HỌC")
    'Nguyen Thi Anh Tuyet, DAI HOC'
    """
    check_text(text, who="remove_diacritics")
    plain = text.translate(STRIP_TABLE)
    if plain.isascii():
        return plain
    fixed = fix_confusables(text)  # look-alikes (length-preserving); the same object when none
    if fixed is not text:
        plain = fixed.translate(STRIP_TABLE)
    return _LOOSE_MARKS.sub("", plain)
