"""The twenty-first stop's user audit: each test failed before its fix (benchmarks/robustness.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnnews
from vnnews.normalize import remove_diacritics

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
LOOK_ALIKES = str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "H": "Н", "T": "Т"})


@pytest.fixture(scope="module")
def topic_only():
    return vnnews.Pipeline(sentences=False, words=False, entities=False)


@pytest.mark.parametrize("variant", ["as written", "no diacritics", "look-alikes", "scraped page"])
def test_classify_agrees_with_the_topic_on_the_document(topic_only, variant):
    # classify read the raw text: without diacritics this article was 'vi_tinh', with Cyrillic
    # look-alikes it lost its government flag, while the Document of the same text was right
    text = {
        "as written": ARTICLE,
        "no diacritics": remove_diacritics(ARTICLE),
        "look-alikes": ARTICLE.translate(LOOK_ALIKES),
        "scraped page": "Trang chủ | Thời sự | Thể thao | Giải trí\n" + ARTICLE + "\nBản quyền © 2025 Báo điện tử",
    }[variant]
    doc_topic = topic_only(text).topic
    topic = vnnews.classify(text)
    assert (topic.label, topic.government_administration) == (doc_topic.label, doc_topic.government_administration)
    assert topic.scores == pytest.approx(doc_topic.scores, abs=1e-6)
    assert topic.label == "chinh_tri_xa_hoi"
