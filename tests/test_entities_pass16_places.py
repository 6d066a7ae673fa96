"""Sixteenth pass, places: districts listed after one type word, places inside the names of
events, and news written after the July 2025 reform. Sentences written by the team."""

from __future__ import annotations

from vnnews.entities import extract_entities


def _units(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text) if e.label in ("PROVINCE", "DISTRICT", "COMMUNE")]


def _codes(text: str) -> dict[str, str | None]:
    return {e.text: e.attrs.get("code") for e in extract_entities(text)
            if e.label in ("PROVINCE", "DISTRICT", "COMMUNE")}


# --- districts listed after one singular type word -------------------------------------------

def test_numbered_districts_after_one_type_word_are_each_a_district():
    text = "Nước sinh hoạt bị đục ở quận 10, 11, Tân Bình và quận 6, 8..."
    assert _units(text) == [("DISTRICT", "quận 10"), ("DISTRICT", "11"), ("DISTRICT", "Tân Bình"),
                            ("DISTRICT", "quận 6"), ("DISTRICT", "8")]
    codes = _codes(text)
    assert codes["11"] == "772" and codes["8"] == "776"  # Hồ Chí Minh City's quận 11 and quận 8


def test_named_districts_of_one_province_continue_the_list():
    assert _units("Tuyến đường xuyên suốt quận Hai Bà Trưng, Long Biên.") == [
        ("DISTRICT", "quận Hai Bà Trưng"), ("DISTRICT", "Long Biên")]


def test_a_number_counting_something_after_the_comma_is_no_district():
    assert _units("Tại quận 3, 5 người bị thương.") == [("DISTRICT", "quận 3")]


def test_a_province_after_the_comma_stays_the_parent():
    assert _units("Ông trú tại quận Ba Đình, Hà Nội.") == [("DISTRICT", "quận Ba Đình"), ("PROVINCE", "Hà Nội")]


def test_only_districts_of_the_typed_districts_province_join_the_list():
    # "Thanh Trì" is a Hà Nội district: after one of Hồ Chí Minh City it is no sibling.
    assert _units("Ông làm ở huyện Củ Chi, Thanh Trì.") == [("DISTRICT", "huyện Củ Chi")]
    assert _units("Ông làm ở huyện Củ Chi, Hóc Môn.") == [("DISTRICT", "huyện Củ Chi"), ("DISTRICT", "Hóc Môn")]
