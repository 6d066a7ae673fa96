"""Places in Vietnam: level words of administrative units, head nouns of other places, and
the words that make a head or a name something else.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> LEVEL_WORDS["huyện"], "sông" in LOCATION_HEADS
('district', True)
"""

from typing import Sequence

LEVEL_WORDS = {
    "tỉnh": "province", "thành phố": "province", "tp": "province", "huyện": "district",
    "quận": "district", "thị xã": "district", "xã": "commune", "phường": "commune",
    "thị trấn": "commune",
}
"""Level words after a body ("UBND tỉnh", "Công an huyện")."""

LEVEL_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in LEVEL_WORDS)

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
    "bãi rác", "nghĩa trang", "chung cư", "bang", "tiểu bang", "mỏ", "tiểu khu",
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
    "biển": {"bờ", "mặt", "vùng", "vũng", "bãi", "bọ", "tàu"},  # "tàu biển Minerva II": a ship
    "đảo": {"hải", "biển"},
    "núi": {"miền"},  # "huyện miền núi Quỳ Châu": mountainous, the district (mentions.UNIT_DESCRIPTORS)
    "chợ": {"chợ"},
    "khu": {"các", "những", "một", "tiểu"},  # "tiểu khu 155": a forest plot, the whole a place
    "tiểu khu": {"các", "những", "một"},
    "tổ": {"giỗ", "đất"},  # "Giỗ tổ Hùng Vương", "Đất tổ": the ancestors, no residential group
    "đường": {"máy", "mía"},  # "Nhà máy đường Cam Ranh", "mía đường Lam Sơn": sugar, no street
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

NOT_A_PLACE_AFTER = frozenset({"tiếng", "bảng", "đồng", "giờ", "gốc", "chữ"})
"""Words that turn a country name into a language or currency ("tiếng Anh", "bảng Anh"); a
style keeps its country ("kiểu Nhật", "kiểu Pháp" are annotated as places)."""

CURRENCY_WORDS = frozenset({"đôla", "đô-la", "đola", "yên", "yen", "won", "rúp", "franc", "peso", "baht", "bạt", "kíp",
                            "riel", "rupee", "ringgit", "dollar"})
"""Currencies written before the country that issues them ("đôla Mỹ", "yên Nhật", "won Hàn
Quốc"): the guideline annotates no currency, so the country is no place there ("bảng Anh",
"đồng" are in :data:`NOT_A_PLACE_AFTER`; "đô la Mỹ" and "đồng tiền Việt Nam" are read as two
words by :func:`names_no_place`)."""

THINGS_NAMED_BY_A_COUNTRY = {
    "hà lan": (("đậu",),),  # the pea
    "nhật bản": (("viêm", "não"),),  # Japanese encephalitis
    "đức": (("sởi",),),  # rubella, "German measles"
}
"""Common nouns whose last words are a country's name: a disease, a vegetable ("viêm não
Nhật Bản", "đậu Hà Lan", "sởi Đức"), no place, as no currency is (read by
:func:`.named_things.without_countries_naming_things`)."""

NATIONALITY_WORDS = frozenset({"người", "dân"})
"""Words before a country that name its people ("người Việt Nam", "dân Trung Quốc"); opening
a sentence with a capital they are no part of a name ("Người Việt Nam ở Mỹ ...")."""

CLAUSE_OPENING_WORDS = frozenset({
    "với", "việc", "nhưng", "còn", "thời", "hiện", "phía", "theo", "khi", "nếu", "vì", "do",
    "trong", "sau", "trước", "đến", "tới", "riêng", "tuy", "dù", "ngoài", "giữa", "cả", "và",
    "hoặc", "để", "bởi", "nhờ", "thì", "mà", "về", "vua", "nước",
})
"""Conjunctions, prepositions and nouns that open a sentence before a country or a foreign
city and never start a person's name ("Với Australia, ...", "Nhưng Matxcơva đã phủ nhận",
"Nước Mỹ", "Vua Thái Lan"): written with a capital there, they are no part of a longer name
(the twenty-first stop). "Từ" and "Sang" are left out: a surname and a given name."""

NOT_A_PLACE_BEFORE = frozenset({"ấy", "ta", "ơi", "chị", "em"})
"""Words after which "Anh" is a pronoun, not the country ("Anh ấy", "Anh ta")."""

COUNTRIES_ALSO_PRONOUNS = frozenset({"anh"})
"""Country words that open a sentence as a pronoun before a lower-case verb ("Anh ở TP
Long Xuyên", "Anh kể: ..."), not as the country."""

WHOLE_NAME_LOCATION_HEADS = frozenset({
    "sân vận động", "svđ", "sân", "nhà thi đấu", "bãi rác", "nghĩa trang", "chung cư", "bang",
    "tiểu bang", "mỏ",
})
"""Heads after which one capitalised syllable going on in lower case is a word, not a name
("sân Công viên các Hoàng tử", "Nhà thi đấu Quân khu 7")."""

NUMBERED_LOCATION_HEADS = frozenset({
    "thôn", "xóm", "ấp", "bản", "khu phố", "tổ dân phố", "khối", "quốc lộ", "tỉnh lộ",
    "hương lộ", "tổ", "khu", "hẻm", "ngõ", "ngách", "tiểu khu",
})
"""Heads that also take a number ("thôn 3", "quốc lộ 1A")."""

CAPITALISED_LOCATION_HEADS = frozenset({
    "quốc lộ", "tỉnh lộ", "đại lộ", "khu công nghiệp", "khu đô thị", "khu du lịch",
    "khu di tích", "khu chế xuất", "vườn quốc gia", "sân bay", "cảng hàng không", "công viên",
    "cửa khẩu", "quảng trường", "đền", "chùa", "lăng", "thác", "vịnh", "đèo", "núi", "sông",
    "hồ", "cầu", "chợ", "ga", "bến xe", "nhà thờ", "hang", "động", "đảo", "quần đảo",
    "sân vận động", "nhà thi đấu", "nghĩa trang",
})
"""Location heads that may also be written with a capital ("Đền Hùng", "Sân bay Nội Bài");
a capitalised one-word head yields to an administrative unit ("Chợ Mới" the district)."""

PLACE_PREPOSITIONS = frozenset({"tại", "ở"})
"""After these, a name without an honorific or a post is a place ("trú tại Bạch Mai")."""


def names_no_place(words_before: Sequence[str]) -> bool:
    """Whether a country written after the lower-case ``words_before`` (the nearest last)
    names a currency rather than the country (the one-word cues of a language or currency
    are :data:`NOT_A_PLACE_AFTER`, read apart for "gốc Jordan").

    >>> names_no_place(["giá", "đôla"]), names_no_place(["20", "đô", "la"])
    (True, True)
    >>> names_no_place(["yên"]), names_no_place(["đồng", "tiền"])
    (True, True)
    >>> names_no_place(["sang"]), names_no_place(["bảo", "tàng", "tiền"])
    (False, False)
    """
    if not words_before:
        return False
    if words_before[-1] in CURRENCY_WORDS:
        return True
    return tuple(words_before[-2:]) in {("đô", "la"), ("đồng", "tiền")}
