"""Fourteenth pass on entity quality (organisations): team-written sentences, none from a
gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import spans
from vnnews.entities.body_word_ends import two_syllable_words, whole_word_end
from vnnews.entities.tokens import syllables


@pytest.mark.parametrize("text, body, unit", [
    ("Sáng qua, công an quận Hoàn Kiếm đã tạm giữ hai thanh niên.", "công an quận Hoàn Kiếm", "quận Hoàn Kiếm"),
    ("Vụ việc đã được chuyển cho công an huyện Thanh Trì điều tra.", "công an huyện Thanh Trì", "huyện Thanh Trì"),
    ("Đêm 3/4, công an phường 12, quận Gò Vấp đã bắt giữ đối tượng.", "công an phường 12", "phường 12"),
    ("Năm ngoái, công an TP HCM đã xử lý hàng trăm vụ việc.", "công an TP HCM", "TP HCM"),
    ("Chị đã nộp đơn ra tòa án quận Tân Bình xin ly hôn.", "tòa án quận Tân Bình", "quận Tân Bình"),
    ("Ông Hòa, Phó trưởng công an thị xã Sơn Tây, cho biết.", "công an thị xã Sơn Tây", "thị xã Sơn Tây"),
])
def test_a_lower_case_police_or_court_of_a_unit_is_an_organisation(text, body, unit):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert any(label in {"PROVINCE", "DISTRICT", "COMMUNE"} and name == unit for label, name in found)


@pytest.mark.parametrize("text", [
    "Người dân đã báo cho công an xã đến lập biên bản.",  # no named unit
    "Hồ sơ được nhận tại công an các quận, huyện.",  # a plural
    "Ông Trần Văn Hải, công an phường 5, là người phát hiện.",  # a person's job
    "Anh Tuấn là công an xã Tân Phú từ năm 2000.",  # a person's job
])
def test_no_lower_case_police_body_without_a_unit_or_as_a_job(text):
    assert not any(label == "ORGANIZATION" and name.startswith("công an") for label, name in spans(text))


@pytest.mark.parametrize("text, name", [
    # a capitalised last syllable takes the rest of its word
    ("Đoàn công tác của Thanh tra Bộ Tài chính về những vấn đề nợ đọng.", "Thanh tra Bộ Tài chính"),
    ("Trước đó, Công ty Công trình giao thông đã thi công.", "Công ty Công trình giao thông"),
    # a lower-case last syllable that begins the verb after the name is left out
    ("Tháng trước Cục Sở hữu trí tuệ xác định nhãn hiệu này bị làm nhái.", "Cục Sở hữu trí tuệ"),
    ("Khi ấy Sở Nhà đoan trở về Hà Nội.", "Sở Nhà đoan"),
    # a lower-case word of a body's field is taken whole
    ("Bà Lan, Giám đốc Trung tâm Đào tạo công nghệ thông tin thành phố, cho biết.",
     "Trung tâm Đào tạo công nghệ thông tin"),
    # a proper name of several capitalised syllables is not extended into the verb after it
    ("Năm 1998, Xí nghiệp khai thác đá Nghệ An thành lập một công ty con.", "Xí nghiệp khai thác đá Nghệ An"),
])
def test_an_organisation_ends_at_the_end_of_a_word(text, name):
    assert ("ORGANIZATION", name) in spans(text)


def test_whole_word_end_keeps_names_that_end_at_a_word_end():
    tokens = syllables("Bộ Bưu chính viễn thông công bố")
    assert whole_word_end(tokens, 0, 5) == 5  # "viễn thông" is a word: "thông công" does not move it
    tokens = syllables("Khoa Niệu B Bệnh viện Bình Dân")
    assert whole_word_end(tokens, 0, 4) == 3  # "Bệnh viện" heads another body
    assert "tài chính" in two_syllable_words() and "trí tuệ" in two_syllable_words()


@pytest.mark.parametrize("text, body", [
    ("Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng vừa tổ chức hội nghị.", "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng"),
    ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh Bắc Ninh đã trao quà.", "Hội Liên hiệp Phụ nữ Việt Nam tỉnh Bắc Ninh"),
])
def test_a_national_body_s_branch_in_a_unit_is_one_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


def test_a_national_body_is_not_extended_over_a_unit_without_viet_nam():
    found = spans("Đại biểu Quốc hội tỉnh Quảng Nam chất vấn.")
    assert ("ORGANIZATION", "Quốc hội") in found and ("PROVINCE", "tỉnh Quảng Nam") in found


@pytest.mark.parametrize("text, teams", [
    ("Sau thất bại 0-2 của Indonesia trước Thái Lan ở vòng loại World Cup, HLV bị sa thải.",
     ["Indonesia", "Thái Lan"]),
    ("Trước đó, Lào đã hòa 1-1 với Campuchia ở trận đấu mở màn.", ["Lào", "Campuchia"]),
    ("Long An - Bình Dương là trận đấu được chờ đợi nhất vòng này.", ["Long An", "Bình Dương"]),
    ("Trận Hà Nội - Hải Phòng ở vòng 5 V-League có nhiều bàn thắng.", ["Hà Nội", "Hải Phòng"]),
    ("Hết hiệp một, Bình Định nhập cuộc hứng khởi hơn.", ["Bình Định"]),
    ("Dù vắng tiền đạo số một, Thái Lan vẫn thi đấu rất tự tin.", ["Thái Lan"]),
])
def test_places_playing_a_match_are_teams(text, teams):
    found = spans(text)
    assert all(("ORGANIZATION", team) in found for team in teams)


@pytest.mark.parametrize("text, place", [
    ("Tuy nhiên, các VĐV Việt Nam vẫn thi đấu tự tin và hết mình.", "Việt Nam"),  # where players come from
    ("Tay đua Lê Anh Tuấn về nhất chặng Hà Nội - Vinh.", "Hà Nội"),  # a stage, not a fixture
    ("Giá vé tuyến Hà Nội - Hải Phòng tăng 10%.", "Hà Nội"),  # no match
])
def test_places_that_do_not_play_stay_places(text, place):
    assert not any(label == "ORGANIZATION" and name == place for label, name in spans(text))


@pytest.mark.parametrize("text, body", [
    ("Nguyên phó giám đốc sở nông nghiệp Phú Yên bị khởi tố.", "sở nông nghiệp Phú Yên"),
    ("Ông Tâm, cán bộ phòng giáo dục huyện Thanh Oai, cho biết.", "phòng giáo dục huyện Thanh Oai"),
    ("Các nhà khoa học thuộc Viện nghiên cứu quân sự Walter Reed đã thử nghiệm.",
     "Viện nghiên cứu quân sự Walter Reed"),
    ("Đoàn sẽ trao tặng Trường khiếm thị Nguyễn Đình Chiểu một bộ máy vi tính.",
     "Trường khiếm thị Nguyễn Đình Chiểu"),
])
def test_heads_with_a_lower_case_description_before_the_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, not_body", [
    ("Các sở thương mại Đắk Lắk, Gia Lai đã họp.", "sở thương mại Đắk Lắk"),  # plural: a kind of body
    ("Ông Hải, Trưởng phòng giáo dục huyện Thanh Oai, cho biết.", "phòng giáo dục huyện Thanh Oai"),
    ("Giáo sư Đồng Kiện, Viện trưởng Văn học ĐH Nam Kinh, nói.", "Viện trưởng Văn học ĐH Nam Kinh"),  # a post
])
def test_no_lower_case_department_in_a_plural_or_a_post(text, not_body):
    assert ("ORGANIZATION", not_body) not in spans(text)


@pytest.mark.parametrize("text, body, holder", [
    ("Hiệu phó Đại học Quốc gia Hà Nội Trần Văn Nam cho biết.", "Đại học Quốc gia Hà Nội", "Trần Văn Nam"),
    ("Ông gặp Bộ trưởng Bộ Quốc phòng Đức Peter Struck hôm qua.", "Bộ Quốc phòng Đức", "Peter Struck"),
])
def test_the_holder_after_a_body_is_not_part_of_its_name(text, body, holder):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert any(name == holder and label in {"PERSON", "OFFICIAL"} for label, name in found)


def test_a_school_named_after_a_person_keeps_that_name():
    assert ("ORGANIZATION", "Trường THPT Lê Quý Đôn") in spans("Hiệu trưởng Trường THPT Lê Quý Đôn Nguyễn Văn Hùng nói.")


@pytest.mark.parametrize("text", [
    "Trường hợp Trần Văn Giao chiếm đoạt trên 600 triệu đồng.",  # "trường hợp": a case
    "Viện phó Nguyễn Thành Phương có liên quan việc này.",  # "viện phó": a post
])
def test_viện_and_trường_before_another_word_name_no_body(text):
    assert not any(label == "ORGANIZATION" for label, _ in spans(text))


@pytest.mark.parametrize("text, body", [
    ("Hồ sơ đã được chuyển lên Viện KSND tối cao để xem xét.", "Viện KSND tối cao"),
    ("Viện KSND huyện Củ Chi vừa hoàn tất cáo trạng.", "Viện KSND huyện Củ Chi"),
])
def test_the_abbreviated_procuracy_of_a_place(text, body):
    assert ("ORGANIZATION", body) in spans(text)
