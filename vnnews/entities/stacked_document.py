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
from typing import Collection, NamedTuple, Sequence

from .stacked_runs import OPENERS
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
    return DocumentCounts(Counter(mid_capitals(text, tokens)), Counter(t.low for t in tokens if not t.cap))


def mid_capitals(text: str, syl: Sequence[Syllable], starts: Collection[int] = ()) -> list[str]:
    """The forms of the syllables :func:`.stacked_runs.capital_runs` marks ``capmid`` (in a run
    of capitals that neither opens the sentence nor follows a mark that opens one), found
    without building every syllable's marks; ``starts``: indexes of ``syl`` that open a
    sentence of their own (a text cut into pieces, read in one pass).

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Hôm qua ông Lê Tám đến. Mai ông Tám về"
    >>> mid_capitals(text, syllables(text)), mid_capitals(text, syllables(text), {6})
    (['Lê', 'Tám', 'Tám'], ['Lê', 'Tám', 'Tám'])
    >>> text = "Hôm qua ông Lê Tám đến, Bà Hoa về"
    >>> mid_capitals(text, syllables(text)), mid_capitals(text, syllables(text), {6})
    (['Lê', 'Tám', 'Bà', 'Hoa'], ['Lê', 'Tám'])
    """
    return [token.text for token, mid in zip(syl, mid_flags(text, syl, starts)) if mid]


def mid_flags(text: str, syl: Sequence[Syllable], starts: Collection[int] = ()) -> list[bool]:
    """For each syllable, whether :func:`mid_capitals` takes it."""
    flags: list[bool] = []
    inside = False  # the syllable before is in a run read as mid-sentence
    for k, token in enumerate(syl):
        inside = token.cap and _capital_mid(text, syl, k, inside, not k or k in starts)
        flags.append(inside)
    return flags


def _capital_mid(text: str, syl: Sequence[Syllable], k: int, inside: bool, opens: bool) -> bool:
    """Whether the capitalised syllable ``k`` is in a run read as mid-sentence, given whether
    the syllable before is (``inside``) and whether ``k`` opens a sentence (``opens``)."""
    if opens:
        return False  # a run that opens the sentence
    if not (syl[k].linked and syl[k - 1].cap):  # a run starts here
        gap = text[syl[k - 1].end:syl[k].start].strip()
        return not gap or gap[-1] not in OPENERS
    return inside


class DocumentPlaces(NamedTuple):
    """In which piece of a text each form is written capitalised mid-sentence (``mid``, by the
    form as written) and in lower case (``low``, by its lower-case form): the piece's index,
    or -1 when in more than one piece. What :func:`piece_marks` needs of
    :class:`DocumentCounts`, read in one pass over the text."""

    mid: dict
    low: dict


def document_places(text: str, syl: Sequence[Syllable], pieces: Sequence[range]) -> DocumentPlaces:
    """The :class:`DocumentPlaces` of a text cut into sentence ``pieces`` (token ranges of
    ``syl``, together covering it).

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Hôm qua ông Lâm đến. Lâm nghiệp. Mai ông Lâm về"
    >>> places = document_places(text, syllables(text), [range(0, 5), range(5, 7), range(7, 11)])
    >>> places.mid, places.low["đến"], places.low["ông"]
    ({'Lâm': -1}, 0, -1)
    """
    mid: dict = {}
    low: dict = {}
    inside = False  # as mid_flags, read in the same pass: the syllable before is in a mid run
    for n, piece in enumerate(pieces):
        first = piece.start
        for k in piece:
            token = syl[k]
            if not token.cap:
                inside = False
                if low.setdefault(token.low, n) != n:
                    low[token.low] = -1
                continue
            inside = _capital_mid(text, syl, k, inside, k == first)
            if inside and mid.setdefault(token.text, n) != n:
                mid[token.text] = -1
    return DocumentPlaces(mid, low)


def piece_marks(tokens: Sequence[Syllable], n: int, places: DocumentPlaces) -> list[list[str]]:
    """:func:`document_marks` of piece ``n`` (its syllables ``tokens``) of a text read by
    :func:`document_places`: the same marks, without counting the piece again.

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Hùng nói. Hôm qua ông Hùng đến"
    >>> syl = syllables(text)
    >>> piece_marks(syl[0:2], 0, document_places(text, syl, [range(0, 2), range(2, 7)]))
    [['docmid'], []]
    """
    marks: list[list[str]] = []
    for token in tokens:
        mine = []
        if token.cap:
            where = places.mid.get(token.text)
            if where is not None and where != n:
                mine.append("docmid")
            where = places.low.get(token.low)
            if where is not None and where != n:
                mine.append("doclow")
        marks.append(mine)
    return marks


def document_counts(text: str, syl: Sequence[Syllable], pieces: Sequence[range],
                    own: Sequence[DocumentCounts] | None = None) -> DocumentCounts:
    """The counts of a whole text cut into sentence ``pieces`` (token ranges of ``syl``,
    together covering it), read in one pass; ``own``: each piece's :func:`sentence_counts`,
    when the caller has them already (then summed).

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Hôm qua ông Lâm đến. Lâm nghiệp"
    >>> document_counts(text, syllables(text), [range(0, 5), range(5, 7)]).mid
    Counter({'Lâm': 1})
    """
    if own is None:
        starts = {piece.start for piece in pieces}
        return DocumentCounts(Counter(mid_capitals(text, syl, starts)), Counter(t.low for t in syl if not t.cap))
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
