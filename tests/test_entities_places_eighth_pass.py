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


@pytest.mark.parametrize("text, expected", [
    ("Các xã còn lại như Công Hải, Hộ Hải và Nhơn Hải đã trả thóc.",
     [("COMMUNE", "Công Hải"), ("COMMUNE", "Hộ Hải"), ("COMMUNE", "Nhơn Hải")]),
    ("UBND huyện gửi công văn tới các xã: Dân Chủ, Sơn Dương.", [("COMMUNE", "Dân Chủ"), ("COMMUNE", "Sơn Dương")]),
    ("3 xã vùng trũng là Hải Hòa, Hải Tân bị cô lập.", [("COMMUNE", "Hải Hòa"), ("COMMUNE", "Hải Tân")]),
    ("Các quận xa như Gò Vấp, Hóc Môn cũng có.", [("DISTRICT", "Gò Vấp"), ("DISTRICT", "Hóc Môn")]),
])
def test_a_plural_type_word_before_nhu_gom_la_or_a_colon_types_the_list(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize("text", [
    "Các xã như vậy còn nghèo, Hộ Hải cũng thế.",  # "như vậy": no list follows
    "Các xã nghèo nhất trong tỉnh như lời ông Hộ Hải nói",  # too many words between
    "Bà xã là Hộ Hải.",  # "bà xã" (a wife) is no plural
])
def test_no_list_without_names_right_after_the_connective(text):
    assert ("COMMUNE", "Hộ Hải") not in places(text)


def test_a_list_item_that_runs_into_a_longer_name_is_no_shorter_unit():
    found = places("Đoàn về các xã: Kim Sơn, Dương Xá, Đông Dư của Gia Lâm.")
    assert ("COMMUNE", "Kim Sơn") in found and not any(text.startswith("Đông") for _, text in found)


def test_names_after_a_singular_commune_type_word_and_commas_when_siblings():
    text = "Lũ gây ngập ở xã Nghĩa Dũng, Nghĩa Dõng, Nghĩa Hà (huyện Tư Nghĩa)."
    assert places(text) == [("COMMUNE", "xã Nghĩa Dũng"), ("COMMUNE", "Nghĩa Dõng"), ("COMMUNE", "Nghĩa Hà"),
                            ("DISTRICT", "huyện Tư Nghĩa")]


def test_an_address_after_a_singular_commune_type_word_keeps_its_district():
    assert places("Ông trú tại xã Nghĩa Dũng, Tư Nghĩa, Quảng Ngãi.") == [
        ("COMMUNE", "xã Nghĩa Dũng"), ("DISTRICT", "Tư Nghĩa"), ("PROVINCE", "Quảng Ngãi")]


def test_a_commune_of_another_district_after_the_comma_is_not_listed():
    # Hộ Hải is in Ninh Hải, Công Hải in Thuận Bắc: no evidence that the comma lists them
    assert ("COMMUNE", "Hộ Hải") not in places("Ông ở xã Công Hải, Hộ Hải thì xa.")


@pytest.mark.parametrize("text, name", [
    ("Tôi phải về tận Đắc Lụa, huyện Tân Phú, Đồng Nai.", "Đắc Lụa"),  # registry: "Đắc Lua"
    ("Người dân xã Đắk Lua, huyện Tân Phú phản ánh.", "xã Đắk Lua"),
])
def test_highland_names_spelt_the_vietnamese_way_in_the_registry_match_other_marks(text, name):
    assert ("COMMUNE", name) in places(text)


def test_a_vietnamese_dac_name_is_not_loosened():
    # "Đắc Sở" (Hoài Đức, Hà Nội) is the Sino-Vietnamese word: "Đăk Sơ" is another name
    assert places("Chị trú xã Đăk Sơ Meu, Đăk Đoa, Gia Lai.") == [
        ("COMMUNE", "xã Đăk Sơ Meu"), ("DISTRICT", "Đăk Đoa"), ("PROVINCE", "Gia Lai")]


@pytest.mark.parametrize("text, name, successor", [
    ("Lũ quét ở huyện Thông Nông, Cao Bằng.", "huyện Thông Nông", "Hà Quảng"),
    ("UBND huyện Phục Hoà họp.", "huyện Phục Hoà", "Quảng Hòa"),
    ("Đường lên huyện Trà Lĩnh sạt lở.", "huyện Trà Lĩnh", "Trùng Khánh"),
])
def test_cao_bang_districts_merged_in_2020_are_historic(text, name, successor):
    district = next(e for e in extract_entities(text) if e.label == "DISTRICT")
    assert (district.text, district.attrs["period"], district.attrs["until"]) == (name, "historic", 2020)
    assert [s["name"] for s in district.attrs["successors"]] == [successor]


def test_a_bare_commune_after_where_someone_lives_when_its_province_is_named():
    text = ("Công an Hà Nội bắt Ngô Quang Tuấn (SN 1989, trú tại Khương Trung) "
            "và Phạm Thu Hiền (SN 1991, thường trú tại Thanh Lương).")
    assert [t for label, t in places(text) if label == "COMMUNE"] == ["Khương Trung", "Thanh Lương"]


@pytest.mark.parametrize("text", [
    "Anh Tuấn trú tại Khương Trung.",  # no district or province named: no evidence
    "Ông Quy ở Hà Nội, trú tại Khương Trung 2.",  # a number after it: a hamlet or a zone
    "Khách lưu trú ở Khương Trung, Hà Nội.",  # a stay, not where someone lives
    "Anh Hưng, Hà Nội, trú ở Hà Huy Tập, Yên Viên.",  # a commune follows: the name is smaller
])
def test_no_commune_after_a_residence_word_without_evidence(text):
    assert not any(label == "COMMUNE" and t in ("Khương Trung", "Hà Huy Tập") for label, t in places(text))


def test_a_residence_word_does_not_make_a_district_or_province_name_a_commune():
    # "Trảng Bàng" is also a commune since 2025: after "trú tại" it stays the district
    assert places("Dương Văn Vui (trú tại Trảng Bàng, Tây Ninh) bị bắt.") == [
        ("DISTRICT", "Trảng Bàng"), ("PROVINCE", "Tây Ninh")]


@pytest.mark.parametrize("text", ["Huyện A Lưới (TT - Huế) có nhiều đồng bào.", "Đội TT Huế thắng Cần Thơ."])
def test_thua_thien_abbreviated_before_hue_keeps_the_province(text):
    assert [(label, t) for label, t in places(text) if t == "Huế"] == [("PROVINCE", "Huế")]


@pytest.mark.parametrize("text, expected", [
    ("Chặng 15 từ Nha Trang đi Phan Rang dài 104 km.", [("DISTRICT", "Nha Trang"), ("DISTRICT", "Phan Rang")]),
    ("Công an thị xã Phan Rang đang truy bắt.", [("DISTRICT", "thị xã Phan Rang")]),
    ("Phường Phước Mỹ, thành phố Phan Rang - Tháp Chàm.", [("COMMUNE", "Phường Phước Mỹ"), ("DISTRICT", "thành phố Phan Rang - Tháp Chàm")]),
])
def test_phan_rang_is_the_city_of_phan_rang_thap_cham(text, expected):
    assert places(text) == expected
    city = next(e for e in extract_entities(text) if e.label == "DISTRICT" and "Phan Rang" in e.text)
    assert (city.name, city.attrs["code"]) == ("Phan Rang - Tháp Chàm", "582")


@pytest.mark.parametrize("text, expected", [
    ("Phường Phước Mỹ (thị xã Phan Rang- Tháp Chàm).", ("DISTRICT", "thị xã Phan Rang- Tháp Chàm")),
    ("Mưa lớn ở tỉnh Bà Rịa -Vũng Tàu.", ("PROVINCE", "tỉnh Bà Rịa -Vũng Tàu")),
])
def test_a_dash_spaced_on_one_side_only_joins_a_hyphenated_name(text, expected):
    assert expected in places(text)


@pytest.mark.parametrize("text, expected", [
    ("cac xa con lai nhu Cong Hai, Ho Hai da tra thoc.", [("COMMUNE", "Cong Hai"), ("COMMUNE", "Ho Hai")]),
    ("Nguyen Van A (tru tai Khuong Trung, Ha Noi) bi bat.", [("COMMUNE", "Khuong Trung"), ("PROVINCE", "Ha Noi")]),
    ("Doan khach ve Hue hom qua.", [("DISTRICT", "Hue")]),
])
def test_the_rules_hold_for_text_without_diacritics(text, expected):
    assert places(text) == expected


def test_offsets_of_the_new_rules_are_slices_of_the_text():
    text = "Các xã\u00a0còn lại như Công Hải, Hộ Hải; anh A (trú tại Khương Trung, Hà Nội) về Huế."
    found = extract_entities(text)
    assert {"Công Hải", "Hộ Hải", "Khương Trung", "Huế"} <= {e.text for e in found}
    assert all(text[e.start:e.end] == e.text for e in found)
