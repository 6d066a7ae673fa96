"""Fourteenth pass, persons and officials (team-written sentences)."""

from __future__ import annotations

import pytest

from vnnews.entities import extract_entities


def by_text(text):
    return {e.text: e for e in extract_entities(text)}


def posts_of(entity):
    return [p["post"] for p in entity.attrs.get("positions", [])]


@pytest.mark.parametrize("text, name", [
    ("Cong an da bat giu doi tuong Nguyen Van Hai, 30 tuoi, tru tai xa Binh Dinh.", "Nguyen Van Hai"),
    ("Hom qua, doi tuong Tran Van Nam da ra dau thu.", "Tran Van Nam"),
])
def test_a_one_word_post_is_not_read_from_text_without_diacritics(text, name):
    entity = by_text(text)[name]
    assert entity.label == "PERSON"


@pytest.mark.parametrize("text, holder, post", [
    ("Thiếu tướng Nguyễn Văn Hải và tướng Lê Văn Bình dự lễ.", "Lê Văn Bình", "tướng"),
    ("Thu truong Bo Cong an Le Van Tam noi.", "Le Van Tam", "Thu truong"),
])
def test_posts_with_diacritics_or_of_two_words_still_read(text, holder, post):
    entity = by_text(text)[holder]
    assert entity.label == "OFFICIAL" and posts_of(entity) == [post]


@pytest.mark.parametrize("text, holder, post", [
    # a post set off by its places before the holder's honorific
    ("Bí thư Đảng ủy xã Tam Nông, tỉnh Phú Thọ, ông Nguyễn Văn Hùng phát biểu.", "Nguyễn Văn Hùng", "Bí thư"),
    ("Chủ tịch UBND xã Tân Tiến, huyện Gò Quao, tỉnh Kiên Giang, ông Lê Văn Hai cho biết.", "Lê Văn Hai", "Chủ tịch"),
    ("Phó giám đốc Sở Y tế, TP Cần Thơ, bà Trần Thị Lan nói.", "Trần Thị Lan", "Phó giám đốc"),
    # a post, then its body and the body's country glued to the holder's name
    ("Bộ trưởng Nhân quyền Iraq Bakhtiar Amin cho biết như vậy.", "Bakhtiar Amin", "Bộ trưởng"),
    ("Chủ toạ toà hiến pháp Hàn Quốc Yun Young-chul khẳng định.", "Yun Young-chul", "Chủ toạ"),
    ("Chánh án Tòa án tối cao Ấn Độ Ramesh Lahoti phát biểu.", "Ramesh Lahoti", "Chánh án"),
])
def test_a_post_apart_from_its_holder(text, holder, post):
    entity = by_text(text)[holder]
    assert entity.label == "OFFICIAL" and posts_of(entity) == [post]


def test_a_name_after_a_list_of_places_without_a_post_stays_a_person():
    entity = by_text("Người dân xã Tam Nông, tỉnh Phú Thọ, ông Nguyễn Văn Hùng phát biểu.")["Nguyễn Văn Hùng"]
    assert entity.label == "PERSON"


@pytest.mark.parametrize("text, city", [
    ("Theo cảnh sát trưởng Nalchik, vụ tấn công đã bị dập tắt.", "Nalchik"),
    ("Thị trưởng Ramadi, tỉnh Anbar, đã từ chức.", "Ramadi"),
])
def test_a_lone_foreign_word_after_a_city_post_is_no_holder(text, city):
    assert city not in {e.text for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}}


def test_a_foreign_name_after_a_post_is_still_its_holder():
    assert by_text("Tổng thống Bush nói với các phóng viên.")["Bush"].label == "OFFICIAL"


def test_a_name_after_a_country_beyond_another_name_is_not_the_posts_holder():
    found = by_text("Bộ trưởng Nguyễn Văn An gặp đại diện Nhật Bản Junichiro Koizumi hôm qua.")
    assert found["Junichiro Koizumi"].label == "PERSON"
