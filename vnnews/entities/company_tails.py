"""Company names whose own name, at the end, reads like a place or a person.

A company is named by its head, its form and trades, then its own name: "Công ty cổ phần
Đầu tư Xây dựng Hoàng Long Phát", "Công ty CP Xuất nhập khẩu Thủy sản Mỹ An Hưng". The
organisation finder stops such a name where the own name looks like a person's ("Hoàng
Long Phát") or opens with a country ("Mỹ"); :func:`with_company_name_tails` carries the
company on over the run of capitalised syllables it stopped in or before (the seventeenth
stop).

A full name after a company that a post stands before is the post's holder, not the
company's name: "Giám đốc Công ty CP Đầu tư Xây dựng Nguyễn Văn An" keeps "Nguyễn Văn An"
apart.

>>> t = "Vụ án xảy ra tại Công ty cổ phần Đầu tư Xây dựng Hoàng Long Phát, trong đó"
>>> org = organization_entity(t, 17, t.index(" Hoàng"), "named")
>>> [e.text for e in with_company_name_tails(t, syllables(t), [org])]
['Công ty cổ phần Đầu tư Xây dựng Hoàng Long Phát']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import company_words, person_words, phrasebooks
from .organizations import organization_entity
from .persons import is_name_syllable, starts_person
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_COMPANY_HEADS = Phrasebook(company_words.COMPANY_HEADS)
_POSTS = phrasebooks.POSTS
_COUNTRIES = phrasebooks.COUNTRIES
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_FOLLOWERS = person_words.NOT_NAME_TAILS | {"và", "hoặc", "với", "cùng"}
_LONGEST_TAIL = 3  # syllables of a company's own name carried on
_LONGEST_POST = 4  # syllables of a post looked for before the company


def with_company_name_tails(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with each company stretched over the capitalised syllables of its
    own name right after it (at most three, the run ending there).

    >>> t = "Giám đốc Công ty CP Đầu tư Xây dựng Nguyễn Văn An cho biết"
    >>> org = organization_entity(t, 9, t.index(" Nguyễn"), "named")
    >>> [e.text for e in with_company_name_tails(t, syllables(t), [org])]
    ['Công ty CP Đầu tư Xây dựng']
    >>> t = "Giám đốc Công ty TNHH Tam Nguyên Nguyễn Văn An cho biết"
    >>> org = organization_entity(t, 9, t.index(" Nguyễn"), "named")
    >>> [e.text for e in with_company_name_tails(t, syllables(t), [org])]
    ['Công ty TNHH Tam Nguyên']
    >>> t = "Vụ trưởng Vụ Chiến lược Ngân hàng Nhà nước VN Lê Xuân Nghĩa cho rằng"
    >>> org = organization_entity(t, 24, t.index(" Lê"), "named")
    >>> [e.text for e in with_company_name_tails(t, syllables(t), [org])]
    ['Ngân hàng Nhà nước VN']
    >>> t = "Bà Dương, Phó tổng giám đốc Công ty CP Thủy sản Mỹ An Hưng, cho biết"
    >>> org = organization_entity(t, 28, t.index(" An"), "named")
    >>> [e.text for e in with_company_name_tails(t, syllables(t), [org])]
    ['Công ty CP Thủy sản Mỹ An Hưng']
    """
    if not any(text[o.end:o.end + 1] == " " and text[o.end + 1:o.end + 2].isupper() for o in organizations):
        return list(organizations)  # most texts: no company followed right by a capital
    index_at = {t.start: k for k, t in enumerate(tokens)}
    index_ending = {t.end: k for k, t in enumerate(tokens)}
    out = []
    for org in organizations:
        first, last = index_at.get(org.start), index_ending.get(org.end)
        end = None
        if first is not None and last is not None and _COMPANY_HEADS.match(tokens, first) and last > first \
                and org.attrs.get("kind") != "national" \
                and not (last + 1 < len(tokens) and _ends_with_country(tokens, first, last)
                         and starts_person(tokens, last + 1)):
            end = _tail_end(tokens, first, last + 1)
        out.append(org if end is None else organization_entity(text, org.start, tokens[end - 1].end,
                                                               org.attrs.get("kind", "named")))
    return out


def _tail_end(tokens: Sequence[Syllable], first: int, j: int) -> int | None:
    """End of the own name read from token ``j`` on, or None when there is none to read or
    it is a post holder's name."""
    end = j
    while end < len(tokens) and end - j < _LONGEST_TAIL + 1 and tokens[end].linked and is_name_syllable(tokens[end]):
        end += 1
    if end == j or end - j > _LONGEST_TAIL:
        return None  # nothing after the name, or a run too long to be its tail ("... Hoàng Long Nguyễn Văn An")
    if end < len(tokens) and tokens[end].linked and not tokens[end].cap and tokens[end].low not in _FOLLOWERS \
            and _VERBS.match(tokens, end) is None:
        return None  # "Công trình Cầu phà", "Bảo Việt Chi nhánh": the capital opens a word
    run_start = j
    while run_start > first + 1 and is_name_syllable(tokens[run_start - 1]) and tokens[run_start - 1].linked:
        run_start -= 1  # "Mỹ" + "An Hưng": the run began inside the name found
    if end - run_start > _LONGEST_TAIL + 1 or (run_start < j and starts_person(tokens, j)):
        return None  # "Công ty TNHH Tam Nguyên Nguyễn Văn An": a full name after the company's own
    if starts_person(tokens, run_start) and _post_before(tokens, first):
        return None  # "Giám đốc Công ty ... Nguyễn Văn An": the post's holder
    return end


def _ends_with_country(tokens: Sequence[Syllable], first: int, last: int) -> bool:
    """The name found ends with a country written whole ("Ngân hàng Nhà nước VN", "Honda Việt
    Nam"): a branch in a country, its name complete, when a full name follows ("... VN Lê
    Xuân Nghĩa"); not "Mỹ" opening a name ("Mỹ An Hưng")."""
    return any((hit := _COUNTRIES.match(tokens, k)) is not None and k + hit[0] == last + 1
               for k in range(max(first + 1, last - 2), last + 1))


def _post_before(tokens: Sequence[Syllable], first: int) -> bool:
    """A post ends right before the company's head ("Giám đốc Công ty ...")."""
    return any(k >= 0 and (hit := _POSTS.match(tokens, k)) is not None and k + hit[0] == first
               for k in range(first - _LONGEST_POST, first))
