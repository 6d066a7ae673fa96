"""Sixth pass on entity quality (organisation recall on unseen news: clubs, companies,
media and bands named without a head, teams by their place): team-written sentences, none
from a gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import organizations, spans
from vnnews.entities import known_bodies


@pytest.mark.parametrize("text, body", [
    # well-known companies, media and bands written alone
    ("Mozilla vừa tung ra phiên bản trình duyệt mới cho điện thoại.", "Mozilla"),
    ("Các lãnh đạo cũ của Enron sắp ra tòa.", "Enron"),
    ("Theo đài NHK, động đất mạnh 6 độ richter.", "NHK"),
    ("Westlife sẽ biểu diễn tại Hà Nội vào tháng tới.", "Westlife"),
    # a club whose name starts like a person's
    ("Hoàng Anh Gia Lai khởi đầu mùa giải bằng trận thắng.", "Hoàng Anh Gia Lai"),
    ("Tiền vệ này vừa chuyển tới Fiorentina.", "Fiorentina"),
])
def test_well_known_bodies_without_a_head(text, body):
    assert body in organizations(text)


def test_a_brand_after_a_product_noun_is_a_product():
    assert organizations("Chiếc xe Toyota bị đâm vào dải phân cách; chiếc tivi Sony bị vỡ.") == []
    assert organizations("Sony vừa công bố giảm giá.") == ["Sony"]


@pytest.mark.parametrize("text, body", [
    # "ban nhạc", "nhóm nhạc", "nhóm" are lower-case heads: the name alone
    ("Đêm qua ban nhạc Scorpions đã hát tại sân vận động.", "Scorpions"),
    ("Nhóm nhạc Blue Harmony sẽ ra album mới.", "Blue Harmony"),
    ("Nhóm Abu Sayyaf nhận trách nhiệm vụ đánh bom.", "Abu Sayyaf"),
    # a foreign name of several words after the head ends before a Vietnamese verb
    ("Khán giả nghe ban nhạc The Rolling Stones hát lại bài cũ.", "The Rolling Stones"),
])
def test_band_and_group_heads(text, body):
    assert body in organizations(text)
    assert not [name for label, name in spans(text) if label == "PERSON"]


def test_a_gang_named_after_its_leader_is_not_an_organisation():
    assert spans("Nhóm Nguyễn Văn Tèo bị bắt.") == [("PERSON", "Nguyễn Văn Tèo")]


@pytest.mark.parametrize("text, body", [
    # a foreign name opened by "The" is a band or a paper, never a person
    ("Đêm nhạc có The Kooks và The Feeling cùng biểu diễn.", "The Kooks"),
    ("Đêm nhạc có The Kooks và The Feeling cùng biểu diễn.", "The Feeling"),
    # "Capital", "Partners": investment companies
    ("Mekong Capital rót vốn vào chuỗi cà phê.", "Mekong Capital"),
    ("Vốn đến từ Dragon Capital và Templeton Partners.", "Templeton Partners"),
])
def test_foreign_bodies_by_their_first_or_company_word(text, body):
    assert body in organizations(text)
    assert body not in [name for label, name in spans(text) if label == "PERSON"]


def test_known_body_lists_are_lower_case_and_disjoint_from_city_clubs():
    for name in known_bodies.ONE_WORD_BODIES | set(known_bodies.MULTI_WORD_BODIES):
        assert name == name.lower()
    assert not set(known_bodies.CLUBS_NAMED_LIKE_A_CITY) & known_bodies.ONE_WORD_BODIES
