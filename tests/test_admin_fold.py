"""Matching keys of place names: folding keeps offsets, tone keys ignore the tone style."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnnews.entities._fold import fold, tone_key
from vnnews.normalize import convert_tone_style, remove_diacritics

vietnamese = st.text(alphabet=st.sampled_from(list("aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐbcghklmnpqrstvx -–àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ")), max_size=40)


@given(st.text(max_size=60))
def test_fold_keeps_one_character_for_one_on_nfc_text(text):
    text = unicodedata.normalize("NFC", text)
    folded = fold(text)
    assert len(folded) == len(text)
    assert fold(folded) == folded  # idempotent


@given(vietnamese)
def test_fold_of_vietnamese_is_plain_lowercase_ascii(text):
    folded = fold(text)
    assert folded.isascii() and folded == folded.lower()
    assert folded == remove_diacritics(text).lower().replace("–", "-")


@given(vietnamese)
def test_tone_key_ignores_tone_style_and_case(text):
    assert tone_key(convert_tone_style(text, "old")) == tone_key(convert_tone_style(text, "new"))
    assert tone_key(text.upper()) == tone_key(text.lower())


def test_tone_key_keeps_tones_and_vowel_marks_apart():
    assert tone_key("Hòa Bình") != tone_key("Hóa Bình")
    assert tone_key("Bình Định") != tone_key("Binh Đinh")
    assert tone_key("Bà Rịa - Vũng Tàu") == tone_key("bà rịa vũng tàu") == tone_key("Bà Rịa – Vũng Tàu")


def test_final_y_after_a_consonant_reads_as_i():
    assert tone_key("Kỳ Anh") == tone_key("Kì Anh") and tone_key("Quy Nhơn") == tone_key("Qui Nhơn")
    assert tone_key("Thụy") != tone_key("Thụi")  # y after a vowel is kept
