"""Capitalised runs of foreign words that name a thing by its English words, not a person.

The spelling rule of :mod:`.foreign` reads two or three capitalised foreign-spelt words as a
person ("Tony Blair"). Names of programs, devices, channels and services are spelt the same
way ("Media Player", "Smart Card", "Laser Argon", "Disable Browser Integration"). What gives
them away is a common English word before the last word: Vietnamese news writes such words
in lower case too ("card đồ họa", "media", "laser"), and never a person's given name.
``models/person_names/english_words.json`` lists the foreign-spelt words VNTC train writes in
lower case often enough (:data:`MIN_LOWER` times, and at least a tenth as often as with a
capital). A run is kept as a person when one of its words is written after an honorific in
at least :data:`NAME_SHARE` of its lone uses ("Nick Carter": "anh Nick"), the evidence
:mod:`.foreign_subjects` reads.

>>> from .tokens import syllables
>>> [thing_in_english(syllables(t)) for t in ("Media Player", "Tony Blair", "Avant Browser")]
[True, False, False]
"""

from __future__ import annotations

from typing import Sequence

from ..errors import ModelError
from ..resources import load_once, model_file
from .tokens import Syllable

NAME_SHARE = 0.05
"""A word written after an honorific in this share of its lone uses (``foreign_surnames.json``)
is a person's name whatever else the run holds."""


@load_once
def english_words() -> frozenset[str]:
    """Foreign-spelt words VNTC train also writes in lower case (``english_words.json``).

    >>> "card" in english_words(), "blair" in english_words()
    (True, False)
    """
    import json

    path = model_file("person_names", "english_words.json")
    try:
        return frozenset(json.loads(path.read_text(encoding="utf-8"))["words"])
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"person_names/english_words.json is unreadable: {exc}") from exc


def thing_in_english(run: Sequence[Syllable]) -> bool:
    """A common English word stands before the run's last word and no word of the run is
    written after an honorific often enough to be a name.

    >>> from .tokens import syllables
    >>> [thing_in_english(syllables(t)) for t in ("Smart Card", "Nick Media Carter")]
    [True, False]
    """
    from .foreign_subjects import foreign_surname_shares  # foreign_subjects builds on .foreign

    words = english_words()
    if not any(t.low in words for t in run[:-1]):
        return False
    shares = foreign_surname_shares()
    return not any(shares.get(t.text, 0.0) >= NAME_SHARE for t in run)
