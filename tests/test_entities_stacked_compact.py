"""Nineteenth stop: the fast layer's compact features (no default marks, no syllable pairs)
and the pieces it leaves to the rules (no rule span, no capital after the first syllable);
twentieth stop: one builder for both (``sentence_features(..., compact=True)``), the marks in
the same order."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import EntityRecognizer
from vnnews.entities.stacked import extra_marks, labeller, plain_piece, relabel, sentence_pieces
from vnnews.entities.stacked_document import document_counts
from vnnews.entities.stacked_features import sentence_features
from vnnews.entities.tokens import syllables

pytest.importorskip("pycrfsuite")

WORDS = ["Hà", "Nội", "ông", "Nguyễn", "Văn", "An", "Bộ", "tư", "pháp", "UBND", "12", "xã", "an", "nội",
         "Công", "ty", "Sở", "Y", "tế", "London", "cho", "Ban", "quản", "lý"]
GAPS = [" ", " ", ". ", ", ", "\n", " \"", ": ", "-", " ("]
QUIET = re.compile(r"^(-?\d:)?(r=O|s=aa)$|^gap=$|^w0w1=|^w-1w0=")
"""The dense features the compact ones leave out: the defaults and the syllable pairs."""


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=30))
def test_compact_features_are_the_dense_ones_without_defaults_and_pairs(parts):
    text = "".join(word + gap for word, gap in parts).strip()
    syl = syllables(text)
    entities = EntityRecognizer(stacked=False).extract(text)
    counts = document_counts(text, syl, sentence_pieces(text, syl))
    extra = extra_marks(text, syl, False, counts)
    dense = sentence_features(text, syl, entities, None, extra)
    compact = sentence_features(text, syl, entities, None, extra, compact=True)
    assert compact == [[f for f in row if not QUIET.match(f)] for row in dense]
    assert all(len(set(row)) == len(row) for row in compact)
    both = sentence_features(text, syl, entities, None, extra, compact=True, pairs=True, outside=True)
    assert both == [[f for f in row if not re.match(r"^(-?\d:)?s=aa$|^gap=$", f)] for row in dense]


def test_compact_features_keep_what_is_there():
    text = "Ông Nguyễn Văn An đến Bộ Tư pháp, (UBND)"
    syl = syllables(text)
    rows = sentence_features(text, syl, EntityRecognizer(stacked=False).extract(text), compact=True)
    assert "surname" in rows[1] and "r=B-PERSON" in rows[1] and "s=Aa" in rows[1]
    assert "head1" in rows[5] and "head2" in rows[5]  # "Bộ Tư"
    assert "gap=(" in rows[-1] and "s=AA~" in rows[-1]
    assert not {"r=O", "-1:r=O", "1:r=O", "s=aa", "gap="} & set(rows[4])  # "đến", after "An"
    assert "w=đến" in rows[4] and "-1:r=I-PERSON" in rows[4]


def test_plain_pieces():
    assert plain_piece(syllables("Trời mưa to cả ngày"), [])
    assert plain_piece(syllables("Hôm nay trời mưa"), [])  # a capital opening the piece only
    assert not plain_piece(syllables("Hôm nay ở Huế mưa"), [])
    assert not plain_piece(syllables("trời mưa"), [(0, 4, "LOCATION")])


def test_the_fast_layer_labels_only_the_pieces_that_are_not_plain(monkeypatch):
    model = labeller("fast")
    if not model.skip_plain:
        pytest.skip("the shipped fast model labels every piece")
    text = "Trời mưa to cả ngày. Hôm qua ông Nguyễn Văn An đến Bộ Tư pháp. Mọi việc vẫn như cũ."
    seen = []
    spans = model.spans

    def spy(tokens, features, rule_spans, text=""):
        seen.append(text[tokens[0].start:tokens[-1].end])
        return spans(tokens, features, rule_spans, text)

    monkeypatch.setattr(model, "spans", spy)
    entities = EntityRecognizer(stacked=False).extract(text)
    out = relabel(text, entities, model)
    assert seen == ["Hôm qua ông Nguyễn Văn An đến Bộ Tư pháp"]
    assert ("PERSON", "Nguyễn Văn An") in {(e.label, e.text) for e in out}
