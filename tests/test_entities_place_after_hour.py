"""A province after an hour or in "đường phố X" is the province (read off blind13's misses by
the lead; team-written sentences), while a name after a house number or "phố" stays a street."""

import pytest

import vnnews


@pytest.mark.parametrize("text, label, surface", [
    ("Vụ nổ xảy ra lúc 8h sáng nay (11h Hà Nội).", "PROVINCE", "Hà Nội"),
    ("Nhiều người phóng nhanh trên đường phố Hà Nội.", "PROVINCE", "Hà Nội"),
    ("Xe máy chật kín các đường phố Đà Nẵng sau trận đấu.", "PROVINCE", "Đà Nẵng"),
    ("Quán phở ở phố Huế rất đông.", "LOCATION", "phố Huế"),
])
def test_province_or_street(text, label, surface):
    found = {(e.label, e.text) for e in vnnews.extract_entities(text)}
    assert (label, surface) in found


def test_a_house_number_still_makes_a_street():
    found = {(e.label, e.text) for e in vnnews.extract_entities("Cửa hàng ở số 12 Hà Nội, quận 1.")}
    assert ("PROVINCE", "Hà Nội") not in found
