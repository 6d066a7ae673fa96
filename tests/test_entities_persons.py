"""Persons: name structure, honorifics, given names alone, short forms, places that look like names."""

from __future__ import annotations

from vnnews.entities import extract_entities


def people(text):
    return [(e.label, e.text) for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}]


def test_full_names_and_honorifics():
    text = "Ông Nguyễn Tấn Sanh và chị Dung gặp luật sư Trần Đình Triển."
    assert people(text) == [("PERSON", "Nguyễn Tấn Sanh"), ("PERSON", "Dung"), ("PERSON", "Trần Đình Triển")]


def test_short_form_links_to_the_full_name():
    text = "Ông Nguyễn Văn Hùng, Chủ tịch UBND xã, cho biết. Sau đó ông Hùng đề nghị xã rà soát."
    entities = [e for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}]
    full, short = entities
    assert (full.label, short.text) == ("OFFICIAL", "Hùng")
    assert short.attrs["refers_to"]["name"] == "Nguyễn Văn Hùng"
    assert text[short.attrs["refers_to"]["start"]:short.attrs["refers_to"]["end"]] == "Nguyễn Văn Hùng"


def test_given_name_alone_inside_a_sentence():
    assert ("PERSON", "Tòng") in people("Đến ngày 15/3, Tòng đã bị công an bắt giữ.")


def test_capitalised_words_are_not_given_names():
    # "Quy hoạch", "Thanh tra" start with a syllable that is also a name
    assert people("Sở vừa công bố Quy hoạch chi tiết; Thanh tra văn hoá vào cuộc.") == []


def test_provinces_and_countries_are_not_persons():
    text = "Hà Nam, Hà Nội và trẻ em Việt Nam; Nguyễn Văn Đức sang Đức."
    assert people(text) == [("PERSON", "Nguyễn Văn Đức")]


def test_names_in_streets_and_schools_are_not_persons():
    text = "Vụ cháy tại 66/39 Trần Văn Kỷ, gần Trường Mầm non Trần Lãm và đường Nguyễn Cư Trinh."
    assert people(text) == []


def test_unreadable_given_names_file_is_a_model_error(tmp_path, monkeypatch):
    import pytest

    from vnnews.entities import persons
    from vnnews.errors import ModelError

    broken = tmp_path / "given_names.json"
    broken.write_text('{"syllables": {"Tòng": {"alone": 0}}}', encoding="utf-8")
    monkeypatch.setattr(persons, "model_file", lambda *parts: broken)
    with pytest.raises(ModelError):
        persons.given_name_shares.__wrapped__()  # the loader itself, not the cached result


def test_concurrent_calls_agree():
    from concurrent.futures import ThreadPoolExecutor

    text = "Tòng đã gặp ông Nguyễn Văn An, Chủ tịch UBND xã Bình Định, huyện Kiến Xương."
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: [e.to_dict() for e in extract_entities(text)], range(8)))
    assert all(r == results[0] for r in results)


def test_given_name_of_a_full_name_and_names_joined_by_va():
    text = "Nghe kêu cứu từ nhà Trương Thị Trúc (22 tuổi), láng giềng thấy Trúc và Hải bê bết máu."
    found = {e.text: e for e in extract_entities(text) if e.label == "PERSON"}
    assert set(found) == {"Trương Thị Trúc", "Trúc", "Hải"}
    assert found["Trúc"].attrs["refers_to"]["name"] == "Trương Thị Trúc"


def test_country_between_post_and_name():
    text = "Thủ tướng tiếp Đại sứ Hoa Kỳ Marc Knapper tại Hà Nội."
    found = [(e.label, e.text) for e in extract_entities(text)]
    assert ("LOCATION", "Hoa Kỳ") in found and ("OFFICIAL", "Marc Knapper") in found


def test_a_name_after_tai_is_an_address():
    text = "Ngô Quang Tuấn (SN 1989, trú tại Bạch Mai) bị bắt."
    assert people(text) == [("PERSON", "Ngô Quang Tuấn")]
