"""Words that say where someone lives, right before a place name: "trú tại", "ngụ ở".

After them a bare name is a place, and in court and police news most often a commune or
a ward ("Nguyễn Văn A (SN 1988, trú tại Khương Trung)"). :mod:`vnnews.entities.places`
takes such a name for a commune when the text also names its district or province
somewhere (a bare commune name otherwise needs its district close by).

>>> text = "trú tại Khương Trung, còn"
>>> after_residence_word(fold(text), text.index("Khương"), text.index(","))
True
"""

from __future__ import annotations

import regex

from ._fold import fold

# Folded: "trú/ngụ/sinh sống/cư trú/thường trú/tạm trú tại|ở", "quê ở", "quê quán", with a colon or
# not; not "lưu trú ở" (a stay at a hotel or a resort).
_RESIDENCE_BEFORE = regex.compile(
    r"(?<![\w])(?<!luu )(?:(?:tru|ngu|sinh song|cu tru|thuong tru|tam tru) +(?:tai|o)|que +o|que quan) *:? *$"
)
_LOOK_BACK = 24
_NUMBER_AFTER = regex.compile(r" *\d")


def after_residence_word(folded: str, start: int, end: int) -> bool:
    """Whether the folded text right before the name at ``start:end`` says where someone
    lives, and no number follows the name ("trú tại Hoà An 2" names a hamlet).

    >>> text = "Ông trú ở Bạch Mai; chợ quê An Hội; trú tại Hoà An 2; khách lưu trú ở Bà Nà"
    >>> names = ("Bạch Mai", "An Hội", "Hoà An", "Bà Nà")
    >>> [after_residence_word(fold(text), text.index(n), text.index(n) + len(n)) for n in names]
    [True, False, False, False]
    """
    if _NUMBER_AFTER.match(folded, end):
        return False
    return bool(_RESIDENCE_BEFORE.search(folded, max(0, start - _LOOK_BACK), start))
