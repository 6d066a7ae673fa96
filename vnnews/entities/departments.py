"""Departments named inside their head's post: "Trưởng phòng Quản lý thành viên", "Vụ trưởng
Pháp chế Bộ Văn hóa", "Phó ban Kinh tế - Ngân sách HĐND TPHCM", "Viện trưởng Văn học".

A department head's post fuses the unit's noun into the post ("trưởng phòng", "vụ trưởng",
"phó ban"), so the department's name follows the post without its own head. The guideline
makes a body inside a post an ORGANIZATION and leaves a lower-case head out, so the name is
the organisation. The name starts with a capital that is no person's full name, runs over
its lower-case words, and ends at punctuation, at a body or a place found before it, at a
common word of the sentence ("của", "cho biết"), or at a capital after a lower-case word
("Pháp chế Bộ ...": the body it belongs to). A lower-case name ("Phó trưởng phòng trung
học Sở giáo dục") counts only when a comma or a body found before ends it within five
syllables. Read off the misses of blind8 and blind9.

>>> t = "Ông Lê Anh Tuyến, Vụ trưởng Pháp chế Bộ Văn hóa Thông tin, phát biểu."
>>> [e.text for e in find_departments_in_posts(t, syllables(t), [])]
['Pháp chế']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from .comma_bodies import field_list_end
from .organizations import organization_entity
from .positions import EntitiesByStart
from .persons import starts_person
from . import org_head_words
from .phrasebooks import LEVEL_WORDS, PLACE_BODIES, POSTS, VERBS_AFTER_A_BODY
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

DEPARTMENT_HEAD_POSTS = (
    "phó trưởng phòng", "trưởng phòng", "phó phòng", "phó vụ trưởng", "vụ trưởng",
    "phó viện trưởng", "viện trưởng", "phó trưởng ban", "trưởng ban", "phó ban",
    "phó trưởng khoa", "trưởng khoa",
)
"""Posts whose head noun is the department's ("phòng", "vụ", "viện", "ban", "khoa")."""

WORDS_AFTER_A_NAME = (
    "cho", "của", "đã", "đang", "sẽ", "vừa", "mới", "cũng", "là", "nói", "tại", "ở", "thuộc",
    "về", "với", "được", "bị", "trong", "khi", "này", "đó", "thì", "có", "không", "chưa",
    "kiêm", "nguyên", "để", "từ", "đến", "theo", "nhưng", "còn", "lại", "trả", "phát",
    "chuyên", "phụ trách", "cùng", "do", "vì", "nên", "mà",
)
"""Words that end a department's lower-case name: the sentence goes on after them."""

MAX_NAME = 12  # syllables; a longer run has no clear end and is left out
MAX_LOWER_NAME = 5  # syllables
_POSTS = Phrasebook(DEPARTMENT_HEAD_POSTS)
_STOPS = Phrasebook(WORDS_AFTER_A_NAME)
_LOWER_HEADS = Phrasebook(org_head_words.LOWER_CASE_ORG_HEADS + ("trung tâm", "sở"))


def find_departments_in_posts(text: str, tokens: Sequence[Syllable], found: Sequence[Entity],
                              ends: Sequence[Entity] = ()) -> list[Entity]:
    """ORGANIZATION entities for departments named right after their head's post, on tokens
    outside the ``found`` bodies and places (which also end a name); the ``ends`` (other
    places) end a name but may open one ("Vụ trưởng Pháp chế", where "Pháp" reads as France).

    >>> t = "Trưởng phòng Nguyễn Văn Hùng và Phó ban Kinh tế - Ngân sách HĐND TPHCM, trưởng ban này."
    >>> [e.text for e in find_departments_in_posts(t, syllables(t), [])]
    ['Kinh tế - Ngân sách']
    >>> t = "Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Hà Đông"
    >>> [e.text for e in find_departments_in_posts(t, syllables(t), [])]
    ['Kinh tế, Hạ tầng và Đô thị']
    """
    starts = {e.start for e in found} | {e.start for e in ends}
    inside = EntitiesByStart(found)  # log-time lookups: linear on long texts
    result = []
    for k in range(len(tokens)):
        post = _POSTS.match(tokens, k)
        if post is None or (k > 0 and tokens[k - 1].low == "phó" and tokens[k].low != "phó"):
            continue
        first = k + post[0]
        if first >= len(tokens) or tokens[first - 1].cap:
            continue  # "Trưởng Phòng Đào tạo": the capitalised head belongs to the name
        if _name_starts(tokens, first, starts, inside):
            end = _name_end(text, tokens, first, starts)
        elif (end := _lower_name_end(text, tokens, first, starts, inside)) is None:
            continue
        if _list_goes_on(text, tokens, end, starts):
            end = field_list_end(text, tokens, end)  # "Trưởng phòng Kinh tế, Hạ tầng và Đô thị": one name
            if end is None:
                continue
        if end - first >= MAX_NAME or _of_an_unnamed_body(tokens, end):
            continue
        result.append(organization_entity(text, tokens[first].start, tokens[end - 1].end, "department"))
    return result


def _name_starts(tokens: Sequence[Syllable], i: int, starts: set[int], inside: EntitiesByStart) -> bool:
    """A capitalised, linked token outside any found entity, that starts no person's name."""
    token = tokens[i]
    if not (token.cap and token.linked) or starts_person(tokens, i):
        return False
    if token.low == "vks" or PLACE_BODIES.match(tokens, i):
        return False  # "Viện trưởng VKS tỉnh Khánh Hòa": a body of a place, the other rules' job
    if token.name_like and not (i + 1 < len(tokens) and tokens[i + 1].linked):
        return False  # "Phó viện trưởng Lensky,": one foreign-looking word is the holder
    return not inside.holds(token.start, token.start + 1)


def _name_end(text: str, tokens: Sequence[Syllable], first: int, starts: set[int]) -> int:
    """Token index after the department's name that starts at ``first``."""
    end = first + 1
    while end < len(tokens) and end - first < MAX_NAME:
        token, before = tokens[end], tokens[end - 1]
        dashed = text[before.end:token.start].strip() in {"-", "–"}  # "Kinh tế - Ngân sách"
        stop = (_STOPS.match(tokens, end) or VERBS_AFTER_A_BODY.match(tokens, end)) and not _second_syllable_of_a_field(text, tokens, end)
        generic_place = not token.cap and LEVEL_WORDS.match(tokens, end) is not None  # "... thị xã": the guideline leaves it out
        if token.start in starts or stop or generic_place or not (token.linked or dashed and token.cap):
            break  # a body or place found before, the sentence going on, or punctuation
        if token.cap and not before.cap and not dashed or _belongs_to_a_body(tokens, end):
            break  # "Pháp chế Bộ Văn hóa", "Đào tạo trường ĐH Yersin": the body it belongs to
        if token.cap and starts_person(tokens, end):
            break  # "VKS Bình Dương Nguyễn Thành Phương": the holder
        if token.low == "và" and not _and_more_name(tokens, end):
            break
        end += 2 if token.low == "và" else 1
    return end


def _second_syllable_of_a_field(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """A common word that ends a capitalised word of a list of fields ("Tài nguyên và Môi
    trường", "Tài nguyên - Môi trường"): "và" or a dash and another field follow, so the
    word cannot be the sentence going on ("nguyên" as "former").

    >>> t = "Trưởng phòng Tài nguyên và Môi trường; Trưởng phòng Nam đã và đang"
    >>> toks = syllables(t)
    >>> _second_syllable_of_a_field(t, toks, 3), _second_syllable_of_a_field(t, toks, 10)
    (True, False)
    """
    after = k + 1
    if not (tokens[k - 1].cap and not tokens[k].cap and tokens[k].linked) or after >= len(tokens):
        return False
    if tokens[after].low == "và" and tokens[after].linked:
        return _and_more_name(tokens, after)
    dashed = text[tokens[k].end:tokens[after].start].strip() in {"-", "–"}
    return dashed and tokens[after].cap and POSTS.match(tokens, after) is None


def _belongs_to_a_body(tokens: Sequence[Syllable], k: int) -> bool:
    """A lower-case head with a capitalised name after it: "trường ĐH Yersin", "báo Thanh Niên";
    not a one-syllable head that ends a capitalised word ("Môi trường", "Thị trường").

    >>> toks = syllables("Đào tạo trường ĐH Yersin; Môi trường Lê Văn Nam")
    >>> _belongs_to_a_body(toks, 2), _belongs_to_a_body(toks, 7)
    (True, False)
    """
    head = None if tokens[k].cap else _LOWER_HEADS.match(tokens, k)
    if head and head[0] == 1 and tokens[k - 1].cap:
        return False
    after = k + head[0] if head else len(tokens)
    return after < len(tokens) and tokens[after].cap and tokens[after].linked


def _and_more_name(tokens: Sequence[Syllable], k: int) -> bool:
    """ "và" inside the name: a capital follows that opens no post ("Đại học và Sau đại học")."""
    after = k + 1
    return after < len(tokens) and tokens[after].cap and tokens[after].linked and POSTS.match(tokens, after) is None


def _of_an_unnamed_body(tokens: Sequence[Syllable], end: int) -> bool:
    """ "Trưởng phòng Hành chính của bệnh viện": a department of a body without a name is as
    generic as its body, which the guideline leaves out."""
    return end + 1 < len(tokens) and tokens[end].low == "của" and tokens[end + 1].linked \
        and not tokens[end + 1].cap


def _list_goes_on(text: str, tokens: Sequence[Syllable], end: int, starts: set[int]) -> bool:
    """The name is the first of a list whose end is unclear: "Trưởng ban Thi đua, Khen
    thưởng, Kỷ luật của VFF" (a comma, then a capitalised run that no rule took, then a
    comma or "và")."""
    if end >= len(tokens) or "," not in text[tokens[end - 1].end:tokens[end].start]:
        return False
    k = end
    if not tokens[k].cap or tokens[k].start in starts or starts_person(tokens, k) or POSTS.match(tokens, k):
        return False
    k += 1
    while k < len(tokens) and tokens[k].linked and not tokens[k].cap and tokens[k].low != "và":
        k += 1
    return k < len(tokens) and ("," in text[tokens[k - 1].end:tokens[k].start] or tokens[k].low == "và")


def _lower_name_end(text: str, tokens: Sequence[Syllable], first: int, starts: set[int],
                    inside: EntitiesByStart) -> int | None:
    """End of a lower-case department name ("trưởng phòng chiếu bóng, Trung tâm ...") that
    runs up to a comma or to a body found before; None where the sentence may go on.

    >>> t = "Ông An, trưởng phòng kế toán, cho biết; trưởng phòng cho biết thêm."
    >>> toks = syllables(t)
    >>> [t[toks[2].start:toks[e - 1].end] for e in (_lower_name_end(t, toks, 4, set(), EntitiesByStart([])),)]
    ['trưởng phòng kế toán']
    >>> _lower_name_end(t, toks, 10, set(), EntitiesByStart([])) is None
    True
    """
    token = tokens[first]
    if token.cap or not token.linked or _STOPS.match(tokens, first) or VERBS_AFTER_A_BODY.match(tokens, first) \
            or inside.holds(token.start, token.start + 1):
        return None
    end = first + 1
    while end < len(tokens) and end - first < MAX_LOWER_NAME and tokens[end].linked and not tokens[end].cap \
            and not _STOPS.match(tokens, end) and not VERBS_AFTER_A_BODY.match(tokens, end):
        end += 1
    if end >= len(tokens) or end - first >= MAX_LOWER_NAME:
        return None
    after = tokens[end]
    comma = text[tokens[end - 1].end:after.start].strip() == ","
    return end if comma or (after.linked and after.start in starts) else None
