"""Foreign names the spelling rule of :mod:`vnnews.entities.foreign` missed (the twenty-second
stop): an Arabic name of one word and a particle ("Ibrahim al-Jaafari"), and a Korean name
opening a sentence whose surname is spelt like a Vietnamese syllable ("Lee Hye-won").
Sentences written by the team in the shape of the misses read on VNTC training articles and
the seen gold batches, none copied from a gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def persons(text):
    return [e.text for e in extract_entities(text, stacked=False) if e.label in {"PERSON", "OFFICIAL"}]


@pytest.mark.parametrize("text, name", [
    # one foreign-spelt word, an Arabic particle and the rest of the name
    ("Trong số người bị bắt có Fawaz al-Rabihi, một chiến binh.", "Fawaz al-Rabihi"),
    ("Theo giáo sĩ Ali al-Sistani, cuộc bầu cử phải diễn ra đúng hạn.", "Ali al-Sistani"),
    ("Phát ngôn viên Ghassan al-Khatib nói rằng đàm phán sẽ tiếp tục.", "Ghassan al-Khatib"),
    ("Bộ trưởng Nội vụ Nayef bin Abdulaziz hôm qua tuyên bố như vậy.", "Nayef bin Abdulaziz"),
    ("Thủ lĩnh nhóm Taher el-Nounou bị thương nhẹ.", "Taher el-Nounou"),
    # a particle after a name read alone: one name, not two that overlap
    ("Ông ta gặp Khaled bin Ouda bin Mohammed al-Harby hôm qua.", "Khaled bin Ouda bin Mohammed al-Harby"),
    # a Korean name opening a sentence, its surname spelt like a Vietnamese syllable
    ("Lee Hye-won, một sinh viên 20 tuổi, cho biết cô rất vui.", "Lee Hye-won"),
    ("Han Seung-soo, thủ tướng Hàn Quốc, đã tới Hà Nội.", "Han Seung-soo"),
])
def test_foreign_names_with_a_particle_or_a_hyphen(text, name):
    assert name in persons(text)


def test_the_post_before_an_arabic_name_makes_it_an_official():
    text = "Bộ trưởng Dầu mỏ Ảrập Xêút Ali al-Naimi cho biết giá dầu sẽ giảm."
    assert [(e.label, e.text) for e in extract_entities(text, stacked=False) if e.text == "Ali al-Naimi"] \
        == [("OFFICIAL", "Ali al-Naimi")]


@pytest.mark.parametrize("text", [
    # Arabic nouns that begin names of bodies, places and feasts
    "Nhóm Ansar al-Sunna đã nhận trách nhiệm về vụ tấn công.",
    "Hội nghị diễn ra tại khu nghỉ mát Sharm el-Sheikh của Ai Cập.",
    "Người Hồi giáo mừng lễ Eid al-Fitr vào cuối tháng chay.",
    "Nhật báo Saudi al-Watan đưa tin như vậy.",
    # a word spelt without diacritics opening a sentence before a long hyphenated word
    "Theo Guinessworld-records.com, cây cầu dài nhất thế giới nằm ở đây.",
])
def test_no_person_in_names_of_things(text):
    assert persons(text) == []


def test_a_korean_surname_is_repeated_alone_later_in_the_article():
    text = "Lim Ji-hye mở một quán ăn ở Seoul. Năm ngoái, Lim nói: \"Khách đến rất đông\"."
    assert persons(text) == ["Lim Ji-hye", "Lim"]


def test_a_word_after_a_possessive_is_not_a_repeated_person():
    text = "Ông Park nói vậy. Sau đó anh rời sân St James' Park khi trận đấu kết thúc."
    assert persons(text) == ["Park"]


_ARABIC_GIVEN = st.sampled_from(["Hamid", "Fawaz", "Nasser", "Jibril", "Khalil", "Azzam"])
_ARABIC_FAMILY = st.text(alphabet="abdehiklmnoqrstuwyz", min_size=3, max_size=8)


@settings(max_examples=25, deadline=None)
@given(_ARABIC_GIVEN, _ARABIC_FAMILY)
def test_any_arabic_family_name_after_a_particle_is_held_whole(given_name, family):
    name = f"{given_name} al-{family.capitalize()}"
    text = f"Người ta thấy {name} ở chợ hôm qua."
    found = [e for e in extract_entities(text, stacked=False) if e.label in {"PERSON", "OFFICIAL"}]
    assert [e.text for e in found] == [name]
    assert all(text[e.start:e.end] == e.text for e in found)



@pytest.mark.parametrize("text, thing", [
    # a program, a device, a technique, a service: a common English word before the last word
    ("Bạn có thể mở tệp bằng Media Player rồi chọn chế độ xem.", "Media Player"),
    ("Máy đọc được thẻ Smart Card của mọi ngân hàng.", "Smart Card"),
    ("Phương pháp Laser Argon được nhiều bệnh viện áp dụng.", "Laser Argon"),
    ("Chọn mục Disable Browser Integration trong menu.", "Disable Browser Integration"),
])
def test_a_run_with_an_english_word_before_its_last_is_no_person(text, thing):
    assert thing not in persons(text)


@pytest.mark.parametrize("text, name", [
    # names, and a name one of whose words is also an English loanword after an honorific
    ("Tony Blair và Gordon Brown đã gặp nhau hôm qua.", "Gordon Brown"),
    ("Ca sĩ Nick Carter trở lại sân khấu.", "Nick Carter"),
    ("Jean Reno đóng vai chính trong phim.", "Jean Reno"),
])
def test_foreign_persons_stay_persons(text, name):
    assert name in persons(text)
