"""Landmarks listed after a plural head noun: "5 cây cầu là Đà Rằng, Bồng Sơn, Bàn Thạch",
"nhiều hồ chứa nước đang cạn như Ông Kinh, CK7, Suối Lớn", "những chợ lớn như Bến Thành,
Hàng Da...".

News counts bridges, lakes, markets or airports with a quantifier and a head noun written
once, then names them after "là", "như" or "gồm". Read alone the names look like communes
("Bồng Sơn"), persons (a block of flats "An Dương Vương") or nothing at all ("Ông Kinh");
after such a head they are each a LOCATION. The head must be counted ("các", "những",
"nhiều", a number; a bridge with its classifier, "cây cầu", as "cầu thủ" is a player) and the list plainly a list (two names or more, each of two syllables
or holding a number: "CK7", "Số 8"); a list that holds a
province, a typed unit or an organisation is left alone ("các cảng như Hải Phòng, Đà
Nẵng" may name the cities).

>>> t = "Năm cây cầu là Đà Rằng, Bồng Sơn và Diêu Trì đã xuống cấp."
>>> [t[s:e] for s, e in landmark_list_items(t)]
['Đà Rằng', 'Bồng Sơn', 'Diêu Trì']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .street_lists import as_locations_in_lists

_COUNT = r"(?:các|những|nhiều|mấy|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)"
_CLASSIFIER = r"(?:cây|con|ngôi|cái|khu|tòa|toà)"
_HEADS = ("cây cầu", "hồ", "hồ chứa", "chợ", "sân bay", "cảng", "bến xe", "bến cảng", "đèo", "đảo",
          "chung cư", "bãi biển", "chùa", "đền", "nhà ga", "ga", "cửa khẩu", "khu công nghiệp",
          "khu đô thị", "công viên", "sân vận động", "núi", "thác")
_LOWER_WORD = r"(?!(?:ở|tại|của|thuộc)(?![\p{L}\p{M}]))[\p{Ll}\d][\p{Ll}\p{M}\d]*"  # "các chợ ở những thành phố như ...": the cities
_NAME = r"\p{Lu}[\p{L}\p{M}\d]*(?: +(?:\p{Lu}[\p{L}\p{M}\d]*|\d+))*"
# Syllables that make a head part of another word: "hồ sơ" (files), "đền bù" (compensation).
_NOT_A_HEAD_BEFORE = r"(?! +(?:sơ|hởi|nghi|bù|đáp|chính|ngược|lộn|đen|búa|ra|lăng)(?![\p{L}\p{M}]))"
_LIST = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:" + _COUNT + r") +(?:" + _CLASSIFIER + r" +)?(?:"
    + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")" + _NOT_A_HEAD_BEFORE +
    r"(?: +" + _LOWER_WORD + r"){0,8}? +(?:là|như|gồm|gồm có) *:? +"
    r"(?P<items>" + _NAME + r"(?: *, *" + _NAME + r")*(?: *,? +(?:và|hoặc) +" + _NAME + r")?)"
    r"(?![\p{L}\p{M}\d]| +\p{Lu})"
)
_ITEM = regex.compile(r"(?<=^|, *|(?:và|hoặc) +)" + _NAME)
_NOT_IN_A_LIST = frozenset({"PROVINCE", "ORGANIZATION"})


def landmark_list_items(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every name of the landmark lists in ``text``.

    >>> landmark_list_items("Cầu Rồng là cây cầu đẹp.")
    []
    >>> t = "Nhiều hồ chứa nước đang rơi vào mực nước chết như Ông Kinh, CK7, Suối Lớn, Số 8."
    >>> [t[s:e] for s, e in landmark_list_items(t)]
    ['Ông Kinh', 'CK7', 'Suối Lớn', 'Số 8']
    """
    return [span for _, items in _landmark_lists(text) for span in items]


def with_landmark_lists(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the names of landmark lists as LOCATION (a person or a bare commune
    spanning a name gives way to it).

    >>> t = "Số 4 chung cư được kiểm tra là An Dương Vương, Bình Đăng và Bùi Minh Trực."
    >>> found = [Entity("PERSON", 50, 63, "Bùi Minh Trực")]
    >>> [(e.label, e.text) for e in with_landmark_lists(t, found)]
    [('LOCATION', 'An Dương Vương'), ('LOCATION', 'Bình Đăng'), ('LOCATION', 'Bùi Minh Trực')]
    """
    lists = [(start, items[-1][1], items) for start, items in _landmark_lists(text)]
    result = as_locations_in_lists(text, entities, lists, "landmark", fits=lambda items, near: not any(
        e.label in _NOT_IN_A_LIST or _typed_unit(text, e) for e in near))  # "các khu đô thị như TPHCM, Biên Hòa": cities
    return sorted(result, key=lambda e: (e.start, -e.end))


def _typed_unit(text: str, entity: Entity) -> bool:
    """An administrative unit written with its type word ("xã Tân Phú")."""
    return entity.label in {"DISTRICT", "COMMUNE"} and entity.attrs.get("name_start", entity.start) != entity.start


def _landmark_lists(text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Where each list starts (its one-syllable names included) and its names."""
    lists = []
    for match in _LIST.finditer(text):
        start = match.start("items")
        items = [(start + m.start(), start + m.end()) for m in _ITEM.finditer(match.group("items"))
                 if " " in m.group() or any(c.isdigit() for c in m.group())]  # "Hồ" alone may open a word
        if len(items) >= 2:
            lists.append((start, items))
    return lists
