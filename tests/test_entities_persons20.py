"""Persons read at the level of the article (the twentieth stop): one word of a person named
elsewhere in the text, written alone (:mod:`vnnews.entities.repeated_persons`). Sentences
written by the team in the shape of the misses read on the seen batches, none copied from a
gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)]


def persons(text):
    return [name for label, name in spans(text) if label in {"PERSON", "OFFICIAL"}]


@pytest.mark.parametrize("text, word, times", [
    # the last word of a full name, used before the full name
    ("Ngay hôm sau, Hallström đã rời thành phố. Ông Peter Hallström năm nay 60 tuổi.", "Hallström", 1),
    # a one-word person found by a cue, elsewhere alone after a verb the rules do not know
    ("Cháu gái tên Hạnh (sinh năm 1988) bỏ nhà đi. Hà lái xe chở Hạnh đến quán. "
     "Ở trạng thái nửa tỉnh nửa mê, Hạnh ý thức được âm mưu.", "Hạnh", 3),
    ("Huấn luyện viên Ronaldo nói. Ronaldo có thể qua khỏi.", "Ronaldo", 2),
])
def test_a_word_of_a_person_named_elsewhere_is_the_person(text, word, times):
    assert persons(text).count(word) == times


def test_a_full_name_elsewhere_gives_its_short_form_before_it():
    text = "Hallström nói sẽ trở lại. Ông Peter Hallström cho biết như vậy."
    found = extract_entities(text, stacked=False)
    short = [e for e in found if e.text == "Hallström"]
    assert short and short[0].label == "PERSON" and text[short[0].start:short[0].end] == "Hallström"


@pytest.mark.parametrize("text, word", [
    # a word for a disease, a thing or a people before it
    ("Ông Alzheimer mô tả căn bệnh năm 1906. Nhiều người già mắc bệnh Alzheimer.", "Alzheimer"),
    ("Ông Kurd Smith đến. Người Kurd sống ở miền bắc.", "Kurd"),
    # a product, written before a number
    ("Ông Turion nói. Máy dùng chip mới. Turion 64 chạy nhanh hơn.", "Turion"),
    # a club in brackets after a player's full name
    ("Ông Brescia nói vậy. Cầu thủ Andrea Caracciolo (Brescia) ghi bàn, Brescia thắng.", "Brescia"),
    # a Vietnamese syllable that makes a word with the next one
    ("Ông Trung nói. Trung tá Lê Văn Bình đến sau.", "Trung"),
])
def test_not_a_person_where_the_words_around_say_otherwise(text, word):
    found = extract_entities(text, stacked=False)
    repeated = [e for e in found if e.text == word and e.attrs.get("cue") == "repeated"]
    assert repeated == []


def test_a_foreign_place_is_not_repeated_as_a_person():
    text = "Ông Paris nói vậy. Sau đó, Paris yên tĩnh trở lại."
    found = extract_entities(text, stacked=False)
    assert not [e for e in found if e.attrs.get("cue") == "repeated"]


def test_a_first_word_of_a_name_read_only_as_foreign_is_not_repeated():
    text = "Người dùng tạo tài khoản Gmail mới. Dịch vụ Gmail Drive ra mắt."
    assert "Gmail" not in persons(text)


FILLER = st.lists(st.sampled_from(["Trời mưa to.", "Giá xăng tăng.", "Hôm nay, chợ đông người.",
                                   "Anh ấy về quê.", "Nhiều người đến xem."]), max_size=6)


@settings(max_examples=30, deadline=None)
@given(FILLER, FILLER)
def test_repeated_persons_point_into_the_text_and_stand_alone(before, between):
    text = " ".join(before + ["Bà Trương Thị Kim đến Hà Nội."] + between + ["Sau đó, Kim đi chợ."])
    found = extract_entities(text, stacked=False)
    repeated = [e for e in found if e.attrs.get("cue") == "repeated"]
    for e in repeated:
        assert text[e.start:e.end] == e.text == "Kim"
    kims = [e for e in found if e.text == "Kim" and e.label == "PERSON"]
    assert len(kims) == 1 and kims[0].start == text.rindex("Kim")


@pytest.mark.parametrize("text, name", [
    ("Bức tượng hoàng đế Hadrian được tìm thấy ở Thổ Nhĩ Kỳ.", "Hadrian"),
    ("Câu lạc bộ của tỷ phú Abramovich chi nhiều tiền nhất.", "Abramovich"),
    ("Người Hy Lạp thờ vị thần Apollo ở Delphi.", "Apollo"),
])
def test_one_foreign_word_after_a_ruler_a_deity_or_a_rich_man_is_a_person(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, name", [
    ("Marchetti, giám đốc điều hành của hãng, cho biết doanh thu tăng.", "Marchetti"),
    ("Theo nghiên cứu mới, Hollander, giáo sư tại Đại học Oslo, đã thử trên 200 người.", "Hollander"),
])
def test_a_foreign_surname_set_off_before_a_post_or_trade_is_a_person(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, word", [
    ("Canon, nhà sản xuất máy ảnh, cho biết giá sẽ giảm.", "Canon"),
    ("Brazil, huấn luyện viên trưởng của đội cho biết.", "Brazil"),
])
def test_a_company_or_a_country_before_a_comma_is_no_person(text, word):
    assert word not in persons(text)
