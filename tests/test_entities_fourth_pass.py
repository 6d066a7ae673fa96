"""Fourth pass on entity quality (rules found on VNTC training articles): team-written
sentences, none from a gold batch; each row a rule that could break."""

import pytest

from vnnews import extract_entities


def spans(text, **options):
    return [(e.label, e.text) for e in extract_entities(text, **options)]


@pytest.mark.parametrize("text, expected, absent", [
    # surnames that were missing: the body's name stops before the holder's full name
    ("Bộ trưởng Bộ GTVT Đào Văn Tâm trả lời chất vấn.", ("OFFICIAL", "Đào Văn Tâm"),
     ("ORGANIZATION", "Bộ GTVT Đào Văn Tâm")),
    ("Bộ trưởng Bộ Tư pháp Uông Văn Lộc phát biểu.", ("OFFICIAL", "Uông Văn Lộc"),
     ("PERSON", "Văn Lộc")),
    ("Anh Khuất Văn Hòa đã được đưa đi cấp cứu.", ("PERSON", "Khuất Văn Hòa"), ("PERSON", "Văn Hòa")),
    ("Chủ xe là Đậu Thị Lan, trú tại Nghệ An.", ("PERSON", "Đậu Thị Lan"), ("PERSON", "Thị Lan")),
])
def test_more_surnames(text, expected, absent):
    found = spans(text)
    assert expected in found
    assert absent not in found


@pytest.mark.parametrize("text, body", [
    ("Hội đồng bảo an sẽ họp về vấn đề này.", "Hội đồng bảo an"),
    ("Nghị quyết của Hội đồng Bảo an Liên hiệp quốc được thông qua.", "Hội đồng Bảo an Liên hiệp quốc"),
    ("Đại sứ Pháp tại Liên hiệp quốc nói vậy.", "Liên hiệp quốc"),
])
def test_security_council_and_un_spelling(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body", [
    ("Vụ Tổ chức cán bộ đã trình phương án.", "Vụ Tổ chức cán bộ"),
    ("Ông Lâm, Vụ trưởng Vụ Hợp tác quốc tế, cho biết.", "Vụ Hợp tác quốc tế"),
    ("Phòng Tài chính kế toán của sở đã duyệt.", "Phòng Tài chính kế toán"),
    ("Theo Vụ Thương mại điện tử, doanh số tăng.", "Vụ Thương mại điện tử"),
    ("Hồ sơ được chuyển sang Cục An ninh điều tra.", "Cục An ninh điều tra"),
])
def test_departments_named_by_their_field(text, body):
    assert ("ORGANIZATION", body) in spans(text, stacked=False)


@pytest.mark.parametrize("text", [
    "Vụ Năm Cam được đưa ra xét xử.",
    "Vụ Minh Phụng gây thiệt hại lớn.",
    "Vụ việc đang được điều tra.",
])
def test_a_case_is_not_a_department(text):
    assert not any(label == "ORGANIZATION" and name.startswith("Vụ") for label, name in spans(text))


@pytest.mark.parametrize("text, name", [
    ("Tổng thống Bush sẽ tới thăm vào tuần sau.", "Bush"),
    ("Cuộc gặp với Thủ tướng Koizumi diễn ra hôm qua.", "Koizumi"),
    ("Ngoại trưởng Powell còn bàn đến nhiều vấn đề khác.", "Powell"),
    ("Đại sứ Lecoq cho biết các khoản tài trợ sẽ tăng.", "Lecoq"),
])
def test_a_foreign_name_of_one_word_after_a_post_is_an_official(text, name):
    assert ("OFFICIAL", name) in spans(text)


@pytest.mark.parametrize("text, absent", [
    ("Thủ tướng Israel phát biểu tại hội nghị.", "Israel"),  # a country
    ("Ông Lâm, Giám đốc Gimex, đã thuê đơn vị tư vấn.", "Gimex"),  # a company after a company post
    ("Phó thống đốc tỉnh Diyala bị tấn công.", "Diyala"),  # a place after a level word
    ("Phó tổng thống Noli de Castro tới thăm.", "Noli"),  # not the first word of a longer name
])
def test_a_foreign_word_after_a_post_that_is_no_holder(text, absent):
    assert ("OFFICIAL", absent) not in spans(text)


@pytest.mark.parametrize("text, post_word", [
    ("Ông gặp Tổng thống Nga Vladimir Putin và Chủ tịch Trung Quốc Hồ Cẩm Đào.", "Chủ"),
    ("Hội đàm giữa Bill Gates và Thủ tướng Phan Văn Khải kéo dài.", "Thủ"),
])
def test_a_post_after_a_person_and_va_is_not_a_name(text, post_word):
    assert ("PERSON", post_word) not in spans(text)


@pytest.mark.parametrize("text, party", [
    ("Ứng viên của đảng Cộng hòa đã thắng ở bang này.", "Cộng hòa"),  # a lower-case head is left out
    ("Ông là lãnh đạo của đảng Bảo thủ từ năm ngoái.", "Bảo thủ"),
    ("Đại hội của Đảng cộng sản Trung Quốc khai mạc.", "Đảng cộng sản Trung Quốc"),
])
def test_parties_named_by_their_field(text, party):
    assert ("ORGANIZATION", party) in spans(text)


def test_a_field_that_goes_on_is_not_cut_short():
    assert ("ORGANIZATION", "Xây dựng") not in spans("Ông Hân, giám đốc công ty Xây dựng - Kinh doanh nhà Gia Định, nói.")


@pytest.mark.parametrize("text, body", [
    ("Theo Tổ chức Y tế thế giới (WHO), dịch lan rộng.", "Tổ chức Y tế thế giới"),
    ("Báo cáo của Văn phòng hàng hải quốc tế cho thấy cướp biển tăng.", "Văn phòng hàng hải quốc tế"),
    ("Tòa án Hình sự quốc tế xét xử ông ta.", "Tòa án Hình sự quốc tế"),  # the scope closes the name
    ("Quân đội Mỹ rút quân khỏi thành phố.", "Quân đội Mỹ"),  # a state's body ends at its country
    ("Cảnh sát Pháp lo ngại bạo loạn.", "Cảnh sát Pháp"),
])
def test_a_scope_or_a_country_closes_a_body(text, body):
    assert ("ORGANIZATION", body) in spans(text)


def test_a_country_syllable_inside_a_word_does_not_close_a_school():
    assert ("ORGANIZATION", "Trường Cao đẳng Mỹ thuật Huế") in spans("Ông học Trường Cao đẳng Mỹ thuật Huế.")


@pytest.mark.parametrize("text, name", [
    ("Thái tử Harald và phu nhân Sonja đến thăm.", "Harald"),
    ("Thái tử Harald và phu nhân Sonja đến thăm.", "Sonja"),
    ("Ông bà có một con gái, công chúa Aiko.", "Aiko"),
])
def test_royal_titles_are_honorifics(text, name):
    assert ("PERSON", name) in spans(text)


@pytest.mark.parametrize("text, name", [
    ("Bà ấy chết tại một căn nhà ở huyện Đào Viên, Đài Loan.", "Đào Viên"),
    ("Sáng nay, các xã của huyện Từ Liêm đã họp.", "Từ Liêm"),
])
def test_a_two_syllable_name_after_a_level_word_is_a_unit_not_a_person(text, name):
    assert ("PERSON", name) not in spans(text)


def test_a_full_name_after_a_level_word_is_still_a_person():
    assert ("PERSON", "Lê Văn Tám") in spans("Công an xã Lê Văn Tám bắt giữ hai đối tượng.")
