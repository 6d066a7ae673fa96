"""The underthesea backend's Python-built CRF features are underthesea_core's, and its words underthesea's."""

from __future__ import annotations

import functools
import gzip
import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from underthesea import word_tokenize
from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

from vnnews.segment import Segmenter
from vnnews.segment import underthesea_crf
from vnnews.segment.underthesea_crf import UndertheseaTagger, load_underthesea_tagger

NEWS = [
    "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 10/2025.",
    "UBND TP. Hồ Chí Minh yêu cầu các sở, ngành hoàn thành trước ngày 26.03.2025.",
    "Giá vàng SJC tăng 1.500.000 đồng/lượng, lên 85,5 triệu đồng (tăng -2,3% hay +7 điểm).",
    "Liên hệ: hotro@vnexpress.net hoặc https://vnexpress.net/thoi-su ==> xem thêm",
    "“Chúng tôi sẽ làm hết sức mình” – bà Lan nói… >> Đọc tiếp",
    "THUỶ ĐIỆN HOÀ BÌNH XẢ LŨ LẦN THỨ 3 TRONG NĂM 2147483647 2147483648",
    "Ông Ǆokić và Σίσυφος gặp İlham ở Đà Nẵng ½ ngày, ²³ ١٢ ß.",
    "a",
    "",
]

# Syllables of every kind the readings differ on: case, titles, digits and signs, Vietnamese
# letters, and characters outside CHECKED_CHARACTERS (their sentences go to underthesea_core).
SYLLABLES = ["Hoà", "bình", "THUỶ", "điện", "Nguyễn", "A", "UBND", "TP", ".", "2025", "-3", "+7", "007", "1.000",
             "2147483648", ",", "“", "…", "–", "x@y.vn", "ĐH", "nói", "Ǆa", "ǅa", "ΣΑΣ", "İ", "ß", "²", "١٢", "Ab-Cd"]


@functools.cache
def _tagger() -> UndertheseaTagger:
    return load_underthesea_tagger().__self__


@pytest.mark.parametrize("text", NEWS)
def test_same_words_as_underthesea_on_news_sentences(text):
    assert _tagger().words(text) == word_tokenize(text, use_token_normalize=False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(SYLLABLES), max_size=12))
def test_same_features_as_underthesea_core_on_any_sequence(tokens):
    tagger = _tagger()
    assert tagger.features(tokens) == tagger._featurizer.process([[[t] for t in tokens]])[0]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_same_features_and_words_on_arbitrary_text(text):
    tagger = _tagger()
    tokens = tokenize(text, use_token_normalize=False)
    assert tagger.features(tokens) == tagger._featurizer.process([[[t] for t in tokens]])[0]
    assert tagger.words(text) == word_tokenize(text, use_token_normalize=False)


def test_a_small_cache_starts_over_and_changes_nothing():
    model = _tagger()
    tagger = UndertheseaTagger(tokenize, model._featurizer, model._tag.__self__, model._dictionary, cache_size=3)
    for text in NEWS:
        assert tagger.words(text) == word_tokenize(text, use_token_normalize=False)
        assert len(tagger._cache) <= 3


def test_same_words_as_underthesea_on_corpus_lines(shared_data):
    with gzip.open(shared_data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 0, 600, 20)]
    for line in (line for text in texts for line in text.splitlines()):
        assert _tagger().words(line) == word_tokenize(line, use_token_normalize=False)


def test_an_underthesea_with_other_features_falls_back_to_its_own_word_tokenize(monkeypatch):
    monkeypatch.setattr(underthesea_crf, "TEMPLATES", underthesea_crf.TEMPLATES[:-1])
    own = load_underthesea_tagger()
    assert isinstance(own, functools.partial) and own.func is word_tokenize
    assert own("Hà Nội") == ["Hà Nội"]


def test_the_underthesea_backend_uses_the_python_features():
    assert Segmenter("underthesea").backend.words("Thuỷ điện Hoà Bình") == ["Thuỷ điện", "Hoà Bình"]
    from vnnews.segment.backends import _underthesea

    assert isinstance(_underthesea().__self__, UndertheseaTagger)


def test_any_error_while_reading_underthesea_s_files_falls_back_to_its_own_word_tokenize(monkeypatch):
    import joblib

    def broken_load(*args, **kwargs):
        raise RuntimeError("a file written by another release")

    monkeypatch.setattr(joblib, "load", broken_load)
    own = load_underthesea_tagger()
    assert isinstance(own, functools.partial) and own.func is word_tokenize
    assert own("Hà Nội") == ["Hà Nội"]
