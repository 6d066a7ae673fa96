"""Twenty-second stop: the fast layer's feature rows built from parts cached per syllable form
(vnnews.entities.stacked_rows) hold the known strings of the string-built rows in the same
order, so CRFsuite reads the same rows; relabel gives the same entities with them, without
them and without the vocabulary at all."""

from __future__ import annotations

import itertools
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import EntityRecognizer
from vnnews.entities import stacked_rows
from vnnews.entities.stacked import labeller, relabel, sentence_pieces
from vnnews.entities.stacked_document import document_places, piece_marks
from vnnews.entities.stacked_features import sentence_features, syllable_marks
from vnnews.entities.stacked_rows import RowBuilder
from vnnews.entities.stacked_vocab import Vocabulary, encoded_rows
from vnnews.entities.tokens import syllables

from test_entities_stacked_cheaper import _articles  # 12 seeded VNTC training articles

pytest.importorskip("pycrfsuite")

WORDS = ["Hà", "Nội", "ông", "Nguyễn", "Văn", "An", "Bộ", "tư", "pháp", "UBND", "12", "xã", "an", "nội",
         "Công", "ty", "Sở", "Y", "tế", "London", "cho", "Ban", "quản", "lý", "Lê", "Hùng", "Nguyen", "Tuấn",
         "Trường", "Đại", "học", "Quốc", "gia", "Tổng", "công"]
GAPS = [" ", " ", " ", ". ", ", ", "\n", " \"", ": ", "-", " (", "\t", "\u00a0", " \n ", "! "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=40).map(
    lambda parts: "".join(word + gap for word, gap in parts).strip())


def _string_rows(text, syl, entities, vocab, places=None):
    """The rows of the string path (encoded_rows), less the prefixed forms the model lacks."""
    known = {a.encode("utf-8") for a in vocab.known}
    rows = []
    for n, piece in enumerate(sentence_pieces(text, syl, entities)):
        tokens = syl[piece.start:piece.stop]
        inside = [e for e in entities if tokens[0].start <= e.start and e.end <= tokens[-1].end]
        extra = piece_marks(tokens, n, places) if places is not None else None
        rows.append([[f for f in row if f in known]
                     for row in encoded_rows(*syllable_marks(text, tokens, inside, None, extra, True), vocab)])
    return rows


def _cached_rows(builder, text, syl, entities, places=None):
    rows = []
    for n, piece in enumerate(sentence_pieces(text, syl, entities)):
        tokens = syl[piece.start:piece.stop]
        inside = [e for e in entities if tokens[0].start <= e.start and e.end <= tokens[-1].end]
        rows.append(builder.rows(text, tokens, inside, places, n))
    return rows


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_cached_rows_are_the_string_rows_the_model_knows(text):
    syl = syllables(text)
    entities = EntityRecognizer(stacked=False).extract(text)
    places = document_places(text, syl, sentence_pieces(text, syl, entities))
    strings = [f for piece in sentence_pieces(text, syl, entities) for f in itertools.chain.from_iterable(
        sentence_features(text, syl[piece.start:piece.stop], entities, None,
                          [["docmid", "doclow"]] * len(piece), compact=True))]
    every = Vocabulary(set(strings))
    some = Vocabulary({f for f in strings if zlib.crc32(f.encode()) % 3})  # a model that knows some of them
    for vocab in (every, some, labeller("fast").vocabulary):
        builder = RowBuilder(vocab)
        for _ in range(2):  # the second time from the cache
            assert _cached_rows(builder, text, syl, entities, places) == _string_rows(text, syl, entities, vocab, places)
            assert _cached_rows(builder, text, syl, entities) == _string_rows(text, syl, entities, vocab)


def test_cached_rows_on_training_articles_and_a_cache_that_starts_again(monkeypatch):
    vocab = labeller("fast").vocabulary
    rules = EntityRecognizer(stacked=False)
    monkeypatch.setattr(stacked_rows, "_LIMIT", 50)  # the caches start again many times per article
    builder = RowBuilder(vocab)
    for text in _articles(6):
        entities, syl = rules.extract(text), syllables(text)
        places = document_places(text, syl, sentence_pieces(text, syl, entities))
        assert _cached_rows(builder, text, syl, entities, places) == _string_rows(text, syl, entities, vocab, places)
        assert len(builder._forms) <= 50


def test_relabel_is_the_same_by_every_row_path():
    model = labeller("fast")
    assert model.rows is not None and model.vocabulary is not None
    rules = EntityRecognizer(stacked=False)
    texts = _articles(12) + ["Ông Nguyễn Văn An, Giám đốc Sở Y tế Hà Nội, gặp Hùng. Hùng nói."]
    changed = 0
    for text in texts:
        entities, syl = rules.extract(text), syllables(text)
        cached = relabel(text, entities, model, syl)
        rows, vocabulary = model.rows, model.vocabulary
        try:
            model.rows = None
            strings_as_bytes = relabel(text, entities, model, syl)
            model.vocabulary = None
            strings = relabel(text, entities, model, syl)
        finally:
            model.rows, model.vocabulary = rows, vocabulary
        assert cached == strings_as_bytes == strings
        changed += cached != entities
    assert changed  # the layer did something on these texts
