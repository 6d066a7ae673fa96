"""Tenth pass on entity quality (the holder of a post named after the place the post is held
in, "Đại sứ Mỹ tại Việt Nam X", or after the unit it heads, "Giám đốc xí nghiệp X"):
team-written sentences, none from a gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import spans
from vnnews import extract_entities


@pytest.mark.parametrize("text, name, post", [
    ("Đại sứ Mỹ tại Việt Nam Michael Marine cho biết hai bên sẽ gặp lại.", "Michael Marine", "Đại sứ"),
    ("Đại sứ Anh tại Thái Lan David Fall nói chuyện với sinh viên.", "David Fall", "Đại sứ"),
    ("Tổng lãnh sự Nhật Bản tại TP HCM Hiroshi Sakamoto dự lễ khai mạc.", "Hiroshi Sakamoto", "Tổng lãnh sự"),
    ("Giám đốc xí nghiệp Nguyễn Văn Tường đã ký quyết định này.", "Nguyễn Văn Tường", "Giám đốc"),
    ("Phó giám đốc nhà máy Lê Thị Hạnh cho hay sản lượng tăng 10%.", "Lê Thị Hạnh", "Phó giám đốc"),
])
def test_the_holder_named_after_the_place_or_unit_of_the_post_is_an_official(text, name, post):
    officials = [e for e in extract_entities(text) if e.label == "OFFICIAL"]
    assert [e.text for e in officials] == [name]
    assert officials[0].attrs["positions"][0]["post"] == post


def test_the_post_written_reaches_over_the_place_it_is_held_in():
    text = "Đại sứ Mỹ tại Việt Nam Michael Marine cho biết."
    official = next(e for e in extract_entities(text) if e.label == "OFFICIAL")
    position = official.attrs["positions"][0]
    assert position["text"] == "Đại sứ Mỹ tại Việt Nam"
    assert text[position["start"]:position["end"]] == position["text"]


def test_the_places_after_the_post_stay_places():
    found = spans("Đại sứ Mỹ tại Việt Nam Michael Marine cho biết.")
    assert ("LOCATION", "Mỹ") in found and ("LOCATION", "Việt Nam") in found


@pytest.mark.parametrize("text, person", [
    # a verb between the unit noun and the name: the name is not the head's
    ("Giám đốc nhà máy cho biết Nguyễn Văn Tường đã nghỉ việc.", "Nguyễn Văn Tường"),
    # "tại" + a place after a name, not before it: nothing to stretch
    ("Đại sứ đã gặp Trần Văn Hòa tại Hà Nội hôm qua.", "Trần Văn Hòa"),
])
def test_a_name_not_right_after_the_stretched_post_stays_a_person(text, person):
    assert ("PERSON", person) in spans(text)


@pytest.mark.parametrize("text, name", [
    ("Ủy viên Thường vụ Tỉnh ủy Nguyễn Văn Sơn phát biểu khai mạc.", "Nguyễn Văn Sơn"),
    ("Ủy viên thường vụ Thành ủy Lê Thị Mai đến thăm các hộ nghèo.", "Lê Thị Mai"),
    ("Trong ảnh: Ủy viên Thường vụ Trần Văn Bình cắt băng khánh thành.", "Trần Văn Bình"),
])
def test_a_member_of_the_standing_committee_is_an_official(text, name):
    assert ("OFFICIAL", name) in spans(text)


def test_the_standing_committee_qualifier_lets_the_next_post_join_the_official():
    text = "Ông Lê Văn Hòa, Ủy viên Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh, nói."
    official = next(e for e in extract_entities(text) if e.label == "OFFICIAL")
    assert [p["text"] for p in official.attrs["positions"]] == ["Ủy viên Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh"]


def test_the_standing_committee_as_a_body_stays_an_organization():
    found = spans("Phó Chủ tịch Ủy ban Thường vụ Quốc hội Nguyễn Văn Sơn phát biểu.")
    assert ("ORGANIZATION", "Ủy ban Thường vụ Quốc hội") in found and ("OFFICIAL", "Nguyễn Văn Sơn") in found


@pytest.mark.parametrize("text, name", [
    ("Cảnh sát trưởng Paris Michel Gaudin cho rằng vụ việc đã được kiểm soát.", "Michel Gaudin"),
    ("Ông Trần Văn Lâm, Hiệu phó Trường THPT Nguyễn Du, cho biết học sinh đã nghỉ.", "Trần Văn Lâm"),
    ("Bà Lê Thị Hồng (hiệu phó trường tiểu học Tân Phú) bị bắt.", "Lê Thị Hồng"),
])
def test_a_vice_principal_and_a_police_chief_hold_posts(text, name):
    assert ("OFFICIAL", name) in spans(text)


def test_a_ship_captain_is_no_post_of_the_list():
    # "Nhà của thuyền trưởng Cook" names a landmark: no post is held by "Cook"
    assert not any(label == "OFFICIAL" for label, _name in spans("Du khách ghé Nhà của thuyền trưởng Cook ở Melbourne."))
