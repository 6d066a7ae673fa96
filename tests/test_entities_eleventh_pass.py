"""Eleventh pass on entity quality (places and known errors): team-written sentences, none
from a gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import spans


@pytest.mark.parametrize("text", [
    "Huế sẽ tổ chức Festival vào tháng 6.",
    "Trời mưa lớn suốt đêm. Huế chìm trong nước.",
])
def test_a_sentence_opened_by_hue_names_the_city(text):
    assert ("DISTRICT", "Huế") in spans(text)


def test_a_one_syllable_commune_name_opening_a_sentence_is_still_a_word():
    assert spans("Vinh danh các điển hình tiên tiến.") == []


@pytest.mark.parametrize("text, street, place", [
    ("Quán cà phê BenBen (261 Trần Quang Khải, quận 1) bị kiểm tra.", "Trần Quang Khải", ("DISTRICT", "quận 1")),
    ("Hồ sơ nộp tại 222A Lò Đúc - Hà Nội.", "Lò Đúc", ("PROVINCE", "Hà Nội")),
    ("Văn phòng đặt ở số 6 Ngọc Khánh - Hà Nội.", "Ngọc Khánh", ("PROVINCE", "Hà Nội")),
])
def test_a_street_after_a_house_number_in_brackets_or_before_a_dash_is_a_location(text, street, place):
    found = spans(text)
    assert ("LOCATION", street) in found and place in found
    assert not any(label == "PERSON" for label, _ in found)


def test_a_year_in_brackets_before_a_name_opens_no_street():
    found = spans("Ông Trần Văn Hải (1945 Nguyễn Văn Linh) phát biểu.")
    assert not any(label == "LOCATION" for label, _ in found)


@pytest.mark.parametrize("text, entity", [
    ("Chủ tịch HĐND tỉnh Hồ Quốc Dũng phát biểu tại hội nghị.", ("OFFICIAL", "Hồ Quốc Dũng")),
    ("Thí sinh Hồ Hoàng Quý đoạt giải ba với mẫu sofa.", ("PERSON", "Hồ Hoàng Quý")),
])
def test_ho_with_a_middle_and_a_given_name_is_a_surname_not_a_lake(text, entity):
    found = spans(text)
    assert entity in found and not any(label == "LOCATION" for label, _ in found)


@pytest.mark.parametrize("lake", ["Hồ Văn", "Hồ Thành Công", "Hồ Gươm"])
def test_lakes_stay_lakes(lake):
    assert ("LOCATION", lake) in spans(f"Chiều nay dạo quanh {lake} rất đông.")


@pytest.mark.parametrize("text, country", [
    ("Thứ trưởng Ngoại giao CHDCND Triều Tiên Kim Kye-gwan khẳng định.", "CHDCND Triều Tiên"),
    ("Đoàn đại biểu CHDCND Triều Tiên đã đến thăm.", "CHDCND Triều Tiên"),
    ("Thủ tướng Quốc vụ viện nước CHND Trung Hoa đã đến.", "CHND Trung Hoa"),
    ("Đoàn tiếp tục thăm làm việc tại Cộng hòa Singapore.", "Cộng hòa Singapore"),
    ("Trường xếp trong 10 trường đại học hàng đầu ở Vương quốc Anh.", "Vương quốc Anh"),
])
def test_a_country_with_its_state_form_is_one_location(text, country):
    assert ("LOCATION", country) in spans(text)


@pytest.mark.parametrize("text, entity", [
    ("Ông Vương Quốc Mỹ phát biểu tại buổi lễ.", ("PERSON", "Vương Quốc Mỹ")),
    ("Cục Dự trữ Liên bang Mỹ (Fed) giữ nguyên lãi suất.", ("LOCATION", "Mỹ")),
])
def test_a_capitalised_or_federal_body_word_is_no_state_form(text, entity):
    assert entity in spans(text)


@pytest.mark.parametrize("text", [
    "Ông Lê Anh Tuyến, Vụ trưởng Pháp chế Bộ Văn hóa Thông tin, cho biết.",
    "Nội dung này có trong Luật Dân sự và Pháp lệnh hợp đồng.",
    "Trường mở ngành Mỹ thuật công nghiệp.",
    "Ý kiến của bạn đọc được gửi về tòa soạn.",
    "Em học thêm Anh văn vào buổi tối.",
    "Cần có ngoại ngữ tốt (tiếng Anh, Pháp, Đức, Nhật, Trung Quốc).",
    "Anh ấy hiểu những ngôn ngữ khác như tiếng Arab, Trung Quốc, và Nhật.",
])
def test_a_country_name_inside_a_word_or_a_list_of_languages_is_no_place(text):
    assert not any(label == "LOCATION" for label, _ in spans(text))


@pytest.mark.parametrize("text, country", [
    ("Có bạn nói rằng ở Mỹ quan hệ giữa thầy và trò rất thoải mái.", "Mỹ"),
    ("Kiến trúc sư của Nhật thực hiện công trình này.", "Nhật"),
    ("Pháp và Đức phản đối, Anh ủng hộ.", "Đức"),
    ("Đoàn đã thăm Pháp, Đức và Ý trong tháng này.", "Ý"),
])
def test_the_country_stays_where_the_sentence_asks_for_a_place(text, country):
    assert ("LOCATION", country) in spans(text)


def test_an_abolished_province_is_not_read_across_the_end_of_a_country():
    found = spans("Đơn tố cáo Tổng giám đốc Tổng công ty Hàng hải Việt Nam Hà Đức Bàng.")
    assert ("OFFICIAL", "Hà Đức Bàng") in found
    assert not any(label == "PROVINCE" for label, _ in found)


def test_an_abolished_province_after_a_capitalised_body_word_stays_a_province():
    assert ("PROVINCE", "Nam Hà") in spans("Báo Nam Hà đưa tin về vụ việc.")


@pytest.mark.parametrize("text, country", [
    ("Công ty Sông Đà Việt Nam đã trúng thầu.", "Việt Nam"),
    ("Công ty Cổ phần Sữa Việt Nam khánh thành nhà máy mới.", "Việt Nam"),
    ("Ông là Chủ tịch Hiệp hội Golf Việt Nam.", "Việt Nam"),
])
def test_a_company_named_after_a_river_holds_no_river_but_its_country(text, country):
    locations = [name for label, name in spans(text) if label == "LOCATION"]
    assert locations == [country]


@pytest.mark.parametrize("text, country", [
    ("Tại Việt Nam, các trang giao dịch trực tuyến phát triển nhanh.", "Việt Nam"),
    ("Ở Ấn Độ, một nửa số dự án chính phủ đã hoàn thành.", "Ấn Độ"),
    ("Tại Thái Lan, 10 triệu gia cầm đã bị tiêu hủy.", "Thái Lan"),
])
def test_a_country_after_a_preposition_opening_the_sentence_is_a_place(text, country):
    assert ("LOCATION", country) in spans(text)


@pytest.mark.parametrize("text", [
    "Thành tích của đoàn Olympic Toán Việt Nam rất đáng tự hào.",
    "Ngân hàng Đông Á vừa cung cấp dịch vụ mới.",
])
def test_a_country_after_a_name_without_a_body_head_is_not_split_off(text):
    found = spans(text)
    assert not any(label == "PERSON" for label, _ in found)
    assert ("LOCATION", "Đông Á") not in found


@pytest.mark.parametrize("text, country, person", [
    ("Công an bắt giữ ca sĩ người Anh Gary Glitter tại TP HCM.", "Anh", "Gary Glitter"),
    ("Tay vợt người Nga Marat Safin đã bị loại.", "Nga", "Marat Safin"),
    ("Tiền đạo gốc Brazil Robson Silva vẫn phải thừa nhận.", "Brazil", "Robson Silva"),
])
def test_a_nationality_before_a_foreign_name_is_a_country(text, country, person):
    found = spans(text)
    assert ("LOCATION", country) in found and ("PERSON", person) in found


@pytest.mark.parametrize("text, country", [
    ("Ông là công dân Pháp gốc Tunisia.", "Tunisia"),
    ("Nhóm này do một người gốc Jordan chỉ huy.", "Jordan"),
])
def test_a_country_of_origin_is_a_place(text, country):
    assert ("LOCATION", country) in spans(text)


def test_a_person_called_anh_after_nguoi_stays_no_place():
    assert not any(label == "LOCATION" for label, _ in spans("Người anh Tuấn của cậu ấy đã về."))


def test_a_ward_created_by_the_reform_keeps_hue_the_province():
    text = "Ông Nguyễn Văn An, Chủ tịch UBND phường Phú Xuân (TP Huế), cho biết."
    assert ("PROVINCE", "TP Huế") in spans(text)


def test_hue_with_a_district_of_before_the_reform_is_the_provincial_city():
    assert ("DISTRICT", "Huế") in spans("Đoàn về xã Phú Mậu, huyện Phú Vang, Huế.")


@pytest.mark.parametrize("text, club", [
    ("Anh ấy từng thi đấu ở Manchester City trước khi về nước.", "Manchester City"),
    ("Cầu thủ này đang chơi tại Real Madrid.", "Real Madrid"),
    ("Chị ấy từng học ở Đại học Oxford.", "Đại học Oxford"),
])
def test_a_club_or_a_university_after_o_or_tai_is_no_place(text, club):
    found = spans(text)
    assert ("ORGANIZATION", club) in found and not any(label == "LOCATION" for label, _ in found
                                                       if _ not in ("Madrid", "Oxford"))  # a city in a name is annotated too


def test_a_whole_article_names_a_bare_commune_by_its_typed_mention_in_another_sentence():
    text = ("Xã Kim Nỗ, huyện Đông Anh vừa được chọn làm điểm. Năm nay nhiều hộ dân đã được hỗ trợ "
            "vốn vay để phát triển sản xuất. Kim Nỗ được ưu tiên chọn thí điểm với 3 lớp.")
    communes = [name for label, name in spans(text) if label == "COMMUNE"]
    assert communes == ["Xã Kim Nỗ", "Kim Nỗ"]


@pytest.mark.parametrize("text, place", [
    ("Nhiều vụ tấn công bằng súng đã xảy ra ở tỉnh Yala.", "tỉnh Yala"),
    ("Động đất với tâm gần thị trấn Kherrata, nằm giữa Bejaia và Setif.", "thị trấn Kherrata"),
    ("Phiến quân tấn công đồn cảnh sát ở quận Ghazalia.", "quận Ghazalia"),
])
def test_a_unit_type_word_before_a_foreign_spelt_name_is_a_place_abroad(text, place):
    assert ("LOCATION", place) in spans(text)


def test_a_unit_type_word_before_a_registry_name_stays_an_admin_unit():
    found = spans("UBND huyện Krông Pắc và tỉnh Đắk Lắk họp.")
    assert ("DISTRICT", "huyện Krông Pắc") in found and ("PROVINCE", "tỉnh Đắk Lắk") in found


@pytest.mark.parametrize("text, country, official", [
    ("Thứ trưởng Bộ Tư pháp Việt Nam Hoàng Thế Liên đã ký biên bản.", "Việt Nam", "Hoàng Thế Liên"),
    ("Tổng giám đốc Tổng công ty Hàng hải Việt Nam Hà Đức Bàng bị tố cáo.", "Việt Nam", "Hà Đức Bàng"),
])
def test_a_country_ending_a_body_before_a_full_name_is_a_place(text, country, official):
    found = spans(text)
    assert ("LOCATION", country) in found and ("OFFICIAL", official) in found


def test_a_region_before_an_ocean_is_not_cut_before_a_name():
    assert ("LOCATION", "châu Á") not in spans("Trao đổi với các nước khu vực châu Á Thái Bình dương tăng mạnh.")


@pytest.mark.parametrize("text, place", [
    ("Ba vụ đánh bom đã xảy ra ở thủ đô Amman.", "Amman"),
    ("Các ngả đường dẫn vào thánh địa Najaf đã bị phong toả.", "Najaf"),
    ("Nhiều sắc tộc chung sống ở khu vực Kavkaz.", "Kavkaz"),
])
def test_a_foreign_spelt_name_after_a_noun_only_a_place_follows_is_a_place(text, place):
    assert ("LOCATION", place) in spans(text)
