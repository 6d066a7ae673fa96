"""Sixteenth pass, persons without a cue (second round): names known to be persons by the
verb acting on them (sentences written by the team)."""

import pytest

from vnnews import extract_entities


def _labelled(text: str) -> dict[str, str]:
    return {e.text: e.label for e in extract_entities(text)}


@pytest.mark.parametrize("text, name", [
    ("Sáng nay, công an huyện đã bắt giữ Lượng khi hắn đang tẩu tán tài sản.", "Lượng"),
    ("Công an quận đang tạm giữ Cảnh để làm rõ hành vi cướp giật.", "Cảnh"),
    ("Cơ quan cảnh sát điều tra đã khởi tố Phan Quý Bình về tội lừa đảo.", "Phan Quý Bình"),
    ("TAND tỉnh tuyên phạt Đường Ngọc Sơn 30 tháng tù giam.", "Đường Ngọc Sơn"),
    ("Nhóm vũ trang đã bắt cóc Sgrena và đòi tiền chuộc.", "Sgrena"),
    ("Cảnh sát lập chuyên án truy bắt Hennessy, đối tượng bị truy nã.", "Hennessy"),
])
def test_the_object_of_an_arrest_a_charge_or_an_attack_is_a_person(text, name):
    assert _labelled(text).get(name) == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("Hải quân đã bắt giữ Trung Quốc tàu cá.", "Trung Quốc"),  # a country, not a person
    ("Lực lượng biên phòng bắt giữ Cường hóa chất trái phép.", "Cường"),  # a word goes on: no name
    ("Công an tạm giữ Thanh Xuân ô tô vi phạm.", "Thanh Xuân"),  # a unit's name
])
def test_what_follows_such_a_verb_but_is_no_person(text, word):
    assert _labelled(text).get(word) != "PERSON"



@pytest.mark.parametrize("text, name", [
    ("Trí được xác định là kẻ cầm đầu đường dây.", "Trí"),
    ("Sau đó, Tòng bị bắt giữ khi đang lẩn trốn.", "Tòng"),
])
def test_a_given_name_before_a_passive_arrest_is_a_person(text, name):
    assert _labelled(text).get(name) == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("Chuẩn bị bắt đầu mùa giải mới, đội bóng tập luyện.", "Chuẩn"),  # "chuẩn bị", then "bắt đầu"
    ("Phạm nhân được đưa về trại tạm giam Thừa Phủ.", "Thừa Phủ"),  # a detention camp's name
])
def test_words_and_places_beside_those_verbs_are_no_persons(text, word):
    assert _labelled(text).get(word) != "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Thời sinh viên, Barroso từng tham gia phe tả.", "Barroso"),
    ("Arafat chưa bao giờ tiết lộ tình hình tài chính.", "Arafat"),
])
def test_a_foreign_surname_written_after_honorifics_opens_a_clause_as_a_person(text, name):
    assert _labelled(text).get(name) == "PERSON"


@pytest.mark.parametrize("text, word", [
    ("Windows sẽ có bản cập nhật mới.", "Windows"),  # a product: never after "ông"
    ("Sau trận hòa, Liverpool đã lên thứ ba.", "Liverpool"),  # a club
    ("Từ năm 1994, Richard W. Riley đã nỗ lực hợp tác.", "Riley"),  # the end of a longer name
])
def test_foreign_words_never_written_after_honorifics_are_no_subjects(text, word):
    assert _labelled(text).get(word) != "PERSON"
