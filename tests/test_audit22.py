"""The twenty-second stop's user audit of the text side: each test failed before its fix
(benchmarks/robustness.md, "Twenty-second stop: a user's audit of the text side")."""

from __future__ import annotations

import pytest

import vnnews
from vnnews.normalize import detect_encoding, encode

HIGHLAND_LINES = [
    "Tỉnh Đắk Lắk",
    "Đắk Lắk và Đắk Nông",
    "Đoàn công tác về huyện Krông Pắc, tỉnh Đắk Lắk.",
    "Chủ tịch UBND tỉnh Đắk Lắk Phạm Ngọc Nghị",
]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viqr"])
@pytest.mark.parametrize("line", HIGHLAND_LINES)
def test_a_legacy_line_naming_a_highland_place_is_decoded(line, encoding):
    # "Đắk", "Lắk" (k for c) and "Krông" (kr onset) are no syllables of the standard
    # orthography, so their legacy spellings counted AGAINST the encoding: every such line
    # stayed in TCVN3/VNI/VIQR, alone or under a Unicode headline
    legacy = encode(line, encoding)
    assert detect_encoding(legacy) == encoding
    assert vnnews.normalize(legacy) == line
    assert vnnews.normalize("Tin mới nhất\n" + legacy) == "Tin mới nhất\n" + line


@pytest.mark.parametrize("text", ["Björk Guðmundsdóttir sang Reykjavík.", "Dvořák, Kraków, Smørrebrød", "Müller's Glück"])
def test_foreign_words_with_k_stay_unicode_text(text):
    assert detect_encoding(text) == "none"
    assert vnnews.normalize(text) == text
