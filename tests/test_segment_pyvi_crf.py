"""The pyvi backend's one-pass CRF features give exactly what pyvi's own tokenize gives."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pyvi.ViTokenizer import ViTokenizer

from vnnews.segment import Segmenter
from vnnews.segment.evaluate import read_conllu
from vnnews.segment.pyvi_crf import PyviTagger, load_pyvi_tagger

NEWS = [
    "Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ tháng 10/2025.",
    "UBND TP. Hồ Chí Minh yêu cầu các sở, ngành hoàn thành trước ngày 26.03.2025.",
    "Giá vàng SJC tăng 1.500.000 đồng/lượng, lên 85,5 triệu đồng (tăng 2,3%).",
    "PGS.TS Nguyễn Văn A, Trưởng khoa Y - ĐH Quốc gia Hà Nội, cho biết...",
    "Liên hệ: hotro@vnexpress.net hoặc https://vnexpress.net/thoi-su ==> xem thêm",
    "Ông Nguyễn Mạnh Hùng - Bộ trưởng Bộ Thông tin và Truyền thông - phát biểu.",
    "\"Chúng tôi sẽ làm hết sức mình\", bà Lan nói >> Đọc tiếp",
    "THUỶ ĐIỆN HOÀ BÌNH XẢ LŨ LẦN THỨ 3 TRONG NĂM",
    "Mr. Smith và Dr. Brown đến Tp. Đà Nẵng lúc 18:31 PM; ThS. Lê Thị B đón.",
    "Ngày 1-7, 34 tỉnh, thành phố chính thức vận hành chính quyền địa phương hai cấp.",
    "a",
    "...",
    "",
]

SYLLABLES = ["Hoà", "Bình", "thuỷ", "điện", "Nguyễn", "Văn", "A", "UBND", "TP.", "2025", "1.000", ",", ".", "-", "\"", "x@y.vn", "...", "ĐH", "qua", "nói"]


@pytest.mark.parametrize("text", NEWS)
def test_same_output_as_pyvi_on_news_sentences(text):
    assert PyviTagger(ViTokenizer).tokenize(text) == ViTokenizer.tokenize(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(SYLLABLES), max_size=25), st.sampled_from([" ", "  ", "", "\t"]))
def test_same_output_as_pyvi_on_any_sequence(words, space):
    text = space.join(words)
    assert PyviTagger(ViTokenizer).tokenize(text) == ViTokenizer.tokenize(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_same_output_as_pyvi_on_arbitrary_text(text):
    assert PyviTagger(ViTokenizer).tokenize(text) == ViTokenizer.tokenize(text)


def test_features_equal_pyvis_own(shared_data):
    sentences = read_conllu(shared_data / "ud_vi_vtb" / "vi_vtb-ud-dev.conllu")
    tagger = PyviTagger(ViTokenizer)
    for text, _ in sentences[:300]:
        _, syllables = ViTokenizer.sylabelize(text)
        assert tagger.features(syllables) == ViTokenizer.sent2features(syllables, False)


@pytest.mark.slow
def test_same_output_as_pyvi_on_corpus_lines(shared_data):
    tagger = PyviTagger(ViTokenizer)
    with gzip.open(shared_data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in itertools.islice(lines, 60)]
    for text in texts:
        for line in text.splitlines():
            assert tagger.tokenize(line) == ViTokenizer.tokenize(line)


def test_a_pyvi_with_other_features_falls_back_to_its_own_tokenize(monkeypatch):
    monkeypatch.setattr(ViTokenizer, "sent2features", staticmethod(lambda sent, training: [{} for _ in sent]))
    assert load_pyvi_tagger() == ViTokenizer.tokenize


def test_the_pyvi_backend_uses_the_one_pass_tagger():
    assert isinstance(load_pyvi_tagger().__self__, PyviTagger)
    assert Segmenter("pyvi").words("Thuỷ điện Hoà Bình") == ["Thuỷ điện", "Hoà Bình"]
