"""Entities in news of 2025–2026 (the seventeenth stop): sentences written by the team in
the style of today's news, none taken from the probe sets."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text)]


# -- names with a comma or "và" inside (:mod:`vnnews.entities.comma_bodies`) ----------------

@pytest.mark.parametrize("text, expected", [
    ("Sáng nay Bộ Văn hóa, Thể thao và Du lịch công bố danh sách di tích mới.",
     "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Bộ Lao động, Thương binh và Xã hội đã giải thể theo đề án sắp xếp.",
     "Bộ Lao động, Thương binh và Xã hội"),
    ("Đoàn công tác của Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình đã có mặt.",
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình"),
])
def test_field_lists_stay_in_one_name(text, expected):
    assert ("ORGANIZATION", expected) in spans(text)


def test_a_list_of_bodies_is_not_one_name():
    found = spans("Đại diện các bộ Nội vụ và tư pháp, Tài chính và Ngân hàng Nhà nước dự họp.")
    assert ("ORGANIZATION", "Ngân hàng Nhà nước") in found
    assert not any(", " in text for label, text in found if label == "ORGANIZATION")


def test_prevention_and_control_is_read_across_the_comma():
    found = spans("Phòng Cảnh sát phòng, chống ma túy (PC04) vừa triệt phá một đường dây.")
    assert ("ORGANIZATION", "Phòng Cảnh sát phòng, chống ma túy") in found
    assert ("ORGANIZATION", "PC04") in found


def test_prevention_stops_before_a_verb():
    found = spans("Ban Chỉ đạo phòng, chống tham nhũng đã họp phiên thứ hai.")
    assert ("ORGANIZATION", "Ban Chỉ đạo phòng, chống tham nhũng") in found


def test_joint_ministries_are_two_bodies():
    found = spans("Giá xăng được điều chỉnh theo quyết định của liên Bộ Tài chính - Công Thương chiều qua.")
    assert ("ORGANIZATION", "Bộ Tài chính") in found
    assert ("ORGANIZATION", "Công Thương") in found
    assert ("ORGANIZATION", "Bộ Tài chính - Công Thương") not in found


# -- numbered units (:mod:`vnnews.entities.numbered`) ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bệnh viện Chợ Rẫy 2 ở Long An đã nhận bệnh nhân đầu tiên.", "Bệnh viện Chợ Rẫy 2"),
    ("Đội Cảnh sát giao thông số 7 lập biên bản tài xế vi phạm nồng độ cồn.",
     "Đội Cảnh sát giao thông số 7"),
    ("Tổ công tác số 2 của Ủy ban Kiểm tra đã làm việc tại xã.", "Tổ công tác số 2"),
])
def test_numbered_units_keep_their_number(text, expected):
    assert ("ORGANIZATION", expected) in spans(text)


def test_a_team_without_number_is_no_name():
    assert not any(label == "ORGANIZATION" for label, _ in spans("Đoàn kiểm tra của tỉnh đã về xã."))


# -- regional courts and agencies after 1 July 2025 (:mod:`vnnews.entities.regional_bodies`) -------

def test_regional_court_with_its_province():
    found = spans("Bà Lê Thị Hồng, Chánh án TAND khu vực 5 - Đồng Nai, cho biết đơn vị đã thụ lý 300 vụ.")
    assert ("ORGANIZATION", "TAND khu vực 5 - Đồng Nai") in found
    assert ("PROVINCE", "Đồng Nai") in found
    assert ("OFFICIAL", "Lê Thị Hồng") in found


def test_regional_procuracy_without_province():
    assert ("ORGANIZATION", "Viện kiểm sát nhân dân khu vực 12") in spans(
        "Viện kiểm sát nhân dân khu vực 12 đã phê chuẩn quyết định khởi tố.")


# -- places of today's economy (:data:`vnnews.entities.landmark_heads.ECONOMY_HEADS`) --------

@pytest.mark.parametrize("text, expected", [
    ("Nhà máy điện gió đặt tại Khu kinh tế Nghi Sơn sẽ vận hành năm sau.", "Khu kinh tế Nghi Sơn"),
    ("Trung tâm dữ liệu mới nằm trong Khu công nghệ cao Đà Nẵng.", "Khu công nghệ cao Đà Nẵng"),
    ("Xe khách bị lật trên cao tốc Cam Lộ - La Sơn chiều qua.", "cao tốc Cam Lộ - La Sơn"),
    ("Du khách đông nghịt trên phố đi bộ Bùi Viện dịp cuối tuần.", "phố đi bộ Bùi Viện"),
    ("Giá rau ở chợ đầu mối Long Biên tăng gấp đôi sau bão.", "chợ đầu mối Long Biên"),
    ("Triển lãm diễn ra tại Cung Văn hóa Lao động thành phố.", "Cung Văn hóa Lao động"),
])
def test_places_of_todays_economy(text, expected):
    found = spans(text)
    assert ("LOCATION", expected) in found
    assert not any(label in {"PERSON", "OFFICIAL"} for label, _ in found)


def test_a_fast_boat_is_no_road():
    assert not any(label == "LOCATION" for label, _ in spans("Tàu cao tốc Phú Quốc Express cập bến trễ."))


def test_foreign_states_before_a_verb_or_a_list():
    found = spans("Giao tranh lan rộng ở bang Kachin và bang Karenni khiến hàng nghìn người sơ tán.")
    assert ("LOCATION", "bang Kachin") in found
    assert ("LOCATION", "bang Karenni") in found


# -- names of the Central Highlands peoples (:func:`vnnews.entities.persons.starts_person`) ----

@pytest.mark.parametrize("text, expected", [
    ("Phó Bí thư Tỉnh ủy Đắk Lắk Y Biêr Niê dự lễ khánh thành.", "Y Biêr Niê"),
    ("Trưởng Ban Dân vận Tỉnh ủy Đắk Lắk H'Yim Kđoh phát biểu.", "H'Yim Kđoh"),
    ("Chủ tịch Ủy ban MTTQ tỉnh Gia Lai Rơ Mah Tuân trao quà.", "Rơ Mah Tuân"),
])
def test_highland_names_after_a_body_of_a_place(text, expected):
    assert ("OFFICIAL", expected) in spans(text)


def test_medicine_is_no_highland_name():
    assert not any(label in {"PERSON", "OFFICIAL"} for label, _ in spans("Nhiều sinh viên ngành Y Dược ra trường."))


# -- units on the far side of the reform (:mod:`vnnews.entities.places`, :mod:`.provincial_city`)

def test_a_city_that_became_a_ward_in_dated_text():
    found = spans("Tháng 9/2025, lượng khách đến Bà Rịa tăng mạnh.")
    assert ("COMMUNE", "Bà Rịa") in found


def test_the_same_city_in_old_text():
    assert ("DISTRICT", "Bà Rịa") in spans("Tháng 9/2005, lượng khách đến Bà Rịa tăng mạnh.")


def test_hue_is_the_centrally_run_city_in_dated_text():
    assert ("PROVINCE", "Huế") in spans("Từ ngày 1/7/2025, Huế có 40 xã, phường.")
    assert ("DISTRICT", "Huế") in spans("Năm 2006, Huế đón 1,5 triệu lượt khách.")


def test_this_year_is_no_cue_of_the_reform():
    assert ("DISTRICT", "Châu Đốc") in spans("Giải thưởng năm nay là của khách sạn ở Châu Đốc.")


# -- bodies of a commune and a province named with their place (:mod:`vnnews.entities.body_words`)

def test_commune_health_station_with_its_commune():
    found = spans("Trạm Y tế xã Tân Lập đã tiêm vắc xin cho 300 trẻ.")
    assert ("ORGANIZATION", "Trạm Y tế xã Tân Lập") in found
    assert ("COMMUNE", "xã Tân Lập") in found


def test_project_board_of_a_province_is_no_person():
    found = spans("Ông Lê Văn Nam, Giám đốc Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai, bị khởi tố.")
    assert ("ORGANIZATION", "Ban Quản lý dự án đầu tư xây dựng tỉnh Gia Lai") in found
    assert [text for label, text in found if label in {"PERSON", "OFFICIAL"}] == ["Lê Văn Nam"]


# -- companies whose own name reads like a person or a place (:mod:`vnnews.entities.company_tails`)

def test_company_name_shaped_like_a_person():
    found = spans("Cơ quan điều tra khám xét trụ sở Công ty cổ phần Địa ốc Trần Gia Phát, thu giữ nhiều tài liệu.")
    assert ("ORGANIZATION", "Công ty cổ phần Địa ốc Trần Gia Phát") in found
    assert not any(label in {"PERSON", "OFFICIAL"} for label, _ in found)


def test_holder_after_a_post_and_a_company_stays_a_person():
    found = spans("Tổng giám đốc Công ty TNHH Minh Tâm Nguyễn Thị Lan cho biết đơn hàng tăng.")
    assert ("ORGANIZATION", "Công ty TNHH Minh Tâm") in found
    assert ("OFFICIAL", "Nguyễn Thị Lan") in found


# -- tickers in market news (:mod:`vnnews.entities.tickers`) ----------------------------------

def test_tickers_listed_in_market_news():
    found = spans("Nhóm cổ phiếu ngân hàng như VCB, TCB và MBB kéo VN-Index tăng 15 điểm.")
    for ticker in ("VCB", "TCB", "MBB"):
        assert ("ORGANIZATION", ticker) in found


def test_currencies_are_no_tickers():
    found = spans("Trên thị trường chứng khoán, tỷ giá USD, EUR và JPY ít biến động.")
    assert not any(text in {"USD", "EUR", "JPY"} for _, text in found)


# -- brands' branches, today's spellings, ring roads, craft villages --------------------------

def test_brand_branch_after_a_post_is_a_company():
    found = spans("Ông Kim Jong-hoon, Tổng giám đốc Hyosung Việt Nam, cho biết nhà máy sẽ mở rộng.")
    assert ("ORGANIZATION", "Hyosung Việt Nam") in found
    assert ("LOCATION", "Việt Nam") in found
    assert not any(text == "Hyosung Việt Nam" for label, text in found if label in {"PERSON", "OFFICIAL"})


def test_a_person_named_viet_nam_stays_a_person():
    found = spans("Ông Trần Việt Nam, Giám đốc Sở Tài chính, cho biết.")
    assert ("OFFICIAL", "Trần Việt Nam") in found


@pytest.mark.parametrize("text, expected", [
    ("Phái đoàn Timor-Leste đã tới Hà Nội.", "Timor-Leste"),
    ("Còi báo động vang lên khắp Kyiv đêm qua.", "Kyiv"),
])
def test_todays_spellings_of_world_places(text, expected):
    assert ("LOCATION", expected) in spans(text)


def test_ring_road_with_its_region():
    found = spans("Tỉnh bàn giao mặt bằng đường Vành đai 4 - Vùng Thủ đô trong tháng 12.")
    assert ("LOCATION", "đường Vành đai 4 - Vùng Thủ đô") in found


def test_ring_road_stops_before_lower_case_words():
    assert ("LOCATION", "đường Vành đai 3") in spans("Ùn tắc trên đường Vành đai 3 đoạn qua cầu Thanh Trì.")


def test_craft_village_keeps_its_craft():
    found = spans("Du khách đến làng lụa Vạn Phúc mua quà.")
    assert ("LOCATION", "làng lụa Vạn Phúc") in found


def test_steering_committee_with_its_topics():
    found = spans("Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực họp phiên thứ 28.")
    assert ("ORGANIZATION", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực") in found


def test_steering_committee_topics_stop_before_a_verb():
    found = spans("Ban Chỉ đạo quốc gia về chuyển đổi số, an ninh mạng và dữ liệu tổ chức hội nghị.")
    assert ("ORGANIZATION", "Ban Chỉ đạo quốc gia về chuyển đổi số, an ninh mạng và dữ liệu") in found


def test_citadel_with_a_capital_head():
    assert ("LOCATION", "Thành cổ Quảng Trị") in spans("Đoàn cựu chiến binh dâng hương tại Thành cổ Quảng Trị sáng nay.")


@pytest.mark.parametrize("text, expected", [
    ("Chi cục Thuế khu vực XV đã cưỡng chế nợ thuế với 12 doanh nghiệp.", "Chi cục Thuế khu vực XV"),
    ("BHXH khu vực IX đã chi trả lương hưu đúng hạn.", "BHXH khu vực IX"),
    ("Thuế cơ sở 7 TP Hà Nội thông báo danh sách hộ kinh doanh nợ thuế.", "Thuế cơ sở 7 TP Hà Nội"),
])
def test_regional_agencies_of_2025(text, expected):
    assert ("ORGANIZATION", expected) in spans(text)


def test_a_region_without_number_is_no_name():
    found = spans("Giá đất khu vực trung tâm tăng mạnh, cơ sở hạ tầng được nâng cấp.")
    assert not any(label == "ORGANIZATION" for label, _ in found)


def test_international_airport_is_one_place():
    found = spans("Sân bay quốc tế Long Thành đón chuyến bay thương mại đầu tiên.")
    assert ("LOCATION", "Sân bay quốc tế Long Thành") in found
    assert not any(label in {"PERSON", "OFFICIAL"} for label, _ in found)


def test_a_quarter_is_no_ticker():
    found = spans("Sau kết quả kinh doanh quý III, VNM và HPG đều tăng trên sàn HoSE.")
    assert not any(text == "III" for _, text in found)
    assert ("ORGANIZATION", "VNM") in found


def test_holder_after_a_body_closed_by_its_country():
    found = spans("Vụ trưởng Vụ Tín dụng Ngân hàng Nhà nước VN Trần Văn Bình cho biết.")
    assert ("OFFICIAL", "Trần Văn Bình") in found
    assert not any("Bình" in text for label, text in found if label == "ORGANIZATION")


def test_no_road_named_after_a_country():
    found = spans("Công ty phát triển đường cao tốc Việt Nam đã thu phí trở lại.")
    assert not any(text.startswith("đường cao tốc") for label, text in found if label == "LOCATION")


@pytest.mark.parametrize("text", [
    "Ông An làm việc ở Công ty Honda Việt Nam",  # a company closed by its country ends the text
    "Bộ Văn hóa,", "liên Bộ", "TAND khu vực", "Thuế cơ sở 3", "FPT, VNM và", "đường Vành đai",
    "làng gốm", "Sân bay quốc tế", "Ban Chỉ đạo Trung ương về phòng, chống", "Y", "H'",
])
def test_constructions_cut_short_at_the_end_of_a_text(text):
    found = extract_entities(text)
    assert all(text[e.start:e.end] == e.text for e in found)


_PIECES = ["Bộ Văn hóa", ", Thể thao", " và ", "Du lịch", " liên Bộ Công Thương", " - ", "Tài chính",
           " TAND khu vực ", "2", "II", " TP Cần Thơ", " Công ty CP ", "Đầu tư", " Hoàng Long Phát",
           " Mỹ", " An Hưng", " FPT", ", ", "VNM", " Foxconn Việt Nam", " cao tốc ", "Hà Nội",
           " đường Vành đai ", "4", " Vùng Thủ đô", " làng gốm ", "Bát Tràng", " Y Thông Niê",
           " H'Hen Niê", " phòng", ", chống", " tội phạm", " (A05)", " Ban Chỉ đạo", " về ", "số",
           " Sân bay quốc tế ", "Long Thành", " năm 2026", " Hội An", " Huế", ".", "\n", " "]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_modern_constructions_in_any_order_keep_offsets(pieces):
    text = "".join(pieces)
    found = extract_entities(text)
    assert all(text[e.start:e.end] == e.text and e.start < e.end for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)  # "sorted by position"
