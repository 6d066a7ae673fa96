"""Posts and ranks, and the words around them: former or acting holders, qualifiers, and
the verbs that give a post as a predicate.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "chủ tịch" in POSTS, "vẫn giữ cương vị" in POST_PREDICATES
(True, True)
"""

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
    "vua", "cố vương", "nhật hoàng",  # twenty-first stop: rulers are OFFICIAL by the guideline ("Vua Fahd", "Nhật hoàng Akihito")
    "quốc vụ khanh",  # fourteenth pass, from a blind10 false PERSON ("... và Quốc vụ khanh Bộ Ngoại giao Pháp")
)
"""Posts and ranks (lower case); "nguyên", "cựu", "quyền" before them mark a former or
acting holder."""

POSTS_OF_A_COMPANY = ("giám đốc", "hđqt", "ceo", "tổng giám", "phát ngôn")
"""Posts held in a company (and "người phát ngôn"): a foreign-spelt word right after them
is the body's name ("Giám đốc Sinhanco", "người phát ngôn Livedoor"), not the holder's."""

POSTS_OF_A_CITY = ("thị trưởng", "cảnh sát trưởng")
"""Posts held in a city: a foreign-spelt word alone right after them is the city's name
("cảnh sát trưởng Nalchik", "Thị trưởng Ramadi"), not the holder's (fourteenth pass)."""

POST_PREFIXES = ("nguyên", "cựu", "quyền", "tân")

POST_QUALIFIERS = ("thường trực", "thứ nhất", "phụ trách", "kiêm")

POST_PREDICATES = tuple(dict.fromkeys(  # "được" + "bầu làm" is also a verb of its own
    f"{adverb} {verb}".strip()
    for adverb in ("", "vẫn", "đã", "hiện", "đang", "từng", "hiện đang", "vừa", "được")
    for verb in ("giữ chức", "giữ cương vị", "giữ chức vụ", "đảm nhiệm", "đảm nhận", "là",
                 "làm", "được bổ nhiệm làm", "bổ nhiệm làm", "được bầu làm", "bầu làm",
                 "kiêm nhiệm")
    if not (adverb == "được" and verb.startswith("được"))
))
"""What links a name to a post given as a predicate ("ông Hoàng vẫn giữ cương vị giám đốc")."""

# Posts read off the OFFICIAL misses of the seen gold batches (thirteenth pass): a
# prosecutor, an adviser, the deputy head of a station or a sub-department, a chief
# accountant, a coordinator, the head of a hospital unit, "người đứng đầu" (the head of a
# body). Not "lãnh đạo": before a name it is mostly a body's leadership ("lãnh đạo Proton",
# "lãnh đạo Vườn Quốc gia ..."), no holder.
MORE_POSTS = (
    "công tố viên", "cố vấn", "phó trạm", "phó chi cục", "chi cục trưởng", "phó chi cục trưởng",
    "kế toán trưởng", "điều phối viên", "trưởng đơn vị", "phó trưởng đơn vị", "chủ tọa", "chủ toạ",
    "người đứng đầu",
    "phó phòng", "trưởng btc", "phó trưởng btc",  # fifteenth pass (blind14/blind15 misses): a deputy head of division, the head of an organising committee
    # sixteenth pass: the owner or the foreman of a business ("Ông X, chủ cơ sở giết mổ ...",
    # "chủ vựa cá", "do X làm quản đốc"), a post in a company by the guideline; not "chủ quán" or
    # "chủ nhà", which :mod:`.person_words` keeps as trades before a name
    "chủ cơ sở", "chủ doanh nghiệp", "chủ lò", "chủ vựa", "chủ xưởng", "chủ trang trại",
    "quản đốc", "phó quản đốc", "xưởng trưởng", "thanh tra viên",
)
"""Posts and titles of office (lower case) that only the officials' post reader adds to :data:`POSTS`."""
