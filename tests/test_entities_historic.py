"""Provinces abolished before the registry's snapshot (team-written sentences)."""

from vnnews import extract_entities
from vnnews.entities.historic import find_historic_provinces, historic_provinces


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
