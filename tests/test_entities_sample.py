"""The scraped Bình Định article (../shared/data/samples; skipped when absent)."""

from __future__ import annotations

import pytest

from vnnews.entities import extract_entities


@pytest.fixture(scope="module")
def entities(sample_article):
    return extract_entities(sample_article)


def test_offsets_are_slices_of_the_article(sample_article, entities):
    assert entities
    for entity in entities:
        assert sample_article[entity.start:entity.end] == entity.text


def test_xa_binh_dinh_is_a_commune_not_the_province(entities):
    mentions = [e for e in entities if e.text == "xã Bình Định"]
    assert len(mentions) == 3
    assert {e.label for e in mentions} == {"COMMUNE"}
    assert not [e for e in entities if e.label == "PROVINCE" and "Bình Định" in e.text]


def test_official_with_two_positions_resolved_to_the_province(sample_article, entities):
    hung = next(e for e in entities if e.text == "Nguyễn Mạnh Hùng")
    assert hung.label == "OFFICIAL"
    posts = [p["post"] for p in hung.positions]
    assert posts == ["Phó Bí thư", "Chủ tịch"]
    assert [p["text"] for p in hung.positions] == ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]
    for position in hung.positions:
        assert sample_article[position["start"]:position["end"]] == position["text"]
        # the article's districts (Quỳnh Phụ, Kiến Xương, Thái Thụy) all lie in Thái Bình
        assert position["place_resolved"]["name"] == "Thái Bình"
        assert position["place_resolved"]["how"] == "text"


def test_byline_is_a_person(entities):
    byline = next(e for e in entities if e.text == "Thu Thủy")
    assert byline.label == "PERSON"
    assert byline.attrs["cue"] == "byline"


def test_other_officials_of_the_related_headlines(entities):
    officials = {e.text: e for e in entities if e.label == "OFFICIAL"}
    assert {"Nguyễn Khắc Thận", "Nguyễn Tiến Thành"} <= set(officials)
    assert [p["post"] for p in officials["Nguyễn Tiến Thành"].positions] == ["Phó Bí thư", "Chủ tịch"]
