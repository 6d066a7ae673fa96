"""Hypothesis properties of normalisation: idempotent, NFC, a monotonic map, pass-through."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vnnews.normalize.confusables import LOOKALIKES
from vnnews.normalize import convert_tone_style, detect_encoding, normalize, normalize_with_map, remove_diacritics
from vnnews.normalize.unicode import unify_spaces

ONSETS = ["", "b", "ch", "đ", "gh", "gi", "kh", "ng", "ngh", "nh", "ph", "qu", "th", "tr", "v", "x"]
RHYMES = [
    "a", "oa", "oe", "uy", "uyên", "ươi", "ương", "iêu", "yêu", "oai", "uôi", "ưu", "ai", "ao",
    "anh", "oang", "ênh", "ôm", "ơn", "ưng", "ich", "uyt", "ia", "ua", "ưa", "ôi", "eo", "uya",
]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
VIETNAMESE_MARKED = {
    unicodedata.normalize("NFC", vowel + tone)
    for vowel in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
    for tone in TONES
} - set("aeiouyAEIOUY") | set("đĐ")


@st.composite
def syllables(draw):
    """A syllable with its tone mark on a random letter (often the wrong one), in any case."""
    letters = draw(st.sampled_from(ONSETS)) + draw(st.sampled_from(RHYMES))
    tone = draw(st.sampled_from(TONES))
    at = draw(st.integers(0, len(letters) - 1))
    word = unicodedata.normalize("NFC", letters[: at + 1] + tone + letters[at + 1 :])
    return draw(st.sampled_from([word, word.upper(), word.title()]))


separators = st.sampled_from([" ", ", ", ". ", "\n", " - ", " (", ") ", " 2025 ", "  "])
vietnamese_text = st.lists(st.tuples(syllables(), separators), max_size=25).map(
    lambda pairs: "".join(a + b for a, b in pairs)
)
mixed_text = st.lists(
    st.one_of(vietnamese_text, st.text(max_size=8), st.sampled_from(["e\u0302\u0301", "Ð", "\u00ad"])), max_size=6
).map("".join)


@settings(max_examples=300, deadline=None)
@given(mixed_text, st.sampled_from(["new", "old"]))
def test_idempotent_and_nfc(text, style):
    once = normalize(text, tone_style=style)
    assert unicodedata.is_normalized("NFC", once)
    assert normalize(once, tone_style=style) == once


@settings(max_examples=300, deadline=None)
@given(mixed_text)
@example("\u09dc")  # NFC decomposes this letter (a composition exclusion): one input char, two output chars
def test_offset_map_is_monotonic_and_inside_the_input(text):
    n = normalize_with_map(text, legacy="none")
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(text)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))
    assert all(0 <= o < len(text) for o in n.offsets[:-1])
    for i in range(len(n.text)):
        start, end = n.span_to_original(i, i + 1)
        assert start < end <= len(text)
        piece = unify_spaces(unicodedata.normalize("NFC", text[start:end]))[0]  # no-break space -> " "
        if not set(piece) & set(LOOKALIKES):  # tone marks move, letters stay (NFC may split one in two)
            assert remove_diacritics(n.text[i]) in remove_diacritics(piece)


@settings(max_examples=300, deadline=None)
@given(vietnamese_text)
def test_tone_styles_round_trip_and_keep_length(text):
    new = convert_tone_style(text, "new")
    old = convert_tone_style(new, "old")
    assert len(new) == len(old) == len(text)
    assert convert_tone_style(old, "new") == new
    assert remove_diacritics(old) == remove_diacritics(text)


@settings(max_examples=300, deadline=None)
@given(mixed_text)
def test_remove_diacritics_leaves_no_vietnamese_marks(text):
    plain = remove_diacritics(unicodedata.normalize("NFC", text))
    assert len(plain) == len(unicodedata.normalize("NFC", text))
    assert not set(plain) & VIETNAMESE_MARKED


non_vietnamese_alphabet = st.characters(codec="utf-8", exclude_categories=["Cs"]).filter(
    lambda c: remove_diacritics(unicodedata.normalize("NFC", c)) == unicodedata.normalize("NFC", c)
    and c not in LOOKALIKES
    and c not in "\u00ad\u200b\u2060\ufeff"
    and unicodedata.category(c) != "Zs"  # no-break and other spaces become " "
)


@settings(max_examples=300, deadline=None)
@given(st.text(non_vietnamese_alphabet, max_size=40), st.sampled_from(["new", "old"]))
def test_text_without_vietnamese_letters_passes_through_unchanged(text, style):
    text = unicodedata.normalize("NFC", text)
    assert normalize(text, tone_style=style, legacy="none") == text


FOREIGN_WORDS = (
    "the of and to in is it's don't e.g. a.m. U.S. café où goût déjà été naïve Noël "
    "Müller Größe Äpfel für schön Straße Zürich São mãe irmão niño año José Reykjavík "
    "x^2 a^b f(x) C++ i++ obj.method() ?? ... -> => && || // /* */ #include <stdio.h> "
    "3.14 1,250 2025-11-27 10:30 50% $5 user@example.com https://example.org/a?b=c"
).split()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FOREIGN_WORDS), max_size=30), st.sampled_from([" ", "\n", ", ", ". "]))
def test_english_french_german_and_code_pass_through_with_detection(words, separator):
    text = separator.join(words)
    assert detect_encoding(text) == "none"
    assert normalize(text) == text


ascii_snippets = st.sampled_from(
    ["e.g.", "x^2 + 1", "A+", "C++", "Is it so?", "a.m.", "don't", "f(x)", "~/bin", "`code`", "3.5", "Cà phê", "OK"]
)
lines = st.lists(st.one_of(vietnamese_text, ascii_snippets), min_size=1, max_size=3).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(st.lists(lines, min_size=2, max_size=4), st.sampled_from(["new", "old"]))
def test_unicode_vietnamese_lines_never_decoded_as_legacy(text_lines, style):
    text = "Tin mới nhất\n" + "\n".join(text_lines)
    assert normalize(text, tone_style=style) == normalize(text, tone_style=style, legacy="none")
