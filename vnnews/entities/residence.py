"""Words that say where someone lives, right before a place name: "trú tại", "ngụ ở".

After them a bare name is a place, and in court and police news most often a commune or
a ward ("Nguyễn Văn A (SN 1988, trú tại Khương Trung)"). :mod:`vnnews.entities.places`
takes such a name for a commune when the text also names its district or province
somewhere (a bare commune name otherwise needs its district close by).

>>> text = "trú tại Khương Trung, còn"
>>> after_residence_word(text, fold(text), text.index("Khương"), text.index(","))
True
"""

from __future__ import annotations

import regex

from ._fold import fold

# "trú/ngụ/sinh sống/cư trú/thường trú/tạm trú tại|ở", "quê ở", "quê quán", with a colon or not;
# not "lưu trú ở" (a stay at a hotel or a resort). Text without diacritics is read folded.
_WORDS = r"(?:(?:trú|ngụ|sinh sống|cư trú|thường trú|tạm trú) +(?:tại|ở)|quê +ở|quê quán) *:? *$"
_RESIDENCE_BEFORE = regex.compile(r"(?<!\w)(?<!lưu )" + _WORDS, regex.IGNORECASE)
_FOLDED_RESIDENCE_BEFORE = regex.compile(r"(?<!\w)(?<!luu )" + fold(_WORDS))
_LOOK_BACK = 24
_NUMBER_AFTER = regex.compile(r" *\d")


def after_residence_word(text: str, folded: str, start: int, end: int) -> bool:
    """Whether the text right before the name at ``start:end`` says where someone lives
    (``folded`` is its :func:`fold`), and no number follows the name ("trú tại Hoà An 2"
    names a hamlet).

    >>> text = "Ông trú ở Bạch Mai; chị Quế ở Lĩnh Nam; trú tại Hoà An 2; khách lưu trú ở Bà Nà"
    >>> names = ("Bạch Mai", "Lĩnh Nam", "Hoà An", "Bà Nà")
    >>> [after_residence_word(text, fold(text), text.index(n), text.index(n) + len(n)) for n in names]
    [True, False, False, False]
    >>> text = "Ong tru tai Bach Mai"
    >>> after_residence_word(text, fold(text), 12, len(text))
    True
    """
    if _NUMBER_AFTER.match(folded, end):
        return False
    window = max(0, start - _LOOK_BACK)
    if text[window:start].isascii():
        return bool(_FOLDED_RESIDENCE_BEFORE.search(folded, window, start))
    return bool(_RESIDENCE_BEFORE.search(text, window, start))
