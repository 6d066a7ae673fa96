"""Eighth pass on entity quality (bodies and persons by their role in the sentence, rules
read off VNTC training articles): team-written sentences, none from a gold batch; each row
a rule that could break."""

import pytest

from test_entities_fifth_pass import organizations, spans


@pytest.mark.parametrize("text, names", [
    ("Các công ty khác như Samsung, LG, Nokia, ZTE và BenQ cũng giảm giá.", ["LG", "ZTE", "BenQ"]),
    ("Nhiều hãng như HGST, Toshiba, Fujitsu đã tung ra ổ cứng mới.", ["HGST"]),
    ("Tin tổng hợp (TI, AFP, BBC)", ["TI"]),
])
def test_brand_spelt_names_in_a_list_of_bodies_are_bodies(text, names):
    found = organizations(text)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, not_bodies", [
    ("Máy có sẵn các ứng dụng Word, Excel và PowerPoint.", ["Word", "Excel"]),  # one body at most
    ("Microsoft và IBM cùng ký.", []),  # two items: no list rule (both known anyway)
    ("Các hãng Sony, Samsung, Bill Gates và Steve Jobs có mặt.", ["Bill Gates", "Steve Jobs"]),
    ("Báo chí như BBC, Reuters, AFP, News of The World đã đưa tin.", ["News"]),
    ("Giá vàng, USD và HIV, SARS, WHO", ["USD", "HIV", "SARS"]),
])
def test_a_list_of_mixed_or_mostly_unknown_names_stays_as_it_was(text, not_bodies):
    found = organizations(text)
    assert not any(name in found for name in not_bodies)
