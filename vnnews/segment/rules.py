"""Spans that must come out as one word, whatever the backend said.

* :func:`protected_spans` — numbers, dates, times, money, percentages, URLs, e-mail
  addresses, hashtags and codes ("18:31", "5,5%", "123/2025/NĐ-CP", "#VnExpress"),
  dotted abbreviations and names in capitals ("v.v.", "PGS.TS.", "TP.HCM");
* :func:`name_spans` — person names starting with a Vietnamese family name and
  administrative-unit names after their unit word ("tỉnh Bà Rịa", "TP. Hồ Chí Minh"),
  which a backend sometimes cuts ("Nguyễn_Mạnh Hùng" from pyvi);
(:func:`vnnews.segment.spans.force_spans` then makes each such span one word.)

All patterns are compiled once and never change; nothing here keeps state between calls.

>>> text = "Lúc 18:31 ông Nguyễn Mạnh Hùng đến."
>>> [text[s:e] for s, e in protected_spans(text)], [text[s:e] for s, e in name_spans(text)]
(['18:31'], ['Nguyễn Mạnh Hùng'])
"""

from __future__ import annotations

import re

import regex

from .sentences import is_dotted_abbreviation

from ..resources import load_once

_TRAIL = r"(?<![.,;:!?)\]}\"'”’])"  # a URL does not end with punctuation
_START = r"(?<![\w.,/:@-])"  # every protected span starts at a word start
_TLD = r"(?:vn|com|net|org|gov|edu|info|io)"


def _alternatives(first: str, *patterns: str) -> regex.Pattern:
    # The lookahead on the first character rejects most positions at once.
    return regex.compile(f"(?={first}){_START}(?:" + "|".join(patterns) + ")")


# Spans that contain a digit. Plain digit runs ("2025") are one syllable for every
# backend already, so only forms with separators, units or letters are listed.
WITH_DIGITS = _alternatives(
    r"[\d$€£¥]",
    # times: 18:31, 18:31:05, 18:31 PM, 7h30, 18g
    r"\d{1,2}:\d{2}(?::\d{2})?(?:\s?(?:[AaPp][Mm]|[ap]\.m\.)(?!\w))?",
    r"\d{1,2}[hg]\d{0,2}(?!\w)",
    # document numbers: 123/2025/NĐ-CP, 15/QĐ-UBND
    r"\d++(?:/\d++)*+/\p{Lu}[\p{Lu}\d]*+(?:-[\p{Lu}\d]++)*+(?![\w/])",
    # money, percentages, numbers and dates with separators: $100, 500.000đ, 5,5%, 26.03.2025
    r"[$€£¥]\d++(?:[.,]\d++)*+(?![\w.,]*\d)",
    r"\d++(?:[.,/-]\d++)*+(?:%|‰|₫|đ|\$|€|USD|VND|VNĐ)(?!\w)",
    r"\d++(?:[.,/-]\d++)++(?![\w.,/]*\d)(?!\w)",
)
# Spans marked by "@", "#", "://", "www." or a top-level domain.
WEB = _alternatives(
    r"[\w#@.+-]",
    r"(?:https?|ftp)://\S+" + _TRAIL,
    r"www\.\S+" + _TRAIL,
    r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++",
    r"(?:[a-z0-9-]++\.(?=[a-z0-9]))++" + _TLD + r"(?:/\S*" + _TRAIL + r")?(?![\w@])",
    r"[#@]\w+",
)
# Codes joined by hyphens: NĐ-CP, QĐ-UBND, and with digits: COVID-19, 43H-0530, SARS-CoV-2.
HYPHENATED_CODE = _alternatives(
    r"[\p{L}\d]",
    r"\p{Lu}{2,}+(?:-\p{Lu}{2,}+)++(?![\w-])",
    r"(?=[\p{L}\d]*+-)(?=[\w-]*\d)(?=[\w-]*\p{Lu})[\p{L}\d]++(?:-[\p{L}\d]++)++(?![\w-])",
)
# A digit glued to something (a separator, a unit, a letter): plain "2025" needs no rule.
# Two single-alternative searches: a scan for one alternative is about twice as fast.
_GLUED_DIGIT = regex.compile(r"\d[^\s\d]")
_CURRENCY_DIGIT = regex.compile(r"[$€£¥]\d")
_JOINED_BY_HYPHEN = regex.compile(r"\w-\w")
_DOMAIN_END = re.compile(r"\." + _TLD)  # plain ASCII: the standard re scans it faster
# Letters joined by dots, with the stop after them: "v.v.", "PGS.TS.", "TP.HCM", "T.Ư"
_DOTTED = regex.compile(r"(?<![\w.@/])\p{L}++(?:\.\p{L}++)++\.?(?![\w@/.-])")  # not before "..." ("v.v...")
_LETTER_DOT_LETTER = regex.compile(r"\p{L}\.\p{L}")

# Common Vietnamese family names (a person name starts with one of them). Left out: those
# that are more often a capitalised title or a sentence's first word ("Phó", "Từ").
SURNAMES = frozenset(
    """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Trịnh
    Lương Mai Trương Lâm Phùng Tạ Tô Hà Cao Châu Quách Thái Chu Đào Lưu Kiều Triệu Vương
    Khúc Khổng Tôn Thân Mạc Cù Lại Lục Nghiêm Nông Hứa Âu Bạch La Giáp Thạch Viên
    Diệp Hầu Ninh Kim Đồng Đàm Quan Tăng Lã Yên Mã Doãn Khương Tống Vi Tiêu
    """.split()
)
# Words after which a run of capitalised syllables is an administrative unit's name.
ADMIN_WORDS = ("tỉnh", "thành phố", "TP", "TP.", "Tp.", "quận", "huyện", "thị xã", "thị trấn", "xã", "phường", "Thành phố", "Thị xã", "Thị trấn")
# The same words when capitalised at the head of the run itself ("Tỉnh Bình Định").
ADMIN_HEADS = frozenset({"Tỉnh", "Quận", "Huyện", "Xã", "Phường", "Ấp", "Thôn", "Bản"})
_SYLLABLE = r"\p{Lu}\p{Ll}*"
_RUN = regex.compile(rf"(?<![\w.]){_SYLLABLE}(?:[ \u00a0]{_SYLLABLE})+(?!\w)")


def _compile_name_gate() -> re.Pattern:
    """A space, then a capital: every run of :data:`_RUN` holds one. The standard ``re``
    scans a plain character set faster than ``regex`` scans ``\\p{Lu}``; the set is the
    capitals ``regex`` knows (its Unicode is newer than Python's), beyond U+FFFF all."""
    bmp = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    capitals = "".join(regex.findall(r"\p{Lu}", bmp))
    return re.compile("[ \u00a0][" + re.escape(capitals) + "\U00010000-\U0010ffff]")


_name_gate = load_once(_compile_name_gate)
_WORD = regex.compile(_SYLLABLE)
MAX_NAME_SYLLABLES = 4


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Spans of numbers, dates, times, money, URLs, e-mails, hashtags and codes.

    Each family of patterns only runs when a cheap test says it can match.

    >>> t = "Giá 500.000đ, tăng 5,5% theo 123/2025/NĐ-CP, xem vnexpress.net."
    >>> [t[s:e] for s, e in protected_spans(t)]
    ['500.000đ', '5,5%', '123/2025/NĐ-CP', 'vnexpress.net']
    """
    spans: list[tuple[int, int]] = []
    # Plain substring tests first: they are much faster than a pattern's scan.
    if "@" in text or "#" in text or "://" in text or "www." in text or _DOMAIN_END.search(text):
        spans.extend(m.span() for m in WEB.finditer(text))
    has_currency = "$" in text or "€" in text or "£" in text or "¥" in text
    if _GLUED_DIGIT.search(text) or has_currency and _CURRENCY_DIGIT.search(text):
        spans.extend(m.span() for m in WITH_DIGITS.finditer(text))
    if "-" in text and _JOINED_BY_HYPHEN.search(text):
        spans.extend(m.span() for m in HYPHENATED_CODE.finditer(text))
    if "." in text and _LETTER_DOT_LETTER.search(text):
        spans.extend(span for m in _DOTTED.finditer(text) if (span := _dotted_span(m)))
    return sorted(spans) if spans else spans


def _dotted_span(match: regex.Match) -> tuple[int, int] | None:
    """The span of a dotted abbreviation with its stop ("v.v.", "PGS.TS.", "Th.S") or of a
    dotted name in capitals without it ("TP.HCM", "T.Ư"); None for anything else: sentences
    glued at a stop ("giảm.Theo"), domains, code ("ADODB.Stream").

    >>> [_dotted_span(m) for m in _DOTTED.finditer("v.v. TP.HCM. giảm.Theo")]
    [(0, 4), (5, 11), None]
    """
    form = match.group().rstrip(".")
    if is_dotted_abbreviation(form):
        return match.span()
    if all(part.isupper() for part in form.split(".")):
        return match.start(), match.start() + len(form)
    return None


def name_spans(text: str) -> list[tuple[int, int]]:
    """Spans of person names (family name first) and administrative-unit names.

    A name is a run of capitalised syllables: after a unit word ("tỉnh", "TP."), or
    from a family name on. At most :data:`MAX_NAME_SYLLABLES` syllables.

    >>> t = "Ông Trần Văn Nam về tỉnh Bà Rịa, Tỉnh Bình Định hôm qua."
    >>> [t[s:e] for s, e in name_spans(t)]
    ['Trần Văn Nam', 'Bà Rịa', 'Bình Định']
    """
    spans: list[tuple[int, int]] = []
    if _name_gate().search(text) is None:
        return spans
    for run in _RUN.finditer(text):
        start = run.start()
        syllables = run.group().split()  # separated by exactly one space
        if text[max(0, start - 12) : start].rstrip().endswith(ADMIN_WORDS):
            first = 0
        elif syllables[0] in ADMIN_HEADS:
            first = 1
        else:
            for first, syllable in enumerate(syllables):
                if syllable in SURNAMES:
                    break
            else:
                continue
        name = syllables[first : first + MAX_NAME_SYLLABLES]
        if len(name) > 1:
            name_start = start + sum(map(len, syllables[:first])) + first
            spans.append((name_start, name_start + sum(map(len, name)) + len(name) - 1))
    return spans
