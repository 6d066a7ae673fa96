"""find_admin_units: type words, context, abbreviations, no diacritics, offsets."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities.places import find_admin_units
from vnnews.errors import InputError


def places(text):
    found = find_admin_units(text)
    for e in found:
        assert text[e.start : e.end] == e.text
    return found


def only(text, label=None):
    found = [e for e in places(text) if label is None or e.label == label]
    assert len(found) == 1, found
    return found[0]


def test_type_word_decides_commune_or_former_province():
    commune = only("Lãnh đạo xã Bình Định trao thư cảm ơn.")
    assert (commune.label, commune.admin_type, commune.text) == ("COMMUNE", "xã", "xã Bình Định")
    province = only("Chủ tịch UBND tỉnh Bình Định dự lễ.")
    assert (province.label, province.code, province.period) == ("PROVINCE", "52", "pre2025")
    assert [(s["name"], s["code"], s["province"]) for s in province.successors] == [("Gia Lai", "52", "Gia Lai")]


def test_district_in_context_picks_the_commune():
    e = only("Xã Bình Định, huyện Kiến Xương tổ chức hội nghị.", "COMMUNE")
    assert (e.code, e.period, e.ambiguous) == ("13186", "pre2025", False)
    assert [p["name"] for p in e.parents] == ["Kiến Xương", "Thái Bình"]
    assert [(s["name"], s["province"]) for s in e.successors] == [("Bình Định", "Hưng Yên")]
    assert e.split is False


def test_province_in_context_picks_the_commune():
    e = only("Về xã Bình Định. Thái Bình đang vào mùa gặt.", "COMMUNE")
    assert (e.code, e.period, e.ambiguous) == ("13186", "pre2025", False)
    other = only("Về xã Bình Định. Tỉnh Vĩnh Phúc đang vào mùa gặt.", "COMMUNE")
    assert other.code == "09034" and not other.ambiguous


def test_new_province_in_context_picks_the_new_commune():
    e = only("Xã Bình Định (tỉnh Hưng Yên) vừa được thành lập.", "COMMUNE")
    assert (e.code, e.period, e.ambiguous) == ("13186", "post2025", False)
    assert e.parents == [{"name": "Hưng Yên", "code": "33", "admin_type": "tỉnh", "level": "province"}]


def test_name_without_context_stays_ambiguous_with_ranked_candidates():
    e = only("Cán bộ xã Bình Định ký cam kết.")
    assert e.ambiguous is True
    scores = [c["score"] for c in e.candidates]
    assert len(scores) == 5 and scores == sorted(scores, reverse=True)
    assert {c["province"] for c in e.candidates} == {"Hưng Yên", "Vĩnh Phúc", "Bắc Ninh", "Thái Bình", "Quảng Nam"}
    assert e.score <= 0.5  # no better than its best rival


def test_text_without_diacritics():
    commune, district, province = places("xa Binh Dinh, huyen Kien Xuong, tinh Thai Binh")
    assert (commune.label, commune.name, commune.code, commune.ambiguous) == ("COMMUNE", "Bình Định", "13186", False)
    assert (district.label, district.name) == ("DISTRICT", "Kiến Xương")
    assert (province.label, province.name) == ("PROVINCE", "Thái Bình")


def test_either_tone_style():
    old, new = places("tỉnh Hoà Bình và tỉnh Hòa Bình")
    assert old.code == new.code == "17"


@pytest.mark.parametrize(
    "text, written, code",
    [
        ("Người dân TP.HCM đi làm.", "TP.HCM", "79"),
        ("Người dân TPHCM đi làm.", "TPHCM", "79"),
        ("Người dân TP HCM đi làm.", "TP HCM", "79"),
        ("Người dân Sài Gòn đi làm.", "Sài Gòn", "79"),
        ("Người dân TP. Hồ Chí Minh đi làm.", "TP. Hồ Chí Minh", "79"),
        ("Trời HN mưa to.", "HN", "01"),
        ("Đến H. Kiến Xương rồi về.", "H. Kiến Xương", "343"),
        ("Trụ sở ở Q.1, TP.HCM.", "Q.1", "760"),
        ("Trụ sở ở Q1, TP.HCM.", "Q1", "760"),
        ("Dân TX. Hoài Nhơn, tỉnh Bình Định", "TX. Hoài Nhơn", "543"),
    ],
)
def test_abbreviations(text, written, code):
    assert any(e.text == written and e.code == code for e in places(text)), places(text)


def test_ordinary_words_named_like_communes_are_not_places():
    assert places("Cuộc sống tân tiến, thống nhất và hòa bình.") == []
    assert places("Tân Tiến là mục tiêu. Thống Nhất ý kiến.") == []
    assert places("cách xa Bình Định") == [] or only("cách xa Bình Định").label == "PROVINCE"
    assert places("hn") == []


def test_person_named_like_a_city_needs_its_type_word():
    assert places("Tư tưởng Hồ Chí Minh soi đường.") == []
    assert only("Tại Thành phố Hồ Chí Minh hôm qua").code == "79"


def test_bare_district_needs_its_province_or_a_commune_named():
    assert places("Kiến Xương có nhiều đổi mới.") == []
    e = only("Kiến Xương (Thái Bình) có nhiều đổi mới.", "DISTRICT")
    assert e.code == "343"


def test_party_committee_marks_the_unit_kind_but_not_the_span():
    e = only("Ban Thường vụ Huyện ủy Thái Thụy họp.")
    assert (e.label, e.text, e.code) == ("DISTRICT", "Thái Thụy", "341")


def test_numbered_ward_needs_its_type_word_and_context():
    assert places("Có 12 người.") == []
    ward = only("Phường 12, quận Gò Vấp", "COMMUNE")
    assert [p["name"] for p in ward.parents][0] == "Gò Vấp" and not ward.ambiguous


def test_same_province_before_and_after_is_one_place():
    e = only("Hải Phòng đón khách.")
    assert e.period == "post2025" and not e.ambiguous and e.score == 1.0


def test_decomposed_input_offsets_point_into_the_original():
    text = unicodedata.normalize("NFD", "Công an xã Bình Định, huyện Kiến Xương.")
    commune, district = places(text)
    assert unicodedata.normalize("NFC", commune.text) == "xã Bình Định"
    assert commune.code == "13186" and district.code == "343"


def test_bad_input_is_an_input_error():
    with pytest.raises(InputError):
        find_admin_units(b"xa Binh Dinh")


fragments = st.sampled_from(
    ["xã Bình Định", "huyện Kiến Xương", "TP.HCM", "Hà Nội", "tỉnh Thái Bình", "Q.1", " ", ", ", "Đ", "ờ", "xa", "\u0300", "Tỉnh", "\n"]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(fragments, st.text(max_size=4)), max_size=12))
def test_offsets_always_equal_the_original_slices(parts):
    text = "".join(parts)
    for e in find_admin_units(text):
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=20))
def test_prefix_shifts_offsets(prefix):
    text = "xã Bình Định, huyện Kiến Xương"
    base = [(e.start, e.end, e.code) for e in find_admin_units(text)]
    shifted = [(e.start - len(prefix) - 1, e.end - len(prefix) - 1, e.code) for e in find_admin_units(prefix + "\n" + text)]
    assert shifted[-len(base):] == base


@pytest.mark.slow
def test_sample_article_links_the_commune_in_kien_xuong(sample_article):
    found = places(sample_article)
    communes = [e for e in found if e.text == "xã Bình Định"]
    assert len(communes) == 3
    assert all(e.code == "13186" and e.period == "pre2025" and not e.ambiguous for e in communes)
    assert not any(e.label == "PROVINCE" and e.name == "Bình Định" for e in found)
    assert {"Kiến Xương", "Quỳnh Phụ", "Thái Thụy"} <= {e.name for e in found if e.label == "DISTRICT"}


@pytest.mark.parametrize(
    "text",
    [
        "Diễn đàn châu Á - Thái Bình Dương khai mạc.",  # inside a longer proper name
        "Anh Nguyễn Thái Bình đi làm.",  # a person's name
        "Trụ sở ở 90 Nguyễn Du.",  # a street after a house number
        "Ùn tắc trên đường Điện Biên Phủ kéo dài.",  # a street
        "“Vinh danh nước Việt” là chủ đề.",  # a one-syllable name capitalised at a sentence start
        "Được ông Vinh đồng ý, chị Huế đi làm.",  # given names after an honorific
        "Cơ sở giống tại quận 9 do thú y giám sát.",  # a district abolished before the registry
    ],
)
def test_names_inside_other_names_are_not_places(text):
    assert places(text) == []


def test_hyphenated_province_in_any_spelling():
    for written in ["Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "BR-VT"]:
        e = only(f"Đại biểu tỉnh {written} phát biểu.")
        assert (e.code, e.ambiguous) == ("77", False)
        assert e.text.endswith(written)


@pytest.mark.parametrize(
    "written, official",
    [("Bắc Cạn", "Bắc Kạn"), ("Daklak", "Đắk Lắk"), ("Đắc Lắc", "Đắk Lắk"), ("Kontum", "Kon Tum")],
)
def test_older_spellings_of_a_province_link_to_the_registry_name(written, official):
    e = only(f"Mưa lớn ở tỉnh {written} từ đêm qua.")
    assert (e.text, e.name) == (f"tỉnh {written}", official)


def test_province_beats_its_own_capital_city_of_the_same_name():
    for name in ["Hải Dương", "Lào Cai", "Thái Bình"]:
        found = {x.text: x for x in places(f"Mưa lớn ở Hải Phòng, {name} và Nam Định.")}
        assert found[name].label == "PROVINCE" and not found[name].ambiguous


def test_commune_named_after_a_person_needs_its_type_word():
    assert [e.label for e in places("Phố Phan Chu Trinh (Hoàn Kiếm, Hà Nội) ngập.")] == ["DISTRICT", "PROVINCE"]
    assert only("phường Phan Chu Trinh, quận Hoàn Kiếm", "COMMUNE").code == "00085"


def test_plural_type_word_starts_a_list_of_names():
    text = "Thành phố gồm các phường Lê Hồng Phong, Nguyễn Nghiêm, Nghĩa Chánh và các xã Nghĩa Dũng, Nghĩa Dõng."
    found = places(text)
    assert [e.text for e in found] == ["Lê Hồng Phong", "Nguyễn Nghiêm", "Nghĩa Chánh", "Nghĩa Dũng", "Nghĩa Dõng"]
    assert [e.admin_type for e in found] == ["phường"] * 3 + ["xã"] * 2
    # one unambiguous item (Nghĩa Chánh, Nghĩa Dõng) places its siblings in the same city
    assert {e.parents[0]["code"] for e in found} == {"522"}
    assert not any(e.ambiguous for e in found)


def test_type_word_of_the_same_level_when_the_type_changed():
    e = only("Khu vực thuộc thị xã Cam Ranh, tỉnh Khánh Hòa.", "DISTRICT")
    assert (e.text, e.admin_type) == ("thị xã Cam Ranh", "thành phố")  # a city since 2010


def test_bay_and_industrial_park_names_are_not_places():
    assert places("Tàu vào vịnh Cam Ranh.") == []
    assert places("Nhà máy ở khu công nghiệp Trảng Bàng.") == []


def test_en_dash_in_a_hyphenated_name():
    e = only("Tỉnh Bà Rịa – Vũng Tàu mưa lớn.")
    assert (e.text, e.code) == ("Tỉnh Bà Rịa – Vũng Tàu", "77")


def test_a_named_province_ranks_the_other_mentions_by_its_best_reading():
    # "Thanh Hóa" is the province here, so it does not make "Điện Biên" a ward of the city of Thanh Hóa
    found = places("Tour Hà Nội - Điện Biên - Hà Nội, Thanh Hóa")
    assert [(e.label, e.name) for e in found][1] == ("PROVINCE", "Điện Biên")


def test_places_command_prints_units_and_json(capsys):
    from vnnews.cli import main

    assert main(["places", "--text", "Xã Tân Thạnh, huyện Thới Lai"]) == 0
    first = capsys.readouterr().out.splitlines()[0].split("\t")
    assert first[:2] == ["0-12", "COMMUNE"] and first[-1].startswith("split → xã")
    assert main(["places", "--json", "--text", "TP.HCM"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["attrs"]["code"] == "79"


def test_concurrent_calls_give_the_same_answers():
    from concurrent.futures import ThreadPoolExecutor

    texts = ["xã Bình Định, huyện Kiến Xương", "TP.HCM và Hà Nội", "các phường 1, 2, thị xã Tân An"] * 20
    expected = [[(e.start, e.code) for e in find_admin_units(t)] for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: [(e.start, e.code) for e in find_admin_units(t)], texts))
    assert got == expected


def test_no_place_is_cut_out_of_a_longer_capitalised_name():
    assert places("các miệng núi lửa Nam Thái Bình Dương xưa nay") == []


def test_one_syllable_commune_name_needs_its_type_word():
    assert [e.text for e in places("Chương trình Tư vấn mùa thi của huyện Nam Giang")] == ["huyện Nam Giang"]
    assert only("xã Tư, huyện Đông Giang", "COMMUNE").name == "Tư"


def test_plain_lower_case_text_after_type_words():
    found = places("cong an xa binh dinh, huyen kien xuong cho biet tinh hinh xa hoi on dinh")
    assert [(e.text, e.code) for e in found] == [("xa binh dinh", "13186"), ("huyen kien xuong", "343")]
    assert places("công an xã bình định") == []  # with diacritics, a name is written with capitals
    assert places("muc binh quan 5.000 dong/con") == []  # "bình quân 5.000", not "quận 5"


def test_the_registry_of_the_other_mentions_picks_the_period():
    before = {e.text: e for e in places("Huyện Kiến Xương (Thái Bình) phối hợp với TP.HCM.")}
    assert before["TP.HCM"].period == "pre2025"  # a district is only in the old registry
    after = {e.text: e for e in places("Phường Sài Gòn, TP.HCM")}
    assert after["TP.HCM"].period == "post2025"  # a ward created by the reform
    assert only("TP.HCM đón khách").period == "post2025"  # nothing to go by: the current registry


def test_bare_commune_needs_its_district_close_by():
    near = places("Ông Sáng ngụ Gia Kiệm, Thống Nhất, Đồng Nai.")
    assert [(e.label, e.text) for e in near][:2] == [("COMMUNE", "Gia Kiệm"), ("DISTRICT", "Thống Nhất")]
    far = "Ca sĩ Hồng Hải biểu diễn tối qua. " + "Khán giả đông kín cả khán phòng. " * 5 + "Đoàn về TP Hạ Long."
    assert [e.text for e in places(far)] == ["TP Hạ Long"]


def test_bare_name_takes_the_unit_its_typed_mention_names():
    text = "Bình Định: ra mắt mô hình mới. " + "Cán bộ, công chức thực hiện mô hình. " * 5 + "Lãnh đạo xã Bình Định, huyện Kiến Xương phát biểu."
    headline = places(text)[0]
    assert (headline.text, headline.label, headline.code) == ("Bình Định", "COMMUNE", "13186")


@pytest.mark.parametrize("text", ["Trận đấu trên sân Chi Lăng, Đà Nẵng.", "Em trú tại thôn Châu Hóa, xã Thuận Hóa."])
def test_names_after_landmark_and_village_words_are_not_admin_units(text):
    assert "Chi Lăng" not in [e.text for e in places(text)] and "Châu Hóa" not in [e.text for e in places(text)]


def test_an_address_goes_from_small_to_big():
    found = places("Khu chăn nuôi Nhơn Tân (An Nhơn, Bình Định) đã đóng cửa.")
    assert [(e.label, e.name) for e in found] == [("COMMUNE", "Nhơn Tân"), ("DISTRICT", "An Nhơn"), ("PROVINCE", "Bình Định")]
    assert not found[-1].ambiguous  # not the ward Bình Định of An Nhơn, written after its town


def test_one_syllable_city_is_also_a_given_name():
    assert places("Sau này khi Vinh nhiều lần thắc mắc thì Minh cười.") == []
    assert only("Tới Vinh (Nghệ An) chiều qua.", "DISTRICT").code == "412"


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(fragments, st.text(max_size=4)), max_size=12))
def test_entities_are_in_order_without_overlap_and_json_ready(parts):
    import json

    from vnnews.document import Entity

    found = find_admin_units("".join(parts))
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for e in found:
        assert Entity.from_dict(json.loads(json.dumps(e.to_dict(), ensure_ascii=False))) == e
        assert e.label in {"PROVINCE", "DISTRICT", "COMMUNE"} and 0.5 <= e.score <= 1.0


def test_reversed_address_keeps_scores_in_range():
    district, commune = places("huyện Kiến Xương, xã Bình Định")
    assert commune.code == "13186" and not commune.ambiguous  # the district still places the commune
    assert 0.5 <= commune.score <= 1.0


def test_headline_name_takes_the_type_written_in_the_article():
    # "Bình Định:" over an article about "xã Bình Định" is the commune, not the province.
    text = "Bình Định: Ra mắt mô hình mới. Cán bộ xã Bình Định ký cam kết."
    headline, typed = find_admin_units(text)
    assert headline.label == typed.label == "COMMUNE"


def test_repeating_an_ambiguous_commune_does_not_make_it_certain():
    once = find_admin_units("Cán bộ xã Bình Định ký cam kết.")
    thrice = find_admin_units("Xã Bình Định họp. Lãnh đạo xã Bình Định phát biểu. Trụ sở xã Bình Định mới.")
    assert once[0].ambiguous
    assert all(e.ambiguous and len(e.candidates) >= 2 for e in thrice)
    with_district = find_admin_units("Xã Bình Định, huyện Kiến Xương. Lãnh đạo xã Bình Định phát biểu.")
    assert not with_district[0].ambiguous and with_district[0].code == with_district[2].code
