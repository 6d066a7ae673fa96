"""Is a TCVN3 word with a toned first vowel a capital inside a sentence?

TCVN3 (ABC) fonts come in pairs: ".VnTime" and ".VnTimeH", whose glyphs for the same
codes are capitals. The code table has capitals only for Ă Â Đ Ê Ô Ơ Ư; a toned capital
("Ấ", "Ở", "Ý") was typed by switching to the H font, so once the font is gone the text
holds the lower-case code. At a sentence's start the capital is certain (:mod:`.tcvn3`);
inside one, "ở" is as likely as "Ở" -- but not for every word in every context: "Ấn"
before "Độ", "Ý" and "Úc" after "nước", "Ánh" after a capitalised given name are
capitals, "ở" before "Hà Nội" is not. The decoder asks this table, counted from VNTC
training text by ``models/tcvn3_capitals/build.py``: the word (lower case, old tone
style, so "Uỷ" and "Ủy" count as one) and whether the syllables just before and after
it are capitalised.

>>> capital_in_context("ấn", "next"), capital_in_context("ở", "next"), capital_in_context("ở", "")
(True, False, False)
"""

from __future__ import annotations

import json
import math
import re

from ..errors import ModelError
from ..resources import load_once, model_file
from .alphabet import split_tone
from .tones import convert_tone_style

#: The four contexts, by the capitalised neighbours: none, the previous, the next, both.
CONTEXTS = ("", "previous", "next", "both")


_PREVIOUS = re.compile(r"(\w)\w*[ \t]+$")
_NEXT = re.compile(r"[ \t]+(\w)")


def context_of(text: str, start: int, end: int) -> str:
    """The context (:data:`CONTEXTS`) of the word ``text[start:end]`` of Unicode text: is
    the word right before it (spaces between, no punctuation) capitalised, and the word
    right after? A toned capital ("Ấn") does not count: in decoded TCVN3 it is a guess.

    >>> text = "nước Ấn Độ, ở Hà Nội, ở đó"
    >>> context_of(text, 5, 7), context_of(text, 12, 13), context_of(text, 22, 23)
    ('next', 'next', '')
    """
    before = _PREVIOUS.search(text, max(0, start - 30), start)
    after = _NEXT.match(text, end)
    return CONTEXTS[_capital(before) + 2 * _capital(after)]


def _capital(match: re.Match | None) -> bool:
    return match is not None and match.group(1).isupper() and not split_tone(match.group(1))[1]


def table_key(word: str) -> str:
    """The table's key for ``word``: lower case, old tone style ("Uỷ" -> "ủy").

    >>> table_key("Uỷ"), table_key("ẤN")
    ('ủy', 'ấn')
    """
    return convert_tone_style(word.lower(), "old")


@load_once
def capital_contexts() -> dict[str, frozenset[str]]:
    """For each listed word, the contexts in which it is a capital.

    >>> sorted(capital_contexts()["ấn"])
    ['both', 'next']
    """
    path = model_file("tcvn3_capitals", "tcvn3_capitals.json")
    try:
        words = json.loads(path.read_text(encoding="utf-8"))["words"]
        return {word: frozenset(contexts) for word, contexts in words.items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"tcvn3_capitals/tcvn3_capitals.json is unreadable: {exc}") from exc


@load_once
def capital_neighbours() -> dict[str, dict[str, tuple[int, int]]]:
    """For each listed word, the neighbours (:func:`neighbours_of`) the table lists, with
    the times the word was a capital and lower case beside them ("all": anywhere); and
    under "" the odds above which the neighbours make it a capital.

    >>> capital_neighbours()["ảnh"]["prev:("][1] > capital_neighbours()["ảnh"]["prev:("][0]
    True
    """
    path = model_file("tcvn3_capitals", "tcvn3_neighbours.json")
    try:
        table = json.loads(path.read_text(encoding="utf-8"))
        words = {word: {key: (int(c), int(n)) for key, (c, n) in keys.items()} for word, keys in table["words"].items()}
        words[""] = {"odds": (float(table["odds"]), 1)}
        return words
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"tcvn3_capitals/tcvn3_neighbours.json is unreadable: {exc}") from exc


_PREVIOUS_TOKEN = re.compile(r"(\w+|[^\w\s])[ \t]*$")
_NEXT_TOKEN = re.compile(r"[ \t]*(\w+|[^\w\s])")


def neighbours_of(text: str, start: int, end: int) -> tuple[str, ...]:
    """The neighbour keys of the word ``text[start:end]``: "prev:" and "next:" with the
    word or punctuation mark right before and after it on its line, in lower case, and
    "pair:" with both ("Graz (Áo) -": "pair:( )").

    >>> neighbours_of("sáng nay ảnh: TTXVN", 9, 12), neighbours_of("(ảnh", 1, 4)
    (('prev:nay', 'next::', 'pair:nay :'), ('prev:(',))
    """
    before = _PREVIOUS_TOKEN.search(text, max(0, start - 30), start)
    after = _NEXT_TOKEN.match(text, end)
    keys = () if before is None else ("prev:" + before.group(1).lower(),)
    keys += () if after is None else ("next:" + after.group(1).lower(),)
    return keys + (("pair:%s %s" % (before.group(1).lower(), after.group(1).lower()),) if len(keys) == 2 else ())


def capital_by_neighbours(word: str, neighbours: tuple[str, ...]) -> bool:
    """Whether the neighbours of ``word`` (:func:`neighbours_of`) make it a capital: the
    odds of a capital (the word's own, times, for each neighbour the table lists, how
    much likelier that neighbour is beside the capital than beside the lower-case word;
    only the pair where the table lists it) above the table's "odds". "sáng nay ảnh:
    TTXVN" is "Ảnh:", "(ảnh: TTXVN)" stays; "Lê Văn ảnh cho" is "Ảnh".

    >>> capital_by_neighbours("ý", ("prev:nước", "next:,")), capital_by_neighbours("ý", ("prev:có", "next:kiến"))
    (True, False)
    """
    table = capital_neighbours()
    listed = table.get(table_key(word))
    if not listed:
        return False
    pairs = [key for key in neighbours if key.startswith("pair:") and key in listed]
    capitals, lowers = listed["all"]
    log_odds = math.log((capitals + 1) / (lowers + 1))
    for key in pairs or [key for key in neighbours if key in listed]:
        capital, lower = listed[key]
        log_odds += math.log((capital + 0.5) / (capitals + 1)) - math.log((lower + 0.5) / (lowers + 1))
    return log_odds > math.log(table[""]["odds"][0])


def capital_in_context(word: str, context: str) -> bool:
    """Whether ``word`` (decoded, any case) is a capital in ``context`` (:data:`CONTEXTS`).

    >>> capital_in_context("Úc", "")
    True
    """
    return context in capital_contexts().get(table_key(word), ())
