"""Sixteenth pass, input variants: ``extract_entities`` restores the diacritics of text
written without them (as the Pipeline does), with offsets into the text given.

The sentences are written by the team.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews import Pipeline, extract_entities
from vnnews.errors import InputError
from vnnews.normalize import remove_diacritics

ACCENTED = [
    "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An làm việc tại xã Bình Định, huyện Kiến Xương.",
    "Bà Lê Thị Hoà, Giám đốc Sở Tư pháp, nói UBND quận Hoàn Kiếm đã trả lời cử tri phường Hàng Bạc.",
    "Ông Trần Văn Minh, Phó Chủ tịch UBND tỉnh Quảng Ngãi, thăm Bệnh viện Đa khoa tỉnh.",
]


def spans(entities) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in entities]


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(input_format="text", topic=False, words=False, sentences=False)


def test_unaccented_text_is_restored_before_the_rules_read_it():
    text = remove_diacritics(ACCENTED[0])
    found = extract_entities(text)
    assert ("OFFICIAL", "Nguyen Van An", "Nguyễn Văn An") in {(e.label, e.text, e.name) for e in found}
    assert ("ORGANIZATION", "UBND tinh Thai Binh") in {(e.label, e.text) for e in found}
    assert all(e.attrs["diacritics_restored"] is True for e in found)
    assert all(text[e.start:e.end] == e.text for e in found)


def test_restored_entities_are_the_entities_of_the_accented_text():
    for accented in ACCENTED:
        assert spans(extract_entities(remove_diacritics(accented))) == spans(extract_entities(accented))


def test_restore_false_reads_the_text_as_written():
    text = remove_diacritics(ACCENTED[2])
    plain = extract_entities(text, restore=False)
    assert not any("diacritics_restored" in e.attrs for e in plain)
    assert ("OFFICIAL", "Tran Van Minh") in {(e.label, e.name) for e in plain}
    assert ("OFFICIAL", "Trần Văn Minh") in {(e.label, e.name) for e in extract_entities(text)}
    text = "Ong Nguyen Van Hung den Ha Noi"
    assert ("PROVINCE", "Ha Noi") not in {(e.label, e.text) for e in extract_entities(text, restore=False)}
    assert ("PROVINCE", "Ha Noi") in {(e.label, e.text) for e in extract_entities(text)}


def test_accented_text_is_not_restored_and_equals_restore_false():
    for text in ACCENTED:
        auto = extract_entities(text)
        assert not any("diacritics_restored" in e.attrs for e in auto)
        assert [e.to_dict() for e in auto] == [e.to_dict() for e in extract_entities(text, restore=False)]


def test_restore_true_on_accented_text_changes_no_span():
    text = ACCENTED[1]
    forced = extract_entities(text, restore=True)
    assert spans(forced) == spans(extract_entities(text))
    assert all(e.attrs["diacritics_restored"] for e in forced)


def test_the_unaccented_line_of_a_mixed_text_is_restored():
    first = "Bộ Tư pháp họp tại Hà Nội với đại diện các tỉnh phía Bắc."
    text = first + "\n" + remove_diacritics(ACCENTED[2])
    found = extract_entities(text)
    assert ("OFFICIAL", "Tran Van Minh") in {(e.label, e.text) for e in found}
    assert ("ORGANIZATION", "Bộ Tư pháp") in {(e.label, e.text) for e in found}
    assert all(text[e.start:e.end] == e.text for e in found)


def test_a_short_ascii_line_in_accented_text_does_not_trigger_restoration():
    text = ACCENTED[0] + "\nTheo AFP"
    assert not any("diacritics_restored" in e.attrs for e in extract_entities(text))


def test_a_bad_restore_value_is_an_input_error():
    with pytest.raises(InputError):
        extract_entities("Hà Nội", restore="yes")


def test_extract_entities_gives_the_pipelines_entities_on_unaccented_text(nlp):
    text = remove_diacritics(" ".join(ACCENTED))
    doc_entities = [(e.start, e.end, e.label, e.name, e.attrs.get("diacritics_restored")) for e in nlp(text).entities]
    assert doc_entities == [(e.start, e.end, e.label, e.name, e.attrs.get("diacritics_restored"))
                            for e in extract_entities(text)]


def test_units_as_written_survive_restoration():
    text = "Nguoi dan xa Binh Dao, huyen Thang Binh da thu hoach lua."
    found = {(e.label, e.text) for e in extract_entities(text)}
    assert ("COMMUNE", "xa Binh Dao") in found
    assert ("DISTRICT", "huyen Thang Binh") in found


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(ACCENTED), min_size=1, max_size=3),
       st.lists(st.booleans(), min_size=3, max_size=3),
       st.sampled_from([True, False, "auto"]))
def test_offsets_point_into_the_text_given_whatever_the_marks(chosen, strip, restore):
    text = "\n".join(remove_diacritics(s) if flag else s for s, flag in zip(chosen, strip))
    for e in extract_entities(text, restore=restore):
        assert text[e.start:e.end] == e.text
        for position in e.attrs.get("positions", []):
            assert text[position["start"]:position["end"]] == position["text"]


def test_a_post_without_diacritics_is_named_in_its_restored_form():
    official = next(e for e in extract_entities("Thu truong Bo Cong an Le Van Tam noi.") if e.label == "OFFICIAL")
    position = official.attrs["positions"][0]
    assert (official.text, official.name) == ("Le Van Tam", "Lê Văn Tám")
    assert (position["text"], position["post"], position["body"]) == ("Thu truong Bo Cong an", "Thứ trưởng", "Bộ Công an")


def test_a_registered_unit_as_written_replaces_a_restored_location_on_the_same_span():
    from vnnews.document import Entity
    from vnnews.entities.as_written import with_units_as_written

    text = "cac xa Cong Hai, Ho Hai da tra thoc."
    restored = [Entity("COMMUNE", 7, 15, text[7:15], attrs={"code": "22840", "name_start": 7}),
                Entity("LOCATION", 17, 23, text[17:23])]
    as_written = [Entity("COMMUNE", 7, 15, text[7:15], attrs={"code": "22840", "name_start": 7}),
                  Entity("COMMUNE", 17, 23, text[17:23], attrs={"code": "22861", "name_start": 17})]
    merged = with_units_as_written(restored, as_written)
    assert [(e.label, e.start, e.end) for e in merged] == [("COMMUNE", 7, 15), ("COMMUNE", 17, 23)]
    unregistered = [as_written[0], Entity("COMMUNE", 17, 23, text[17:23], attrs={"code": None, "name_start": 17})]
    assert ("LOCATION", 17, 23) in [(e.label, e.start, e.end) for e in with_units_as_written(restored, unregistered)]


def test_communes_of_a_list_without_diacritics_stay_communes():
    found = {(e.label, e.text) for e in extract_entities("cac xa con lai nhu Cong Hai, Ho Hai da tra thoc.")}
    assert {("COMMUNE", "Cong Hai"), ("COMMUNE", "Ho Hai")} <= found
