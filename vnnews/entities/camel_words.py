"""CamelCase words that name no body: products, addresses, glued words and parts of longer
names. News spells companies in CamelCase ("VnExpress", "MobiFone", "VeriSign"), but also
products and files ("ProCurve 2600", "FixMytob.exe", "SeeWhatYouShare.com"), ships and
programmes written with a second name ("SuperStar Virgo", "EasyShare One"), foreign names
with a lost space ("Danny DeVito", "ChichesterWest Sussex") and a word glued to the next
line's Vietnamese word when a line break was lost ("PichiGửi tới"; two Vietnamese
syllables glued so, "ThanhGửi", are cut apart by :func:`.tokens.syllables` already).

>>> t = "Dùng ProCurve 2600 tại SeeWhatYouShare.com; tàu SuperStar Virgo; PichiGửi tới; VnExpress."
>>> toks = syllables(t)
>>> camel = [k for k, x in enumerate(toks) if x.text[1:] != x.text[1:].lower()]
>>> [toks[k].text for k in camel if camel_no_body(t, toks, k)]
['ProCurve', 'SeeWhatYouShare', 'SuperStar', 'PichiGửi']
"""

from __future__ import annotations

from typing import Sequence

import regex

from .tokens import Syllable, sentence_start, syllables  # noqa: F401 (doctests)

_LAST_PART = regex.compile(r"\p{Ll}(\p{Lu}[\p{Ll}\p{Lu}]*?)$")
_GLUED_AFTER = regex.compile(r"\.\p{L}|@")
_SOFTWARE_WORDS = frozenset({"dùng", "dung", "sử dụng", "su dung", "phần mềm", "phan mem", "file", "tệp", "tập tin", "cài", "cài đặt",
                             "tải", "hệ điều hành", "trình duyệt", "định dạng", "chuẩn", "công nghệ"})
"""Words before a product or a format ("sử dụng WinXP", "file DivX", "chuẩn WiMax"); two-word
ones are matched on the two tokens before."""


def camel_no_body(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """Whether the CamelCase word at ``i`` is no body by what is written around it: a number
    after it, a file or web extension or "@" glued to it, a capitalised word on either side
    (a longer name; not a sentence's first word before it), or a last part that carries a
    Vietnamese diacritic ("Gửi", "Như": two words glued across a lost line break)."""
    token = tokens[i]
    last = _LAST_PART.search(token.text)
    if last is None:
        return False  # "Bank": no capital inside
    if not last.group(1).isascii():
        return True
    if _GLUED_AFTER.match(text, token.end):
        return True
    if token.linked and i > 0 and (tokens[i - 1].low in _SOFTWARE_WORDS
                                   or i > 1 and f"{tokens[i - 2].low} {tokens[i - 1].low}" in _SOFTWARE_WORDS):
        return True
    nxt = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].linked else None
    if nxt is not None and (nxt.cap or nxt.text[0].isdigit()):
        return True
    return i > 0 and token.linked and tokens[i - 1].cap and not sentence_start(text, tokens[i - 1])
