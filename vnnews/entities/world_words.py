"""Places and names abroad: countries and world regions, foreign cities, and the first or
last words of foreign place and event names.

Lower-case phrases written by hand; :mod:`.vocab` says how and gathers all the lists.

>>> "campuchia" in COUNTRIES, "paris" in FOREIGN_CITIES
(True, True)
"""

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
    "mông cổ", "anh quốc", "kazakhstan", "uzbekistan", "đài loan", "hong kong", "hồng kông", "ma cao",
    "macau", "liên xô", "tiệp khắc", "nam tư", "đông đức", "tây đức", "angola", "mozambique",
    "algeria", "morocco", "ma-rốc", "marốc", "ma rốc", "maroc", "tunisia", "sudan", "somalia",
    "zimbabwe", "uganda",
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

PROVINCES_OF_CHINA = (
    "quảng đông", "quảng tây", "tứ xuyên", "hồ bắc", "hồ nam", "an huy", "sơn đông", "thiểm tây",
    "quý châu", "vân nam", "giang tô", "chiết giang", "triết giang", "phúc kiến", "liêu ninh",
    "cát lâm", "hắc long giang", "giang tây", "cam túc", "thanh hải", "hải nam", "ninh hạ",
)
"""China's provinces by their Sino-Vietnamese names, read only after "tỉnh" ("tỉnh Quảng
Đông", "tỉnh An Huy"): no registry holds them and their spelling looks Vietnamese. Hà Nam,
Hà Bắc and Sơn Tây are left out, names of provinces of Vietnam, now or before."""

TODAYS_COUNTRIES = ("timor-leste", "türkiye")
TODAYS_CITIES = ("kyiv", "kharkiv", "odesa", "lviv", "dnipro", "zaporizhzhia", "mykolaiv")
"""Names as 2025–2026 news writes them: the official names "Timor-Leste" and "Türkiye",
the Ukrainian spellings of Ukraine's cities ("Kyiv" beside "Kiev"; the seventeenth stop)."""

SEAS_AND_POLES = ("biển bắc", "biển đen", "biển đỏ", "biển chết", "biển caribe", "biển baltic", "địa trung hải",
                  "bắc băng dương", "nam băng dương", "bắc cực", "nam cực")
"""Seas and the poles, world regions as the oceans already listed are ("dầu Brent Biển Bắc",
"ở Địa Trung Hải", "trừ Nam cực"; the nineteenth stop)."""

COUNTRIES = COUNTRIES + TODAYS_COUNTRIES + SEAS_AND_POLES
FOREIGN_CITIES = FOREIGN_CITIES + TODAYS_CITIES

FOREIGN_PLACE_FIRST_WORDS = frozenset("""
new san santa los las saint st port fort north south east west el la le
""".split())
"""First words of foreign place names ("New Orleans", "San Diego"), not of persons."""

FOREIGN_EVENT_WORDS = frozenset("""
cup league games open championship championships award awards prize trophy festival
bridge park stadium arena street road avenue square
""".split())
"""Last words of foreign names of events, prizes and places ("Davis Cup", "Champions
League", "Stamford Bridge"), which are neither persons nor organisations."""
