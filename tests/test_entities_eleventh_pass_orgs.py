"""Eleventh pass on entity quality (organisations named bare): team-written sentences,
none from a gold batch; each row a rule that could break."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import spans
from vnnews.entities.products import model_follows
from vnnews.entities.tokens import syllables


@pytest.mark.parametrize("text, brand", [
    ("Mẫu bán chạy nhất tháng là Nokia 1110, kế đến là Motorola.", "Nokia"),
    ("Khách hàng chuộng Samsung E250 hơn các mẫu khác.", "Samsung"),
    ("Cửa hàng giảm giá Sony W810i trong tuần này.", "Sony"),
])
def test_a_brand_before_a_model_code_is_a_product_not_a_company(text, brand):
    assert ("ORGANIZATION", brand) not in spans(text)


@pytest.mark.parametrize("text, brand", [
    ("Năm 2005, Nokia tăng thị phần ở châu Á.", "Nokia"),  # a year after the sentence's opening
    ("Samsung cho biết sẽ mở thêm nhà máy.", "Samsung"),
])
def test_a_brand_as_a_company_stays_a_company(text, brand):
    assert ("ORGANIZATION", brand) in spans(text)


@given(st.sampled_from(["C100", "6610", "A800", "X-100i", "E250"]),
       st.sampled_from(["1999", "2005", "2010", "năm", "và", "Hà"]))
@settings(max_examples=30, deadline=None)
def test_model_codes_follow_a_brand_and_years_or_words_do_not(code, other):
    tokens = syllables(f"Nokia {code} và Nokia {other} nữa")
    assert model_follows(tokens, 1)
    assert not model_follows(tokens, 4)


# -- names mined from the training corpus (models/org_names) -------------------------

@pytest.mark.parametrize("text, body", [
    ("Năm nay Interpet dự kiến xuất khẩu sang Trung Đông.", "Interpet"),
    ("Sau phiên họp, PTSC được thanh toán 60% khối lượng.", "PTSC"),
    ("Dự án do HUD làm chủ đầu tư đã chậm hai năm.", "HUD"),
    ("Phần mềm của F-Secure phát hiện virus mới.", "F-Secure"),
])
def test_a_mined_name_standing_bare_is_an_organization(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, name", [
    ("Chiếc Nissan đâm vào xe Toyota trên quốc lộ.", "Nissan"),  # a car
    ("Người mua chuộng Yamaha 110 hơn xe khác.", "Yamaha"),  # a model
    ("Thời chính quyền Ford, ông làm cố vấn.", "Ford"),  # the president's administration
])
def test_a_mined_name_used_for_a_thing_or_a_leader_is_no_organization(text, name):
    assert ("ORGANIZATION", name) not in spans(text)


def test_a_mined_name_inside_a_longer_capitalised_name_is_not_cut_out():
    from vnnews.entities.mined_bodies import find_mined_bodies
    text = "Ông đến Trung tâm PTSC Vũng Tàu và nói chuyện với Honda Motor."
    assert find_mined_bodies(text, syllables(text), set()) == []


def test_the_mined_list_holds_no_place_country_or_given_name():
    from vnnews.entities.gazetteer import load_gazetteer
    from vnnews.entities.mined_bodies import mined_names
    from vnnews.entities.persons import given_name_shares
    gazetteer, given = load_gazetteer(), given_name_shares()
    names = [" ".join(words) for group in mined_names().values() for words in group]
    assert len(names) > 100
    assert not [n for n in names if gazetteer.lookup(n)]
    assert not [n for n in names if n.title() in given or n in given]


# -- "BV" as the head of a hospital; what follows a body's name ---------------------

@pytest.mark.parametrize("text, body", [
    ("Cháu bé được chuyển lên BV Nhi Đồng 2 trong đêm.", "BV Nhi Đồng 2"),
    ("Ông Hải, Giám đốc BV Bạch Mai, cho biết số ca bệnh đã giảm.", "BV Bạch Mai"),
])
def test_bv_heads_a_hospitals_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body", [
    ("Bạn nên đến Bệnh viện Mắt để được khám kỹ hơn.", "Bệnh viện Mắt"),
    ("Bộ phim do Hãng phim Giải phóng sản xuất năm 2004.", "Hãng phim Giải phóng"),
    ("Hồ sơ đã chuyển tới Phòng Cảnh sát hình sự để điều tra.", "Phòng Cảnh sát hình sự"),
])
def test_a_purpose_or_what_a_body_made_is_not_part_of_its_name(text, body):
    assert ("ORGANIZATION", body) in spans(text)


@pytest.mark.parametrize("text, body", [
    ("Công ty Vận tải hành khách công cộng Hà Nội tăng chuyến xe buýt.",
     "Công ty Vận tải hành khách công cộng Hà Nội"),
    ("Theo Trung tâm Đào tạo công nghệ thông tin TP.HCM, lớp học sẽ mở vào tháng 9.",
     "Trung tâm Đào tạo công nghệ thông tin TP.HCM"),
])
def test_a_long_lower_case_name_runs_on_to_the_place_it_belongs_to(text, body):
    assert ("ORGANIZATION", body) in spans(text)


def test_a_long_lower_case_run_without_a_place_after_it_is_still_cut():
    found = [name for label, name in spans("Công ty Vận tải hành khách công cộng năm nay lãi lớn.")
             if label == "ORGANIZATION"]
    assert all("năm" not in name for name in found)


@pytest.mark.parametrize("text, product", [
    ("Chúng bỏ đi bằng môtô Honda Dylan về phía cầu.", "Honda Dylan"),
    ("Cảnh sát dừng chiếc xe Honda Dream II ở ngã tư.", "Honda Dream II"),
    ("Ông ngồi trên chiếc Chevy Suburban màu đen.", "Chevy Suburban"),
])
def test_a_foreign_name_after_a_word_for_a_thing_is_no_person_nor_body(text, product):
    assert not [name for _label, name in spans(text) if product.startswith(name) or name.startswith(product)]


def test_a_customer_of_a_body_leaves_the_body_a_body():
    assert ("ORGANIZATION", "S-Fone") in spans("Tết năm nay, khách hàng S-Fone đón một cái Tết suôn sẻ.")


def test_a_generic_abbreviation_before_a_mined_name_leaves_it_a_body():
    assert ("ORGANIZATION", "HUD") in spans("Ông Trần Văn An, Chủ tịch HĐQT HUD, cho biết dự án đã xong.")
