"""Tabs and no-break spaces between words do not change which entities are found."""

from __future__ import annotations

import pytest

import vnnews
from vnnews.normalize import normalize_with_map

TEXTS = [
    "Chủ tịch UBND tỉnh Khánh Hoà Nguyễn Tấn Tuân làm việc tại huyện Cam Lâm và TP. Nha Trang.",
    "Sáng nay, tại Hà Nội, Bộ Y tế họp với Sở Y tế tỉnh Bình Định và xã Hòa Bình.",
]


def _found(text):
    return [(e.label, e.start, e.end, e.attrs.get("code")) for e in vnnews.extract_entities(text)]


@pytest.mark.parametrize("space", ["\xa0", "\t", "\u202f", "\u2009"])
@pytest.mark.parametrize("text", TEXTS)
def test_other_spaces_find_the_same_entities(text, space):
    expected = _found(text)
    assert any(code for *_, code in expected)  # linked places are part of what is compared
    assert _found(text.replace(" ", space)) == expected


def test_sample_article_with_no_break_spaces(sample_article):
    text = sample_article[:3000]
    assert _found(text.replace(" ", "\xa0")) == _found(text)


def test_normalize_writes_unicode_spaces_as_plain_spaces_keeping_offsets():
    original = "Khánh\xa0Hoà\u2009và\u3000Hà\tNội"
    normalized = normalize_with_map(original)
    assert normalized.text == "Khánh Hoà và Hà\tNội"
    assert "spaces" in normalized.steps
    assert normalized.span_to_original(0, 9) == (0, 9)
