"""Twenty-first stop: a name's last syllable glued to the next, lower-case word at a lost
space or line break ("Hậu Giangchết", "Hà Nộihôm"). Team-written sentences, none from a
gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import spans
from vnnews.entities.tokens import _SYLLABLE, lower_tail_cuts, syllables


def words(text):
    return [t.text for t in syllables(text)]


@pytest.mark.parametrize("text, parts", [
    ("ở Hậu Giangchết nhiều", ["Giang", "chết"]),        # after a name, a head with a final consonant
    ("của Trung Quốcxuất khẩu", ["Quốc", "xuất"]),
    ("về Hà Nộihôm qua", ["Nội", "hôm"]),                  # an open head: a word that ends a name
    ("ông Trầnlà người", ["Trần", "là"]),
    ("tại Singaporenăm 2003", ["Singapore", "năm"]),       # a foreign word then a word that ends a name
    ("tướng Khin Nyuntbị bắt", ["Nyunt", "bị"]),
])
def test_a_word_glued_to_a_lower_case_word_is_read_apart(text, parts):
    toks = words(text)
    assert toks[toks.index(parts[0]):toks.index(parts[0]) + 2] == parts


@pytest.mark.parametrize("text, word", [
    # plain letters: English words, foreign names, brands
    ("ông Johnson nói", "Johnson"), ("sông Mekong chảy", "Mekong"), ("ở Hanoi hôm", "Hanoi"),
    ("mua iPhone mới", "iPhone"), ("hãng McDonald mở", "McDonald"),
    # transliterations written as one word: no name before them, or an open syllable before the glue
    ("ở Syria, Libăng và", "Libăng"), ("Chủ tịch nước Khămtày tới", "Khămtày"),
    ("nhà báo Mỹ Gin Carôn bị bắt", "Carôn"), ("bệnh viện Ambroise Paré cho", "Paré"),
    ("Ông Chummaly Xaynhaxỏn thăm", "Xaynhaxỏn"), ("Hicham Arazi (Marốc) thắng", "Marốc"),
    ("Thủ tướng José nói", "José"), ("quê ở Đankia", "Đankia"),
    ("Nguyễn Hảii nói", "Hảii"),  # a typo: the tail is one letter
    # a vowel after the glue, or a part that breaks the spelling rules: a loan word
    ("các môn Mac Lênin ở", "Lênin"), ("của Viện Văcxin và", "Văcxin"),
])
def test_real_words_and_foreign_names_stay_whole(text, word):
    assert word in words(text)


def test_the_cut_keeps_the_spelling_rules():
    # "Phon|ghôm" would be the longest tail, but gh goes before i, e, ê only
    assert words("Tờ Tiền Phonghôm nay đưa tin")[2:4] == ["Phong", "hôm"]


def test_the_tail_is_read_on_the_same_line_as_the_head():
    toks = syllables("Cần Thơ và Hậu Giangchết hàng loạt")
    assert [(t.text, t.linked, t.cap) for t in toks[4:7]] == [("Giang", True, True), ("chết", True, False),
                                                              ("hàng", True, False)]


def test_lower_tail_cuts_gives_the_offsets_of_the_tokens():
    text = "Cá ở Hậu Giangchết, ở Hà Nộihôm qua; Libăng"
    toks = syllables(text)
    assert lower_tail_cuts(text) == {b.start for a, b in zip(toks, toks[1:]) if a.end == b.start}
    assert lower_tail_cuts("Không có từ nào dính") == set()


@given(st.lists(st.sampled_from(["Hậu", "Giang", "chết", "Giangchết", "Nộihôm", "Libăng", "Hà", "Nội", "hôm",
                                 "Singaporenăm", "là", "Trầnlà", " ", ", ", "\n", "Mekong", "ThanhGửi"]),
                max_size=12))
@settings(max_examples=300, deadline=None)
def test_splits_keep_the_text_and_only_cut_words(pieces):
    text = "".join(pieces)
    before = text
    toks = syllables(text)
    assert text == before
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))
    # the tokens cover exactly the letters the word pattern covers: a split cuts a word, never adds or loses one
    covered = {i for t in toks for i in range(t.start, t.end)}
    assert covered == {i for m in _SYLLABLE.finditer(text) for i in range(*m.span())}
    assert lower_tail_cuts(text) <= {t.start for t in toks}


@pytest.mark.parametrize("text, entity", [
    ("Cá ở Cần Thơ và Hậu Giangchết hàng loạt vì nước bẩn.", ("PROVINCE", "Hậu Giang")),
    ("Đoàn về Hà Nộihôm qua để dự họp.", ("PROVINCE", "Hà Nội")),
    ("Hội nghị được tổ chức tại Singaporenăm 2005.", ("LOCATION", "Singapore")),
    ("Hàng may mặc của Trung Quốcxuất sang châu Âu tăng mạnh.", ("LOCATION", "Trung Quốc")),
])
def test_the_name_before_the_glued_word_is_found(text, entity):
    found = spans(text, stacked=False)
    assert entity in found
    assert not any(name.endswith(("chết", "hôm", "năm", "xuất")) for _, name in found)
