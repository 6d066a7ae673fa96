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
