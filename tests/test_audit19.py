"""A new user's audit (nineteenth stop): what broke when the library was used as README says."""

from __future__ import annotations

import pytest

from vnnews.clean import clean
from vnnews.normalize.legacy import encode

BODY = ("Trước đó, người dân xã Bình Định đã gửi đơn tới UBND huyện Kiến Xương. "
        "Ông Nguyễn Văn Thường, Phó Chủ tịch UBND huyện, cho biết sẽ trả lời trước ngày 15/4.")


def _page(charset: str) -> str:
    return (f'<html><head><meta charset="{charset}"><title>Dân hỏi, huyện trả lời</title></head><body>'
            '<nav><a href="/">Trang chủ</a> | <a href="/x">Thời sự</a></nav><article><h1>Dân hỏi, huyện trả lời</h1>'
            f"<p>{BODY}</p><p>{BODY}</p></article><footer>Báo Thái Bình</footer></body></html>")


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1"])
def test_tcvn3_html_page_in_a_western_charset_keeps_every_letter(charset):
    # TCVN3 writes "ư" as byte 0xAD, a soft hyphen in Windows-1252 / Latin-1, which
    # trafilatura drops: "người" came out as "ngời" when the page declared a Western charset
    data = encode(_page(charset), "tcvn3").encode("latin-1")
    for raw in (data, data.decode("latin-1")):  # bytes, or a page the user read as Latin-1
        cleaned = clean(raw)
        assert BODY in cleaned.text
        assert cleaned.meta["title"] == "Dân hỏi, huyện trả lời"
