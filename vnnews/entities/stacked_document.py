"""Document-level signals for the stacked labeller: does a capitalised syllable also appear
capitalised mid-sentence elsewhere in the same text (a name written again), or in lower case
elsewhere (a common word that only opens a sentence or a title here)?

>>> from vnnews.entities.tokens import syllables
>>> text = "Hùng nói. Hôm qua ông Hùng đến. Mai là hôm thứ ba."
>>> syl = syllables(text)
>>> counts = document_counts(text, syl, [range(0, 2), range(2, 7), range(7, 12)])
>>> document_marks(text, syl[0:2], counts)
[['docmid'], []]
>>> document_marks(text, syl[2:7], counts)
[['doclow'], [], [], [], []]
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple, Sequence

from .stacked_runs import capital_runs
from .tokens import Syllable


class DocumentCounts(NamedTuple):
    """How often each syllable form is written capitalised mid-sentence (``mid``, by its
    form as written) and in lower case (``low``, by its lower-case form) in a whole text."""

    mid: Counter
    low: Counter


def sentence_counts(text: str, tokens: Sequence[Syllable]) -> DocumentCounts:
    """The counts of one sentence (its syllables ``tokens``).

    >>> from vnnews.entities.tokens import syllables
    >>> sentence_counts("Hôm qua ông Lâm đến", syllables("Hôm qua ông Lâm đến")).mid
    Counter({'Lâm': 1})
    """
    runs = capital_runs(text, tokens)
    return DocumentCounts(Counter(t.text for t, marks in zip(tokens, runs) if "capmid" in marks),
                          Counter(t.low for t in tokens if not t.cap))


def document_counts(text: str, syl: Sequence[Syllable], pieces: Sequence[range],
                    own: Sequence[DocumentCounts] | None = None) -> DocumentCounts:
    """The counts of a whole text cut into sentence ``pieces`` (token ranges of ``syl``);
    ``own``: each piece's :func:`sentence_counts`, when the caller has them already.

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Hôm qua ông Lâm đến. Lâm nghiệp"
    >>> document_counts(text, syllables(text), [range(0, 5), range(5, 7)]).mid
    Counter({'Lâm': 1})
    """
    if own is None:
        own = [sentence_counts(text, syl[piece.start:piece.stop]) for piece in pieces]
    mid, low = Counter(), Counter()
    for counts in own:
        mid.update(counts.mid)
        low.update(counts.low)
    return DocumentCounts(mid, low)


def document_marks(text: str, tokens: Sequence[Syllable], counts: DocumentCounts,
                   own: DocumentCounts | None = None) -> list[list[str]]:
    """For each capitalised syllable of one sentence: ``docmid`` when the same form is
    capitalised mid-sentence elsewhere in the text (outside this sentence), ``doclow`` when
    its lower-case form is written in lower case elsewhere; ``[]`` for lower case (``own``:
    the sentence's :func:`sentence_counts`, when the caller has them already).

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Lâm nói"
    >>> document_marks(text, syllables(text), document_counts(text, syllables(text), [range(0, 2)]))
    [[], []]
    """
    own = own if own is not None else sentence_counts(text, tokens)
    marks: list[list[str]] = []
    for token in tokens:
        mine = []
        if token.cap:
            if counts.mid[token.text] > own.mid[token.text]:
                mine.append("docmid")
            if counts.low[token.low] > own.low[token.low]:
                mine.append("doclow")
        marks.append(mine)
    return marks
