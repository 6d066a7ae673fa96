"""Ninth pass on entity quality (foreign cities after "thành phố", given names as the
subject of a clause): team-written sentences, none from a gold batch; each row a rule that
could break."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import spans
from vnnews import extract_entities


@pytest.mark.parametrize("text, place", [
    ("Cảnh sát thành phố London đã bắt giữ hai người.", "thành phố London"),
    ("Đoàn sẽ dừng chân ở thành phố Paris hai ngày.", "thành phố Paris"),
    ("Một quả bom phát nổ gần thành phố Diwaniya sáng qua.", "thành phố Diwaniya"),
    ("Triển lãm mở ở thành phố New York vào tháng tới.", "thành phố New York"),
])
def test_a_foreign_city_after_thanh_pho_takes_its_head(text, place):
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize("text, expected, not_expected", [
    # a country after the head: cities of a country, the head is not its name
    ("Người dân các thành phố Trung Quốc đổ ra đường.", ("LOCATION", "Trung Quốc"), "thành phố Trung Quốc"),
    # a plural before the head: the head belongs to the list
    ("Nhiều thành phố London và Paris đã cấm xe.", ("LOCATION", "London"), "thành phố London"),
    # a Vietnamese city keeps its own rule: a PROVINCE with its type word
    ("Anh sống ở thành phố Đà Nẵng từ nhỏ.", ("PROVINCE", "thành phố Đà Nẵng"), None),
])
def test_the_head_is_left_alone_before_a_country_or_after_a_plural(text, expected, not_expected):
    found = spans(text)
    assert expected in found
    assert not any(name == not_expected for _label, name in found)


@pytest.mark.parametrize("text, place", [
    ("Số hàng đã được đưa tới một cơ sở ở Tennessee để thẩm định.", "Tennessee"),
    ("Cuộc nổi dậy ở Korasuv diễn ra thứ bảy tuần trước.", "Korasuv"),
    ("Hội nghị sẽ diễn ra tại Carson City vào tuần tới.", "Carson City"),
])
def test_a_free_foreign_spelt_name_after_o_or_tai_is_a_place(text, place):
    assert ("LOCATION", place) in spans(text)


@pytest.mark.parametrize("text, not_place", [
    ("Anh đã chơi rất hay tại Euro 2004.", "Euro"),  # a competition
    ("Đội bóng sẽ thi đấu ở Champions League mùa tới.", "Champions League"),
    ("Chiếc áo được bán đấu giá tại Sotheby's tuần trước.", "Sotheby's"),  # a word going on
    ("Thông tin có ở Gophatdat.com từ hôm qua.", "Gophatdat"),
    ("Ông từng làm việc tại Unilever nhiều năm.", "Unilever"),  # a body one works at
    ("Tại Hội nghị, các đại biểu đã thảo luận.", "Hội nghị"),  # capitalised "Tại": no cue
])
def test_no_place_from_competitions_bodies_or_words_going_on(text, not_place):
    assert ("LOCATION", not_place) not in spans(text)


@pytest.mark.parametrize("text, person", [
    ("Thọ đã cùng đồng bọn dùng mã tấu tấn công nạn nhân.", "Thọ"),
    ("Tòng đang làm chủ một xưởng gỗ.", "Tòng"),
    ("Phong vẫn buôn bán ma túy sau khi ra tù.", "Phong"),
    ("Dù bị chấn thương, Minh Quân vẫn tập luyện đều đặn.", "Minh Quân"),
    ("Trên sân khấu, Đan Trường cũng hát hai ca khúc mới.", "Đan Trường"),
    ("Sau đường chuyền của Đạt, Tuấn Anh đã tung cú sút.", "Tuấn Anh"),  # "Anh", a name, not the country
])
def test_a_given_name_opening_a_clause_before_an_adverb_and_a_verb_is_a_person(text, person):
    assert ("PERSON", person) in spans(text)


@pytest.mark.parametrize("text, not_person", [
    ("Nga đã phản đối kế hoạch này.", "Nga"),  # a country
    ("Xuân đã về trên khắp các nẻo đường.", "Xuân"),  # a season
    ("Nhưng cũng có những người không đồng ý.", "Nhưng"),  # a conjunction
    ("Hiện đã có hơn 100 doanh nghiệp đăng ký.", "Hiện"),  # an adverb
    ("Song Sinh cũng thích đọc sách.", "Song Sinh"),  # a star sign after a clause word
    ("Theo tin từ báo, Thanh Niên đã phỏng vấn ông.", "Thanh Niên"),  # no name holds "Niên"
    ("Anh đã đến muộn.", "Anh"),  # a pronoun
    ("Thọ đã Đến muộn.", "Thọ"),  # no lower-case verb after the adverb
    ("Quế còn là gia vị chống cảm lạnh.", "Quế"),  # a copula: things take it too
    ("Sáng cũng như đêm, mình phải đi làm.", "Sáng"),  # a comparison
])
def test_no_person_from_clause_words_countries_seasons_or_pronouns(text, not_person):
    people = [name for label, name in spans(text) if label in {"PERSON", "OFFICIAL"}]
    assert not_person not in people


def test_a_given_name_inside_a_clause_is_not_a_subject():
    from vnnews.entities.subjects import find_named_subjects
    from vnnews.entities.tokens import syllables

    text = "Hàng xóm kể Thọ đã cùng đồng bọn bỏ trốn."
    assert find_named_subjects(text, syllables(text), set()) == []
    assert [e.text for e in find_named_subjects("Xóm kể, Thọ đã đi.", syllables("Xóm kể, Thọ đã đi."), set())] \
        == ["Thọ"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "Thọ đã cùng", "thành phố London", "Nhưng cũng", ", ", ". ", "Minh Quân vẫn tập", "thành phố Andijan",
    "các thành phố Trung Quốc", "Nga đã", " và ", "ông Hùng", "ở", "tại Euro 2004", "ở Tennessee",
]), min_size=1, max_size=8))
def test_offsets_stay_slices_of_the_text_and_entities_stay_sorted(parts):
    text = " ".join(parts)
    found = extract_entities(text)
    assert all(text[e.start:e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)


@pytest.mark.parametrize("text, country, person", [
    ("Nhà tài phiệt Ấn Độ Lakshmi Mittal vừa mua một căn nhà.", "Ấn Độ", "Lakshmi Mittal"),
    ("Đại sứ Nga tại Iran Alexander Maryasov cho biết như vậy.", "Iran", "Alexander Maryasov"),
    ("Tổng thống Tây Ban Nha Jose Maria Aznar đã đến thăm.", "Tây Ban Nha", "Jose Maria Aznar"),
    ("Trung vệ người Bồ Đào Nha Ricardo Carvalho có trận ra mắt.", "Bồ Đào Nha", "Ricardo Carvalho"),
])
def test_a_country_before_a_foreign_name_is_a_place_and_the_name_a_person(text, country, person):
    found = spans(text)
    assert ("LOCATION", country) in found
    assert any(label in {"PERSON", "OFFICIAL"} and name == person for label, name in found)
    assert len([name for _label, name in found if name == country]) == 1  # found once


@pytest.mark.parametrize("text, not_place", [
    ("Hãng Việt Nam Airlines vừa mở đường bay mới.", "Việt Nam"),  # a body's name goes on
    ("Cô Nga Sơn Oanh đã đến.", "Nga"),  # one Vietnamese syllable: part of a name
])
def test_no_country_before_bodies_events_or_vietnamese_names(text, not_place):
    assert ("LOCATION", not_place) not in spans(text)


def test_an_event_after_a_continent_is_no_person():
    assert ("PERSON", "Asia World") not in spans("Hội chợ sản phẩm châu Á Asia World khai mạc hôm nay.")


def test_a_name_the_text_gives_a_body_is_no_place_after_o():
    from vnnews.document import Entity
    from vnnews.entities.cities import with_places_after_prepositions
    from vnnews.entities.tokens import syllables

    text = "Thủ môn Fulham bắt bóng. Anh không vui ở Fulham, nhưng vui ở Bristol."
    club = Entity("ORGANIZATION", 8, 14, "Fulham")
    found = with_places_after_prepositions(text, syllables(text), [club])
    assert [(e.label, e.text) for e in found] == [("ORGANIZATION", "Fulham"), ("LOCATION", "Bristol")]


@pytest.mark.parametrize("text, not_place", [
    ("Đội tuyển sẽ gặp Israel tại Stade de France vào ngày 4/9.", "Stade"),  # a name going on
    ("Máy bay phải dừng lại ở St. John's vì tuyết.", "St"),  # an abbreviation
    ("Anh đã có một mùa bóng khó khăn tại Real.", "Real"),  # a club word
])
def test_no_place_cut_out_of_a_longer_name_or_a_club(text, not_place):
    assert ("LOCATION", not_place) not in spans(text)


@pytest.mark.parametrize("text, not_person", [
    ("Năm mới đến sẽ khiến bạn vui hơn.", "Năm"),  # the year
    ("Tuyển Pháp sẽ thi đấu trận giao hữu.", "Tuyển Pháp"),  # a country inside the run
])
def test_no_subject_person_from_the_year_or_a_team(text, not_person):
    assert ("PERSON", not_person) not in spans(text)


@pytest.mark.parametrize("text, place", [
    ("Xe tải gây tai nạn ở ngã ba Cò Nòi sáng qua.", "ngã ba Cò Nòi"),
    ("Đoàn leo lên đỉnh Langbiang bằng xe Jeep.", "đỉnh Langbiang"),
    ("Khói bốc lên từ nhà nguyện Sistine chiều nay.", "nhà nguyện Sistine"),
    ("Vụ nổ xảy ra tại khu mỏ Taizhina, nơi có 600 công nhân.", "khu mỏ Taizhina"),
    ("Nước đã tràn qua đê bao Quảng Điền.", "đê bao Quảng Điền"),
])
def test_landmarks_after_their_head_noun(text, place):
    assert ("LOCATION", place) in spans(text)


def test_a_summit_is_no_peak():
    assert not any(label == "LOCATION" and name.startswith("đỉnh")
                   for label, name in spans("Hội nghị thượng đỉnh Á - Âu lần thứ 5 khai mạc."))
