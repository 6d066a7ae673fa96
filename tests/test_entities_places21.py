"""Twenty-first stop, places: foreign places after a compass word and regions named by one,
countries after a word opening a sentence, deltas named by their river. Sentences written
by the team (no gold sentence)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def _places(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)
            if e.label in ("LOCATION", "PROVINCE", "DISTRICT", "COMMUNE")]


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)]


# --- compass words ---------------------------------------------------------------------------

@given(st.sampled_from(["bắc", "nam", "đông", "tây", "đông bắc", "tây nam"]),
       st.sampled_from(["Gaza", "Khabarovsk", "Kirkuk", "Kathmandu"]))
@settings(max_examples=12, deadline=None)
def test_a_foreign_city_after_a_lower_case_compass_word_is_a_place(compass, city):
    assert _places(f"Quân đội đã triển khai ở {compass} {city} từ hôm qua.") == [("LOCATION", city)]


@pytest.mark.parametrize("head", ["phía", "miền", "khu vực"])  # "vùng Bắc Israel" stays a region
def test_a_capitalised_compass_word_after_a_word_of_direction_is_no_part_of_the_place(head):
    assert _places(f"Tên lửa rơi xuống {head} Bắc Israel hôm qua.") == [("LOCATION", "Israel")]


def test_a_direction_gives_way_to_no_old_province_nor_person():
    # "Bắc Thái" was an old province, "Lan" a given name
    assert _labels("Lũ lớn ở các tỉnh miền Bắc Thái Lan.") == [("LOCATION", "Thái Lan")]


def test_a_direction_after_a_comma():
    assert _places("Máy bay bay trên tỉnh Nador, đông bắc Marốc.") == [("LOCATION", "tỉnh Nador"), ("LOCATION", "Marốc")]


@pytest.mark.parametrize("region", ["Bắc Ireland", "Nam Australia", "Tây Sudan", "Tây Virginia"])
def test_a_capitalised_compass_word_opens_a_foreign_region(region):
    assert _labels(f"Cậu bé mồ côi sống ở {region} từ năm 2000.") == [("LOCATION", region)]


@pytest.mark.parametrize("text, expected", [
    ("Anh Nam Anh về quê.", [("PERSON", "Nam Anh")]),  # a given name, not "southern England"
    ("Ông sống ở Đông Anh.", [("DISTRICT", "Đông Anh")]),
    ("Các nước Đông Nam Á và Bắc Triều Tiên.", [("LOCATION", "Đông Nam Á"), ("LOCATION", "Bắc Triều Tiên")]),
    ("Mưa lớn ở Nam Trung Bộ.", [("LOCATION", "Nam Trung Bộ")]),
])
def test_known_names_and_vietnamese_names_keep_their_reading(text, expected):
    assert _labels(text) == expected


def test_a_compass_word_inside_a_bodys_name_is_left_to_the_body():
    found = _labels("Ông làm việc ở Ngân hàng Đông Á.")
    assert ("ORGANIZATION", "Ngân hàng Đông Á") in found
    assert not any(label == "LOCATION" for label, _ in found)


def test_a_lower_case_compass_word_after_another_noun_adds_nothing():
    assert _places("Giá khoai tây Khabarovsk tăng.") == []  # no slot: "khoai tây" is a potato


# --- a country after a word opening a sentence -------------------------------------------------

@given(st.sampled_from(["Với", "Việc", "Nhưng", "Còn", "Thời", "Hiện", "Phía", "Theo", "Khi", "Nếu", "Riêng",
                        "Nước", "Vua"]),
       st.sampled_from(["Libya", "Australia", "Ai Cập", "Thái Lan", "Matxcơva"]))
@settings(max_examples=20, deadline=None)
def test_a_country_after_a_word_opening_a_sentence_is_a_place(opener, country):
    assert _labels(f"{opener} {country} đã phản đối kế hoạch này.") == [("LOCATION", country)]


@pytest.mark.parametrize("text, expected", [
    ("Ông Với Australia đã đến.", []),  # not opening the sentence: a longer name, left alone
    ("Và Anh ấy đi.", []),  # the pronoun
])
def test_an_opening_word_elsewhere_or_before_a_pronoun_adds_no_place(text, expected):
    assert _places(text) == expected


# --- deltas, dashed regions, forest plots, Anh quốc -------------------------------------------

@given(st.sampled_from(["đồng bằng", "Đồng bằng"]), st.sampled_from(["sông Cửu Long", "sông Hồng", "sông Nil", "Bắc Bộ"]))
@settings(max_examples=8, deadline=None)
def test_a_river_or_region_after_dong_bang_names_a_delta_whole(head, name):
    assert _places(f"Nông dân {head} {name} đang thu hoạch lúa.") == [("LOCATION", f"{head} {name}")]


def test_a_river_alone_stays_the_river():
    assert _places("Nước sông Hồng dâng cao.") == [("LOCATION", "sông Hồng")]


@pytest.mark.parametrize("dash", [" - ", " – "])
def test_asia_pacific_written_with_a_dash_is_one_region(dash):
    assert _places(f"Thị trường khu vực châu Á{dash}Thái Bình Dương tăng.") == [("LOCATION", f"châu Á{dash}Thái Bình Dương")]


def test_two_places_joined_by_a_dash_that_make_no_known_name_stay_apart():
    assert _places("Đường bay châu Á - Thái Lan mở lại.") == [("LOCATION", "châu Á"), ("LOCATION", "Thái Lan")]


def test_a_forest_plot_is_a_place_whole_but_not_in_a_plural_list():
    assert _places("Rừng ở tiểu khu 155 bị chặt phá.") == [("LOCATION", "tiểu khu 155")]
    assert _places("Cây lạ xuất hiện tại các tiểu khu 4A, 11 và 16 của rừng.") == []


@pytest.mark.parametrize("kind", ["đặc dụng", "phòng hộ", "ngập mặn"])
def test_a_forest_named_after_its_kind_is_a_place_whole(kind):
    assert _places(f"Lâm tặc phá rừng {kind} Cần Giờ.") == [("LOCATION", f"rừng {kind} Cần Giờ")]


@pytest.mark.parametrize("text, expected", [
    ("Anh theo học tại Anh quốc.", [("LOCATION", "Anh quốc")]),
    ("Ông sang Anh Quốc học.", [("LOCATION", "Anh Quốc")]),
])
def test_anh_quoc_is_britain(text, expected):
    assert _places(text) == expected


def test_anh_quoc_opening_a_sentence_is_left_to_the_person_reading():
    assert _places("Anh Quốc cho biết anh sẽ đi.") == []


@pytest.mark.parametrize("place", ["chợ Bến Thành", "cầu Mỹ Thuận", "rừng đặc dụng Nam Hải Vân"])
def test_a_full_name_after_a_place_is_its_holder_not_the_place(place):
    found = _labels(f"Trưởng ban quản lý {place} Nguyễn Ngọc Tuấn cho biết.")
    assert ("LOCATION", place) in found
    assert not any(label == "LOCATION" and "Tuấn" in name for label, name in found)


@pytest.mark.parametrize("place", ["đường Nguyễn Văn Trỗi", "Công viên Lê Văn Tám", "công viên Bách Thảo Hà Nội"])
def test_a_place_named_after_a_person_or_ending_in_a_city_stays_whole(place):
    assert ("LOCATION", place) in _labels(f"Người dân tập thể dục ở {place} mỗi sáng.")


# --- lists after two type words, with a typed item inside -------------------------------------

def test_a_list_after_quan_huyen_and_a_few_words_reads_every_district_linked():
    text = "Cấm chăn nuôi ở một số quận huyện có nguy cơ bùng phát như Bình Chánh, Quận 9, Củ Chi, Hóc Môn, Bình Tân."
    found = [e for e in extract_entities(text, stacked=False) if e.label == "DISTRICT"]
    assert [e.text for e in found] == ["Bình Chánh", "Quận 9", "Củ Chi", "Hóc Môn", "Bình Tân"]
    assert all(e.attrs["code"] for e in found if e.text != "Quận 9")  # Quận 9 merged into Thủ Đức in 2021


def test_a_list_goes_on_over_a_typed_item_of_its_type():
    assert _places("Bốn quận huyện: Gò Vấp, quận 9, Hóc Môn, Củ Chi tranh nhau đặt tên.") == [
        ("DISTRICT", "Gò Vấp"), ("DISTRICT", "quận 9"), ("DISTRICT", "Hóc Môn"), ("DISTRICT", "Củ Chi")]


def test_xa_meaning_far_after_a_type_word_is_no_second_type_word():
    assert _places("Kể cả những quận xa như Gò Vấp, Hóc Môn.") == [("DISTRICT", "Gò Vấp"), ("DISTRICT", "Hóc Môn")]


def test_no_list_without_names_after_the_intro():
    assert _places("Một số quận huyện có nguy cơ bùng phát như vậy cần cấm chăn nuôi.") == []


# --- a unit typed through a descriptor: "huyện miền núi X", "huyện đảo X" ----------------------

@pytest.mark.parametrize("text, expected", [
    ("Đây là chuyện thật tại huyện miền núi Quỳ Châu (Nghệ An).", [("DISTRICT", "Quỳ Châu"), ("PROVINCE", "Nghệ An")]),
    ("Tại hai huyện biên giới Vĩnh Hưng và Tân Hưng, xăng dầu khan hiếm.", [("DISTRICT", "Vĩnh Hưng"), ("DISTRICT", "Tân Hưng")]),
    ("Gió mạnh ở huyện đảo Cô Tô.", [("DISTRICT", "Cô Tô")]),
    ("Ngư dân xã đảo Thổ Châu ra khơi.", [("COMMUNE", "Thổ Châu")]),
])
def test_a_type_word_with_a_descriptor_types_the_name_alone(text, expected):
    assert _places(text) == expected


def test_a_unit_typed_through_a_descriptor_is_linked_before_the_reform():
    found = [e for e in extract_entities("Ông ở huyện đảo Lý Sơn từ năm 2005.", stacked=False) if e.label == "DISTRICT"]
    assert [(e.text, e.attrs["period"]) for e in found] == [("Lý Sơn", "pre2025")]
    assert found[0].attrs["code"]


@pytest.mark.parametrize("text, expected", [
    ("Du khách ra đảo Lý Sơn ngắm cảnh.", [("LOCATION", "đảo Lý Sơn")]),  # the island itself
    ("Tại huyện đảo Bạch Long Vỹ, nhà bị tốc mái.", [("LOCATION", "đảo Bạch Long Vỹ")]),  # no registered name
    ("Chim sống ở vùng miền núi Canada.", [("LOCATION", "Canada")]),  # "miền núi" is no mountain's name
])
def test_islands_and_unregistered_names_keep_their_place(text, expected):
    assert _places(text) == expected


# --- treaties named after a city; head nouns inside common words ---------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Theo Hiệp ước Geneva, các binh lính phải đảm bảo an táng.", []),
    ("Mỹ không phê chuẩn nghị định thư Kyoto về khí thải.", [("LOCATION", "Mỹ")]),
    ("Việt Nam tham gia Công ước Berne về bản quyền.", [("LOCATION", "Việt Nam")]),
    ("Hội nghị ở Geneva bàn về Công ước Geneva.", [("LOCATION", "Geneva")]),  # the city where it meets
    ("Hiệp ước Nga - Mỹ được ký.", [("LOCATION", "Nga"), ("LOCATION", "Mỹ")]),  # countries keep their place
    ("Giỗ tổ Hùng Vương là dịp nhớ về cội nguồn.", []),
    ("Chủ đề Đất tổ Hùng Vương được chọn.", []),
    ("Sinh viên khoa đóng tàu biển Đại học Bách khoa.", []),
])
def test_a_treaty_named_after_a_city_and_head_nouns_inside_common_words_name_no_place(text, expected):
    assert _places(text) == expected


def test_a_sugar_mill_keeps_its_province_and_names_no_street():
    assert _places("Đóng cửa Nhà máy đường Bình Dương để cho thuê kho.") == [("PROVINCE", "Bình Dương")]
    assert _places("Xe chạy trên đường Bình Dương.") == [("LOCATION", "đường Bình Dương")]


# --- the sea or the beach of a place ------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Hiện nay, biển Đà Nẵng đang mùa trăng.", [("PROVINCE", "Đà Nẵng")]),
    ("Cuộc thi tạo hình trên cát tại bãi biển Hội An.", [("DISTRICT", "Hội An")]),
    ("Cảnh sát tuần tra trên bãi biển Sydney.", [("LOCATION", "Sydney")]),
    ("Tàu cá đánh bắt ở biển Hoa Đông.", [("LOCATION", "biển Hoa Đông")]),  # a sea's own name
    ("Ngư dân ra biển Đông đánh cá.", [("LOCATION", "biển Đông")]),
])
def test_the_sea_of_a_province_or_city_is_the_place_alone(text, expected):
    assert _places(text) == expected


def test_the_province_of_a_sea_is_linked():
    found = [e for e in extract_entities("Du khách tắm biển Vũng Tàu dịp lễ.", stacked=False) if e.label == "DISTRICT"]
    assert [e.text for e in found] == ["Vũng Tàu"] and found[0].attrs["code"]


@pytest.mark.parametrize("text", [
    "Nếu Myanmar không vào bán kết, liệu ông có bị sa thải?",
    "Còn Thụy Sĩ cũng bất ngờ thắng đối thủ.",
])
def test_a_country_after_an_opening_word_in_a_sentence_about_a_match_is_left_to_the_team_rules(text):
    assert not any(label == "LOCATION" and name in ("Myanmar", "Thụy Sĩ") for label, name in _labels(text))


# --- an abolished district written bare before its own province --------------------------------

@pytest.mark.parametrize("text, district", [
    ("Trưởng Công an xã Trung Văn (Từ Liêm, Hà Nội) Nguyễn Văn Quang cho biết.", "Từ Liêm"),
    ("Công an xã Hải Hà (Tĩnh Gia, Thanh Hoá) đã bắt giữ hai đối tượng.", "Tĩnh Gia"),
])
def test_an_abolished_district_before_its_province_is_that_district(text, district):
    found = [e for e in extract_entities(text, stacked=False) if e.text == district]
    assert [(e.label, e.attrs["period"]) for e in found] == [("DISTRICT", "historic")]


def test_a_commune_before_an_abolished_district_and_its_province_keeps_both():
    assert _places("Quán ở làng sinh viên (Trung Văn, Từ Liêm, Hà Nội).")[:2] == [("COMMUNE", "Trung Văn"),
                                                                              ("DISTRICT", "Từ Liêm")]


def test_an_abolished_district_before_another_province_is_not_read():
    assert ("DISTRICT", "Từ Liêm") not in _places("Anh Từ Liêm, Hà Tây đến chơi.")
