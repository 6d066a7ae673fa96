"""Known wrong outputs of the rules on 2025–2026 style news (the eighteenth stop): sentences
written by the team, none taken from the probe sets or the gold batches."""

import pytest

from vnnews.entities import extract_entities


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)]


# -- a department named by fields joined by "và" or a dash (:mod:`vnnews.entities.departments`)

@pytest.mark.parametrize("text, department", [
    ("Ông Lê Văn Nam, Trưởng phòng Tài nguyên và Môi trường huyện Kỳ Anh, cho biết như vậy.",
     "Tài nguyên và Môi trường"),
    ("Trưởng phòng Tài nguyên và Môi trường Lê Văn Nam đã ký quyết định thu hồi đất.",
     "Tài nguyên và Môi trường"),
    ("Bà Hoa, Phó trưởng phòng Tài nguyên - Môi trường thị xã, trả lời chất vấn.",
     "Tài nguyên - Môi trường"),
    ("Bà Mai, Trưởng phòng Văn hóa - Xã hội phường Tây Hồ, cho hay lễ hội sẽ giữ quy mô nhỏ.",
     "Văn hóa - Xã hội"),
    ("Ông Bình, Phó trưởng ban Kinh tế - Ngân sách HĐND tỉnh, chất vấn giám đốc sở.",
     "Kinh tế - Ngân sách"),
])
def test_a_department_keeps_its_fields(text, department):
    found = spans(text)
    assert ("ORGANIZATION", department) in found
    assert not any(label == "ORGANIZATION" and name in {"Tài", "Tài nguyên"} for label, name in found)


def test_a_ministry_department_with_and_stays_whole():
    found = spans("Phó Giám đốc Sở Nông nghiệp và Môi trường Trần Thị Lan phát biểu tại hội nghị.")
    assert ("ORGANIZATION", "Sở Nông nghiệp và Môi trường") in found
    assert ("OFFICIAL", "Trần Thị Lan") in found


def test_former_still_ends_a_department_name():
    """ "nguyên" (former) after a one-word name is not the second syllable of a field."""
    found = spans("Ông Tâm, Trưởng phòng Tổ chức nguyên Giám đốc sở, nghỉ hưu.")
    assert not any(label == "ORGANIZATION" and "nguyên" in name for label, name in found)


# -- a foreign name after a unit's head word is a place (:mod:`vnnews.entities.cities`) --------

@pytest.mark.parametrize("text, place", [
    ("Một quả bom phát nổ tại quận Abu Ghraib, phía tây Baghdad.", "quận Abu Ghraib"),
    ("Người dân tháo chạy khỏi thành phố Khan Younis sau lệnh sơ tán.", "thành phố Khan Younis"),
    ("Đoàn cứu trợ đã đến tỉnh Kampong Thom của Campuchia.", "tỉnh Kampong Thom"),
])
def test_a_foreign_name_after_a_unit_head_is_a_location(text, place):
    found = spans(text)
    assert ("LOCATION", place) in found
    assert not any(label == "PERSON" for label, _ in found)


def test_a_foreign_person_without_a_head_stays_a_person():
    assert ("PERSON", "Abu Bakar") in spans("Ông Abu Bakar nói với báo giới rằng đàm phán sẽ tiếp tục.")


# -- "TP" keeps its name after a number that counts nothing (:mod:`vnnews.entities.mentions`) --

@pytest.mark.parametrize("text, province", [
    ("Đội CSGT số 3 TP Hà Nội đã xử lý 20 trường hợp vi phạm nồng độ cồn.", "TP Hà Nội"),
    ("Thuế cơ sở khu vực 1 TP Hồ Chí Minh thu ngân sách vượt kế hoạch.", "TP Hồ Chí Minh"),
    ("Tổng đài 113 thành phố Đà Nẵng nhận được tin báo lúc 2 giờ sáng.", "thành phố Đà Nẵng"),
])
def test_a_number_before_the_type_word_does_not_cut_it(text, province):
    assert ("PROVINCE", province) in spans(text)


def test_a_count_before_a_list_still_leaves_the_type_word_out():
    found = spans("Mưa lớn gây ngập ở 3 tỉnh Quảng Trị, Huế và Quảng Ngãi.")
    assert ("PROVINCE", "Quảng Trị") in found
    assert ("PROVINCE", "Quảng Ngãi") in found
    assert not any(name.startswith("tỉnh") for _, name in found)


# -- bodies abroad: the phrase defining an acronym, "+" groups (:mod:`vnnews.entities.acronyms`)

def test_the_phrase_defining_an_acronym_is_the_body():
    found = spans("Lực lượng Hỗ trợ Nhanh (RSF) đã rút khỏi thủ đô sau nhiều tuần giao tranh.")
    assert ("ORGANIZATION", "Lực lượng Hỗ trợ Nhanh") in found
    assert ("ORGANIZATION", "RSF") in found


def test_a_defined_body_keeps_the_country_inside_as_a_place():
    found = spans("Lực lượng Phòng vệ Israel (IDF) cho biết đã bắn hạ hai thiết bị bay.")
    assert ("ORGANIZATION", "Lực lượng Phòng vệ Israel") in found
    assert ("LOCATION", "Israel") in found


def test_a_country_after_of_is_not_part_of_the_defined_name():
    found = spans("Hội đồng chính sách tiền tệ của Nhật Bản (MPM) giữ nguyên lãi suất.")
    assert ("ORGANIZATION", "Hội đồng chính sách tiền tệ") in found


def test_a_byline_in_brackets_defines_nothing():
    found = spans("Công ty Hòa Bình đình công (NLĐ)- Sáng 3-4, hơn 100 công nhân nghỉ việc.")
    assert not any(label == "ORGANIZATION" and "đình công" in name for label, name in found)


def test_an_office_abroad_is_not_the_body_name():
    found = spans("Giám đốc Ngân hàng Thế giới tại Việt Nam (WB) đã ký hiệp định.")
    assert not any(label == "ORGANIZATION" and "tại" in name for label, name in found)


@pytest.mark.parametrize("text, body", [
    ("OPEC+ quyết định giữ nguyên sản lượng đến hết quý I.", "OPEC+"),
    ("Hội nghị ASEAN+3 khai mạc tại Kuala Lumpur.", "ASEAN+3"),
])
def test_a_plus_group_is_one_body(text, body):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert ("ORGANIZATION", body.split("+")[0]) not in found


# -- where a body's name ends (:mod:`vnnews.entities.org_name_ends`) ---------------------------

@pytest.mark.parametrize("text, body", [
    ("Cụm cảng hàng không miền Nam vừa khởi công nhà ga mới.", "Cụm cảng hàng không miền Nam"),
    ("Giám đốc Xí nghiệp Xây lắp dầu khí miền Trung bị bắt.", "Xí nghiệp Xây lắp dầu khí miền Trung"),
])
def test_a_region_word_closes_the_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body", [
    ("Ông Tấn, Phó cục trưởng Cục Thuế TP, cho biết sẽ thu ngay.", "Cục Thuế"),
    ("Thượng tá Thịnh, Trưởng Phòng CSGT TP, khẳng định việc đo tốc độ là cần thiết.", "Phòng CSGT"),
])
def test_a_bare_level_word_after_a_body_is_left_out(text, body):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert not any(label == "ORGANIZATION" and name.endswith(" TP") for label, name in found)


def test_a_level_word_with_a_name_stays_in_the_body():
    assert ("ORGANIZATION", "Cục Thuế TP Huế") in spans("Cục Thuế TP Huế cho biết số thu tăng.")


# -- streets after a house number (:mod:`vnnews.entities.streets`) -----------------------------

@pytest.mark.parametrize("text, street", [
    ("Hội thảo tổ chức tại khách sạn Sao Mai, 10-12 Lê Lợi, quận 1, TP HCM.", "Lê Lợi"),
    ("Văn phòng đặt tại 133 Nguyễn Huệ, Q.1, TP HCM.", "Nguyễn Huệ"),
    ("Buổi ra mắt ở khách sạn Duxton 63 Nguyễn Huệ quận 1, TP HCM.", "Nguyễn Huệ"),
])
def test_a_street_after_a_house_number_is_no_person(text, street):
    found = spans(text)
    assert ("LOCATION", street) in found
    assert ("PERSON", street) not in found


def test_a_score_before_a_name_is_no_address():
    found = spans("Đội bóng thắng 2-1 Hoàng Anh Gia Lai và giữ ngôi đầu.")
    assert not any(label == "LOCATION" and name == "Hoàng Anh Gia Lai" for label, name in found)


# -- a foreign city's police and court in lower case (:mod:`vnnews.entities.body_lower_case`) --

@pytest.mark.parametrize("text, body, city", [
    ("Người phát ngôn cảnh sát Los Angeles cho biết nghi phạm đã bị bắt.", "cảnh sát Los Angeles", "Los Angeles"),
    ("Bà đã nộp đơn lên tòa án Tehran đòi ly hôn.", "tòa án Tehran", "Tehran"),
])
def test_a_city_police_or_court_is_a_body(text, body, city):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert ("LOCATION", city) in found


def test_a_country_police_is_no_named_body():
    found = spans("Hơn 600 cảnh sát Thái Lan mất quyền xử phạt.")
    assert not any(label == "ORGANIZATION" for label, _ in found)


# -- a province's service bodies (:data:`vnnews.entities.body_words.SERVICE_PLACE_BODIES`) ------

@pytest.mark.parametrize("text, body, province", [
    ("Điện lực Đà Nẵng thông báo lịch cắt điện tuần tới.", "Điện lực Đà Nẵng", "Đà Nẵng"),
    ("Ông Phan, nguyên phó giám đốc Bưu điện Thanh Hóa, bị khởi tố.", "Bưu điện Thanh Hóa", "Thanh Hóa"),
])
def test_a_service_body_of_a_province(text, body, province):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert ("PROVINCE", province) in found


def test_a_service_word_without_a_place_names_no_body():
    assert not any(label == "ORGANIZATION" for label, _ in spans("Ngành điện lực và bưu điện văn hóa xã đều thiếu vốn."))


# -- "Hồ" after an honorific is the surname (:mod:`vnnews.entities.locations`) ---------------

def test_ho_after_an_honorific_is_a_surname_not_a_lake():
    found = spans("Công an đã bắt ông Hồ Tùng Lâm, Giám đốc Công ty địa ốc Bình An.")
    assert ("OFFICIAL", "Hồ Tùng Lâm") in found
    assert not any(label == "LOCATION" for label, _ in found)


def test_a_lake_without_an_honorific_stays_a_place():
    assert ("LOCATION", "Hồ Tây") in spans("Du khách dạo quanh Hồ Tây vào buổi sáng.")


# -- 2025–2026 commune departments and bodies ----------------------------------------------------

def test_a_department_named_by_a_list_of_fields():
    found = spans("Ông Sơn, Trưởng phòng Kinh tế, Hạ tầng và Đô thị phường Hà Đông, cho biết.")
    assert ("ORGANIZATION", "Kinh tế, Hạ tầng và Đô thị") in found
    assert ("COMMUNE", "phường Hà Đông") in found


@pytest.mark.parametrize("text, body", [
    ("Lực lượng Houthi tuyên bố tấn công một tàu hàng.", "Houthi"),
    ("Cổ phiếu ngân hàng dẫn dắt đà tăng trên HOSE.", "HOSE"),
])
def test_bodies_of_todays_news(text, body):
    assert ("ORGANIZATION", body) in spans(text)


# -- regional bodies of the 2025 reform (:mod:`vnnews.entities.regional_bodies`) -----------------

def test_a_regional_body_is_found_once():
    found = spans("Theo Chi cục Thống kê khu vực 3, chỉ số giá tiêu dùng tăng 0,3%.")
    assert [name for label, name in found if label == "ORGANIZATION"] == ["Chi cục Thống kê khu vực 3"]


def test_a_regional_procuracy_written_vien_ksnd():
    found = spans("Viện KSND khu vực 2 - Hà Nội truy tố 3 bị can.")
    assert ("ORGANIZATION", "Viện KSND khu vực 2 - Hà Nội") in found
    assert ("PROVINCE", "Hà Nội") in found


# -- the crimes a police unit investigates (:mod:`vnnews.entities.comma_bodies`) ----------------

@pytest.mark.parametrize("text, body", [
    ("Cục Cảnh sát điều tra tội phạm về ma túy Bộ Công an đã bắt 2 đối tượng.",
     "Cục Cảnh sát điều tra tội phạm về ma túy"),
    ("Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu (C03) vừa khởi tố vụ án.",
     "Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu"),
    ("Phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh Nghệ An cho biết.",
     "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
])
def test_a_police_unit_keeps_the_crimes_it_investigates(text, body):
    assert ("ORGANIZATION", body) in spans(text)


def test_what_the_police_unit_did_is_not_its_name():
    found = spans("Phòng Cảnh sát điều tra tội phạm về trật tự xã hội bắt quả tang hai đối tượng.")
    assert ("ORGANIZATION", "Phòng Cảnh sát điều tra tội phạm về trật tự xã hội") in found


def test_a_service_word_inside_a_company_name_starts_no_body():
    found = spans("Công ty Cổ phần xây lắp Bưu điện Hà Nội (HAS) được phát hành thêm cổ phiếu.")
    assert ("ORGANIZATION", "Công ty Cổ phần xây lắp Bưu điện Hà Nội") in found
    assert ("ORGANIZATION", "Bưu điện Hà Nội") not in found


# -- a place's body written alone names no body (:func:`vnnews.entities.organizations.without_bodies_alone`)

@pytest.mark.parametrize("text", [
    "Các xã phải báo cáo Ban Thường vụ trước ngày 15/11.",
    "Tại phiên tòa, bị cáo bị Viện Kiểm sát đề nghị mức án 3 năm tù.",
])
def test_a_place_body_alone_is_no_organization(text):
    assert not any(label == "ORGANIZATION" for label, _ in spans(text))


def test_a_named_department_alone_stays():
    assert ("ORGANIZATION", "Cục Hải quan") in spans("Theo Cục Hải quan, kim ngạch xuất khẩu tăng 15%.")


def test_the_supreme_courts_appellate_chamber_is_one_body():
    found = spans("Tòa phúc thẩm TAND tối cao tại Đà Nẵng bác đơn kháng cáo của bị cáo.")
    assert ("ORGANIZATION", "Tòa phúc thẩm TAND tối cao") in found
    assert ("ORGANIZATION", "TAND tối cao") not in found


def test_preventive_medicine_is_one_field():
    found = spans("Trung tâm Y tế dự phòng đã nhắc nhở ngành cấp nước.")
    assert ("ORGANIZATION", "Trung tâm Y tế dự phòng") in found


def test_a_house_number_after_a_hotel_is_no_part_of_its_name():
    found = spans("Hội thảo diễn ra tại khách sạn Duxton 63 Nguyễn Huệ, quận 1, TP HCM.")
    assert ("ORGANIZATION", "Duxton") in found
    assert ("LOCATION", "Nguyễn Huệ") in found


def test_a_number_ending_a_body_name_stays():
    assert ("ORGANIZATION", "Công ty Cầu 12") in spans("Công ty Cầu 12 vừa khởi công cầu mới.")


def test_a_numbered_body_before_its_holder_keeps_its_number():
    found = spans("Sau khi trưởng Phòng Kế hoạch PMU 18 Phạm Tiến Dũng bị bắt, dư luận xôn xao.")
    assert ("ORGANIZATION", "Phòng Kế hoạch PMU 18") in found


def test_defining_names_read_the_same_in_a_long_text():
    """Each bracket is judged on the entities near it: a name defined many times over (and a
    name cut by an earlier bracket's person) comes out the same at every repetition."""
    from vnnews.entities.acronyms import with_defining_names
    from vnnews.document import Entity
    from vnnews.entities.tokens import syllables

    one = "Ông Nam nói Lực lượng Phòng vệ Israel (IDF) và Tổ chức Toilet thế giới (WTO) họp. "
    many = one * 40
    person = [Entity("PERSON", 4, 7, "Nam")]
    single = [(e.start, e.end, e.label) for e in with_defining_names(one, syllables(one), person)]
    repeated = [Entity("PERSON", 4 + n * len(one), 7 + n * len(one), "Nam") for n in range(40)]
    got = [(e.start, e.end, e.label) for e in with_defining_names(many, syllables(many), repeated)]
    assert len(single) == 3 and got == [(s + n * len(one), e + n * len(one), label)
                                        for n in range(40) for s, e, label in single]
