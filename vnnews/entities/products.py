"""A brand used as a product, not the company: followed by a model code ("Samsung C100",
"Nokia 6610"; a word with digits, not a year) or after a word for a thing ("chiếc Nissan",
"xe Toyota", "tivi Sony").

>>> t = "Top máy bán chạy: Nokia 6610, Samsung A800; Nokia năm 2005."
>>> toks = syllables(t)
>>> [toks[k].text for k in range(len(toks)) if model_follows(toks, k + 1)]
['Nokia', 'Samsung']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..normalize.syllable import is_syllable
from . import company_words
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_THING_WORDS = frozenset(company_words.PRODUCT_NOUNS) | {"chiếc", "môtô", "mô-tô"}

_MODEL_CODE = regex.compile(r"^(?!(?:19|20)\d\d$)(?:\p{Lu}{1,3}-?\d{2,5}\p{L}{0,3}|\d{3,5}\p{L}{0,3})$")
""""C100", "6610", "A800", "X-100i", "380D"; not "2005" (a year) nor "11" (a count: "Arsenal
11 điểm", "ASEAN 40%")."""
_COUNTED = frozenset({"điểm", "triệu", "tỷ", "tỉ", "nghìn", "ngàn", "người", "năm", "ngày", "tuổi", "phút",
                      "bàn", "trận", "usd", "đồng", "chiếc", "km", "tấn", "lần"})


def model_follows(tokens: Sequence[Syllable], k: int) -> bool:
    """True when token ``k`` is a model code written right after the token before it.

    >>> toks = syllables("Samsung C100 và Samsung 2005, Arsenal 11 điểm, Renault 130 điểm")
    >>> model_follows(toks, 1), model_follows(toks, 4), model_follows(toks, 6), model_follows(toks, 9)
    (True, False, False, False)
    """
    return 0 < k < len(tokens) and tokens[k].linked and _MODEL_CODE.match(tokens[k].text) is not None \
        and not (k + 1 < len(tokens) and tokens[k + 1].linked and tokens[k + 1].low in _COUNTED)


def thing_before(tokens: Sequence[Syllable], i: int) -> bool:
    """True when a word for a thing is written right before token ``i`` ("chiếc Nissan").

    >>> toks = syllables("chiếc Nissan đâm vào xe Toyota của Honda")
    >>> [toks[k].text for k in range(len(toks)) if thing_before(toks, k)]
    ['Nissan', 'Toyota']
    """
    return 0 < i < len(tokens) and tokens[i].linked and tokens[i - 1].low in _THING_WORDS


_NEXT_NAME = regex.compile(r" \p{Lu}[\p{L}\p{M}]*")
_CREDIT = regex.compile(r"(?i:ảnh|nguồn) ?: ?$")


def without_brands_of_named_things(text: str, entities: list) -> list:
    """``entities`` without a body of one word written right before another capitalised word
    that starts no entity: the brand of a product ("Microsoft Excel", "Intel Xeon", "AMD
    Athlon 64"), of an event ("Agribank Cup") or the first word of a longer name the rules
    did not read ("Bank One", "Asahi Shimbun"); not before a Vietnamese name, which names a
    branch or unit of the body ("Mạng Viettel Sao Mai", "UBCK Nhà nước"); a photo credit stays
    ("Ảnh: TTXVN Lương mới": a heading glued after it).
    Twenty-first stop: 13 such bodies in the seen gold, none right.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Bạn dùng Microsoft Excel hay bản của Microsoft? Ảnh: TTXVN Lương tăng; mạng Viettel Sao Mai."
    >>> [e.text for e in EntityRecognizer().extract(t) if e.label == "ORGANIZATION"]
    ['Microsoft', 'TTXVN', 'Viettel']
    """
    starts = {e.start for e in entities}
    return [e for e in entities if not (e.label == "ORGANIZATION" and " " not in e.text
                                        and (after := _NEXT_NAME.match(text, e.end)) and not _vietnamese_name(text, after)
                                        and e.end + 1 not in starts
                                        and not _CREDIT.search(text, max(0, e.start - 8), e.start))]


def _vietnamese_name(text: str, word: regex.Match) -> bool:
    """Whether the capitalised ``word`` (a match starting with a space) opens a Vietnamese
    name: a syllable with Vietnamese letters, or a syllable before another capitalised one
    ("Sao Mai"); not "Cup 2004", "Top 100" or "Phap vơi" (English words or one syllable alone).

    >>> t = "Viettel Sao Mai, UBCK Nhà nước, Agribank Cup 2004, Intel Xeon"
    >>> [m.group().strip() for m in _NEXT_NAME.finditer(t) if _vietnamese_name(t, m)]
    ['Sao', 'Nhà']
    """
    name = word.group()[1:]
    if not is_syllable(name):
        return False
    if not name.isascii():
        return True
    following = _NEXT_NAME.match(text, word.end())
    return following is not None and is_syllable(following.group()[1:])
