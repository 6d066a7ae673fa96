"""HTML character references are decoded by normalize, with offsets into the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.normalize import normalize, normalize_with_map

CASES = [
    ("Thứ trưởng GD&amp;ĐT Phạm Vũ Luận", "Thứ trưởng GD&ĐT Phạm Vũ Luận"),
    ("Bộ GD&AMP;ĐT", "Bộ GD&ĐT"),
    ("&quot;Hà Nội&quot; và &#39;Huế&#x27;", "\"Hà Nội\" và 'Huế'"),
    ("Sở KH&amp;amp;CN", "Sở KH&CN"),  # escaped twice
    ("&#38;quot;Huế&#x26;amp;quot;", '"Huế"'),
    ("giá&nbsp;xăng", "giá xăng"),
    ("Ho&#x300;a Bi&#768;nh", "Hoà Bình"),  # combining marks by number, then NFC
    ("&amp;ampamp;", "&ampamp;"),  # an unknown name after an escaped "&" (not "&amp" + "amp;")
    ("R&D, Tesco & Co, a&b, &foo; &amp &#;", "R&D, Tesco & Co, a&b, &foo; &amp &#;"),  # not references
]


@pytest.mark.parametrize("original, expected", CASES)
def test_references_decoded_and_only_them(original, expected):
    normalized = normalize_with_map(original)
    assert normalized.text == expected
    assert ("html" in normalized.steps) == ("&" in original and original != expected)


def test_decoded_span_maps_to_the_reference_in_the_original():
    original = "Thứ trưởng GD&amp;ĐT Phạm Vũ Luận"
    normalized = normalize_with_map(original)
    start = normalized.text.index("GD&ĐT")
    begin, end = normalized.span_to_original(start, start + len("GD&ĐT"))
    assert original[begin:end] == "GD&amp;ĐT"
    name = normalized.text.index("Phạm")
    assert original[slice(*normalized.span_to_original(name, len(normalized.text)))] == "Phạm Vũ Luận"


def test_organisation_name_is_read_through_the_reference():
    text = "Ông Luận làm việc tại Bộ GD&amp;ĐT."
    organisations = [e for e in vnnews.extract_entities(text) if e.label == "ORGANIZATION"]
    assert [(text[e.start : e.end], e.name) for e in organisations] == [("Bộ GD&amp;ĐT", "Bộ GD&ĐT")]


pieces = st.sampled_from(["&amp;", "&#38;", "&quot;", "&#39;", "&#x2F;", "&nbsp;", "&", ";", "amp", "#", "Hà", " ", "GD", "x"])


@settings(max_examples=200, deadline=None)
@given(st.lists(pieces, max_size=20).map("".join))
def test_offsets_slice_the_original_and_normalize_is_idempotent(text):
    normalized = normalize_with_map(text, legacy="none")
    assert normalize(normalized.text, legacy="none") == normalized.text
    ends = [normalized.span_to_original(i, i + 1)[1] for i in range(len(normalized.text))]
    assert all(a <= b for a, b in zip(ends, ends[1:]))
    assert normalized.offsets == sorted(normalized.offsets)


@pytest.mark.slow
def test_news_articles_with_references_give_clean_entity_names(shared_data):
    import gzip
    import json

    articles = []
    with gzip.open(shared_data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line)["text"]
            if "&amp;" in text or "&quot;" in text:
                articles.append(text[:4000])
            if len(articles) == 12:
                break
    assert articles
    for text in articles:
        assert "&amp;" not in normalize(text) and "&quot;" not in normalize(text)
        for entity in vnnews.extract_entities(text):
            assert "&amp" not in (entity.name or "") and "&quot" not in (entity.name or "")
            assert text[entity.start : entity.end] == entity.text
