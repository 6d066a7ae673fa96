"""Entity features of the government-administration detector (vnnews.topics.government_entities)."""

import math

from hypothesis import given, strategies as st

from vnnews.document import Entity
from vnnews.topics.government_entities import (
    article_parts, entity_features, features_from_entities, is_state_body, post_level,
)
from vnnews.topics.government_lead import headline_and_lead


def official(start: int, post: str, body: str | None, level: str | None = None) -> Entity:
    return Entity("OFFICIAL", start, start + 5, "Lê Ba", "Lê Ba",
                  {"positions": [{"post": post, "body": body, "level": level}]})


def organisation(start: int, name: str) -> Entity:
    return Entity("ORGANIZATION", start, start + len(name), name, name, {"kind": "named"})


def test_state_bodies_are_told_from_other_organisations():
    assert is_state_body("HĐND huyện Tuy Phước")
    assert is_state_body("Sở Y tế TP HCM")
    assert is_state_body("Tỉnh ủy Bình Định")  # old tone style
    assert not is_state_body("Công ty Sông Đà")
    assert not is_state_body("Ngân hàng Nhà nước")
    assert not is_state_body("CLB Thể Công")


def test_post_levels():
    assert post_level({"post": "Thủ tướng", "body": None, "level": None}) == "central"
    assert post_level({"post": "Phó Chủ tịch", "body": "UBND xã Phước Lộc", "level": "commune"}) == "commune"
    assert post_level({"post": "Giám đốc", "body": "Sở Tài chính", "level": None}) == "unplaced"
    assert post_level({"post": "Chủ tịch", "body": "HĐQT Vinamilk", "level": None}) is None
    assert post_level({"post": "Giám đốc", "body": None, "level": None}) is None


def test_features_split_headline_lead_and_body():
    head = [official(0, "Bộ trưởng", "Bộ Tài chính"), organisation(30, "Công ty Sông Đà"),
            organisation(60, "UBND tỉnh Bình Định")]
    body = [organisation(5, "Công ty Sông Đà"), organisation(40, "Tổng công ty Điện lực")]
    named = features_from_entities(head, 20, body)
    assert round(math.expm1(named["headline_state_officials"])) == 1
    assert named["headline_state_bodies"] == 0.0
    assert round(math.expm1(named["lead_state_bodies"])) == 1
    assert round(math.expm1(named["lead_organisations"])) == 2
    assert round(math.expm1(named["body_organisations"])) == 2
    assert named["headline_names_state"] == 1.0
    assert named["state_body_share"] == 0.25
    assert round(math.expm1(named["post_central"])) == 1 and named["post_province"] == 0.0
    assert not any(name.startswith("body_") for name in features_from_entities(head, 20, None))


def test_an_article_about_a_people_council_has_state_entities_in_its_headline():
    named = entity_features("HĐND tỉnh Bình Định khai mạc kỳ họp thứ 5\nSáng nay, Chủ tịch HĐND tỉnh "
                            "Nguyễn Văn Dũng phát biểu.\nĐoạn hai có UBND huyện Tuy Phước.", body=True)
    assert named["headline_names_state"] == 1.0
    assert named["lead_state_officials"] > 0 and named["body_state_bodies"] > 0
    sport = entity_features("Arsenal thắng Chelsea 3-0\nTrận đấu diễn ra tại London.")
    assert sport["headline_names_state"] == 0.0 and sport["state_body_share"] == 0.0


@given(st.text(alphabet="ab \n\r", max_size=60))
def test_parts_are_the_lead_and_a_piece_of_the_text(text):
    head, rest = article_parts(text)
    assert head == headline_and_lead(text)
    assert rest in text and rest == rest.strip()
