"""Fifteenth pass on entity quality (organisations): team-written sentences, none from a
gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import spans


@pytest.mark.parametrize("text, body", [
    ("Một số cán bộ hải quan Đà Nẵng đã bị đình chỉ công tác.", "hải quan Đà Nẵng"),
    ("Cháu bé được chuyển lên bệnh viện huyện Bình Chánh cấp cứu.", "bệnh viện huyện Bình Chánh"),
    ("Nạn nhân đang điều trị tại bệnh viện đa khoa tỉnh Thái Bình.", "bệnh viện đa khoa tỉnh Thái Bình"),
    ("Theo cục thuế tỉnh Bình Dương, số thu năm nay tăng 12%.", "cục thuế tỉnh Bình Dương"),
    ("Tiền được nộp vào kho bạc huyện Đông Anh ngay trong ngày.", "kho bạc huyện Đông Anh"),
    ("Số liệu của trung tâm y tế huyện Cần Giờ cho thấy số ca tăng.", "trung tâm y tế huyện Cần Giờ"),
])
def test_a_lower_case_customs_tax_treasury_or_hospital_of_a_unit_is_an_organisation(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text", [
    "Các bệnh viện tỉnh Long An đều đã quá tải.",  # a plural: no one body
    "Số ca bệnh tại một số bệnh viện tỉnh Đồng Nai đang tăng.",  # "một số": several bodies
    "Anh Nam, bệnh viện tỉnh Nghệ An, cho biết bệnh nhân đã ổn.",  # a person's workplace
])
def test_a_plural_head_or_a_persons_job_names_no_body(text):
    assert not any(label == "ORGANIZATION" for label, _ in spans(text))


@pytest.mark.parametrize("text, body", [
    ("Tổng công ty Xây dựng số 4 vừa khởi công cây cầu.", "Tổng công ty Xây dựng số 4"),
    ("Ông là kỹ sư của Tổng công ty Lắp máy số 10 từ năm 1995.", "Tổng công ty Lắp máy số 10"),
    ("Công ty Cơ khí 2 đã bàn giao thiết bị cho đối tác.", "Công ty Cơ khí 2"),
])
def test_the_number_after_a_company_name_is_part_of_it(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body", [
    ("Công ty Cơ khí 3 năm liền thua lỗ.", "Công ty Cơ khí"),  # a count of years
    ("Tập đoàn Samsung số 1 thế giới về điện thoại.", "Tập đoàn Samsung"),  # a rank
    ("Công ty Sông Đà 5 tỷ đồng vốn điều lệ.", "Công ty Sông Đà"),  # an amount
])
def test_a_count_rank_or_amount_after_a_company_is_not_its_number(text, body):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert not any(label == "ORGANIZATION" and name.startswith(body + " ") for label, name in found)


@pytest.mark.parametrize("text, body", [
    ("Chiều nay, Đoàn ĐBQH tỉnh Quảng Nam tiếp xúc cử tri.", "Đoàn ĐBQH tỉnh Quảng Nam"),
    ("Bộ trưởng làm việc với đoàn đại biểu Quốc hội Đà Nẵng về dự án.", "đoàn đại biểu Quốc hội Đà Nẵng"),
    ("Sáng 5/6, đoàn đại biểu Quốc hội (ĐBQH) Cần Thơ đã giám sát.", "đoàn đại biểu Quốc hội (ĐBQH) Cần Thơ"),
])
def test_a_provinces_delegation_to_the_assembly_is_one_organisation(text, body):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert ("ORGANIZATION", "Quốc hội") not in found


def test_a_delegation_head_is_a_post_not_a_body():
    found = spans("Trưởng đoàn ĐBQH tỉnh Quảng Nam Phan Văn Tâm phát biểu.")
    assert not any(label == "ORGANIZATION" and name.lower().startswith("đoàn") for label, name in found)


@pytest.mark.parametrize("text, body, country", [
    ("Người biểu tình tụ tập trước sứ quán Pháp suốt buổi sáng.", "sứ quán Pháp", "Pháp"),
    ("Anh đã xin thị thực tại đại sứ quán Hàn Quốc ở Hà Nội.", "đại sứ quán Hàn Quốc", "Hàn Quốc"),
    ("Theo tổng lãnh sự quán Australia, hồ sơ đã được nhận.", "tổng lãnh sự quán Australia", "Australia"),
])
def test_a_lower_case_embassy_of_a_country_is_an_organisation(text, body, country):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    assert ("LOCATION", country) in found


def test_embassies_after_a_plural_are_no_one_body():
    found = spans("Các đại sứ quán Đức và Anh đều đã đóng cửa.")
    assert not any(label == "ORGANIZATION" for label, _ in found)
