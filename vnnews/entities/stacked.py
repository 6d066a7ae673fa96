"""The stacked sequence labeller: a CRF (CRFsuite) over syllables whose features include the
rule recognizer's own output, deciding PERSON, OFFICIAL, ORGANIZATION and LOCATION.

Two layers (``EntityRecognizer(stacked=...)``, ``extract_entities(..., stacked=...)``,
``Pipeline(stacked=...)``; the default is :data:`vnnews.stacked_option.DEFAULT_STACKED`):
``"fast"`` (``models/entity_crf_fast/``: the rules' output, the syllables and the text's
other capitals; OFFICIAL is left to the rules) and ``True``/``"full"`` (``models/entity_crf/``: with
underthesea's CRF NER tags too, which makes the entity step about 20 times slower); see
benchmarks/entities_stacked.md for the leave-one-batch-out figures. Each model is
CRFsuite's own binary format, built by the script beside it, checked against the SHA-256
recorded in its JSON card and loaded once, thread-safely.

>>> choose([((0, 5, "PERSON"), 0.9)], [((0, 9, "PERSON"), 0.2)], add=0.7, drop=0.0, guards=())
[(0, 5, 'PERSON')]
>>> choose([((0, 5, "PERSON"), 0.9)], [((0, 9, "PERSON"), 0.2)], add=0.7, drop=0.0)
[(0, 9, 'PERSON')]
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from operator import attrgetter
from bisect import bisect_left, bisect_right
from typing import Collection, Sequence

from ..document import Entity
from ..errors import MissingDependencyError, ModelError
from ..resources import load_once, model_file
from .stacked_document import DocumentCounts, document_marks, document_places, piece_marks
from .stacked_features import bio_to_spans, outer_spans, sentence_features, syllable_marks, underthesea_tags
from .stacked_guards import SHIPPED, blocking
from .stacked_merge import merge
from .stacked_rows import RowBuilder
from .stacked_runs import capital_runs
from .stacked_vocab import encoded_rows, model_vocabulary
from .tokens import Syllable, sentence_start, syllables

_START = attrgetter("start")

_SENTENCE_ENDS = ".!?…"
"""Marks after which a capitalised syllable opens a new sentence (not "-": "Sở Lao động -
Thương binh và Xã hội" is one name)."""


class _Labeller:
    """One CRFsuite tagger behind a lock (a tagger holds the sequence being labelled)."""

    def __init__(self, path: str, add: float | None, drop: float, underthesea: bool = False,
                 runs: bool = False, document: bool = False, officials_from_rules: bool = False,
                 compact: bool = False, skip_plain: bool = False):
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(path)
        except Exception as exc:  # noqa: BLE001 - CRFsuite's error for a broken file
            raise ModelError(f"stacked entity model {os.path.basename(path)} unreadable: {exc}") from exc
        self.add, self.drop = add, drop
        self.underthesea = underthesea  # features include underthesea's CRF NER tags
        self.runs = runs  # features include the runs of capitalised syllables (.stacked_runs)
        self.document = document  # features include the text's other capitals (.stacked_document)
        self.officials_from_rules = officials_from_rules  # learned PERSON only; OFFICIAL stays the rules'
        self.compact = compact  # features without their defaults (.stacked_features, compact)
        self.skip_plain = skip_plain  # pieces without a rule span or a capital inside are left to the rules
        self.vocabulary = model_vocabulary(self._tagger) if compact else None  # rows as bytes (.stacked_vocab)
        # rows from parts cached per form (.stacked_rows): the compact marks and document marks only
        self.rows = RowBuilder(self.vocabulary) if self.vocabulary is not None and not (underthesea or runs) else None
        self._lock = threading.Lock()

    def spans(self, syl: Sequence[Syllable], features, rule_spans, text: str = "") -> list[tuple[int, int, str]]:
        """The outer learned-label spans of one sentence (see :func:`choose`; ``text``: what
        the offsets point into). Only the confidences :func:`choose` reads are computed (each
        costs CRFsuite a forward-backward pass): none of the rule spans' when ``drop`` is 0
        or less, none of a CRF span that is one of the rule spans (it is kept as it is); when
        every CRF span is a rule span, the rule spans are the answer without :func:`choose`."""
        asked = as_persons(rule_spans) if self.officials_from_rules else rule_spans
        unread = set(asked)  # the CRF's spans choose keeps without reading their confidence
        with self._lock:
            self._tagger.set(features)
            tags = self._tagger.tag()
            found = bio_to_spans(syl, tags) if tags.count("O") < len(tags) else []
            if self.drop <= 0.0 and self.add is not None and unread.issuperset(found):
                # every CRF span is a rule span: choose keeps the rules' spans as they are
                return officials_back(sorted(asked), rule_spans) if self.officials_from_rules else sorted(asked)
            starts = [s.start for s in syl]
            crf = [(s, None if s in unread else confidence(self._tagger, syl, starts, s)) for s in found]
            rule = [(s, None if self.drop <= 0.0 else confidence(self._tagger, syl, starts, s)) for s in asked]
        if not self.officials_from_rules:
            return choose(crf, rule, self.add, self.drop, text)
        return officials_back(choose(officials_kept(crf, rule_spans), rule, self.add, self.drop, text), rule_spans)


def as_persons(spans: Sequence[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """OFFICIAL spans as PERSON, as a model that leaves officials to the rules learned them.

    >>> as_persons([(0, 5, "OFFICIAL"), (6, 9, "LOCATION")])
    [(0, 5, 'PERSON'), (6, 9, 'LOCATION')]
    """
    return [(start, end, "PERSON" if label == "OFFICIAL" else label) for start, end, label in spans]


def officials_back(spans, rule_spans) -> list[tuple[int, int, str]]:
    """A learned PERSON span that the rules found as an OFFICIAL is that OFFICIAL again.

    >>> officials_back([(0, 5, "PERSON"), (9, 12, "PERSON")], [(0, 5, "OFFICIAL")])
    [(0, 5, 'OFFICIAL'), (9, 12, 'PERSON')]
    """
    officials = {(start, end) for start, end, label in rule_spans if label == "OFFICIAL"}
    return [(start, end, "OFFICIAL" if label == "PERSON" and (start, end) in officials else label)
            for start, end, label in spans]


def officials_kept(crf, rule_spans):
    """The CRF's (span, confidence) pairs less those that overlap a rule OFFICIAL span
    without being it: a layer that leaves OFFICIAL to the rules does not let a learned span
    replace one ("thị trưởng Thomas Privett" read as an ORGANIZATION by the nineteenth
    stop's model; benchmarks/entities_stacked.md, "Twentieth stop").

    >>> crf = [((19, 33, "ORGANIZATION"), 0.8), ((19, 33, "PERSON"), 0.9), ((40, 45, "PERSON"), 0.9)]
    >>> officials_kept(crf, [(19, 33, "OFFICIAL")])
    [((19, 33, 'PERSON'), 0.9), ((40, 45, 'PERSON'), 0.9)]
    """
    officials = [(start, end) for start, end, label in rule_spans if label == "OFFICIAL"]
    if not officials:
        return crf
    return [(span, c) for span, c in crf
            if not any(span[0] < end and start < span[1] and span != (start, end, "PERSON")
                       for start, end in officials)]


def confidence(tagger, syl: Sequence[Syllable], starts: Sequence[int], span: tuple[int, int, str]) -> float:
    """The lowest marginal, by a CRFsuite ``tagger`` holding the sentence ``syl`` (whose
    syllable ``starts`` are given), of the BIO tags :func:`.stacked_features.spans_to_bio` gives ``span``;
    0.0 when the span covers no syllable."""
    start, end, label = span
    k = max(0, bisect_right(starts, start) - 1)
    if k < len(syl) and syl[k].end <= start:
        k += 1
    lowest, tag = None, "B-" + label
    while k < len(syl) and syl[k].start < end:
        marginal = tagger.marginal(tag, k)
        lowest = marginal if lowest is None else min(lowest, marginal)
        k, tag = k + 1, "I-" + label
    return 0.0 if lowest is None else lowest


def choose(crf, rule, add: float | None, drop: float, text: str = "",
           guards: Collection[str] = SHIPPED) -> list[tuple[int, int, str]]:
    """Combine the CRF's spans and the rules' outer spans, each with the CRF's confidence
    (the lowest marginal of its tags). ``add`` None: the CRF's spans alone. Otherwise the
    rules' spans, less those the CRF does not find and rates below ``drop``, plus the CRF's
    spans rated at least ``add`` (replacing the rule spans they overlap) unless one of the
    structural ``guards`` of :mod:`.stacked_guards` (by default the shipped ones) keeps them out (``text``: what the offsets
    point into). Confidences are probabilities (never below 0), so with ``drop`` at 0 or
    less no rule span's is read, nor that of a CRF span equal to a rule span (the CRF's
    spans do not overlap one another, so none removes it first): those may be None.

    >>> crf = [((0, 5, "PERSON"), 0.95), ((9, 12, "LOCATION"), 0.4)]
    >>> rule = [((0, 5, "PERSON"), 0.95), ((20, 25, "ORGANIZATION"), 0.05)]
    >>> choose(crf, rule, None, 0.0)
    [(0, 5, 'PERSON'), (9, 12, 'LOCATION')]
    >>> choose(crf, rule, 0.7, 0.1)
    [(0, 5, 'PERSON')]
    >>> text = "Hồ sơ được chuyển sang Cục An ninh điều tra."
    >>> crf, rule = [((23, 29, "ORGANIZATION"), 0.9)], [((23, 43, "ORGANIZATION"), 0.3)]
    >>> choose(crf, rule, 0.7, 0.0, text), choose(crf, rule, 0.7, 0.0, text, guards=())
    ([(23, 43, 'ORGANIZATION')], [(23, 29, 'ORGANIZATION')])
    """
    if add is None:
        return sorted(s for s, _c in crf)
    found = {s for s, _c in crf}
    spans = [s for s, c in rule if drop <= 0.0 or s in found or c >= drop]
    rule_spans = [s for s, _c in rule]
    for s, c in crf:
        if s not in spans and c >= add and blocking(s, rule_spans, text, guards) is None:
            spans = [t for t in spans if t[1] <= s[0] or s[1] <= t[0]] + [s]
    return sorted(spans)


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate (text decoded with ``surrogateescape``): CRFsuite takes UTF-8 only."""

MODELS = {"full": "entity_crf", "fast": "entity_crf_fast"}
"""The shipped model folder of each layer (``<folder>/<folder>.crfsuite`` and ``.json``)."""


def _shipped(folder: str):
    def load() -> _Labeller:
        try:
            import pycrfsuite  # noqa: F401
        except ImportError as exc:  # pragma: no cover - declared in install_requires
            raise MissingDependencyError("the stacked layer needs python-crfsuite: pip install python-crfsuite") from exc
        return open_labeller(str(model_file(folder, f"{folder}.crfsuite")), str(model_file(folder, f"{folder}.json")))

    return load_once(load)


_SHIPPED = {layer: _shipped(folder) for layer, folder in MODELS.items()}


def labeller(layer: str = "full") -> _Labeller:
    """The shipped model of a layer (``"full"``: with underthesea's tag, ``"fast"``),
    checked and opened once, thread-safely (:class:`ModelError` when absent or changed).

    >>> labeller("fast").underthesea, labeller("full").underthesea
    (False, True)
    """
    return _SHIPPED[layer]()


def open_labeller(model_path: str, card_path: str) -> _Labeller:
    """Open a model after checking its bytes against the SHA-256 of its JSON card."""
    try:
        card = json.loads(open(card_path, encoding="utf-8").read())
        expected, add, drop = card["sha256"], card["add"], float(card["drop"])
        underthesea = bool(card.get("underthesea", False))
        runs = bool(card.get("runs", False))
        document = bool(card.get("document", False))
        officials = bool(card.get("officials_from_rules", False))
        compact = bool(card.get("compact", False))
        skip_plain = bool(card.get("skip_plain", False))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"stacked entity card {os.path.basename(card_path)} unreadable: {exc}") from exc
    with open(model_path, "rb") as handle:
        digest = hashlib.sha256(handle.read()).hexdigest()
    if digest != expected:
        raise ModelError(f"stacked entity model {os.path.basename(model_path)} does not match its recorded "
                         "SHA-256; reinstall vnnews")
    return _Labeller(model_path, add, drop, underthesea, runs, document, officials, compact, skip_plain)


def sentence_pieces(text: str, syl: Sequence[Syllable], entities: Sequence[Entity] = ()) -> list[range]:
    """Token ranges of the sentences (and lines) of ``text``, as the model was trained on;
    no piece starts inside one of ``entities`` (the rules' "George W. Bush" stays whole).

    >>> text = "Mưa to. Sở Lao động - Thương binh và Xã hội họp"
    >>> sentence_pieces(text, syllables(text))
    [range(0, 2), range(2, 11)]
    >>> text = "Ông George W. Bush đến"
    >>> sentence_pieces(text, syllables(text)), sentence_pieces(text, syllables(text), [Entity("PERSON", 4, 18, "")])
    ([range(0, 3), range(3, 5)], [range(0, 5)])
    """
    inner = _inner_tokens(syl, entities)  # below, linked: spaces only before (no line break)
    starts = [k for k, token in enumerate(syl) if k == 0 or (not token.linked or token.cap) and k not in inner and (
              not token.linked and "\n" in text[syl[k - 1].end:token.start]
              or token.cap and sentence_start(text, token, _SENTENCE_ENDS))]
    return [range(a, b) for a, b in zip(starts, starts[1:] + [len(syl)])]


def _inner_tokens(syl: Sequence[Syllable], entities: Sequence[Entity]) -> set[int]:
    """Indexes of the syllables that start inside an entity (after its first character)."""
    inner: set[int] = set()
    for entity in entities:
        k = bisect_right(syl, entity.start, key=_START)  # no list of every syllable's start
        while k < len(syl) and syl[k].start < entity.end:
            inner.add(k)
            k += 1
    return inner


def extra_marks(text: str, tokens: Sequence[Syllable], runs: bool, counts,
                own: DocumentCounts | None = None) -> list[list[str]] | None:
    """The optional marks of each syllable of one sentence: its capital run
    (:func:`.stacked_runs.capital_runs`) when ``runs``, the document's other capitals
    (:func:`.stacked_document.document_marks`) when ``counts`` are given (``own``: the
    sentence's own counts, when the caller has them already); None without either.

    >>> from vnnews.entities.tokens import syllables
    >>> extra_marks("Bộ Y tế", syllables("Bộ Y tế"), True, None)
    [['run=2', 'runpos=B'], ['run=2', 'runpos=E'], []]
    >>> extra_marks("Bộ Y tế", syllables("Bộ Y tế"), False, None) is None
    True
    """
    return piece_extra(text, tokens, runs, None if counts is None else document_marks(text, tokens, counts, own))


def piece_extra(text: str, tokens: Sequence[Syllable], runs: bool,
                document: list[list[str]] | None) -> list[list[str]] | None:
    """:func:`extra_marks` of one piece of a text, given its ``document`` marks
    (:func:`.stacked_document.piece_marks`) when the model reads them.

    >>> from vnnews.entities.tokens import syllables
    >>> piece_extra("Bộ Y tế", syllables("Bộ Y tế"), True, [["docmid"], [], []])
    [['run=2', 'runpos=B', 'docmid'], ['run=2', 'runpos=E'], []]
    """
    if not runs:
        return document
    marks = capital_runs(text, tokens)
    return marks if document is None else [a + b for a, b in zip(marks, document)]


def plain_piece(tokens: Sequence[Syllable], rule_spans) -> bool:
    """True for a piece with no rule span of a learned label and no capital after its first
    syllable: a model whose card says ``skip_plain`` leaves it to the rules without labelling
    it (in the CV the fast CRF added no span in such pieces; benchmarks/entities_stacked.md,
    "Nineteenth stop").

    >>> plain_piece(syllables("Trời mưa to"), []), plain_piece(syllables("Trời mưa ở Huế"), [])
    (True, False)
    """
    return not rule_spans and not any(token.cap for token in tokens[1:])


def relabel(text: str, entities: Sequence[Entity], model: _Labeller | None = None,
            syl: Sequence[Syllable] | None = None) -> list[Entity]:
    """The rule ``entities`` of ``text`` with PERSON/OFFICIAL/ORGANIZATION/LOCATION decided by
    the stacked labeller (the shipped model unless ``model`` is given); offsets stay those
    of ``text`` (``syl``: its syllables, when the caller has them already).

    >>> from vnnews.entities import EntityRecognizer
    >>> text = "Bộ Tư pháp họp. Tỉnh Khánh Hòa có mưa."
    >>> [(e.label, e.text) for e in relabel(text, EntityRecognizer().extract(text))]
    [('ORGANIZATION', 'Bộ Tư pháp'), ('PROVINCE', 'Tỉnh Khánh Hòa')]
    """
    model = model or labeller()
    syl = syl if syl is not None else syllables(text)
    spans: list[tuple[int, int, str]] = []
    pieces = sentence_pieces(text, syl, entities)
    places = document_places(text, syl, pieces) if model.document else None
    ordered = sorted(entities, key=lambda e: e.start)  # stable: the rules' order among equal starts
    starts = [e.start for e in ordered]
    surrogates = _SURROGATE.search(text) is not None
    bounds = [syl[piece.start].start for piece in pieces[1:]] + [len(text)]  # where the next piece starts
    for n, (piece, bound) in enumerate(zip(pieces, bounds)):
        tokens = syl[piece.start:piece.stop]
        lo, hi = tokens[0].start, tokens[-1].end
        inside = [e for e in ordered[bisect_left(starts, lo):bisect_left(starts, bound)] if e.end <= bound]
        rule_spans = outer_spans([(e.start, e.end, e.label) for e in inside])
        if model.skip_plain and plain_piece(tokens, rule_spans):
            continue
        if model.rows is not None and not surrogates:  # the cached parts (.stacked_rows)
            spans += model.spans(tokens, model.rows.rows(text, tokens, inside, places, n), rule_spans, text)
            continue
        sentence = _SURROGATE.sub("\ufffd", text[lo:hi]) if surrogates else text[lo:hi]  # same length
        tags = underthesea_tags(sentence, tokens, lo) if model.underthesea else None
        extra = piece_extra(text, tokens, model.runs, piece_marks(tokens, n, places) if places is not None else None)
        if model.vocabulary is not None and model.compact and not surrogates:  # no pairs to write
            features = encoded_rows(*syllable_marks(text, tokens, inside, tags, extra, True), model.vocabulary)
        else:
            features = sentence_features(text, tokens, inside, tags, extra, model.compact)
        if surrogates:
            features = [[f.encode("utf-8", "replace").decode("utf-8") for f in row] for row in features]
        spans += model.spans(tokens, features, rule_spans, text)
    return merge(text, entities, spans)
