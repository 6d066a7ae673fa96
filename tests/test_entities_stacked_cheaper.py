"""Twenty-first stop: the fast layer made cheaper with the same output — feature rows written
as bytes with the model's attribute vocabulary, the document marks read in one pass, only the
confidences the combination reads, the spaces before a linked syllable not read again (relabel
with and without the vocabulary: tests/test_entities_stacked_rows.py, every row path)."""

from __future__ import annotations

import gzip
import itertools
import json
import random
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import EntityRecognizer
from vnnews.entities.stacked import (_SURROGATE, as_persons, choose, confidence, labeller, officials_back,
                                     officials_kept, sentence_pieces)
from vnnews.entities.stacked_document import (document_counts, document_marks, document_places, mid_capitals,
                                              piece_marks, sentence_counts)
from vnnews.entities.stacked_features import bio_to_spans, outer_spans, sentence_features, syllable_marks
from vnnews.entities.stacked_runs import capital_runs
from vnnews.entities.stacked_vocab import Vocabulary, encoded_rows
from vnnews.entities.tokens import syllables
from vnnews.resources import shared_data_dir

pycrfsuite = pytest.importorskip("pycrfsuite")

WORDS = ["Hà", "Nội", "ông", "Nguyễn", "Văn", "An", "Bộ", "tư", "pháp", "UBND", "12", "xã", "an", "nội",
         "Công", "ty", "Sở", "Y", "tế", "London", "cho", "Ban", "quản", "lý", "Lê", "Hùng"]
GAPS = [" ", " ", ". ", ", ", "\n", " \"", ": ", "-", " (", "\t", "\u00a0", " \n ", "! "]
TEXTS = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=30).map(
    lambda parts: "".join(word + gap for word, gap in parts).strip())


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_document_marks_in_one_pass_are_those_of_the_counts(text):
    syl = syllables(text)
    pieces = sentence_pieces(text, syl)
    own = [sentence_counts(text, syl[p.start:p.stop]) for p in pieces]
    counts = document_counts(text, syl, pieces, own)
    assert document_counts(text, syl, pieces) == counts  # one pass == the pieces' counts summed
    places = document_places(text, syl, pieces)
    for n, piece in enumerate(pieces):
        tokens = syl[piece.start:piece.stop]
        assert piece_marks(tokens, n, places) == document_marks(text, tokens, counts, own[n])
        runs = capital_runs(text, tokens)
        assert mid_capitals(text, tokens) == [t.text for t, m in zip(tokens, runs) if "capmid" in m]


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_encoded_rows_are_the_feature_strings_as_bytes(text):
    syl = syllables(text)
    entities = EntityRecognizer(stacked=False).extract(text)
    extra = [["docmid"] if t.cap else [] for t in syl]
    rows = sentence_features(text, syl, entities, None, extra, compact=True)
    for row, token, before in zip(rows, syl, [None] + syl[:-1]):  # the gap mark, read the slow way
        gap = text[before.end:token.start].strip()[-1:] if before else "^"
        assert [f for f in row if f.startswith("gap=")] == (["gap=" + gap] if gap else [])
    own, seen = syllable_marks(text, syl, entities, None, extra, compact=True)
    every = Vocabulary({f for row in rows for f in row})
    assert [[f.decode("utf-8") for f in row] for row in encoded_rows(own, seen, every)] == rows
    some = Vocabulary({f for row in rows for f in row if zlib.crc32(f.encode()) % 3})  # a model that knows some of them
    kept = [[f.decode("utf-8") for f in row] for row in encoded_rows(own, seen, some)]
    known = set(some.own) | {p.decode("utf-8") for forms in some.around.values() for p in forms}
    assert [[f for f in row if f in known] for row in kept] == [[f for f in row if f in known] for row in rows]


def _articles(count: int) -> list[str]:
    path = shared_data_dir() / "vntc" / "train_full.jsonl.gz"
    if not path.exists():
        pytest.skip("no VNTC data")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in itertools.islice(f, 3000)]
    return random.Random(21).sample(texts, count)


def test_the_vocabulary_read_from_the_dump_is_the_models():
    model = labeller("fast")
    info = model._tagger.info()  # python-crfsuite's own parser of the same dump
    expected = Vocabulary(info.attributes)
    assert (model.vocabulary.own, model.vocabulary.around) == (expected.own, expected.around)
    assert len(info.attributes) == int(info.header["num_attrs"]) == len(model.vocabulary.own) + sum(
        p.decode("utf-8") in info.attributes for forms in model.vocabulary.around.values() for p in forms)
    assert labeller("full").vocabulary is None  # the full layer writes its pairs: no bytes rows


def test_the_confidences_left_out_are_never_read():
    """_Labeller.spans against the combination with every confidence computed."""
    model = labeller("fast")
    assert model.drop <= 0.0 and model.officials_from_rules
    rules = EntityRecognizer(stacked=False)
    compared = added = 0
    for text in _articles(12):
        if _SURROGATE.search(text):
            continue
        entities, syl = rules.extract(text), syllables(text)
        for piece in sentence_pieces(text, syl, entities):
            tokens = syl[piece.start:piece.stop]
            inside = [e for e in entities if tokens[0].start <= e.start and e.end <= tokens[-1].end]
            rule_spans = outer_spans([(e.start, e.end, e.label) for e in inside])
            features = sentence_features(text, tokens, inside, None, [[] for _ in tokens], compact=True)
            got = model.spans(tokens, features, rule_spans, text)
            tagger = model._tagger
            tagger.set(features)
            starts = [s.start for s in tokens]
            crf = [(s, confidence(tagger, tokens, starts, s)) for s in bio_to_spans(tokens, tagger.tag())]
            rule = [(s, confidence(tagger, tokens, starts, s)) for s in as_persons(rule_spans)]
            full = officials_back(choose(officials_kept(crf, rule_spans), rule, model.add, model.drop, text), rule_spans)
            assert got == full
            compared += 1
            added += set(got) != set(rule_spans)
    assert compared > 100 and added
