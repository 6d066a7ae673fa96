"""Thirteenth pass: officials whose names other finders read (team-written sentences)."""

from __future__ import annotations

import pytest

from vnnews.document import Entity
from vnnews.entities import extract_entities
from vnnews.entities.persons import join_regnal_numbers


def by_text(text, **options):
    return {e.text: e for e in extract_entities(text, **options)}


@pytest.mark.parametrize("text, holder, post", [
    # a name any finder reads right after a post is its holder
    ("Sáng nay, Thủ tướng Jacques de Villepin đã họp.", "Jacques de Villepin", "Thủ tướng"),
    ("Hôm qua Quốc vương Hussein III tiếp đoàn đại biểu.", "Hussein III", "Quốc vương"),
    ("Theo lời thượng tá Quang, vụ việc đã được báo cáo.", "Quang", "thượng tá"),
    # posts the shared list lacked
    ("Công tố viên Mario Rossini đề nghị mức án 10 năm.", "Mario Rossini", "Công tố viên"),
    ("Phó trạm Lê Văn Tâm cho biết dịch đã được khống chế.", "Lê Văn Tâm", "Phó trạm"),
    ("Kế toán trưởng Trần Thị Hoa bị khởi tố.", "Trần Thị Hoa", "Kế toán trưởng"),
    ("Bác sĩ Ngô Văn Hải, Trưởng đơn vị Hồi sức Bệnh viện Chợ Rẫy, cho biết.", "Ngô Văn Hải", "Trưởng đơn vị"),
    ("Ông Peter Walsh, điều phối viên của dự án, nói.", "Peter Walsh", "điều phối viên"),
    ("Theo Ahmad Fauzi, người đứng đầu Hội nông dân Java, giá lúa đã tăng.", "Ahmad Fauzi", "người đứng đầu"),
    # a post set off by a comma or a dash before the name
    ("Thị trưởng Berlin, Klaus Wowereit khai mạc hội chợ.", "Klaus Wowereit", "Thị trưởng"),
    ("Chủ tịch UBND tỉnh Quảng Trị, Lê Hữu Phúc nhấn mạnh điều đó.", "Lê Hữu Phúc", "Chủ tịch"),
    ("Cô là phó giám đốc Công ty Hòa Bình - Trần Thị Mai.", "Trần Thị Mai", "phó giám đốc"),
    # a given name alone after a post, a verb of a person after it
    ("Thứ trưởng Khánh cam kết sẽ sửa quy định.", "Khánh", "Thứ trưởng"),
    ("Theo đó, Giám đốc Tùng đã ký quyết định.", "Tùng", "Giám đốc"),
    # a name glued to the post's body, which the post reader stopped inside
    ("Cố vấn An ninh Quốc gia Stephen Hadley đã đến Bắc Kinh.", "Stephen Hadley", "Cố vấn"),
])
def test_names_with_posts_the_thirteenth_pass_reads(text, holder, post):
    entity = by_text(text)[holder]
    assert entity.label == "OFFICIAL"
    assert entity.positions[0]["post"] == post
    assert text[entity.start:entity.end] == holder


def test_a_name_after_a_post_but_not_right_after_it_keeps_no_post():
    entity = by_text("Chủ tịch nói rằng Jacques de Villepin đã đến.")["Jacques de Villepin"]
    assert entity.label == "PERSON"


@pytest.mark.parametrize("text, holder", [
    ("Khi Giáo hoàng John Paul II ngã xuống, cả thế giới bàng hoàng.", "John Paul II"),
    ("Nữ hoàng Elizabeth II phát biểu trước quốc hội.", "Elizabeth II"),
])
def test_a_regnal_number_belongs_to_the_name(text, holder):
    entity = by_text(text)[holder]
    assert entity.label == "OFFICIAL"
    assert entity.end == text.index(holder) + len(holder)


@pytest.mark.parametrize("text, name", [
    ("Ông Nguyễn Văn Tám II nói.", "Nguyễn Văn Tám"),  # not after a Vietnamese name
])
def test_no_regnal_number_is_read_where_none_is_written(text, name):
    assert name in by_text(text)


@pytest.mark.parametrize("text", ["Cho Mary Smith I xem.", "Cho Mary Smith IIx xem.", "Cho Mary Smith II-A xem."])
def test_a_lone_i_or_a_longer_word_is_no_regnal_number(text):
    name = Entity("PERSON", 4, 14, "Mary Smith", "Mary Smith")
    assert [e.text for e in join_regnal_numbers(text, [name])] == ["Mary Smith"]
def test_a_post_word_without_a_name_makes_no_official():
    assert all(e.label != "OFFICIAL" for e in extract_entities("Công tố viên đề nghị mức án 10 năm."))


def test_names_listed_after_an_official_keep_no_post():
    text = "Bị can gồm Lê Văn An (nguyên Chủ tịch HĐQT), Trần Văn Bình, Ngô Văn Cường và Lý Văn Dũng."
    entities = by_text(text)
    assert entities["Lê Văn An"].label == "OFFICIAL"
    assert [entities[name].label for name in ("Trần Văn Bình", "Ngô Văn Cường", "Lý Văn Dũng")] == ["PERSON"] * 3


def test_a_name_after_an_officials_name_and_a_comma_keeps_no_post():
    entities = by_text("Dự họp có Chủ tịch Nguyễn Văn Hai, Trần Văn Ba và nhiều người khác.")
    assert entities["Nguyễn Văn Hai"].label == "OFFICIAL"
    assert entities["Trần Văn Ba"].label == "PERSON"


def test_the_leadership_of_a_body_is_no_holders_post():
    assert all(e.label != "OFFICIAL" for e in extract_entities("Lãnh đạo Proton đã từ chối bình luận."))


@pytest.mark.parametrize("text, name", [
    ("Đón đoàn có Thủ tướng Manasseh Sogavare và Job Dudley Tausinga.", "Job Dudley Tausinga"),
    ("Ông là phát ngôn viên của Hãng Hàng không Quốc gia Lào Bounmy Vongsa.", "Bounmy Vongsa"),
])
def test_a_name_glued_after_a_conjunction_or_of_keeps_no_post(text, name):
    assert by_text(text, stacked=False)[name].label == "PERSON"


@pytest.mark.parametrize("text", [
    "Phó tư lệnh Quân khu 9 đã đến.",
    "Chủ tịch Phong trào Giải phóng đã đến.",
    "Bộ trưởng Tài chính cam kết giảm thuế.",
])
def test_a_word_of_a_body_after_a_post_is_no_given_name(text):
    assert all(e.label != "OFFICIAL" for e in extract_entities(text))
