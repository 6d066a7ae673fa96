"""Word lists of the rules that read a body or a person off its role in the sentence
(:mod:`.lists`, :mod:`.roles`, :mod:`.speakers`), kept apart from the shared :mod:`.vocab`.

>>> "usd" in NOT_BRAND_ACRONYMS, "vnpt" in NOT_BRAND_ACRONYMS
(True, False)
"""

from __future__ import annotations

NOT_BRAND_ACRONYMS = frozenset("""
ubnd hđnd mttq ubmttq hđxx cqđt csđt csgt vks vksnd tand btc bch bql clb hlv vđv cđv hcv hcb hcđ
đt đtqg svđ vđqg vck cntt đtdđ kđtm kcn ccn dn dnnn nh pv cn sv hs gv bs ts pgs gs ths ks
ns nsnd nsưt bn sn lđ ttg tgđ gđ pgđ ceo cfo cio đh cđ thpt thcs đhqg đhdl
usd vnd vnđ eur gdp fdi oda hiv aids sars adn atm sim sms mms lcd led usb dvd vcd cd tv pc
pda gps gsm adsl mp3 it ip id gb mb kb kg km cm mm ml
vn tq hn tp tphcm hcm ca bđ bv isp bgk tbdh fc ubtvqh nn ls bhl bqlda bql tct tbgd bxmt ctts hđqt ubtv
""".split())
"""Upper-case abbreviations that are no body's name: bodies without a name of their own
("UBND", "BTC", "CQĐT"), people and titles ("HLV", "VĐV", "PGS"), medals and competitions
("HCV", "VCK"), units, currencies and things ("USD", "GB", "ATM"), places ("VN", "TP")."""

OWNED_BY_A_BODY = (
    "cổ phiếu", "cổ đông", "khách hàng", "trụ sở", "chi nhánh", "công ty con",
    "doanh thu", "lợi nhuận", "sản phẩm", "nhà máy",
)
"""What a company has, written before "của" and its name ("cổ phiếu của Yukos", "khách
hàng của MobiFone"); not "thị phần của", which products have too ("Firefox")."""

ADVERBS_BEFORE_A_VERB = ("đã", "vừa", "sẽ", "cũng", "đang", "mới", "hiện", "còn", "chính thức")
"""Words between a subject and its verb ("MPRP đã tuyên bố", "VNPT sẽ chính thức báo cáo")."""

MORE_VERBS_AFTER_A_BODY = (
    "cho hay", "ký", "kêu gọi", "cung cấp", "giới thiệu", "dự kiến", "phát hành", "hợp tác",
    "báo cáo", "lên án", "bác bỏ", "phản đối", "tung ra", "niêm yết", "sáp nhập", "mua lại",
)
"""Verbs of a body as the subject, besides :data:`.body_words.VERBS_AFTER_A_BODY`."""

MEMBERS_OF_A_BODY = (
    "tổng giám đốc", "phó tổng giám đốc", "giám đốc", "phó giám đốc", "giám đốc điều hành",
    "chủ tịch", "phó chủ tịch", "tổng thư ký", "người phát ngôn", "phát ngôn viên",
    "trưởng đại diện", "đại diện", "nhân viên", "cán bộ", "lãnh đạo", "cổ đông",
)
"""Posts and members written before the acronym of their body ("Chủ tịch TV5", "cán bộ
SAWACO", "Giám đốc điều hành của APLI")."""

VERBS_OF_A_PERSON = (
    "qua đời", "từ trần", "kết hôn", "ly hôn", "chia tay", "mang thai", "sinh con", "tự tử",
    "bị bắt", "bị bắn", "bị thương", "ghi bàn", "lập công", "dưỡng thương",
    "sinh năm", "bỏ trốn", "đầu thú", "trò chuyện", "kể lại",
    "bình luận", "hy vọng", "thổ lộ", "phân trần", "than thở", "bộc bạch", "thú nhận", "làu bàu",
    "mỉm cười", "nhớ lại",
)
"""Verbs only a person does, after a name as its subject ("Diana qua đời", "Quốc Tuấn
dưỡng thương", "Morris bình luận", "Hilbertz hy vọng"), as the speech verbs of
:data:`.person_words.SPEECH_VERBS`."""

ADVERBS_BEFORE_A_PERSON_VERB = ("đã", "vừa", "sẽ", "cũng", "đang", "mới", "còn", "vẫn", "liền", "lại")
"""One-word adverbs between a name and its verb ("Bền đã khai", "Kurtz cũng cho biết")."""

RELATIONS_OF_A_PERSON = (
    "vợ", "chồng", "cô vợ", "anh chồng", "con trai", "con gái", "bạn gái", "bạn trai",
    "người yêu", "người tình", "anh trai", "em trai", "chị gái", "em gái",
    "người quen", "người thân", "luật sư", "người đại diện", "ông nội", "bà nội",
)
"""People written before "của" and the person they belong to ("vợ của Kurt", "luật sư
của Snoop", "người quen của William"); not "bố", "mẹ" or "cháu", which end other words
("tuyên bố của", "khủng bố của", "con cháu của")."""

CAPITALISED_TITLES = frozenset({
    "tiến sĩ", "giáo sư", "phó giáo sư", "thạc sĩ", "bác sĩ", "kỹ sư", "luật sư", "nhà báo",
    "nhà văn", "nhà thơ", "nghệ sĩ", "nhạc sĩ", "ca sĩ", "họa sĩ", "đạo diễn", "linh mục",
    "mục sư", "hòa thượng",
})
"""Titles of a profession, a cue for a name even when capitalised inside a sentence ("Tiến
sĩ S.Malloch thuộc ..."): no place name starts with them, unlike "Bà" ("Bà Rịa") or "Bác"
("Bác Ái")."""
