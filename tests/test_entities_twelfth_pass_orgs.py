"""Twelfth pass on entity quality (where organisation names end): team-written sentences,
none from a gold batch; each row a rule that could break."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import spans
from vnnews.entities.body_fields import field_word_length, field_words
from vnnews.entities.organizations import glued_end
from vnnews.entities.tokens import syllables


@pytest.mark.parametrize("text, name", [
    ("Năm nay Quỹ Hỗ trợ phát triển đã cho vay thêm 200 tỷ đồng.", "Quỹ Hỗ trợ phát triển"),
    ("Tổng công ty Tái bảo hiểm Quốc gia vừa công bố lợi nhuận.", "Tổng công ty Tái bảo hiểm Quốc gia"),
    ("Tháng trước Cục Nghệ thuật biểu diễn đã cấp phép.", "Cục Nghệ thuật biểu diễn"),
    ("Mẫu được gửi tới Trung tâm Kiểm định đo lường chất lượng 2 để thử.",
     "Trung tâm Kiểm định đo lường chất lượng 2"),
    ("Em học năm ba ở Đại học Khoa học tự nhiên, rồi đi làm.", "Đại học Khoa học tự nhiên"),
    ("Viện Nghiên cứu rau quả nhiệt đới đã công bố.", "Viện Nghiên cứu rau quả nhiệt đới"),
])
def test_a_name_runs_on_through_the_words_of_its_field(text, name):
    assert ("ORGANIZATION", name) in spans(text)


@pytest.mark.parametrize("text, name", [
    # a field word followed by more lower-case words is no clear end: the name stays as it was
    ("Quỹ Hỗ trợ phát triển mạnh ở nông thôn.", "Quỹ Hỗ trợ"),
    ("Năm nay Hội Nông dân bảo vệ rừng ở xã.", "Hội Nông dân"),
    # after a foreign-spelt name a field word is what the company does
    ("Năm ngoái Công ty Microsoft phát triển phần mềm mới.", "Công ty Microsoft"),
    # a body's own head after the field words starts another body
    ("Sinh viên Đại học Khoa học tự nhiên Đại học Quốc gia Hà Nội đoạt giải.", "Đại học Khoa học tự nhiên"),
    # a level word or a verb is no field word of a name
    ("Lãnh đạo Sở Quy hoạch Kiến trúc thành phố cho biết.", "Sở Quy hoạch Kiến trúc"),
    ("Bộ phim do Hãng phim Trẻ sản xuất năm ngoái.", "Hãng phim Trẻ"),
])
def test_field_words_stop_at_a_clear_boundary_only(text, name):
    assert ("ORGANIZATION", name) in spans(text)


def test_field_words_after_va_join_a_name_closed_by_its_proper_name():
    text = "Theo Công ty cổ phần Du lịch và dịch vụ Cà Mau, khách tăng."
    assert ("ORGANIZATION", "Công ty cổ phần Du lịch và dịch vụ Cà Mau") in spans(text)
    text = "Công ty Du lịch và dịch vụ khách hàng mở rộng."  # no clear end after "dịch vụ"
    assert ("ORGANIZATION", "Công ty Du lịch") in spans(text)


def test_the_mined_field_words_are_words_of_a_field_not_verbs_of_speech():
    words = field_words()
    assert {"bảo hiểm", "phát triển", "biểu diễn", "đo lường"} <= words
    assert not {"cho biết", "phát biểu", "nha và"} & words  # "Tây Ban Nha và" is no word


@given(st.sampled_from(sorted(field_words())), st.sampled_from(["Quỹ ", "ông ", "và "]))
@settings(max_examples=40, deadline=None)
def test_a_field_word_is_found_only_in_lower_case(word, before):
    tokens = syllables(f"{before}{word} nữa")
    k = len(before.split())
    assert field_word_length(tokens, k) == 2
    capitalised = syllables(f"{before}{word[0].upper()}{word[1:]} nữa")
    assert field_word_length(capitalised, k) == 0


@pytest.mark.parametrize("text, name", [
    ("Theo Ngân hàng Nhà nước chi nhánh Đà Nẵng, dư nợ tăng.", "Ngân hàng Nhà nước chi nhánh Đà Nẵng"),
    ("Ông Ba, giám đốc Công ty Du lịch dịch vụ Hội An, cho hay.", "Công ty Du lịch dịch vụ Hội An"),
    ("Theo Ủy ban Thương mại liên bang Mỹ, vụ việc đã xong.", "Ủy ban Thương mại liên bang Mỹ"),
])
def test_a_name_runs_on_to_the_place_of_its_branch_or_its_field(text, name):
    assert ("ORGANIZATION", name) in spans(text)


@pytest.mark.parametrize("text, name", [
    ("Ngân hàng Nhà nước chi nhánh nhiều nơi đã báo cáo.", "Ngân hàng Nhà nước"),  # no place after
    ("Công ty Du lịch dịch vụ khách sạn ở Hội An lãi lớn.", "Công ty Du lịch"),  # "ở" comes first
])
def test_without_the_place_the_name_stays_short(text, name):
    assert ("ORGANIZATION", name) in spans(text, stacked=False)


@pytest.mark.parametrize("text, name", [
    ("Thuê bao của Viettel Mobile tăng mạnh.", "Viettel Mobile"),
    ("Dự án do ActionAid Việt Nam tài trợ.", "ActionAid Việt Nam"),
])
def test_a_one_word_body_takes_its_unit_or_its_branch_in_vietnam(text, name):
    assert ("ORGANIZATION", name) in spans(text)


def test_a_one_word_body_takes_no_other_capitalised_word():
    assert ("ORGANIZATION", "Viettel") in spans("Mạng Viettel Sao Mai mở rộng.")
    # a province right after a body is its branch (twentieth stop, vnnews.entities.branch_provinces)
    assert ("ORGANIZATION", "Viettel Hà Nội") in spans("Mạng Viettel Hà Nội mở rộng.")


def test_a_department_named_in_lower_case_runs_on_to_the_body_of_a_place_it_belongs_to():
    text = "Ông Tư, Trưởng Ban tài chính quản trị Tỉnh ủy Lâm Đồng, cho biết."
    assert ("ORGANIZATION", "Ban tài chính quản trị Tỉnh ủy Lâm Đồng") in spans(text)
    text = "Ban tài chính quản trị đã họp với Tỉnh ủy Lâm Đồng."  # a verb comes first: two bodies
    assert ("ORGANIZATION", "Ban tài chính quản trị Tỉnh ủy Lâm Đồng") not in spans(text)


@pytest.mark.parametrize("text, name", [
    ("Người gửi: Lan, Gửi tới: Ban Kinh tếTiêu đề: Cảm ơn", "Ban Kinh tế"),  # "Ban Biên tập" alone is no body (21st stop)
    ("Gửi tới: Ban Văn hoáTiêu đề: phim", "Ban Văn hoá"),
])
def test_a_name_ends_before_a_capital_glued_to_its_last_letters(text, name):
    assert ("ORGANIZATION", name) in spans(text, stacked=False)


def test_a_brand_spelt_with_inner_capitals_is_not_cut():
    tokens = syllables("Tập đoàn Apple iPhone và Ban Xã hộiTBT đề")
    assert glued_end(tokens[2:4]) == tokens[3].end  # "iPhone" is one word
    assert glued_end(tokens[5:9]) == tokens[7].start + len("hội")
    # two syllables glued so are read apart by the tokenizer (twentieth stop): the name ends at "hội"
    tokens = syllables("Tập đoàn Apple iPhone và Ban Xã hộiTiêu đề")
    assert [t.text for t in tokens[5:9]] == ["Ban", "Xã", "hội", "Tiêu"]
    assert glued_end(tokens[5:8]) == tokens[7].start + len("hội")


@pytest.mark.parametrize("text, name", [
    ("Hợp đồng được ký với Tập đoàn điện tử Daewoo hôm qua.", "Tập đoàn điện tử Daewoo"),
    ("Năm nay Công ty cổ phần viễn thông FPT mở rộng mạng.", "Công ty cổ phần viễn thông FPT"),
])
def test_a_known_company_after_the_words_of_its_trade_is_the_name_of_the_head(text, name):
    assert ("ORGANIZATION", name) in spans(text)


def test_a_known_company_after_va_is_a_second_body():
    found = spans("Hội nghị có Tổng công ty xăng dầu và Petrolimex tham dự.")
    assert ("ORGANIZATION", "Petrolimex") in found
    assert not any(label == "ORGANIZATION" and "xăng dầu và" in text for label, text in found)
