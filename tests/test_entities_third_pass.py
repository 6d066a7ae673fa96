"""Third pass on entity quality (rules found on VNTC training articles): team-written
sentences, each row a rule that could break."""

import pytest

from vnnews import extract_entities


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text)]


@pytest.mark.parametrize("text, expected, absent", [
    # a body's head word inside a country name starts no body
    ("Tờ El Pais của Tây Ban Nha viết rằng đội bóng đã thua.", ("LOCATION", "Tây Ban Nha"),
     ("ORGANIZATION", "Ban Nha viết")),
    # a description before a company's name does not run across "của"
    ("Tập đoàn ô tô lớn nhất của Hàn Quốc này vừa cảnh báo.", ("LOCATION", "Hàn Quốc"),
     ("ORGANIZATION", "Tập đoàn ô tô lớn nhất của Hàn Quốc")),
    # a surname that is also a head ("Đoàn") followed by a full name is a person
    ("Đoàn Văn Hậu: Tôi đã cố gắng hết sức", ("PERSON", "Đoàn Văn Hậu"),
     ("ORGANIZATION", "Đoàn Văn Hậu")),
    # "và" before a known one-word body joins two bodies, not one name
    ("Công ty Tân Phú và Vietcombank đã ký hợp đồng.", ("ORGANIZATION", "Vietcombank"),
     ("ORGANIZATION", "Công ty Tân Phú và Vietcombank")),
])
def test_organisation_boundaries(text, expected, absent):
    found = spans(text)
    assert expected in found
    assert absent not in found


def test_youth_union_is_still_a_body():
    assert ("ORGANIZATION", "Đoàn Thanh tra Bộ Y tế") in spans("Đoàn Thanh tra Bộ Y tế làm việc tại đây.")


@pytest.mark.parametrize("text, name", [
    ("Chiều qua, HLV Calderon đã công bố danh sách.", "Calderon"),
    ("Cú sút của anh bị thủ môn Minh Tuấn đẩy ra.", "Minh Tuấn"),
    ("Vở diễn do NSND Lan Hương dàn dựng.", "Lan Hương"),
    ("Bộ phim của đạo diễn Quang Dũng ra mắt hôm qua.", "Quang Dũng"),
    ("Tay vợt Maria Sharapova thắng dễ.", "Maria Sharapova"),
])
def test_sport_and_culture_professions_cue_a_name(text, name):
    assert ("PERSON", name) in spans(text)


def test_upper_case_honorific_is_not_taken_for_a_place_word():
    found = spans("Đội bóng của HLV Riedl thua trận.")
    assert ("PERSON", "Riedl") in found


@pytest.mark.parametrize("text, names", [
    ("Ông Riedl đã gạch tên Mạnh Dũng, Lê Văn Thành, Hồng Sơn và Quý Sửu.",
     ["Mạnh Dũng", "Lê Văn Thành", "Hồng Sơn", "Quý Sửu"]),
    ("Trước Tết, Quốc Vượng, Nguyễn Văn Quyến, Quốc Anh đã được triệu tập.",
     ["Quốc Vượng", "Nguyễn Văn Quyến", "Quốc Anh"]),
])
def test_items_of_a_comma_list_beside_a_person_are_persons(text, names):
    found = spans(text)
    for name in names:
        assert ("PERSON", name) in found


@pytest.mark.parametrize("text, not_person", [
    ("Tại Thanh Xuân, Nguyễn Văn An bị bắt.", "Tại Thanh Xuân"),
    ("Nguyễn Văn An, Giám đốc Sở Y tế, cho biết.", "Giám"),
    ("Ông Trần Văn Bình, Hà Nội, cho biết.", "Hà Nội"),
])
def test_comma_list_rule_does_not_take_other_words(text, not_person):
    assert ("PERSON", not_person) not in spans(text)
