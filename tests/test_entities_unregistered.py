"""Communes written with their type word but absent from the registry."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities
from vnnews.entities.places import find_admin_units
from vnnews.entities.unregistered import find_unregistered_communes


def communes(text: str) -> list[tuple[str, bool]]:
    return [(e.text, e.attrs.get("registered", True)) for e in extract_entities(text) if e.label == "COMMUNE"]


def test_a_typed_name_missing_from_the_registry_is_an_unlinked_commune_placed_by_what_follows():
    text = "Người dân xã Cắm Muội, huyện Quế Phong, tỉnh Nghệ An đã nhận gạo cứu đói."
    [commune] = [e for e in extract_entities(text) if e.label == "COMMUNE"]
    assert (commune.text, commune.name, commune.attrs["code"], commune.attrs["registered"]) == (
        "xã Cắm Muội", "Cắm Muội", None, False)
    assert text[commune.start:commune.end] == commune.text
    assert [p["name"] for p in commune.attrs["parents"]] == ["Quế Phong", "Nghệ An"]


def test_the_body_of_an_unregistered_commune_is_found_with_it():
    labels = {(e.label, e.text) for e in extract_entities("Ông Hùng, Chủ tịch UBND xã Loõng Ruồng (Mộc Châu), nói.")}
    assert ("COMMUNE", "xã Loõng Ruồng") in labels
    assert ("ORGANIZATION", "UBND xã Loõng Ruồng") in labels


def test_registered_communes_keep_their_registry_link():
    [(text, registered)] = communes("Bà con xã Hải Yên, huyện Tĩnh Gia đã về.")
    assert (text, registered) == ("xã Hải Yên", True)


def test_words_that_only_look_like_a_type_word_give_no_commune():
    for text in ("Hợp tác xã Vận tải Bình Chánh vận chuyển hàng.", "Ông xã Khoa rất hiền.",
                 "Anh đi dạo khắp phố phường Hà Nội.", "Trường Xã Đàn dạy trẻ câm điếc.",
                 "Tại thị trấn Brighton, nước Anh, trời mưa."):
        assert communes(text) == [], text


def test_a_person_named_after_the_type_word_is_no_commune():
    entities = extract_entities("Chủ tịch UBND xã Trần Văn Tòng cho biết như vậy.")
    assert not any(e.label == "COMMUNE" for e in entities)
    assert ("OFFICIAL", "Trần Văn Tòng") in {(e.label, e.text) for e in entities}


def test_the_name_stops_before_a_person_named_after_it():
    found = find_unregistered_communes("Ông trưởng thôn xã Ka Lăng Hoàng Văn Minh kể lại.", [])
    assert [e.text for e in found] == ["xã Ka Lăng"]


def test_thi_tran_needs_vietnamese_letters_and_xa_after_thi_is_a_town():
    assert [e.text for e in find_unregistered_communes("Về thị trấn Nậm Sài ăn Tết.", [])] == ["thị trấn Nậm Sài"]
    assert find_unregistered_communes("Về thị xã Nậm Sài ăn Tết.", []) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["xã", "phường", "thị trấn", "Cắm", "Muội", "Hải", "Yên", ",", "huyện", "Quế",
                                 "Phong", "Nguyễn", "Văn", "ông", "hợp tác", "Đắk", "Nên", "\n", "."]), max_size=14))
def test_unregistered_communes_never_overlap_the_places_given(words):
    text = " ".join(words)
    places = find_admin_units(text)
    for e in find_unregistered_communes(text, places):
        assert text[e.start:e.end] == e.text and e.label == "COMMUNE" and e.attrs["code"] is None
        assert e.text.split(" ")[0].lower() in ("xã", "phường", "thị")
        assert not any(p.start < e.end and e.start < p.end for p in places)


def test_names_closed_by_va_share_a_singular_type_word():
    text = "Dịch cúm xuất hiện ở xã Tân Phú, Tân Thành và Phú Hữu (huyện Nhơn Trạch)."
    assert [(e.label, e.text) for e in find_admin_units(text)] == [
        ("COMMUNE", "xã Tân Phú"), ("COMMUNE", "Tân Thành"), ("COMMUNE", "Phú Hữu"), ("DISTRICT", "huyện Nhơn Trạch")]
    assert [e.text for e in find_admin_units("Người dân huyện Đồng Văn và Mèo Vạc thiếu nước.")] == [
        "huyện Đồng Văn", "Mèo Vạc"]


def test_an_address_chain_is_no_list():
    found = [(e.label, e.text) for e in find_admin_units("Ông ở xã Tân Phú, Đồng Phú, Bình Phước và làm ruộng.")]
    assert ("COMMUNE", "xã Tân Phú") in found and all(label != "COMMUNE" for label, t in found if t != "xã Tân Phú")


def test_highland_names_match_through_the_spellings_news_uses():
    for written, name in {"huyện Krông Ana": "Krông A Na", "huyện Đăk Đoa": "Đak Đoa", "huyện Chư Pảh": "Chư Păh",
                          "huyện Krông Păk": "Krông Pắc", "huyện Đắc R’lấp": "Đắk R'Lấp", "huyện Ea Hleo": "Ea H'leo"}.items():
        [unit] = find_admin_units(f"Người dân {written} đã về.")
        assert (unit.text, unit.name) == (written, name)


def test_vietnamese_names_still_need_their_own_marks():
    assert find_admin_units("Người dân huyện Hóa Bính đã về.") == []
    assert [e.name for e in find_admin_units("Người dân huyện Hoà Bình đã về.")] == ["Hòa Bình"]


def test_a_place_name_inside_an_industrial_zone_is_no_administrative_unit():
    assert [e.text for e in find_admin_units("Nhà máy ở KCN Phú Mỹ, huyện Tân Thành.")] == []
    assert [e.text for e in find_admin_units("Ông về Phú Mỹ, Bà Rịa - Vũng Tàu.")] == ["Phú Mỹ", "Bà Rịa - Vũng Tàu"]
