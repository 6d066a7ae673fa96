"""Organisations on unseen news (the twenty-first stop): sentences written by the team in the
shape of kinds of error that recur over the seen gold batches, none copied from a gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from test_entities_fifth_pass import organizations, spans

from vnnews.entities.result_tables import table_teams


# -- teams in a table of results or fixtures (:mod:`vnnews.entities.result_tables`)

@pytest.mark.parametrize("text, teams", [
    ("Kết quả: Torino - Bologna 2-1Genoa - Napoli 0-0Lyon - Nantes 3-1",  # glued after the score
     ["Torino", "Bologna", "Genoa", "Napoli", "Lyon", "Nantes"]),
    ("Rennes 2-0 Lille Monaco 1-1 Auxerre Lens 0-3 Nice",  # away and home teams side by side
     ["Rennes", "Lille", "Monaco", "Auxerre", "Lens", "Nice"]),
    ("Chủ nhật 9/3Leeds v Wigan 21hStoke - Hull 23h30",  # kick-off times, "v" for the dash
     ["Leeds", "Wigan", "Stoke", "Hull"]),
    ("Bảng A: Hà Lan 2-1 Bỉ Thụy Điển 0-0 Áo",  # countries and provinces play too
     ["Hà Lan", "Bỉ", "Thụy Điển", "Áo"]),
])
def test_every_name_of_a_results_table_is_a_team(text, teams):
    found = organizations(text)
    for team in teams:
        assert team in found


def test_a_table_name_read_as_a_place_or_two_teams_as_one_body_gives_way():
    text = "Leeds 1-1 Lyon Nantes 0-2 Hertha Wolfsburg 3-0 Metz"
    found = spans(text)
    assert ("ORGANIZATION", "Lyon") in found and ("LOCATION", "Lyon") not in found
    assert ("ORGANIZATION", "Hertha") in found and ("ORGANIZATION", "Wolfsburg") in found
    assert ("ORGANIZATION", "Hertha Wolfsburg") not in found


@pytest.mark.parametrize("text", [
    "Đội chủ nhà Lyon thắng 2-1 trên sân Gerland.",  # one score: no table
    "Văn phòng loại A giá 23-25 USD/m2, loại B 16-19 USD/m2, loại C 9-15 USD/m2.",  # price ranges
    "Ngày 1-12 Hà Nội mưa; ngày 3-12 Huế nắng.",  # dates
    "Thứ bảy 2-1 Chủ nhật 3-0 Thứ hai",  # capitals opening no name
])
def test_no_table_without_two_pairs_of_names(text):
    assert table_teams(text) == []


def test_a_run_between_scores_is_cut_where_both_sides_are_known_or_left_alone():
    text = "Lens 1-0 Nice Real Betis 2-2 Hà Lan Lille Monaco Auxerre 0-1 Metz"
    found = [text[s:e] for s, e in table_teams(text)]
    assert "Real Betis" in found and "Nice" in found  # a known club after an unknown word: no cut
    assert "Hà Lan" not in found and not any("Monaco" in name or "Auxerre" in name for name in found)


_NAMES = st.sampled_from(["Lyon", "Nantes", "Aston Villa", "Man. City", "MU", "Hà Lan", "Bremen"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_NAMES, _NAMES, st.integers(0, 9), st.integers(0, 9)), min_size=2, max_size=5),
       st.sampled_from(["", " ", "\n"]), st.text(alphabet="abc đ", max_size=12))
def test_table_teams_are_its_names_wherever_the_table_stands(pairs, glue, prefix):
    table = glue.join(f"{a} - {b} {x}-{y}" for a, b, x, y in pairs)
    text = prefix + "\n" + table
    found = table_teams(text)
    offset = len(prefix) + 1
    assert [text[s:e] for s, e in found] == [name for a, b, _, _ in pairs for name in (a, b)]
    assert all(s >= offset for s, _ in found)


# -- the club in brackets after a player (:mod:`vnnews.entities.player_clubs`)

def test_a_province_in_brackets_after_a_player_is_his_club():
    found = spans("Hậu vệ: Nguyễn Văn Khải (Đồng Tháp), Trần Minh Lộc (Khánh Hòa), Vũ Hữu Tài (HAGL).")
    for club in ("Đồng Tháp", "Khánh Hòa", "HAGL"):
        assert ("ORGANIZATION", club) in found
    assert ("PROVINCE", "Đồng Tháp") not in found


def test_a_club_in_brackets_after_a_player_is_read_whole():
    assert "Feyenoord Rotterdam" in organizations("Tiền đạo Dirk Kuyt (Feyenoord Rotterdam, Hà Lan) ghi bàn.")


@pytest.mark.parametrize("text, kept", [
    ("Tiền đạo Mardy Fish (Mỹ) bỏ giải.", ("LOCATION", "Mỹ")),  # a country: his nationality
    ("Tiền vệ Beckham (Owen Hargreaves, 85) rời sân.", ("PERSON", "Owen Hargreaves")),  # a substitute
    ("Ông Nguyễn Văn Khải (Đồng Tháp) phát biểu tại hội nghị.", ("PROVINCE", "Đồng Tháp")),  # no player
])
def test_no_club_for_a_nationality_a_substitute_or_outside_sport(text, kept):
    assert kept in spans(text)


# -- a brand before the name of its product or event (:func:`vnnews.entities.products.without_brands_of_named_things`)

@pytest.mark.parametrize("text, brand", [
    ("Máy chạy chip Intel Xeon và phần mềm Oracle Spatial.", "Intel"),
    ("Bạn có thể mở tệp bằng Microsoft Excel.", "Microsoft"),
    ("Đội đã vô địch Agribank Cup năm ngoái.", "Agribank"),
])
def test_a_brand_before_its_product_or_event_is_no_body(text, brand):
    assert brand not in organizations(text)


@pytest.mark.parametrize("text, body", [
    ("Ảnh: TTXVN Lương mới áp dụng từ tháng 10.", "TTXVN"),  # a photo credit before a glued heading
    ("Cổ phiếu của Microsoft tăng mạnh.", "Microsoft"),  # the company itself
])
def test_a_body_before_no_capitalised_word_or_in_a_credit_stays(text, body):
    assert body in organizations(text)


# -- a body's field going on after a dash (:mod:`vnnews.entities.dashed_fields`)

@pytest.mark.parametrize("text, name", [
    ("Hôm qua, Bộ Tài nguyên - môi trường đã công bố dự thảo.", "Bộ Tài nguyên - môi trường"),
    ("Theo giám đốc Sở Kế hoạch - đầu tư, hồ sơ đã đủ.", "Sở Kế hoạch - đầu tư"),
    ("Phòng Bảo vệ an ninh văn hóa - thông tin đã xử phạt quán.", "Phòng Bảo vệ an ninh văn hóa - thông tin"),
])
def test_a_field_after_a_dash_belongs_to_the_name(text, name):
    assert name in organizations(text)


@pytest.mark.parametrize("text, name", [
    ("Khách đến Nhà hàng Sen Vàng - không gian ẩm thực Huế.", "Nhà hàng Sen Vàng"),  # a proper name: apposition
    ("Khu này giao cho Sở Thương mại - du lịch quản lý, khai thác.", "Sở Thương mại - du lịch"),  # not the verb
])
def test_an_apposition_or_a_verb_after_the_dash_stays_out(text, name):
    assert name in organizations(text)


# -- an acronym after "của" at the end of a sentence (:mod:`vnnews.entities.roles`)

def test_an_acronym_after_cua_is_read_before_a_full_stop():
    assert "NAPA" in organizations("Ông là phó giám đốc chính sách của NAPA.")


def test_a_hyphenated_format_after_cua_is_no_body():
    assert "RS-MMC" not in organizations("Tốc độ ghi cao hơn tốc độ của RS-MMC.")


# -- an unknown acronym as the subject after a clause's opener (:mod:`vnnews.entities.roles`)

@pytest.mark.parametrize("text, body", [
    ("Mới đây VEPA đã gửi đơn lên tòa.", "VEPA"),
    ("Cho đến nay TPC vẫn dẫn đầu thị trường.", "TPC"),
    ("Hiện, VCCA có 40 hội viên.", "VCCA"),
])
def test_an_acronym_opening_a_clause_before_a_helper_is_a_body(text, body):
    assert body in organizations(text)


@pytest.mark.parametrize("text, word", [
    ("Khi nhiễm virus, TAP sẽ được kích hoạt.", "TAP"),  # passive: a molecule
    ("Hiện, ZNES có thể chạy trên máy cũ.", "ZNES"),  # "có thể": software
    ("Giá SGK đã tăng mạnh.", "SGK"),  # no opener before it
])
def test_an_acronym_that_undergoes_or_can_or_follows_a_noun_is_no_body(text, word):
    assert word not in organizations(text)


def test_an_editorial_board_alone_names_no_paper():
    assert "Ban Biên tập" not in organizations("Người gửi: Minh,Gửi tới: Ban Biên tậpTiêu đề: Hỏi về thuế")
    assert "Ban Biên tập báo Nhân Dân" in organizations("Ban Biên tập báo Nhân Dân đã trả lời bạn đọc.")


# -- a school's level capitalised after a lower-case "trường" (:mod:`vnnews.entities.org_head_words`)

@pytest.mark.parametrize("text, name", [
    ("Buổi lễ diễn ra tại trường Tiểu học Hoà Bình.", "Tiểu học Hoà Bình"),
    ("Cháu học lớp lá ở trường Mầm non Sơn Ca.", "Mầm non Sơn Ca"),
    ("Em là học sinh trường Trung học Nguyễn Du.", "Trung học Nguyễn Du"),
])
def test_a_level_after_a_lower_case_school_word_heads_the_name(text, name):
    assert name in organizations(text)


def test_a_level_after_a_department_word_heads_no_school():
    found = organizations("Bà Thanh, Trưởng phòng Mầm non Sở GD-ĐT TP.HCM, cho biết.")
    assert not any(name.startswith("Mầm non Sở") for name in found)


def test_an_acronym_named_as_a_technique_is_no_subject_body():
    text = "Vỏ máy dùng công nghệ NFC mới. NFC có tầm hoạt động vài cm."
    assert "NFC" not in organizations(text)


def test_an_acronym_spelt_out_as_a_lower_case_term_is_no_body():
    text = "Bệnh rối loạn cương dương (RLCD) có nhiều nguyên nhân. Tim mạch là nguyên nhân chính của RLCD."
    assert "RLCD" not in organizations(text)
    assert "VAVA" in organizations("Hội Nạn nhân chất độc da cam (VAVA) ra mắt. Mới đây VAVA đã kháng án.")


def test_a_body_before_a_vietnamese_name_stays():
    assert "Viettel" in organizations("Mạng Viettel Sao Mai mở rộng vùng phủ sóng.")


# -- a customs office named by the port, gate or airport it serves (:mod:`vnnews.entities.customs_branches`)

@pytest.mark.parametrize("text, name, place", [
    ("Chi cục Hải quan cửa khẩu Tân Thanh đã bắt giữ lô hàng.", "Chi cục Hải quan cửa khẩu Tân Thanh",
     "cửa khẩu Tân Thanh"),
    ("Theo Chi cục Hải quan cảng Sài Gòn khu vực 1, hồ sơ đã đủ.", "Chi cục Hải quan cảng Sài Gòn khu vực 1",
     "cảng Sài Gòn"),
])
def test_a_customs_office_takes_the_place_it_serves(text, name, place):
    found = spans(text)
    assert ("ORGANIZATION", name) in found and ("LOCATION", place) in found


def test_a_customs_office_before_a_comma_takes_no_place():
    found = spans("Chi cục Hải quan, cảng Sài Gòn và hãng tàu đã họp.")
    assert ("ORGANIZATION", "Chi cục Hải quan") in found
