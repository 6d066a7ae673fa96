"""The twenty-second stop's user audit of the text side: each test failed before its fix
(benchmarks/robustness.md, "Twenty-second stop: a user's audit of the text side")."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.normalize import detect_encoding, encode, normalize_with_map, remove_diacritics

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


@pytest.mark.parametrize(
    "text, plain",
    [
        ("ÐÀ NẴNG, Ðồng Nai, Hаn Quốc, ǎn", "DA NANG, Dong Nai, Han Quoc, an"),  # eth, Cyrillic а, a with caron
        ("Ɖắk Lắk, ɖường ÐBSCL", "Dak Lak, duong DBSCL"),
        ("Ðað, Guðmundsdóttir", "Ðað, Guðmundsdottir"),  # Icelandic stays
    ],
)
def test_remove_diacritics_folds_lookalikes_of_vietnamese_letters(text, plain):
    # the eth "Ð" (and Cyrillic look-alikes) of scraped pages came out as they were: an
    # ASCII key of "ÐÀ NẴNG" was "ÐA NANG", not "DA NANG" as normalize-then-remove gives
    assert vnnews.remove_diacritics(text) == plain
    assert len(vnnews.remove_diacritics(text)) == len(text)


@pytest.mark.parametrize(
    "text, fixed",
    [("ÐẮK LẮK, Ðắk Nông, Ɖăk Glei", "ĐẮK LẮK, Đắk Nông, Đăk Glei"), ("Ɖắk Lắk", "Đắk Lắk")],
)
def test_normalize_reads_an_eth_in_a_highland_name_as_d_bar(text, fixed):
    # "Ðắk" (k for c) was no syllable, so its eth stayed: the province kept a look-alike letter
    assert vnnews.normalize(text) == fixed


_ONSETS = ["", "b", "đ", "gi", "kh", "ng", "qu", "th", "tr"]
_RHYMES = ["a", "oa", "uy", "uyên", "ươi", "ương", "iêu", "anh", "ôm", "ưng", "ich", "ua"]
_TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


@st.composite
def _words(draw):
    letters = draw(st.sampled_from(_ONSETS)) + draw(st.sampled_from(_RHYMES))
    at = draw(st.sampled_from([i for i, c in enumerate(letters) if c in "aăâeêioôơuưy"]))  # often the wrong vowel
    word = unicodedata.normalize("NFC", letters[: at + 1] + draw(st.sampled_from(_TONES)) + letters[at + 1 :])
    return draw(st.sampled_from([word, word.upper(), word.title()]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_words(), min_size=1, max_size=12), st.sampled_from(["Ðð", "Ɖɖ"]))
def test_remove_diacritics_of_a_lookalike_spelling_is_that_of_the_text(words, lookalikes):
    text = " ".join(words)
    disguised = text.translate(str.maketrans({"Đ": lookalikes[0], "đ": lookalikes[1]}))
    assert vnnews.remove_diacritics(disguised) == vnnews.remove_diacritics(text)
    assert vnnews.remove_diacritics(text).isascii()


PDF_TEXT = "Chı̉ tiêu kinh tế: tı̉nh Bı̀nh Đi\u0323nh, THÀNH PHỐ; Trı́ch dẫn: đı̃a, lı̣ch sử"


def test_a_dotless_i_carrying_a_tone_mark_from_a_pdf_is_the_letter_i():
    # pdftotext of PDFs whose fonts build "ì" from a dotless ı and a combining mark gives
    # "ı\u0300": NFC has no composition for it, so "tı̉nh", "Bı̀nh" stayed with a Turkish letter
    # and a loose mark (no entity, no dictionary word)
    n = normalize_with_map(PDF_TEXT)
    assert n.text == "Chỉ tiêu kinh tế: tỉnh Bình Định, THÀNH PHỐ; Trích dẫn: đĩa, lịch sử"
    assert "marks" in n.steps
    for word in ("tỉnh", "Bình", "lịch"):
        start = n.text.index(word)
        assert vnnews.normalize(PDF_TEXT[slice(*n.span_to_original(start, start + len(word)))]) == word


@pytest.mark.parametrize("text", ["Kırıkkale ılık", "ı", "Işık", "sı\u0307"])
def test_turkish_dotless_i_without_a_vietnamese_tone_mark_stays(text):
    assert vnnews.normalize(text) == unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    "text, fixed",
    [
        ("Hà\u0300 Nội", "Hà Nội"),  # a precomposed à and its grave again
        ("ha\u0300\u0300", "hà"),  # NFD with the mark twice
        ("HOÀ\u0300 BÌNH", "HOÀ BÌNH"),
        ("Nguye\u0302\u0303\u0303n", "Nguyễn"),
    ],
)
def test_a_tone_mark_written_twice_is_written_once(text, fixed):
    # the second copy stayed as a loose combining mark (and tone placement skipped the word)
    n = normalize_with_map(text)
    assert n.text == fixed
    assert n.span_to_original(0, len(n.text)) == (0, len(text))


@pytest.mark.parametrize("text", ["hà\u0301", "Việt\u0300"])  # two different tones: which one is meant is unknown
def test_two_different_tone_marks_stay(text):
    assert vnnews.normalize(text) == text


@settings(max_examples=300, deadline=None)
@given(st.lists(_words(), min_size=1, max_size=12), st.data())
def test_a_doubled_tone_mark_anywhere_normalizes_like_the_text(words, data):
    text = " ".join(words)
    toned = [i for i, c in enumerate(text) if len(unicodedata.normalize("NFD", c)) > 1 and unicodedata.normalize("NFD", c)[-1] in _TONES]
    if not toned:
        return
    at = data.draw(st.sampled_from(toned))
    doubled = text[: at + 1] + unicodedata.normalize("NFD", text[at])[-1] + text[at + 1 :]
    for style in ("new", "old"):
        assert vnnews.normalize(doubled, tone_style=style) == vnnews.normalize(text, tone_style=style)


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
@pytest.mark.parametrize(
    "text, words",
    [
        ("Tỷ giá 25.450 đồng/USD.", ["USD", "."]),
        ("Giá 3 USD. Hôm sau 4 USD.", ["Giá", "3", "USD", ".", "Hôm", "sau", "4", "USD", "."]),
        ("Ông A. Bà B.", ["Ông", "A", ".", "Bà", "B", "."]),
        ("Tôi ở TP.HCM. Anh ở Hà Nội.", [".", "Anh", "ở", "Hà Nội", "."]),
        ("Anh ấy nói \"Tôi về TP.HCM.\"", [".", '"']),
        ("Hội nghị của WHO.)", ["WHO", ".", ")"]),
        ("Ông về TP.", ["TP", "."]),
    ],
)
def test_the_full_stop_ending_a_sentence_is_a_word_of_its_own(backend, text, words):
    # pyvi glued it to the word before ("USD.", "WHO.", "A."), underthesea to a dotted name
    # ("TP.HCM."): the same sentence gave other words by backend and by position
    got = vnnews.word_tokenize(text, backend=backend)
    assert got[-len(words):] == words
    assert len(got) == len(words) or got[-len(words) - 1][-1] != "."


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
@pytest.mark.parametrize("text", ["Ông Nguyễn V. A cho biết.", "Bà Trần Thị B. C, 45 tuổi, nói.", "Anh Lê Văn T. (SN 1990) bị bắt."])
def test_no_word_holds_a_stop_and_the_next_word(backend, text):
    # the name rule cut underthesea's "Nguyễn V. A" after "Nguyễn V" and kept the rest, ". A",
    # as one word
    words = vnnews.word_tokenize(text, backend=backend)
    assert not [w for w in words if " " in w and any(part and all(not c.isalnum() for c in part) for part in w.split())]
    assert "".join(words).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "viqr, unicode_text",
    [
        ("Gia' 3,5 trie^.u ddo^`ng (C++ va` e.g. x^2), ba(n khoa(n.", "Giá 3,5 triệu đồng (C++ và e.g. x^2), băn khoăn."),
        ("Ha` No^.i i.e. thu? ddo^, lu'c 5 p.m.", "Hà Nội i.e. thủ đô, lúc 5 p.m."),
        ("Ho.p o+? Ha` No^.i, E.g. ca'c ba.n, a.k.a. Tom.", "Họp ở Hà Nội, E.g. các bạn, a.k.a. Tom."),
    ],
)
def test_latin_dotted_abbreviations_in_viqr_text_stay_as_written(viqr, unicode_text):
    # README: "e.g.", "x^2", "C++" are left alone; in a VIQR text their dot after a vowel was
    # read as a dot-below tone: "ẹg.", "ịe.", "ạm."
    assert vnnews.normalize(viqr, legacy="viqr") == unicode_text
    assert vnnews.normalize(viqr) == unicode_text


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
def test_dotted_abbreviations_and_names_are_one_word_with_both_backends(backend):
    # pyvi split them: 'Th', '.', 'S'; 'PGS.', 'TS.'; 'TP.', 'HCM'; 'v', '.', 'v', '.'; 'GS.', 'TSKH'
    text = "Th.S Lê Thị B, PGS.TS. Trần C và GS.TSKH Đỗ D ở TP.HCM, T.Ư v.v. cùng dự."
    words = vnnews.word_tokenize(text, backend=backend)
    for word in ("Th.S", "PGS.TS.", "GS.TSKH", "TP.HCM", "T.Ư", "v.v."):
        assert word in words
    assert "".join(words).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
@pytest.mark.parametrize(
    "text", ["Ca mắc giảm.Theo Bộ Y tế", "Xem vnexpress.net hoặc a.b@c.vn ngay", "Dùng ADODB.Stream để đọc", "rau, củ v.v... và"]
)
def test_glued_sentences_domains_and_code_names_are_not_taken_for_dotted_abbreviations(backend, text):
    words = vnnews.word_tokenize(text, backend=backend)
    assert "giảm.Theo" not in words and "v.v." not in words
    assert "".join(words).replace(" ", "") == text.replace(" ", "")
