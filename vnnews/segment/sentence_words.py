"""Word lists the sentence splitter reads: abbreviations and words that open sentences.

>>> "PGS" in ABBREVIATIONS and "Theo" in SENTENCE_STARTERS
True
"""

from __future__ import annotations

# Abbreviations written with a final full stop in Vietnamese news (compared without
# the dots, case-sensitively: "TP" and "Tp" are both here, "tp" is not).
ABBREVIATIONS = frozenset(
    """
    TP Tp tp TT Th ThS Ths GS PGS TS TSKH BS BSCKI BSCKII CKI CKII KS LS NS NSND NSƯT NGND NGƯT
    ThS.BS PGS.TS GS.TS GS.TSKH TS.BS Th.S Th.s St Mr Mrs Ms Dr Prof Co Ltd Inc Corp No Tr tr
    P Q H X TX vv v.v etc Sđd Nxb NXB Tel ĐT Đt đt Fax ĐC tr.CN TCN SCN
    """.split()
)

# Capitalised words that open sentences and are no given names or place names (read off
# the first words of VNTC training lines): after "Nguyễn Văn A." or "TP." they show the
# full stop ends a sentence.
SENTENCE_STARTERS = frozenset(
    """
    Sau Theo Tuy Ngoài Trong Khi Ông Bà Các Những Đây Hiện Tại Trước Cũng Do Vì Nhưng
    Để Với Nếu Riêng Còn Được Qua Lúc Hôm Ngày Đó Điều Việc Chúng Họ Tôi
    Một Chị Có Không Từ Bạn Về Năm Nhiều Đối Kết Trên Chỉ Ngay Như Cùng Mặc Hãy Vào
    Tháng Cho Khoảng Mỗi Dù Hơn Gần Tất Vậy Cả Bị Đã Hầu Cần Đừng Rất Mọi Nên Nó
    Sáng Chiều Tối Đêm Trưa Rồi Song Bởi Dưới Và Tuần Hai Ba Bốn Vụ
    """.split()
)

# Lower-case words after which a single capital is a person's initial ("chị C.", "cô L.",
# "bị can H.", "Đăng và K."); after any other lower-case word it is a letter that names a
# thing ("khóa X.", "nhóm máu B.", "bệnh viện K.", "vitamin E.").
PERSON_WORDS = frozenset(
    """
    anh chị ông bà cô em cháu bé chú cụ bác dì cậu mợ ả gã hắn tên can tượng nhân
    và với của cho là gặp
    """.split()
)
