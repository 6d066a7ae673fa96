"""Scraped pages: what is kept as the article and what is reported as boilerplate, line by line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.clean import clean, split_scraped
from vnnews.cleaned import ARTICLE_KINDS
from vnnews.html_page import declared_charset, decode_html, full_title, page_date

PAGE = """Báo Tin Tức Tỉnh Nhà
Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội
Trang chủ > Thời sự > Chính trị
Thứ Hai, 07/07/2025 08:30 (GMT+7)
Tỉnh khởi công cầu Hà Thanh mới nối hai bờ sông
Chia sẻ
Facebook
Zalo
Sáng 7/7, UBND tỉnh Bình Định khởi công xây dựng cầu Hà Thanh mới dài 420 m, tổng vốn đầu tư 380 tỷ đồng.
Quang cảnh lễ khởi công. Ảnh: Nguyễn Văn An
Cầu được thiết kế sáu làn xe, dự kiến hoàn thành vào quý IV năm 2027.
Xem thêm: Bình Định thông xe tuyến đường ven biển
Theo Chủ tịch UBND tỉnh, công trình giúp giảm ùn tắc cho khu vực phía tây thành phố.
Quảng cáo
Trần Thị Lan
Tags: cầu Hà Thanh, giao thông
Tin liên quan
- Bình Định thông xe tuyến đường ven biển 01/07/2025
- Khánh thành cầu Thị Nại 2 25/06/2025
Bình luận (2)
Nguyễn Văn Nam - 2 giờ trước
Mong cầu sớm hoàn thành.
© Báo Tin Tức Tỉnh Nhà. Giấy phép số 123/GP-BTTTT cấp ngày 12/3/2020
Địa chỉ: 12 Lê Lợi, phường Quy Nhơn - Hotline: 0912 345 678"""

BODY = [
    "Sáng 7/7, UBND tỉnh Bình Định khởi công xây dựng cầu Hà Thanh mới dài 420 m, tổng vốn đầu tư 380 tỷ đồng.",
    "Cầu được thiết kế sáu làn xe, dự kiến hoàn thành vào quý IV năm 2027.",
    "Theo Chủ tịch UBND tỉnh, công trình giúp giảm ùn tắc cho khu vực phía tây thành phố.",
]


def _kinds(c):
    return {c.text[p["start"] : p["end"]]: p["kind"] for p in c.parts}


def test_team_page_article_lines_kept_and_furniture_dropped():
    c = clean(PAGE)
    kinds = _kinds(c)
    assert c.meta["title"] == "Tỉnh khởi công cầu Hà Thanh mới nối hai bờ sông"
    assert (c.meta["date"], c.meta["time"]) == ("2025-07-07", "08:30")
    assert c.meta["author"] == "Trần Thị Lan"
    assert [kinds[b] for b in BODY] == ["body"] * 3
    assert c.article_text() == "\n".join([c.meta["title"], *BODY])
    assert kinds["Báo Tin Tức Tỉnh Nhà"] == "header"
    assert kinds["Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội"] == "navigation"
    assert kinds["Trang chủ > Thời sự > Chính trị"] == "breadcrumb"
    assert kinds["Facebook"] == "share" and kinds["Quảng cáo"] == "ads"
    assert kinds["Xem thêm: Bình Định thông xe tuyến đường ven biển"] == "related_inline"
    assert kinds["Quang cảnh lễ khởi công. Ảnh: Nguyễn Văn An"] == "caption"
    assert [b["kind"] for b in c.boilerplate if b["start"] >= c.article_end] == ["tags", "related_headlines", "comments", "footer"]
    related = next(b for b in c.boilerplate if b["kind"] == "related_headlines")
    assert [i["date"] for i in related["items"]] == ["2025-07-01", "2025-06-25"]


def test_team_page_pipeline_reads_only_the_article():
    c = clean(PAGE)
    analysed = c.analysed_text()
    assert len(analysed) == c.article_end
    for line in BODY:
        start = PAGE.index(line)
        assert analysed[start : start + len(line)] == line  # same offsets as the user's text
    for furniture in ("Báo Tin Tức", "Chính trị", "Facebook", "Quảng cáo", "Xem thêm"):
        assert furniture not in analysed


def test_plain_article_is_left_whole():
    text = "Tỉnh khởi công cầu mới\n" + "\n".join(BODY)
    c = clean(text)
    assert c.meta["title"] == "Tỉnh khởi công cầu mới"
    assert c.analysed_text() == text and c.boilerplate == []


def test_question_headline_before_running_text():
    c = split_scraped("Trang chủ\nVi phạm giao thông qua ghi hình: có bị giữ xe?\n" + BODY[0])
    assert c.meta["title"] == "Vi phạm giao thông qua ghi hình: có bị giữ xe?"


def test_sentence_that_starts_like_a_footer_is_text():
    text = "Dự án mới\n" + BODY[0] + "\nCơ quan chủ quản tham gia dự án là Bộ Nông nghiệp và Phát triển Nông thôn.\n" + BODY[1]
    c = clean(text)
    assert c.article_end == len(text) and c.analysed_text() == text


@pytest.mark.parametrize(
    "line, date",
    [
        ("Thứ Hai, 01/07/2025 08:30 (GMT+7)", ("2025-07-01", "08:30")),
        ("Thứ hai, ngày 01/07/2025 - 08:30", ("2025-07-01", "08:30")),
        ("Cập nhật: 08:30 01/07/2025", ("2025-07-01", "08:30")),
        ("Chủ nhật, 06/07/2025, 21:05 GMT+7", ("2025-07-06", "21:05")),
        ("01/07/2025 - 08:30", ("2025-07-01", "08:30")),
        ("08:30 PM, 07/07/2025", ("2025-07-07", "20:30")),
        ("Ngày 07 tháng 07 năm 2025 | 12:05 SA", ("2025-07-07", "00:05")),
    ],
)
def test_vietnamese_date_lines(line, date):
    c = split_scraped(f"Khởi công cầu mới\n{line}\n{BODY[0]}")
    assert (c.meta["date"], c.meta["time"]) == date
    assert _kinds(c)[line] == "dateline"


@pytest.mark.parametrize(
    "line, author",
    [("Theo TTXVN", "TTXVN"), ("Tác giả: Lê Minh Hà", "Lê Minh Hà"), ("Bài và ảnh: Võ Thu Thủy", "Võ Thu Thủy"),
     ("Phạm Văn Sơn (Báo Nhân Dân)", "Phạm Văn Sơn"), ("Lê Hà - Võ Sơn", "Lê Hà - Võ Sơn")],
)
def test_bylines(line, author):
    c = split_scraped(f"Khởi công cầu mới\n{BODY[0]}\n{BODY[1]}\n{line}")
    assert c.meta["author"] == author and _kinds(c)[line] == "byline"


def _page_html(body: str, charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f"<!DOCTYPE html><html><head>{meta}<title>Thăm - Báo</title></head><body><nav><a href='/'>Trang chủ</a></nav>"
            f'<div class="date">Thứ Ba, 08/07/2025 09:15 (GMT+7)</div><h1>Thăm "hoàng cung" của các "nữ hoàng"!</h1>'
            f"<article>{body}</article><footer><p>Giấy phép số 12/GP-BTTTT cấp ngày 1/2/2020</p></footer></body></html>")


def _cp1258_bytes(text: str) -> bytes:
    """``text`` as cp1258 writes it (the stress set's encoder, from benchmarks/)."""
    folder = str(Path(__file__).resolve().parent.parent / "benchmarks")
    sys.path.insert(0, folder)
    try:
        from scraped_pages import encode_page
    finally:
        sys.path.remove(folder)
    return encode_page(text, "cp1258")


def test_html_declared_windows_1258_bytes():
    body = "".join(f"<p>{line}</p>" for line in BODY)
    html = _page_html(body, "windows-1258")
    data = _cp1258_bytes(html)  # tone marks as combining characters
    assert declared_charset(data) == "cp1258"
    assert decode_html(data) == html
    c = clean(data)
    assert all(line in c.text for line in BODY)
    assert c.meta["title"] == 'Thăm "hoàng cung" của các "nữ hoàng"!'
    assert (c.meta["date"], c.meta["time"]) == ("2025-07-08", "09:15")
    assert "Giấy phép" not in c.article_text()


def test_html_utf8_bytes_under_an_old_windows_1258_declaration():
    html = _page_html("".join(f"<p>{line}</p>" for line in BODY), "windows-1258")
    assert decode_html(html.encode("utf-8")) == html


def test_full_title_and_page_date():
    assert full_title("<h1>Tin</h1>", "Tin khác") == "Tin khác"  # not a longer form of it: trafilatura's stays
    assert page_date("<p>Không có ngày</p>") is None


# --- properties: no line vanishes, offsets hold --------------------------------------

SYLLABLES = ["Hà", "Nội", "tỉnh", "UBND", "xã", "người", "dân", "2025", "cầu", "đường", "khởi", "công", "Bình", "Định", "ký", "kết"]
FURNITURE = ["Trang chủ", "Thời sự | Kinh tế | Xã hội", "Trang chủ » Thời sự", "Chia sẻ", "Facebook", "Quảng cáo",
             "Thứ Hai, 07/07/2025 08:30 (GMT+7)", "Xem thêm: Tin khác về cầu", "Ảnh: Nguyễn An", "Giấy phép số 1/GP",
             "Tin liên quan", "- Một tin khác 01/07/2025", "Bình luận (3)", "Tags:", "Theo TTXVN", "", "  "]
sentence = st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=30).map(lambda w: " ".join(w) + ".")
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
headline = st.lists(st.sampled_from(SYLLABLES), min_size=2, max_size=12).map(" ".join)


def _check_report(c):
    """Every non-empty line is in ``parts`` once; what is not the article is a block or a labelled line."""
    lines = [(pos, line) for pos, line in _line_offsets(c.text) if line.strip()]
    assert [(p["start"], c.text[p["start"] : p["end"]]) for p in c.parts] == lines
    for p in c.parts:
        if p["kind"] in ARTICLE_KINDS or p["kind"] in ("caption", "byline", "dateline"):
            continue
        assert any(b["start"] <= p["start"] and p["end"] <= b["end"] for b in c.boilerplate), p
    for b in c.boilerplate:
        for item in b["items"]:
            assert c.text[item["start"] : item["end"]] == item["text"]
    analysed = c.analysed_text()
    assert len(analysed) == c.article_end
    for p in c.parts:
        if p["kind"] in ARTICLE_KINDS:
            assert analysed[p["start"] : p["end"]] == c.text[p["start"] : p["end"]]


def _line_offsets(text):
    pos = 0
    for raw in text.splitlines(keepends=True):
        yield pos, raw.rstrip("\r\n")
        pos += len(raw)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(paragraph, headline, st.sampled_from(FURNITURE)), max_size=25), st.sampled_from(["\n", "\r\n", "\n\n"]))
def test_every_line_is_reported_and_article_offsets_hold(lines, newline):
    _check_report(split_scraped(newline.join(lines)))


@settings(max_examples=100, deadline=None)
@given(headline, st.lists(paragraph, min_size=1, max_size=8))
def test_an_article_without_site_furniture_is_never_cut(title, paragraphs):
    text = "\n".join([title, *paragraphs])
    c = split_scraped(text)
    assert c.analysed_text() == text and c.boilerplate == []
    assert all(p["kind"] in ("title", "body", "byline") for p in c.parts)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(FURNITURE[:8]), max_size=6), headline, st.lists(paragraph, min_size=1, max_size=6),
       st.lists(st.sampled_from(FURNITURE[8:]), max_size=8))
def test_no_paragraph_is_lost_around_site_furniture(header, title, paragraphs, tail):
    text = "\n".join([*header, title, *paragraphs, *tail])
    c = split_scraped(text)
    _check_report(c)
    analysed = c.analysed_text()
    start = text.index(title) + len(title)
    found = [p for p in c.parts if p["start"] > start and c.text[p["start"] : p["end"]] in paragraphs]
    assert len(found) == len(paragraphs)
    for p in found:
        assert p["kind"] in ("body", "byline")  # a paragraph never vanishes into boilerplate
        assert analysed[p["start"] : p["end"]] == c.text[p["start"] : p["end"]]
