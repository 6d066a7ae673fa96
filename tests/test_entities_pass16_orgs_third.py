"""Sixteenth entity pass (organisations, the third organisations pass): team-written
sentences, none from a gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import spans


@pytest.mark.parametrize("text, unit, parent", [
    ("Phòng Cảnh sát kinh tế Công an tỉnh Nghệ An đã khởi tố vụ án.",
     "Phòng Cảnh sát kinh tế", "Công an tỉnh Nghệ An"),
    ("Đội Cảnh sát giao thông Công an huyện Đông Anh lập biên bản.",
     "Đội Cảnh sát giao thông", "Công an huyện Đông Anh"),
    ("Phòng Đào tạo Trường ĐH Bách khoa Hà Nội thông báo lịch thi.",
     "Phòng Đào tạo", "Trường ĐH Bách khoa Hà Nội"),
    ("Trung tâm Thông tin Bộ Tài chính cho biết số liệu này.",
     "Trung tâm Thông tin", "Bộ Tài chính"),
    ("Phòng Tài chính - Kế hoạch UBND xã Tân Phú đã trình phương án.",
     "Phòng Tài chính - Kế hoạch", "UBND xã Tân Phú"),
    ("Phòng Cảnh sát hình sự Công an TP Hà Nội đã bắt giữ hai đối tượng.",
     "Phòng Cảnh sát hình sự", "Công an TP Hà Nội"),
])
def test_a_unit_written_before_the_body_it_belongs_to_is_a_body_of_its_own(text, unit, parent):
    found = spans(text)
    assert ("ORGANIZATION", unit) in found and ("ORGANIZATION", parent) in found


@pytest.mark.parametrize("text, body", [
    ("Ban Thường vụ Huyện ủy Thái Thụy họp phiên thường kỳ.", "Ban Thường vụ Huyện ủy Thái Thụy"),
    ("Thanh tra Bộ Xây dựng đã kết luận vụ việc.", "Thanh tra Bộ Xây dựng"),
    ("Trung tâm Kiểm soát bệnh tật TP Hà Nội khuyến cáo người dân.", "Trung tâm Kiểm soát bệnh tật TP Hà Nội"),
])
def test_a_body_whose_head_is_no_unit_keeps_its_whole_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body, reused", [
    ("Sở Giao thông vận tải (GTVT) TP HCM vừa đề xuất cấm xe. Theo GTVT TP HCM, lệnh cấm bắt đầu từ tháng 9.",
     "Sở Giao thông vận tải (GTVT) TP HCM", "GTVT TP HCM"),
    ("Sở Tài nguyên và Môi trường (TN&MT) tỉnh Quảng Nam đã kiểm tra mỏ cát.",
     "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Quảng Nam", None),
])
def test_an_acronym_in_brackets_between_a_name_and_its_place_is_part_of_the_body(text, body, reused):
    found = spans(text)
    assert ("ORGANIZATION", body) in found
    acronym = body[body.index("(") + 1:body.index(")")]
    assert ("ORGANIZATION", acronym) not in found  # no body of its own inside the name
    if reused:
        assert ("ORGANIZATION", reused) in found


def test_an_acronym_in_brackets_with_no_place_after_it_stays_the_bodys_alias():
    found = spans("Tập đoàn Điện lực Việt Nam (EVN) cho biết sẽ tăng giá điện.")
    assert ("ORGANIZATION", "Tập đoàn Điện lực Việt Nam") in found and ("ORGANIZATION", "EVN") in found


@pytest.mark.parametrize("text, body", [
    ("Ban Giám đốc Bệnh viện Bạch Mai đã họp khẩn trong đêm.", "Bệnh viện Bạch Mai"),
    ("Ban Giám hiệu Trường THPT Lê Lợi quyết định kỷ luật học sinh.", "Trường THPT Lê Lợi"),
])
def test_the_managers_of_a_body_are_not_an_organisation_the_body_after_them_is(text, body):
    found = [name for label, name in spans(text) if label == "ORGANIZATION"]
    assert found == [body]


def test_a_management_board_alone_is_no_organisation():
    assert not any(label == "ORGANIZATION" for label, _ in spans("Ngay từ đầu năm học, Ban Giám đốc đã chỉ đạo."))


@pytest.mark.parametrize("text, body", [
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Mao Ninh khẳng định lập trường này.", "Bộ Ngoại giao Trung Quốc"),
    ("Vụ trưởng châu Á của Bộ Ngoại giao Nhật Sasaki sẽ sang Hà Nội.", "Bộ Ngoại giao Nhật"),
])
def test_a_foreign_ministry_ends_at_its_country_before_the_holder_of_the_post(text, body):
    found = [name for label, name in spans(text, stacked=False) if label == "ORGANIZATION"]
    assert body in found and not any(name.startswith(body + " ") for name in found)


def test_the_short_form_of_the_national_assemblys_standing_committee_is_one_body():
    found = [name for label, name in spans("Chiều nay, Thường vụ Quốc hội cho ý kiến về dự án luật.") if label == "ORGANIZATION"]
    assert found == ["Thường vụ Quốc hội"]


@pytest.mark.parametrize("text, body", [
    ("Công ty TNHH Xuất nhập khẩu Hoa Cảnh bị phạt vì khai sai thuế.", "Công ty TNHH Xuất nhập khẩu Hoa Cảnh"),
    ("Hợp đồng được ký với Công ty Xuất nhập khẩu Bình Tây từ năm ngoái.", "Công ty Xuất nhập khẩu Bình Tây"),
])
def test_a_company_whose_trade_is_one_word_of_three_syllables_keeps_the_name_after_it(text, body):
    assert ("ORGANIZATION", body) in spans(text)
