"""How a word is written right after the start of a name, for recasing caseless lines.

``models/truecase/name_context.json`` (built from VNTC training articles by
``models/truecase/build_name_context.py``) says, per context, whether a word is usually
capitalised there: after a capitalised surname (``S``: "Nguyễn thuỳ" → "Thuỳ"), after a
surname and one or two more capitalised words (``ST``, ``STT``: "Nguyễn Thuỳ liên" →
"Liên", but "Nguyễn Văn An thăm" stays lower case), after a one-word honorific (``H``:
"ông doanh" → "Doanh", "anh hùng" stays lower case); and, for the words a context's table
lacks, how the rare words after the same word are written (``S_next``, ``ST_next``...:
after "Nguyễn Khắc" a rare word is a given name). It also lists the foreign-spelt words that articles
write in lower case ("email", "online"); other foreign-spelt words are names ("knapper").

>>> contexts_of(["ông", "Nguyễn", "Thuỳ"])
['ST']
>>> capitalised_here(["Nguyễn", "Thuỳ"], "liên"), capitalised_here(["Nguyễn", "Văn", "An"], "thăm")
(True, False)
"""

from __future__ import annotations

import json

from ..resources import load_once, model_file
from ._fold import VIETNAMESE_SYLLABLE, fold
from .gazetteer import load_gazetteer
from .historic import find_historic_provinces
from .org_head_words import ORG_HEADS_NAMED
from .person_words import SURNAMES
from .phrasebooks import WORLD_PLACES
from .tokens import Phrasebook, Syllable, lower_key, syllables

HONORIFIC_WORDS = frozenset("ông bà anh chị em cô chú bác cụ cháu bé".split())
CONTEXTS = ("STT", "ST", "S", "H", "F")  # the most telling first
_HEADS = Phrasebook(ORG_HEADS_NAMED)
MODERN_LOANWORDS = frozenset("""
    app blogger chatbot comment drone fanpage follow hashtag idol influencer like livestream post
    review selfie shipper startup streamer tablet trend vlog vlogger voucher youtuber
""".split())
"""Common nouns and verbs borrowed after VNTC's years (2005–2007) that today's news writes in
lower case: the training-built ``plain_foreign`` cannot know them, so a caseless line would
make them names ("anh selfie"). Brands (TikTok, Zalo, Shopee) stay out: they are names."""


@load_once
def name_context_tables() -> dict:
    """The context tables (key → capitalised there or not) and the set ``plain_foreign``.

    >>> name_context_tables()["S"]["văn"], "email" in name_context_tables()["plain_foreign"]
    (True, True)
    """
    with model_file("truecase", "name_context.json").open(encoding="utf-8") as handle:
        model = json.load(handle)
    names = CONTEXTS + tuple(c + "_next" for c in CONTEXTS) + ("HEAD", "HEAD_NAMED", "AFTER_HEAD", "BEFORE_NAME")
    tables = {name: {key: bool(v) for key, v in model[name].items()} for name in names}
    tables["plain_foreign"] = frozenset(model["plain_foreign"]) | MODERN_LOANWORDS
    return tables


def title_case(word: str) -> bool:
    """A word capitalised as a name's syllable is ("Văn", "A"; not "UBND" nor "văn").

    >>> title_case("Văn"), title_case("A"), title_case("UBND"), title_case("văn")
    (True, True, False, False)
    """
    return len(word) == 1 and word.isupper() or word[:1].isupper() and word[1:].islower()


def capital_first(word: str) -> str:
    """``word`` with its first letter a capital and the rest as written.

    >>> capital_first("hùng"), capital_first("iPhone"), capital_first("")
    ('Hùng', 'IPhone', '')
    """
    return word[:1].upper() + word[1:]


def may_open_context(word: str) -> bool:
    """False when the word right before a token rules out every context (it is neither a
    name's syllable nor an honorific): a quick test before :func:`contexts_of`.

    >>> may_open_context("Văn"), may_open_context("ông"), may_open_context("thăm")
    (True, True, False)
    """
    return title_case(word) or word.lower() in HONORIFIC_WORDS


def contexts_of(previous: list[str]) -> list[str]:
    """The contexts that the words written before a token on its line make (nearest last).

    >>> contexts_of(["thăm", "bà"]), contexts_of(["Ông"]), contexts_of(["Trần", "Văn"]), contexts_of(["ở", "Trần"])
    (['H'], ['H'], ['ST'], ['S'])
    >>> contexts_of(["ở", "Hà", "Nội"]), contexts_of(["Thái", "Lan"]), contexts_of(["Hà", "Văn"])
    ([], [], ['ST'])
    >>> contexts_of(["bà", "Christine"]), contexts_of(["email"])
    (['F'], [])
    """
    found = []
    if previous and previous[-1].lower() in HONORIFIC_WORDS:  # "Ông" opening a sentence too
        found.append("H")
    if previous and title_case(previous[-1]) and foreign_spelt(lower_key(previous[-1])):
        found.append("F")  # after a foreign name's word: "Christine lai" → "Lai"
    for width, name in ((1, "S"), (2, "ST"), (3, "STT")):
        run = previous[-width:]
        if len(run) == width and all(title_case(w) for w in run) and run[0].lower() in SURNAMES \
                and (len(previous) == width or _opens_run(previous[:-width])) and not _place_name(run):
            found.append(name)
    return found


def _opens_run(before: list[str]) -> bool:
    """True when a name can start right after the words ``before``: the last in lower case,
    an honorific opening a sentence ("Ông Nguyễn Văn An"), or the last two naming a
    province or a district ("UBND tỉnh Thái Bình Nguyễn Khắc Thận")."""
    return not title_case(before[-1]) or before[-1].lower() in HONORIFIC_WORDS \
        or len(before) >= 2 and title_case(before[-2]) and _place_name(before[-2:])


def starts_place(surname: str, following: str) -> bool:
    """True when a surname and the word after it open a place's name ("Hà Nội", "Thái Lan").

    >>> starts_place("Hà", "Nội"), starts_place("Tô", "Lâm")
    (True, False)
    """
    return _place_name([surname, following])


def _place_name(run: list[str]) -> bool:
    """True when the run's first two or more words name a province or a district ("Hà Nội",
    "Đồng Nai", "Hà Tây") or a country or a foreign city ("Thái Lan", "Hà Lan"): a surname
    opens it, but no person's name goes on after it."""
    gazetteer = load_gazetteer()
    name = " ".join(run)
    world = WORLD_PLACES.match(syllables(name), 0)
    return (world is not None and world[0] >= 2) or any(e.start == 0 for e in find_historic_provinces(name)) \
        or any(unit.level in ("province", "district")
               for j in range(2, len(run) + 1) for unit in gazetteer.lookup(" ".join(run[:j])))


def capitalised_here(previous: list[str], key: str) -> bool | None:
    """Whether the tables say ``key`` (lower case, new tone style) is capitalised after
    ``previous`` (the words before it on its line, as recased); None when they don't know.
    A key the context's table lacks (seen fewer than 3 times there) takes the writing of the
    rare words after the same word before it ("Nguyễn Khắc thận": after "Khắc", a rare word
    is a given name; after "Hùng" it is not).

    >>> capitalised_here(["Nguyễn"], "văn"), capitalised_here(["ông"], "nói"), capitalised_here(["thăm"], "văn")
    (True, False, None)
    """
    found = contexts_of(previous)
    if not found:
        return None
    tables = name_context_tables()
    anchor = lower_key(previous[-1])
    for context in CONTEXTS:
        if context in found:
            table_key = f"{anchor} {key}" if context == "H" else key
            if table_key in tables[context]:
                return tables[context][table_key]
            if anchor in tables[context + "_next"]:
                return tables[context + "_next"][anchor] and not ends_names(key)
    return None


def ends_names(key: str) -> bool:
    """True when a name's table says ``key`` stays lower case right after a name ("Nguyễn
    Văn An thăm"): a word that ends names, which the rare-word fallback of another context
    must not make a given name ("Trần Thắng thăm" stays lower case).

    >>> ends_names("thăm"), ends_names("thận")
    (True, False)
    """
    tables = name_context_tables()
    return any(tables[context].get(key) is False for context in ("S", "ST", "STT"))


def line_start(tokens: list[Syllable], k: int) -> int:
    """The index of the first of the (up to four) words before ``tokens[k]`` on its line
    with nothing but spaces between them: the words :func:`contexts_of` reads.

    >>> from vnnews.entities.tokens import syllables
    >>> line_start(syllables("Hà Nội, ông Nguyễn Văn An"), 5)
    2
    """
    first = k
    while first > 0 and k - first < 4 and tokens[first].linked:
        first -= 1
    return first


def foreign_spelt(key: str, folded: str | None = None) -> bool:
    """A word of letters not spelt like one Vietnamese syllable (``folded``: ``key`` without
    diacritics, when the caller has it).

    >>> foreign_spelt("knapper"), foreign_spelt("chen"), foreign_spelt("5km")
    (True, False, False)
    """
    return len(key) > 1 and key.replace("-", "").isalpha() \
        and not VIETNAMESE_SYLLABLE.match((folded or fold(key)).replace("-", ""))


def foreign_name_word(key: str, folded: str | None = None) -> bool:
    """A word of letters not spelt like a Vietnamese syllable that training articles do not
    write in lower case: the syllable of a foreign name ("knapper", "yunesi"); ``folded`` as
    for :func:`foreign_spelt`.

    >>> foreign_name_word("knapper"), foreign_name_word("email"), foreign_name_word("liên"), foreign_name_word("5km")
    (True, False, False, False)
    >>> foreign_name_word("livestream"), foreign_name_word("selfie")
    (False, False)
    """
    return foreign_spelt(key, folded) and key not in name_context_tables()["plain_foreign"]


def head_pair(tokens: list[Syllable], k: int) -> str | None:
    """"head next-word" (lower case) when an organisation's head starts at ``tokens[k]`` and a
    word follows it on the line; the key of the ``HEAD`` table.

    >>> from vnnews.entities.tokens import syllables
    >>> head_pair(syllables("với công ty cổ phần sữa"), 1), head_pair(syllables("công ty."), 0)
    ('công ty cổ phần sữa', None)
    """
    found = _HEADS.match(tokens, k)
    if found is None or k + found[0] >= len(tokens) or not tokens[k + found[0]].linked:
        return None
    return f"{found[1]} {tokens[k + found[0]].low}"


def named_after_head(tokens: list[Syllable], k: int) -> int | None:
    """The index of the word after the organisation head starting at ``tokens[k]`` when the
    tables say that word is capitalised after the head written with a capital ("Cục vệ
    sinh" → "Cục Vệ sinh"; "Công ty này" stays lower case); else None.

    >>> from vnnews.entities.tokens import syllables
    >>> named_after_head(syllables("Cục vệ sinh an toàn"), 0), named_after_head(syllables("Công ty này"), 0)
    (1, None)
    """
    pair = head_pair(tokens, k)
    if pair is None or not name_context_tables()["AFTER_HEAD"].get(pair, False):  # pairs seen 3+ times only
        return None
    return k + len(pair.split()) - 1


def _whole_word_head(tokens: list[Syllable], k: int, head: str) -> bool:
    """True when the head can't be the tail of a longer word: two syllables or more ("công
    ty"), or an abbreviation ("ĐH", "CLB"); a one-syllable head ("sở", "bộ") ends "cơ sở",
    "cán bộ", "toàn bộ"."""
    return " " in head or not VIETNAMESE_SYLLABLE.match(tokens[k].key)


def _known(table: dict[str, bool], pair: str) -> bool:
    """The table's answer for "head next-word", or for the head alone when it lacks the pair."""
    return table[pair] if pair in table else table.get(pair.rsplit(" ", 1)[0], False)


def capitalised_head(tokens: list[Syllable], k: int, named: bool = False) -> bool:
    """True when the tables say the organisation head starting at ``tokens[k]`` is
    capitalised before the word after it ("công ty cổ phần", not "công ty này"), or, for a
    word after it they don't know, before a name when ``named`` (the word after it is
    recased with a capital: "công ty Webzen", "khách sạn Duxton" stays lower case), else anywhere.

    >>> from vnnews.entities.tokens import syllables
    >>> capitalised_head(syllables("công ty cổ phần mía"), 0), capitalised_head(syllables("công ty này"), 0)
    (True, False)
    >>> capitalised_head(syllables("công ty Webzen"), 0, named=True), capitalised_head(syllables("khách sạn Duxton"), 0, named=True)
    (True, False)
    """
    pair = head_pair(tokens, k)
    if pair is None:
        return False
    tables = name_context_tables()
    head = pair.rsplit(" ", 1)[0]
    if named and pair not in tables["HEAD"] and head in tables["HEAD_NAMED"] and _whole_word_head(tokens, k, head):
        return tables["HEAD_NAMED"][head]
    return _known(tables["HEAD"], pair)


def surname_opens_name(surname: str, following: str) -> bool:
    """True when a surname written in lower case before ``following`` (a capitalised word)
    opens a person's name there: training articles capitalise this surname before a
    capitalised word, the word goes on a name after a surname, and the two name no place
    ("tô Lâm" → "Tô Lâm"; "kỷ lục Việt Nam", "từ Hà Nội" stay as they are).

    >>> surname_opens_name("tô", "Lâm"), surname_opens_name("từ", "Trung"), surname_opens_name("lục", "Việt")
    (True, False, False)
    """
    title = capital_first(surname)
    return name_context_tables()["BEFORE_NAME"].get(surname, False) \
        and bool(capitalised_here([title], lower_key(following))) and not starts_place(title, following)
