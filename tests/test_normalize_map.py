"""The offset map from normalised text back to the original, and remove_diacritics."""

from __future__ import annotations

import unicodedata

import pytest

from vnnews.errors import InputError
from vnnews.normalize import normalize_with_map, remove_diacritics


def test_identity_map_for_clean_text():
    n = normalize_with_map("Hà Nội mùa thu")
    assert n.text == n.original == "Hà Nội mùa thu"
    assert n.offsets == list(range(len(n.text) + 1))


def test_combining_marks_are_composed_and_mapped_back():
    original = "Tha\u0300nh pho\u0302\u0301 Ho\u0302\u0300 Chi\u0301 Minh"
    n = normalize_with_map(original)
    assert n.text == "Thành phố Hồ Chí Minh"
    start = n.text.index("phố")
    o_start, o_end = n.span_to_original(start, start + 3)
    assert original[o_start:o_end] == "pho\u0302\u0301"
    assert n.offsets[-1] == len(original)
    assert len(n.offsets) == len(n.text) + 1


def test_invisible_characters_dropped_and_spans_still_cover_the_word():
    original = "\ufeffNghe\u00ad An\u200b"
    n = normalize_with_map(original)
    assert n.text == "Nghe An"
    assert n.span_to_original(0, 4) == (1, 5)
    assert original[slice(*n.span_to_original(5, 7))] == "An"


def test_confusable_eth_becomes_d_with_stroke():
    n = normalize_with_map("Ðà Nẵng, ðường, ÐB ÐBSCL")
    assert n.text == "Đà Nẵng, đường, ĐB ĐBSCL"
    assert n.offsets == list(range(len(n.text) + 1))


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("Hаnoi", "Hanoi"),  # Cyrillic а
        ("Vіệt Nam", "Việt Nam"),  # Cyrillic і
        ("Ηà Nội", "Hà Nội"),  # Greek Eta
        ("Ɖồng Nai", "Đồng Nai"),
        ("Trǎng", "Trăng"),
    ],
)
def test_homoglyphs_inside_vietnamese_words(text, fixed):
    assert normalize_with_map(text).text == fixed


@pytest.mark.parametrize("text", ["Guðrún við það", "Москва но он", "Αθήνα ΗΠΑ", "Ðað"])
def test_other_scripts_and_icelandic_are_kept(text):
    assert normalize_with_map(text).text == text


def test_span_outside_text_is_an_input_error():
    n = normalize_with_map("abc")
    with pytest.raises(InputError):
        n.span_to_original(2, 4)
    with pytest.raises(InputError):
        n.span_to_original(2, 1)


@pytest.mark.parametrize(
    "text, plain",
    [
        ("Đắk Lắk", "Dak Lak"),
        ("NGHỆ AN, Thừa Thiên Huế", "NGHE AN, Thua Thien Hue"),
        ("Ưu tiên ươm mầm", "Uu tien uom mam"),
        ("Zürich 東京 façade naïve ñ", "Zürich 東京 façade naïve ñ"),
        ("gi\u00e1 1.250,5 đ/kg – ½ €", "gia 1.250,5 d/kg – ½ €"),
    ],
)
def test_remove_diacritics_table(text, plain):
    assert remove_diacritics(text) == plain


def test_remove_diacritics_strips_loose_combining_marks_of_vietnamese_vowels():
    decomposed = unicodedata.normalize("NFD", "Việt Nam")
    assert remove_diacritics(decomposed) == "Viet Nam"


def test_remove_diacritics_rejects_bytes():
    with pytest.raises(InputError):
        remove_diacritics(b"Viet")


def test_vnnews_normalize_is_callable_even_after_the_package_was_imported():
    import vnnews
    import vnnews.normalize  # binds vnnews.normalize to the package

    assert vnnews.normalize("Hòa Bình") == "Hoà Bình"
    assert vnnews.normalize("Hoà Bình", tone_style="old") == "Hòa Bình"
    assert vnnews.remove_diacritics("Hoà") == "Hoa"
    assert vnnews.detect_encoding("ViÖt Nam") == "tcvn3"


def test_concurrent_calls_give_the_same_answers():
    from concurrent.futures import ThreadPoolExecutor

    texts = ["Hòa Bình thủy điện %d, baỏ lựơng, Vieät Nam, ViÖt Nam" % i for i in range(200)]
    expected = [normalize_with_map(t).text for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda t: normalize_with_map(t).text, texts))
    assert got == expected
    assert expected[0] == "Hoà Bình thuỷ điện 0, bảo lượng, Vieät Nam, ViÖt Nam"


@pytest.mark.parametrize(
    "text, steps",
    [
        ("Hoà Bình", ()),
        ("Hòa Bình", ("tones",)),
        ("Vieät Nam", ("legacy:vni",)),
        ("Ho\u0300a\u00ad Bình", ("nfc", "invisible", "tones")),
        ("Ðà Nẵng", ("confusables",)),
    ],
)
def test_steps_name_the_fixes_that_changed_the_text(text, steps):
    assert normalize_with_map(text).steps == steps
