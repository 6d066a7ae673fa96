"""Persons named by one word (the twenty-first stop): the article-level repetition of
:mod:`vnnews.entities.repeated_persons` kept off words the article also writes as a team, a
company, a band, a network or a program's version. Sentences written by the team in the shape
of the errors read on VNTC training articles, none copied from a gold batch."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import extract_entities


def repeated(text, word):
    return [e for e in extract_entities(text, stacked=False)
            if e.text == word and e.attrs.get("cue") == "repeated"]


@pytest.mark.parametrize("text, word", [
    # a racing team: written after "đội" once, the other uses are no person either
    ("Ông Williams nói vậy. Năm ngoái, ưu thế thuộc về Williams. Nhiều đội dùng lốp Michelin như đội Williams, "
     "khi họ gặp khó khăn.", "Williams"),
    # a network after "mạng"
    ("Ông Hamachi nói vậy. Máy tính nối vào mạng Hamachi. Nhiều người dùng Hamachi.", "Hamachi"),
    # a version of a program, a dot and a capital glued after the word
    ("Ông Mydoom nói vậy. Biến thể Mydoom.F lây qua thư. Sau đó, Mydoom lan rộng.", "Mydoom"),
    # a company quoted as a source ("Theo X,") is no cue to repeat
    ("Theo Proton, công ty đã giành lại thị phần. Lượng xe bán ra của Proton đã giảm.", "Proton"),
])
def test_a_word_the_article_writes_as_a_body_is_not_repeated(text, word):
    assert repeated(text, word) == []


def test_a_person_without_such_a_use_is_still_repeated():
    text = "Ông Williams nói vậy. Năm ngoái, ưu thế thuộc về Williams. Nhiều đội dùng lốp Michelin."
    assert len(repeated(text, "Williams")) == 1


def persons(text):
    return [e.text for e in extract_entities(text, stacked=False) if e.label in {"PERSON", "OFFICIAL"}]


@pytest.mark.parametrize("text, name", [
    # a word for a person, then "tên" or "tên là" and the name, however it is spelt
    ("Hôm qua một người lái xe tên Tuyên phản ánh với phóng viên.", "Tuyên"),
    ("Sau đó, một cô gái tên là X.T.K (SN 1980) đã đến trình báo.", "X.T.K"),
    ("Anh ta đưa tiền cho một người bạn tên B. giữ hộ.", "B."),
    ("Một người Đức tên là Kellerman đã mua lại căn nhà.", "Kellerman"),
    ("Năm 1990, một cậu bé 12 tuổi tên là Jorgen đi lạc trong rừng.", "Jorgen"),
    ("Một ca sĩ (nghệ danh M.K.) đã bị bắt.", "M.K."),
    # the sender of a reader's letter, however it is spelt
    ("Người gửi: KimLoan, Gửi tới: Ban Biên tậpTiêu đề: Chuyện học", "KimLoan"),
    ("Người gửi: sunflower Gửi tới: Ban Văn hoáTiêu đề: Nhạc trẻ", "sunflower"),
])
def test_a_person_introduced_by_what_they_are_called(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, name", [
    # "tên" after a word for a thing names the thing
    ("Công ty vừa ra mắt sản phẩm mới mang tên Kellerman tại Hà Nội.", "Kellerman"),
    ("Cuốn sách có tên là Pandora được bán hết.", "Pandora"),
    ("Dòng xe với cái tên Corvette đã trở lại.", "Corvette"),
    # a reader who gives no name
    ("Người gửi: Một bạn đọc, Gửi tới: Ban Biên tập", "Một bạn đọc"),
])
def test_no_person_where_the_name_is_a_things(text, name):
    assert name not in persons(text)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Kellerman", "Jorgen", "Luwi", "Tracy", "Hùng", "Q.", "T.B.N"]),
       st.sampled_from(["một cô gái", "một người đàn ông", "một tài xế", "một thanh niên 20 tuổi"]),
       st.sampled_from(["tên", "tên là"]))
def test_the_named_person_lies_at_its_offsets(name, who, frame):
    text = f"Hôm qua, {who} {frame} {name} đã đến đây."
    found = [e for e in extract_entities(text, stacked=False) if e.label == "PERSON"]
    assert [text[e.start:e.end] for e in found] == [name]


@pytest.mark.parametrize("text, names", [
    ("Đồng Tháp 3-1 Cần Thơ (Quốc Hưng 12', Lanzoni 40'55' - Thanh Sơn 88')", ["Quốc Hưng", "Lanzoni", "Thanh Sơn"]),
    ("Kết quả: Lazio - Parma 2-0 (D. Rossetti 9', Bazzani (77'))", ["D. Rossetti", "Bazzani"]),
    ("Đội hình: Dida; Cafu, Nesta (Kladzic 46'), Maldini.", ["Kladzic"]),
])
def test_scorers_named_by_their_minute(text, names):
    found = persons(text)
    assert all(name in found for name in names)


@pytest.mark.parametrize("text, word", [
    ("Màn hình Samtron 17'' có giá 115 USD.", "Samtron"),
    ("Ông ấy từng khoác áo Hertha 03' trong hai năm.", "Hertha"),
    ("Tôi đã xem 'Ngôi sao Phương Đông 13' tối qua.", "Phương Đông"),
    ("Porto 2-1 Chelsea Diego 60'", "Chelsea Diego"),
])
def test_no_scorer_without_a_minute(text, word):
    assert word not in persons(text)


@pytest.mark.parametrize("text, name", [
    ("Hôm qua, Vua Harald phát biểu tại quốc hội.", "Harald"),
    ("Cố vương Hussein cầm quyền nhiều năm.", "Hussein"),
    ("Các con của Nhật hoàng Hirohito đều đã có mặt.", "Hirohito"),
])
def test_a_ruler_named_by_one_word_is_an_official(text, name):
    assert ("OFFICIAL", name) in [(e.label, e.text) for e in extract_entities(text, stacked=False)]


@pytest.mark.parametrize("text, name", [
    ("Chuyên gia của LĐ cờ vua VN Lê Quang Liêm cho biết như vậy.", "Lê Quang Liêm"),
    ("20 bàn - Didier Drogba (Chelsea) - Vua phá lưới.", "Didier Drogba"),
])
def test_no_ruler_in_chess_or_before_a_lower_case_word(text, name):
    assert ("OFFICIAL", name) not in [(e.label, e.text) for e in extract_entities(text, stacked=False)]


def test_a_surname_alone_after_nhac_is_the_composer():
    text = "Chị vẫn hát nhạc Trịnh mỗi tối, còn anh thích nhạc Thái và nhạc Hoa."
    found = [(e.text, e.attrs.get("cue")) for e in extract_entities(text, stacked=False) if e.label == "PERSON"]
    assert ("Trịnh", "composer") in found and not [cue for _, cue in found if cue == "composer" and _ != "Trịnh"]


@pytest.mark.parametrize("text, word", [
    ("Chiến thắng 1-0 khi tiếp Murcia đêm qua, Real đã trở lại ngôi đầu bảng.", "Murcia"),
    ("Tiền đạo này có thể ra sân ngay trong trận gặp Strasbourg tại vòng 1 Cúp quốc gia.", "Strasbourg"),
])
def test_the_side_a_team_hosts_or_meets_is_no_player(text, word):
    assert word not in persons(text)


def test_a_player_met_in_tennis_is_still_a_person():
    assert "Ferrero" in persons("Ở trận bán kết đơn nam, Federer gặp Ferrero và thắng 3-1.")


@pytest.mark.parametrize("text", ["Các con của Nhật hoàng Hirohito đều đã có mặt.", "Nhật hoàng đã phát biểu trước quốc hội."])
def test_nhat_of_nhat_hoang_is_no_place(text):
    assert "LOCATION" not in [e.label for e in extract_entities(text, stacked=False)]


@pytest.mark.parametrize("text, name", [
    ("Người dân đi lễ chùa đầu năm - Ảnh: H.K.D Sáng nay, trời mưa nhỏ.", "H.K.D"),
    ("Cầu thủ U23 ăn mừng bàn thắng. Ảnh: V.THANH Sau trận đấu, HLV nói.", "V.THANH"),
    ("Tiểu thương bày hàng bên đường - Ảnh: P.Lâm", "P.Lâm"),
])
def test_a_photographer_credited_by_initials(text, name):
    assert name in persons(text)


def test_an_agency_credited_is_no_person():
    assert "G.Images" not in persons("Một góc phố cổ (Ảnh: G.Images)")
