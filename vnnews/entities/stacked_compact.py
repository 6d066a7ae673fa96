"""Compact syllable features for the fast stacked labeller: the marks of
:func:`.stacked_features.sentence_features` without the ones that say "nothing here".

A syllable no rule entity covers gets no ``r=O``, a lower-case syllable with a Vietnamese
mark no ``s=aa``, a syllable after a plain space no ``gap=``, and the syllable pairs
(``w0w1``, ``w-1w0``, 93 % of them unknown to a model trained on the gold set) are left
out. A CRF with a ``bias`` feature per label reads the missing default as well as the
written one, so the model keeps what it can learn while each syllable carries about half as
many strings to build and hand to CRFsuite (benchmarks/entities_stacked.md, "Nineteenth
stop").

>>> from vnnews.entities import EntityRecognizer
>>> from vnnews.entities.tokens import syllables
>>> text = "Ông Nguyễn Văn An đến"
>>> rows = compact_features(text, syllables(text), EntityRecognizer(stacked=False).extract(text))
>>> [f for f in rows[4] if f[:3] in ("w=đ", "-1:")]
['w=đến', '-1:w=an', '-1:s=Aa~', '-1:r=I-PERSON', '-1:r=PERSON.cue=honorific']
>>> any({"r=O", "s=aa", "gap="} & set(row) or any(f.startswith("w0w1=") for f in row) for row in rows)
False
"""

from __future__ import annotations

from typing import Sequence

from .persons import given_name_shares, is_surname
from .stacked_features import _HEAD_FIRST, _HEAD_PAIRS, rule_tags, shape, with_neighbours, with_pairs
from .tokens import Syllable

_QUIET_SHAPE = "aa"
"""The shape left unwritten: a lower-case syllable with a Vietnamese letter or mark."""


def compact_features(text: str, syl: Sequence[Syllable], entities,
                     extra: Sequence[list[str]] | None = None, pairs: bool = False,
                     outside: bool = False) -> list[list[str]]:
    """CRFsuite feature strings of each syllable of ``text``: form, shape, punctuation
    before it, the rule entities covering it (:func:`.stacked_features.rule_tags`), family
    name, given-name share, organisation head words, and the form, shape, rule tags, family
    name and head words of the syllables ±2 around it; defaults unwritten (module
    docstring); ``extra``: more marks of each syllable (the document marks); ``pairs``: with
    the syllable pairs all the same; ``outside``: with ``r=O`` all the same.

    >>> from vnnews.entities.tokens import syllables
    >>> compact_features("Mưa to", syllables("Mưa to"), [])
    [['bias', 'w=mưa', 's=Aa', 'gap=^', '-2:edge', '-1:edge', '1:w=to', '1:s=aa~', '2:edge'], \
['bias', 'w=to', 's=aa~', '-2:edge', '-1:w=mưa', '-1:s=Aa', '1:edge', '2:edge']]
    """
    rules = rule_tags(syl, entities)
    given = given_name_shares()
    last = len(syl) - 1
    own, seen = [], []  # each syllable's marks, and those its neighbours see
    for k, token in enumerate(syl):
        low = token.low
        marks = ["w=" + low]
        kind = shape(token)
        if kind != _QUIET_SHAPE:
            marks.append("s=" + kind)
        if rules[k]:
            marks += ["r=" + t for t in rules[k]]
        elif outside:
            marks.append("r=O")
        if token.name_like and is_surname(token):
            marks.append("surname")
        if low in _HEAD_FIRST:
            marks.append("head1")
            if k < last and f"{low} {syl[k + 1].low}" in _HEAD_PAIRS:
                marks.append("head2")
        seen.append(marks)
        gap = text[syl[k - 1].end:token.start].strip()[-1:] if k else "^"
        mine = ["bias", *marks]
        if gap:
            mine.append("gap=" + gap)
        share = given.get(token.text)
        if share is not None:
            mine.append(f"given={min(int(share * 10), 5)}")
        if extra is not None and extra[k]:
            mine += extra[k]
        own.append(mine)
    rows = with_neighbours(own, seen)
    return with_pairs(rows, [f"{a.low} {b.low}" for a, b in zip(syl, syl[1:])]) if pairs else rows
