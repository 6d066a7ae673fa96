"""Bodies named wholly in lower case after their capitalised head: "Trung tâm thông tin
thương mại cho biết", "Quỹ hỗ trợ phát triển,", "Nhà máy thiết bị bưu điện".

News capitalises only the head of many bodies' names and writes their field as ordinary
words. Such a name has no capital to end it, so it is read from evidence of two kinds:

- its words are words of a body's field (``models/body_fields``, mined from VNTC train:
  "thông tin", "thương mại", "hỗ trợ"), at least :data:`MIN_FIELDS` of them, joined by "và"
  or "về" or closed by a scope word ("quốc gia"); one field word names a task, not a body
  ("Ban chuyên án", "Hội đồng nghệ thuật", "Ban quản lý dự án");
- the sentence clearly goes on after it: punctuation, a verb or function word that follows
  a body ("cho biết", "đã", "của", "tại"), a level word with no name after it ("Liên đoàn
  lao động thành phố băn khoăn": a generic place is left out, as the guideline wants) or a
  place found there. A capital or a number after it carries the name on ("Quỹ hỗ trợ Phát
  triển", "Ban quản lý dự án thủy điện 5") and another word is unknown: no body then.

A head after a plural ("các", "những") names no body. The kind recurs over the gold batches
(57 names of a capitalised head and lower-case words missed in blind2–blind25; twentieth
stop).

>>> from .tokens import syllables
>>> t = "Hôm qua, Trung tâm thông tin thương mại cho biết giá tăng."
>>> [e.text for e in find_lower_case_names(t, syllables(t), [])]
['Trung tâm thông tin thương mại']
>>> t = "Các Trung tâm thông tin thương mại cho biết giá tăng."
>>> find_lower_case_names(t, syllables(t), [])
[]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import org_head_words, phrasebooks
from .body_fields import field_word_length
from .departments import WORDS_AFTER_A_NAME
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable, lower_key

MAX_NAME = 12  # lower-case syllables after the head; a longer run has no clear end
MIN_FIELDS = 2  # field words: "Ban chuyên án", "Hội đồng nghệ thuật", "Ban quản lý dự án" are
# a body's task, no name; "Trung tâm dự báo khí tượng thủy văn" names one
_HEADS = Phrasebook(org_head_words.LOWER_CASE_NAME_HEADS)
_FIRST_SYLLABLES = frozenset(lower_key(head.split()[0]) for head in org_head_words.LOWER_CASE_NAME_HEADS)
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_LEVELS = phrasebooks.LEVEL_WORDS
_PLURALS = frozenset({"các", "những", "một", "mỗi", "từng", "nhiều", "mấy", "số"})
_NOT_AFTER = org_head_words.NOT_A_BODY_AFTER_HEAD
_DASH = regex.compile(r" ?[-–] ?")
_JOINERS = frozenset({"và", "về"})
_SCOPES = Phrasebook(org_head_words.NAME_SCOPE_WORDS)


def find_lower_case_names(text: str, tokens: Sequence[Syllable], found: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for a capitalised head and its lower-case name, on syllables
    outside the ``found`` entities.

    >>> from .tokens import syllables
    >>> t = "Ông Hà, Giám đốc Trung tâm dự báo khí tượng thủy văn, cho biết."
    >>> [e.text for e in find_lower_case_names(t, syllables(t), [])]
    ['Trung tâm dự báo khí tượng thủy văn']
    >>> t = "Ban chuyên án đã làm rõ; Ban quản lý dự án thủy điện 5 họp."
    >>> find_lower_case_names(t, syllables(t), [])
    []
    """
    out: list[Entity] = []
    places = bodies = None  # built when a head is first found
    free_from = 0
    for k in [k for k, t in enumerate(tokens) if t.cap and t.low in _FIRST_SYLLABLES]:
        hit = _HEADS.match(tokens, k) if k >= free_from else None
        if hit is None:
            continue
        if places is None:
            places = frozenset(e.start for e in found if e.label != "ORGANIZATION")
            bodies = EntitiesByStart(found)  # log-time lookups: linear on long texts
        end = _name_end(text, tokens, k, hit[0], hit[1], places)
        if end is None or bodies.overlap(tokens[k].start, tokens[end - 1].end):
            continue
        out.append(organization_entity(text, tokens[k].start, tokens[end - 1].end, "lower_case_name"))
        free_from = end
    return out


def _name_end(text: str, tokens: Sequence[Syllable], k: int, size: int, head: str, places: frozenset[int]) -> int | None:
    """Token index after the name whose head (``size`` syllables) starts at ``k``, or None:
    the name is field words ("thông tin", "thương mại"), joined by "và", closed by a scope
    word or followed by a clear end."""
    if k > 0 and tokens[k].linked and tokens[k - 1].low in _PLURALS:
        return None
    if any(t.cap for t in tokens[k + 1:k + size]):
        return None  # "Ban Quản lý": a capitalised name, read elsewhere
    j = k + size
    if j < len(tokens) and tokens[j].low in _NOT_AFTER.get(head, ()):
        return None
    fields = 0
    while j < len(tokens) and j - k - size < MAX_NAME:
        if (field := field_word_length(tokens, j)) and not _VERBS.match(tokens, j) and not _LEVELS.match(tokens, j):
            j += field
            fields += 1
        elif (scope := _SCOPES.match(tokens, j)) and fields and tokens[j].linked and not tokens[j].cap:
            return j + scope[0]  # "Trung tâm chiếu phim quốc gia"
        elif fields and tokens[j].low in _JOINERS and tokens[j].linked and field_word_length(tokens, j + 1):
            j += 1  # "Viện y học sinh sản và khoa học", "Quỹ quốc tế về bảo tồn thiên nhiên"
        else:
            break
    if fields < MIN_FIELDS or not _clear_end(text, tokens, j, places):
        return None
    return j


def _clear_end(text: str, tokens: Sequence[Syllable], j: int, places: frozenset[int]) -> bool:
    """The sentence goes on in another way at ``j``: punctuation, a number, a verb or function
    word, a level word with no name after it ("Liên đoàn lao động thành phố băn khoăn"), a
    place found there. Another capital goes on with the name ("Quỹ hỗ trợ Phát triển", "Cục
    quản lý Giá", "Trạm kiểm soát Dốc Quýt"), which is read elsewhere or not at all."""
    if j < len(tokens) and tokens[j].cap:
        return tokens[j].start in places or not tokens[j].linked
    if j < len(tokens) and not tokens[j].linked and _DASH.fullmatch(text, tokens[j - 1].end, tokens[j].start):
        return False  # "Liên đoàn địa chất thủy văn - địa chất công trình": the name goes on
    if j >= len(tokens) or not tokens[j].linked:
        return True
    if not tokens[j].low.isalpha():
        return not tokens[j].low[0].isdigit()  # "Ban quản lý dự án thủy điện 5": the number is in the name
    if (level := _LEVELS.match(tokens, j)) is not None:
        after = j + level[0]
        return after >= len(tokens) or not tokens[after].linked or not tokens[after].cap
    return _stop(tokens, j)


def _stop(tokens: Sequence[Syllable], j: int) -> bool:
    return tokens[j].low in _STOP_WORDS or _VERBS.match(tokens, j) is not None


_STOP_WORDS = frozenset(w for w in WORDS_AFTER_A_NAME if " " not in w)
