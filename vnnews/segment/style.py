"""Feeding a backend the tone-mark style its dictionary uses, cheaply.

The two styles differ only on open syllables ending in oa, oe, uy: "hòa"/"hoà",
"khỏe"/"khoẻ", "thủy"/"thuỷ". Only the words written in the other style are handed to
:func:`vnnews.normalize.convert_tone_style`; a quick search spares most texts any work.
Like that conversion, this keeps the length of the text, so offsets stay valid.

>>> to_tone_style("Thủy điện Hòa Bình, quý, hoàn", "new")
'Thuỷ điện Hoà Bình, quý, hoàn'
"""

from __future__ import annotations

import re
from functools import lru_cache

import regex

from ..normalize import convert_tone_style

# The other style's form of a syllable end (no letter follows), per target style.
_OTHER_STYLE = {
    "new": r"[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]",
    "old": r"[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ]",
}
_OTHER_STYLE_CORE = {style: regex.compile(rf"(?:{core})(?![^\W\d_])") for style, core in _OTHER_STYLE.items()}
# A cheaper first look (a plain character pair, one alternative): most sentences have no
# such pair, and where one is, the exact pattern above starts from it.
_OTHER_STYLE_PAIR = {
    "new": re.compile("[òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ][aeyAEY]"),
    "old": re.compile("[oOuU][àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ]"),
}


@lru_cache(maxsize=8192)
def _convert_word(word: str, style: str) -> str:
    # The same few hundred words ("hòa", "thủy", "ủy") come back again and again.
    return convert_tone_style(word, style)


def to_tone_style(text: str, style: str | None) -> str:
    """``text`` with tone marks in ``style`` ("new": hoà/thuỷ, "old": hòa/thủy), same length.

    >>> to_tone_style("Thủy điện Hòa Bình", "new")
    'Thuỷ điện Hoà Bình'
    >>> to_tone_style("Thủy", None)
    'Thủy'
    """
    if style is None:
        return text
    core = _OTHER_STYLE_CORE.get(style)
    if core is None:
        return convert_tone_style(text, style)  # raises InputError on an unknown style
    pair = _OTHER_STYLE_PAIR[style].search(text)
    if pair is None:
        return text
    pieces = []
    done = 0
    for match in core.finditer(text, pair.start()):
        start = match.start()
        while start > done and text[start - 1].isalpha():
            start -= 1
        pieces.append(text[done:start])
        pieces.append(_convert_word(text[start : match.end()], style))
        done = match.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)
