"""Sixteenth pass, persons: owners and foremen of a business hold a post; names of persons
that name a street or a school are no persons; a plural post covers each listed holder.
Team-written sentences."""

import pytest

from vnnews.entities import extract_entities


def _people(text):
    return [(e.label, e.text) for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}]


def _labelled(text, label):
    return [e.text for e in extract_entities(text) if e.label == label]


@pytest.mark.parametrize("text, name", [
    ("Ông Phạm Văn Lộc, chủ cơ sở sản xuất nước đá ở huyện Châu Thành, cho biết.", "Phạm Văn Lộc"),
    ("Theo chủ doanh nghiệp Trần Thị Hạnh, hàng hóa đã bị ướt hết.", "Trần Thị Hạnh"),
    ("Bà Lê Thị Mai - chủ lò gạch ở xã Tân Lập, nói rằng giá than đã tăng.", "Lê Thị Mai"),
    ("Anh Võ Văn Tâm, chủ vựa trái cây tại chợ Long Xuyên, kể lại.", "Võ Văn Tâm"),
    ("Quản đốc Nguyễn Hữu Phước đã cho công nhân nghỉ.", "Nguyễn Hữu Phước"),
])
def test_owner_and_foreman_of_a_business_are_officials(text, name):
    assert ("OFFICIAL", name) in _people(text)


def test_owner_of_a_shop_stays_a_person():
    """"chủ quán", "chủ cửa hàng": trades before a name (the gold's reading), not posts."""
    assert _people("Chủ cửa hàng hoa Mohammad Siddique cho biết đã đặt thêm hàng.") == [("PERSON", "Mohammad Siddique")]


@pytest.mark.parametrize("text, streets", [
    ("Nhiều cửa hàng trên đường Nguyễn Trãi, Lê Văn Sỹ đã mở cửa.", ["Lê Văn Sỹ"]),
    ("Xe máy dừng đỗ ở tuyến Trần Hưng Đạo, Lý Thường Kiệt bị phạt.", ["Trần Hưng Đạo", "Lý Thường Kiệt"]),
    ("Nhóm thanh niên hành hung chủ quán cà phê số 12 Nguyễn Thái Học.", ["Nguyễn Thái Học"]),
])
def test_names_of_streets_are_locations(text, streets):
    assert _people(text) == []
    for street in streets:
        assert street in _labelled(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Trưởng Phòng Đào tạo ĐH Bán công Tôn Đức Thắng cho biết sẽ công bố điểm chuẩn.",
    "Học sinh trường Lê Quý Đôn đạt giải nhất cuộc thi.",
    "Năm nay Dân lập Văn Lang tuyển 1.600 sinh viên.",
])
def test_names_of_schools_are_no_persons(text):
    assert _people(text) == []


def test_a_person_with_an_honorific_keeps_a_street_like_name():
    assert _people("Ông Lê Lợi đã đến tuyến đường mới.") == [("PERSON", "Lê Lợi")]


def test_full_name_after_a_street_list_outside_it_stays_a_person():
    text = "Cửa hàng trên đường Nguyễn Trãi đã đóng cửa, Nguyễn Văn Hùng cho biết."
    assert ("PERSON", "Nguyễn Văn Hùng") in _people(text)
