"""Widely known organisations that news names without a head noun: football clubs, foreign
companies, news media, bands.

The lists are written from general knowledge (the clubs of the main European leagues and
of the V-League of the VNTC years, large international companies, wire services and
broadcasters, famous bands), lower case, matched only when capitalised in the text.
Names that are also a city ("Liverpool", "Valencia") are in :data:`CLUBS_NAMED_LIKE_A_CITY`
and count as a club only in a sentence about a match (:mod:`.teams`).

>>> "enron" in ONE_WORD_BODIES, "westlife" in ONE_WORD_BODIES
(True, True)
"""

from __future__ import annotations

ONE_WORD_CLUBS = frozenset("""
fiorentina benfica atalanta cagliari empoli reggina ascoli treviso espanyol osasuna getafe
betis wolfsburg kaiserslautern hertha fenerbahce besiktas panathinaikos rangers auxerre
sochaux juve wolves boro spurs psg hagl slna hphn sđ.nđ lg.hn.acb hp.hn tmn.csg shb.đn gđtla đa.tp
""".split())
"""Clubs written as one word that are not a city's name."""

CLUBS = (
    "real betis", "real sociedad", "real zaragoza", "athletic bilbao", "celta vigo",
    "as roma", "werder bremen", "hamburg sv", "hertha berlin", "bayer leverkusen",
    "bayern munchen", "borussia dortmund", "schalke 04", "vfb stuttgart", "paris saint-germain",
    "paris sg", "olympique lyon", "olympique marseille", "as monaco", "sporting lisbon",
    "fc porto", "cska moscow", "spartak moscow", "dynamo kiev", "shakhtar donetsk",
    "steaua bucharest", "boca juniors", "river plate", "west ham", "west brom",
    "blackburn rovers", "crystal palace", "leeds united", "newcastle united",
    "nottingham forest", "sheffield wednesday", "manchester utd", "man united",
    "hoàng anh gia lai", "sông lam nghệ an", "đồng tâm long an", "gạch đồng tâm long an",
    "thể công", "hòa phát hà nội", "delta đồng tháp", "khatoco khánh hòa",
    "halida thanh hóa", "đạm phú mỹ nam định", "pjico slna", "mitsustar haier hải phòng",
    "sông đà nam định", "hoa lâm bình định",
)
"""Clubs written in several words (lower case)."""

CLUBS_NAMED_LIKE_A_CITY = (
    "liverpool", "newcastle", "sunderland", "portsmouth", "southampton", "birmingham",
    "bolton", "wigan", "charlton", "barcelona", "valencia", "sevilla", "zaragoza", "malaga",
    "mallorca", "roma", "napoli", "parma", "palermo", "genoa", "torino", "bologna", "siena",
    "livorno", "messina", "lecce", "catania", "inter", "milan", "real", "bremen", "stuttgart",
    "leeds", "bilbao", "hamburg", "eindhoven", "brugge",
    "lyon", "marseille", "monaco", "bordeaux", "lille", "nantes", "porto", "lens", "rennes",
)
"""Clubs named like their city ("Liverpool", "Valencia", "Real" for Real Madrid): a club only
where the sentence is about a match."""

ONE_WORD_COMPANIES = frozenset("""
sony panasonic toshiba hitachi fujitsu canon nikon olympus sanyo sharp casio epson ricoh
lenovo huawei zte haier acer asus benq philips ericsson alcatel vodafone siemens
enron worldcom halliburton exxonmobil exxon chevron conocophillips petrochina sinopec cnooc
lukoil rosneft aeroflot lufthansa qantas
roche novartis pfizer merck glaxosmithkline sanofi sanofi-aventis aventis astrazeneca
bayer
apple oracle cisco dell adobe ebay skype mozilla symantec mcafee kaspersky qualcomm amd
nvidia linksys netgear d-link compaq gartner idc stratfor xerox kodak
walmart wal-mart carrefour tesco ikea
nike adidas reebok coca-cola pepsi pepsico nestle nestlé heineken carlsberg
starbucks lotteria mcdonald's kfc disney
volkswagen renault peugeot fiat porsche daimlerchrysler chrysler ferrari lamborghini bentley
mclaren caltex
mitsubishi mitsui sumitomo marubeni daewoo hyundai
jpmorgan merrill ubs nomura barclays hsbc
petrolimex lilama sfone s-fone vinacapital bitexco vinataba vinaphone
""".split())
"""Companies written as one word, without "công ty" or "hãng"."""

ONE_WORD_MEDIA = frozenset("""
nhk kbs sbs mbc cctv al-jazeera aljazeera itar-tass tass interfax ria-novosti dpa ansa upi
nlđo tto sggp htv bernama antara asahi yomiuri mainichi newsweek pravda izvestia kommersant
""".split())
"""News agencies, broadcasters and papers written as one word."""

ONE_WORD_POLITICAL = frozenset("""
anc plo ira eta pkk ldp kmt nafta mercosur g7 g8 g20 qh ubtvqh lđbđvn vff vpf afc uefa
fda cdc epa ubck ubcknn nhnn
""".split())
"""Parties, movements, blocs, agencies and federations written as an acronym."""

ONE_WORD_BANDS = frozenset("""
westlife boyzone abba coldplay metallica nirvana scorpions beatles
""".split())
"""Bands written as one word."""

BRAND_UNIT_WORDS = ("mobile", "telecom", "online", "media", "software")
"""Capitalised words after a company's one-word name that name one of its units ("Viettel
Mobile", "EVN Telecom"), not a product of it (twelfth pass, from a blind11 miss)."""

ONE_WORD_BODIES = ONE_WORD_CLUBS | ONE_WORD_COMPANIES | ONE_WORD_MEDIA | ONE_WORD_BANDS | ONE_WORD_POLITICAL
"""Every one-word body of this module (lower case)."""

MULTI_WORD_BODIES = CLUBS + (
    "le monde", "le figaro", "der spiegel", "usa today", "new york times", "al jazeera",
    "bức tường", "mắt ngọc", "bee gees", "rolling stones", "spice girls", "backstreet boys",
    "the beatles", "the bee gees", "the rolling stones", "the beach boys", "the carpenters",
    "sun microsystems", "general motors", "general electric", "morgan stanley",
    "goldman sachs", "merrill lynch", "deutsche bank", "credit suisse", "bank of america",
    "procter & gamble", "coca cola", "warner bros", "time warner", "news corp",
)
"""Bodies written in several words (lower case)."""
