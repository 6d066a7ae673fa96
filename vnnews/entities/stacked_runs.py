"""Cheap proper-noun signals for the stacked labeller, in place of a POS/NER tagger: where a
syllable stands in its run of capitalised syllables, and whether its capital is mid-sentence
(a capital after a full stop or at the start says nothing about a name).

>>> from vnnews.entities.tokens import syllables
>>> text = "Hôm qua ông Nguyễn Văn An đến Hà Nội."
>>> capital_runs(text, syllables(text))[3:6]
[['run=3', 'runpos=B', 'capmid'], ['run=3', 'runpos=I', 'capmid'], ['run=3', 'runpos=E', 'capmid']]
>>> capital_runs(text, syllables(text))[0]
['run=1', 'runpos=S']
"""

from __future__ import annotations

from typing import Sequence

from .tokens import Syllable

OPENERS = ".!?…:\"“'‘(-–—"
"""Marks after which a capital may just open a sentence, a quotation or an aside."""
_POSITIONS = {(True, True): "S", (True, False): "B", (False, True): "E", (False, False): "I"}


def capital_runs(text: str, syl: Sequence[Syllable]) -> list[list[str]]:
    """For each syllable of one sentence: ``run=N`` (length of its run of capitalised
    syllables, 4 meaning four or more) with ``runpos=B/I/E/S``, and ``capmid`` when the run
    does not start the sentence nor follow a mark that opens one; ``[]`` for lower case.

    >>> from vnnews.entities.tokens import syllables
    >>> capital_runs("Bộ Y tế", syllables("Bộ Y tế"))
    [['run=2', 'runpos=B'], ['run=2', 'runpos=E'], []]
    """
    marks: list[list[str]] = [[] for _ in syl]
    k = 0
    while k < len(syl):
        if not syl[k].cap:
            k += 1
            continue
        end = k + 1
        while end < len(syl) and syl[end].cap and syl[end].linked:
            end += 1
        gap = text[syl[k - 1].end:syl[k].start].strip() if k else "."
        mid = ["capmid"] if not gap or gap[-1] not in OPENERS else []
        length = f"run={min(end - k, 4)}"
        for j in range(k, end):
            marks[j] = [length, "runpos=" + _POSITIONS[j == k, j == end - 1]] + mid
        k = end
    return marks
