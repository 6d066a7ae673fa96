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


def capital_in_context(word: str, context: str) -> bool:
    """Whether ``word`` (decoded, any case) is a capital in ``context`` (:data:`CONTEXTS`).

    >>> capital_in_context("Úc", "")
    True
    """
    return context in capital_contexts().get(table_key(word), ())
