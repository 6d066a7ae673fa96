"""Organisations on unseen news (the twentieth stop): sentences written by the team in the
shape of kinds of error that recur over the seen gold batches, none copied from a gold batch."""

import pytest

from vnnews.entities import extract_entities


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)]


def organizations(text):
    return [name for label, name in spans(text) if label == "ORGANIZATION"]


# -- a capitalised head and a name wholly in lower case (:mod:`vnnews.entities.lower_case_names`)

@pytest.mark.parametrize("text, name", [
    ("Sáng nay, Trung tâm dự báo khí tượng thủy văn phát tin bão khẩn cấp.",
     "Trung tâm dự báo khí tượng thủy văn"),
    ("Ông Tâm, Giám đốc Nhà máy thiết bị bưu điện, cho biết sẽ tăng vốn.",
     "Nhà máy thiết bị bưu điện"),
    ("Khoản vay do Quỹ hỗ trợ phát triển cho vay đã được giải ngân.",
     "Quỹ hỗ trợ phát triển"),
    ("Hội thảo do Viện nghiên cứu thực phẩm quốc gia tổ chức tại Hà Nội.",
     "Viện nghiên cứu thực phẩm quốc gia"),
    ("Công ty xúc tiến thương mại và phát triển kinh tế đã ký hợp đồng.",
     "Công ty xúc tiến thương mại và phát triển kinh tế"),
])
def test_a_lower_case_name_after_a_capitalised_head(text, name):
    assert name in organizations(text)


def test_a_lower_case_name_ends_at_a_place_and_takes_it():
    found = spans("Hôm qua, Nhà máy thiết bị bưu điện Hà Nội cho biết sẽ tăng vốn.")
    assert ("ORGANIZATION", "Nhà máy thiết bị bưu điện Hà Nội") in found
    assert ("PROVINCE", "Hà Nội") in found


@pytest.mark.parametrize("text", [
    "Ban chuyên án đã làm rõ đường dây buôn lậu.",  # one field word: a task, no name
    "Hội đồng nghệ thuật chấm điểm các thí sinh.",
    "Các Trung tâm thông tin thương mại đều báo giá tăng.",  # a plural: no one body
    "Đoàn công tác của tỉnh đã về tới nơi.",  # not a head read here
    "Cục trưởng Nguyễn Văn An ký quyết định.",  # a post
])
def test_no_body_from_a_task_a_plural_or_a_post(text):
    assert not any(name.split()[0] in {"Ban", "Hội", "Các", "Trung", "Đoàn", "Cục"} and name.split()[1].islower()
                   for name in organizations(text))


@pytest.mark.parametrize("text, name", [
    ("Ban quản lý dự án thủy điện 5 đã bàn giao mặt bằng.", "Ban quản lý dự án thủy điện"),
    ("Tiền được chuyển cho Quỹ hỗ trợ Phát triển Nông thôn.", "Quỹ hỗ trợ"),
    ("Liên đoàn địa chất thủy văn - địa chất công trình miền Nam khoan thử.", "Liên đoàn địa chất thủy văn"),
])
def test_a_lower_case_name_is_not_cut_where_it_goes_on(text, name):
    assert name not in organizations(text)


# -- a name written a capital to each word does not run into the verb after it (:mod:`vnnews.entities.org_name_ends`)

@pytest.mark.parametrize("text, name", [
    ("Giấy phép do Ủy ban Chứng khoán Nhà nước cấp cho công ty hôm qua.", "Ủy ban Chứng khoán Nhà nước"),
    ("Bộ Lao động Thương binh Xã hội kết hợp với tỉnh mở lớp dạy nghề.", "Bộ Lao động Thương binh Xã hội"),
    ("Cháu được đưa vào Bệnh viện Nhi Trung ương ngay sau khi sinh.", "Bệnh viện Nhi Trung ương"),
])
def test_a_name_ends_before_the_verb_after_its_last_word(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize("text, name", [
    ("Theo Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh Quảng Ninh, mưa đã ngớt.",
     "Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu nạn tỉnh Quảng Ninh"),
    ("Cuộc họp của Ban Chỉ đạo Phòng chống dịch cúm H5N1 kéo dài đến tối.",
     "Ban Chỉ đạo Phòng chống dịch cúm H5N1"),
])
def test_lower_case_words_that_reach_a_capital_or_a_number_stay_in_the_name(text, name):
    assert name in organizations(text)


# -- a body right before the province it serves (:mod:`vnnews.entities.branch_provinces`)

@pytest.mark.parametrize("text, name, province", [
    ("Bà Lan, Giám đốc Ngân hàng Nhà nước Đà Nẵng, cho biết lãi suất sẽ giữ nguyên.",
     "Ngân hàng Nhà nước Đà Nẵng", "Đà Nẵng"),
    ("Từ tháng sau, Vietcombank Cần Thơ mở thêm hai phòng giao dịch.", "Vietcombank Cần Thơ", "Cần Thơ"),
])
def test_a_body_takes_the_province_right_after_it(text, name, province):
    found = spans(text)
    assert ("ORGANIZATION", name) in found
    assert ("PROVINCE", province) in found


def test_a_body_that_ends_with_its_own_unit_takes_no_province():
    found = organizations("Trung tâm Y tế quận 3 TP HCM vừa nhận thêm thuốc.")
    assert "Trung tâm Y tế quận 3" in found


# -- army units named by a number (:mod:`vnnews.entities.numbered`, :mod:`.places_in_bodies`)

@pytest.mark.parametrize("text, name", [
    ("Bộ Tư lệnh Quân khu 9 vừa tổ chức diễn tập phòng thủ.", "Bộ Tư lệnh Quân khu 9"),
    ("Ông từng là chính ủy Sư đoàn 2 trong những năm chiến tranh.", "Sư đoàn 2"),
])
def test_an_army_unit_named_by_a_number(text, name):
    found = spans(text)
    assert ("ORGANIZATION", name) in found
    assert not any(label == "LOCATION" and text_.startswith("khu") for label, text_ in found)


def test_a_place_inside_a_body_after_an_acronym_stays():
    found = spans("Tổng thư ký LĐBĐ châu Á đã tới Hà Nội.")
    assert ("LOCATION", "châu Á") in found


# -- a ministry's department by a word of its field (:mod:`vnnews.entities.organizations`)

@pytest.mark.parametrize("text, name", [
    ("Theo thống kê của Vụ Điều trị, số ca mắc đã giảm.", "Vụ Điều trị"),
    ("Ông Hùng, chuyên viên Vụ Xuất nhập khẩu, bị khởi tố.", "Vụ Xuất nhập khẩu"),
])
def test_a_department_named_by_a_field_word(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize("text", [
    "Vụ Năm Cam được đưa ra xét xử.",
    "Vụ Viện trưởng VKSND tỉnh bị kiện vẫn chưa có kết quả.",
])
def test_a_case_is_no_department(text):
    assert not any(name.startswith("Vụ") for name in organizations(text))


# -- "Phân viện" heads a unit of the body written after it (:mod:`vnnews.entities.org_head_words`)

def test_a_branch_institute_before_its_ministry():
    found = organizations("Mẫu vật đã được gửi tới Phân viện Khoa học hình sự Bộ Công an để giám định.")
    assert "Phân viện Khoa học hình sự" in found
    assert "Bộ Công an" in found


# -- a province or country opening a clause of a match sentence is the team (:mod:`vnnews.entities.teams`)

@pytest.mark.parametrize("text, team", [
    ("Sang hiệp 2, Bình Định vẫn chơi phòng ngự và chỉ chờ phản công.", "Bình Định"),
    ("Phút 42, Hải Phòng được hưởng quả phạt trực tiếp nhưng thủ môn đã đẩy ra.", "Hải Phòng"),
    ("Ở lượt về, Indonesia đã dồn ép trong suốt hiệp 1.", "Indonesia"),
])
def test_a_place_opening_a_clause_of_a_match_is_the_team(text, team):
    assert team in organizations(text)


@pytest.mark.parametrize("text, place", [
    ("Vào tháng 9, Thái Lan sẽ tổ chức một giải đấu giao hữu cho đội U23.", "Thái Lan"),
    ("Ngày 2-5, Công an quận 1 - TP HCM đã bắt hai cầu thủ đánh bạc.", "TP HCM"),
])
def test_a_host_or_the_place_of_a_body_stays_a_place(text, place):
    assert place not in organizations(text)


# -- "<foreign brand> Vina" is a company (:mod:`vnnews.entities.brand_branches`)

@pytest.mark.parametrize("text, name", [
    ("Hàng trăm công nhân của Hansung Vina đã đình công.", "Hansung Vina"),
    ("Nguyên giám đốc Kumho Vina bị khởi tố.", "Kumho Vina"),
])
def test_a_foreign_brand_with_vina_is_a_company(text, name):
    found = spans(text)
    assert ("ORGANIZATION", name) in found
    assert not any(label in {"PERSON", "OFFICIAL"} and name in text_ for label, text_ in found)
