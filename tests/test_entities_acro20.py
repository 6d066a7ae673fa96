"""Twentieth stop, acronyms: an unknown all-capital acronym after "của", "giữa" or "do" is a
body (team-written sentences, none from a gold batch); each row a rule that could break."""

import pytest

from test_entities_fifth_pass import organizations, spans
from vnnews.entities.acronyms import with_acronyms_of_found_bodies
from vnnews.entities.organizations import organization_entity


@pytest.mark.parametrize("text, body", [
    ("Báo cáo thường niên của OPIC cho thấy lượng vốn giảm mạnh.", "OPIC"),
    ("Các chuyên gia của KDCA đang theo dõi ổ dịch.", "KDCA"),
    ("Chương trình hợp tác giữa VNUHF và Đại học Tokyo kéo dài 5 năm.", "VNUHF"),
    ("Học viên nhận chứng chỉ do ICDL cấp sau khóa học.", "ICDL"),
])
def test_an_acronym_that_owns_meets_or_does_is_a_body(text, body):
    assert body in organizations(text, stacked=False)


@pytest.mark.parametrize("text, word", [
    ("Người yêu của HA sẽ ra đi vào tháng sau.", "HA"),          # two letters: initials
    ("Trong lịch sử 23 năm của HIV/AIDS, nhiều thuốc đã ra đời.", "HIV/AIDS"),
    ("Lực lượng của CSGT đã có mặt từ sáng.", "CSGT"),          # a generic force, no name
    ("Tỷ giá của USD tăng nhẹ trong phiên sáng.", "USD"),
    ("Hoạt động của UBND xã được kiểm tra.", "UBND"),
])
def test_initials_diseases_and_generic_abbreviations_stay_out(text, word):
    assert not any(word in name for name in organizations(text, stacked=False))


def test_an_acronym_before_a_capitalised_name_is_left_to_the_longer_name():
    # "của NH Đông Á": a longer name follows, the acronym alone is not the body
    assert "ILAB" not in organizations("Trung tâm đào tạo của ILAB Vietnam tại Vũng Tàu mở cửa.", stacked=False)


@pytest.mark.parametrize("text, body, holder", [
    ("Tổng giám đốc ACBS Nguyễn Văn Hòa cho biết lãi suất sẽ giảm.", "ACBS", "Nguyễn Văn Hòa"),
    ("Người phát ngôn SVR Andrei Petrov nói vụ việc đang được điều tra.", "SVR", "Andrei Petrov"),
])
def test_an_acronym_between_a_post_and_its_holder_is_the_body(text, body, holder):
    found = [name for label, name in spans(text, stacked=False)]
    assert body in organizations(text, stacked=False)
    assert any(holder in name for name in found)


@pytest.mark.parametrize("text, word", [
    ("Đại diện ĐHDL Lạc Hồng trao tặng 2 suất học bổng.", "ĐHDL"),   # a generic head: "đại học dân lập"
    ("Giám đốc PMU 18 đã bị bắt.", "PMU"),                            # a number carries the name on
    ("Giám đốc TV Hoàng Long có mặt.", "TV"),                         # two letters: no holder read
])
def test_no_acronym_alone_before_a_longer_name(text, word):
    assert word not in organizations(text, stacked=False)


def test_an_acronym_in_brackets_after_a_found_body_is_its_short_name():
    text = "Theo Pacific Grain Limited (PGL), giá lúa mì sẽ tăng; PGL dự báo nhu cầu cao hơn."
    assert organizations(text, stacked=False).count("PGL") == 2


@pytest.mark.parametrize("text, word", [
    ("Theo Vietnam Airlines (BV), khách đông.", "BV"),            # a generic abbreviation
    ("Theo Vietnam Airlines (VNA)- phản ánh.", "VNA"),            # a byline
    ("Theo Vietnam Airlines (Vna), khách đông.", "Vna"),          # no acronym
])
def test_generic_abbreviations_and_bylines_in_brackets_are_no_names(text, word):
    body = organization_entity(text, 5, 21, "known")
    assert [e.text for e in with_acronyms_of_found_bodies(text, [body])] == ["Vietnam Airlines"]
