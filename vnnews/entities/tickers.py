"""Stock tickers listed side by side in market news: "tập trung ở FPT, VNM và HPG".

A company listed on the Vietnamese exchanges is named by a ticker of three capital letters,
and market reports list several together. In a sentence about the stock market (a word
such as "cổ phiếu", "mã", "chứng khoán", "HoSE", "VN-Index", "khối ngoại"), each item of a
list of two or more tickers (joined by commas and a last "và") is an ORGANIZATION; so is
the rest of such a list after one ticker already known as a body. Three-letter acronyms of
currencies, figures and generic bodies ("USD", "GDP", "CPI", "ETF") are never tickers (the
seventeenth stop).

>>> t = "Quý III, khối ngoại bán ròng, tập trung ở FPT, VNM và HPG; giá USD và EUR tăng."
>>> [e.text for e in with_listed_tickers(t, syllables(t), [])]
['FPT', 'VNM', 'HPG']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_TICKER = regex.compile(r"^[A-Z]{3}$")
_TWO_CAPITALS = regex.compile(r"(?<![\p{L}\p{N}])[A-Z]{3}(?:,| và) [A-Z]{3}(?![\p{L}\p{N}])")
_MARKET = regex.compile(r"(?i:cổ phiếu|chứng khoán|khối ngoại|niêm yết|thanh khoản)|(?<![\p{L}])mã(?![\p{L}])"
                        r"|HoSE|HOSE|HNX|UPCoM|UPCOM|VN-Index|VN30|sàn")
NOT_TICKERS = frozenset("""
USD VND EUR JPY CNY GBP AUD SGD THB KRW GDP GNP CPI PMI FDI ODA ETF IPO VAT BOT BTO PPP CEO CFO
CTO ATM POS WTO FTA TPP APEC ASEAN HIV SARS OTC NAV EPS ROE ROA AGM ESG TTCK CTCK NĐT SXKD
UBND HĐND TAND BHXH TNHH MTV JSC LLC LTD INC CPU GPU RAM ROM USB LCD LED DVD PDA SMS GPS SIM
""".split())
"""Acronyms of three capitals that are no company's ticker."""


def with_listed_tickers(text: str, tokens: Sequence[Syllable], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the tickers of a list in market news added as ORGANIZATION.

    >>> t = "Cổ phiếu HPG và NVL giảm sàn."
    >>> [e.text for e in with_listed_tickers(t, syllables(t), [])]
    ['HPG', 'NVL']
    >>> t = "Hãng ABC và XYZ ký hợp đồng."
    >>> with_listed_tickers(t, syllables(t), [])
    []
    """
    if _TWO_CAPITALS.search(text) is None:
        return list(entities)  # most texts: no two three-capital words side by side
    known = {e.start for e in entities if e.label == "ORGANIZATION"}
    taken = EntitiesByStart(entities)
    market = _MARKET.search(text) is not None
    found = []
    for items in _lists(text, tokens):
        if len(items) < 2 or not (market or any(t.start in known for t in items)):
            continue
        found += [Entity("ORGANIZATION", t.start, t.end, t.text, t.text, {"kind": "ticker"}) for t in items
                  if not taken.overlap(t.start, t.end)]
    return sorted([*entities, *found], key=lambda e: (e.start, -e.end)) if found else list(entities)


def _lists(text: str, tokens: Sequence[Syllable]) -> list[list[Syllable]]:
    """Runs of tickers joined by a comma or "và"."""
    runs, run = [], []
    for k, token in enumerate(tokens):
        if _is_ticker(token) and run and _joined(text, tokens, k):
            run.append(token)
        elif _is_ticker(token):
            runs.append(run)
            run = [token]
        elif not (token.low == "và" and run and run[-1] is tokens[k - 1] and k + 1 < len(tokens)
                  and _is_ticker(tokens[k + 1])):
            runs.append(run)
            run = []
    runs.append(run)
    return [r for r in runs if r]


def _is_ticker(token: Syllable) -> bool:
    return _TICKER.match(token.text) is not None and token.text not in NOT_TICKERS and not _ROMAN.match(token.text)


_ROMAN = regex.compile(r"^[IVXLC]+$")  # "quý III, LAF": a quarter, not a ticker


def _joined(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Token ``k`` follows the previous ticker after a comma, or after "và"."""
    previous = tokens[k - 1]
    if previous.low == "và":
        return tokens[k].linked
    return text[previous.end:tokens[k].start].strip() == ","
