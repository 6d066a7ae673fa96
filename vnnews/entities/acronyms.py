"""Acronyms a text defines for a body: "Lực lượng vũ trang cách mạng Colombia (FARC)".

An upper-case acronym in brackets right after a phrase that starts with an organisation's
head noun (cơ quan, lực lượng, đảng, hội đồng, ...) and holds a capitalised name is an
ORGANIZATION, and so is every later use of it in the text. A phrase without a name
("Hội đồng xét xử (HĐXX)", "thí sinh (TS)") defines no organisation.

>>> t = "Hội đồng Bảo an (HĐBA) họp; HĐBA sẽ bỏ phiếu. Hội đồng xét xử (HĐXX) tuyên án."
>>> [e.text for e in find_defined_acronyms(t, syllables(t), set())]
['HĐBA', 'HĐBA']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from . import org_head_words
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_HEADS = Phrasebook(org_head_words.ACRONYM_DEFINING_HEADS)
_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}&\-]{1,8}$")
LOOK_BACK = 10  # syllables between the head noun and the bracket


def find_defined_acronyms(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """ORGANIZATION entities for acronyms defined for a body, and their later uses, on
    tokens not in ``taken``.

    >>> t = "Cơ quan chống ma túy Mỹ (DEA) cho biết"
    >>> [e.text for e in find_defined_acronyms(t, syllables(t), set())]
    ['DEA']
    """
    defined = {tokens[k].text for k in range(1, len(tokens)) if _defines(text, tokens, k)}
    return [Entity("ORGANIZATION", t.start, t.end, t.text, t.text, {"kind": "acronym"})
            for k, t in enumerate(tokens) if t.text in defined and k not in taken]


def _defines(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    token = tokens[k]
    if not _ACRONYM.match(token.text) or text[tokens[k - 1].end:token.start].strip() != "(" \
            or text[token.end:token.end + 1] != ")":
        return False
    for start in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        head = _HEADS.match(tokens, start)
        if head and any(t.cap for t in tokens[start + head[0]:k]):
            return True
        if start < k - 1 and not tokens[start + 1].linked:
            return False  # the phrase is cut by punctuation before reaching a head
    return False
