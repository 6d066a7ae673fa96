"""Head words of an organisation's name ("Bộ", "Công ty", "Trường", "hãng") and the
words that may or may not follow a head inside the name.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "bộ" in ORG_HEADS_NAMED, "nghị" in NOT_A_BODY_AFTER_HEAD["hội"]
(True, True)
"""

SCHOOL_LEVELS = ("tiểu học", "mầm non", "mẫu giáo", "trung học", "trung học cơ sở", "trung học phổ thông")

SCHOOLS_BY_LEVEL = (
    "trường tiểu học", "trường mầm non", "trường mẫu giáo", "trường trung học",
    "trường trung học cơ sở", "trường trung học phổ thông", "trường phổ thông trung học",
    "trường thpt chuyên", "trường phổ thông dân tộc nội trú", "trường trung cấp",
) + SCHOOL_LEVELS
"""School heads written with their level in lower case ("Trường tiểu học Kim Đồng"); the
name after them is often a person's, and "hiệu trưởng" before them is a post. The level
alone (``SCHOOL_LEVELS``), capitalised right after a lower-case "trường", heads the name too
("trường Tiểu học Kim Liên" → "Tiểu học Kim Liên", as the guideline leaves the lower-case head
out; twenty-first stop, from blind27 and two earlier batches); elsewhere it is a department's
field ("Trưởng phòng Mầm non Sở GD-ĐT")."""

ORG_HEADS_NAMED = (
    "bộ", "sở", "cục", "tổng cục", "chi cục", "viện", "ban", "ủy ban", "công ty",
    "tổng công ty", "tập đoàn", "ngân hàng", "hội", "hiệp hội", "liên đoàn", "liên hiệp",
    "đại học", "đh", "trường", "trường đại học", "học viện", "cao đẳng", "cđ", "thpt",
    "thcs", "trường thpt", "trường thcs", "bệnh viện", "trung tâm", "phòng", "đài", "báo",
    "nhà máy", "khoa", "quỹ", "hợp tác xã", "htx", "tổng liên đoàn", "cụm cảng", "văn phòng",
    "câu lạc bộ", "clb", "nhà xuất bản", "nxb", "tổ chức", "công ty cổ phần", "công ty tnhh",
    "doanh nghiệp", "xí nghiệp", "nông trường", "lâm trường", "trại giam", "trại",
    "đoàn", "liên minh", "chính phủ", "quân đội", "cảnh sát", "đảng", "cty", "tcty",
    "tổng cty", "tòa soạn", "nhà hát", "hãng phim", "lữ đoàn", "sư đoàn", "trung đoàn",
    "đại sứ quán", "sứ quán", "lãnh sự quán", "hội đồng", "đội", "tạp chí", "tuần báo",
    "nhật báo", "kho bạc", "cảng vụ", "bộ tư lệnh", "bộ chỉ huy", "quân khu", "quân đoàn",
    "chi nhánh", "văn phòng đại diện", "ban quản lý", "tòa án", "trường đh", "trường cđ",
    "trường cao đẳng", "cơ quan", "vụ", "nhà sách",
    "khách sạn", "nhà hàng",  # "tại Khách sạn Melia" (nineteenth pass, from blind17-21)
    "phân viện",  # "Phân viện Khoa học hình sự (Bộ Công an)" (twentieth stop, from blind8 and blind17)
) + SCHOOLS_BY_LEVEL
"""Heads followed by a name ("Bộ Tư pháp", "Công ty TNHH Tam Nguyên"); capitalised."""

LOWER_CASE_NAME_HEADS = (
    "trung tâm", "quỹ", "hiệp hội", "ban", "ban quản lý", "ban chỉ đạo", "ban chỉ huy",
    "phòng", "cục", "tổng cục", "chi cục", "bộ phận", "hội đồng", "liên đoàn", "nhà máy",
    "xí nghiệp", "viện", "phân viện", "công ty", "công ty cổ phần", "câu lạc bộ", "ủy ban",
    "trạm", "phòng thí nghiệm",
)
"""Capitalised heads whose whole name may follow in lower case ("Trung tâm dự báo khí tượng
thủy văn", "Nhà máy thiết bị bưu điện"; read in :mod:`.lower_case_names`, twentieth stop).
Not "Đoàn", "Đội", "Khoa", "Cơ quan": a surname or given name, a post ("Đội trưởng"), or a
body described by its task ("Đoàn công tác", "Cơ quan điều tra")."""

PROPER_NAME_HEADS = frozenset({"khách sạn", "nhà hàng"})
"""Heads whose name is a proper name in capitals ("Khách sạn Tản Đà 1", "Nhà hàng Biển Cá"),
never a field in lower case: a lower-case word after it is the sentence going on."""

DEPARTMENT_HEADS = frozenset({"cục", "tổng cục", "vụ", "viện", "học viện"})
"""Heads of a ministry's department with a name of its own: "Cục Quản lý Xuất nhập cảnh" is
one body and "Bộ Công an" after it another, while "Thanh tra Bộ Y tế" is one name."""

SUB_UNIT_HEADS = frozenset({"phòng", "đội", "trung tâm", "phân viện"})
"""Heads of a unit inside a larger body, written right before that body: "Phòng Cảnh sát
hình sự" | "Công an tỉnh Nghệ An", "Đội Cảnh sát giao thông" | "Công an huyện Đông Anh",
"Trung tâm Tin học" | "Trường ĐH Khoa học Tự nhiên", "Phân viện Khoa học hình sự" | "Bộ
Công an" are two organisations each."""

PARENT_BODY_HEADS = (
    "công an", "bộ", "sở", "trường", "trường đại học", "trường đh", "đại học", "đh", "học viện",
    "bệnh viện", "tổng cục", "cục", "ubnd", "ủy ban nhân dân", "tòa án", "tand", "vksnd",
    "viện kiểm sát",
)
"""Heads of the body a unit of :data:`SUB_UNIT_HEADS` belongs to, when written right after
the unit's name (sixteenth pass)."""

MANAGEMENT_BOARDS = ("ban giám đốc", "ban tổng giám đốc", "ban giám hiệu", "ban lãnh đạo")
"""The managers of a body, not a body: "Ban Giám đốc" | "Siêu thị Co-Op Mart", "Ban Giám
hiệu" | "Trường THPT Lê Lợi"; the body after them is the organisation (sixteenth pass)."""

STATE_BODY_HEADS = frozenset({
    "quân đội", "cảnh sát", "chính phủ", "đại sứ quán", "sứ quán", "lãnh sự quán",
})
"""Heads of a state's body, whose name may be the country alone: "Quân đội Mỹ" ends there
(not "Quân đội Mỹ rút quân"), while "Trường Mỹ thuật" goes on."""

ORG_HEADS_DESCRIBED = frozenset({
    "công ty", "tổng công ty", "tập đoàn", "trung tâm", "nhà máy", "bệnh viện", "ủy ban",
    "ngân hàng", "xí nghiệp", "hiệp hội", "cty", "tcty", "tổng cty", "công ty cổ phần",
    "công ty tnhh", "đại học", "trường đại học", "chi nhánh", "ban quản lý", "trường đh",
    "trường cđ", "trường cao đẳng", "cao đẳng",
    "viện", "trường",  # "Viện nghiên cứu quân sự Walter Reed", "Trường khiếm thị Nguyễn Văn Tố" (fourteenth pass)
    "đh", "cđ",  # "ĐH dân lập Thăng Long" (nineteenth pass, from blind23)
})
"""Heads that may carry lower-case words before the capitalised name
("Tổng công ty du lịch Sài Gòn", "Ủy ban thường vụ Quốc hội")."""

ORG_HEADS_DESCRIBED_TO_A_PLACE = frozenset({
    "liên đoàn", "hiệp hội", "hội", "viện", "học viện", "tổ chức", "quỹ", "ủy ban",
    "trung tâm", "cục", "tổng cục", "liên minh", "liên hiệp", "hội đồng", "đài", "cơ quan",
    "công ty", "tập đoàn", "tổng công ty", "ngân hàng", "câu lạc bộ", "clb", "ban", "phòng",
})
"""Heads whose name may be written wholly in lower case when a country, a unit or a scope
word closes it ("Liên đoàn bóng đá Campuchia", "Tổ chức mậu dịch thế giới")."""

HEAD_COMPLEMENTS = {"ban": "chỉ đạo"}
"""Lower-case words that complete a head before its lower-case name ("Ban chỉ đạo phòng
chống dịch cúm"): skipped, though "chỉ" alone would end a name."""

NOT_A_BODY_AFTER_HEAD = {
    "hội": frozenset({"nghị", "chợ", "thi", "thảo", "chứng", "diễn", "trại", "đàm", "ý", "họa",
                      "hoạ", "làng", "hè", "viên", "tụ", "ngộ", "nhập", "quán", "sở", "đủ",
                      "đoàn", "hoa", "xuân", "báo", "giảng"}),
    "tổ chức": frozenset({"cho", "thi", "lễ", "hội", "giải", "tour", "tuyển", "đón", "đưa",
                         "lại", "triển", "bầu"}),
    "đài": frozenset({"tưởng", "niệm", "phun", "quan"}),
    "trung tâm": frozenset({"thành", "thương"}),
    "cơ quan": frozenset({"chức", "chủ", "nhà", "công"}),
    "viện": frozenset({"trợ", "dẫn", "cớ", "phí", "phó", "trưởng"}),
    "trường": frozenset({"hợp", "kỳ", "ca", "phái", "quay", "đua", "thi", "tồn", "sinh", "độ",
                         "phó", "trưởng"}),  # "Trường hợp", "Viện phó" (fourteenth pass)
    "ban": frozenset({"đầu", "ngày", "đêm", "hành", "tổ", "giám", "biên", "nhạc", "bố", "phát",
                      "cho", "lãnh", "điều", "công", "mai", "sáng", "chiều", "trưa", "tối"}),
    "phòng": frozenset({"ăn", "ngủ", "khách", "chống", "ngừa", "khám", "thi", "tránh", "trọ", "học",
                        "họp", "tắm", "vệ", "cháy", "bệnh", "chờ", "làm", "tập", "hát", "trà",
                        "bán", "vé", "máy", "không", "thủ", "hộ", "cách", "xa", "tuyến", "tối",
                        "the", "trưng", "đợi", "mổ", "cấp", "hồi", "giam", "khi", "trường"}),
    "hội đồng": frozenset({"xét", "quản", "thẩm", "bồi", "giám", "chấm", "tuyển", "thi", "nghiệm",
                           "giải", "kỷ", "thành", "định", "khoa", "coi"}),
    "clb": frozenset({"thủ"}),
    "câu lạc bộ": frozenset({"thủ"}),
}
"""Lower-case words right after a head that make it another word or a verb ("Hội nghị",
"Hội chợ", "Tổ chức các giải", "Đài tưởng niệm", "Viện trợ", "CLB thủ đô London"), or a
panel described by its task ("Hội đồng xét xử (HĐXX)"): no body is named from there."""

NOT_IN_A_LOWER_CASE_NAME = frozenset({
    "các", "những", "một", "mọi", "nhiều", "này", "đó", "kia", "ấy", "sang", "tới", "lớn",
    "số", "hơn", "đương", "cũ", "thành", "cứ", "để", "ít", "hiện",
})
"""Determiners, motion and ranking words: never inside a body's lower-case name ("CLB sang
Thượng Hải", "Tập đoàn nước giải khát lớn nhất thế giới", "CLB thành London", "CLB cũ
Barcelona" describe, they do not name). Syllables of other words ("thống nhất", "ngân
hàng") are not listed; "hàng đầu" is in :data:`RANKING_PHRASES`."""

RANKING_PHRASES = ("hàng đầu", "số một")
"""Phrases that describe a body's rank, never name it ("Tập đoàn tư vấn hàng đầu thế giới")."""

MEMBERS_AFTER_DETERMINER = frozenset({"nhà", "nước", "doanh", "bác", "luật", "kiến", "kỹ"})
"""After "các" these name a body's members ("Hội các nhà doanh nghiệp trẻ Việt Nam", "Tổ
chức các nước xuất khẩu dầu mỏ", "Hiệp hội các bác sĩ ..."): there "các" stays inside the
name."""

NAME_SCOPE_WORDS = ("quốc tế", "thế giới", "quốc gia", "trung ương", "toàn quốc",
                    "miền bắc", "miền trung", "miền nam", "miền tây", "miền đông")
"""Lower-case words of scope that close a body's name ("Tổ chức Y tế thế giới", "Tòa án
Hình sự quốc tế", "Cụm cảng hàng không miền Trung", "Công ty Kinh Đô miền Bắc"): what
follows them is no longer part of it."""

NAME_WORDS_BEFORE_LOWER_CASE = frozenset({"quốc", "trung", "sân", "xuất", "nhập", "phát"})
"""Capitalised first syllables of words that go on in lower case even late in a name
("Quỹ Chữ thập Xanh Quốc tế", "Nhà hát Kịch Sân khấu nhỏ"); after another capitalised
syllable, any other lower-case word ends the name ("Công ty Bông Sen báo lãi")."""

LOWER_CASE_ORG_HEADS = (
    "hãng", "công ty", "tổng công ty", "tập đoàn", "ngân hàng", "siêu thị", "khách sạn",
    "nhà hàng", "báo", "tờ", "đài", "hãng tin", "hãng hàng không", "hãng thông tấn",
    "tạp chí", "nhật báo", "tuần báo", "bệnh viện", "trường", "viện", "câu lạc bộ", "clb",
    "đội bóng", "hãng phim", "nhà xuất bản", "đảng", "hãng truyền hình", "ban nhạc",
    "nhóm nhạc", "nhà sách", "cây xăng", "cửa hàng", "vũ trường", "quán bar",
)
"""Lower-case nouns before an organisation's name, which is then the name alone
("hãng Sainsbury" → "Sainsbury", see docs/entities_guideline.md)."""

AGENCY_HEADS = frozenset({"hãng", "hãng tin", "hãng hàng không", "hãng thông tấn", "hãng truyền hình"})
"""Lower-case heads that news also capitalises inside a sentence ("của Hãng Microsoft", "Hãng
tin Reuters"); the name after them is still the name alone, as after "hãng"."""

SCHOOL_HEADS = frozenset({
    "đại học", "đh", "trường", "trường đại học", "học viện", "cao đẳng", "cđ", "thpt", "thcs",
    "trường thpt", "trường thcs", "trường đh", "trường cđ", "trường cao đẳng",
}) | frozenset(SCHOOLS_BY_LEVEL) | frozenset({"nhà sách"})
"""Heads whose name is often a person's ("THPT Lê Viết Thuật", "Nhà sách Nguyễn Văn Cừ")."""

ACRONYM_DEFINING_HEADS = (
    "cơ quan", "lực lượng", "đảng", "công ty", "tổng công ty", "tập đoàn", "tổ chức",
    "hiệp hội", "hội", "ngân hàng", "ủy ban", "hội đồng", "quỹ", "văn phòng", "trung tâm",
    "phong trào", "mặt trận", "liên minh", "liên đoàn", "cục", "viện", "bộ", "sở", "ban",
    "trường", "đại học", "học viện", "bệnh viện", "câu lạc bộ", "nhóm", "quân đội",
    "ủy hội", "diễn đàn", "hãng",
)
"""Head nouns of a body whose acronym a text may define in brackets ("Hội đồng Bảo an (HĐBA)")."""
