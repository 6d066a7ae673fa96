"""Corpus-level checks on ../shared/data (skipped when it is absent)."""

from __future__ import annotations

import gzip
import itertools
import json

import pytest

from vnnews.normalize import convert_tone_style, detect_encoding, normalize, normalize_with_map, remove_diacritics


@pytest.fixture(scope="module")
def vntc_texts(shared_data):
    with gzip.open(shared_data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, 300)]


@pytest.mark.slow
def test_news_articles_idempotent_and_only_marks_move(vntc_texts):
    def letters(text):
        return remove_diacritics(text).replace("Ð", "D").replace("ð", "d")

    for text in vntc_texts:
        n = normalize_with_map(text, tone_style="new")
        assert normalize(n.text) == n.text
        assert n.offsets[-1] == len(text)
        # same letters in the same places: only tone marks, horns and look-alikes changed
        kept = [n.offsets[i] for i in range(len(n.text))]
        assert letters(n.text) == "".join(letters(text[i]) for i in kept)


@pytest.mark.slow
def test_styles_round_trip_on_news(vntc_texts):
    for text in vntc_texts[:100]:
        new = normalize(text, tone_style="new")
        old = convert_tone_style(new, "old")
        assert convert_tone_style(old, "new") == new
        assert normalize(old, tone_style="old") == old


@pytest.mark.slow
def test_scraped_sample_article(sample_article):
    assert detect_encoding(sample_article) == "none"
    n = normalize_with_map(sample_article, tone_style="new")
    assert "Bình Định" in n.text
    assert "văn hoá" in n.text and "văn hóa" not in n.text
    start = n.text.index("văn hoá")
    assert sample_article[slice(*n.span_to_original(start, start + 7))] == "văn hóa"
