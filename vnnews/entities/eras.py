"""Which side of the 1 July 2025 reform a sentence speaks of, for names on both sides.

Many units kept their name through the reform but not their territory (tỉnh Lâm Đồng, tỉnh
Gia Lai, TP.HCM, many communes): the registry holds them twice, before and after. The
words around a mention say which one is meant:

- right after the name: "(mới)", or "mới" before "(được) thành lập / hình thành / sau sáp
  nhập", the new unit; "cũ" or "(cũ)" the old one. Any other "mới" is an adverb ("Gia Lai
  mới có ...") or says something else is new ("trụ sở xã Bình Định mới"), left alone;
- after a merging verb ("sáp nhập", "hợp nhất", "nhập vào / với / thành") the units merged
  are the old ones, until "thành" / "vào" names the unit they became;
- after "nay là" / "nay thuộc" ("huyện Cần Giờ cũ nay là xã Cần Giờ, xã Bình Khánh") the
  units of today's registry;
- elsewhere in the sentence: "sau sáp nhập", "sau sắp xếp" point after the reform, "trước
  sáp nhập" before it; a date ("từ ngày 1/7/2025", "năm 2026", "tháng 3/2024") on or after
  July 2025 points after it, an earlier one before it.

:func:`era_cue` returns "post2025", "pre2025" or None; :mod:`.places` gives the readings of
that period a bonus.

>>> text = "Từ ngày 1/7/2025, tỉnh Lâm Đồng mới được hình thành trên cơ sở sáp nhập tỉnh Đắk Nông và Lâm Đồng."
>>> era_cue(text, fold(text), 18, 31), era_cue(text, fold(text), text.rindex("Lâm"), len(text) - 1)
('post2025', 'pre2025')
"""

from __future__ import annotations

import regex

from ._fold import fold

REFORM = (2025, 7)  # year, month the reform took effect
_AFTER_NAME = regex.compile(
    r" *(?:\( *(moi|cu) *\)|(cu)(?!\w)"
    r"|(moi)(?= +(?:duoc +)?(?:thanh lap|hinh thanh|sau (?:sap nhap|sap xep|hop nhat))(?!\w)))"
)
_PHRASE = regex.compile(r"(?<!\w)(sau|truoc)(?: khi)? (?:sap nhap|sap xep|hop nhat|dieu chinh dia gioi)(?!\w)")
_MERGE_VERB = regex.compile(r"(?<!\w)(?:(sau|truoc)(?: khi)? )?(?:sap nhap|hop nhat|nhap(?= +(?:vao|voi|thanh) ))(?!\w)")
# "Huyện Cần Giờ cũ nay là xã Cần Giờ, xã Bình Khánh": what a unit is now, after the reform.
_NOW = regex.compile(r"(?<!\w)nay (?:da )?(?:la|thuoc)(?!\w)")
_MERGED_INTO = regex.compile(r"(?<!\w)(?:thành|vào|về|thanh|vao|ve)(?!\w)")  # lower case: not "Thanh Hóa"
# "1/7/2025", "01-07-2025", "tháng 7/2025", "7/2025", "năm 2026": year and, when written, month.
_DATE = regex.compile(r"(?<![\w/.-])(?:(?:\d{1,2}[/.-])?(\d{1,2})[/-]((?:19|20)\d\d)|nam ((?:19|20)\d\d))(?![\w/-])")
_SENTENCE_END = regex.compile(r"[.!?\n](?=\s|$)|\n")
_WINDOW = 300  # characters of the sentence read on each side of a name


def era_cue(text: str, folded: str, start: int, end: int) -> str | None:
    """The registry period the words around ``text[start:end]`` (a unit's name with its
    type word; ``folded`` is the text's :func:`fold`) point to: "post2025", "pre2025" or None.

    >>> t = "Tỉnh Gia Lai (cũ) có 17 huyện; tỉnh Gia Lai mới có 135 xã, phường."
    >>> era_cue(t, fold(t), 0, 12), era_cue(t, fold(t), 31, 43)
    ('pre2025', None)
    >>> t = "Sau sáp nhập, phường Sài Gòn có 47.000 dân."
    >>> era_cue(t, fold(t), 14, 28)
    'post2025'
    """
    written = written_era(text, folded, end)
    if written:
        return written
    sentence_start, sentence_end = _sentence(folded, start, end)
    merged = _after_merge_verb(text, folded, sentence_start, start)
    if merged:
        return merged
    if _after_now(text, folded, sentence_start, start):
        return "post2025"
    phrase = _PHRASE.search(folded, sentence_start, sentence_end)
    if phrase:
        return "post2025" if phrase.group(1) == "sau" else "pre2025"
    return _date_era(folded, sentence_start, sentence_end)


def written_era(text: str, folded: str, end: int) -> str | None:
    """"cũ" / "(cũ)" or "(mới)" written right after a name ending at ``end``: the writer's own
    word on the side of the reform, stronger than anything else around the name.

    >>> t = "tỉnh Long An và tỉnh Tây Ninh cũ, tỉnh Lâm Đồng (mới)"
    >>> written_era(t, fold(t), 29), written_era(t, fold(t), 47), written_era(t, fold(t), 12)
    ('pre2025', 'post2025', None)
    """
    suffix = _AFTER_NAME.match(folded, end)
    if suffix and _spelt_as_written(text, suffix):
        return "pre2025" if "cu" in suffix.groups() else "post2025"
    return None


def _spelt_as_written(text: str, suffix) -> bool:
    """"cũ" / "mới" as written, not another word folded alike ("cư dân", "cử tri"); any
    spelling in text without diacritics.

    >>> t = "phường Sài Gòn cư dân"
    >>> era_cue(t, fold(t), 0, 14) is None
    True
    """
    group = next(g for g in range(1, 5) if suffix.group(g))
    word = text[suffix.start(group):suffix.end(group)]
    return word.lower() in ("cũ", "mới") or text.isascii()


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence around ``start:end``, at most :data:`_WINDOW` each side."""
    left = max(0, start - _WINDOW)
    ends_before = [m.end() for m in _SENTENCE_END.finditer(folded, left, start)]
    after = _SENTENCE_END.search(folded, end, min(len(folded), end + _WINDOW))
    return (ends_before[-1] if ends_before else left), (after.start() if after else min(len(folded), end + _WINDOW))


def _after_merge_verb(text: str, folded: str, sentence_start: int, start: int) -> str | None:
    """"sáp nhập tỉnh A và tỉnh B thành tỉnh C": A and B before the reform, C after it."""
    verbs = list(_MERGE_VERB.finditer(folded, sentence_start, start))
    if not verbs or verbs[-1].group(1):  # "sau sáp nhập" is a phrase of time, not the verb
        return None
    return "post2025" if _MERGED_INTO.search(text, verbs[-1].end(), start) else "pre2025"


def _after_now(text: str, folded: str, sentence_start: int, start: int) -> bool:
    """"... cũ nay là xã A, xã B": the units named after "nay là" / "nay thuộc" are those of
    today's registry; "nay" as written (not "này", "nấy"), or any spelling without diacritics.

    >>> t, u = "Xã Bình Khánh cũ nay thuộc xã Bình Khánh", "Xã này là xã Bình Khánh"
    >>> _after_now(t, fold(t), 0, 27), _after_now(t, fold(t), 0, 10), _after_now(u, fold(u), 0, 10)
    (True, False, False)
    >>> t = "Giải năm nay là của Châu Đốc"
    >>> _after_now(t, fold(t), 0, 20)
    False
    """
    found = [m for m in _NOW.finditer(folded, sentence_start, start)
             if (text[m.start():m.start() + 3].lower() == "nay" or text.isascii())
             and not _TIME_BEFORE_NOW.search(folded, max(0, m.start() - 6), m.start())]
    return bool(found)


_TIME_BEFORE_NOW = regex.compile(r"(?<!\w)(?:nam|hom|ngay|tuan|thang|mua|den|tu) +$")
"""Words that make "nay" part of a phrase of time ("năm nay là", "hôm nay là", "đến nay là"), not "now"."""


def _date_era(folded: str, sentence_start: int, sentence_end: int) -> str | None:
    """The side of the reform the sentence's dates fall on, when they agree."""
    sides = set()
    for match in _DATE.finditer(folded, sentence_start, sentence_end):
        month, year = (int(match.group(1)), int(match.group(2))) if match.group(2) else (None, int(match.group(3)))
        if month is not None and not 1 <= month <= 12:
            continue  # "15/20" is a score or a ratio
        if year == REFORM[0] and month is None:
            continue  # "năm 2025": either side
        sides.add("post2025" if (year, month or 1) >= REFORM else "pre2025")
    return sides.pop() if len(sides) == 1 else None
