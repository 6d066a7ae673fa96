"""Word lists of the entity rules: surnames, honorifics, posts, bodies, place words, countries.

Plain immutable data, written by hand from general knowledge of Vietnamese news style
(not from the gold set). Phrases are lower case; lookups also accept text without
diacritics (see :class:`vnnews.entities.tokens.Phrasebook`).

>>> "nguyễn" in SURNAMES and "chủ tịch" in POSTS
True
"""

from __future__ import annotations

SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trương
lâm mai tô trịnh lương cao hà quách tạ thái triệu lưu châu khổng la chu phùng kiều kim
đàm vương từ thân tăng giang tôn hứa mạc doãn đồng lò vi lục quan hầu tống nghiêm diệp
lại âu phí ninh khúc biện bạch bế nông lã mẫn tiêu thạch sầm cầm quàng vàng giàng bành
sùng thào mùa lầu hờ ksor lữ lạc văn ưng chế chung cung kha khương lăng
đào khuất đậu uông thiều
""".split())
"""Vietnamese family names (lower case); "văn" is rare as a surname but does occur."""

HONORIFICS = (
    "ông", "bà", "anh", "chị", "em", "cháu", "cô", "chú", "bác", "cụ", "bé", "đồng chí",
    "bị cáo", "bị can", "đối tượng", "nghi phạm", "nạn nhân", "luật sư", "ca sĩ", "nhạc sĩ",
    "nghệ sĩ", "nhà văn", "nhà thơ", "nhà báo", "phóng viên", "bác sĩ", "kỹ sư", "giáo sư",
    "phó giáo sư", "tiến sĩ", "thạc sĩ", "gs", "pgs", "ts", "ths", "bs", "ks", "pgs-ts",
    "gs-ts", "pgs.ts", "gs.ts", "vợ", "chồng", "thầy", "sư", "hòa thượng", "linh mục",
    "mục sư", "vận động viên", "thí sinh", "học sinh", "sinh viên", "cầu thủ",
    "người mẫu", "diễn viên", "hoa hậu", "tác giả", "họa sĩ", "chủ nhà", "chủ quán",
    "tài xế", "lái xe", "ngài",
    "hlv", "thủ môn", "thủ thành", "tiền đạo", "tiền vệ", "hậu vệ", "trung vệ", "danh thủ",
    "tay vợt", "võ sĩ", "vđv", "kỳ thủ", "nsnd", "nsưt", "đạo diễn", "thày", "biên đạo",
    "nhà nghiên cứu", "nhà khoa học", "nhà sử học", "nhà thiết kế", "nhà sản xuất",
    "bệnh nhân", "bệnh nhi", "sản phụ", "nữ sinh", "nam sinh",
    "thái tử", "hoàng tử", "công chúa", "hoàng hậu", "phu nhân", "công nương", "hoàng thân",
    "đại đế", "cậu bé", "cô bé", "con trai", "con gái",
)
"""Words written before a person's name that are not a post (lower case)."""

CAPITALISED_HONORIFICS = frozenset({"thái tử", "hoàng tử", "công chúa", "hoàng hậu", "công nương", "hoàng thân"})
"""Royal titles, a cue even when capitalised inside a sentence ("của Thái tử Charles")."""

POSTS = (
    "tổng bí thư", "chủ tịch nước", "phó chủ tịch nước", "thủ tướng", "phó thủ tướng",
    "chủ tịch quốc hội", "phó chủ tịch quốc hội", "chủ tịch", "phó chủ tịch", "bí thư",
    "phó bí thư", "bộ trưởng", "thứ trưởng", "giám đốc", "phó giám đốc", "tổng giám đốc",
    "phó tổng giám đốc", "cục trưởng", "phó cục trưởng", "tổng cục trưởng",
    "phó tổng cục trưởng", "vụ trưởng", "phó vụ trưởng", "viện trưởng", "phó viện trưởng",
    "chánh án", "phó chánh án", "chánh thanh tra", "phó chánh thanh tra", "tổng thanh tra",
    "chánh văn phòng", "phó chánh văn phòng", "trưởng phòng", "phó trưởng phòng",
    "trưởng ban", "phó trưởng ban", "phó ban", "trưởng đoàn", "phó trưởng đoàn",
    "trưởng công an", "phó trưởng công an", "trưởng thôn", "trưởng ấp", "trưởng bản",
    "trưởng khu phố", "tổ trưởng", "trưởng khoa", "hiệu trưởng", "phó hiệu trưởng",
    "chủ nhiệm", "phó chủ nhiệm", "đại sứ", "tổng lãnh sự", "lãnh sự", "thống đốc",
    "phó thống đốc", "tổng thống", "phó tổng thống", "ngoại trưởng", "thị trưởng",
    "tổng kiểm toán", "tổng thư ký", "thư ký", "chỉ huy trưởng", "phó chỉ huy trưởng",
    "tư lệnh", "phó tư lệnh", "chính ủy", "phó chính ủy", "đại biểu quốc hội", "đại biểu", "đb",
    "ủy viên", "ủy viên bộ chính trị", "ủy viên trung ương đảng", "thẩm phán",
    "kiểm sát viên", "điều tra viên", "chuyên viên", "địa chính", "tổng biên tập",
    "phó tổng biên tập", "người phát ngôn", "phát ngôn viên", "trưởng trạm", "đồn trưởng",
    "đội trưởng", "phó đội trưởng", "trưởng ty", "chủ tịch hđqt", "tổng lãnh sự quán",
    "trưởng đại diện", "chủ tịch hội đồng quản trị", "trưởng phân ban", "thủ trưởng",
    "đại tướng", "thượng tướng", "trung tướng", "thiếu tướng", "đại tá", "thượng tá",
    "trung tá", "thiếu tá", "đại úy", "thượng úy", "trung úy", "thiếu úy", "đô đốc",
    "phó đô đốc", "chuẩn đô đốc", "giáo hoàng", "quốc vương", "nữ hoàng", "thượng nghị sĩ",
    "hạ nghị sĩ", "nghị sĩ", "tướng",
)
"""Posts and ranks (lower case); "nguyên", "cựu", "quyền" before them mark a former or
acting holder."""

POSTS_OF_A_COMPANY = ("giám đốc", "hđqt", "ceo", "tổng giám", "phát ngôn")
"""Posts held in a company (and "người phát ngôn"): a foreign-spelt word right after them
is the body's name ("Giám đốc Sinhanco", "người phát ngôn Livedoor"), not the holder's."""

COMMON_FOREIGN_NOUNS = frozenset({"internet", "online", "web", "website", "email", "media", "game",
                                  "xnk"})
"""Foreign-spelt common nouns and field abbreviations written after a company word
("công ty Internet", "công ty XNK vật tư"): no name."""

NAME_PARTICLES = frozenset({"de", "da", "del", "di", "du", "van", "von", "bin", "ibn", "al", "le", "la"})
"""Lower-case particles inside foreign names ("Noli de Castro", "Nayef bin Abdulaziz")."""

POST_PREFIXES = ("nguyên", "cựu", "quyền", "tân")

POST_QUALIFIERS = ("thường trực", "thứ nhất", "phụ trách", "kiêm")

PLACE_BODIES = (
    "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "tỉnh ủy", "thành ủy",
    "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "công an", "tand", "tòa án nhân dân",
    "tòa án", "vksnd", "viện kiểm sát nhân dân", "viện kiểm sát", "mttq", "ủy ban mttq",
    "ủy ban mặt trận tổ quốc", "mặt trận tổ quốc", "ban thường vụ tỉnh ủy",
    "ban thường vụ huyện ủy", "ban thường vụ thành ủy", "ban thường vụ", "bộ chỉ huy quân sự",
    "kho bạc nhà nước", "cục thuế", "chi cục thuế", "cục hải quan", "bộ đội biên phòng",
    "đoàn đại biểu quốc hội", "văn phòng ubnd", "thanh tra", "ubmttq",
    "bảo hiểm xã hội", "bhxh", "hội nông dân", "hội liên hiệp phụ nữ", "hội phụ nữ",
    "hội cựu chiến binh", "đoàn thanh niên", "liên đoàn lao động", "văn phòng hđnd và ubnd",
    "văn phòng đoàn đại biểu quốc hội và hđnd", "trung tâm y tế",
    "bệnh viện đa khoa", "trung tâm phục vụ hành chính công", "đảng bộ", "chi cục kiểm lâm",
    "thành đoàn", "tỉnh đoàn", "huyện đoàn", "quận đoàn", "lđbđ", "liên đoàn bóng đá", "lđlđ",
)
"""Bodies that belong to a place ("UBND tỉnh Quảng Trị"); without the place they are not
an entity of their own, but they still tell an official's post."""

LEVEL_OF_BODY = {
    "tỉnh ủy": "province", "thành ủy": "province", "huyện ủy": "district",
    "quận ủy": "district", "thị ủy": "district", "đảng ủy": "commune",
}
"""Party committees whose name says their level ("Tỉnh ủy" is the province's)."""

LEVEL_WORDS = {
    "tỉnh": "province", "thành phố": "province", "tp": "province", "huyện": "district",
    "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune",
    "thị trấn": "commune",
}
"""Level words after a body ("UBND tỉnh", "Công an huyện")."""

LEVEL_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in LEVEL_WORDS)

NATIONAL_BODIES = (
    "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "ban chấp hành trung ương",
    "trung ương đảng", "ngân hàng nhà nước", "kiểm toán nhà nước", "thanh tra chính phủ",
    "văn phòng chính phủ", "văn phòng quốc hội", "ủy ban thường vụ quốc hội",
    "mặt trận tổ quốc việt nam", "tòa án nhân dân tối cao", "tand tối cao",
    "viện kiểm sát nhân dân tối cao", "vksnd tối cao", "tổng liên đoàn lao động việt nam",
    "trung ương đoàn", "liên hợp quốc", "lhq", "liên minh châu âu", "ngân hàng thế giới",
    "thông tấn xã việt nam", "ttxvn", "quỹ tiền tệ quốc tế", "tòa án tối cao",
    "bộ tổng tham mưu", "hội đồng bầu cử quốc gia", "ủy ban kiểm tra trung ương",
    "nhà trắng", "điện kremlin", "quốc hội mỹ", "nghị viện châu âu", "tuổi trẻ",
    "người lao động", "sài gòn giải phóng", "hà nội mới", "real madrid", "atletico madrid",
    "bayern munich", "ac milan", "inter milan", "man utd", "manchester united", "man city",
    "manchester city", "aston villa", "mặt trận tổ quốc", "quân ủy trung ương", "thanh tra nhà nước",
    "đảng ủy quân sự trung ương", "hội đồng bảo an", "liên hiệp quốc",
    "ban chấp hành trung ương đảng", "hạ viện", "thượng viện", "công đảng", "lầu năm góc",
    "khmer đỏ", "quốc dân đảng", "duma quốc gia", "nghị viện châu âu", "ủy ban châu âu",
    "quân đội nhân dân việt nam", "công an nhân dân", "liên đoàn bóng đá việt nam",
)
"""Unique bodies named without a place or a head word: national and world bodies, major
newspapers, well-known football clubs (lower case; matched only when capitalised)."""

ORG_ACRONYMS = frozenset("""
asean wto eu imf wb adb unicef who fao nato unesco undp apec opec fifa afc vff vtv vov
ttxvn evn vnpt fpt bidv acb shb vpbank techcombank vietcombank vietinbank agribank
sacombank eximbank hdbank tpbank mbbank seabank vib ocb msb pvn petrovietnam vinacomin
vinashin vinalines viettel mobifone vinaphone vinamilk vingroup vietjet vietsovpetro
masan habeco sabeco vnexpress vietnamnet bkav vietnam-airlines vinatex vinafood pvgas
pjico baoviet prudential
reuters afp ap bbc cnn xinhua kyodo yonhap
cia fbi nasa dea iaea oecd unido unhcr ilo wfp unctad unep interpol osce uefa ioc
hamas hezbollah taliban taleban farc al-qaeda jica koica usaid hsbc anz citibank citigroup
toyota honda samsung microsoft google intel ibm nokia boeing airbus yahoo motorola siemens
unilever yukos gazprom petronas jetstar vinaconex saigontourist vietravel vcci vasep
sjc pnj vissan satra savico sotrans vinacafe pvfc vcb nlđ
arsenal chelsea juventus barca lazio everton tottenham villarreal deportivo ajax psv celtic
fulham middlesbrough leverkusen dortmund schalke udinese chievo sampdoria galatasaray
feyenoord anderlecht olympiacos m.u mu
""".split())
"""Well-known organisations written as one word (lower case)."""

SCHOOLS_BY_LEVEL = (
    "trường tiểu học", "trường mầm non", "trường mẫu giáo", "trường trung học",
    "trường trung học cơ sở", "trường trung học phổ thông", "trường phổ thông trung học",
    "trường thpt chuyên", "trường phổ thông dân tộc nội trú", "trường trung cấp",
)
"""School heads written with their level in lower case ("Trường tiểu học Kim Đồng"); the
name after them is often a person's, and "hiệu trưởng" before them is a post."""

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
) + SCHOOLS_BY_LEVEL
"""Heads followed by a name ("Bộ Tư pháp", "Công ty TNHH Tam Nguyên"); capitalised."""

DEPARTMENT_HEADS = frozenset({"cục", "tổng cục", "vụ", "viện", "học viện"})
"""Heads of a ministry's department with a name of its own: "Cục Quản lý Xuất nhập cảnh" is
one body and "Bộ Công an" after it another, while "Thanh tra Bộ Y tế" is one name."""

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
    "viện": frozenset({"trợ", "dẫn", "cớ", "phí"}),
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

VERBS_AFTER_A_BODY = (
    "thông qua", "tổ chức", "đề nghị", "quyết định", "yêu cầu", "cho phép", "phối hợp",
    "tiến hành", "chỉ đạo", "tài trợ", "ký kết", "công bố", "ban hành", "triển khai",
    "phê duyệt", "đồng ý", "thực hiện", "tiếp nhận", "phát hiện", "khởi tố", "bắt giữ",
    "thông báo", "đưa ra", "kiến nghị", "đề xuất", "trao tặng", "tặng thưởng", "xử phạt",
    "ra mắt", "chấp thuận", "cam kết", "mời", "tuyên bố", "khẳng định", "cho biết",
)
"""Verbs that follow a body as the subject of a sentence ("Ban Thường vụ Tỉnh ủy thông
qua ...", "Công ty Vinamilk tổ chức ..."): never lower-case words of its name."""

NAME_SCOPE_WORDS = ("quốc tế", "thế giới", "quốc gia", "trung ương", "toàn quốc")
"""Lower-case words of scope that close a body's name ("Tổ chức Y tế thế giới", "Tòa án
Hình sự quốc tế"): what follows them is no longer part of it."""

NAME_WORDS_BEFORE_LOWER_CASE = frozenset({"quốc", "trung", "sân", "xuất", "nhập", "phát"})
"""Capitalised first syllables of words that go on in lower case even late in a name
("Quỹ Chữ thập Xanh Quốc tế", "Nhà hát Kịch Sân khấu nhỏ"); after another capitalised
syllable, any other lower-case word ends the name ("Công ty Bông Sen báo lãi")."""

INVESTIGATING_AGENCY_NAMES = (
    "điều tra", "csđt", "cảnh sát điều tra", "an ninh điều tra", "an ninh", "cảnh sát",
)
"""Names after "Cơ quan" that make the investigating agency of a police body, described
rather than named ("Cơ quan Cảnh sát điều tra Công an Hà Nội": the body is "Công an Hà
Nội"); other names after "Cơ quan" are agencies ("Cơ quan Năng lượng Quốc tế")."""

COMPANY_HEADS = (
    "công ty", "tổng công ty", "tập đoàn", "cty", "tcty", "tổng cty", "công ty cổ phần",
    "công ty tnhh", "ngân hàng", "hãng", "xí nghiệp",
)
"""Heads of a company, whose name alone stands for it later in the text ("Công ty
Gemadept" ... "Gemadept", see :mod:`vnnews.entities.repeats`)."""

NOT_NAME_TAILS = frozenset("""
chỉ về theo nhập dành ký với của cho đã đang sẽ vừa là có được bị tại ở từ đến trong ngoài
này đó cũng không mới phải làm đi ra vào lên xuống cùng nay qua hôm sáng chiều tối ngày
tháng năm trình nộp họp gửi đưa nói mà thì như nên nhưng hay hoặc vì do khi sau trước trên
dưới giữa đều chưa rất diễn
""".split())
"""Lower-case words that end a name rather than continue it (verbs, function words)."""

PERSON_FOLLOWERS = NOT_NAME_TAILS | frozenset("""
còn lại vẫn bèn liền luôn nhận khai bị tự trốn dùng mua bán nhờ gặp kể thấy biết rồi từng
cầm lấy mang chở rủ bỏ dẫn chạy đánh đâm giết cướp trộm lừa vay thuê hỏi đáp bảo kêu và
tiếp thăm dự chúc tặng trao phát biểu thuộc
""".split())
"""Words that often follow a person named by the given name alone ("Tòng đã bị bắt",
"Mai lại đưa"): a capitalised syllable followed by another word is more likely the
first syllable of that word ("Quy hoạch", "Thanh tra")."""

NOT_A_NAME_AFTER = frozenset({
    "năm", "tết", "chợ", "đê", "kè", "quán", "lò", "xóm", "làng", "cát", "tỉnh", "đường",
    "phố", "hiệu", "nhãn", "thương", "dòng",
})
"""Lower-case words after which two given names are a year, a place or a brand ("năm Quý
Mùi", "kè Nghĩa Phúc", "xoài cát Hòa Lộc", "thương hiệu Minh Long"), not a person."""

PLACE_PREPOSITIONS = frozenset({"tại", "ở"})
"""After these, a name without an honorific or a post is a place ("trú tại Bạch Mai")."""

COMPANY_FORMS = (
    "tnhh", "cổ phần", "cp", "tmcp", "mtv", "một thành viên", "trách nhiệm hữu hạn",
    "liên doanh", "tư nhân", "thương mại cổ phần", "jsc",
)

SECTORS = (
    "tư pháp", "tài chính", "công an", "quốc phòng", "ngoại giao", "nội vụ", "y tế",
    "xây dựng", "công thương", "thương mại", "công nghiệp", "giáo dục và đào tạo",
    "giáo dục - đào tạo", "giáo dục", "gdđt", "gd-đt", "gd&đt", "giao thông vận tải",
    "giao thông - vận tải", "gtvt", "giao thông công chính", "gtcc", "giao thông",
    "nông nghiệp và phát triển nông thôn", "nn&ptnt", "nông nghiệp và môi trường",
    "nông nghiệp", "tài nguyên và môi trường", "tài nguyên - môi trường", "tn&mt",
    "tài nguyên môi trường", "kế hoạch và đầu tư", "kế hoạch - đầu tư", "kh&đt",
    "lao động - thương binh và xã hội", "lao động thương binh và xã hội",
    "lao động - thương binh - xã hội", "lđ-tb&xh", "lđtbxh",
    "văn hóa, thể thao và du lịch", "văn hóa - thể thao và du lịch", "văn hóa - thông tin",
    "văn hóa thông tin", "văn hóa", "khoa học và công nghệ", "khoa học - công nghệ",
    "khoa học công nghệ", "thông tin và truyền thông", "thông tin - truyền thông",
    "bưu chính viễn thông", "bưu chính - viễn thông", "thủy sản", "dân tộc và tôn giáo",
    "quy hoạch - kiến trúc", "quy hoạch kiến trúc", "du lịch", "thú y", "hải quan", "thuế",
    "quản lý thị trường", "cảnh sát giao thông", "cảnh sát điều tra", "kiểm lâm",
    "bảo vệ thực vật", "đường sắt", "đường bộ", "hàng không", "hàng hải", "thống kê",
    "lâm nghiệp", "thủy lợi", "chăn nuôi", "trồng trọt", "nội chính", "tuyên giáo",
    "dân vận", "pháp chế", "an ninh", "xuất nhập cảnh", "quản lý xuất nhập cảnh",
    "tài nguyên nước", "môi trường", "năng lượng", "điện lực", "ngoại vụ", "kinh tế",
    "an ninh điều tra", "tổ chức cán bộ", "hợp tác quốc tế", "kế hoạch tài chính",
    "chống tham nhũng", "thương mại điện tử", "tài chính kế toán", "cộng sản", "cộng hòa",
    "dân chủ", "bảo thủ",
)
"""Sector names after Bộ/Sở/Cục/Phòng, of which only the first syllable is capitalised."""

LOCATION_HEADS = (
    "thôn", "xóm", "ấp", "bản", "làng", "buôn", "plei", "khu phố", "tổ dân phố", "khối",
    "đường", "phố", "quốc lộ", "tỉnh lộ", "đại lộ", "hương lộ", "sông", "suối", "hồ", "núi",
    "dãy núi", "đèo", "vịnh", "biển", "đảo", "quần đảo", "cầu", "hầm", "ga", "sân bay",
    "cảng", "cảng hàng không", "cửa khẩu", "kênh", "rạch", "chợ", "khu công nghiệp", "kcn",
    "khu đô thị", "khu tập thể", "khu du lịch", "khu di tích", "khu chế xuất",
    "vườn quốc gia", "công viên", "hang", "động", "đồi", "bến xe", "bến", "cánh đồng",
    "quảng trường", "đền", "chùa", "nhà thờ", "lăng", "thác", "bãi biển", "rừng", "cồn",
    "mũi", "khu núi", "cao nguyên", "đầm", "phá", "bán đảo", "cửa biển", "hẻm", "ngõ",
    "ngách", "khu dân cư", "khu", "tổ", "xứ", "sân vận động", "svđ", "sân", "nhà thi đấu",
    "bãi rác", "nghĩa trang", "chung cư", "bang", "tiểu bang", "mỏ",
)
"""Lower-case head nouns of a place name ("sông Hồng", "thôn 3", "ấp An Phú")."""

NOT_A_HEAD_AFTER = {
    "phá": {"khám", "đột", "tàn", "công", "đánh", "bắn"},
    "động": {"lao", "hoạt", "vận", "chủ", "tác", "sinh", "hành", "biến", "cảm", "kích", "lưu",
             "di", "bạo", "rung", "xúc", "giao", "cơ", "báo", "bị", "phát", "náo", "chấn"},
    "cầu": {"yêu", "nhu", "toàn", "địa", "khẩn", "mưu", "cung", "thỉnh", "cần"},
    "phố": {"thành", "đường", "khu"},
    "bản": {"văn", "cơ", "căn", "xuất", "phiên", "kịch", "nguyên", "tư", "phát", "kịch", "bộ",
            "tái", "dự", "bổn", "sao", "cổ"},
    "thôn": {"nông"},
    "xóm": {"làng", "hàng"},
    "hồ": {"đồng", "mơ", "hồ", "ao", "sông", "hàng"},
    "biển": {"bờ", "mặt", "vùng", "vũng", "bãi", "bọ"},
    "đảo": {"hải", "biển"},
    "chợ": {"chợ"},
    "khu": {"các", "những", "một"},
    "báo": {"thông", "cảnh", "dự", "loan", "tình", "học", "nhà", "trình", "thời", "điện",
            "tin", "mách", "bẩm", "tố", "hồi", "tường", "khai"},
    "bang": {"liên"},
    "mỏ": {"dầu", "khai", "chim"},
    "trường": {"thị", "quảng", "chiến", "môi", "hiện", "lập", "sân", "nông", "ngư", "công",
               "trang", "võ", "pháp", "thương", "đấu", "học", "phi", "từ", "điện", "hội",
               "diễn", "bãi", "giáo", "tổng", "kỳ", "trọng", "phố", "ngôi"},
    "viện": {"bệnh", "học", "thư", "nghị", "tu", "hạ", "thượng", "quân", "cô", "nhi", "xuất",
             "nhập", "viễn", "dưỡng", "kịch", "tự", "phật"},
}
"""Lower-case syllables that make a head noun part of a common word ("khám phá",
"lao động", "yêu cầu", "thành phố", "văn bản", "nông thôn", "thị trường", "nhập viện"):
no place (nor organisation) follows."""

NOT_A_PLACE_AFTER = frozenset({"tiếng", "bảng", "đồng", "giờ", "kiểu", "gốc", "chữ"})
"""Words that turn a country name into a language, currency or style ("tiếng Anh", "bảng Anh")."""

NOT_A_PLACE_BEFORE = frozenset({"ấy", "ta", "ơi", "chị", "em"})

COUNTRIES_ALSO_PRONOUNS = frozenset({"anh"})
"""Country words that open a sentence as a pronoun before a lower-case verb ("Anh ở TP
Long Xuyên", "Anh kể: ..."), not as the country."""
"""Words after which "Anh" is a pronoun, not the country ("Anh ấy", "Anh ta")."""

WHOLE_NAME_LOCATION_HEADS = frozenset({
    "sân vận động", "svđ", "sân", "nhà thi đấu", "bãi rác", "nghĩa trang", "chung cư", "bang",
    "tiểu bang", "mỏ",
})
"""Heads after which one capitalised syllable going on in lower case is a word, not a name
("sân Công viên các Hoàng tử", "Nhà thi đấu Quân khu 7")."""

NUMBERED_LOCATION_HEADS = frozenset({
    "thôn", "xóm", "ấp", "bản", "khu phố", "tổ dân phố", "khối", "quốc lộ", "tỉnh lộ",
    "hương lộ", "tổ", "khu", "hẻm", "ngõ", "ngách",
})
"""Heads that also take a number ("thôn 3", "quốc lộ 1A")."""

COUNTRIES = (
    "việt nam", "vn", "mỹ", "hoa kỳ", "trung quốc", "nhật bản", "nhật", "hàn quốc",
    "triều tiên", "pháp", "anh", "đức", "nga", "liên bang nga", "úc", "australia", "canada",
    "lào", "campuchia", "thái lan", "malaysia", "singapore", "indonesia", "philippines",
    "myanmar", "brunei", "đông timor", "ấn độ", "pakistan", "bangladesh", "sri lanka",
    "nepal", "hà lan", "bỉ", "ý", "italia", "tây ban nha", "bồ đào nha", "thụy sĩ",
    "thụy điển", "na uy", "đan mạch", "phần lan", "ba lan", "séc", "cộng hòa séc",
    "slovakia", "hungary", "romania", "bulgaria", "ukraine", "belarus", "hy lạp",
    "thổ nhĩ kỳ", "iraq", "iran", "israel", "palestine", "syria", "lebanon", "jordan",
    "ả rập xê út", "saudi arabia", "kuwait", "qatar", "afghanistan", "ai cập", "libya",
    "nam phi", "nigeria", "kenya", "ethiopia", "brazil", "argentina", "chile", "peru",
    "colombia", "venezuela", "mexico", "cuba", "new zealand", "áo", "ireland", "scotland",
    "mông cổ", "kazakhstan", "uzbekistan", "đài loan", "hong kong", "hồng kông", "ma cao",
    "macau", "liên xô", "tiệp khắc", "nam tư", "đông đức", "tây đức", "angola", "mozambique",
    "algeria", "morocco", "ma-rốc", "tunisia", "sudan", "somalia", "zimbabwe", "uganda",
    "đông âu", "tây âu", "châu á", "châu âu", "châu phi", "châu mỹ", "châu úc",
    "đông nam á", "đông á", "nam á", "trung đông", "bắc mỹ", "nam mỹ", "mỹ latinh",
    "đông dương", "châu á - thái bình dương", "thái bình dương", "đại tây dương",
    "ấn độ dương", "biển đông", "nam úc", "tây úc", "bắc triều tiên", "nam triều tiên",
    "italy", "ukraina", "gruzia", "georgia", "latvia", "litva", "lithuania", "estonia",
    "ch czech", "czech", "croatia", "serbia", "bosnia", "slovenia", "macedonia", "albania",
    "moldova", "armenia", "azerbaijan", "thụy sỹ", "iceland", "luxembourg", "wales",
    "xứ wales", "libăng", "ảrập xêút", "uae", "yemen", "oman", "bahrain", "ecuador",
    "uruguay", "paraguay", "bolivia", "costa rica", "panama", "jamaica", "ghana", "senegal",
    "cameroon", "bờ biển ngà", "congo", "togo", "tanzania", "zambia", "rwanda", "myanma",
    "philippin", "braxin", "canađa", "mêhicô", "tây tạng", "tân cương", "dải gaza",
    "bờ tây", "chechnya", "kosovo", "kyrgyzstan", "tajikistan", "turkmenistan",
    "tây nguyên", "đồng bằng sông cửu long", "đbscl", "đồng bằng sông hồng", "nam bộ",
    "bắc bộ", "trung bộ", "nam trung bộ", "bắc trung bộ", "đông nam bộ", "tây nam bộ",
)
"""Countries and world regions, and the named regions of Vietnam ("Tây Nguyên", "Nam
Bộ"; lower case)."""

FOREIGN_CITIES = (
    "bắc kinh", "thượng hải", "quảng châu", "thâm quyến", "côn minh", "nam ninh",
    "hàng châu", "trùng khánh", "đài bắc", "cao hùng", "tokyo", "osaka", "seoul", "busan",
    "bình nhưỡng", "paris", "london", "washington", "new york", "los angeles",
    "san francisco", "chicago", "houston", "boston", "moscow", "mátxcơva", "matxcơva",
    "bangkok", "phnom penh", "viêng chăn", "vientiane", "sydney", "melbourne", "canberra",
    "adelaide", "brisbane", "perth", "berlin", "frankfurt", "munich", "rome", "milan",
    "madrid", "barcelona", "amsterdam", "brussels", "geneva", "zurich", "vienna", "praha",
    "warsaw", "stockholm", "oslo", "copenhagen", "helsinki", "kiev", "istanbul", "dubai",
    "baghdad", "tehran", "jerusalem", "tel aviv", "cairo", "new delhi", "mumbai",
    "jakarta", "kuala lumpur", "manila", "yangon", "toronto", "vancouver", "ottawa",
    "montreal", "havana", "rio de janeiro", "sao paulo", "buenos aires", "auckland",
    "siem reap", "savannakhet", "luang prabang", "pattaya", "bali", "hồng kông",
    "saint petersburg", "st. petersburg", "hamburg", "hollywood", "marseille", "kyoto",
    "hiroshima", "nagasaki", "incheon", "thiên tân", "macao", "karachi", "islamabad",
    "kabul", "kandahar", "basra", "mosul", "fallujah", "tikrit", "ramallah", "beirut",
    "damascus", "riyadh", "doha", "abu dhabi", "nairobi", "johannesburg", "cape town",
    "las vegas", "miami", "seattle", "atlanta", "detroit", "philadelphia", "texas",
    "california", "florida", "hawaii", "alaska", "new jersey", "geneve", "athens", "lisbon",
)
"""Foreign cities (lower case)."""

LOWER_CASE_ORG_HEADS = (
    "hãng", "công ty", "tổng công ty", "tập đoàn", "ngân hàng", "siêu thị", "khách sạn",
    "nhà hàng", "báo", "tờ", "đài", "hãng tin", "hãng hàng không", "hãng thông tấn",
    "tạp chí", "nhật báo", "tuần báo", "bệnh viện", "trường", "viện", "câu lạc bộ", "clb",
    "đội bóng", "hãng phim", "nhà xuất bản", "đảng", "hãng truyền hình", "ban nhạc",
    "nhóm nhạc", "nhà sách", "cây xăng", "cửa hàng", "vũ trường", "quán bar",
)
"""Lower-case nouns before an organisation's name, which is then the name alone
("hãng Sainsbury" → "Sainsbury", see docs/entities_guideline.md)."""

PRODUCT_NOUNS = ("xe", "ôtô", "ô", "máy", "tivi", "tv", "laptop", "dòng", "mẫu", "điện thoại", "bia", "chai")
"""Nouns before a brand used as a product ("chiếc xe Toyota", "tivi Sony"), not a company."""

TRADE_DESCRIBED_HEADS = frozenset({"hãng", "công ty", "tập đoàn", "tổng công ty", "ngân hàng"})
"""Lower-case company heads that may carry the company's trade before its name ("hãng
thuốc Pfizer", "tập đoàn dầu khí Shell")."""

TRADE_ACRONYMS = frozenset({"xnk", "cntt", "tm", "dv", "xd", "sx", "kd", "tmdv", "bđs", "đtdđ", "it",
                            "ict", "vlxd", "cp", "tnhh"})
"""Acronyms of a trade or a company form ("công ty cổ phần XNK"), not a company's name."""

AGENCY_HEADS = frozenset({"hãng", "hãng tin", "hãng hàng không", "hãng thông tấn", "hãng truyền hình"})
"""Lower-case heads that news also capitalises inside a sentence ("của Hãng Microsoft", "Hãng
tin Reuters"); the name after them is still the name alone, as after "hãng"."""

SCHOOL_HEADS = frozenset({
    "đại học", "đh", "trường", "trường đại học", "học viện", "cao đẳng", "cđ", "thpt", "thcs",
    "trường thpt", "trường thcs", "trường đh", "trường cđ", "trường cao đẳng",
}) | frozenset(SCHOOLS_BY_LEVEL) | frozenset({"nhà sách"})
"""Heads whose name is often a person's ("THPT Lê Viết Thuật", "Nhà sách Nguyễn Văn Cừ")."""

CAPITALISED_LOCATION_HEADS = frozenset({
    "quốc lộ", "tỉnh lộ", "đại lộ", "khu công nghiệp", "khu đô thị", "khu du lịch",
    "khu di tích", "khu chế xuất", "vườn quốc gia", "sân bay", "cảng hàng không", "công viên",
    "cửa khẩu", "quảng trường", "đền", "chùa", "lăng", "thác", "vịnh", "đèo", "núi", "sông",
    "hồ", "cầu", "chợ", "ga", "bến xe", "nhà thờ", "hang", "động", "đảo", "quần đảo",
    "sân vận động", "nhà thi đấu", "nghĩa trang",
})
"""Location heads that may also be written with a capital ("Đền Hùng", "Sân bay Nội Bài");
a capitalised one-word head yields to an administrative unit ("Chợ Mới" the district)."""

SPEECH_VERBS = (
    "cho biết", "nói", "khẳng định", "tuyên bố", "cho rằng", "nhận xét", "phát biểu",
    "kết luận", "nhấn mạnh", "giải thích", "thừa nhận", "cho hay", "bày tỏ", "chia sẻ",
    "tiết lộ", "khai", "kể", "hỏi", "trả lời", "bác bỏ", "phủ nhận", "cảnh báo", "xác nhận",
    "nhận định", "đánh giá", "tâm sự", "phàn nàn",
)
"""Verbs of saying that follow a speaker's name ("Allyson nói", "Hùng cho biết")."""

FOREIGN_COMPANY_WORDS = frozenset("""
group airlines airways air corp corporation inc ltd co company holdings bank motor motors
electronics international telecom pharma industries limited plc ag gmbh sa college
university institute academy school hotel palace resort express daily times post news
journal magazine foundation fund club fc sciences capital partners securities systems
technologies software solutions labs networks entertainment pictures records
laboratories laboratory pharmaceuticals council association federation committee agency
devices communications studios sports
""".split())
"""Words after the first of a foreign organisation's name ("BMW Group", "Singapore
Airlines", "Martin College", "China Daily")."""

FOREIGN_EVENT_WORDS = frozenset("""
cup league games open championship championships award awards prize trophy festival
bridge park stadium arena street road avenue square
""".split())
"""Last words of foreign names of events, prizes and places ("Davis Cup", "Champions
League", "Stamford Bridge"), which are neither persons nor organisations."""

FOREIGN_COMPANY_FIRST_WORDS = frozenset({"air", "the"})
"""First words of a foreign body's name ("Air China", "The Beatles", "The Guardian"): never a
person's."""

FOREIGN_PLACE_FIRST_WORDS = frozenset("""
new san santa los las saint st port fort north south east west el la le
""".split())
"""First words of foreign place names ("New Orleans", "San Diego"), not of persons."""

POST_PREDICATES = tuple(dict.fromkeys(  # "được" + "bầu làm" is also a verb of its own
    f"{adverb} {verb}".strip()
    for adverb in ("", "vẫn", "đã", "hiện", "đang", "từng", "hiện đang", "vừa", "được")
    for verb in ("giữ chức", "giữ cương vị", "giữ chức vụ", "đảm nhiệm", "đảm nhận", "là",
                 "làm", "được bổ nhiệm làm", "bổ nhiệm làm", "được bầu làm", "bầu làm",
                 "kiêm nhiệm")
    if not (adverb == "được" and verb.startswith("được"))
))
"""What links a name to a post given as a predicate ("ông Hoàng vẫn giữ cương vị giám đốc")."""

ACRONYM_DEFINING_HEADS = (
    "cơ quan", "lực lượng", "đảng", "công ty", "tổng công ty", "tập đoàn", "tổ chức",
    "hiệp hội", "hội", "ngân hàng", "ủy ban", "hội đồng", "quỹ", "văn phòng", "trung tâm",
    "phong trào", "mặt trận", "liên minh", "liên đoàn", "cục", "viện", "bộ", "sở", "ban",
    "trường", "đại học", "học viện", "bệnh viện", "câu lạc bộ", "nhóm", "quân đội",
    "ủy hội", "diễn đàn", "hãng",
)
"""Head nouns of a body whose acronym a text may define in brackets ("Hội đồng Bảo an (HĐBA)")."""

MATCH_VERBS = (
    "thắng", "thua", "hòa", "đánh bại", "hạ", "vượt qua", "cầm hòa", "cầm chân", "đè bẹp",
    "thắng ngược", "thua ngược", "hạ gục", "vùi dập",
)
"""Verbs of a match, said of a team before or after them ("Myanmar thua", "thắng Lào")."""

MATCH_VERBS_AFTER_A_TEAM = (
    "thất bại", "để thua", "gục ngã", "dẫn trước", "vươn lên dẫn", "gỡ hòa", "san bằng",
    "ghi bàn", "giành chiến thắng", "chiến thắng", "lội ngược dòng", "có bàn", "đưa bóng",
    "có một lần đưa bóng", "phản công", "ép sân", "lấn sân", "giành vé",
    "bị loại", "vô địch", "đăng quang",
)
"""What a team does in a match, after its name ("Singapore vượt lên dẫn trước")."""

NOT_MATCH_VERBS = (
    "thắng kiện", "thắng thầu", "thắng cử", "thua kiện", "thua lỗ", "hạ giá", "hạ thủy",
    "hạ cánh", "hạ tầng", "hạ viện", "hạ nhiệt", "hòa giải", "hòa bình", "hòa nhập", "hòa hợp",
    "hòa vốn", "hòa mạng", "gặp gỡ", "gặp mặt", "gặp phải", "vượt qua khó khăn",
)
"""Words that start like a match verb but are not one ("Mỹ thắng kiện", "hòa giải")."""

TEAM_HEADS = ("đội tuyển", "đội", "tuyển", "đội bóng")
"""Lower-case heads whose place stays a place: "đội tuyển quốc gia Cameroon thi đấu" names
the team by the head (the gold set's convention)."""

MATCH_VERBS_BEFORE_A_TEAM = (
    "gặp", "đấu với", "đối đầu với", "thắng lợi trước", "chiến thắng trước",
    "thất bại trước", "trận thắng", "trận thua", "trận hòa", "chủ nhà", "á quân",
    "nhà vô địch", "đương kim vô địch", "tân binh", "đối thủ",
)
"""What comes before a team: its opponent's verb or its role ("gặp Lào", "thất bại trước
Portsmouth", "chủ nhà Bình Dương", "á quân Hà Nội")."""

ADVERBS_BEFORE_A_MATCH_VERB = (
    "đã", "vẫn", "sẽ", "đang", "cũng", "lại", "mới", "chỉ", "bất ngờ", "dễ dàng", "vừa",
)
"""Words between a team and its match verb ("Thái Lan đã thắng")."""

SPORT_WORDS = (
    "bàn thắng", "bàn gỡ", "ghi bàn", "trận đấu", "hiệp", "lưới", "tỷ số", "tỉ số", "thủ môn",
    "tiền đạo", "tiền vệ", "hậu vệ", "hlv", "huấn luyện viên", "cầu thủ", "đội bóng",
    "sân nhà", "sân khách", "v-league", "premier league", "premiership", "champions league",
    "serie a", "la liga", "bundesliga", "world cup", "sea games", "asian cup", "tiger cup",
    "aff cup", "vòng đấu", "bảng xếp hạng", "chung kết", "bán kết", "tứ kết", "giao hữu",
    "clb", "đội tuyển", "mùa giải", "mùa bóng", "đội nhà", "đội khách", "trận thắng",
    "trận thua", "trận hòa", "lượt trận", "lượt đi", "lượt về", "giải vô địch", "cup", "cúp",
    "ngoại hạng", "đội hình", "khung thành", "phạt đền", "thẻ đỏ", "thẻ vàng", "sân cỏ",
    "tay vợt", "tay đua", "vđv", "huy chương", "á quân", "đương kim vô địch",
)
"""Words that make a sentence one about a match."""

COMPETITION_WORDS = frozenset("""
euro liga premiership premier serie copa calcio bundesliga grand prix tour olympic olympics
formula wimbledon roland garros masters
""".split())
"""Words of competitions, never a player's name ("Liga", "Euro")."""

GROUND_HEADS = frozenset({"sân", "svđ", "nhà", "thành", "tại", "ở", "đến", "từ", "sang", "bang", "tỉnh",
                          "phố", "vùng", "thần", "thánh", "hãng", "đội", "giải", "cúp", "hiệu", "dãy",
                          "hạng", "quyền"})
"""Words before a place, a team or a brand rather than a player ("sân Bernabeu", "ở Munich",
"đội Lotto")."""

SEASONS = frozenset({"xuân", "hạ", "thu", "đông", "hè"})
SEASON_WORDS_BEFORE = frozenset({"vụ", "mùa", "tiết", "đợt"})
"""A season after a crop or weather word ("vụ Xuân", "mùa Thu") is no given name."""
