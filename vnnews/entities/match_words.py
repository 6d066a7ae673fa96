"""Sport: the verbs of a match, what comes before or after a team, competitions, grounds,
and the words that make a sentence one about a match.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "thắng" in MATCH_VERBS, "euro" in COMPETITION_WORDS
(True, True)
"""

MATCH_VERBS = (
    "thắng", "thua", "hòa", "đánh bại", "hạ", "vượt qua", "cầm hòa", "cầm chân", "đè bẹp",
    "thắng ngược", "thua ngược", "hạ gục", "vùi dập",
)
"""Verbs of a match, said of a team before or after them ("Myanmar thua", "thắng Lào")."""

MATCH_VERBS_AFTER_A_TEAM = (
    "thất bại", "để thua", "gục ngã", "dẫn trước", "vươn lên dẫn", "gỡ hòa", "san bằng",
    "ghi bàn", "giành chiến thắng", "chiến thắng", "lội ngược dòng", "có bàn", "đưa bóng",
    "có một lần đưa bóng", "phản công", "ép sân", "lấn sân", "giành vé",
    "bị loại", "vô địch", "đăng quang", "đoạt vé",
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

PLAY_VERBS = ("thi đấu", "nhập cuộc", "ra sân", "chơi tấn công", "chơi phòng ngự")
"""How a team plays, after its name opening a clause ("Hết hiệp một, Bình Định nhập cuộc
hứng khởi hơn"); after a noun the place is where players come from ("các VĐV Việt Nam thi
đấu")."""

MATCH_VERBS_BEFORE_A_TEAM = (
    "gặp", "đấu với", "đối đầu với", "thắng lợi trước", "chiến thắng trước",
    "thất bại trước", "trận thắng", "trận thua", "trận hòa", "chủ nhà", "á quân",
    "nhà vô địch", "đương kim vô địch", "tân binh", "đối thủ", "cuộc đối đầu", "kình địch", "kết liễu",
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
