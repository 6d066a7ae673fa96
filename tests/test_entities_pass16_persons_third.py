"""Sixteenth pass, persons: owners and foremen of a business hold a post; names of persons
that name a street or a school are no persons; a plural post covers each listed holder.
Team-written sentences."""

import pytest

from vnnews.entities import extract_entities


def _people(text, **options):
    return [(e.label, e.text) for e in extract_entities(text, **options) if e.label in {"PERSON", "OFFICIAL"}]


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
    ("Nhiều cửa hàng trên đường Nguyễn Trãi, Lê Văn Sỹ, Hai Bà Trưng đã mở cửa.", ["Lê Văn Sỹ"]),
    ("Xe máy dừng đỗ ở tuyến Trần Hưng Đạo và Lý Thường Kiệt bị phạt.", ["Trần Hưng Đạo", "Lý Thường Kiệt"]),
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
    assert _people(text, stacked=False) == []


def test_a_person_with_an_honorific_keeps_a_street_like_name():
    assert _people("Ông Lê Lợi đã đến tuyến đường mới.") == [("PERSON", "Lê Lợi")]


def test_full_name_after_a_street_list_outside_it_stays_a_person():
    text = "Cửa hàng trên đường Nguyễn Trãi đã đóng cửa, Nguyễn Văn Hùng cho biết."
    assert ("PERSON", "Nguyễn Văn Hùng") in _people(text)


@pytest.mark.parametrize("text, holders", [
    ("Các giám đốc Sở Tài chính Trần Văn Minh và Nguyễn Văn An đã ký văn bản.", ["Trần Văn Minh", "Nguyễn Văn An"]),
    ("Hai phó chủ tịch UBND tỉnh Nguyễn Văn Sơn và Lê Thị Hoa dự họp.", ["Nguyễn Văn Sơn", "Lê Thị Hoa"]),
    ("Các thứ trưởng Nguyễn Văn Sơn, Lê Thị Hoa, Trần Văn Ba cùng dự.", ["Nguyễn Văn Sơn", "Lê Thị Hoa", "Trần Văn Ba"]),
])
def test_a_plural_post_is_held_by_each_listed_name(text, holders):
    officials = [e for e in extract_entities(text) if e.label == "OFFICIAL"]
    assert [e.text for e in officials] == holders
    assert len({e.attrs["positions"][0]["post"].lower() for e in officials}) == 1


def test_a_singular_post_stays_with_the_first_name():
    assert _people("Bộ trưởng Nguyễn Văn Sơn và Lê Thị Hoa dự họp.") == [
        ("OFFICIAL", "Nguyễn Văn Sơn"), ("PERSON", "Lê Thị Hoa")]


def test_given_names_listed_after_a_plural_honorific_are_persons():
    assert _people("Các bị can Tùng, Dũng đã bị bắt.") == [("PERSON", "Tùng"), ("PERSON", "Dũng")]


def test_a_plural_trade_before_one_name_is_still_a_kind_of_people():
    assert _people("Các vận động viên Kendo, Judo đều đến.") == []


def test_a_name_after_a_compound_ending_in_truong_keeps_its_post():
    """"môi trường", "thị trường" end in "trường" but name no school (training sample)."""
    text = "Bộ trưởng Bộ Tài nguyên môi trường Phạm Khôi Nguyên cho rằng các địa phương cần làm."
    assert _people(text) == [("OFFICIAL", "Phạm Khôi Nguyên")]


def test_a_street_found_by_its_house_number_alone_opens_no_list():
    text = "Học sinh lớp 5/3 Nguyễn Thị Ngọc Hưởng, Lâm Thị Soan và Phạm Thị Dinh bình tĩnh nhất."
    assert ("PERSON", "Lâm Thị Soan") in _people(text)


def test_a_capitalised_compound_ending_in_truong_is_no_school_word():
    text = "Bộ trưởng Tài nguyên và Môi trường Mai Ái Trực và Bộ trưởng Công an Lê Hồng Anh dự họp."
    assert ("OFFICIAL", "Mai Ái Trực") in _people(text)
