"""More lower-case head nouns of places: junctions, peaks, dykes and dams, chapels and
mosques, buildings and mining areas ("ngã ba Cò Nòi", "đỉnh Etna", "nhà nguyện Sistine",
"khu mỏ Taizhina"). The ninth pass read them off blind8's LOCATION misses and kept those
that held on VNTC training articles; they join :data:`.place_words.LOCATION_HEADS` in
:mod:`.locations`.

>>> "ngã ba" in LANDMARK_HEADS and "bảo tàng" not in LANDMARK_HEADS
True
"""

ECONOMY_HEADS = (
    "khu kinh tế", "khu công nghệ cao", "cụm công nghiệp", "cao tốc", "đường cao tốc",
    "phố đi bộ", "chợ đầu mối", "cung văn hóa", "cung thiếu nhi",
)
"""Heads of the places of today's economy and city life that 2025–2026 news names often
("Khu kinh tế Dung Quất", "cao tốc Hà Nội - Hải Phòng", "phố đi bộ Nguyễn Huệ", "chợ đầu
mối Bình Điền", "Cung Văn hóa Hữu nghị"); each may be written with a capital (the
seventeenth stop)."""

HERITAGE_HEADS = ("thành cổ",)
"""Heads of citadels, often written with a capital ("Thành cổ Quảng Trị"; the seventeenth
stop). "Hoàng thành" was tried and left out: on training articles it was mostly the title of
a film ("Hoàng thành Thăng Long")."""

CAPITALISED_LANDMARK_HEADS = frozenset(ECONOMY_HEADS + HERITAGE_HEADS)
"""The heads of this module that may open a name with a capital."""

LANDMARK_HEADS = ECONOMY_HEADS + HERITAGE_HEADS + (
    "ngã ba", "ngã tư", "ngã năm", "ngã sáu", "đỉnh", "đê", "đê bao", "đập", "nhà nguyện",
    "thánh đường", "tòa nhà", "khu mỏ",
    "vùng",  # a region with its own name ("vùng Vịnh", "vùng Kashmir"); a known region keeps its own span
)
"""Tried and left out on training articles: "vườn" (a garden is named after its owner:
"chủ nhân khu vườn Nguyễn Ngọc Thành", "nhà vườn Đà Lạt" are gardeners), "trạm" ("trạm
Thú y", "trạm An ninh" are bodies) and "tu viện" ("tu viện Phật giáo"). Museums ("bảo
tàng") are left out too: many are bodies."""

CRAFTS_OF_VILLAGES = frozenset("""
gốm lụa hoa nghề gỗ rèn tranh nón mộc đúc cói dệt hương miến bún chiếu đá gạch mắm rượu trống
bánh đèn mây tre sơn chè trà quạt giấy bạc đồng thêu chạm kim
đào quất cốm rau
""".split())
"""Crafts that name a craft village between "làng" and its name ("làng gốm Bát Tràng",
"làng lụa Vạn Phúc", "làng hoa Sa Đéc"); the village is the whole (the seventeenth stop).
Villages of a crop too ("làng đào Nhật Tân", "làng quất Tứ Liên", "làng cốm Vòng", "làng
rau Trà Quế"; the nineteenth stop)."""

QUALIFIED_HEADS = {"sân bay": ("quốc tế",), "cảng hàng không": ("quốc tế",), "cảng": ("quốc tế",),
                   "rừng": ("đặc dụng", "phòng hộ", "ngập mặn", "nguyên sinh")}
"""Heads that take a two-word qualifier between them and the name ("sân bay quốc tế Long Thành",
"Cảng hàng không quốc tế Tân Sơn Nhất"; the seventeenth stop); a forest its kind ("rừng đặc
dụng Nam Hải Vân", "rừng phòng hộ Cần Giờ", "rừng ngập mặn Cà Mau"; the twenty-first stop, 33
such forests named in VNTC train). The place is the whole."""

NOT_A_LANDMARK_HEAD_AFTER = {"đỉnh": frozenset({"thượng"}),
                             "cao tốc": frozenset({"tàu", "nô", "canô", "thuyền", "xuồng"})}
"""Words that make the head part of another word ("thượng đỉnh Á - Âu", a summit)."""
