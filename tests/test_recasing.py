"""Recasing lines ALL IN CAPITALS or all in lower case (the eighteenth stop): names that the
word tables alone left in lower case, read from how training articles write a word right
after a surname, an honorific or an organisation's head, and foreign-spelt names.

The sentences are written by the team; the properties check that recasing only ever
touches caseless lines, and only their case.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews import extract_entities
from vnnews.entities.casing import recase
from vnnews.entities.name_context import capitalised_here, contexts_of, foreign_name_word


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in extract_entities(text)}


# names after a surname, an honorific, a head ----------------------------------------------

def test_a_given_name_that_the_tables_leave_in_lower_case_ends_the_name():
    # "hoà", "liên", "thương" are lower case alone; after a surname they go on the name
    assert ("OFFICIAL", "NGÔ HOÀ") in labelled("ÔNG NGÔ HOÀ, PHÓ CHỦ TỊCH UBND TỈNH, CHO BIẾT")
    assert ("PERSON", "NGUYỄN THUỲ LIÊN") in labelled("CHỊ NGUYỄN THUỲ LIÊN Ở KHU TẬP THỂ KIM LIÊN")
    assert ("PERSON", "lê thị hồng thương") in labelled("bà lê thị hồng thương tham dự buổi lễ")


def test_a_name_right_after_a_province_is_read_as_a_name():
    text = "CHỦ TỊCH UBND TỈNH THÁI BÌNH NGUYỄN KHẮC THẬN CHỦ TRÌ HỘI NGHỊ"
    assert ("OFFICIAL", "NGUYỄN KHẮC THẬN") in labelled(text)


def test_the_verb_after_a_full_name_stays_out_of_it():
    assert recase("ÔNG NGUYỄN VĂN AN THĂM XÃ BÌNH ĐỊNH") == "Ông Nguyễn Văn An thăm xã Bình Định"
    assert capitalised_here(["Nguyễn", "Văn", "An"], "thăm") is False


def test_a_rare_given_name_after_an_honorific_is_a_person():
    assert ("PERSON", "SỪU") in labelled("THEO ÔNG SỪU, DỰ ÁN CHƯA ĐƯỢC PHÊ DUYỆT")
    assert ("PERSON", "doanh") in labelled("ông doanh kết luận cuộc họp sáng nay")


def test_honorific_and_word_are_read_together():
    # "anh hùng" is a hero, "ông Hùng" a man
    assert recase("ông hùng nói anh hùng đã về") == "Ông Hùng nói anh hùng đã về"


def test_a_surname_the_tables_left_in_lower_case_opens_the_name_after_it():
    assert ("PERSON", "ĐÀM TẤN PHÁT") in labelled("TÀI XẾ XE RÁC ĐÀM TẤN PHÁT BỊ PHẠT TÙ")
    assert recase("THƯỢNG TƯỚNG TÔ LÂM THĂM HÀ NỘI").startswith("Thượng tướng Tô Lâm")
    # a middle name, a preposition and a word of a compound stay lower case
    assert recase("NHÀ VĂN NGUYỄN HUY THIỆP ĐÃ VỀ TỪ HÀ NỘI") == "Nhà văn Nguyễn Huy Thiệp đã về từ Hà Nội"


def test_foreign_names_take_capitals():
    text = "ĐẠI SỨ HOA KỲ MARC KNAPPER THĂM TỈNH QUẢNG NAM"
    assert ("OFFICIAL", "MARC KNAPPER") in labelled(text)
    assert foreign_name_word("knapper") and not foreign_name_word("email")


def test_a_place_opened_by_a_surname_does_not_start_a_name():
    # "Hà Nội" and "Thái Lan" open with surnames; the word after them is no given name
    assert contexts_of(["ở", "Hà", "Nội"]) == []
    assert recase("CÔNG AN HÀ NỘI ĐẠT NHIỀU THÀNH TÍCH") == "Công an Hà Nội đạt nhiều thành tích"


def test_an_organisation_head_before_its_name_takes_a_capital():
    text = "ông an làm việc cho công ty cổ phần sữa việt nam từ năm 2000"
    assert ("ORGANIZATION", "công ty cổ phần sữa việt nam") in labelled(text)
    assert ("ORGANIZATION", "công ty phát triển nhà phú nhuận") in labelled(
        "hiện ubnd quận đã làm việc với công ty phát triển nhà phú nhuận")
    assert recase("CÁC CÔNG TY NÀY ĐÃ NỘP THUẾ") == "Các công ty này đã nộp thuế"


def test_the_word_after_a_capitalised_head_takes_a_capital():
    text = "THEO CỤC VỆ SINH AN TOÀN THỰC PHẨM, CÁC CHẤT NÀY BỊ CẤM"
    assert ("ORGANIZATION", "CỤC VỆ SINH AN TOÀN THỰC PHẨM") in labelled(text)


# properties ---------------------------------------------------------------------------

LETTERS = list("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạầấễệịộờứựỳ AĂÂĐÊÔƠƯTHNGKỲỄÀÁẠ.,-")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(LETTERS), max_size=50), min_size=1, max_size=4))
def test_a_line_with_lower_and_upper_case_letters_is_never_changed(lines):
    text = "\n".join(lines)
    out = recase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()  # only the case changes, every character in place
    for before, after in zip(text.split("\n"), out.split("\n")):
        if any(c.isupper() for c in before) and any(c.islower() for c in before):
            assert after == before
    if all(any(c.isupper() for c in line) and any(c.islower() for c in line) for line in lines):
        assert out is text


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["nguyễn", "khắc", "thận", "ông", "sừu", "công", "ty", "cục", "vệ", "sinh",
                                 "knapper", "hà", "nội", "thăm", "và", "email", "anh", "hùng"]),
                min_size=3, max_size=12))
def test_recased_entities_point_at_the_same_characters_of_the_caseless_text(words):
    for text in (" ".join(words), " ".join(words).upper()):
        recased = recase(text)
        assert len(recased) == len(text) and recased.lower() == text.lower()
        for entity in extract_entities(text):
            assert text[entity.start:entity.end] == entity.text


def test_todays_loanwords_stay_common_nouns_in_caseless_text():
    found = extract_entities("ông an xem livestream cùng anh selfie và chị blogger rồi gặp ông knapper")
    assert [(e.label, e.name) for e in found if e.label in {"PERSON", "OFFICIAL"}] == [("PERSON", "An"), ("PERSON", "Knapper")]


def test_a_list_of_commune_names_after_one_type_word_takes_capitals():
    text = "nước ngập các phường nghĩa chánh, chánh lộ và nghĩa lộ của thành phố quảng ngãi"
    assert recase(text).startswith("Nước ngập các phường Nghĩa Chánh, Chánh Lộ và Nghĩa Lộ của")
    assert {("COMMUNE", "chánh lộ"), ("COMMUNE", "nghĩa lộ")} <= labelled(text)


def test_a_word_after_a_hyphen_or_dots_inside_a_line_keeps_lower_case():
    assert recase("CÔNG TY HT - CHỦ ĐẦU TƯ KHU DU LỊCH") == "Công ty HT - chủ đầu tư khu du lịch"
    assert recase("ĐI CHỢ... RỒI VỀ NHÀ") == "Đi chợ... rồi về nhà"
    assert recase("- CHỦ ĐẦU TƯ ĐÃ VỀ") == "- Chủ đầu tư đã về"  # a hyphen opening the line


def test_the_word_after_a_two_word_name_stays_lower_case_when_it_ends_names():
    assert recase("CHỦ TỊCH UBND TỈNH QUẢNG BÌNH TRẦN THẮNG THĂM VÙNG NGẬP").endswith("Trần Thắng thăm vùng ngập")


def test_a_foreign_name_goes_on_and_a_head_before_a_name_takes_a_capital():
    assert recase("ÔNG PETER HO CHO BIẾT") == "Ông Peter Ho cho biết"  # "ho" goes on a foreign name
    assert ("PERSON", "ANDY LAU") in labelled("NGHỆ SĨ NỔI TIẾNG NHƯ ANDY LAU ĐÃ ĐẾN")
    assert recase("CÁC CHUYÊN GIA CỦA CÔNG TY WEBZEN ĐÃ ĐẾN") == "Các chuyên gia của Công ty Webzen đã đến"
    assert recase("CƠ SỞ THIÊN PHƯỚC NHẬN NUÔI") .startswith("Cơ sở")  # "sở" ends "cơ sở": no head there
    assert recase("TỔNG GIÁM ĐỐC PEPSI VN CHO BIẾT") == "Tổng giám đốc Pepsi VN cho biết"
