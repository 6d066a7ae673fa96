"""The fast layer's feature rows as bytes, built from parts cached per syllable form (the fast
path of :func:`.stacked.relabel` since the twenty-second stop).

A syllable's compact marks (:func:`.stacked_features.syllable_marks`) are of three kinds: those
its written form decides (``w=``, ``s=``, ``surname``, ``given=``, ``head1``), those its place
decides (``gap=``, ``head2``, the document marks) and the rule entities covering it (``r=...``).
:class:`RowBuilder` keeps, per form and per rule tag, the bytes the model knows of the row's own
marks and of the four prefixed forms its neighbours read (``-2:`` … ``2:``), so a row is a few
tuple joins instead of a string per mark. The rows hold the known strings of
:func:`.stacked_vocab.encoded_rows` in the same order and leave out the prefixed forms the model
lacks; CRFsuite skips unknown attributes and sums the known ones in order, so tags and
marginals are the same to the last bit (benchmarks/entities_stacked.md, "Twenty-second stop").

>>> from vnnews.entities.stacked_vocab import Vocabulary
>>> from vnnews.entities.tokens import syllables
>>> builder = RowBuilder(Vocabulary(["bias", "w=hà", "s=Aa", "-1:w=hà", "1:s=Aa", "-2:edge"]))
>>> builder.rows("Hà Nội", syllables("Hà Nội"), [])[1]
[b'bias', b's=Aa', b'-2:edge', b'-1:w=h\\xc3\\xa0']
"""

from __future__ import annotations

from bisect import bisect_right
from typing import NamedTuple, Sequence

from ..document import Entity
from .persons import given_name_shares, is_surname
from .stacked_document import DocumentPlaces
from .stacked_features import _ATTRS, _HEAD_FIRST, _HEAD_PAIRS, shape
from .stacked_vocab import PREFIXES, Vocabulary, with_columns
from .tokens import Syllable

_LIMIT = 200_000
"""Forms cached per model before the cache starts again (a bound on memory in long runs)."""


class _Part(NamedTuple):
    """The known bytes of some marks: in the row's own part, and after each prefix (``first``:
    the part of an entity's first syllable)."""

    own: tuple
    around: tuple  # four tuples, in the order of PREFIXES
    first: bool = False


class _Form(NamedTuple):
    """What a syllable's written form decides: the own row's head (bias, w=, s=) and tail
    (surname, given=, head1), both joined (a linked syllable with no rule tag, ``head2`` nor
    document mark), the neighbours' head (w=, s=) and tail (surname, head1), both
    joined for a syllable without a rule tag or ``head2``; whether it may open a head pair."""

    own_head: tuple
    own_tail: tuple
    own: tuple
    seen_head: tuple
    seen_tail: tuple
    seen: tuple
    head1: bool
    low: str


class RowBuilder:
    """The feature rows of one model (its :class:`.stacked_vocab.Vocabulary`), with the parts
    of every form, rule tag, gap and document mark met so far cached. The cache only ever
    holds what the model's vocabulary says of a form, so sharing a builder between threads
    changes no row (a race at worst computes a part twice)."""

    def __init__(self, vocab: Vocabulary):
        self._known = vocab.known
        self._forms: dict = {}
        self._tags: dict = {}
        self._gaps: dict = {}
        self._given = given_name_shares()
        self._edges = self._part([], "edge").around
        self._head2 = self._part(["head2"], "head2")
        self._doc = {(mid, low): self._part([m for m, on in (("docmid", mid), ("doclow", low)) if on], "").own
                     for mid in (False, True) for low in (False, True)}

    def _part(self, own: Sequence[str], seen: str | Sequence[str]) -> _Part:
        known = self._known
        seen = [seen] if isinstance(seen, str) else seen
        return _Part(tuple(m.encode("utf-8") for m in own if m in known),
                     tuple(tuple((p + m).encode("utf-8") for m in seen if m and p + m in known) for p in PREFIXES))

    def form(self, token: Syllable) -> _Form:
        """The parts of a syllable's written form (cached; ``plain`` and ``key`` decide a
        surname written without diacritics, the rest follows from the form)."""
        key = (token.text, token.low, token.key, token.plain)
        found = self._forms.get(key)
        if found is None:
            if len(self._forms) >= _LIMIT:
                self._forms = {}
            found = self._forms[key] = self._new_form(token)
        return found

    def _new_form(self, token: Syllable) -> _Form:
        low = token.low
        kind = shape(token)
        head = ["w=" + low] if kind == "aa" else ["w=" + low, "s=" + kind]
        tail = ["surname"] if token.name_like and is_surname(token) else []
        share = self._given.get(token.text)
        given = [] if share is None else [f"given={min(int(share * 10), 5)}"]
        head1 = low in _HEAD_FIRST
        first, second = self._part(["bias", *head], head), self._part(tail + given + ["head1"] * head1,
                                                                      tail + ["head1"] * head1)
        return _Form(first.own, second.own, first.own + second.own, first.around, second.around,
                     tuple(a + b for a, b in zip(first.around, second.around)), head1, low)

    def _tag(self, first: bool, entity: Entity) -> _Part:
        attrs = entity.attrs
        values = tuple(value if isinstance(value, str) else None for value in map(attrs.get, _ATTRS))
        key = (first, entity.label, values)
        found = self._tags.get(key)
        if found is None:
            if len(self._tags) >= _LIMIT:
                self._tags = {}
            marks = [("r=B-" if first else "r=I-") + entity.label]
            marks += [f"r={entity.label}.{name}={value}" for name, value in zip(_ATTRS, values) if value is not None]
            found = self._tags[key] = self._part(marks, marks)._replace(first=first)
        return found

    def _gap(self, gap: str) -> tuple:
        found = self._gaps.get(gap)
        if found is None:
            if len(self._gaps) >= _LIMIT:
                self._gaps = {}
            found = self._gaps[gap] = self._part(["gap=" + gap], "").own
        return found

    def rule_parts(self, tokens: Sequence[Syllable], entities: Sequence[Entity]) -> list[list[_Part]]:
        """For each syllable, the parts of the rule entities covering it, in the entities'
        order (:func:`.stacked_features.rule_tags`)."""
        parts: list[list[_Part]] = [[] for _ in tokens]
        if not entities:
            return parts
        starts = [s.start for s in tokens]
        for entity in entities:
            part = self._tag(True, entity)  # then its I- part from the second syllable on
            for k in range(max(0, bisect_right(starts, entity.start) - 1), len(tokens)):
                token = tokens[k]
                if token.start >= entity.end:
                    break
                if token.end <= entity.start:
                    continue
                parts[k].append(part)
                if part.first:
                    part = self._tag(False, entity)
        return parts

    def rows(self, text: str, tokens: Sequence[Syllable], entities: Sequence[Entity],
             places: DocumentPlaces | None = None, n: int = -1) -> list[list[bytes]]:
        """The rows of one sentence piece (its syllables ``tokens``, the rule ``entities``
        inside it): :func:`.stacked_vocab.encoded_rows` of its compact marks, with the
        document marks of piece ``n`` of a text read by
        :func:`.stacked_document.document_places` when ``places`` are given, less the
        prefixed forms the model lacks."""
        cached, form_of = self._forms.get, self.form
        forms = [cached((t.text, t.low, t.key, t.plain)) or form_of(t) for t in tokens]
        tags = self.rule_parts(tokens, entities) if entities else None
        head2, doc, gaps = self._head2, self._doc, self._gaps
        last = len(tokens) - 1
        rows, cols = [], []
        for k, token in enumerate(tokens):
            form = forms[k]
            pair = form.head1 and k < last and f"{form.low} {forms[k + 1].low}" in _HEAD_PAIRS
            parts = tags[k] if tags is not None else ()
            if k and token.linked and not (parts or pair or places is not None and token.cap):
                rows.append(list(form.own))  # the common case: only what the form says
                cols.append(form.seen)
                continue
            row = list(form.own_head)
            if not k:
                row += self._gap("^")
            elif not token.linked:
                gap = text[tokens[k - 1].end:token.start].strip()[-1:]
                if gap:
                    row += gaps.get(gap) or self._gap(gap)
            for part in parts:
                row += part.own
            row += form.own_tail
            if pair:
                row += head2.own
            if places is not None and token.cap:
                where = places.mid.get(token.text)
                mid = where is not None and where != n
                where = places.low.get(token.low)
                row += doc[mid, where is not None and where != n]
            rows.append(row)
            cols.append(tuple(_joined(form, parts, head2 if pair else None, p) for p in range(4))
                        if parts or pair else form.seen)
        return with_columns(rows, cols, self._edges)


def _joined(form: _Form, parts: Sequence[_Part], head2: _Part | None, p: int) -> tuple:
    """The marks a neighbour reads of a syllable with rule tags or ``head2``, after prefix ``p``."""
    joined = form.seen_head[p]
    for part in parts:
        joined += part.around[p]
    joined += form.seen_tail[p]
    return joined + head2.around[p] if head2 is not None else joined
