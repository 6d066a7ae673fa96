"""Optional spelling fix: the syllable "qui" written "quy" ("qui định" → "quy định").

Both spellings are in print; dictionaries and official documents write "quy" (quy định, quý,
quỹ, quỵ), and the tone then sits on the y. Off by default: "qui" is also the spelling a
person may keep in their name ("Trần Văn Quí") and a French word ("celui qui").
Length-preserving: one letter in, one letter out.

>>> qui_to_quy("Qui định mới về quĩ đất, QUÍ II")
'Quy định mới về quỹ đất, QUÝ II'
"""

from __future__ import annotations

import re

from .alphabet import split_tone, with_tone

#: The syllable qu + i (any tone, any case), alone: no letter before or after it.
_QUI = re.compile(r"(?<![^\W\d_])([qQ][uU])([iIìÌíÍỉỈĩĨịỊ])(?![^\W\d_])")


def _as_y(i: str) -> str:
    base, tone = split_tone(i)
    return with_tone("Y" if base == "I" else "y", tone)


def qui_to_quy(text: str) -> str:
    """``text`` with every syllable "qui" spelt "quy", tone and case kept; other words
    ("quit", "quin", "quai") untouched.

    >>> qui_to_quy("quì, quị, Qui Nhơn, quit, équipe")
    'quỳ, quỵ, Quy Nhơn, quit, équipe'
    """
    return _QUI.sub(lambda m: m.group(1) + _as_y(m.group(2)), text)
