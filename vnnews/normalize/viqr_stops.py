"""Is a VIQR word's final "." or "?" its tone mark when a break follows it?

"Thi." is "Thị" or "Thi" + full stop, "Tre?" is "Trẻ" or "Tre" + question mark. Inside
a sentence the next character tells (:func:`.viqr.viqr_words`); at a *break* -- the end of a
line, or a space then a capital, a digit, a bracket or a quote (:func:`at_a_break`) -- it
does not. There the mark is a tone when the
toned word ends lines or comes before capitals unpunctuated more often than the plain word
is followed by that punctuation in news text ("Nguyễn Thị Minh", "Bộ Y tế", "Theo Tuổi Trẻ";
but "Tây.", "thi.", "đâu?"): counted from VNTC training articles by
``models/viqr_stops/build.py``. A word the table does not list keeps its punctuation.

>>> toned_at_a_break("Thị", "Nguye^~n Thi. Minh", 13), toned_at_a_break("Tậy", "Ha` Ta^y. Minh", 9)
(True, False)
"""

from __future__ import annotations

import json

from ..errors import ModelError
from ..resources import load_once, model_file


def stop_key(word: str) -> str:
    """The table's key for ``word``: lower case, or title case when it starts with a capital.

    >>> stop_key("THỊ"), stop_key("Thị"), stop_key("thị")
    ('Thị', 'Thị', 'thị')
    """
    return word if word.islower() else word[:1].upper() + word[1:].lower()


@load_once
def stop_words() -> frozenset[str]:
    """The toned words (table keys) whose final VIQR mark is a tone at a break.

    >>> "Thị" in stop_words(), "Thi" in stop_words(), "Tậy" in stop_words()
    (True, False, False)
    """
    path = model_file("viqr_stops", "viqr_stops.json")
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"viqr_stops/viqr_stops.json is unreadable: {exc}") from exc


#: Closing quotes and brackets, which may stand between a word's mark and the break.
CLOSING = ")]}\"'”’»"


def at_a_break(text: str, end: int) -> bool:
    """Whether ``text[end:]`` starts with a break, after any closing quotes or brackets:
    spaces to the end of the line, or spaces then anything but a lower-case letter (a
    capital, a digit, an opening bracket or quote, a dash).

    >>> [at_a_break(t, 3) for t in ("ho. Lan", "ho. lan", "ho.  \\nx", "ho.) (1)", "ho.)x", "ho.,")]
    [True, False, True, True, False, False]
    """
    while end < len(text) and text[end] in CLOSING:
        end += 1
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    if after == len(text) or text[after] in "\r\n":
        return True
    return after > end and not text[after].islower()


def toned_at_a_break(toned: str, text: str, end: int) -> bool:
    """Whether the word ending at ``text[end]`` with a final "." or "?" is ``toned`` (the
    word decoded with that mark as its tone) rather than the plain word and punctuation.

    >>> toned_at_a_break("Trẻ", "Theo Tuo^?i Tre?", 16), toned_at_a_break("đẩu", "dda^u?", 6)
    (True, False)
    """
    return at_a_break(text, end) and is_listed(toned)


def is_listed(toned: str) -> bool:
    """Whether the table lists ``toned``: its final mark is more often a tone than punctuation.

    >>> is_listed("cả"), is_listed("saỏ")
    (True, False)
    """
    return stop_key(toned) in stop_words()
