"""Sentence boundaries, second pass: cases read off UD VTB dev and VNTC training text.

Each rule of the pass has its cases here (sentences the team wrote in the style of the
errors found), plus a property test of the splitting invariants on text built from the
pieces those rules look at.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.segment import sent_tokenize
from vnnews.segment.sentences import sentence_spans

CASES = {
    "abbreviations": [
        ("Trụ sở đặt tại Q. 1, TP.HCM. Công ty có 200 nhân viên.", ["Trụ sở đặt tại Q. 1, TP.HCM.", "Công ty có 200 nhân viên."]),
        ("UBND P. 15, Q. Tân Bình họp dân.", ["UBND P. 15, Q. Tân Bình họp dân."]),
        ("ThS. Nguyễn Văn Nam trình bày báo cáo.", ["ThS. Nguyễn Văn Nam trình bày báo cáo."]),
        ("TS. Lê Thị Hoa và PGS. Trần Văn Bình dự hội thảo.", ["TS. Lê Thị Hoa và PGS. Trần Văn Bình dự hội thảo."]),
        ("GS. Phan Huy Lê và BS. Lan cùng dự.", ["GS. Phan Huy Lê và BS. Lan cùng dự."]),
        ("Mr. Smith từng sống ở St. Louis.", ["Mr. Smith từng sống ở St. Louis."]),
        ("Thành được xây năm 200 tr.CN. Sau đó nó bị bỏ hoang.", ["Thành được xây năm 200 tr.CN.", "Sau đó nó bị bỏ hoang."]),
        ("Xã có trường học, trạm xá v.v. Tất cả đều mới xây.", ["Xã có trường học, trạm xá v.v.", "Tất cả đều mới xây."]),
        ("Họ bán rau, quả v.v. và cả thịt.", ["Họ bán rau, quả v.v. và cả thịt."]),
        ("Chủ tịch UBND TP. Trong buổi họp, ông yêu cầu làm rõ.", ["Chủ tịch UBND TP.", "Trong buổi họp, ông yêu cầu làm rõ."]),
    ],
    "initials": [
        ("Nạn nhân là T.T.H. (10 tuổi). Cháu đang đi học.", ["Nạn nhân là T.T.H. (10 tuổi).", "Cháu đang đi học."]),
        ("Tòa buộc ông trợ cấp cho cô L. 2 triệu đồng.", ["Tòa buộc ông trợ cấp cho cô L. 2 triệu đồng."]),
        ("Cặp Ronaldo - Rooney không đủ cho M.U. Trước trận, họ được đánh giá cao.", ["Cặp Ronaldo - Rooney không đủ cho M.U.", "Trước trận, họ được đánh giá cao."]),
        ("Milan vô địch Serie A. Năm nay họ lại dẫn đầu.", ["Milan vô địch Serie A.", "Năm nay họ lại dẫn đầu."]),
        ("Công ty đình chỉ ông C.C.Chen. Ông Lawrence nói vậy.", ["Công ty đình chỉ ông C.C.Chen.", "Ông Lawrence nói vậy."]),
        ("Ông Nguyễn V. A. Hùng nhận giải.", ["Ông Nguyễn V. A. Hùng nhận giải."]),
        ("Dự án mở rộng ra Đông Nam Á. Nền kinh tế khu vực tăng trưởng.", ["Dự án mở rộng ra Đông Nam Á.", "Nền kinh tế khu vực tăng trưởng."]),
        ("Bệnh nhân có nhóm máu B. Bệnh viện cần người hiến gấp.", ["Bệnh nhân có nhóm máu B.", "Bệnh viện cần người hiến gấp."]),
        ("Bồ Đào Nha suýt gỡ hòa khi tiền đạo C. Ronaldo sút căng.", ["Bồ Đào Nha suýt gỡ hòa khi tiền đạo C. Ronaldo sút căng."]),
        ("Một gã đến ngồi cùng anh Đăng và K. Một lúc sau họ đi.", ["Một gã đến ngồi cùng anh Đăng và K.", "Một lúc sau họ đi."]),
        ("Bị can là chị Lê Thị M. Hằng ngày chị bán rau.", ["Bị can là chị Lê Thị M. Hằng ngày chị bán rau."]),
    ],
    "bylines and captions": [
        ("Bắt khẩn cấp Nguyễn Mạnh L. - Ảnh: H.K. TT - Hôm qua, cơ quan điều tra đã khởi tố.", ["Bắt khẩn cấp Nguyễn Mạnh L. - Ảnh: H.K.", "TT - Hôm qua, cơ quan điều tra đã khởi tố."]),
        ("K.D. Ông Dae Ki Cho là tổng giám đốc.", ["K.D.", "Ông Dae Ki Cho là tổng giám đốc."]),
        ("M.H. Hải Phòng hòa P.SLNA. Trận đấu tẻ nhạt.", ["M.H. Hải Phòng hòa P.SLNA.", "Trận đấu tẻ nhạt."]),
        ("Lãnh đạo tỉnh thăm hỏi người dân. (ảnh: TTXVN)", ["Lãnh đạo tỉnh thăm hỏi người dân.", "(ảnh: TTXVN)"]),
        ("Tin về lũ lụt. (nguồn: Bộ Nông nghiệp)", ["Tin về lũ lụt.", "(nguồn: Bộ Nông nghiệp)"]),
        ("Ông cho biết (theo báo cáo). Rồi ông về.", ["Ông cho biết (theo báo cáo).", "Rồi ông về."]),
        ("Số ca mắc tăng 5%. (theo Bộ Y tế)", ["Số ca mắc tăng 5%.", "(theo Bộ Y tế)"]),
        ("Ông Hùng (ảnh) phát biểu tại hội nghị (ảnh). Theo ông, cần làm ngay.", ["Ông Hùng (ảnh) phát biểu tại hội nghị (ảnh).", "Theo ông, cần làm ngay."]),
    ],
    "URLs and e-mail at the end": [
        ("Thông tin có trên tuoitre.vn. Bạn đọc có thể góp ý.", ["Thông tin có trên tuoitre.vn.", "Bạn đọc có thể góp ý."]),
        ("Đăng nhập www.gmail.com. Bước 2: chọn thư mới.", ["Đăng nhập www.gmail.com.", "Bước 2: chọn thư mới."]),
        ("Gửi bài về toasoan@nld.com.vn. Chúng tôi sẽ trả lời.", ["Gửi bài về toasoan@nld.com.vn.", "Chúng tôi sẽ trả lời."]),
        ("Xem chi tiết ở địa chỉ sau. https://vnexpress.net/a.html", ["Xem chi tiết ở địa chỉ sau.", "https://vnexpress.net/a.html"]),
        ("Mẫu cũ đã bán hết. iPhone 17 ra mắt tháng sau.", ["Mẫu cũ đã bán hết.", "iPhone 17 ra mắt tháng sau."]),
    ],
    "ellipses": [
        ("Huynh đệ tương tàn. ... Rồi chính con sông này nối hai miền.", ["Huynh đệ tương tàn.", "... Rồi chính con sông này nối hai miền."]),
        ("Cuộc họp kéo dài… Mọi người mệt mỏi.", ["Cuộc họp kéo dài…", "Mọi người mệt mỏi."]),
        ("Ông ngập ngừng... rồi nói tiếp.", ["Ông ngập ngừng... rồi nói tiếp."]),
        ("Vé khứ hồi vũ trụ chỉ với... 99 đôla. Giá trong vòng… 4 tháng tới không đổi.", ["Vé khứ hồi vũ trụ chỉ với... 99 đôla.", "Giá trong vòng… 4 tháng tới không đổi."]),
        ("Khi ấy ông đã tròm trèm... 40. Ông giải thích vì sao.", ["Khi ấy ông đã tròm trèm... 40.", "Ông giải thích vì sao."]),
    ],
    "quotes after the mark": [
        ('Ông nói: "Chúng tôi sẽ cố gắng…" Sau đó ông rời đi.', ['Ông nói: "Chúng tôi sẽ cố gắng…"', "Sau đó ông rời đi."]),
        ("Bà hỏi: “Vì sao lại thế?” rồi lặng im.", ["Bà hỏi: “Vì sao lại thế?” rồi lặng im."]),
        ('"Có ai ở nhà không?" - tôi hỏi. Không ai trả lời.', ['"Có ai ở nhà không?" - tôi hỏi.', "Không ai trả lời."]),
        ('"Tôi sẽ làm đến cùng." - ông Hùng nói.', ['"Tôi sẽ làm đến cùng." - ông Hùng nói.']),
        ('Ai cũng từ chối. "bắt kiểu này được mấy con?" - tôi hỏi.', ["Ai cũng từ chối.", '"bắt kiểu này được mấy con?" - tôi hỏi.']),
        ("Anh ấy đã thắng! “đáng đời”, ai đó nói.", ["Anh ấy đã thắng!", "“đáng đời”, ai đó nói."]),
    ],
    "dates and numbers": [
        ("Luật có hiệu lực từ ngày 1.7.2025. Các địa phương chuẩn bị.", ["Luật có hiệu lực từ ngày 1.7.2025.", "Các địa phương chuẩn bị."]),
        ("Từ ngày 1.7.2025 các tỉnh sáp nhập.", ["Từ ngày 1.7.2025 các tỉnh sáp nhập."]),
        ("Đội xếp thứ 1. Sau đó là Hà Nội.", ["Đội xếp thứ 1.", "Sau đó là Hà Nội."]),
    ],
    "numbered lists": [
        ("Nội dung gồm: 1. Rà soát hồ sơ; 2. Báo cáo kết quả.", ["Nội dung gồm: 1. Rà soát hồ sơ; 2. Báo cáo kết quả."]),
        ("Có ba việc cần làm. 1. Rà soát hồ sơ. 2. Báo cáo kết quả.", ["Có ba việc cần làm.", "1. Rà soát hồ sơ.", "2. Báo cáo kết quả."]),
        ("+ Sau 20 phút: huyết áp trở lại bình thường. + Sau 8 giờ: oxy trở lại bình thường.", ["+ Sau 20 phút: huyết áp trở lại bình thường.", "+ Sau 8 giờ: oxy trở lại bình thường."]),
        ("I. KẾT QUẢ ĐẠT ĐƯỢC\nNăm 2025, tỉnh tăng trưởng 8%.", ["I. KẾT QUẢ ĐẠT ĐƯỢC", "Năm 2025, tỉnh tăng trưởng 8%."]),
    ],
    "emoji": [
        ("Chúc mừng năm mới! 🎉 Năm nay sẽ tốt hơn.", ["Chúc mừng năm mới! 🎉", "Năm nay sẽ tốt hơn."]),
        ("Đội tuyển thắng rồi 👍👍. Người hâm mộ xuống đường.", ["Đội tuyển thắng rồi 👍👍.", "Người hâm mộ xuống đường."]),
        ("Tuyệt vời 😍 quá. Cảm ơn ❤️! Hẹn gặp lại.", ["Tuyệt vời 😍 quá.", "Cảm ơn ❤️!", "Hẹn gặp lại."]),
        ("Windows® 11 ra mắt. Giá © 2025 không đổi.", ["Windows® 11 ra mắt.", "Giá © 2025 không đổi."]),
    ],
}
INVISIBLE = "\u200b\u2060\ufeff"
TABLE = [(kind, text, expected) for kind, cases in CASES.items() for text, expected in cases]


@pytest.mark.parametrize("kind, text, expected", TABLE, ids=[f"{k}: {t[:30]}" for k, t, _ in TABLE])
def test_news_sentence_boundaries(kind, text, expected):
    assert sent_tokenize(text) == expected


# Pieces the rules look at: marks, closers, abbreviations, initials, list numbers, bullets,
# dashes, captions, URLs, emoji (with a joiner and selector), invisible characters.
PIECES = [
    " ", " ", "\n", ".", "...", "…", "!", "?", '"', "“", "”", "(", ")", "'", "-", "+", ":", ";",
    "Ông", "nói", "a", "TP", "Q", "K", "K.D", "v.v", "tr.CN", "1", "II", "(ảnh", "www.", ".vn",
    "iPhone", "Sau", "🎉", "❤️", "👍\u200d", "\u200b", "\ufeff", "\t", "\xa0",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_spans_are_ordered_disjoint_and_cover_every_visible_character(text):
    spans = sentence_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)  # in order, not overlapping, inside
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    covered = [False] * len(text)
    for start, end in spans:
        covered[start:end] = [True] * (end - start)
    # no visible character lost (zero-width space, word joiner and BOM count as nothing)
    assert all(covered[i] or ch.isspace() or ch in INVISIBLE for i, ch in enumerate(text))
