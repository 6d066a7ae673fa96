"""Lists of administrative units that share one type word written once before them.

Two kinds that :mod:`vnnews.entities.mentions` reads besides "các xã A, B và C":

- a plural type word and a few lower-case words before "như", "gồm", "là" or a colon:
  "các xã còn lại như Công Hải, Hộ Hải", "các phường gồm Bến Nghé, Đa Kao", "3 xã: A, B",
  "hai xã là Du Tiến và Du Già"
  (:func:`list_intros` says where such a list starts and which type it gives);
- a singular commune type word and names after commas: "xã Nghĩa Dũng, Nghĩa Dõng". A
  comma there also starts an address ("xã Tân Phú, Đồng Xoài"), so a name after it joins
  the list only when it is a commune of the same district as the typed one and names no
  district or province (:func:`is_sibling_item`);
- a singular district type word and names or numbers after commas: "quận 10, 11, Tân
  Bình", "quận Hai Bà Trưng, Long Biên": an item joins when it is a district of that type
  in the typed district's province and no province (:func:`is_sibling_district`); a bare
  number only where the list goes on or stops after it ("quận 6, 8...", not "quận 3, 5
  người").

>>> text = "Các xã còn lại như Công Hải, Hộ Hải đã trả thóc."
>>> list_intros(text, fold(text))
{19: ('xã',)}
"""

from __future__ import annotations

import regex

from ._fold import fold, tone_key
from .gazetteer import TYPE_WORDS, Gazetteer, Surface

NUMBER_WORDS = ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười")
"""Numbers written as words before a plural type word ("hai xã là Du Tiến và Du Già"); read
with their diacritics, so "bà xã" (a wife) opens no list."""
MAX_WORDS_BETWEEN = 5  # "các xã còn lại như", "một số quận huyện có nguy cơ bùng phát như"
_TYPES = r"(?:thi tran|thi xa|xa|phuong|huyen|quan)"
# On folded text: a plural, a type word (or two: "quận huyện", "xã phường"), a few words, then
# "như"/"gồm (có)"/"là" and/or a colon.
_INTRO = regex.compile(
    r"(?<![\w.])(?:cac|nhung|mot so|\d+|(" + "|".join(fold(w) for w in NUMBER_WORDS) + r")) +(" + _TYPES + r"(?: +" + _TYPES + r")?)"
    r"((?: +[^\W\d_]+){0," + str(MAX_WORDS_BETWEEN) + r"}?)"
    r"(?: +(nhu|gom co|gom|la)(?!\w) *:?| *:) *"
)
_CONNECTIVES = {tone_key(w) for w in ("như", "gồm có", "gồm", "là")}
_NUMBER_KEYS = {tone_key(w) for w in NUMBER_WORDS}
_TYPE_KEYS = {tone_key(w) for w in ("thị trấn", "thị xã", "xã", "phường", "huyện", "quận")}


def list_intros(text: str, folded: str) -> dict[int, tuple[str, ...]]:
    """Where a list after a plural type word and its connective starts (the offset of its
    first name), with the unit types the type word names.

    >>> text = "các huyện miền núi gồm Mường Tè, Sìn Hồ; các xã như vậy"
    >>> list_intros(text, fold(text))
    {23: ('huyện',)}
    >>> text = "một số quận huyện như Bình Chánh, những quận xa như Gò Vấp"
    >>> list_intros(text, fold(text))
    {22: ('quận', 'huyện'), 52: ('quận',)}
    """
    intros = {}
    for match in _INTRO.finditer(folded):
        type_start, type_end = match.span(2)
        between = text[match.start(3):match.end(3)]
        if any(c.isupper() for c in between):
            continue  # "các xã Tân Phú như ...": a name, not words about the list
        types = _type_words(match.group(2))
        if not text.isascii():
            connective = match.group(4)
            written = text[match.start(4):match.end(4)] if connective else ":"
            kept = [tone_key(word) in _TYPE_KEYS for word in _type_words(text[type_start:type_end])]
            if not kept[0]:
                continue  # "các xa ...": not the type word
            types = types[:kept.index(False)] if False in kept else types  # "những quận xa như": "far", no "xã"
            if connective and tone_key(written) not in _CONNECTIVES:
                continue  # "là" but not "lá", "như" but not "nhu"
            if match.group(1) and tone_key(text[match.start(1):match.end(1)]) not in _NUMBER_KEYS:
                continue  # "bà xã là ...": a wife, not two communes
        if match.end() < len(text) and text[match.end()].isupper():
            intros[match.end()] = tuple(t for word in types for t in TYPE_WORDS[word])
    return intros


def _type_words(written: str) -> list[str]:
    """The one or two type words of a list's intro ("quận huyện" → "quận", "huyện").

    >>> _type_words("quan huyen"), _type_words("thi tran")
    (['quan', 'huyen'], ['thi tran'])
    """
    words = written.split()
    out, k = [], 0
    while k < len(words):
        pair = " ".join(words[k:k + 2])
        if fold(pair) in ("thi tran", "thi xa"):
            out.append(pair)
            k += 2
        else:
            out.append(words[k])
            k += 1
    return out


def is_sibling_item(gaz: Gazetteer, typed: tuple[Surface, ...], types: tuple[str, ...],
                    item: tuple[Surface, ...]) -> bool:
    """Whether a bare name after a comma continues a list opened by a singular commune type
    word: every reading of it is a commune, and one shares its district with a reading of
    the typed name.

    >>> from vnnews.entities.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> is_sibling_item(gaz, gaz.surfaces("Nghĩa Dũng"), ("xã",), gaz.surfaces("Nghĩa Dõng"))
    True
    >>> is_sibling_item(gaz, gaz.surfaces("Nghĩa Dũng"), ("xã",), gaz.surfaces("Tư Nghĩa"))
    False
    """
    units = [gaz.unit(s.unit_id) for s in item]
    if not units or any(u.level != "commune" for u in units):
        return False
    districts = {_district(gaz, gaz.unit(s.unit_id)) for s in typed if gaz.unit(s.unit_id).type in types}
    districts.discard(None)
    return any(_district(gaz, u) in districts for u in units)


def is_sibling_district(gaz: Gazetteer, typed: tuple[Surface, ...], types: tuple[str, ...],
                        item: tuple[Surface, ...]) -> bool:
    """Whether a bare name after a comma continues a list opened by a singular district type
    word: no reading of it is a province, and one is a district of that type in the
    province of a reading of the typed name.

    >>> from vnnews.entities.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> is_sibling_district(gaz, gaz.surfaces("Hai Bà Trưng"), ("quận",), gaz.surfaces("Long Biên"))
    True
    >>> is_sibling_district(gaz, gaz.surfaces("Ba Đình"), ("quận",), gaz.surfaces("Hà Nội"))
    False
    """
    units = [gaz.unit(s.unit_id) for s in item]
    if not units or any(u.level == "province" for u in units):
        return False
    provinces = {gaz.province_of(gaz.unit(s.unit_id)).id for s in typed
                 if gaz.unit(s.unit_id).level == "district" and gaz.unit(s.unit_id).type in types}
    return any(u.level == "district" and u.type in types and gaz.province_of(u).id in provinces for u in units)


def number_item_ends(text: str, end: int) -> bool:
    """Whether a bare number ending at ``end`` closes a list item: a comma, "và", a closing
    mark or the end follows, not a noun it counts ("3, 5 người").

    >>> [number_item_ends(t, 9) for t in ("quận 3, 5, 10", "quận 3, 5 người", "quận 6, 8...", "quận 6, 8 và 9")]
    [True, False, True, True]
    """
    return _NUMBER_ITEM_END.match(text, end) is not None


_NUMBER_ITEM_END = regex.compile(r"\s*(?:$|[,;.…)\]\n]|(?:và|hoặc|va)\s)")


def _district(gaz: Gazetteer, unit) -> int | None:
    parent = gaz.unit(unit.parents[0]) if unit.parents else None
    return parent.id if parent is not None and parent.level == "district" else None
