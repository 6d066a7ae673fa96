"""Companies and brands: company heads and forms, trade words, foreign company words, and
the nouns that make a brand a product.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "tnhh" in COMPANY_FORMS, "airlines" in FOREIGN_COMPANY_WORDS
(True, True)
"""

COMPANY_HEADS = (
    "công ty", "tổng công ty", "tập đoàn", "cty", "tcty", "tổng cty", "công ty cổ phần",
    "công ty tnhh", "ngân hàng", "hãng", "xí nghiệp",
)
"""Heads of a company, whose name alone stands for it later in the text ("Công ty
Gemadept" ... "Gemadept", see :mod:`vnnews.entities.repeats`)."""

COMPANY_FORMS = (
    "tnhh", "cổ phần", "cp", "tmcp", "mtv", "một thành viên", "trách nhiệm hữu hạn",
    "liên doanh", "tư nhân", "thương mại cổ phần", "jsc",
)

TRADE_DESCRIBED_HEADS = frozenset({"hãng", "công ty", "tập đoàn", "tổng công ty", "ngân hàng"})
"""Lower-case company heads that may carry the company's trade before its name ("hãng
thuốc Pfizer", "tập đoàn dầu khí Shell")."""

TRADE_ACRONYMS = frozenset({"xnk", "cntt", "tm", "dv", "xd", "sx", "kd", "tmdv", "bđs", "đtdđ", "it",
                            "ict", "vlxd", "cp", "tnhh"})
"""Acronyms of a trade or a company form ("công ty cổ phần XNK"), not a company's name."""

COMMON_FOREIGN_NOUNS = frozenset({"internet", "online", "web", "website", "email", "media", "game",
                                  "xnk"})
"""Foreign-spelt common nouns and field abbreviations written after a company word
("công ty Internet", "công ty XNK vật tư"): no name."""

PRODUCT_NOUNS = ("xe", "ôtô", "ô", "máy", "tivi", "tv", "laptop", "dòng", "mẫu", "điện thoại", "bia", "chai")
"""Nouns before a brand used as a product ("chiếc xe Toyota", "tivi Sony"), not a company."""

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

FOREIGN_COMPANY_FIRST_WORDS = frozenset({"air", "the"})
"""First words of a foreign body's name ("Air China", "The Beatles", "The Guardian"): never a
person's."""
