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

Teams sent out by a body are told apart by "số" and a number: "Đoàn kiểm tra số 5".

A named body keeps the number after its name in the same way ("Tổng công ty Xây dựng số 1",
"Tổng công ty Mía đường 2", "Đảng bộ PMU 18"): see :func:`with_number_tails`.
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import company_words, person_words, phrasebooks
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable, lower_key, syllables  # noqa: F401 (doctests)

MILITARY_UNIT_HEADS = ("quân khu", "quân đoàn", "sư đoàn", "lữ đoàn", "trung đoàn", "tiểu đoàn", "hải đoàn")
"""Army units named by a number ("Quân khu 7", "Sư đoàn 2"; twentieth stop: "Quân khu 5" and
"Quân khu 7" were missed four times in blind11-18, read as a neighbourhood "khu 7")."""
_HEADS = Phrasebook(company_words.COMPANY_HEADS + ("nhà máy", "binh đoàn", "pmu") + MILITARY_UNIT_HEADS)
_MILITARY_ENDINGS = tuple(f" {head}" for head in MILITARY_UNIT_HEADS)  # "Bộ Tư lệnh Quân khu" takes its number
_GLUED = regex.compile(r"^PMU\d+$")  # "PMU18"
_NUMBER = regex.compile(r"^\d{1,3}$")
_RANK_WORDS = frozenset({"thế", "về", "trong", "châu", "toàn", "khu", "thị", "việt", "đông", "tại"})
_TAIL_HEADS = Phrasebook(company_words.COMPANY_HEADS + ("đảng bộ", "nhà máy", "binh đoàn") + ("bệnh viện", "đội"))
_TEAM_HEADS = Phrasebook(("đoàn kiểm tra", "đoàn công tác", "đoàn giám sát", "đoàn thanh tra", "tổ công tác",
                          "tổ kiểm tra", "tổ giám sát"))
"""Teams sent out by a body and told apart by a number ("Đoàn kiểm tra số 5", "Tổ công tác
số 2"): named only with "số" and the number (the seventeenth stop)."""
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_TIME_WORDS = frozenset({"năm", "tháng", "ngày", "hôm", "sáng", "chiều", "tối", "nay", "qua", "trước", "sau",
                         "trên", "dưới", "giữa"})
_FOLLOWERS = (person_words.NOT_NAME_TAILS - _TIME_WORDS) | {"và", "thuộc", "trực"}  # "Công ty 28 đã ...", not "Công ty 3 năm liền"


def find_numbered_bodies(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for a capitalised head and a number, outside ``organizations``.

    >>> t = "Tổng công ty 36 và Xí nghiệp 19 ký hợp đồng; Quân khu 7 vừa diễn tập."
    >>> [e.text for e in find_numbered_bodies(t, syllables(t), [])]
    ['Tổng công ty 36', 'Xí nghiệp 19', 'Quân khu 7']
    """
    found = []
    bodies = None  # the organisations by position (log-time lookups: linear on long texts), built when first asked
    for k, token in enumerate(tokens):
        if not token.cap:
            continue
        end = k + 1 if _GLUED.match(token.text) else _number_end(tokens, k) or _team_number_end(tokens, k)
        if end is None or not _free_after(text, tokens, end):
            continue
        start, stop = token.start, tokens[end - 1].end
        bodies = bodies or EntitiesByStart(organizations)
        if bodies.overlap(start, stop):
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


def _team_number_end(tokens: Sequence[Syllable], k: int) -> int | None:
    """End of "<team head> số <number>" starting at ``k`` ("Đoàn kiểm tra số 5"), or None.

    >>> t = syllables("Đoàn kiểm tra số 5 và đoàn kiểm tra của tỉnh")
    >>> _team_number_end(t, 0), _team_number_end(t, 6)
    (5, None)
    """
    head = _TEAM_HEADS.match(tokens, k)
    if head is None:
        return None
    j = k + head[0]
    if j + 1 >= len(tokens) or tokens[j].low != "số" or not tokens[j + 1].linked or not _NUMBER.match(tokens[j + 1].text):
        return None
    return j + 2


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


def with_number_tails(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with a company's (or a party branch's) name stretched over the
    number right after it: "số 1" unless a rank follows ("số 1 thế giới"), or a bare "2"
    when nothing after it makes it a count ("Công ty Mía đường 2 năm liền" keeps its name
    without the number).

    >>> t = "Tổng công ty Xây dựng số 1 và Công ty Mía đường 2 ký hợp đồng."
    >>> orgs = [organization_entity(t, 0, 21, "named"), organization_entity(t, 30, t.index(" 2"), "named")]
    >>> [e.text for e in with_number_tails(t, syllables(t), orgs)]
    ['Tổng công ty Xây dựng số 1', 'Công ty Mía đường 2']
    >>> t = "Công ty Mía đường 2 năm liền lỗ."
    >>> [e.text for e in with_number_tails(t, syllables(t), [organization_entity(t, 0, 17, "named")])]
    ['Công ty Mía đường']
    >>> t = "Bộ Tư lệnh Quân khu 9 họp."
    >>> [e.text for e in with_number_tails(t, syllables(t), [organization_entity(t, 0, 19, "named")])]
    ['Bộ Tư lệnh Quân khu 9']
    """
    if not organizations:
        return list(organizations)
    index_at = {t.start: k for k, t in enumerate(tokens)}
    out = []
    for org in organizations:
        k = index_at.get(org.start)
        tail_head = _TAIL_HEADS.match(tokens, k) or lower_key(org.text).endswith(_MILITARY_ENDINGS) if k is not None else False
        end = _tail_end(text, tokens, k, org.end) if tail_head else None  # "Bộ Tư lệnh Quân khu" | "9"
        out.append(org if end is None else organization_entity(text, org.start, tokens[end - 1].end,
                                                               org.attrs.get("kind", "named")))
    return out


def _tail_end(text: str, tokens: Sequence[Syllable], k: int, org_end: int) -> int | None:
    """Token index after "số <number>" or "<number>" right after the name ending at ``org_end``."""
    j = k
    while j < len(tokens) and tokens[j].end < org_end:
        j += 1
    j += 1  # the first token after the name
    if j >= len(tokens) or tokens[j - 1].end != org_end or not tokens[j].linked:
        return None
    numbered = tokens[j].low == "số" and j + 1 < len(tokens) and tokens[j + 1].linked
    j += numbered
    if not _NUMBER.match(tokens[j].text):
        return None
    if numbered:  # "số 1" names the body unless it ranks it ("số 1 thế giới", "số 1 về ...")
        return j + 1 if j + 1 >= len(tokens) or tokens[j + 1].low not in _RANK_WORDS else None
    return j + 1 if _free_after(text, tokens, j + 1) else None
