"""Eighth pass on places: sentences written by the team for the tests."""

import pytest

from vnnews import extract_entities


def places(text):
    return [(e.label, e.text) for e in extract_entities(text) if e.label in {"PROVINCE", "DISTRICT", "COMMUNE"}]


@pytest.mark.parametrize("text, expected", [
    ("Đoàn khách du lịch ghé Hội An rồi ra Huế.", [("DISTRICT", "Hội An"), ("DISTRICT", "Huế")]),
    ("Ông về TP Huế công tác.", [("DISTRICT", "TP Huế")]),
    ("Mưa lớn ở Thừa Thiên Huế và Quảng Trị.", [("PROVINCE", "Thừa Thiên Huế"), ("PROVINCE", "Quảng Trị")]),
    ("Tỉnh Thừa Thiên - Huế có 9 huyện.", [("PROVINCE", "Tỉnh Thừa Thiên - Huế")]),
])
def test_hue_before_2025_is_the_provincial_city(text, expected):
    assert places(text) == expected


def test_hue_the_city_has_its_province_and_the_districts_it_became():
    city = next(e for e in extract_entities("Lễ hội diễn ra ở Huế.") if e.text == "Huế")
    assert (city.label, city.attrs["period"], city.attrs["until"], city.attrs["code"]) == ("DISTRICT", "historic", 2025, None)
    assert [p["name"] for p in city.attrs["parents"]] == ["Huế"]
    assert sorted(s["name"] for s in city.attrs["successors"]) == ["Phú Xuân", "Thuận Hóa"]


def test_hue_in_a_text_after_the_reform_stays_the_centrally_run_city():
    text = "Từ 1/7/2025, đặc khu Phú Quốc và thành phố Huế triển khai chính quyền hai cấp."
    assert ("PROVINCE", "thành phố Huế") in places(text)


def test_hue_inside_a_university_is_the_city_too():
    labels = {(e.label, e.text) for e in extract_entities("Bà là giảng viên Đại học Huế.")}
    assert {("ORGANIZATION", "Đại học Huế"), ("DISTRICT", "Huế")} <= labels
