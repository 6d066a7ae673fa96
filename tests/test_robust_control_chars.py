"""Control characters (NUL, ESC, DEL, C1 controls, form feed) crash nothing and keep
every offset a slice of the text the user passed in."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.normalize import normalize_with_map
from vnnews.segment import Segmenter

CONTROLS = "\x00\x01\x08\x1b\x1f\x7f\x85\x9f\x0c"
TEXT = "Bộ trưởng\x00Nguyễn Văn A\x01 về Hà\x1bNội\x7f.\x85Ông nói\x0c\x00 \x00. Tin\u2028mới \x08\x1f\x9f"


def _assert_sorted_slices(spans, text):
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip()
        previous_end = end


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
def test_word_spans_are_sorted_slices(backend):
    spans = Segmenter(backend).word_spans(TEXT)
    _assert_sorted_slices(spans, TEXT)
    words = [TEXT[s:e] for s, e in spans]
    assert "Nguyễn Văn A" in words and "Bộ trưởng" in words


def test_public_functions_accept_control_characters():
    assert normalize_with_map(TEXT).original == TEXT
    _assert_sorted_slices(Segmenter().sentence_spans(TEXT), TEXT)
    assert vnnews.sent_tokenize(TEXT)[0].startswith("Bộ trưởng")
    for entity in vnnews.extract_entities(TEXT):
        assert TEXT[entity.start : entity.end] == entity.text
    restored = vnnews.restore_diacritics("Bo truong\x00Nguyen Van A\x01 ve Ha Noi")
    assert len(restored) == len("Bo truong\x00Nguyen Van A\x01 ve Ha Noi")
    assert vnnews.classify(TEXT).label


def test_document_offsets_point_into_the_original():
    doc = vnnews.load(topic=False)(TEXT)
    _assert_sorted_slices([(t.start, t.end) for t in doc.tokens], TEXT)
    for token in doc.tokens:
        assert TEXT[token.start : token.end] == token.text
    for entity in doc.entities:
        assert TEXT[entity.start : entity.end] == entity.text


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Hà", "Nội", "Việt", " ", ".", "A", "\n", *CONTROLS]), max_size=30).map("".join))
def test_normalize_and_segment_keep_offsets_with_controls(text):
    normalized = normalize_with_map(text)
    assert normalized.offsets == sorted(normalized.offsets) and normalized.offsets[-1] == len(text)
    _assert_sorted_slices(Segmenter("pyvi").word_spans(text), text)
    _assert_sorted_slices(Segmenter().sentence_spans(text), text)
