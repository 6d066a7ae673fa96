"""Seventh pass on entity quality (rules read off VNTC training articles): team-written
sentences, none from a gold batch; each row a rule that could break."""

import pytest

from test_entities_fifth_pass import organizations, spans


@pytest.mark.parametrize("text, name", [
    ("Thành phố thanh tra Tổng công ty cấp nước Sài Gòn (Sawaco). Theo Sawaco, nước đã sạch.", "Sawaco"),
    ("Hiệp hội Bông sợi Việt Nam (Vitas) họp. Vitas cho biết giá bông tăng.", "Vitas"),
    ("Viện Nghiên cứu công nghệ (ITRI) đã nộp đơn. Ông cho biết ITRI sẽ giữ bản quyền.", "ITRI"),
])
def test_a_name_defined_in_brackets_stands_for_the_body_later(text, name):
    assert organizations(text).count(name) == 2
    assert ("PERSON", name) not in spans(text)


def test_a_bracketed_name_that_is_no_brand_is_not_repeated():
    text = "Công ty Bảo Minh (Minh) mở chi nhánh. Anh Minh cho biết đã ký."
    assert organizations(text).count("Minh") <= 1


@pytest.mark.parametrize("text, body", [
    ("Ngân hàng Đông Á 5,5 triệu đồng, Techcombank hơn 5 triệu đồng.", "Ngân hàng Đông Á"),
    ("Năm nay Công ty Vinamilk 3 tỷ đồng, còn lại là của các hộ.", "Công ty Vinamilk"),
    ("Công ty Xây dựng 12 tỷ đồng cho dự án.", "Công ty Xây dựng"),
])
def test_an_amount_after_a_body_is_not_its_number(text, body):
    assert body in organizations(text)


def test_a_number_still_ends_a_name():
    assert organizations("Công ty Cầu 12 đã thi công xong.") == ["Công ty Cầu 12"]


@pytest.mark.parametrize("text, body, official", [
    ("Cục trưởng Cục Vệ sinh an toàn thực phẩm Phan Thị Kim dẫn đầu đoàn.",
     "Cục Vệ sinh an toàn thực phẩm", "Phan Thị Kim"),
    ("Viện trưởng Viện Nghiên cứu rau quả nhiệt đới Lê Văn Hùng cho biết.",
     "Viện Nghiên cứu rau quả nhiệt đới", "Lê Văn Hùng"),
])
def test_a_long_lower_case_name_runs_up_to_the_official(text, body, official):
    assert body in organizations(text)
    assert ("OFFICIAL", official) in spans(text)


def test_the_longer_lower_case_name_needs_an_official_or_a_body_after_it():
    # precision first: without a name after it, a lower-case run stays cut at three words
    # (a verb phrase as often as a name: "Hội Nông dân vận động bà con trồng rau"); since
    # the twelfth pass, words of a body's field up to a clear end go on ("rau quả nhiệt đới")
    text = "Viện Nghiên cứu cây trồng vật nuôi ngon lành đã công bố."
    assert "Viện Nghiên cứu cây trồng vật nuôi ngon lành" not in organizations(text)


def test_an_alias_of_a_one_word_body_is_not_repeated():
    text = "Việt Nam tham gia chương trình Thẻ đi lại doanh nhân APEC (ABTC). Thẻ ABTC giúp doanh nhân."
    assert organizations(text).count("ABTC") == 1


@pytest.mark.parametrize("text, bodies", [
    ("Tổng cục Điều tra Bộ Tổng tham mưu cho biết.", ["Tổng cục Điều tra", "Bộ Tổng tham mưu"]),
    ("Cục Điều tra hình sự Bộ Quốc phòng cho biết.", ["Cục Điều tra hình sự", "Bộ Quốc phòng"]),
    # a delegation or an inspectorate of a ministry stays one name
    ("Đoàn Thanh tra Bộ Y tế đã làm việc.", ["Đoàn Thanh tra Bộ Y tế"]),
])
def test_a_department_with_its_own_name_is_not_merged_with_its_ministry(text, bodies):
    assert organizations(text) == bodies


@pytest.mark.parametrize("text, body", [
    ("Vụ phá sản của Parmalat, tập đoàn thực phẩm lớn nhất Italia, gây chấn động.", "Parmalat"),
    ("Big Blue vượt qua đối thủ NEC, hãng phát triển siêu máy tính.", "NEC"),
    # a foreign two-word name read as a person before
    ("Stelor Productions, công ty sở hữu trang web, đã kiện.", "Stelor Productions"),
])
def test_a_name_described_as_a_company_is_one(text, body):
    assert body in organizations(text)
    assert ("PERSON", body) not in spans(text)


@pytest.mark.parametrize("text, person", [
    ("Theo Calvin, công ty thiếu vốn trầm trọng.", "Calvin"),  # a new clause after the source
    ("Khi chia tay Cao Thái Sơn, công ty lỗ hết 300 triệu đồng.", "Cao Thái Sơn"),  # a Vietnamese name
    ("Với David Bowers và Sam Fell, hãng Aardman hy vọng phim sẽ thắng.", "Sam Fell"),  # the head has a name
])
def test_a_comma_and_a_company_word_alone_do_not_make_a_company(text, person):
    assert ("PERSON", person) in spans(text)


def test_a_described_name_is_not_cut_out_of_a_longer_one():
    assert "Networks" not in organizations("Theo số liệu do comScore Networks, công ty chuyên theo dõi web, công bố.")


@pytest.mark.parametrize("text, word", [
    # "Hiệp hội", "mạng lưới" are no sport words: no player found in the sentence
    ("Hiệp hội Dệt May đề nghị trợ giá 0,09 USD/kg bông xơ cho Parkson.", "Parkson"),
    ("Mạng lưới siêu thị Metro, Bourbon đã mở rộng.", "Bourbon"),
])
def test_a_syllable_of_a_sport_word_inside_another_word_makes_no_match(text, word):
    assert ("PERSON", word) not in spans(text)


def test_a_half_of_a_match_still_makes_a_sentence_about_a_match():
    assert ("PERSON", "Drogba") in spans("Hết hiệp 1, Drogba đánh đầu tung lưới đội khách.")


@pytest.mark.parametrize("text, body", [
    ("Công ty 28 đã bàn giao công trình đúng hạn.", "Công ty 28"),
    ("Tổng công ty 36 và Xí nghiệp 19 ký hợp đồng.", "Xí nghiệp 19"),
    ("Vụ tiêu cực ở PMU 18 đã bị phát hiện.", "PMU 18"),
])
def test_a_company_head_and_a_number_name_a_body(text, body):
    assert body in organizations(text)


def test_an_official_of_a_numbered_body():
    assert ("OFFICIAL", "Nguyễn Việt Tiến") in spans("Tổng giám đốc PMU18 Nguyễn Việt Tiến ra quyết định.")


@pytest.mark.parametrize("text", [
    "Công ty 3 năm liền thua lỗ.",
    "Công ty 100% vốn Nhật Bản sắp tung ra sản phẩm.",
    "Công ty 5,5 triệu đồng, hộ dân 2 triệu đồng.",
])
def test_a_count_or_an_amount_after_a_company_head_is_no_name(text):
    assert not [o for o in organizations(text) if o[-1].isdigit()]


@pytest.mark.parametrize("text, official", [
    ("Bộ trưởng Tài chính Nguyễn Sinh Hùng cho biết ngân sách tăng.", "Nguyễn Sinh Hùng"),
    ("Thứ trưởng Kế hoạch và Đầu tư Nguyễn Bích Đạt cho biết.", "Nguyễn Bích Đạt"),
    ("Bộ trưởng Lao động Thương binh và Xã hội Nguyễn Thị Hằng cho rằng.", "Nguyễn Thị Hằng"),
])
def test_a_ministry_named_by_its_field_after_a_minister(text, official):
    """The field after a minister's post tells the post; since the nineteenth stop it is no
    ORGANIZATION of its own (the gold batches from blind9 on leave it out 16 times in 17)."""
    assert organizations(text) == []
    assert ("OFFICIAL", official) in spans(text)


def test_ministries_listed_after_a_lower_case_bo():
    assert organizations("Ngoài ra, các bộ Ngoại giao, Công an và Y tế phải đơn giản hóa thủ tục.") == [
        "Ngoại giao", "Công an", "Y tế"]


@pytest.mark.parametrize("text", [
    "Bộ trưởng Ngoại giao Mỹ Condoleezza Rice đến Hà Nội.",  # the country's place in the name is unsettled
    "Bộ trưởng Nông nghiệp và Đất đai Canada Pat Bell cho biết.",  # a longer name than the list holds
])
def test_a_field_that_goes_on_is_left_alone(text):
    assert organizations(text) == []


@pytest.mark.parametrize("text, body", [
    ("Các hãng Teva Pharmaceuticals và Barr Laboratories đã kiện.", "Barr Laboratories"),
    ("Anand Kapoor thuộc Image Foundry Studios cho biết.", "Image Foundry Studios"),
    ("Trận đấu được Star Sports truyền hình trực tiếp.", "Star Sports"),
])
def test_more_foreign_company_words(text, body):
    assert body in organizations(text)
    assert ("PERSON", body) not in spans(text)


@pytest.mark.parametrize("text, official", [
    ("ĐB Lê Quốc Dung (Thái Bình) dẫn chứng khoản đóng góp.", "Lê Quốc Dung"),
    ("Phát biểu sau đó, đại biểu Nguyễn Ngọc Trân (An Giang) nói.", "Nguyễn Ngọc Trân"),
])
def test_a_deputy_is_an_official(text, official):
    assert ("OFFICIAL", official) in spans(text)


def test_delegates_of_a_country_are_no_official():
    assert spans("Trong 3 ngày, 300 đại biểu Việt Nam và quốc tế sẽ chia sẻ kinh nghiệm.") == [
        ("LOCATION", "Việt Nam")]


@pytest.mark.parametrize("text, body", [
    ("Văn phòng Bộ Chính trị vừa có thông báo.", "Văn phòng Bộ Chính trị"),
    ("Công ty phối hợp với Báo Hà Nội mới tổ chức lễ trao học bổng.", "Báo Hà Nội mới"),
    ("Chủ sở hữu CLB Atletico Madrid và Paco Roig đã gặp nhau.", "CLB Atletico Madrid"),
])
def test_a_national_body_inside_a_name_is_not_cut(text, body):
    assert body in organizations(text)
