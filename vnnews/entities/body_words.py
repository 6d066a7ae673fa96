"""Bodies of the state and well-known organisations: the bodies of a place, national and
world bodies, one-word acronyms, sectors of a ministry, and the verbs after a body.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "ubnd" in PLACE_BODIES, "quốc hội" in NATIONAL_BODIES, "tư pháp" in SECTORS
(True, True, True)
"""

PLACE_BODIES = (
    "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "tỉnh ủy", "thành ủy",
    "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "công an", "tand", "tòa án nhân dân",
    "tòa án", "vksnd", "viện kiểm sát nhân dân", "viện kiểm sát",
    "mttq", "ủy ban mttq",
    "viện ksnd",  # "Viện KSND TP HCM" (fourteenth pass)
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

REFORM_PLACE_BODIES = ("trạm y tế", "ban quản lý dự án đầu tư xây dựng", "ban quản lý dự án")
"""Bodies of a commune or a province that 2025–2026 news names with their place, the
commune health station and the provinces' project boards ("Trạm Y tế xã Yết Kiêu", "Ban
Quản lý dự án đầu tư xây dựng tỉnh Quảng Ngãi"; the seventeenth stop)."""

PLACE_BODIES = PLACE_BODIES + REFORM_PLACE_BODIES

UNNAMED_ALONE = (
    "ubnd", "ủy ban nhân dân", "hđnd", "hội đồng nhân dân", "tỉnh ủy", "thành ủy", "huyện ủy",
    "quận ủy", "thị ủy", "đảng ủy", "công an", "tand", "tòa án nhân dân", "vksnd", "vks",
    "viện kiểm sát nhân dân", "viện kiểm sát", "ban thường vụ", "ban chấp hành", "ban biên tập",
)
"""Bodies of a place that name no body when written alone ("báo cáo Ban Thường vụ", "bị Viện
Kiểm sát đề nghị"): the guideline leaves "UBND tỉnh", "Tỉnh ủy", "VKS" out; named
departments alone stay ("Cục Thuế", "Cục Hải quan"). A paper's editorial board alone ("Gửi
tới: Ban Biên tập", the readers' letters of VNTC) names no paper either (twenty-first stop)."""

SERVICE_PLACE_BODIES = ("điện lực", "bưu điện", "ttgdck")
"""A province's power company, post office and securities trading centre, named by the
province alone ("Điện lực Hà Nội", "Bưu điện Nghệ An", "TTGDCK Hà Nội"; the eighteenth stop,
from seen-gold misses). Only an organisation's first words: inside a company's name they
are its field ("Công ty Cổ phần xây lắp Bưu điện Hà Nội"), so they start no other body."""

LEVEL_OF_BODY = {
    "tỉnh ủy": "province", "thành ủy": "province", "huyện ủy": "district",
    "quận ủy": "district", "thị ủy": "district", "đảng ủy": "commune",
}
"""Party committees whose name says their level ("Tỉnh ủy" is the province's)."""

NATIONAL_BODIES = (
    "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "ban chấp hành trung ương",
    "trung ương đảng", "ngân hàng nhà nước", "kiểm toán nhà nước", "thanh tra chính phủ",
    "văn phòng chính phủ", "văn phòng quốc hội", "ủy ban thường vụ quốc hội",
    "mặt trận tổ quốc việt nam", "tòa án nhân dân tối cao", "tand tối cao",
    "viện kiểm sát nhân dân tối cao", "vksnd tối cao",
    "tổng liên đoàn lao động việt nam",
    "viện ksnd tối cao",  # fourteenth pass
    "thường vụ quốc hội",  # sixteenth pass: the usual short form of "Ủy ban Thường vụ Quốc hội"
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
houthi brics hose hnx
""".split())
"""Well-known organisations written as one word (lower case); the last line from 2025–2026
news (the eighteenth stop): Yemen's Houthi, the BRICS bloc, the two stock exchanges."""

SECTORS = (
    "tư pháp", "tài chính", "công an", "quốc phòng", "ngoại giao", "nội vụ", "y tế dự phòng", "y tế",
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

INVESTIGATING_AGENCY_NAMES = (
    "điều tra", "csđt", "cảnh sát điều tra", "an ninh điều tra", "an ninh", "cảnh sát",
)
"""Names after "Cơ quan" that make the investigating agency of a police body, described
rather than named ("Cơ quan Cảnh sát điều tra Công an Hà Nội": the body is "Công an Hà
Nội"); other names after "Cơ quan" are agencies ("Cơ quan Năng lượng Quốc tế")."""

VERBS_AFTER_A_BODY = (
    "thông qua", "tổ chức", "đề nghị", "quyết định", "yêu cầu", "cho phép", "phối hợp",
    "tiến hành", "chỉ đạo", "tài trợ", "ký kết", "công bố", "ban hành", "triển khai",
    "phê duyệt", "đồng ý", "thực hiện", "tiếp nhận", "phát hiện", "khởi tố", "bắt giữ",
    "thông báo", "đưa ra", "kiến nghị", "đề xuất", "trao tặng", "tặng thưởng", "xử phạt",
    "ra mắt", "chấp thuận", "cam kết", "mời", "tuyên bố", "khẳng định", "cho biết",
)
"""Verbs that follow a body as the subject of a sentence ("Ban Thường vụ Tỉnh ủy thông
qua ...", "Công ty Vinamilk tổ chức ..."): never lower-case words of its name."""
