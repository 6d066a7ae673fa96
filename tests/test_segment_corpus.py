"""Corpus-level checks on UD Vietnamese-VTB (../shared/data): vnnews scores at least the raw backend."""

from __future__ import annotations

import pytest

from vnnews.segment import Segmenter
from vnnews.segment.evaluate import read_conllu, span_prf


@pytest.fixture(scope="module")
def dev_sentences(shared_data):
    path = shared_data / "ud_vi_vtb" / "vi_vtb-ud-dev.conllu"
    if not path.exists():
        pytest.skip("UD Vietnamese-VTB dev split absent")
    return read_conllu(path)[:400]


def raw_words(backend, text):
    if backend == "pyvi":
        from pyvi import ViTokenizer

        return ViTokenizer.tokenize(text).split()
    from underthesea import word_tokenize

    return word_tokenize(text)


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
def test_vnnews_scores_at_least_the_raw_backend(backend, dev_sentences):
    gold = [words for _, words in dev_sentences]
    seg = Segmenter(backend)
    ours = span_prf(gold, [seg.words(text) for text, _ in dev_sentences])
    raw = span_prf(gold, [raw_words(backend, text) for text, _ in dev_sentences], "_" if backend == "pyvi" else " ")
    assert ours[2] >= raw[2]
    assert ours[2] > 0.9  # a sanity floor: a broken alignment would fall far below


@pytest.mark.slow
def test_sample_article_words_are_slices(sample_article):
    seg = Segmenter()
    spans = seg.word_spans(sample_article)
    words = [sample_article[s:e] for s, e in spans]
    assert "".join("".join(words).split()) == "".join(sample_article.split())
    assert "26.03.2025" in words and "18:31 PM" in words and "Nguyễn Mạnh Hùng" in words
