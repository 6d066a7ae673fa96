"""restore_diacritics on text written in capitals (headlines, shouted lines): the case of a
word in a capitals line tells nothing about it, and no name bonus runs over the whole line."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.normalize import remove_diacritics
from vnnews.restore import WIDTH, load_model, load_names, restore_diacritics
from vnnews.restore.lattice import build_lattice, in_capitals
from vnnews.restore.tokens import UNINFORMATIVE, tokenize

from test_restore_properties import vietnamese_like

SENTENCES = [
    "Thủ tướng Chính phủ đã ký quyết định thành lập ban chỉ đạo.",
    "Người dân ở đây có cuộc sống khó khăn, nhưng họ vẫn lạc quan.",
    "Bộ Y tế khuyến cáo người dân không nên tự ý dùng thuốc kháng sinh.",
]


def syllable_count(text: str) -> int:
    return sum(token.is_word for token in tokenize(text))


def test_a_single_letter_in_a_capitals_line_is_read_like_any_other_word():
    text = "NHU CAU O VA LAM VIEC CHO DAN"
    tokens = list(tokenize(text))
    lattice = build_lattice(text, load_model(), WIDTH, load_names(), tokens, capitals=in_capitals(text, tokens))
    assert set(lattice.cases) == {UNINFORMATIVE}  # "O" after a word was read as a capitalised word
    assert lattice.bonus == {}


def test_the_name_bonus_still_runs_on_ordinary_lines():
    text = "Ong ay song o Quang Ninh"
    tokens = list(tokenize(text))
    assert not in_capitals(text, tokens)
    assert build_lattice(text, load_model(), WIDTH, load_names(), tokens).bonus


def test_short_capitals_lines_and_acronyms_are_read_as_before():
    for text in ("UBND TP.HCM", "HA NOI", "HDND, UBND"):
        assert not in_capitals(text, list(tokenize(text)))
    assert restore_diacritics("UBND TINH VA HDND HUYEN HOP BAN") == "UBND TỈNH VÀ HĐND HUYỆN HỌP BÀN"


@pytest.mark.parametrize("accented", [
    "Bạc hà giữ tỉnh táo cho tài xế",  # before: the district Bắc Hà, its bonus over the whole line
    "Bạc hà và gừng tốt cho sức khoẻ",
    "Khó sống lắm anh ạ.",  # before: "A" read as a capitalised word, "À"
])
def test_capitals_lines_fixed_at_the_twenty_second_stop(accented):
    assert restore_diacritics(remove_diacritics(accented)) == accented
    assert restore_diacritics(remove_diacritics(accented).upper()) == accented.upper()


def test_capitals_sentences_restore_as_their_lower_case_form_does():
    for accented in SENTENCES:
        upper = restore_diacritics(remove_diacritics(accented).upper())
        assert upper == accented.upper()


@settings(max_examples=100, deadline=None)
@given(vietnamese_like)
def test_capitals_in_capitals_out_only_marks_added(text):
    text = text.upper()
    restored = restore_diacritics(text)
    assert remove_diacritics(restored) == remove_diacritics(text)
    assert syllable_count(restored) == syllable_count(text)
    assert [c.isupper() for c in restored] == [c.isupper() for c in text]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(vietnamese_like)
def test_capitals_restoration_is_idempotent(text):
    once = restore_diacritics(remove_diacritics(text).upper())
    assert restore_diacritics(once) == once
