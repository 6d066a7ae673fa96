"""The fast path of tone placement: vowel clusters whose mark is right wherever they occur.

Most syllables of clean text already have their mark in the right place, and a mark
on a lone vowel is always right. For each style, every vowel cluster that can occur
in a syllable (with each tone on each of its vowels) is tried in every context that
changes the rule -- after q, after g (they take a u or i into the onset), after any
other letter or none -- with or without a final consonant. The clusters that come
out unchanged are *safe* there: words whose only marked clusters are safe are never
looked at.

>>> "ườ" in safe_clusters("new"), "òa" in safe_clusters("old"), "òa" in safe_clusters("new")
(True, False, False)
>>> [m.group() for m in marked_clusters("Hòa Bình, NGƯỜI, gĩa")]
['òa', 'ƯỜI', 'ĩa']
"""

from __future__ import annotations

import re
from typing import Iterator

from .alphabet import BASE_VOWELS, TONED_VOWELS, with_tone
from .syllable import NUCLEI, place_tone

_VOWELS = "".join(sorted(set(BASE_VOWELS + BASE_VOWELS.upper()) | TONED_VOWELS))
_TONED = "".join(sorted(TONED_VOWELS))
#: A whole run of two or more vowels (greedy, so a match is never part of a longer run).
_VOWEL_RUN = re.compile(f"[{_VOWELS}]{{2,}}")
#: Inside a run: a marked vowel next to another vowel, or uơ/ưo (a lost horn).
_MARKED_PAIR = re.compile(f"[{_VOWELS}][{_TONED}]|[{_TONED}][{_VOWELS}]|[uU][ơƠ]|[ưƯ][oO]")
#: Letters before a cluster that change its rule: q and g take a u or i into the onset.
ONSET_CLASSES = ("q", "g", "")


def marked_clusters(text: str) -> Iterator[re.Match]:
    """Whole vowel runs of ``text`` with a marked vowel beside another vowel or a lost
    horn (uơ/ưo); linear in the length of ``text``, however long its vowel runs.

    >>> [m.span() for m in marked_clusters("hoà " + "a" * 50 + " quý")]
    [(1, 3), (56, 58)]
    """
    return (run for run in _VOWEL_RUN.finditer(text) if _MARKED_PAIR.search(run.group()))


def safe_clusters(style: str, before: str = "") -> frozenset[str]:
    """Lower-case marked vowel clusters that are right after ``before`` ("q", "g", or
    "" for any other letter or none) for ``style``, with or without a final consonant.

    >>> "uả" in safe_clusters("new", "q"), "uả" in safe_clusters("new"), "ại" in safe_clusters("old")
    (True, False, True)
    """
    onsets = (before,) if before else ("", "b")
    safe = set()
    for cluster in NUCLEI | {"u" + n for n in NUCLEI} | {"i" + n for n in NUCLEI}:
        for position, vowel in enumerate(cluster):
            for tone in range(1, 6):
                marked = cluster[:position] + with_tone(vowel, tone) + cluster[position + 1 :]
                words = [onset + marked + coda for onset in onsets for coda in ("", "n")]
                if all(place_tone(word, style) == word for word in words):
                    safe.add(marked)
    return frozenset(safe)
