"""Names of bodies with a comma or "và" inside, as today's official names are written.

The organisation finder stops a name at a comma. Three shapes of 2025–2026 news go on
across one (the seventeenth stop):

- a list of fields closed by "và", each field capitalised: "Bộ Văn hóa, Thể thao và Du
  lịch", "Sở Văn hóa, Thể thao và Du lịch" (a list of bodies, "Bộ Y tế, Bộ Tài chính và
  ...", names no field and stays apart);
- "phòng, chống" (prevention and control), one phrase read on to the end of the lower-case
  words that name what is fought: "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ
  cao", with the short name in brackets after it ("(A05)") as its own ORGANIZATION;
- "liên Bộ X - Y", two ministries acting together: "Bộ X" and "Y" are two bodies.

>>> t = "Bộ Văn hóa, Thể thao và Du lịch và liên Bộ Công Thương - Tài chính họp."
>>> orgs = [organization_entity(t, 0, 10, "named"), organization_entity(t, 40, 66, "named")]
>>> [e.text for e in with_comma_names(t, syllables(t), orgs)]
['Bộ Văn hóa, Thể thao và Du lịch', 'Bộ Công Thương', 'Tài chính']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import person_words, phrasebooks
from .org_name_ends import NAMED_HEADS
from .organizations import organization_entity
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_SECTORS = phrasebooks.SECTORS
_LEVELS = phrasebooks.LEVEL_WORDS
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_STOPS = person_words.NOT_NAME_TAILS
_FIGHTING_WORDS = 8  # at most this many lower-case words after "phòng, chống"


def with_comma_names(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity],
                     places: Sequence[Entity] = ()) -> list[Entity]:
    """``organizations`` with the names that go on across a comma stretched (over the unit
    of ``places`` written right after a list of fields, as after any body's name), and a
    "liên Bộ X - Y" cut in two.

    >>> t = "Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao (A05) cảnh báo."
    >>> [e.text for e in with_comma_names(t, syllables(t), [organization_entity(t, 0, 18, "named")])]
    ['Cục Cảnh sát phòng, chống tội phạm sử dụng công nghệ cao', 'A05']
    >>> t = "Bộ Y tế, Bộ Tài chính và Bộ Công an"
    >>> [e.text for e in with_comma_names(t, syllables(t), [organization_entity(t, 0, 7, "named")])]
    ['Bộ Y tế']
    """
    if not any(text[o.end:o.end + 1] == "," or text[max(0, o.start - 5):o.start].lower() == "liên "
               or text[o.end:o.end + 4] == " về " or text[o.end:o.end + 13] == " tội phạm về " for o in organizations):
        return list(organizations)  # most texts: no name goes on across a comma
    index_at = {t.start: k for k, t in enumerate(tokens)}
    index_ending = {t.end: k for k, t in enumerate(tokens)}
    place_end = {p.start: p.end for p in places}
    out: list[Entity] = []
    for org in organizations:
        last = index_ending.get(org.end)
        first = index_at.get(org.start)
        if last is None or first is None:
            out.append(org)
            continue
        fields = field_list_end(text, tokens, last + 1) if _headed_without_and(tokens, first, last) else None
        end = fields or _fighting_end(text, tokens, last) or _topics_end(text, tokens, first, last) \
            or _crimes_end(text, tokens, first, last)
        if end is not None:
            stop = tokens[end - 1].end
            if fields and end < len(tokens) and tokens[end].linked:
                stop = place_end.get(tokens[end].start, stop)  # "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Nam"
            out.append(organization_entity(text, org.start, stop, org.attrs.get("kind", "named")))
            out += _bracketed_short_name(text, tokens, end)
            continue
        out += _joint_ministries(text, tokens, first, last, org) or [org]
    return out


def _headed_without_and(tokens: Sequence[Syllable], first: int, last: int) -> bool:
    """A name that opens with a body's head and holds no "và" of its own ("Bộ Văn hóa"; not
    "Kế hoạch và đầu tư" in "các bộ Kế hoạch và đầu tư, Tài chính và ...", a list of bodies)."""
    return NAMED_HEADS.match(tokens, first) is not None and not any(t.low == "và" for t in tokens[first:last + 1])


def field_list_end(text: str, tokens: Sequence[Syllable], k: int) -> int | None:
    """End of ", Field, Field và Field" starting with the comma before token ``k``: every
    field capitalised and known, the last one after "và"; None for anything else.

    >>> t = "Bộ Văn hóa, Thể thao và Du lịch họp"
    >>> tokens = syllables(t)
    >>> end = field_list_end(t, tokens, 3)
    >>> t[tokens[0].start:tokens[end - 1].end]
    'Bộ Văn hóa, Thể thao và Du lịch'
    >>> field_list_end(t, tokens, 2) is None
    True
    """
    while k < len(tokens) and _gap(text, tokens, k) == ",":
        field = _capitalised_field(tokens, k)
        if field is None:
            return None
        k = field
        if k < len(tokens) and tokens[k].linked and tokens[k].low == "và":
            end = _capitalised_field(tokens, k + 1)
            return None if end is None or (end < len(tokens) and tokens[end].linked and tokens[end].cap) else end
    return None


def _capitalised_field(tokens: Sequence[Syllable], k: int) -> int | None:
    """End of a field's name at ``k``: a known sector, or a word of two or three syllables
    with only its first capitalised ("Thể thao", "Thương binh", "Xã hội")."""
    if k >= len(tokens) or not tokens[k].cap or not tokens[k].name_like:
        return None
    hit = _SECTORS.match(tokens, k)
    if hit is not None and all(t.linked for t in tokens[k + 1:k + hit[0]]):
        return k + hit[0]
    end = k + 1
    while end < len(tokens) and end - k < 3 and tokens[end].linked and not tokens[end].cap \
            and tokens[end].text.isalpha() and tokens[end].low not in _STOPS and tokens[end].low != "và" \
            and not _LEVELS.match(tokens, end):  # "Đô thị" | "phường Hà Đông"
        end += 1
    return end if end > k + 1 else None


def _fighting_end(text: str, tokens: Sequence[Syllable], last: int) -> int | None:
    """End of "phòng, chống <what>" when the name ends with "phòng" at token ``last``."""
    k = last + 1
    if tokens[last].low != "phòng" or k >= len(tokens) or _gap(text, tokens, k) != "," or tokens[k].low != "chống":
        return None
    end = k + 1
    while end < len(tokens) and end - k <= _FIGHTING_WORDS and tokens[end].linked and not tokens[end].cap \
            and tokens[end].low not in _STOPS and _LEVELS.match(tokens, end) is None \
            and _VERBS.match(tokens, end) is None:
        end += 1
    return end if end > k + 1 else None


def _topics_end(text: str, tokens: Sequence[Syllable], first: int, last: int) -> int | None:
    """End of the topics of a steering committee: "Ban Chỉ đạo Trung ương về phát triển
    khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", read over lower-case words,
    commas and "và" up to a verb or a function word; None without a comma or "và" inside
    (one topic is read by the organisation finder) or when no such word closes them.

    >>> t = syllables("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ nhất")
    >>> _topics_end("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ nhất", t, 0, 4)
    14
    """
    if _STEERING.match(tokens, first) is None or last + 2 >= len(tokens) or tokens[last + 1].low != "về" \
            or not tokens[last + 1].linked:
        return None
    joined = False
    stop = min(len(tokens), last + 2 + _LONGEST_TOPICS)
    for k in range(last + 2, stop + 1):
        if k == len(tokens) or _closes_topics(text, tokens, k):
            return k if joined and k > last + 3 and tokens[k - 1].low != "và" else None
        joined = joined or _gap(text, tokens, k) == "," or tokens[k].low == "và"
    return None


def _closes_topics(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Token ``k`` is past the topics: after a stop other than a comma, a capital, a number,
    a verb or a function word."""
    token = tokens[k]
    return _gap(text, tokens, k) not in {"", ","} or "\n" in text[tokens[k - 1].end:token.start] or token.cap \
        or not token.text.isalpha() or token.low in _TOPIC_STOPS or _VERBS.match(tokens, k) is not None \
        or _TOPIC_VERBS.match(tokens, k) is not None


def _crimes_end(text: str, tokens: Sequence[Syllable], first: int, last: int) -> int | None:
    """End of the crimes a police unit investigates or the order it keeps, read after a name
    holding "cảnh sát": "Cục Cảnh sát điều tra tội phạm về ma túy", "Phòng Cảnh sát Quản lý
    hành chính về trật tự xã hội" (lower-case words and "và", up to a capital, a stop, a verb
    or a function word); None for any other name.

    >>> t = "Cục cảnh sát điều tra tội phạm về trật tự xã hội Bộ Công an và Phòng Cảnh sát điều tra về ma túy bắt"
    >>> toks = syllables(t)
    >>> t2 = "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) và Cục Cảnh sát điều tra về ma túy, cho biết"
    >>> toks2 = syllables(t2)
    >>> [t2[:toks2[_crimes_end(t2, toks2, 0, 4) - 1].end], t2[toks2[16].start:toks2[_crimes_end(t2, toks2, 16, 20) - 1].end]]
    ['Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu', 'Cục Cảnh sát điều tra về ma túy']
    >>> toks = syllables(t)
    >>> [t[toks[0].start:toks[_crimes_end(t, toks, 0, 4) - 1].end], t[toks[16].start:toks[_crimes_end(t, toks, 16, 20) - 1].end]]
    ['Cục cảnh sát điều tra tội phạm về trật tự xã hội', 'Phòng Cảnh sát điều tra về ma túy']
    """
    if not any(tokens[k].low == "cảnh" and tokens[k + 1].low == "sát" for k in range(first, last)):
        return None
    k = last + 1
    if k + 2 < len(tokens) and tokens[k].low == "tội" and tokens[k + 1].low == "phạm":
        k += 2
    if k + 1 >= len(tokens) or tokens[k].low != "về" or not all(t.linked for t in tokens[last + 1:k + 1]):
        return None
    end = k + 1
    while end < len(tokens) and end - k <= _CRIME_WORDS and _gap(text, tokens, end) in {"", ","} \
            and not _closes_topics(text, tokens, end) and tokens[end].low not in _CRIME_STOPS:
        end += 1  # "về tham nhũng, kinh tế, buôn lậu": a list of crimes goes on after a comma
    while end > k + 1 and tokens[end - 1].low == "và":
        end -= 1
    return end if end > k + 1 else None


_CRIME_WORDS = 14  # at most this many lower-case words after "về"
_CRIME_STOPS = frozenset({"bắt", "khởi", "triệt", "tạm", "thu", "xử", "truy", "phối", "tiếp"})
"""Verbs of what the police unit did, after its name ("... về trật tự xã hội bắt quả tang")."""


_TOPIC_STOPS = frozenset("""
làm họp đã đang sẽ vừa là có được bị tại ở với của cho theo do khi để thì mà nhưng đến từ trong
cũng không chưa đều giao nêu
""".split())
_TOPIC_VERBS = Phrasebook(("tổ chức", "công bố", "ban hành", "kiểm tra", "yêu cầu", "đề nghị", "chỉ đạo",
                           "thông báo", "cho biết", "quyết định", "làm việc"))
"""Words and verbs that end the topics of a steering committee."""


_STEERING = Phrasebook(("ban chỉ đạo",))
_LONGEST_TOPICS = 20  # syllables of the topics read at most


def _bracketed_short_name(text: str, tokens: Sequence[Syllable], end: int) -> list[Entity]:
    """The short name in brackets right after a name: "(A05)", "(C03)"."""
    if end >= len(tokens):
        return []
    token = tokens[end]
    if _gap(text, tokens, end) != "(" or text[token.end:token.end + 1] != ")" or not token.text[:1].isupper() \
            or token.text != token.text.upper():
        return []
    return [Entity("ORGANIZATION", token.start, token.end, token.text, token.text, {"kind": "alias"})]


def _joint_ministries(text: str, tokens: Sequence[Syllable], first: int, last: int, org: Entity) -> list[Entity]:
    """"liên Bộ Công Thương - Tài chính": the ministry and the field of the second one."""
    if tokens[first].low != "bộ" or first == 0 or tokens[first - 1].low != "liên" or not tokens[first].linked:
        return []
    cut = next((k for k in range(first + 2, last + 1) if _gap(text, tokens, k) == "-"), None)
    if cut is None:
        return []
    kind = org.attrs.get("kind", "named")
    return [organization_entity(text, org.start, tokens[cut - 1].end, kind),
            organization_entity(text, tokens[cut].start, org.end, kind)]


def _gap(text: str, tokens: Sequence[Syllable], k: int) -> str:
    """What stands between token ``k - 1`` and token ``k``, spaces left out."""
    return text[tokens[k - 1].end:tokens[k].start].strip()
