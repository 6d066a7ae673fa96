"""Property test over the characters scraped news really holds and worse: lone surrogates,
BOMs and zero-width joiners mid-text, right-to-left marks and letters, CJK, emoji with
joiners and skin tones, combining marks with no base, controls, HTML. No public function
raises anything but a vnnews error, and every offset is a slice of the text passed in."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.normalize import normalize_with_map
from vnnews.segment import Segmenter

PIECES = [
    "Hà Nội", "Chủ tịch", "UBND tỉnh", "Thái Bình", "Nguyễn Văn An", "xã Bình Định", "Bo truong",
    " ", "  ", "\n", "\r\n", "\t", ".", ". ", "!", "…", ",", "-", '"', "(", ")", "<b>", "</p>", "&amp;",
    "\ud800", "\udfff", "\udc80", "\ufeff", "\u200b", "\u200d", "\u2028", "\u202e", "\u200f",
    "مرحبا", "שלום", "中华", "東京", "👨\u200d👩\u200d👧", "👍🏽", "🇻🇳", "\u0301", "\u0323",
    "\x00", "\x07", "\x1b", "\x7f", "\x85", "\uffff", "\ue000", "Ð", "1.000", "18:31",
]
NASTY = st.lists(st.sampled_from(PIECES), max_size=25).map("".join)
SEGMENTERS = {"underthesea": Segmenter("underthesea"), "pyvi": Segmenter("pyvi")}
NLP = vnnews.Pipeline(input_format="text", topic=False)


def _sorted_slices(spans, text):
    end = 0
    for s, e in spans:
        assert end <= s <= e <= len(text)
        end = e


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_text_functions_keep_offsets_on_nasty_text(text):
    normalized = normalize_with_map(text)
    assert normalized.original == text and len(normalized.offsets) == len(normalized.text) + 1
    assert len(vnnews.restore_diacritics(text)) == len(text)
    for segmenter in SEGMENTERS.values():
        _sorted_slices(segmenter.word_spans(text), text)
    _sorted_slices(SEGMENTERS["underthesea"].sentence_spans(text), text)
    for entity in vnnews.extract_entities(text):
        assert text[entity.start : entity.end] == entity.text


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(NASTY)
def test_the_pipeline_keeps_the_users_text_and_records_no_step_error(text):
    doc = NLP(text)
    assert doc.text == text
    assert doc.errors == []
    _sorted_slices([(t.start, t.end) for t in doc.tokens], text)
    for item in [*doc.tokens, *doc.entities]:
        assert text[item.start : item.end] == item.text
    assert vnnews.Document.from_json(doc.to_json()) == doc


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\ufeff", "\ud800", "\x00"])
def test_classify_answers_or_says_the_text_is_empty(text):
    try:
        topic = vnnews.classify(text)
    except vnnews.InputError as exc:
        assert "empty" in str(exc)
    else:
        assert topic.label


@pytest.mark.parametrize(
    "data",
    [
        {"text": "abc", "entities": ["x"]},
        {"text": "abc", "entities": [{"label": "PERSON"}]},
        {"text": "abc", "tokens": [{"start": "a"}]},
        {"text": "abc", "sentences": 5},
        {"text": "abc", "topic": "x"},
        {"text": 5},
        [],
    ],
)
def test_a_dict_that_is_no_document_raises_input_error(data):
    with pytest.raises(vnnews.InputError, match="not a vnnews document"):
        vnnews.Document.from_dict(data)


def test_from_json_of_none_raises_input_error():
    with pytest.raises(vnnews.InputError, match="not valid JSON"):
        vnnews.Document.from_json(None)
