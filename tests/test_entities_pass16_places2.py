"""Sixteenth pass, places (second round): regions after "vùng", countries written between a
post and a foreign name, nationality words opening a sentence, "kiểu" + country, and a place
name that stops before a person's name. Sentences written by the team."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def _spans(text: str, label: str | None = None) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text) if label is None or e.label == label]


def _locations(text: str) -> list[str]:
    return [text for label, text in _spans(text, "LOCATION")]


# --- regions named after "vùng" ---------------------------------------------------------------

@pytest.mark.parametrize("text, region", [
    ("Giá dầu tăng vì căng thẳng ở vùng Vịnh.", "vùng Vịnh"),
    ("Binh sĩ tuần tra tại vùng Kashmir do hai nước tranh chấp.", "vùng Kashmir"),
    ("Các nước vùng Baltic họp tại Riga hôm qua.", "vùng Baltic"),
    ("Bão đổ bộ vào vùng Caribe, gây mưa lớn.", "vùng Caribe"),
])
def test_a_region_after_vung_is_one_location_with_its_head(text, region):
    assert region in _locations(text)


def test_a_region_stops_before_the_foreign_name_of_its_governor():
    text = "Thống đốc vùng Primoriye Sergei Darkin đã tới hiện trường."
    assert _locations(text) == ["vùng Primoriye"]
    assert ("PERSON", "Sergei Darkin") in _spans(text) or ("OFFICIAL", "Sergei Darkin") in _spans(text)


def test_a_known_region_after_vung_keeps_its_own_span():
    text = "Mưa lớn ở vùng Tây Nguyên và vùng Đông Nam Bộ trong tuần tới."
    assert _locations(text) == ["Tây Nguyên", "Đông Nam Bộ"]


@pytest.mark.parametrize("text", [
    "Lễ hội được tổ chức ở vùng Cố đô từ lâu.",
    "Con gấu sống ở vùng Bắc cực băng giá.",
    "Dự án trồng rừng ở vùng Tây bắc đã xong.",
    "Bộ Tư lệnh Vùng 2 Hải quân tổ chức diễn tập.",
])
def test_vung_before_a_word_or_a_number_is_no_region(text):
    assert not any(t.startswith(("vùng", "Vùng")) for t in _locations(text))


# --- a country between a post and a foreign name ----------------------------------------------

@pytest.mark.parametrize("text, country, name", [
    ("Bộ trưởng Nội vụ Iraq Jawad al-Bolani cho biết như vậy.", "Iraq", "Jawad al-Bolani"),
    ("Người phát ngôn quân đội Israel Avital Leibovich nói.", "Israel", "Avital Leibovich"),
    ("Bộ trưởng Kinh tế Italy Giulio Tremonti hôm qua tuyên bố.", "Italy", "Giulio Tremonti"),
])
def test_a_country_spelt_foreign_before_a_foreign_name_is_a_location(text, country, name):
    assert country in _locations(text)
    assert any(t == name for _, t in _spans(text))


def test_an_abbreviation_before_an_english_word_is_no_country():
    assert "VN" not in _locations("Chỉ số VN Index hôm nay tăng 5 điểm.")


def test_a_vietnamese_name_after_a_one_syllable_country_stays_a_name():
    assert "Nga" not in _locations("Chị Nga Sơn đã về quê.")


# --- nationality words and styles -------------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Người Việt Nam ở Đức đón Tết sớm.", "Việt Nam"),
    ("Dân Trung Quốc đổ xô mua vàng.", "Trung Quốc"),
    ("Người Iraq tức giận sau vụ nổ.", "Iraq"),
    ("Món gà chiên kiểu Nhật được nhiều người ưa.", "Nhật"),
    ("Đội bóng chơi theo kiểu Anh, dài và bổng.", "Anh"),
])
def test_the_country_after_a_people_or_style_word_is_a_location(text, country):
    assert country in _locations(text)


def test_a_language_or_currency_still_holds_no_country():
    assert _locations("Anh học tiếng Anh và đổi bảng Anh.") == []


# --- a place name stops before a person's name -------------------------------------------------

def test_a_region_word_and_its_name_stop_before_a_foreign_persons_name():
    text = "Người đẹp xứ Wales Catherine Zeta-Jones bị loại từ vòng đầu."
    assert "xứ Wales" in _locations(text)
    assert ("PERSON", "Catherine Zeta-Jones") in _spans(text)


def test_a_saints_name_of_a_church_is_not_cut():
    text = "Du khách thăm nhà thờ Saint Paul's Cathedral ở London."
    assert "nhà thờ Saint Paul's Cathedral" in _locations(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Vịnh", "Kashmir", "Baltic", "Caribe", "Sahel"]),
       st.sampled_from(["ở", "tại", "các nước", "khắp"]),
       st.sampled_from([".", ",", " và Iraq.", " do nước này quản lý."]))
def test_vung_with_any_region_name_is_found_whole(name, before, after):
    text = f"Căng thẳng {before} vùng {name}{after}"
    assert f"vùng {name}" in _locations(text)


# --- landmarks listed after a counted head noun -----------------------------------------------

def test_bridges_counted_then_named_after_la_are_each_a_location():
    text = "Ba cây cầu là Trà Khúc, Sông Vệ và Bàu Giang đang được sửa."
    assert _locations(text) == ["Trà Khúc", "Sông Vệ", "Bàu Giang"]


def test_lakes_named_after_nhu_are_locations_even_with_numbers_in_their_names():
    text = "Nhiều hồ chứa đang cạn như Dầu Tiếng, Hồ 24, Đa Mi..."
    assert _locations(text) == ["Dầu Tiếng", "Hồ 24", "Đa Mi"]


def test_a_one_syllable_word_is_no_item():
    assert "Hồ" not in _locations("Nhiều hồ chứa đang cạn như Dầu Tiếng, Đa Mi, Hồ số 3.")


def test_blocks_of_flats_bearing_persons_names_are_locations():
    text = "Hai chung cư được kiểm tra là Lý Thường Kiệt và Nguyễn Kim."
    assert _spans(text) == [("LOCATION", "Lý Thường Kiệt"), ("LOCATION", "Nguyễn Kim")]


@pytest.mark.parametrize("text", [
    "Các cảng như Hải Phòng, Đà Nẵng đều quá tải.",  # cities, not the ports' names
    "Cầu Rồng là cây cầu đẹp nhất, ông Nam nói.",  # no counted head before "là"
    "Hai cây cầu là niềm tự hào của Huế.",  # no name after "là"
    "Đội có nhiều cầu thủ trẻ như Công Vinh, Thành Lương và Văn Quyến.",  # players, not bridges
    "Các hồ sơ như Nguyễn Văn An, Trần Thị Bình đã được duyệt.",  # files, not lakes
    "Tại các chợ ở những thành phố lớn như Hà Nội, Hải Phòng, giá tăng.",  # the cities are named
])
def test_no_landmark_list_without_a_counted_head_and_names(text):
    assert not any(e.attrs.get("kind") == "landmark" for e in extract_entities(text))


# --- junctions named by the streets that meet there ---------------------------------------------

def test_a_junction_of_two_streets_gives_each_street():
    text = "Xe tải lật ở ngã tư Lê Duẩn - Đinh Tiên Hoàng sáng nay."
    assert _locations(text) == ["Lê Duẩn", "Đinh Tiên Hoàng"]


def test_a_junction_with_a_name_of_its_own_stays_one_place():
    assert _locations("Kẹt xe kéo dài ở ngã tư Hàng Xanh và ngã ba Cò Nòi.") == ["ngã tư Hàng Xanh", "ngã ba Cò Nòi"]


# --- bus stations named after a region --------------------------------------------------------

@pytest.mark.parametrize("text, station", [
    ("Ở bến xe miền Tây, lượng khách tăng 15%.", "bến xe miền Tây"),
    ("Xe ôm của bến xe miền Đông chia làm ba nhóm.", "bến xe miền Đông"),
])
def test_a_bus_station_named_after_a_region_is_one_location(text, station):
    assert _locations(text) == [station]


def test_the_bus_stations_of_a_region_are_no_name():
    assert _locations("Các bến xe miền Bắc đông khách dịp Tết.") == []


def test_a_list_opened_by_a_province_written_short_is_left_alone():
    text = "Nước sinh hoạt tại các khu đô thị như TPHCM, Biên Hòa, Thủ Dầu Một đang thiếu."
    assert not any(e.attrs.get("kind") == "landmark" for e in extract_entities(text))
