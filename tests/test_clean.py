"""Cleaning: decoding bytes, HTML through trafilatura, scraped pages split from their boilerplate."""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from vnnews.clean import clean, decode, extract_html, looks_like_html, split_scraped
from vnnews.errors import EncodingError, InputError, VnnewsError

TEXT = "Chủ tịch UBND tỉnh Thái Bình phát biểu tại hội nghị. Thuỷ điện Hoà Bình."
SYLLABLES = ["Hà", "Nội", "thủy", "điện", "Hoà", "Bình", "người", "dân", "UBND", "xã", "2025", "ký", "cam", "kết", "ước"]


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),  # with BOM
        b"\xfe\xff" + TEXT.encode("utf-16-be"),
        TEXT.encode("utf-16-le"),  # without BOM
        TEXT.encode("utf-16-be"),  # without BOM
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16be-bom", "utf16le-nobom", "utf16be-nobom"],
)
def test_decode_unicode_encodings(data):
    assert decode(data) == TEXT


def test_decode_cp1258_with_combining_tone_marks():
    # cp1258 writes most tone marks as combining characters after the base letter.
    data = b"Th\xe1i Bi\xccnh, Ho\xe0 B\xecnh"  # "Thái Bình, Hoà B́nh"-style byte forms
    text = decode(data)
    assert text.startswith("Thái Bình, Hoà B")
    assert "\u0300" not in text  # composed (NFC), no loose combining grave


@pytest.mark.parametrize(
    "garbage",
    [bytes(range(256)) * 8, b"\x00\x01\x02\x03" * 500, b"\x89PNG\r\n\x1a\n" + bytes(range(7, 250)) * 5],
    ids=["all-bytes", "control", "png-like"],
)
def test_binary_garbage_is_a_clear_library_error(garbage):
    with pytest.raises(EncodingError, match="do not look like text"):
        decode(garbage)


def test_decode_refuses_non_bytes():
    with pytest.raises(InputError):
        decode("already text")


@given(st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=60))
def test_utf16_without_bom_round_trips(words):
    text = " ".join(words)
    assert decode(text.encode("utf-16-le")) == text
    assert decode(text.encode("utf-8")) == text


def test_sample_article_parts(sample_article):
    c = clean(sample_article)
    assert c.meta["title"].startswith("Bình Định: Ra mắt mô hình")
    assert c.meta["author"] == "Thu Thủy"
    assert "date" not in c.meta  # the headline-list dates belong to other articles
    assert [cap["text"][:20] for cap in c.meta["captions"]] == [
        "Cán bộ, công chức xã",
        "Lãnh đạo xã Bình Địn",
        "Các đại biểu tham qu",
    ]
    for cap in c.meta["captions"]:
        assert sample_article[cap["start"] : cap["end"]] == cap["text"]
    assert sample_article[c.article_end :].startswith("Tin cùng chuyên mục")
    assert sample_article[: c.article_end].rstrip().endswith("Thu Thủy")
    kinds = [b["kind"] for b in c.boilerplate]
    assert kinds == ["related_headlines", "date_archive"]
    related, archive = c.boilerplate
    assert len(related["items"]) == 10 and len(archive["items"]) == 10
    first = related["items"][0]
    assert (first["date"], first["time"]) == ("2025-03-26", "18:31")
    assert first["headline"].endswith("Huyện ủy Thái Thụy")
    assert archive["items"][0]["text"].startswith("Đồng chí Nguyễn Mạnh Hùng")
    assert archive["end"] == len(sample_article.rstrip())


def test_plain_text_stays_whole():
    text = "Sáng nay, hội nghị khai mạc tại Hà Nội. Các đại biểu thảo luận về cải cách hành chính."
    c = clean(text)
    assert c.text == text and c.article_end == len(text) and c.boilerplate == []
    assert "title" not in c.meta and "author" not in c.meta


def test_text_format_keeps_input_as_is():
    page = "Tiêu đề\nThân bài.\nTin liên quan\n- Một tin khác"
    assert clean(page, input_format="text").article_end == len(page)
    assert clean(page).article_end == page.index("Tin liên quan")


def test_byline_forms_and_dateline():
    page = "Khởi công cầu mới\nThứ Tư, 26/03/2025 08:15\nSáng 26/3, tỉnh khởi công cầu mới. Dự án dài 2 km.\nBài và ảnh: Nguyễn Văn An"
    c = split_scraped(page)
    assert c.meta["title"] == "Khởi công cầu mới"
    assert c.meta["author"] == "Nguyễn Văn An"
    assert (c.meta["date"], c.meta["time"]) == ("2025-03-26", "08:15")


def test_a_boilerplate_heading_as_first_line_is_the_headline():
    page = "Tin mới\nHội nghị khai mạc sáng nay. Đại biểu thảo luận."
    c = split_scraped(page)
    assert c.boilerplate == [] and c.meta["title"] == "Tin mới"


@given(st.lists(st.sampled_from(SYLLABLES + ["Tin cùng chuyên mục", "- ", "\n", "26.03.2025 | 18:31 PM", "."]), max_size=40))
def test_split_never_loses_text_and_spans_slice_it(parts):
    text = " ".join(parts)
    c = split_scraped(text)
    assert c.text == text and 0 <= c.article_end <= len(text)
    for block in c.boilerplate:
        assert 0 <= block["start"] <= block["end"] <= len(text)
        for item in block["items"]:
            assert text[item["start"] : item["end"]] == item["text"]


HTML = """<!DOCTYPE html><html lang="vi"><head><title>Ra mắt mô hình - Báo Thái Bình</title>
<meta name="author" content="Thu Thủy"><meta property="article:published_time" content="2025-03-26T18:31:00+07:00">
<meta property="og:title" content="Ra mắt mô hình chính quyền thân thiện"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Ra mắt mô hình chính quyền thân thiện</h1>
<p>Theo đó, 5 tiêu chí thực hiện mô hình đó là: chính quyền hoạt động công khai, minh bạch; thân thiện, trách nhiệm.</p>
<p>Tại hội nghị, cán bộ, công chức xã đã ký cam kết thi đua thực hiện mô hình; lãnh đạo xã đã trao thư cảm ơn.</p>
</article><aside><h3>Tin cùng chuyên mục</h3><ul><li><a href="/a">Triển khai nhiệm vụ công tác báo chí</a></li></ul></aside>
<footer>Bản quyền thuộc về Báo Thái Bình</footer></body></html>"""


def test_html_through_trafilatura():
    assert looks_like_html(HTML)
    c = clean(HTML.encode("utf-8"))
    assert c.meta["format"] == "html"
    assert c.meta["title"] == "Ra mắt mô hình chính quyền thân thiện"
    assert c.meta["author"] == "Thu Thủy"
    assert c.meta["date"] == "2025-03-26"
    assert c.text.startswith(c.meta["title"])
    assert "ký cam kết thi đua" in c.text
    assert "Trang chủ" not in c.text and "Bản quyền" not in c.text


def test_html_without_article_text_is_an_input_error():
    with pytest.raises(VnnewsError):
        extract_html("<html><head><title></title></head><body></body></html>")


def test_less_than_signs_in_text_are_not_html():
    assert not looks_like_html("Tỷ lệ a < b và c > d trong năm 2025.")


def test_unknown_input_format_refused():
    with pytest.raises(InputError):
        clean("x", input_format="pdf")


def test_headline_list_left_in_html_main_text_is_boilerplate():
    html = (
        "<html><head><title>Khởi công cầu</title></head><body><article><h1>Khởi công cầu</h1>"
        "<p>Sáng nay, tỉnh khởi công cầu mới dài 2 km. Dự án do UBND tỉnh làm chủ đầu tư và hoàn thành năm 2027.</p>"
        "<p>Tin cùng chuyên mục</p><ul><li>Triển khai nhiệm vụ năm 2025 16.01.2025 | 19:16 PM</li></ul>"
        "</article></body></html>"
    )
    c = extract_html(html)
    assert c.meta["title"] == "Khởi công cầu"
    assert c.text[c.article_end :].startswith("Tin cùng chuyên mục")
    assert c.boilerplate[0]["items"][0]["date"] == "2025-01-16"


@given(st.text())
def test_any_plain_text_comes_out_whole(text):
    if not looks_like_html(text):
        c = clean(text)
        assert c.text == text and 0 <= c.article_end <= len(text)


@given(st.lists(st.sampled_from(SYLLABLES), min_size=8, max_size=40), st.sampled_from(["tcvn3", "vni"]))
@example(["dân"] * 5 + ["xã", "ký", "kết"], "vni")  # VNI bytes that read as plausible cp1258 too
@example(["thủy", "thủy", "UBND", "UBND", "UBND", "xã", "ký", "ước"], "vni")  # only "ươ" is strong evidence
def test_legacy_font_bytes_are_decoded(words, encoding):
    from vnnews.normalize.legacy import encode

    # enough evidence to tell the encoding: four different words whose legacy bytes are
    # not also plain Latin-1 Vietnamese ("Bình" is the same in VNI and in Unicode)
    assume(len({w for w in words if encode(w, encoding) != w}) >= 4)
    text = " ".join(words)
    data = encode(text, encoding).encode("cp1252")
    if encoding == "tcvn3":  # TCVN3 writes capitals with tone marks in lower case: the case is a guess
        assert decode(data).lower() == text.lower()
    else:
        assert decode(data) == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_font_article_bytes(encoding):
    from vnnews.normalize.legacy import encode

    text = "Chủ tịch UBND tỉnh Thái Bình làm việc với xã Bình Định về cải cách hành chính."
    assert decode(encode(text, encoding).encode("cp1252")) == text
