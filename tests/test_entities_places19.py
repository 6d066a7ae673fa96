"""Nineteenth stop, places: countries that name a currency or a thing, China's provinces after
"tỉnh", languages listed with dashes. Sentences written by the team (no gold sentence)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)
            if e.label in ("LOCATION", "PROVINCE", "DISTRICT", "COMMUNE")]


# --- currencies ------------------------------------------------------------------------------

@pytest.mark.parametrize("currency", ["đôla", "đô la", "đô-la", "đồng đôla", "yên", "won", "rúp", "franc"])
def test_a_country_after_a_currency_word_is_no_place(currency):
    text = f"Giá vàng hôm nay tính bằng {currency} Mỹ tăng mạnh."
    assert _places(text) == []


def test_the_currency_of_vietnam_written_out_is_no_place():
    assert _places("Người dân cần tin vào đồng tiền Việt Nam.") == []


@given(st.sampled_from(["sang", "ở", "tại", "của", "với", "từ"]))
@settings(max_examples=6, deadline=None)
def test_a_country_after_a_place_word_stays_beside_a_currency(word):
    text = f"Hàng xuất {word} Mỹ được thanh toán bằng đôla Mỹ."
    assert _places(text) == [("LOCATION", "Mỹ")]


def test_a_country_of_origin_stays_a_place():
    assert _places("Ông là công dân Pháp gốc Tunisia.") == [("LOCATION", "Pháp"), ("LOCATION", "Tunisia")]


def test_a_currency_of_a_country_named_with_cua_keeps_the_country():
    assert _places("Đồng peso của Philippines mất giá.") == [("LOCATION", "Philippines")]


# --- things named after a country ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Nhiều trẻ mắc viêm não Nhật Bản trong tháng qua.",
    "Viêm não Nhật Bản đang vào mùa.",
    "Rau củ như cà rốt, đậu Hà Lan, cà chua rất bổ.",
    "Rubella còn được gọi là bệnh sởi Đức.",
])
def test_a_disease_or_a_vegetable_named_after_a_country_is_no_place(text):
    assert _places(text) == []


def test_the_country_itself_stays_a_place_beside_the_disease():
    assert _places("Trẻ mắc viêm não Nhật Bản được đưa sang Nhật Bản.") == [("LOCATION", "Nhật Bản")]


def test_a_freed_country_is_taken_by_no_other_rule():
    found = [(e.label, e.text) for e in extract_entities("Chất này có trong đậu Hà Lan - tiến sĩ Marco Falasca cho biết.",
                                                         stacked=False)]
    assert ("PERSON", "Hà Lan") not in found and ("LOCATION", "Hà Lan") not in found


# --- China's provinces -----------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Quảng Đông", "Tứ Xuyên", "An Huy", "Quý Châu", "Hắc Long Giang", "Hồ Bắc"])
def test_a_province_of_china_after_tinh_is_a_location_with_its_head(name):
    assert _places(f"Lũ lụt ở tỉnh {name} làm nhiều người chết.") == [("LOCATION", f"tỉnh {name}")]


def test_provinces_of_vietnam_stay_provinces():
    assert _places("Đoàn công tác tỉnh Hà Nam và tỉnh Quảng Nam.") == [("PROVINCE", "tỉnh Hà Nam"),
                                                                      ("PROVINCE", "tỉnh Quảng Nam")]


def test_a_province_of_china_without_its_head_is_left_to_the_other_rules():
    assert ("LOCATION", "tỉnh Quảng Đông") not in _places("Đội Quảng Đông thắng.")


# --- languages listed with dashes ------------------------------------------------------------

def test_languages_listed_with_dashes_after_tieng_are_no_places():
    assert _places("Sách được dịch ra ba thứ tiếng Việt - Anh - Pháp.") == []


def test_countries_paired_with_a_dash_without_tieng_stay_places():
    assert _places("Vòng đàm phán Việt Nam - Nhật Bản kết thúc.") == [("LOCATION", "Việt Nam"),
                                                                     ("LOCATION", "Nhật Bản")]


# --- addresses ending in an abolished province or district -----------------------------------

def _linked(text: str) -> dict[str, tuple[str, str | None, str | None]]:
    return {e.text: (e.label, e.attrs.get("code"), e.attrs.get("period")) for e in extract_entities(text, stacked=False)
            if e.label in ("PROVINCE", "DISTRICT", "COMMUNE")}


def test_a_district_before_an_abolished_province_is_the_district_of_its_successor():
    found = _linked("Ông Nguyễn Văn Hai (Thường Tín, Hà Tây) đã bị bắt.")
    assert found["Thường Tín"] == ("DISTRICT", "279", "pre2025")  # Hà Nội's huyện Thường Tín
    assert found["Hà Tây"][0] == "PROVINCE"


def test_a_commune_before_an_abolished_province_in_brackets_is_a_commune():
    assert _linked("Xe chở khách đi Xuân Mai (Hà Tây) bị lật.")["Xuân Mai"][0] == "COMMUNE"


def test_a_commune_before_a_bare_abolished_district_links_both():
    found = _linked("Một xưởng mộc ở Xuân Đỉnh, Từ Liêm bốc cháy.")
    assert found["Xuân Đỉnh"][0] == "COMMUNE" and found["Từ Liêm"] == ("DISTRICT", None, "historic")


def test_a_person_before_an_abolished_province_is_no_unit():
    assert "Nguyễn Hà" not in _linked("Anh Nguyễn Hà, Hà Tây gửi thư.")


def test_a_bare_abolished_district_alone_stays_unread():
    assert "Từ Liêm" not in _linked("Ông Từ Liêm phát biểu.")


# --- countries written short in a pair -------------------------------------------------------

def _locations(text: str) -> list[str]:
    return [e.text for e in extract_entities(text, stacked=False) if e.label == "LOCATION"]


@pytest.mark.parametrize("text, expected", [
    ("Bình thường hoá quan hệ Việt - Mỹ là bước ngoặt.", ["Việt", "Mỹ"]),
    ("Tranh chấp làm quan hệ Trung - Nhật thêm căng thẳng.", ["Trung", "Nhật"]),
    ("Vé điện tử cho các đường bay Mỹ - Ấn, Anh - Ấn.", ["Mỹ", "Ấn", "Anh", "Ấn"]),
    ("Tình hữu nghị hai nước Việt - Trung bền chặt.", ["Việt", "Trung"]),
])
def test_a_short_form_paired_with_a_country_by_a_dash_is_a_location(text, expected):
    assert _locations(text) == expected


@pytest.mark.parametrize("text", [
    "Mưa lớn ở miền Trung - Tây Nguyên.",
    "Tiêu huỷ 2.000 quyển từ điển Việt - Hàn in lậu.",
    "Cần người phiên dịch tiếng Anh - Pháp - Nhật - Hàn - Trung.",
    "Anh ấy sống ở Việt kiều - Mỹ.",
    "Khu đô thị Đông Anh - Cổ Loa mở rộng.",
])
def test_a_short_form_in_a_region_a_language_list_or_another_word_is_no_location(text):
    assert not {"Việt", "Trung", "Hàn", "Anh"} & set(_locations(text))


def test_a_short_form_alone_is_no_location():
    assert _locations("Ông Trung và bà Việt đến sớm.") == []


# --- lists after a number written as a word --------------------------------------------------

def test_units_listed_after_a_number_word_and_la_are_units():
    assert _places("Trạm được lắp ở hai xã là Du Tiến và Du Già.") == [("COMMUNE", "Du Tiến"), ("COMMUNE", "Du Già")]
    assert _places("Ba huyện gồm Yên Minh, Đồng Văn và Mèo Vạc.") == [
        ("DISTRICT", "Yên Minh"), ("DISTRICT", "Đồng Văn"), ("DISTRICT", "Mèo Vạc")]


def test_ba_xa_the_wife_opens_no_list():
    from vnnews.entities.unit_lists import list_intros
    from vnnews.entities._fold import fold
    text = "Ông kể bà xã là Hoa rất đảm."
    assert list_intros(text, fold(text)) == {}


# --- numbered wards the registry no longer holds ---------------------------------------------

@pytest.mark.parametrize("ward, district", [("P.24", "Q.Bình Thạnh"), ("phường 24", "quận Bình Thạnh"),
                                            ("phường 20", "quận Tân Bình")])
def test_a_numbered_ward_before_its_district_is_a_commune_of_it(ward, district):
    text = f"Nhà số 5 Bùi Đình Túy, {ward}, {district} bị cháy."
    found = {e.text: e for e in extract_entities(text, stacked=False)}
    assert found[ward].label == "COMMUNE" and found[district].label == "DISTRICT"
    assert found[ward].attrs["parents"][0]["name"] == found[district].name


def test_a_number_after_phuong_without_a_district_is_left_alone():
    assert _places("Thành phố có 24 phường, phường 24 lớn nhất.") == []


# --- villages of a crop ----------------------------------------------------------------------

@pytest.mark.parametrize("village", ["làng đào Nhật Tân", "làng quất Tứ Liên", "làng cốm Vòng", "làng rau Trà Quế"])
def test_a_village_named_with_its_crop_is_one_location(village):
    assert _places(f"Du khách đổ về {village} dịp Tết.") == [("LOCATION", village)]


# --- a place ending a body's name, its holder after it ---------------------------------------

@pytest.mark.parametrize("text, province", [
    ("Chủ tịch LĐBĐ Hà Nội Hoàng Vĩnh Giang nói thẳng.", "Hà Nội"),
    ("Giám đốc Sở Tư pháp Vĩnh Long Nguyễn Hùng Dũng giải thích.", "Vĩnh Long"),
    ("Trưởng phòng Công an Hà Nội Nguyễn Đức Bình cho biết.", "Hà Nội"),
])
def test_a_province_ending_a_body_before_its_holders_name_is_a_province(text, province):
    assert ("PROVINCE", province) in _places(text)


def test_a_province_inside_a_longer_place_name_stays_unread():
    assert ("PROVINCE", "Thái Bình") not in _places("Các nước vùng Nam Thái Bình Dương họp.")


# --- a district named bare after the head of its own body ------------------------------------

@pytest.mark.parametrize("text, district", [
    ("Chiều nay, Công an Thạch Hà tổ chức họp dân.", "Thạch Hà"),
    ("Phó giám đốc Điện lực Hóc Môn cho biết.", "Hóc Môn"),
    ("Nhóm cán bộ kiểm lâm Hàm Thuận Nam chặn xe.", "Hàm Thuận Nam"),
])
def test_a_unique_district_after_the_head_of_a_district_body_is_that_district(text, district):
    assert ("DISTRICT", district) in _places(text)


def test_a_district_name_many_provinces_share_stays_unread_after_a_body():
    assert not [p for p in _places("Công an Châu Thành cho biết.") if p[0] == "DISTRICT"]


# --- a district at the end of a route --------------------------------------------------------

@pytest.mark.parametrize("text, district", [
    ("Quốc lộ 32 từ thị xã Nghĩa Lộ - Mù Căng Chải bị sạt lở.", "Mù Căng Chải"),
    ("Thi công đường dây 500kV đoạn Hà Tĩnh - Thường Tín.", "Thường Tín"),
])
def test_a_unique_district_after_a_place_and_a_dash_is_that_district(text, district):
    assert ("DISTRICT", district) in _places(text)


def test_a_dash_before_a_name_after_no_place_reads_nothing_new():
    assert not [p for p in _places("Ông Nguyễn Văn - Thường Tín kể.") if p[0] == "DISTRICT"]


# --- seats of power named by their building --------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Người đứng đầu Nhà Trắng đề nghị thêm ngân sách.", "Nhà Trắng"),
    ("Ông chủ Kremlin bác bỏ khả năng đó.", "Kremlin"),
    ("Vatican phản bác cáo buộc.", "Vatican"),
    ("Tổng thống tiếp khách tại điện Kremlin.", "điện Kremlin"),
])
def test_a_seat_of_power_is_a_location(text, place):
    found = [(e.label, e.text) for e in extract_entities(text, stacked=False)]
    assert ("LOCATION", place) in found and ("ORGANIZATION", place) not in found


def test_a_seat_inside_another_entity_is_left_to_it():
    found = [(e.label, e.text) for e in extract_entities("Công ty Kremlin Trading mở văn phòng.", stacked=False)]
    assert ("LOCATION", "Kremlin") not in found or ("ORGANIZATION", "Công ty Kremlin Trading") not in found


# --- seas and poles --------------------------------------------------------------------------

@pytest.mark.parametrize("text, place", [
    ("Rượu vang ra đời ở Địa Trung Hải.", "Địa Trung Hải"),
    ("Mọi lục địa đều có dịch, trừ Nam cực.", "Nam cực"),
    ("Cá voi lạc đến Biển Bắc.", "Biển Bắc"),
    ("Tàu chở hàng qua Biển Đỏ.", "Biển Đỏ"),
])
def test_a_sea_or_a_pole_is_a_location(text, place):
    assert ("LOCATION", place) in _places(text)


def test_nam_before_cuc_ky_is_a_name_not_the_pole():
    assert ("LOCATION", "Nam cực") not in _places("Anh Nam cực kỳ vui khi đỗ đại học.")
