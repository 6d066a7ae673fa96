"""Provinces and districts abolished before the registry's snapshot (team-written sentences)."""

from vnnews import extract_entities
from vnnews.entities.historic import find_historic_provinces, historic_provinces
from vnnews.entities.historic_districts import find_historic_districts, historic_districts


def test_ha_tay_is_a_historic_province_not_a_person():
    text = "Ông Lê Văn Nam, Giám đốc Sở Y tế Hà Tây, cho biết như vậy."
    found = [e for e in extract_entities(text) if e.text == "Hà Tây"]
    assert [e.label for e in found] == ["PROVINCE"]
    assert found[0].attrs["period"] == "historic"
    assert [s["name"] for s in found[0].attrs["successors"]] == ["Hà Nội"]


def test_type_word_dash_names_and_text_without_diacritics():
    text = "Tinh Nghia Binh cu va tỉnh Quảng Nam - Đà Nẵng năm 1990."
    assert [(e.text, e.name) for e in find_historic_provinces(text)] == [
        ("Tinh Nghia Binh", "Nghĩa Bình"), ("tỉnh Quảng Nam - Đà Nẵng", "Quảng Nam - Đà Nẵng")]


def test_lower_case_or_other_diacritics_are_not_a_province():
    assert find_historic_provinces("gió hà tây thổi mạnh; Hạ Tây") == []


def test_every_successor_is_a_registry_province():
    for province in historic_provinces():
        assert province["successors"], province["name"]
        assert all(s["code"] for s in province["successors"])


def test_offsets_are_slices_of_the_text():
    text = "Năm 1996, tỉnh Hải Hưng tách thành Hải Dương và Hưng Yên."
    for entity in extract_entities(text):
        assert text[entity.start:entity.end] == entity.text


def test_quan_2_is_a_historic_district_of_ho_chi_minh_city():
    text = "Dự án ở phường Thảo Điền, quận 2, TP.HCM chậm tiến độ."
    found = [e for e in extract_entities(text) if e.label == "DISTRICT"]
    assert [(e.text, e.attrs["period"]) for e in found] == [("quận 2", "historic")]
    assert found[0].attrs["parents"][0]["name"] == "Hồ Chí Minh"
    assert [s["name"] for s in found[0].attrs["successors"]] == ["Thủ Đức"]


def test_short_forms_capitals_and_text_without_diacritics():
    text = "Q.9, Q2, QUẬN 9 và huyen Tu Liem"
    assert [(e.text, e.name) for e in find_historic_districts(text)] == [
        ("Q.9", "9"), ("Q2", "2"), ("QUẬN 9", "9"), ("huyen Tu Liem", "Từ Liêm")]


def test_numbers_and_other_words_are_not_districts():
    text = "quận 20, quận 2,5 tỷ đồng, quận 2.000 người, q.2, Quân 9, huyện từ liêm, Huyền Từ Liêm"
    assert find_historic_districts(text) == []


def test_split_district_names_each_successor_in_its_province():
    tu_liem = next(d for d in historic_districts() if d["name"] == "Từ Liêm")
    assert [s["name"] for s in tu_liem["successors"]] == ["Bắc Từ Liêm", "Nam Từ Liêm"]
    assert all(s["code"] and s["province"] == "Hà Nội" for s in tu_liem["successors"])
    entity = find_historic_districts("UBND huyện Từ Liêm họp.")[0]
    assert entity.attrs["split"] is True and entity.attrs["code"] is None


def test_district_offsets_are_slices_of_the_text():
    text = "Ông A, Chủ tịch UBND huyện Hoành Bồ (Quảng Ninh), và người dân Q.9 đến dự."
    found = find_historic_districts(text)
    assert [e.name for e in found] == ["Hoành Bồ", "9"]
    for entity in found:
        assert text[entity.start:entity.end] == entity.text
        assert text[entity.attrs["name_start"]:entity.end] in (entity.name, "Hoành Bồ")


def test_districts_merged_or_renamed_since_2011_are_historic_with_their_successors():
    cases = {"Người dân thị xã Cửa Lò đón khách.": ("thị xã Cửa Lò", ["Vinh"]),
             "Cảng nằm ở huyện Tĩnh Gia, Thanh Hóa.": ("huyện Tĩnh Gia", ["Nghi Sơn"]),
             "Xã Phước Hưng, huyện Long Điền có mưa.": ("huyện Long Điền", ["Long Đất"]),
             "Ông về huyện Yen Hung thăm nhà.": ("huyện Yen Hung", ["Quảng Yên"])}
    for text, (surface, successors) in cases.items():
        [district] = [e for e in extract_entities(text) if e.label == "DISTRICT"]
        assert (district.text, district.attrs["period"]) == (surface, "historic"), text
        assert [s["name"] for s in district.attrs["successors"]] == successors


def test_a_historic_name_without_its_type_word_stays_unlinked():
    assert find_historic_districts("Trống đồng Đông Sơn và bãi biển Cửa Lò.") == []
