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
