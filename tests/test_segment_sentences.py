"""Sentence boundaries on news text: a table of real-world cases, plus offset properties."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from vnnews.errors import InputError
from vnnews.segment import Segmenter, sent_tokenize
from vnnews.segment.sentences import sentence_spans

# (text, expected sentences). Each case is phrased the way Vietnamese news sites write.
CASES = [
    # abbreviations and dotted forms never end a sentence
    ("Sáng nay, Thủ tướng đến TP. Hồ Chí Minh dự hội nghị.", ["Sáng nay, Thủ tướng đến TP. Hồ Chí Minh dự hội nghị."]),
    ("UBND Tp. Hà Tĩnh vừa ban hành kế hoạch. Kế hoạch có hiệu lực ngay.", ["UBND Tp. Hà Tĩnh vừa ban hành kế hoạch.", "Kế hoạch có hiệu lực ngay."]),
    ("Th.S Lê Văn Hùng, giảng viên Đại học Huế, cho biết như vậy.", ["Th.S Lê Văn Hùng, giảng viên Đại học Huế, cho biết như vậy."]),
    ("PGS.TS Trần Văn Nam phát biểu. Hội thảo kết thúc lúc 17h.", ["PGS.TS Trần Văn Nam phát biểu.", "Hội thảo kết thúc lúc 17h."]),
    ("Theo PGS.TS. Nguyễn Thị Hoa, tỷ lệ này còn thấp.", ["Theo PGS.TS. Nguyễn Thị Hoa, tỷ lệ này còn thấp."]),
    ("Bệnh viện có đủ khoa nội, ngoại, sản, nhi v.v. Người dân không phải lên tuyến trên.", ["Bệnh viện có đủ khoa nội, ngoại, sản, nhi v.v. Người dân không phải lên tuyến trên."]),
    ("Họ trồng lúa, ngô, khoai v.v. và nuôi cá.", ["Họ trồng lúa, ngô, khoai v.v. và nuôi cá."]),
    ("GS. Ngô Bảo Châu nhận giải thưởng. Ông về nước tháng sau.", ["GS. Ngô Bảo Châu nhận giải thưởng.", "Ông về nước tháng sau."]),
    ("BS. Trương Hữu Khanh khuyến cáo phụ huynh. Trẻ cần được tiêm đủ mũi.", ["BS. Trương Hữu Khanh khuyến cáo phụ huynh.", "Trẻ cần được tiêm đủ mũi."]),
    ("Ông Nguyễn V. A. bị khởi tố. Cơ quan điều tra đang làm rõ.", ["Ông Nguyễn V. A. bị khởi tố.", "Cơ quan điều tra đang làm rõ."]),
    ("Phiên họp diễn ra lúc 9 a.m. Giờ Hà Nội là 21 giờ.", ["Phiên họp diễn ra lúc 9 a.m. Giờ Hà Nội là 21 giờ."]),
    ("Ông học tại Mỹ (U.S.A.) nhiều năm. Sau đó ông về nước.", ["Ông học tại Mỹ (U.S.A.) nhiều năm.", "Sau đó ông về nước."]),
    ("Mr. Smith đến Hà Nội hôm qua.", ["Mr. Smith đến Hà Nội hôm qua."]),
    # numbers, dates and times
    ("Hội nghị diễn ra ngày 26.03.2025 tại Thái Bình. Có 200 đại biểu dự.", ["Hội nghị diễn ra ngày 26.03.2025 tại Thái Bình.", "Có 200 đại biểu dự."]),
    ("Tổng kinh phí là 1.000.000 đồng mỗi hộ. Tiền được chi trong tháng 4.", ["Tổng kinh phí là 1.000.000 đồng mỗi hộ.", "Tiền được chi trong tháng 4."]),
    ("Lãi suất tăng lên 5,5%. Nhiều ngân hàng điều chỉnh theo.", ["Lãi suất tăng lên 5,5%.", "Nhiều ngân hàng điều chỉnh theo."]),
    ("Cập nhật 26.03.2025 | 18:31 PM. Tin mới nhất từ tỉnh.", ["Cập nhật 26.03.2025 | 18:31 PM.", "Tin mới nhất từ tỉnh."]),
    ("Giá vàng SJC đạt 92,5 triệu đồng/lượng. Đây là mức cao kỷ lục.", ["Giá vàng SJC đạt 92,5 triệu đồng/lượng.", "Đây là mức cao kỷ lục."]),
    ("Dân số Việt Nam năm 2024 đạt 101,3 triệu người.", ["Dân số Việt Nam năm 2024 đạt 101,3 triệu người."]),
    ("Xe khách 43H-0530 bị lật. 5 người bị thương.", ["Xe khách 43H-0530 bị lật.", "5 người bị thương."]),
    ("Nghị định 123/2025/NĐ-CP có hiệu lực từ 1.7.2025. Các tỉnh phải thực hiện ngay.", ["Nghị định 123/2025/NĐ-CP có hiệu lực từ 1.7.2025.", "Các tỉnh phải thực hiện ngay."]),
    # URLs and e-mail addresses
    ("Xem chi tiết tại http://baothaibinh.com.vn/tin-tuc/a.html. Bạn đọc gửi ý kiến về toasoan@baothaibinh.com.vn.", ["Xem chi tiết tại http://baothaibinh.com.vn/tin-tuc/a.html.", "Bạn đọc gửi ý kiến về toasoan@baothaibinh.com.vn."]),
    ("Thông tin đăng trên vnexpress.net và tuoitre.vn cho thấy điều đó.", ["Thông tin đăng trên vnexpress.net và tuoitre.vn cho thấy điều đó."]),
    ("Liên hệ qua email hotro@gov.vn để được hỗ trợ.", ["Liên hệ qua email hotro@gov.vn để được hỗ trợ."]),
    # quotes and brackets stay with their sentence
    ('Ông Hùng nói: "Chúng tôi sẽ làm đến cùng." Hội trường vỗ tay.', ['Ông Hùng nói: "Chúng tôi sẽ làm đến cùng."', "Hội trường vỗ tay."]),
    ("Bà Lan khẳng định: “Người dân là trung tâm.” Sau đó bà rời đi.", ["Bà Lan khẳng định: “Người dân là trung tâm.”", "Sau đó bà rời đi."]),
    ('"Tôi không biết", ông nói. "Hãy hỏi cơ quan chức năng."', ['"Tôi không biết", ông nói.', '"Hãy hỏi cơ quan chức năng."']),
    ('"Sao lại thế?" ông hỏi lại phóng viên.', ['"Sao lại thế?" ông hỏi lại phóng viên.']),
    ("Dự án bị chậm tiến độ (theo báo cáo của Sở Xây dựng.) Tỉnh yêu cầu khắc phục.", ["Dự án bị chậm tiến độ (theo báo cáo của Sở Xây dựng.)", "Tỉnh yêu cầu khắc phục."]),
    ("Tỉnh đã giải ngân 80% vốn. (Ảnh: Thu Thủy)", ["Tỉnh đã giải ngân 80% vốn.", "(Ảnh: Thu Thủy)"]),
    ("Nhiều ý kiến cho rằng (xem bảng 2.) cần điều chỉnh.", ["Nhiều ý kiến cho rằng (xem bảng 2.) cần điều chỉnh."]),
    # question, exclamation and ellipsis
    ("Vì sao giá điện tăng? Bộ Công Thương đã giải thích.", ["Vì sao giá điện tăng?", "Bộ Công Thương đã giải thích."]),
    ("Thật đáng tiếc! Đội tuyển đã để thua ở phút cuối.", ["Thật đáng tiếc!", "Đội tuyển đã để thua ở phút cuối."]),
    ("Cuộc họp kéo dài... Rồi mọi người ra về.", ["Cuộc họp kéo dài...", "Rồi mọi người ra về."]),
    ('Ai cũng ngồi một chỗ mà... "đi chợ". Thật tiện.', ['Ai cũng ngồi một chỗ mà... "đi chợ".', "Thật tiện."]),
    ('Ông nói: "Tốt." "Được" là lời đáp của bà.', ['Ông nói: "Tốt."', '"Được" là lời đáp của bà.']),
    ("Ông ngập ngừng… rồi nói tiếp.", ["Ông ngập ngừng… rồi nói tiếp."]),
    ("Kết quả ra sao?! Chưa ai biết.", ["Kết quả ra sao?!", "Chưa ai biết."]),
    # headlines and lines without a final full stop
    ("Bình Định: Ra mắt mô hình chính quyền thân thiện\nCán bộ xã ký cam kết thi đua.", ["Bình Định: Ra mắt mô hình chính quyền thân thiện", "Cán bộ xã ký cam kết thi đua."]),
    ("Thu Thủy\nTin cùng chuyên mục\n", ["Thu Thủy", "Tin cùng chuyên mục"]),
    ("- Triển khai nhiệm vụ công tác báo chí năm 2025 16.01.2025 | 19:16 PM\n- Thống nhất nội dung giám sát 12.12.2024 | 17:35 PM", ["- Triển khai nhiệm vụ công tác báo chí năm 2025 16.01.2025 | 19:16 PM", "- Thống nhất nội dung giám sát 12.12.2024 | 17:35 PM"]),
    ("Hà Nội mưa lớn\r\n\r\nNhiều tuyến phố ngập sâu.", ["Hà Nội mưa lớn", "Nhiều tuyến phố ngập sâu."]),
    # list items and lower-case continuations
    ("1. Mục tiêu chung\n2. Nhiệm vụ cụ thể", ["1. Mục tiêu chung", "2. Nhiệm vụ cụ thể"]),
    ("a. Đối với cấp tỉnh: thực hiện rà soát.", ["a. Đối với cấp tỉnh: thực hiện rà soát."]),
    ("Năm 2025. đánh dấu bước ngoặt.", ["Năm 2025. đánh dấu bước ngoặt."]),
    ("Ông nói. Và rồi im lặng.", ["Ông nói.", "Và rồi im lặng."]),
    # upper-case acronyms DO end a sentence
    ("Văn bản được gửi tới UBND. Các sở thực hiện ngay.", ["Văn bản được gửi tới UBND.", "Các sở thực hiện ngay."]),
    ("Trận đấu diễn ra trên sân Mỹ Đình. 40.000 khán giả có mặt.", ["Trận đấu diễn ra trên sân Mỹ Đình.", "40.000 khán giả có mặt."]),
    ("Sự kiện thu hút nhiều người. - Ảnh: TTXVN", ["Sự kiện thu hút nhiều người.", "- Ảnh: TTXVN"]),
    # a stray punctuation line joins the sentence before it
    ("Hội nghị kết thúc lúc 17h\n.\nCác đại biểu ra về.", ["Hội nghị kết thúc lúc 17h\n.", "Các đại biểu ra về."]),
    ("Đoàn công tác về Gia Lai.\n\n…\nChiều cùng ngày, đoàn về Huế.", ["Đoàn công tác về Gia Lai.\n\n…", "Chiều cùng ngày, đoàn về Huế."]),
    # an initial, then a word that opens sentences: the initial ends the sentence
    ("Ông Nguyễn Văn A. Sau đó, ông về nhà.", ["Ông Nguyễn Văn A.", "Sau đó, ông về nhà."]),
    ("Bị can là Trần Văn H. Theo cáo trạng, H. đã chiếm đoạt 2 tỷ đồng.", ["Bị can là Trần Văn H.", "Theo cáo trạng, H. đã chiếm đoạt 2 tỷ đồng."]),
    ("Nạn nhân là chị Lê Thị M. Khi được phát hiện, chị đã bất tỉnh.", ["Nạn nhân là chị Lê Thị M.", "Khi được phát hiện, chị đã bất tỉnh."]),
    ("Tác giả Nguyễn V. A. Trong cuốn sách, ông kể lại tuổi thơ.", ["Tác giả Nguyễn V. A.", "Trong cuốn sách, ông kể lại tuổi thơ."]),
    ("UBND P. Tân Định và Q. Hoàn Kiếm họp bàn.", ["UBND P. Tân Định và Q. Hoàn Kiếm họp bàn."]),
    # invisible characters after the full stop do not hide the boundary
    ("Trời mưa to. \u200bNhiều tuyến phố ngập.", ["Trời mưa to.", "Nhiều tuyến phố ngập."]),
    ("Trời mưa to.\ufeff Nhiều tuyến phố ngập.", ["Trời mưa to.", "Nhiều tuyến phố ngập."]),
]


def test_the_table_has_at_least_40_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_sentence_boundaries(text, expected):
    assert sent_tokenize(text) == expected


def test_spans_are_slices_of_the_text():
    text = "  Trời mưa.  Gió to!\n\nTin nóng  "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Trời mưa.", "Gió to!", "Tin nóng"]
    assert Segmenter().sentence_spans(text) == spans


def test_sample_article_headline_and_byline_are_own_sentences(sample_article):
    sentences = sent_tokenize(sample_article)
    assert sentences[0] == 'Bình Định: Ra mắt mô hình "Chính quyền thân thiện vì nhân dân phục vụ"'
    assert "Thu Thủy" in sentences
    # lines stay apart, but for a stray punctuation line ("-") joined to the one before
    assert all(regex.fullmatch(r"[^\n]*(?:\n[\p{P}\s]+)*", s) for s in sentences)
    assert "Xem tin theo ngày\n-" in sentences


def test_rejects_non_text():
    with pytest.raises(InputError):
        sent_tokenize(b"bytes")
    with pytest.raises(InputError):
        Segmenter().sentence_spans(None)


SENTENCE_TEXT = st.text(alphabet=st.sampled_from(list("aăbcđeêHNT .!?…\"”)(\n0123,:")), max_size=80)


@given(SENTENCE_TEXT)
def test_sentences_are_ordered_stripped_non_overlapping_slices(text):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        # a line break only before a stray punctuation line joined to the sentence
        assert "\n" not in piece or regex.fullmatch(r"[^\n]*(?:\n[\p{P}\s]+)+", piece)
        previous_end = end
    # nothing but whitespace is left out
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())
