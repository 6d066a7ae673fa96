"""Fourteenth pass, persons and officials (team-written sentences)."""

from __future__ import annotations

import pytest

from vnnews.entities import extract_entities


def by_text(text, restore="auto"):
    return {e.text: e for e in extract_entities(text, restore=restore)}


def posts_of(entity):
    return [p["post"] for p in entity.attrs.get("positions", [])]


@pytest.mark.parametrize("text, name", [
    ("Cong an da bat giu doi tuong Nguyen Van Hai, 30 tuoi, tru tai xa Binh Dinh.", "Nguyen Van Hai"),
    ("Hom qua, doi tuong Tran Van Nam da ra dau thu.", "Tran Van Nam"),
])
def test_a_one_word_post_is_not_read_from_text_without_diacritics(text, name):
    entity = by_text(text)[name]
    assert entity.label == "PERSON"


@pytest.mark.parametrize("text, holder, post", [
    ("Thiếu tướng Nguyễn Văn Hải và tướng Lê Văn Bình dự lễ.", "Lê Văn Bình", "tướng"),
    ("Thu truong Bo Cong an Le Van Tam noi.", "Le Van Tam", "Thu truong"),
])
def test_posts_with_diacritics_or_of_two_words_still_read(text, holder, post):
    entity = by_text(text, restore=False)[holder]  # the rules themselves, before any restoration
    assert entity.label == "OFFICIAL" and posts_of(entity) == [post]


@pytest.mark.parametrize("text, holder, post", [
    # a post set off by its places before the holder's honorific
    ("Bí thư Đảng ủy xã Tam Nông, tỉnh Phú Thọ, ông Nguyễn Văn Hùng phát biểu.", "Nguyễn Văn Hùng", "Bí thư"),
    ("Chủ tịch UBND xã Tân Tiến, huyện Gò Quao, tỉnh Kiên Giang, ông Lê Văn Hai cho biết.", "Lê Văn Hai", "Chủ tịch"),
    ("Phó giám đốc Sở Y tế, TP Cần Thơ, bà Trần Thị Lan nói.", "Trần Thị Lan", "Phó giám đốc"),
    # a post, then its body and the body's country glued to the holder's name
    ("Bộ trưởng Nhân quyền Iraq Bakhtiar Amin cho biết như vậy.", "Bakhtiar Amin", "Bộ trưởng"),
    ("Chủ toạ toà hiến pháp Hàn Quốc Yun Young-chul khẳng định.", "Yun Young-chul", "Chủ toạ"),
    ("Chánh án Tòa án tối cao Ấn Độ Ramesh Lahoti phát biểu.", "Ramesh Lahoti", "Chánh án"),
    ("Cục trưởng Dự trữ liên bang Mỹ (Fed) Alan Greenspan vừa cảnh báo.", "Alan Greenspan", "Cục trưởng"),
    ("Giám đốc Hệ thống Năng lượng (UES) Anatoly Chubais được gọi tới.", "Anatoly Chubais", "Giám đốc"),
    # a post after a bracketed aside on the holder
    ("Ông Trần Văn Hòa (50 tuổi, ngụ ở quận Ba Đình) - Giám đốc Công ty Sông Hồng đã bị bắt.", "Trần Văn Hòa", "Giám đốc"),
    ("Ông Nguyễn Văn An (SN 1960), Chủ tịch UBND xã Tân Tiến, bị kỷ luật.", "Nguyễn Văn An", "Chủ tịch"),
])
def test_a_post_apart_from_its_holder(text, holder, post):
    entity = by_text(text)[holder]
    assert entity.label == "OFFICIAL" and posts_of(entity) == [post]


def test_a_name_after_a_list_of_places_without_a_post_stays_a_person():
    entity = by_text("Người dân xã Tam Nông, tỉnh Phú Thọ, ông Nguyễn Văn Hùng phát biểu.")["Nguyễn Văn Hùng"]
    assert entity.label == "PERSON"


@pytest.mark.parametrize("text, city", [
    ("Theo cảnh sát trưởng Nalchik, vụ tấn công đã bị dập tắt.", "Nalchik"),
    ("Thị trưởng Ramadi, tỉnh Anbar, đã từ chức.", "Ramadi"),
])
def test_a_lone_foreign_word_after_a_city_post_is_no_holder(text, city):
    assert city not in {e.text for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}}


def test_a_foreign_name_after_a_post_is_still_its_holder():
    assert by_text("Tổng thống Bush nói với các phóng viên.")["Bush"].label == "OFFICIAL"


def test_a_name_after_a_country_beyond_another_name_is_not_the_posts_holder():
    found = by_text("Bộ trưởng Nguyễn Văn An gặp đại diện Nhật Bản Junichiro Koizumi hôm qua.")
    assert found["Junichiro Koizumi"].label == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Cô nổi tiếng sau khi đóng phim Vanilla Sky năm 2001.", "Vanilla Sky"),
    ("Nhóm nhạc ra mắt ca khúc Morning Glory vào tháng trước.", "Morning Glory"),
    ("Máy ảnh hỗ trợ phần mềm Secure Digital của hãng.", "Secure Digital"),
    ("Ảnh do tàu Deep Impact gửi về cho thấy cột bụi.", "Deep Impact"),
    ("Mỹ rải chất độc qua chiến dịch Ranch Hand trong chiến tranh.", "Ranch Hand"),
    ("Báo trao 10 suất học bổng Lê Văn Tám cho học sinh nghèo.", "Lê Văn Tám"),
    ("Các nghệ sĩ trẻ đoạt Huy chương vàng Trần Hữu Trang năm nay.", "Trần Hữu Trang"),
    # a foreign run inside a phrase written in English
    ("Kỳ thi TOEIC (Test of English for International Communication) do ETS biên soạn.", "International Communication"),
    ("Album Confessions on a Dance Floor đã đứng đầu bảng xếp hạng.", "Dance Floor"),
    ("Trong hộp thoại, bạn chọn Capitalize First letter of sentences.", "Capitalize First"),
])
def test_a_name_after_a_word_for_a_work_product_or_award_is_no_person(text, name):
    assert name not in {e.text for e in extract_entities(text, stacked=False) if e.label in {"PERSON", "OFFICIAL"}}


@pytest.mark.parametrize("text, name", [
    ("Bức tranh Bùi Xuân Phái được bán với giá cao.", "Bùi Xuân Phái"),  # a painter's paintings
    ("Anh thuộc nhiều bài thơ Nguyễn Bính.", "Nguyễn Bính"),
    ("Phim có sự tham gia của Tom Cruise và Penelope Cruz.", "Tom Cruise"),
    ("Bộ phim của đạo diễn Trần Anh Hùng đoạt giải.", "Trần Anh Hùng"),
    ("Ông Lê Văn Tám nhận giải thưởng.", "Lê Văn Tám"),
    ("Công an đã bắt tạm giam lái tàu Bùi Thái Sơn.", "Bùi Thái Sơn"),  # a trade, not a ship
    ("Tối qua, trưởng BTC giải Phạm Quang đã thông báo.", "Phạm Quang"),  # a contest's head
])
def test_persons_near_a_word_for_a_work_stay_persons(text, name):
    assert name in {e.text for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}}


def test_a_name_after_a_bracketed_aside_is_not_a_post():
    found = by_text("Bà Lê Thị Hoa (Hà Nội), Nguyễn Văn Ba (Nam Định) đều được khen.")
    assert found["Lê Thị Hoa"].label == "PERSON"


@pytest.mark.parametrize("text, not_a_name", [
    ("Ngoài ra còn có Hoàng thân Philip và Công nương Camilla.", "Công"),
    ("Thứ trưởng Hoàng Thế Liên và Quốc vụ khanh Bộ Ngoại giao Pháp hội đàm.", "Quốc"),
])
def test_a_capitalised_title_after_and_is_no_name(text, not_a_name):
    assert not_a_name not in {e.text for e in extract_entities(text)}


@pytest.mark.parametrize("text, name", [
    ("Dù từ Hà Nội Công ty đã cử nhiều đoàn kiểm tra, sai phạm vẫn tiếp diễn.", None),
    ("Về nhất chặng là tay đua Lê Anh Tuấn Hôm nay, đoàn đua nghỉ.", "Lê Anh Tuấn"),  # a clause opener
    ("Ông Lê Văn Hai Công ty Sông Đà đã ký hợp đồng.", "Lê Văn Hai"),
    ("Bà Trần Thị Mai Ngân hàng Nông nghiệp cho biết.", "Trần Thị Mai"),
])
def test_a_name_stops_before_the_head_of_a_body_or_a_clause(text, name):
    persons = {e.text for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}}
    assert persons == ({name} if name else set())


@pytest.mark.parametrize("text, place", [
    ("Tai mien Bac co Bac Ninh va Hai Phong phat trien nhanh.", "Bac Ninh"),  # "có", not "cô"
    ("Cac nuoc chau A dang tang truong.", "A"),  # "châu Á", not "cháu"
])
def test_a_one_word_honorific_read_without_diacritics_does_not_make_a_place_a_person(text, place):
    assert place not in {e.text for e in extract_entities(text) if e.label in {"PERSON", "OFFICIAL"}}


@pytest.mark.parametrize("text, name", [
    ("Theo ong Tam, viec nay da xong.", "Tam"),
    ("Theo ba Hoa, gia dinh rat kho khan.", "Hoa"),
    ("Chi Lan cho biet em da di hoc lai.", "Lan"),
])
def test_common_honorifics_still_read_without_diacritics(text, name):
    assert by_text(text)[name].label == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Chương trình do nhà thiết kế Sỹ Hoàng thực hiện.", "Sỹ Hoàng"),  # an honorific of three words
    ("Theo nhà nghiên cứu Dương Trung Quốc, việc này có thật.", "Dương Trung Quốc"),
    ("Cuộc thẩm vấn tài tử Depardieu sẽ diễn ra vào tuần tới.", "Depardieu"),
    ("Điều gì khiến ông bầu Phước Sang tin tưởng bỏ vốn?", "Phước Sang"),
])
def test_names_after_a_trade(text, name):
    assert by_text(text)[name].label == "PERSON"


def test_a_trade_after_a_plural_names_no_one():
    assert not [e for e in extract_entities("Giải giao lưu giữa các vận động viên Kendo từ các nơi.")
                if e.label in {"PERSON", "OFFICIAL"}]


def test_a_post_held_by_many_is_not_the_next_persons():
    text = "Khi khai báo với các điều tra viên, trọng tài Hoàng Thế Dũng đã ngất xỉu."
    assert by_text(text)["Hoàng Thế Dũng"].label == "PERSON"


@pytest.mark.parametrize("text, name, is_person", [
    ("Phát ngôn viên của Hewlett-Packard cho biết tập đoàn này không liên quan.", "Hewlett-Packard", False),
    ("Một người bạn của Minh Châu cho biết cô đã đi xa.", "Minh Châu", True),  # given names stay a person
    ("Luật sư của Snoop cho biết anh vô tội.", "Snoop", True),  # a relation of a person
    ("Nhiều fan của Song Seung Hun tuyên bố tẩy chay bộ phim.", "Song Seung Hun", True),  # a person's fans
])
def test_a_name_after_cua_before_a_speech_verb_is_not_the_speaker(text, name, is_person):
    assert (name in {e.text for e in extract_entities(text) if e.label == "PERSON"}) is is_person


@pytest.mark.parametrize("text, name", [
    ("Thanh Niên đã thông tin, các ông Lim, Bưởng đã lợi dụng chức vụ.", "Lim"),  # a list of persons
    ("Bai viet cua Vo Ngoc Tai dang tren bao.", "Vo Ngoc Tai"),  # "Võ", a surname, no "vợ"
])
def test_persons_after_a_plural_honorific_or_an_ambiguous_surname(text, name):
    assert by_text(text)[name].label == "PERSON"


@pytest.mark.parametrize("text, name", [
    ("Theo Tony Blair, cuộc gặp với George Bush rất tốt.", "George Bush"),
    ("Hoàng tử Alwaleed là cháu nội của Abdul Aziz al Saud, người sáng lập nước này.", "Abdul Aziz al Saud"),
])
def test_a_foreign_name_beside_vietnamese_words_or_a_particle_stays_a_person(text, name):
    assert by_text(text)[name].label == "PERSON"


@pytest.mark.parametrize("text, name, label", [
    ("Đội trưởng John Terry thì đang bị treo giò.", "John Terry", "PERSON"),  # a team's captain plays
    ("Cựu đội trưởng tuyển Đức Lothar Matthaus vừa lên tiếng.", "Lothar Matthaus", "PERSON"),
    ("Đội trưởng Đội CSGT Nguyễn Văn An cho biết.", "Nguyễn Văn An", "OFFICIAL"),  # a squad of the police
    ("Sự cẩn thận của trung vệ đội trưởng Terry đã tạo thành bàn thắng.", "Terry", "PERSON"),
    ("Ông Nguyễn Văn Cùng - Tổng đội trưởng Tổng đội TNXP Vạn Xuân, kể lại.", "Nguyễn Văn Cùng", "PERSON"),
])
def test_a_teams_captain_is_a_person(text, name, label):
    found = by_text(text)
    assert found[name].label == label and "Tổng" not in found
