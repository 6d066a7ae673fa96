"""Matching keys for place names, on top of :mod:`vnnews.normalize`.

:func:`fold` drops case and diacritics one character for one (on NFC text), so offsets
found in the folded text are offsets in the text; :func:`tone_key` is equal for both
tone-mark styles.

>>> fold("Xã Bình Định, TP. Hồ Chí Minh")
'xa binh dinh, tp. ho chi minh'
>>> tone_key("Hoà Bình") == tone_key("Hòa Bình") != tone_key("Hóa Bình")
True
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

from ..normalize import convert_tone_style, remove_diacritics


_DASHES = str.maketrans("\u2010\u2011\u2012\u2013\u2014\u2212", "------")
# Spaces within a line (tab, no-break space, thin space...) read as " "; line breaks stay,
# so no name is matched across two lines. Every such character is below U+3001.
_SPACES = str.maketrans(
    {c: " " for c in map(chr, range(0x3001)) if c.isspace() and c != " " and len(f"a{c}b".splitlines()) == 1}
)
# A syllable ending in y after a consonant or "qu" is also written with i: "Kỳ Anh"/"Kì Anh",
# "Quy Nhơn"/"Qui Nhơn" (not "Thụy", where y follows a vowel).
_FINAL_Y = regex.compile(r"(?<=\b(?:[bcdđghklmnprstvx]+|qu))[yýỳỷỹỵ](?!\w)")
_Y_AS_I = str.maketrans("yýỳỷỹỵ", "iíìỉĩị")
VIETNAMESE_SYLLABLE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$")
"""A folded syllable spelt the Vietnamese way (onset, vowels, final); "krong", "dak", "pah" are not."""
_APOSTROPHES = str.maketrans("", "", "'’`")


def fold(text: str) -> str:
    """Lower-case ``text``, drop its diacritics (đ → d), dashes as "-", spaces within a
    line (tab, no-break space) as " "; one character for one.

    A whole article is folded once however many place rules ask (the gazetteer scan, the
    historic units, lists, residences...): long texts go through a small cache of a pure
    function, thread-safe, that changes no result.

    >>> fold("Thừa Thiên – Huế"), fold("Khánh\\xa0Hoà\\tNha Trang")
    ('thua thien - hue', 'khanh hoa nha trang')
    >>> long = "Ủy ban nhân dân tỉnh Khánh Hòa " * 20
    >>> fold(long) is fold(long) and fold(long) == _fold(long)
    True
    """
    return _fold_long(text) if len(text) >= _LONG else _fold(text)


_LONG = 200  # shorter pieces (names, windows) are many and seldom repeated: folded afresh


def _fold(text: str) -> str:
    plain = remove_diacritics(text)
    if len(plain) != len(text):  # stray combining marks: keep each character's place
        plain = "".join(remove_diacritics(c) for c in text)
    lower = plain.lower()
    if len(lower) != len(plain):  # "İ" lower-cases to two characters
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in plain)
    return lower.translate(_DASHES).translate(_SPACES)


_fold_long = lru_cache(maxsize=4)(_fold)  # the article being read (and its recased copy)


@lru_cache(maxsize=65536)  # a pure function of its argument: the cache changes no result
def tone_key(text: str) -> str:
    """A key equal for both tone-mark styles ("hoà"/"hòa", "thuỷ"/"thủy"), case-insensitive,
    final y as i ("Kỳ"/"Kì"), hyphens and runs of spaces read as one space.

    >>> tone_key("Thuỷ") == tone_key("thủy"), tone_key("Bà Rịa-Vũng Tàu") == tone_key("bà rịa - vũng tàu")
    (True, True)
    """
    composed = unicodedata.normalize("NFC", text).lower().translate(_DASHES).replace("-", " ")
    return " ".join(final_y_as_i(convert_tone_style(composed, "new")).split())


def spelt_as(written: str, name: str) -> bool:
    """Whether ``written`` can be ``name`` as a reader takes it: without any diacritics, or
    with the name's own up to tone style and case.

    >>> spelt_as("Ha Tay", "Hà Tây"), spelt_as("Hà Tây", "Hà Tây"), spelt_as("Hạ Tây", "Hà Tây")
    (True, True, False)
    """
    return written.lower() == fold(written) or tone_key(written) == tone_key(name)


def folded_loosely(folded_name: str) -> bool:
    """Whether a folded place name has a syllable no Vietnamese word is spelt with: the names
    of the Central Highlands and the north-west ("Krông A Na", "Đắk Glong", "Chư Păh"), which
    news writes with marks and spaces of its own ("Krông Ana", "Đăk Glong", "Chư Pảh").
    Numbers and single letters, as in "phường 14" or "Châu Phú B", do not count.

    >>> [folded_loosely(fold(n)) for n in ("Krông A Na", "Chư Păh", "Hòa Bình", "Châu Phú B")]
    [True, True, False, False]
    """
    syllables = folded_name.translate(_APOSTROPHES).replace("-", " ").split()
    return any(s.isalpha() and len(s) > 1 and not VIETNAMESE_SYLLABLE.match(s) for s in syllables)


# First syllables of Ede, Jarai and Mnong place names ("Đắk Lua", "Ea Kar", "Ia Ly", "Chư Sê"),
# written with marks of their own even when the rest is spelt the Vietnamese way.
_HIGHLAND_PREFIXES = frozenset({"đắk", "đăk", "đak", "đắc", "ea", "ia", "krông", "chư", "cư"})
# Registry names where "Đắc" is the Sino-Vietnamese word (Hà Nội, Thái Nguyên), spelt exactly.
_VIETNAMESE_DAC = frozenset({"đắc sở", "đắc sơn"})


def highland_name(name: str) -> bool:
    """Whether a place name opens with a highland prefix, so that news may spell it with
    other marks or final c for k ("Đắc Lụa", "Đắk Lua" for the registry's "Đắc Lua").

    >>> [highland_name(n) for n in ("Đắc Lua", "Ea Kar", "Chư Sê", "Chu Minh", "Đắc Sở")]
    [True, True, True, False, False]
    """
    first = name.split(" ", 1)[0]
    return tone_key(first) in _HIGHLAND_PREFIXES and tone_key(name) not in _VIETNAMESE_DAC


def loose_spellings(folded_name: str) -> set[str]:
    """Other ways a loosely spelt folded name is written: final k for c and c for k, a
    typographic apostrophe or none, one-letter syllables joined to the next ("krong a na" →
    "krong ana").

    >>> sorted(loose_spellings("krong a na"))
    ['krong a na', 'krong ana']
    >>> sorted(loose_spellings("dak r'lap"))
    ["dac r'lap", 'dac rlap', 'dac r’lap', "dak r'lap", 'dak rlap', 'dak r’lap']
    """
    variants = {folded_name, folded_name.translate(_APOSTROPHES), folded_name.replace("'", "’")}
    variants |= {regex.sub(r"\b(\w) (?=\w)", r"\1", v) for v in variants}
    swapped = {regex.sub(r"(?<=[aeiou])([ck])\b", lambda m: "k" if m.group(1) == "c" else "c", v) for v in variants}
    return variants | swapped


def final_y_as_i(text: str) -> str:
    """Write a syllable-final y after a consonant or "qu" as i, one character for one.

    >>> final_y_as_i("kỳ anh, quy nhơn, thụy")
    'kì anh, qui nhơn, thụy'
    """
    return _FINAL_Y.sub(lambda m: m.group().translate(_Y_AS_I), text)
