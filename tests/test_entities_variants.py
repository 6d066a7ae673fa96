"""Entities on real-world variants of the text: ALL CAPS, lower case, no diacritics, the
other tone style, NFD, and documents mixing lines with and without diacritics.

The sentences are written by the team; the properties check that a transformed text's
entities point at the transformed characters of the clean text's entities.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews import Pipeline, extract_entities
from vnnews.entities.casing import caseless, recase
from vnnews.normalize import convert_tone_style, remove_diacritics

SENTENCES = [
    "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An làm việc tại xã Bình Định, huyện Kiến Xương.",
    "Ông Trần Đức Thuỷ, Phó Bí thư Tỉnh uỷ Khánh Hoà, thăm thành phố Nha Trang.",
    "Bộ Tư pháp và Bộ Công an họp tại Hà Nội với đại diện Ngân hàng Nhà nước.",
    "Bà Lê Thị Hoà nói UBND quận Hoàn Kiếm đã trả lời cử tri phường Hàng Bạc.",
]


def spans(entities) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in entities]


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in extract_entities(text)}


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(input_format="text", topic=False, words=False)


# ALL CAPS and lower case ---------------------------------------------------------------

def test_all_caps_headline_yields_the_entities_of_its_sentence_case():
    text = "CHỦ TỊCH UBND TỈNH THÁI BÌNH NGUYỄN VĂN AN LÀM VIỆC TẠI XÃ BÌNH ĐỊNH"
    found = labelled(text)
    assert ("OFFICIAL", "NGUYỄN VĂN AN") in found
    assert ("ORGANIZATION", "UBND TỈNH THÁI BÌNH") in found
    assert ("PROVINCE", "TỈNH THÁI BÌNH") in found
    assert ("COMMUNE", "XÃ BÌNH ĐỊNH") in found


def test_lower_case_comment_yields_persons_and_places():
    text = "ông nguyễn văn an nói ubnd tỉnh thái bình chưa trả lời"
    found = labelled(text)
    assert ("PERSON", "nguyễn văn an") in found
    assert ("PROVINCE", "tỉnh thái bình") in found


def test_recased_entities_keep_the_text_as_written_and_a_recased_name():
    text = "ÔNG NGUYỄN VĂN AN THĂM HÀ NỘI"
    entities = extract_entities(text)
    assert [(e.text, e.name) for e in entities if e.label == "PROVINCE"] == [("HÀ NỘI", "Hà Nội")]
    assert all(text[e.start:e.end] == e.text for e in entities)


def test_official_positions_point_into_the_caps_text():
    text = "CHỦ TỊCH UBND TỈNH THÁI BÌNH NGUYỄN VĂN AN THĂM XÃ BÌNH ĐỊNH"
    official = next(e for e in extract_entities(text) if e.label == "OFFICIAL")
    position = official.attrs["positions"][0]
    assert text[position["start"]:position["end"]] == position["text"] == "CHỦ TỊCH UBND TỈNH THÁI BÌNH"


def test_only_the_caseless_line_is_recased():
    text = "Ông An thăm Hà Nội.\nBỘ TƯ PHÁP LÀM VIỆC VỚI UBND TỈNH"
    recased = recase(text)
    assert recased.split("\n")[0] == "Ông An thăm Hà Nội."
    assert recased.split("\n")[1].startswith("Bộ Tư pháp")


def test_a_lower_case_line_among_capitalised_ones_is_left_as_written():
    text = "Ông An thăm Hà Nội.\nngười nào đó đánh giá cao tâm hồn bạn, người nào đó yêu bạn"
    assert recase(text) is text
    assert recase(text.split("\n")[1]) != text.split("\n")[1]  # alone, it is a lower-case writer's text


FILLER = [  # team-written lines of a local news article, no names in them
    "mưa lớn kéo dài nhiều ngày khiến nước sông dâng cao, nhiều tuyến đường bị ngập sâu.",
    "người dân đã kê cao đồ đạc, di chuyển gia súc lên vùng đất cao để tránh thiệt hại.",
    "lực lượng chức năng túc trực tại các điểm xung yếu, hướng dẫn người đi đường.",
    "theo báo cáo ban đầu, hàng trăm héc ta lúa và hoa màu bị ngập úng trong đêm qua.",
    "các trường học cho học sinh nghỉ để bảo đảm an toàn cho đến khi nước rút hẳn.",
]


def lower_case_article(words: int) -> tuple[str, list[str]]:
    """A lower-case article of about ``words`` words: filler lines, then the lines that name
    an official and provinces (after the first 200 words: recasing used to stop there)."""
    named = ["chủ tịch ubnd tỉnh quảng bình trần thắng đã thị sát vùng ngập.",
             "ông nguyễn văn hùng, giám đốc sở nông nghiệp, cho biết tỉnh hà tĩnh cũng bị ảnh hưởng."]
    lines, count = [], 0
    while count < words - sum(len(n.split()) for n in named):
        line = FILLER[len(lines) % len(FILLER)]
        lines.append(line)
        count += len(line.split())
    return "\n".join(lines[:len(lines) // 2] + named + lines[len(lines) // 2:]), named


def test_a_lower_case_article_of_1000_words_reads_its_officials_and_provinces(nlp):
    text, _ = lower_case_article(1000)
    assert text.islower() and len(text.split()) >= 1000
    for entities in (extract_entities(text), nlp(text).entities):
        found = {(e.label, e.text) for e in entities}
        assert ("PROVINCE", "tỉnh quảng bình") in found
        assert ("PROVINCE", "tỉnh hà tĩnh") in found
        assert ("OFFICIAL", "trần thắng") in found
        assert ("PERSON", "nguyễn văn hùng") in found or ("OFFICIAL", "nguyễn văn hùng") in found
        assert all(text[e.start:e.end] == e.text for e in entities)


def test_a_long_lower_case_text_is_recased_line_by_line_as_each_line_alone():
    text, named = lower_case_article(600)
    recased = recase(text)
    assert recased is not text and len(recased) == len(text)
    for line in named:
        assert recase(line) in recased.split("\n")


def test_an_all_caps_headline_above_a_normal_body_is_recased_and_the_body_left_alone():
    headline = "CHỦ TỊCH UBND TỈNH QUẢNG BÌNH TRẦN THẮNG THĂM VÙNG NGẬP"
    body = "Ông Nguyễn Văn Hùng, Giám đốc Sở Nông nghiệp, cho biết tỉnh Hà Tĩnh cũng bị ảnh hưởng."
    text = headline + "\n" + body
    assert recase(text).split("\n")[1] == body
    found = {(e.label, e.text) for e in extract_entities(text)}
    assert {("OFFICIAL", "TRẦN THẮNG"), ("PROVINCE", "TỈNH QUẢNG BÌNH"), ("PROVINCE", "tỉnh Hà Tĩnh")} <= found
    shift = len(headline) + 1
    body_alone = {(e.start + shift, e.end + shift, e.label) for e in extract_entities(body)}
    assert {(e.start, e.end, e.label) for e in extract_entities(text) if e.start >= shift} == body_alone


def test_text_whose_case_carries_information_is_left_alone():
    text = "Ông An thăm Hà Nội.\nTP.HCM\nHÀ NỘI"  # short capital lines: datelines, not headlines
    assert recase(text) is text
    assert not caseless("Bộ Tư pháp làm việc với UBND")


# no diacritics, mixed documents ---------------------------------------------------------

def test_pipeline_restores_then_maps_entities_onto_the_text_without_diacritics(nlp):
    text = "Chu tich UBND tinh Thai Binh Nguyen Van An lam viec tai xa Binh Dinh."
    doc = nlp(text)
    found = {(e.label, e.text) for e in doc.entities}
    assert ("ORGANIZATION", "UBND tinh Thai Binh") in found
    assert ("OFFICIAL", "Nguyen Van An") in found
    assert all(text[e.start:e.end] == e.text for e in doc.entities)


def test_pipeline_restores_the_lines_without_diacritics_of_a_mixed_document(nlp):
    text = ("Bộ Tư pháp họp tại Hà Nội với đại diện các tỉnh phía Bắc.\n"
            "Chu tich UBND tinh Thai Binh Nguyen Van An phat bieu tai hoi nghi.")
    doc = nlp(text)
    assert doc.meta.get("diacritics_restored") is True
    assert doc.normalized.split("\n")[0] == text.split("\n")[0]  # the accented line as it was
    found = {(e.label, e.text) for e in doc.entities}
    assert ("ORGANIZATION", "Bộ Tư pháp") in found
    assert ("OFFICIAL", "Nguyen Van An") in found


def test_pipeline_leaves_an_accented_document_with_a_short_ascii_line_unrestored(nlp):
    doc = nlp("Bộ Tư pháp họp tại Hà Nội với đại diện các tỉnh phía Bắc.\nTheo AFP")
    assert not doc.meta.get("diacritics_restored")


# tone style and NFD ---------------------------------------------------------------------

def test_old_tone_style_and_nfd_give_the_same_entities():
    text = SENTENCES[1]
    clean = labelled(text)
    assert labelled(convert_tone_style(text, "old")) == {
        (label, convert_tone_style(t, "old")) for label, t in clean}
    assert labelled(unicodedata.normalize("NFD", text)) == {
        (label, unicodedata.normalize("NFD", t)) for label, t in clean}


# properties -----------------------------------------------------------------------------

def nfd_positions(text: str) -> list[int]:
    positions, at = [], 0
    for char in text:
        positions.append(at)
        at += len(unicodedata.normalize("NFD", char))
    return positions + [at]


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(SENTENCES), st.sampled_from(["nfd", "old", "new"]))
def test_entities_of_a_transformed_text_are_the_transformed_entities(text, transform):
    clean = spans(extract_entities(text))
    if transform == "nfd":
        positions = nfd_positions(text)
        changed = unicodedata.normalize("NFD", text)
        expected = [(positions[s], positions[e], label) for s, e, label in clean]
    else:
        changed = convert_tone_style(text, transform)
        expected = clean
    assert spans(extract_entities(changed)) == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
       st.lists(st.sampled_from([str.upper, str.lower, remove_diacritics, lambda t: t]), min_size=3, max_size=3))
def test_entities_of_case_and_mark_variants_point_inside_the_text(chosen, transforms):
    text = "\n".join(f(s) for f, s in zip(transforms, chosen))
    for e in extract_entities(text):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start:e.end] == e.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạầấễệịộờứựỳ ÀẢĐÊÔƠƯ.,\n")), max_size=80))
def test_recase_only_changes_case_and_keeps_the_length(text):
    out = recase(text)
    assert len(out) == len(text)
    assert all(o in {c, c.upper(), c.lower()} for o, c in zip(out, text))
    assert recase(text.upper()).lower() == text.upper().lower()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(FILLER + SENTENCES), min_size=20, max_size=40), st.sampled_from([str.lower, str.upper]))
def test_a_long_caseless_text_keeps_its_length_characters_and_offsets(lines, case):
    text = "\n".join(case(line) for line in lines)  # 300+ words: longer than recasing used to read
    out = recase(text)
    assert len(out) == len(text) and out.lower() == text.lower()
    assert all(o in {c, c.upper(), c.lower()} for o, c in zip(out, text))
    for e in extract_entities(text):
        assert text[e.start:e.end] == e.text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăbcdđghinotuưxàảạầễịờ AĂĐTHUƯỜ.-,\n0123")), max_size=60))
def test_recasing_a_recased_text_changes_nothing(text):
    for variant in (text, text.upper(), text.lower()):
        once = recase(variant)
        assert recase(once) is once
        assert spans(extract_entities(variant)) == spans(extract_entities(once))


# units read off the text as written, beside the restored reading ------------------------

def test_units_written_with_their_type_word_replace_what_the_restored_text_read_over_them():
    from vnnews.document import Entity
    from vnnews.entities.as_written import with_units_as_written

    text = "UBND xa Ia Dom, huyen Duc Co"
    restored = [Entity("ORGANIZATION", 0, 14, text[0:14]), Entity("LOCATION", 8, 14, text[8:14])]
    as_written = [Entity("COMMUNE", 5, 14, text[5:14], attrs={"name_start": 8}),
                  Entity("DISTRICT", 16, 28, text[16:28], attrs={"name_start": 22}),
                  Entity("PERSON", 8, 14, text[8:14])]
    merged = with_units_as_written(restored, as_written)
    assert [(e.label, e.start, e.end) for e in merged] == [
        ("ORGANIZATION", 0, 14), ("COMMUNE", 5, 14), ("DISTRICT", 16, 28)]


def test_pipeline_reads_communes_without_diacritics_off_the_text_as_written(nlp):
    text = "Ong Nguyen Van An o xa Binh Dao, huyen Thang Binh, tinh Quang Nam."
    found = {(e.label, e.text) for e in nlp(text).entities}
    assert {("COMMUNE", "xa Binh Dao"), ("DISTRICT", "huyen Thang Binh"), ("PROVINCE", "tinh Quang Nam")} <= found
