"""Table tests for tone placement, repair of misplaced/doubled marks, and pass-through."""

from __future__ import annotations

import pytest

from vnnews.normalize import convert_tone_style, normalize

# (new style, old style): the syllables whose spelling differs between the styles
STYLE_PAIRS = [
    ("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("hoá", "hóa"), ("toả", "tỏa"),
    ("loã", "lõa"), ("hoạ", "họa"), ("tuỳ", "tùy"), ("luỹ", "lũy"), ("suý", "súy"),
    ("xoè", "xòe"), ("khoả", "khỏa"), ("thoả", "thỏa"), ("loè", "lòe"), ("tuý", "túy"),
    ("HOÀ", "HÒA"), ("Thuỷ", "Thủy"), ("KHOẺ", "KHỎE"), ("Hoá", "Hóa"), ("LUỸ", "LŨY"),
]

# spelled the same in both styles
SAME_IN_BOTH = (
    "quý quả quốc quyết quyền hoàng toán người thuở mùa múa của mía hỏi ngoài khuỷu giữa "
    "già gì gìn giường giếng yêu uống huỳnh thuyền rượu muối khuấy ngoẹo tiếng việt cửu "
    "hoạch khoắn oằn quạ quỳnh Nguyễn ĐẠI HỌC Quảng Ngãi Thừa Thiên Huế Đắk Lắk hướng "
    "khoẻo xoẹt thuận tuần luật khuya oái oải ngoáy huơ thuở"
).split()

# (typed, expected in the new style): misplaced or doubled marks
REPAIRS = [
    ("baỏ", "bảo"), ("lựơng", "lượng"), ("nghịêm", "nghiệm"), ("dàì", "dài"),
    ("ngừơi", "người"), ("Đìêu", "Điều"), ("tìên", "tiền"), ("qúy", "quý"),
    ("gĩa", "giã"), ("hoỉ", "hỏi"), ("đơì", "đời"), ("Gíá", "Giá"), ("Kíến", "Kiến"),
    ("CHÌÊU", "CHIỀU"), ("Nôĩ", "Nỗi"), ("mưả", "mửa"), ("ĐÀÌ", "ĐÀI"), ("saỏ", "sảo"),
    ("Lựơt", "Lượt"), ("nuớc", "nước"), ("đưọc", "được"), ("ngưòi", "người"), ("Thuờng", "Thường"),
    ("TRUƠNG", "TRƯƠNG"), ("Duơng", "Dương"), ("thuơng", "thương"), ("hòa", "hoà"), ("Qúan", "Quán"), ("Maụ", "Mạu"),
]

# never touched: not Vietnamese syllables, or two different marks
UNTOUCHED = [
    "café", "résumé", "Müller", "naïve", "où", "São Paulo", "déjà vu", "Ærø", "x86_64",
    "3.14", "façade", "Pokémon", "José", "Zürich", "ĐÀÍ", "crème brûlée",
]


@pytest.mark.parametrize("new, old", STYLE_PAIRS)
def test_style_pairs_convert_both_ways(new, old):
    assert convert_tone_style(new, "old") == old
    assert convert_tone_style(old, "new") == new
    assert normalize(old, tone_style="new") == new
    assert normalize(new, tone_style="old") == old


@pytest.mark.parametrize("word", SAME_IN_BOTH)
@pytest.mark.parametrize("style", ["new", "old"])
def test_syllables_right_in_both_styles_are_kept(word, style):
    assert normalize(word, tone_style=style) == word
    assert normalize(word.upper(), tone_style=style) == word.upper()


@pytest.mark.parametrize("typed, expected", REPAIRS)
def test_misplaced_and_doubled_marks_are_repaired(typed, expected):
    assert normalize(typed) == expected
    assert normalize(typed.upper()) == expected.upper()


@pytest.mark.parametrize("text", UNTOUCHED)
def test_non_vietnamese_words_untouched(text):
    assert normalize(text) == text
    assert normalize(text, tone_style="old") == text


def test_urls_emails_and_numbers_are_left_alone():
    text = "Xem https://vi.wikipedia.org/wiki/Hòa_Bình hay gửi hòa@thuỷ.vn, giá 1.250,5 đồng"
    assert normalize(text) == (
        "Xem https://vi.wikipedia.org/wiki/Hòa_Bình hay gửi hòa@thuỷ.vn, giá 1.250,5 đồng"
    )
    assert normalize("Hòa Bình " + text) .startswith("Hoà Bình Xem https://vi.wikipedia.org/wiki/Hòa_Bình")


def test_convert_tone_style_is_length_preserving_in_running_text():
    text = "Ông Nguyễn Văn Thuỷ, Chủ tịch UBND tỉnh Hoà Bình, khoẻ mạnh; quý khách"
    old = convert_tone_style(text, "old")
    assert len(old) == len(text)
    assert old == "Ông Nguyễn Văn Thủy, Chủ tịch UBND tỉnh Hòa Bình, khỏe mạnh; quý khách"


def test_bad_style_raises_library_error():
    from vnnews.errors import InputError

    with pytest.raises(InputError):
        normalize("hoà", tone_style="modern")
    with pytest.raises(InputError):
        convert_tone_style("hoà", "x")
    with pytest.raises(InputError):
        normalize(b"hoa")
