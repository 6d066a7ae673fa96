"""Tenth pass on entity quality (departments named inside their head's post): team-written
sentences, none from a gold batch; each row a rule that could break."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import spans
from vnnews import extract_entities
from vnnews.entities.departments import find_departments_in_posts
from vnnews.entities.tokens import syllables


@pytest.mark.parametrize("text, department", [
    ("Bà Lê Thị Hoa, Trưởng phòng Kế toán tổng hợp, cho biết số liệu đã xong.", "Kế toán tổng hợp"),
    ("Ông Trần Văn Nam, Phó trưởng phòng Nghiệp vụ dược Sở Y tế Nghệ An, xác nhận.",
     "Nghiệp vụ dược"),
    ("Theo Vụ trưởng Tổ chức cán bộ Bộ Nội vụ, đề án sẽ trình trong tháng.", "Tổ chức cán bộ"),
    ("Phó ban Văn hóa - Xã hội HĐND tỉnh đã đi khảo sát.", "Văn hóa - Xã hội"),
    ("Bác sĩ Hà, Trưởng khoa Hồi sức cấp cứu, nói bệnh nhân đã tỉnh.", "Hồi sức cấp cứu"),
    ("Viện trưởng Ngôn ngữ học Trần Văn Bình dự hội thảo.", "Ngôn ngữ học"),
    ("Phó vụ trưởng Đại học và Sau đại học Lê Văn Minh cho biết.", "Đại học và Sau đại học"),
    # a name opening with a word that reads as a country ("Pháp" is France)
    ("Ông Tuyến, Vụ trưởng Pháp chế Bộ Tư pháp, đã ký.", "Pháp chế"),
])
def test_a_department_after_its_heads_post_is_an_organization(text, department):
    assert ("ORGANIZATION", department) in spans(text)


@pytest.mark.parametrize("text, not_department", [
    # the holder's name follows the post: a person, not a department
    ("Trưởng phòng Nguyễn Văn Hùng đã ký quyết định.", "Nguyễn Văn Hùng"),
    # one foreign-looking word alone after the post is its holder
    ("Cuộc họp có Phó viện trưởng Petrov, kỹ sư trưởng và hai chuyên gia.", "Petrov"),
    # a body of a place is the organisation rules' job
    ("Viện trưởng VKS tỉnh Khánh Hòa đã ra kháng nghị.", "VKS"),
    # lower-case after the post: no name of its own
    ("Trưởng phòng cho biết hồ sơ đã đầy đủ.", "cho biết"),
])
def test_no_department_is_made_of_a_holder_a_place_body_or_a_clause(text, not_department):
    found = find_departments_in_posts(text, syllables(text), [])
    assert not any(e.text.startswith(not_department) for e in found)


@pytest.mark.parametrize("text, department", [
    # a lower-case head with a name after it: the body the department belongs to
    ("Ông Hải, Trưởng phòng Đào tạo trường ĐH Yersin, trả lời.", "Đào tạo"),
    # a common word of the sentence ends the name
    ("Phó phòng Tài trợ thương mại của Vietcombank đã từ chức.", "Tài trợ thương mại"),
    # a person's full name ends it too
    ("Trưởng ban Tuyên giáo Nguyễn Thị Lan phát biểu.", "Tuyên giáo"),
])
def test_the_department_ends_where_the_sentence_goes_on(text, department):
    found = [e.text for e in find_departments_in_posts(text, syllables(text), [])]
    assert found == [department]


def test_the_department_ends_before_a_body_found_before_it():
    text = "Vụ trưởng Pháp chế Bộ Tư pháp có mặt."
    body = extract_entities("Bộ Tư pháp")[0]
    shifted = type(body)(body.label, text.index("Bộ"), text.index("Bộ") + len("Bộ Tư pháp"), body.text, body.name,
                         body.attrs)
    assert [e.text for e in find_departments_in_posts(text, syllables(text), [shifted])] == ["Pháp chế"]


def test_a_name_without_a_clear_end_is_left_out():
    text = "Trưởng phòng Quản lý " + " ".join(["đất đai đô thị"] * 4) + " vừa nghỉ hưu."
    assert find_departments_in_posts(text, syllables(text), []) == []


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet="Trưởng phòng Kế toán Bộ Nội vụ và - ,.Nguyễn Văn", max_size=60))
def test_departments_are_exact_slices_inside_the_text(text):
    for e in find_departments_in_posts(text, syllables(text), []):
        assert text[e.start:e.end] == e.text
        assert e.label == "ORGANIZATION" and e.text[0].isupper()


def test_the_first_name_of_an_unclear_list_is_left_out():
    text = "Ông Vũ Hạng, Trưởng ban Thi đua, Khen thưởng, Kỷ luật của liên đoàn bị kỷ luật."
    assert find_departments_in_posts(text, syllables(text), []) == []


def test_a_verb_after_the_name_ends_it():
    text = "Phó trưởng phòng Cảnh sát hình sự chuyên phụ trách trọng án được khen."
    assert [e.text for e in find_departments_in_posts(text, syllables(text), [])] == ["Cảnh sát hình sự"]


def test_a_department_of_an_unnamed_body_is_left_out():
    generic = "Lỗi thuộc về Trưởng phòng Hành chính của bệnh viện."
    named = "Lỗi thuộc về Trưởng phòng Hành chính của Bệnh viện Bạch Mai."
    assert find_departments_in_posts(generic, syllables(generic), []) == []
    assert [e.text for e in find_departments_in_posts(named, syllables(named), [])] == ["Hành chính"]


@pytest.mark.parametrize("text, department", [
    ("Bà Lan, trưởng phòng kế toán tổng hợp, cho biết số liệu đã xong.", "kế toán tổng hợp"),
    ("Phó trưởng phòng đăng ký kinh doanh Sở Kế hoạch và Đầu tư Hà Nội đã ký.", "đăng ký kinh doanh"),
])
def test_a_lower_case_department_ended_by_a_comma_or_a_body_is_an_organization(text, department):
    assert ("ORGANIZATION", department) in spans(text)


@pytest.mark.parametrize("text", [
    "Trưởng phòng cho biết hồ sơ đã đầy đủ.",  # a verb: no name
    "Trưởng phòng kỹ thuật nói rằng máy hỏng từ lâu.",  # no comma or body ends it
    "Ông Dũng, nguyên phó Phòng cảnh sát hình sự, được tòa gọi.",  # capitalised head
])
def test_no_lower_case_department_where_the_sentence_may_go_on(text):
    assert find_departments_in_posts(text, syllables(text), []) == []
