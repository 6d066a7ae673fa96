"""Fifteenth pass, world places: cities of the shipped GeoNames list (models/world_places)
in a slot where a place fits, and the guards that keep persons, companies and clubs out.
Sentences written by the team."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities
from vnnews.entities.world_cities import world_cities
from vnnews.entities.tokens import syllables
from vnnews.resources import model_file


def _locations(text: str, **options) -> list[str]:
    return [e.text for e in extract_entities(text, **options) if e.label == "LOCATION"]


def _labelled(text: str, name: str) -> set[str]:
    return {e.label for e in extract_entities(text) if e.text == name}


# --- the list itself ----------------------------------------------------------------------------

def test_list_is_small_sorted_and_holds_no_vietnamese_city():
    names = model_file("world_places", "world_cities.txt").read_text(encoding="utf-8").splitlines()
    assert 500 < len(names) < 5000
    assert names == sorted(names)
    assert {"Nagoya", "Pittsburgh", "Tula", "Oxford", "St Petersburg"} <= set(names)
    assert not {"Hue", "Hanoi", "Vinh", "David", "Adam", "Real Madrid"} & set(names)


# --- slots: before a country, after a word of place, in a list ----------------------------------

def test_city_before_its_country_in_brackets_or_after_a_comma():
    text = "Các nhà khoa học ở Viện Magee, Pittsburgh (Mỹ) và một nhóm ở Nagoya, Nhật Bản cho biết."
    assert {"Pittsburgh", "Nagoya"} <= set(_locations(text))


def test_city_after_a_word_of_going_or_distance():
    text = "Máy bay biến mất khỏi màn hình radar cách Lagos khoảng 23 km, trên đường đến Karachi."
    assert {"Lagos", "Karachi"} <= set(_locations(text))


def test_cities_listed_after_a_known_city_are_read_one_by_one():
    text = "Tokyo đứng thứ 16 và Auckland đứng thứ 20 cùng với Osaka, Kobe và Wellington."
    assert {"Osaka", "Kobe", "Wellington"} <= set(_locations(text))


def test_cities_after_places_such_as():
    text = "Biểu tình cũng diễn ra ở những nơi khác như St Petersburg, Ulyanovsk, Kirov và Tula."
    assert {"St Petersburg", "Ulyanovsk", "Kirov", "Tula"} <= set(_locations(text))


def test_route_between_a_vietnamese_city_and_a_foreign_one():
    assert "Nagoya" in _locations("Đường bay TP HCM - Nagoya sẽ mở vào tháng 7/2025.")


def test_city_ending_a_university_is_a_place_inside_the_body():
    text = "Giáo sư Owen Holland thuộc Đại học Essex và một nhóm tại Đại học danh tiếng Padua cho biết."
    entities = extract_entities(text)
    assert {("ORGANIZATION", "Đại học Essex"), ("LOCATION", "Essex"), ("LOCATION", "Padua")} \
        <= {(e.label, e.text) for e in entities}


# --- guards: no slot, no place ------------------------------------------------------------------

def test_city_names_without_a_slot_stay_out():
    text = "Kirov không bình luận gì thêm, còn Tula thì im lặng."
    assert _locations(text, stacked=False) == []


def test_surname_after_an_honorific_is_no_city():
    assert "LOCATION" not in _labelled("Ông Kirov cho biết sẽ từ chức.", "Kirov")


def test_clubs_and_companies_with_city_names_are_no_places():
    text = "Inter Milan thắng Real Madrid, còn Time Warner và hãng Honda công bố lợi nhuận."
    entities = extract_entities(text)
    assert {("ORGANIZATION", "Inter Milan"), ("ORGANIZATION", "Real Madrid")} <= {(e.label, e.text) for e in entities}
    # the guideline's place inside a club's name, no place standing for the club
    assert all(e.attrs.get("in_body") for e in entities if e.label == "LOCATION")
    assert not {"Time", "Honda"} & set(_locations(text))


def test_name_running_on_is_not_cut_to_its_city():
    assert "Essex" not in _locations("Cảnh sát đến Essex County Council để làm việc.")


def test_university_named_apart_from_its_words_keeps_no_city():
    text = "Ông học tại Đại học East China Normal ở Thượng Hải."
    assert "Normal" not in _locations(text)


# --- offsets --------------------------------------------------------------------------------------

_CITIES = ["Nagoya", "Pittsburgh", "Tula", "Kobe", "Wellington", "Cotonou", "Karbala", "Oxford"]
_SLOTS = ["Họ bay sang {c} hôm qua.", "Nhóm nghiên cứu ở Viện Quốc gia, {c} (Mỹ) cho biết.",
          "Đoàn đi qua Paris, {c} và Tokyo."]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_CITIES), st.sampled_from(_SLOTS), st.text(alphabet=" \u00a0", min_size=0, max_size=3))
def test_city_span_is_the_slice_of_the_original_text(city, slot, padding):
    text = padding + slot.format(c=city)
    found = [e for e in extract_entities(text) if e.label == "LOCATION" and e.text == city]
    assert len(found) == 1
    assert text[found[0].start:found[0].end] == city


def test_phrasebook_matches_only_a_whole_name():
    book = world_cities()
    assert book.match(syllables("ở St Petersburg"), 1) == (2, "St Petersburg")
    assert book.match(syllables("ở Petersburger"), 1) is None


# --- countries in English, fixtures --------------------------------------------------------------

def test_country_in_english_listed_with_known_countries():
    text = "Chương trình áp dụng cho Maldives, Sri Lanka, Thái Lan và Indonesia."
    assert "Maldives" in _locations(text)


def test_dash_before_a_score_joins_teams_not_places():
    assert "Maldives" not in _locations("Sau 4 lượt trận (Việt Nam - Maldives 4-0), đội đứng đầu bảng.")
    assert "Maldives" in _locations("Đường bay Hà Nội - Maldives mở từ tháng 3/2024.")


def test_foreign_name_no_list_holds_joins_a_list_between_places():
    text = "Tuần hành diễn ra ở Moscow, Krasnojarsk, Ulyanovsk và Tula."
    assert {"Krasnojarsk", "Ulyanovsk", "Tula"} <= set(_locations(text))


def test_foreign_name_after_a_place_without_a_city_after_stays_out():
    assert "Krasnojarsk" not in _locations("Ông đến Moscow, Krasnojarsk nói với báo chí.")


def test_city_after_the_head_thanh_pho_takes_the_head():
    assert "thành phố San Jose" in _locations("Buổi diễn ở thành phố San Jose thu hút 3.000 khán giả.")
