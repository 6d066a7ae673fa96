"""Fourteenth pass, places: which side of the 2025 reform a name is on, the unit written after
a unit decides its link, addresses, places inside bodies. Sentences written by the team."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities
from vnnews.entities._fold import fold
from vnnews.entities.eras import era_cue
from vnnews.entities.gazetteer import load_gazetteer
from vnnews.entities.places import find_admin_units


def _units(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(e.label, e.text, e.attrs.get("code"), e.attrs.get("period"))
            for e in extract_entities(text) if e.label in ("PROVINCE", "DISTRICT", "COMMUNE")]


def _spans(text: str, label: str) -> list[str]:
    return [e.text for e in extract_entities(text) if e.label == label]


# --- the 2025 reform: words around a name pick the old or the new unit -----------------------

def test_new_province_formed_by_merger_is_post_reform_and_merged_ones_are_old():
    text = ("Từ ngày 1/7/2025, tỉnh Lâm Đồng mới được hình thành trên cơ sở sáp nhập "
            "tỉnh Đắk Nông, Bình Thuận và Lâm Đồng.")
    periods = [(name, period) for _label, name, _code, period in _units(text)]
    assert periods == [("tỉnh Lâm Đồng", "post2025"), ("tỉnh Đắk Nông", "pre2025"),
                       ("Bình Thuận", "pre2025"), ("Lâm Đồng", "pre2025")]


def test_old_and_new_written_after_the_name():
    old = _units("Tỉnh Gia Lai (cũ) có 17 huyện và 2 thị xã.")[0]
    new = _units("Trụ sở tỉnh Gia Lai (mới) đặt tại phường Quy Nhơn.")[0]
    assert (old[2], old[3]) == ("64", "pre2025")
    assert (new[2], new[3]) == ("52", "post2025")


@pytest.mark.parametrize("sentence, period", [
    ("Sau sắp xếp, tỉnh Gia Lai có 135 xã, phường.", "post2025"),
    ("Sau sáp nhập, TP.HCM có 168 xã, phường và đặc khu.", "post2025"),
    ("Trước sáp nhập, tỉnh Gia Lai có 17 huyện.", "pre2025"),
    ("Năm 2020, tỉnh Gia Lai có 17 huyện.", "pre2025"),
    ("Tháng 8/2025, tỉnh Gia Lai đón 1 triệu lượt khách.", "post2025"),
    ("Quốc hội quyết định hợp nhất tỉnh Bình Định và tỉnh Gia Lai thành tỉnh Gia Lai.", None),
])
def test_sentence_cues_pick_the_side_of_the_reform(sentence, period):
    units = _units(sentence)
    if period is None:  # the merged units are old, the unit they became is new
        assert [u[3] for u in units] == ["pre2025", "pre2025", "post2025"]
    else:
        assert units[0][3] == period


@pytest.mark.parametrize("text", ["Tỉnh Gia Lai mới có 135 xã.", "Tỉnh Gia Lai cư dân đông.",
                                  "Tỉnh Gia Lai cử tri đi bầu.", "Tỉnh Gia Lai mới đây đón khách."])
def test_words_folded_like_cues_are_no_cue(text):
    assert era_cue(text, fold(text), 0, 12) is None


def test_cues_in_text_without_diacritics():
    text = "Sau sap nhap, tinh Gia Lai co 135 xa."
    assert era_cue(text, fold(text), 14, 26) == "post2025"


def test_every_new_province_written_with_moi_is_the_new_one_and_with_cu_the_old_one():
    gaz = load_gazetteer()
    for province in gaz.units_in("post2025", "province"):
        type_word = "tỉnh" if province.type == "tỉnh" else "thành phố"
        new = find_admin_units(f"Lãnh đạo {type_word} {province.name} (mới) họp.")
        assert new and new[0].attrs["period"] in ("post2025", "both"), province.name  # "both": unchanged
        if any(u.period == "pre2025" for u in gaz.lookup(province.name, level="province")):
            old = find_admin_units(f"Lãnh đạo {type_word} {province.name} (cũ) họp.")
            assert old[0].attrs["period"] == "pre2025", province.name


@pytest.mark.parametrize("sentence, name, parent", [
    ("UBND phường Sài Gòn, TP.HCM tổ chức lễ ra mắt sau sáp nhập.", "phường Sài Gòn", "Hồ Chí Minh"),
    ("Người dân xã Hòa Vang, TP Đà Nẵng làm thủ tục tại trung tâm hành chính công.", "xã Hòa Vang", "Đà Nẵng"),
    ("Đặc khu Phú Quốc, tỉnh An Giang đón khách quốc tế.", "Đặc khu Phú Quốc", "An Giang"),
])
def test_new_communes_and_wards_of_2025_news(sentence, name, parent):
    unit = next(e for e in extract_entities(sentence) if e.text == name)
    assert unit.label == "COMMUNE" and unit.attrs["period"] == "post2025"
    assert [p["name"] for p in unit.attrs["parents"]] == [parent]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abcdeghiklmnopqrstuvxyàáâãèéêìíòóôõùúýăđơư ,", max_size=60))
def test_words_without_digits_or_cues_point_nowhere(filler):
    text = f"{filler} tỉnh Gia Lai {filler}"
    start = len(filler) + 1
    cue = era_cue(text, fold(text), start, start + 12)
    folded = fold(text)
    if not any(w in folded for w in ("cu", "moi", "sap nhap", "sap xep", "hop nhat")):
        assert cue is None


# --- the unit written after a unit decides its link -------------------------------------------

def test_district_followed_by_another_province_is_not_linked_to_its_namesake():
    hoa_binh = next(e for e in extract_entities("Ông A ở huyện Kỳ Sơn, tỉnh Hòa Bình.") if e.label == "DISTRICT")
    nghe_an = next(e for e in extract_entities("Ông A ở huyện Kỳ Sơn, tỉnh Nghệ An.") if e.label == "DISTRICT")
    assert hoa_binh.attrs["code"] is None and hoa_binh.attrs["registered"] is False
    assert [p["name"] for p in hoa_binh.attrs["parents"]] == ["Hòa Bình"]
    assert nghe_an.attrs["code"] == "417"


def test_city_of_hue_after_its_2025_district_is_the_centrally_run_city():
    units = _units("Mưa lớn gây ngập tại quận Phú Xuân, TP Huế.")
    assert ("PROVINCE", "TP Huế") in [(label, name) for label, name, _c, _p in units]
    assert ("DISTRICT", "Huế") in [(label, name) for label, name, _c, _p in _units("Đoàn về Huế dự lễ hội.")]


def test_commune_type_changed_since_the_article_is_placed_by_its_district():
    units = _units("Vụ việc xảy ra tại vườn điều (xã Tân Minh, Hàm Tân).")
    assert units[0][:3] == ("COMMUNE", "xã Tân Minh", "23230")  # a thị trấn since 2020
    assert units[1][:2] == ("DISTRICT", "Hàm Tân")


def test_bare_commune_before_its_district_is_an_address():
    units = _units("Anh ta sống ở Phan Chu Trinh, Hoàn Kiếm.")
    assert [(label, name) for label, name, _c, _p in units] == [("COMMUNE", "Phan Chu Trinh"), ("DISTRICT", "Hoàn Kiếm")]


def test_provinces_in_a_list_stay_provinces():
    assert [u[0] for u in _units("Mưa lớn ở Hà Nam, Ninh Bình và Nam Định.")] == ["PROVINCE"] * 3


# --- places inside the names of bodies --------------------------------------------------------

def test_market_in_a_hospitals_name_is_no_place():
    assert _spans("Bệnh nhân được chuyển lên Bệnh viện Chợ Rẫy cấp cứu.", "LOCATION") == []
    assert _spans("Ban quản lý chợ Bình Tây vừa họp.", "LOCATION") == ["chợ Bình Tây"]


@pytest.mark.parametrize("sentence, places", [
    ("Giáo sư thuộc Đại học Sydney cho biết.", ["Sydney"]),
    ("Công ty cổ phần Sữa Việt Nam tăng giá thu mua sữa.", ["Việt Nam"]),
    ("Người phát ngôn Bộ Ngoại giao Pháp cho biết.", ["Pháp"]),
    ("Công ty Việt Anh cho biết họ đã đầu tư.", []),
    ("Ngân hàng Đông Á vừa cung cấp dịch vụ mới.", []),
    ("Nhà máy nước Thủ Đức nâng công suất.", []),
])
def test_world_places_inside_bodies(sentence, places):
    assert _spans(sentence, "LOCATION") == places


# --- communes the registry no longer holds, placed by an address ---------------------------

def test_merged_commune_in_an_address_is_a_commune_of_the_district_after_it():
    text = "Trần Văn Q. (trú tại Đức Thanh, Đức Thọ, Hà Tĩnh) đã ra đầu thú."
    commune = next(e for e in extract_entities(text) if e.label == "COMMUNE")
    assert commune.text == "Đức Thanh" and commune.attrs["registered"] is False
    assert [p["name"] for p in commune.attrs["parents"]] == ["Đức Thọ", "Hà Tĩnh"]


def test_a_person_in_brackets_before_a_district_is_no_commune():
    assert _spans("Anh Nguyễn Hà (Nguyễn Văn Hải, Đức Thọ, Hà Tĩnh) kể lại.", "COMMUNE") == []


def test_one_syllable_commune_does_not_cut_a_longer_name():
    text = "Ông Phan Văn Tấn ở xã Quế Xuân, huyện Quế Sơn bị thương."
    assert _spans(text, "COMMUNE") == ["xã Quế Xuân"]
    assert _spans("Chủ tịch UBND xã Tư Nguyễn Văn A phát biểu.", "COMMUNE") == ["xã Tư"]


def test_a_name_in_brackets_after_a_place_locates_it():
    text = "Xưởng vũ khí đặt tại núi Cối (Tuy Lai), chùa Cao (Hồng Sơn) thời chống Pháp."
    assert _spans(text, "COMMUNE") == ["Tuy Lai", "Hồng Sơn"]
    assert _spans("Sạp hàng trên đường Hoàng Văn Thụ (Tân Bình) đông khách.", "DISTRICT") == ["Tân Bình"]
    assert _spans("Bà Hồng Sơn (Nguyễn Thị Hồng Sơn) kể lại.", "COMMUNE") == []


def test_a_district_of_a_unique_name_after_o_or_tai_is_a_place():
    assert _spans("Ông Hào, chủ nuôi cá tra ở Cái Bè, cho biết giá cá tăng.", "DISTRICT") == ["Cái Bè"]
    assert _spans("Tại Mộc Hóa, giá xăng tăng mạnh.", "DISTRICT") == ["Mộc Hóa"]
    assert _spans("Ông ở Châu Thành cho biết.", "DISTRICT") == []  # a district name of many provinces
    assert _spans("Sau sáp nhập, người dân ở Cần Giờ vui mừng.", "DISTRICT") == []  # no districts after 2025
