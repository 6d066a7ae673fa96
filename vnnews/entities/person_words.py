"""Words around a person's name: surnames, honorifics, name particles, and the words that
follow a name or rule one out.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "nguyễn" in SURNAMES, "đã" in PERSON_FOLLOWERS
(True, True)
"""

SURNAMES = frozenset("""
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đinh đoàn trương
lâm mai tô trịnh lương cao hà quách tạ thái triệu lưu châu khổng la chu phùng kiều kim
đàm vương từ thân tăng giang tôn hứa mạc doãn đồng lò vi lục quan hầu tống nghiêm diệp
lại âu phí ninh khúc biện bạch bế nông lã mẫn tiêu thạch sầm cầm quàng vàng giàng bành
sùng thào mùa lầu hờ ksor lữ lạc văn ưng chế chung cung kha khương lăng
đào khuất đậu uông thiều
""".split())
"""Vietnamese family names (lower case); "văn" is rare as a surname but does occur."""

HIGHLAND_NAME_OPENERS = frozenset("y siu rơ rah kpă puih rcom".split())
"""Words that open a name of the Central Highlands peoples where a Kinh name has its
surname (the seventeenth stop): the Ê Đê and M'nông men's "Y" ("Y Thông Niê", the clan
name last), the Jrai clan names written first ("Siu", "Rơ Chăm", "Rah Lan", "Kpă",
"Puih"); the women's "H'" is a prefix of the given name ("H'Hen Niê", see
:func:`.persons.starts_person`). "Nay" is left out: it is also "now" opening a sentence."""

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
    # fourteenth pass: trades of sport and show business named before a person
    "tài tử", "ông bầu", "trọng tài", "huấn luyện viên", "thủ quân", "danh ca",
    "đội trưởng",  # a team's captain (a post elsewhere: the post reader reads it first, see officials.captain_of_a_team)
    # twentieth stop: rulers, deities and the rich named by one foreign word ("hoàng đế Commodus",
    # "vị thần Zeus", "tỷ phú Khodorkovsky")
    "hoàng đế", "nhật hoàng", "vị thần", "tỷ phú",
)
"""Words written before a person's name that are not a post (lower case)."""

CAPITALISED_HONORIFICS = frozenset({"thái tử", "hoàng tử", "công chúa", "hoàng hậu", "công nương", "hoàng thân"})
"""Royal titles, a cue even when capitalised inside a sentence ("của Thái tử Charles")."""

NAME_PARTICLES = frozenset({"de", "da", "del", "di", "du", "van", "von", "bin", "ibn", "al", "le", "la"})
"""Lower-case particles inside foreign names ("Noli de Castro", "Nayef bin Abdulaziz")."""

SPEECH_VERBS = (
    "cho biết", "nói", "khẳng định", "tuyên bố", "cho rằng", "nhận xét", "phát biểu",
    "kết luận", "nhấn mạnh", "giải thích", "thừa nhận", "cho hay", "bày tỏ", "chia sẻ",
    "tiết lộ", "khai", "kể", "hỏi", "trả lời", "bác bỏ", "phủ nhận", "cảnh báo", "xác nhận",
    "nhận định", "đánh giá", "tâm sự", "phàn nàn",
)
"""Verbs of saying that follow a speaker's name ("Allyson nói", "Hùng cho biết")."""

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

CLAUSE_OPENERS = (
    "hôm nay", "hôm qua", "sáng nay", "chiều nay", "chiều qua", "tối nay", "tối qua", "đêm nay", "đêm qua",
    "sau đó", "trước đó", "theo đó", "tuy nhiên", "ngoài ra",
)
"""Words opening a clause, written with a capital where a sentence runs on without its mark
("Tay đua Lê Anh Tuấn Hôm nay 20-4, ..."): a name ends before them."""

SEASONS = frozenset({"xuân", "hạ", "thu", "đông", "hè"})

SEASON_WORDS_BEFORE = frozenset({"vụ", "mùa", "tiết", "đợt"})
"""A season after a crop or weather word ("vụ Xuân", "mùa Thu") is no given name."""
