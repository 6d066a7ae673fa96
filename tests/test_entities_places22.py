"""Twenty-second stop, places and teams: a place standing for its team in a sports article,
called a team, listed after "12 đội:", on either side of a score; a club's acronym holding a
province's abbreviation; nationalities stay places. Sentences written by the team (no gold
sentence); each rule's tests fail on main, its guards' pass on both."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities
from vnnews.entities.sport_articles import sport_article
from vnnews.entities.tokens import syllables


def _labels(text: str) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in extract_entities(text, stacked=False)]


def _label_of(text: str, name: str, occurrence: int = 0) -> set[str]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(name, start + 1)
    return {e.label for e in extract_entities(text, stacked=False) if (e.start, e.end) == (start, start + len(name))}


_REPORT = ("Thủ môn Đặng Văn Thành bắt bóng chắc chắn trong hiệp một. HLV Calisto hài lòng với các cầu thủ. "
           "Tiền đạo Công Vinh ghi bàn thắng duy nhất ở phút 70. ")


# --- the article says it is about sport -------------------------------------------------------

@pytest.mark.parametrize("country", ["Brazil", "Việt Nam", "Ukraina", "Thái Lan"])
def test_a_country_acting_in_a_sports_article_is_its_team(country):
    sentence = f"Trước đó, {country} đã vô địch và được chuyển sang thi đấu ở nhóm 3."
    assert _label_of(sentence, country) == {"LOCATION"}  # the sentence alone names no match
    assert _label_of(_REPORT + sentence, country) == {"ORGANIZATION"}


def test_a_club_named_like_its_city_in_a_sports_article():
    text = _REPORT + "Nhưng cuối cùng, do Milan đòi quá cao nên vụ này đổ bể."
    assert _label_of(text, "Milan") == {"ORGANIZATION"}


def test_a_place_in_a_sports_article_is_still_a_place_where_a_place_is_meant():
    text = _REPORT + "Đội tuyển sẽ bay đến Brazil và tập ở Hà Nội. Brazil có khí hậu nóng."
    assert _label_of(text, "Brazil") == {"LOCATION"}
    assert _label_of(text, "Hà Nội") == {"PROVINCE"}


def test_the_same_sentence_in_other_news_keeps_its_place():
    text = ("Giá gạo xuất khẩu tăng mạnh trong quý I. Các doanh nghiệp ký thêm hợp đồng. "
            "Trước đó, Thái Lan đã vô địch về xuất khẩu gạo.")
    assert _label_of(text, "Thái Lan") == {"LOCATION"}


def test_sport_article_needs_three_sentences_and_a_fifth_of_them():
    three = _REPORT + "Trận đấu kết thúc."
    diluted = _REPORT + " ".join(["Giá xăng tăng."] * 20)
    assert sport_article(three, syllables(three))
    assert not sport_article(diluted, syllables(diluted))
    assert not sport_article(_REPORT[:60], syllables(_REPORT[:60]))


def test_a_sports_article_written_without_diacritics_is_one_too():
    # twenty-second stop review: the first-word filter of the cheaper sport_article read
    # only accented words, while its phrasebook also matches words without diacritics
    from vnnews.normalize import remove_diacritics

    plain = remove_diacritics(_REPORT + "Trận đấu kết thúc.")
    assert sport_article(plain, syllables(plain))


def test_a_given_name_hiep_makes_no_sports_article():
    text = "Ông Võ Hiệp tìm trầm. Hiệp có nhiều tiền. Hiệp mua nhà. Vợ Hiệp vui."
    assert not sport_article(text, syllables(text))


# --- frames inside one sentence -----------------------------------------------------------------

@pytest.mark.parametrize("frame", ["{p} cũng là đội bóng rất thiện nghệ", "với {p} - đội bóng từng xếp thứ ba",
                                   "{p} là CLB giàu truyền thống"])
@pytest.mark.parametrize("place", ["Nam Định", "Thổ Nhĩ Kỳ", "Đà Nẵng"])
def test_a_place_called_a_team_is_the_team(frame, place):
    assert _label_of(frame.format(p=place) + ".", place) == {"ORGANIZATION"}


def test_a_place_called_a_home_of_teams_stays_a_place():
    assert _label_of("Hà Nội là nơi có nhiều đội bóng mạnh.", "Hà Nội") == {"PROVINCE"}


def test_places_listed_after_teams_and_a_colon_are_teams():
    text = "Giải năm nay có sự tham dự của 12 đội: Hòa Phát Hà Nội, Bình Dương, Đà Nẵng và Hải Phòng."
    for name in ("Bình Dương", "Đà Nẵng", "Hải Phòng"):
        assert _label_of(text, name) == {"ORGANIZATION"}, name


def test_places_listed_after_other_words_and_a_colon_stay_places():
    text = "Đoàn công tác đã đến ba tỉnh: Bình Dương, Đà Nẵng và Hải Phòng."
    assert [lab for lab, _ in _labels(text)] == ["PROVINCE"] * 3


@given(st.integers(0, 9), st.integers(0, 9))
@settings(max_examples=15, deadline=None)
def test_a_result_line_makes_both_places_teams(home, away):
    text = f"Bình Dương {home}-{away} Nam Định (Trường Giang 5')"
    assert _label_of(text, "Bình Dương") == {"ORGANIZATION"}
    assert _label_of(text, "Nam Định") == {"ORGANIZATION"}


def test_a_date_between_two_places_makes_no_teams():
    text = "Dân chúng biểu tình ở Jakarta 5-3 Hà Nội phản đối."
    assert ("ORGANIZATION", "Jakarta") not in _labels(text)
    assert ("ORGANIZATION", "Hà Nội") not in _labels(text)


@pytest.mark.parametrize("sentence,team", [
    ("Didier Drogba ăn mừng bàn thắng duy nhất kết liễu Nigeria", "Nigeria"),
    ("Trận đấu được chú ý nhất là cuộc đối đầu Argentina và Brazil.", "Argentina"),
    ("Trận đấu được chú ý nhất là cuộc đối đầu Argentina và Brazil.", "Brazil"),
])
def test_new_match_words_before_a_team(sentence, team):
    assert _label_of(sentence, team) == {"ORGANIZATION"}


@pytest.mark.parametrize("word", ["người", "gốc"])
def test_a_nationality_in_a_match_stays_a_place(word):
    text = f"Ở hiệp 2, tay vợt {word} Mỹ vừa vượt qua Sebastien Grosjean."
    assert _label_of(text, "Mỹ") == {"LOCATION"}


# --- a club's acronym is no province ---------------------------------------------------------

@pytest.mark.parametrize("club", ["LG.HN.ACB", "HP.HN", "LG.HN"])
def test_a_province_abbreviation_inside_a_club_acronym_is_no_province(club):
    assert ("PROVINCE", "HN") not in _labels(f"Đội sẽ đá giao hữu với {club} vào tuần tới.")


@pytest.mark.parametrize("text,unit", [("Ông sống ở TP.HCM từ nhỏ.", "TP.HCM"), ("Ông sống ở HN từ nhỏ.", "HN"),
                                       ("Chuyến bay HCM-HN bị hoãn.", "HN")])
def test_a_province_abbreviation_alone_or_after_its_type_word_stays(text, unit):
    assert ("PROVINCE", unit) in _labels(text)
