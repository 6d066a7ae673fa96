"""Bodies named by their head and a number alone: "Công ty 28", "Xí nghiệp 19", "PMU 18".

Army-run companies, construction corporations and project management units are often
named by a number ("Tổng công ty 36", "PMU 18": a ban quản lý dự án). A capitalised
company head followed right by a number is an ORGANIZATION when nothing after the number
makes it an amount or a count: the next word is a function word or a verb's helper ("đã",
"của", "và"), a capital, punctuation, or the end of the text ("Công ty 3 năm liền" and
"Công ty 12 tỷ đồng" are not bodies).

>>> t = "Công ty 28 đã bàn giao; Công ty 3 năm liền lỗ; Tổng giám đốc PMU18 bị bắt."
>>> [e.text for e in find_numbered_bodies(t, syllables(t), [])]
['Công ty 28', 'PMU18']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import company_words, person_words, phrasebooks
from .organizations import organization_entity
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_HEADS = Phrasebook(company_words.COMPANY_HEADS + ("nhà máy", "binh đoàn", "pmu"))
_GLUED = regex.compile(r"^PMU\d+$")  # "PMU18"
_NUMBER = regex.compile(r"^\d{1,3}$")
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_TIME_WORDS = frozenset({"năm", "tháng", "ngày", "hôm", "sáng", "chiều", "tối", "nay", "qua", "trước", "sau",
                         "trên", "dưới", "giữa"})
_FOLLOWERS = (person_words.NOT_NAME_TAILS - _TIME_WORDS) | {"và", "thuộc", "trực"}  # "Công ty 28 đã ...", not "Công ty 3 năm liền"


def find_numbered_bodies(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for a capitalised head and a number, outside ``organizations``.

    >>> t = "Tổng công ty 36 và Xí nghiệp 19 ký hợp đồng."
    >>> [e.text for e in find_numbered_bodies(t, syllables(t), [])]
    ['Tổng công ty 36', 'Xí nghiệp 19']
    """
    found = []
    for k, token in enumerate(tokens):
        if not token.cap:
            continue
        end = k + 1 if _GLUED.match(token.text) else _number_end(tokens, k)
        if end is None or not _free_after(text, tokens, end):
            continue
        start, stop = token.start, tokens[end - 1].end
        if any(o.start < stop and start < o.end for o in organizations):
            continue
        found.append(organization_entity(text, start, stop, "numbered"))
    return found


def _number_end(tokens: Sequence[Syllable], k: int) -> int | None:
    """End of "<head> <number>" starting at ``k``, or None."""
    head = _HEADS.match(tokens, k)
    if head is None:
        return None
    j = k + head[0]
    if j >= len(tokens) or not tokens[j].linked or not _NUMBER.match(tokens[j].text):
        return None
    return j + 1


def _free_after(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """Nothing after the number makes it a count or an amount ("5,5 triệu", "3 năm", "100%")."""
    number_end = tokens[end - 1].end
    if text[number_end:number_end + 1] == "%" or (
            text[number_end:number_end + 1] in {",", "."} and text[number_end + 1:number_end + 2].isdigit()):
        return False  # "Công ty 100% vốn Nhật Bản"
    if end >= len(tokens) or not tokens[end].linked:
        return True
    after = tokens[end]
    return after.cap or after.low in _FOLLOWERS or _VERBS.match(tokens, end) is not None
