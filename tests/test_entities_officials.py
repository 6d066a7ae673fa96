"""Officials: posts before and after the name, several posts, former posts, places."""

from __future__ import annotations

from vnnews.entities import extract_entities


def officials(text):
    return {e.text: e for e in extract_entities(text) if e.label == "OFFICIAL"}


def test_post_before_the_name_with_its_named_province():
    found = officials("Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận chủ trì hội nghị.")
    position, = found["Nguyễn Khắc Thận"].positions
    assert position["post"] == "Chủ tịch"
    assert position["body"] == "UBND tỉnh Thái Bình"
    assert position["place"] == "tỉnh Thái Bình"
    assert position["place_resolved"]["code"] == "34"
    assert position["place_resolved"]["how"] == "written"


def test_three_posts_after_the_name_and_a_former_one():
    text = ("Nguyễn Văn A, Phó Chủ tịch HĐND xã, Trưởng ban Kinh tế - Xã hội, "
            "nguyên Bí thư Đảng ủy xã Tân Thành bị kỷ luật.")
    positions = officials(text)["Nguyễn Văn A"].positions
    assert [p["post"] for p in positions] == ["Phó Chủ tịch", "Trưởng ban", "Bí thư"]
    assert [p["former"] for p in positions] == [False, False, True]
    assert positions[0]["level"] == "commune"


def test_post_between_dashes_and_in_brackets():
    assert "Ngô Hòa" in officials("Ông Ngô Hòa - Phó chủ tịch UBND tỉnh - cho biết như vậy.")
    assert "Huỳnh Đình Hùng" in officials("Huỳnh Đình Hùng (nguyên Giám đốc Công ty Cổ phần Đình Hùng) bị phạt.")


def test_rank_and_minister_before_names():
    found = officials("Thượng tướng Tô Lâm, Bộ trưởng Bộ Công an và Thứ trưởng Bành Tiến Long dự lễ.")
    assert [p["post"] for p in found["Tô Lâm"].positions] == ["Thượng tướng", "Bộ trưởng"]
    assert found["Tô Lâm"].positions[1]["body"] == "Bộ Công an"
    assert "Bành Tiến Long" in found


def test_level_only_post_resolves_to_the_province_of_the_text():
    text = ("Ông Trần Văn B, Chủ tịch UBND tỉnh, làm việc tại huyện Kiến Xương và huyện Thái Thụy.")
    position, = officials(text)["Trần Văn B"].positions
    assert position["place"] is None and position["level"] == "province"
    assert position["place_resolved"]["name"] == "Thái Bình"


def test_officials_without_diacritics():
    text = "Chu tich UBND tinh Nghe An Nguyen Duc Trung kiem tra de dieu tai huyen Hung Nguyen."
    found = officials(text)
    assert found["Nguyen Duc Trung"].positions[0]["place_resolved"]["name"] == "Nghệ An"


def test_a_word_after_a_post_is_not_a_name():
    text = "Trách nhiệm thuộc về Trưởng phòng Hành chính của bệnh viện."
    assert not [e for e in extract_entities(text) if e.label in {"OFFICIAL", "PERSON"}]


def test_minister_named_by_sector_abbreviation():
    found = officials("Các đơn vị báo cáo với Bộ trưởng GTVT Đào Đình Bình hôm qua.")
    assert [(p["post"], p["body"]) for p in found["Đào Đình Bình"].positions] == [("Bộ trưởng", "GTVT")]


def test_a_verb_and_honorific_end_a_body_name():
    entities = extract_entities("Chủ tịch Uỷ ban Mặt trận Tổ quốc tiếp ông Nguyễn Cao Kỳ tại Hà Nội.")
    assert [(e.label, e.text) for e in entities][:2] == [
        ("ORGANIZATION", "Uỷ ban Mặt trận Tổ quốc"), ("PERSON", "Nguyễn Cao Kỳ")]


def test_post_given_as_a_predicate_makes_an_official():
    from vnnews import extract_entities

    found = {e.text: e for e in extract_entities("Bà Lê Thị Hoa hiện giữ chức Phó chủ tịch UBND huyện Gò Quao.")}
    assert found["Lê Thị Hoa"].label == "OFFICIAL"
    assert found["Lê Thị Hoa"].attrs["positions"][0]["post"] == "Phó chủ tịch"
    found = {e.text: e for e in extract_entities("Sau đó ông Hoàng vẫn giữ cương vị giám đốc Xuân Hòa.")}
    assert found["Hoàng"].label == "OFFICIAL"


def test_predicate_without_a_post_leaves_a_person():
    from vnnews import extract_entities

    found = {e.text: e.label for e in extract_entities("Ông Trần Văn Tâm là nông dân ở xã Tân Tiến.")}
    assert found["Trần Văn Tâm"] == "PERSON"
