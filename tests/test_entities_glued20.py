"""Twentieth stop: words glued across a lost line break ("ThanhGửi tới") and CamelCase
words that are no body (products, files, ships, names with a lost space). Team-written
sentences, none from a gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import organizations, spans
from vnnews.entities.tokens import syllables


@pytest.mark.parametrize("word, parts", [
    ("ThanhGửi", ["Thanh", "Gửi"]),
    ("HàNhưng", ["Hà", "Nhưng"]),
    ("LongVề", ["Long", "Về"]),
    # brands and names stay whole: no Vietnamese diacritic, or a part that is no syllable
    ("VnExpress", ["VnExpress"]), ("MobiFone", ["MobiFone"]), ("TiVo", ["TiVo"]),
    ("iPhone", ["iPhone"]), ("McDonald", ["McDonald"]), ("PetroVietnam", ["PetroVietnam"]),
    ("PichiGửi", ["PichiGửi"]), ("HảI", ["HảI"]),  # a typo: a capital I for "i"
])
def test_two_glued_syllables_are_read_apart(word, parts):
    assert [t.text for t in syllables(f"Người gửi: {word} tới") if t.start >= 11][:len(parts)] == parts


def test_the_second_glued_syllable_starts_a_new_line():
    toks = syllables("Đặng Thị HàNhưng tháng 8")
    assert [(t.text, t.linked) for t in toks[2:4]] == [("Hà", True), ("Nhưng", False)]


@given(st.lists(st.sampled_from(["Thanh", "Gửi", "hà", "Nhưng", "VnExpress", "tới", " ", ": ", "\n", "Hà"]),
                max_size=12))
@settings(max_examples=200, deadline=None)
def test_glued_splits_keep_offsets_into_the_text(pieces):
    text = "".join(pieces)
    toks = syllables(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))


@pytest.mark.parametrize("text, person", [
    ("Người gửi: Nguyễn VũGửi tới: Ban Văn hóa", "Nguyễn Vũ"),
    ("Bị cáo Đặng Thị HàNhưng tháng 8/2001, tòa đã xử lại.", "Đặng Thị Hà"),
])
def test_a_name_glued_to_the_next_line_is_the_person_alone(text, person):
    found = spans(text, stacked=False)
    assert ("PERSON", person) in found
    assert not any(label == "ORGANIZATION" and "Gửi" in name or name == "Nhưng" for label, name in found)


@pytest.mark.parametrize("text, word", [
    ("Bộ chuyển mạch ProCurve 2600 có giá 956 USD.", "ProCurve"),               # a model number after it
    ("Hãy tải FixMytob.exe về máy.", "FixMytob"),                             # a file
    ("Dịch vụ mới được gọi là MyBlinkx.tv.", "MyBlinkx"),                      # a web address
    ("Du thuyền SuperStar Virgo cập cảng.", "SuperStar"),                     # a second name after it
    ("Khách dùng EasyShare One để truy cập.", "EasyShare"),
    ("Bạn nên dùng WinXP cho máy cũ.", "WinXP"),                              # a word of use before it
    ("Phần mềm PowerCivil có chi phí thấp.", "PowerCivil"),
    ("Nhờ công nghệ PictBridge, người dùng in ảnh trực tiếp.", "PictBridge"),
])
def test_camel_case_products_are_no_bodies(text, word):
    found = spans(text, stacked=False)
    assert not any(word in name for label, name in found if label in ("ORGANIZATION", "PERSON"))


@pytest.mark.parametrize("text, body", [
    ("Trao đổi với VnExpress sáng nay, ông cho biết.", "VnExpress"),
    ("Khách hàng hòa mạng MobiFone tăng mạnh.", "MobiFone"),
    ("Các hãng như Entrust, ActivCard và VeriSign đã tham gia.", "ActivCard"),
    ("Hội thảo mà EuroCham vừa tổ chức rất đông.", "EuroCham"),
])
def test_camel_case_companies_stay_bodies(text, body):
    assert body in organizations(text, stacked=False)


def test_a_foreign_name_with_a_particle_stays_a_person():
    assert ("PERSON", "Danny DeVito") in spans("Những bạn thân như Danny DeVito đã giúp anh.", stacked=False)
