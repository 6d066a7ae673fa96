"""Organisations and other locations."""

from __future__ import annotations

from vnnews.entities import extract_entities


def labelled(text, label):
    return [e.text for e in extract_entities(text) if e.label == label]


def test_bodies_of_a_place_and_national_bodies():
    text = "UBND tỉnh Quảng Trị, Công an quận 3 và Quốc hội; UBND tỉnh họp."
    assert labelled(text, "ORGANIZATION") == ["UBND tỉnh Quảng Trị", "Công an quận 3", "Quốc hội"]


def test_ministries_with_sector_names_stop_before_the_verb():
    text = "Bộ Tài chính quyết định, Sở Giao thông công chính và Bộ Giáo dục và Đào tạo đồng ý."
    assert labelled(text, "ORGANIZATION") == ["Bộ Tài chính", "Sở Giao thông công chính", "Bộ Giáo dục và Đào tạo"]


def test_two_bodies_joined_are_two():
    assert labelled("liên Bộ Nội vụ - Bộ Tài chính hướng dẫn", "ORGANIZATION") == ["Bộ Nội vụ", "Bộ Tài chính"]


def test_company_names_end_at_their_place_and_keep_their_alias():
    text = "Tập đoàn Điện lực Việt Nam (EVN) ký với Công ty TNHH Tam Nguyên nhập hàng."
    assert labelled(text, "ORGANIZATION") == ["Tập đoàn Điện lực Việt Nam", "EVN", "Công ty TNHH Tam Nguyên"]
    assert labelled(text, "LOCATION") == ["Việt Nam"]


def test_place_inside_an_organisation_is_kept_too():
    text = "Sở Tài chính tỉnh Quảng Ngãi cho biết."
    entities = [(e.label, e.text) for e in extract_entities(text)]
    assert entities == [("ORGANIZATION", "Sở Tài chính tỉnh Quảng Ngãi"), ("PROVINCE", "tỉnh Quảng Ngãi")]


def test_villages_streets_rivers_countries():
    text = "Người dân ấp An Phú, thôn 3 gần sông Hồng và đường Trần Duy Hưng sang Lào, Campuchia."
    assert labelled(text, "LOCATION") == ["ấp An Phú", "thôn 3", "sông Hồng", "đường Trần Duy Hưng", "Lào", "Campuchia"]


def test_common_words_ending_in_a_head_noun_are_not_places():
    text = "Lực lượng lao động Việt Nam khám phá Hà Nội; yêu cầu Yteco nộp; nông thôn Việt Nam."
    assert [t for t in labelled(text, "LOCATION") if t != "Việt Nam"] == []


def test_language_is_not_a_country():
    assert labelled("Anh ấy học tiếng Anh và đổi bảng Anh sang USD.", "LOCATION") == []


def test_a_number_ends_an_organisation_name():
    assert labelled("Trụ tháp do Công ty Cầu 12 thi công.", "ORGANIZATION") == ["Công ty Cầu 12"]


def test_a_country_in_brackets_is_not_an_alias():
    text = "Hợp đồng giữa Công ty Servik (Nga) và Công ty Vicarrent."
    assert labelled(text, "ORGANIZATION") == ["Công ty Servik", "Công ty Vicarrent"]
    assert labelled(text, "LOCATION") == ["Nga"]


def test_lower_case_heads_are_left_out_of_the_name():
    text = "Hãng bán lẻ: hãng Tesco và hãng Asda thuộc tập đoàn Wal Mart; ngân hàng Nhà nước cho biết."
    assert labelled(text, "ORGANIZATION") == ["Tesco", "Asda", "Wal Mart"]
