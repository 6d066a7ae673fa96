"""Fifteenth pass, persons: a post before a body the post reader did not read and the
holder's full name glued to it (sentences written by the team)."""

import pytest

from vnnews import extract_entities


def _labelled(text: str) -> dict[str, str]:
    return {e.text: e.label for e in extract_entities(text)}


@pytest.mark.parametrize("text, name", [
    ("Theo Phó phòng Kế hoạch nghiên cứu phát triển Nguyễn Xuân Thiện, khách đến ít.", "Nguyễn Xuân Thiện"),
    ("Chủ nhiệm Ủy ban Văn hóa xã hội Thanh thiếu niên Trần Thị Tâm Đan phát biểu.", "Trần Thị Tâm Đan"),
    ("Phó phòng Tổ chức cán bộ Lê Văn Hùng đã ký quyết định.", "Lê Văn Hùng"),
    ("Theo Trưởng BTC giải Dương Nghiệp Khôi, trận đấu bị hoãn.", "Dương Nghiệp Khôi"),
])
def test_post_over_an_unread_body_makes_an_official(text, name):
    assert _labelled(text).get(name) == "OFFICIAL"


@pytest.mark.parametrize("text, name", [
    ("Giám đốc Sở Y tế cho biết Nguyễn Văn An đã xuất viện.", "Nguyễn Văn An"),
    ("Chủ tịch UBND tỉnh trao bằng khen Nguyễn Thị Hoa vì thành tích xuất sắc.", "Nguyễn Thị Hoa"),
    ("Giám đốc Sở Tài chính đã gặp Trần Văn Minh tại trụ sở.", "Trần Văn Minh"),
    ("Phó phòng Kế hoạch ở xã Nguyễn Văn Minh kể lại.", "Nguyễn Văn Minh"),
])
def test_a_name_after_what_is_said_of_the_body_is_no_holder(text, name):
    assert _labelled(text).get(name) != "OFFICIAL"


def test_a_name_ending_a_company_after_the_post_is_no_holder():
    text = "Theo ông Dũng, Trưởng phòng tiếp thị Công ty cổ phần Cao su Sài Gòn Kim Đan, lương sẽ tăng."
    assert _labelled(text).get("Kim Đan") != "OFFICIAL"


@pytest.mark.parametrize("text, name", [
    ("Thậm chí nhà hàng La Core trên đường Hùng Vương còn phục vụ món ăn Mêhicô.", "La Core"),
    ("Cuộc hội thảo Star Digital Forum diễn ra tại Hà Nội.", "Star Digital Forum"),
    ("Công ty lập một doanh nghiệp mới mang tên Network General để phát triển sản phẩm.", "Network General"),
    ("Khách sạn Đồng Khánh từ ngày 7/3 khai trương buffet.", "Đồng Khánh"),
])
def test_a_venue_or_an_event_is_no_person(text, name):
    assert _labelled(text).get(name) not in {"PERSON", "OFFICIAL"}


def test_the_owner_of_a_venue_stays_a_person():
    assert _labelled("Chủ quán Trần Văn Hai cho biết quán mở cửa từ sáng.").get("Trần Văn Hai") == "PERSON"


def test_a_post_over_a_university_and_its_city_reaches_the_holder():
    text = "Hiệu phó ĐH Khoa học tự nhiên ĐH Quốc gia Hà Nội Bùi Duy Cam cho ví dụ."
    assert _labelled(text).get("Bùi Duy Cam") == "OFFICIAL"


def test_a_full_name_after_mang_ten_stays_a_person():
    text = "Anh trao một học bổng âm nhạc mang tên Đặng Thái Sơn cho sinh viên xuất sắc."
    assert _labelled(text).get("Đặng Thái Sơn") == "PERSON"
