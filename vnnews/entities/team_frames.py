"""Frames that make a place a team without a match verb next to it (twenty-second stop).

Read off the seen gold batches (blind17, blind19, blind28) and checked on VNTC training
articles:

- the place is called a team: "Nam Định cũng là đội bóng rất thiện nghệ", "Thổ Nhĩ Kỳ -
  đội bóng từng xếp thứ ba" (:func:`called_a_team`);
- the place is an item of a list introduced by teams and a colon: "Giải năm nay có sự tham
  dự của 12 đội: Hòa Phát Hà Nội, Bình Dương, Delta Đồng Tháp, ..., Đà Nẵng"
  (:func:`listed_after_teams`);
- a score stands between it and another team: "Bình Dương 4-2 Nam Định"
  (:data:`SCORE_BETWEEN`, read by :mod:`.teams`).

>>> t = "Giải có 12 đội: Hòa Phát Hà Nội, Bình Dương và Đà Nẵng. Nam Định là đội bóng mạnh."
>>> listed_after_teams(t, t.index("Bình")), listed_after_teams(t, t.index("Nam")), called_a_team(t, t.index(" là"))
(True, False, True)
"""

from __future__ import annotations

import regex

_CALLED = regex.compile(
    r" (?:(?:cũng|vẫn|đã|từng|mới|chính|luôn|đều) )?là (?:một |những )?(?:đội bóng|đội tuyển|câu lạc bộ|CLB)\b"
    r"| ?[-–] (?:đội bóng|đội tuyển|câu lạc bộ|CLB)\b")
_TEAMS_INTRO = regex.compile(
    r"(?:(?:\d+|các|những|hai|ba|bốn|sáu|tám) (?:đội|đội bóng|CLB|câu lạc bộ)|(?<![\p{L}\p{M}])(?:đội bóng|CLB|câu lạc bộ))"
    r"(?: (?:tham dự|tham gia|dự giải|góp mặt))?:$", regex.IGNORECASE)
_LIST_ITEMS = regex.compile(r" ?(?:\p{Lu}(?:(?!\. )[^,;:!?()\n]){0,40}(?:, | và ))*")
_INTRO_REACH = 400  # characters before a place where its list's colon is looked for
SCORE_BETWEEN = regex.compile(r" \d{1,2} ?[-–] ?\d{1,2} ")
"""The text between two teams of a result: "Bình Dương 4-2 Nam Định"."""
RESULT_LINE_START = regex.compile(r"(?:^|\n|: ?|[-–•] )$")
RESULT_LINE_END = regex.compile(r"$|\n| ?\(|,")
"""Where a line of results starts and where its second team ends: "Bình Dương 4-2 Nam Định
(Trường Giang 5', ...)"."""


def called_a_team(text: str, end: int) -> bool:
    """The place ending at ``end`` is called a team right after it: "là đội bóng", "- đội
    bóng", "cũng là CLB".

    >>> t = "Nam Định cũng là đội bóng giỏi; Hà Nội là nơi có nhiều đội bóng."
    >>> called_a_team(t, 8), called_a_team(t, t.index(" là nơi"))
    (True, False)
    """
    return _CALLED.match(text, end) is not None


def listed_after_teams(text: str, start: int) -> bool:
    """The place starting at ``start`` is an item of a list that follows "12 đội:", "các
    CLB:", "đội bóng tham dự:" in the same sentence, each item before it capitalised.

    >>> t = "Các đội tham dự: Hà Nội, Cảng Sài Gòn và Nam Định. Đoàn đến: Hà Nội."
    >>> [listed_after_teams(t, t.index(w)) for w in ("Hà Nội", "Nam Định")], listed_after_teams(t, t.rindex("Hà"))
    ([True, True], False)
    """
    colon = text.rfind(":", max(0, start - _INTRO_REACH), start)
    if colon < 0 or _TEAMS_INTRO.search(text, max(0, colon - 40), colon + 1) is None:
        return False
    items = _LIST_ITEMS.match(text, colon + 1, start)
    return items is not None and items.end() == start
