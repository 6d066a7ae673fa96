"""The twentieth stop's speed work on the token layer: the same tokens, the same phrase
matches, the same folds as the plain code they replace (properties over generated text)."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews.entities import _fold
from vnnews.entities.tokens import Phrasebook, Syllable, syllables

LETTERS = "aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐbcghklmnpqrstvxHTNàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵỞỦ"
texts = st.text(alphabet=st.sampled_from(list(LETTERS + "  \n\t.,-:0123456789")), max_size=120)
PHRASES = ["chủ tịch", "chủ tịch nước", "bộ trưởng", "thứ trưởng", "hà nội", "ủy ban nhân dân",
           "ủy ban", "tp", "ban", "ban chấp hành trung ương", "nguyen van"]


def _reference_match(book: Phrasebook, tokens, i):
    """The longest phrase at ``tokens[i]`` by brute force over every window on one line."""
    for size in range(len(tokens) - i, 0, -1):
        window = tokens[i:i + size]
        if not all(t.linked for t in window[1:]):
            continue
        phrase = book._exact.get(tuple(t.low for t in window))
        if phrase is None and all(t.plain for t in window):
            phrase = book._folded.get(tuple(t.key for t in window))
        if phrase is not None:
            return size, phrase
    return None


@given(st.lists(st.sampled_from(["Chủ", "tịch", "nước", "Bộ", "trưởng", "Thu", "truong", "Hà", "Nội", "Ủy", "Uỷ",
                                 "ban", "nhân", "dân", "TP", "chấp", "hành", "Trung", "ương", "Nguyen", "Van"]),
                max_size=12),
       st.lists(st.sampled_from([" ", " ", ", ", "\n", ". "]), min_size=12, max_size=12))
def test_phrasebook_match_is_the_longest_phrase_on_one_line(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps))
    tokens = syllables(text)
    book = Phrasebook(PHRASES)
    for i in range(len(tokens)):
        assert book.match(tokens, i) == _reference_match(book, tokens, i)


@given(texts)
def test_syllables_are_plain_frozen_syllables(text):
    tokens = syllables(text)
    for token in tokens:
        fields = dataclasses.asdict(token)
        twin = Syllable(**fields)
        assert type(token) is Syllable and token == twin and hash(token) == hash(twin)
        assert text[token.start:token.end] == token.text
        with pytest.raises(dataclasses.FrozenInstanceError):
            token.start = 0
    assert [t.start for t in tokens] == sorted(t.start for t in tokens)


@given(texts)
def test_long_texts_fold_as_short_ones(text):
    long = (text + " Thừa Thiên – Huế\xa0") * 10  # over the cache's length
    assert _fold.fold(long) == _fold._fold(long) == "".join(_fold.fold(c) for c in long)


def test_fold_cache_is_safe_across_threads():
    texts = [f"Tỉnh {n} – Khánh Hòa, xã Bình Định " * 20 for n in range(12)]
    expected = [_fold._fold(t) for t in texts]
    errors = []

    def work():
        for _ in range(50):
            for text, want in zip(texts, expected):
                if _fold.fold(text) != want:
                    errors.append(text)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
