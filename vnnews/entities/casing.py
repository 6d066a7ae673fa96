"""Recasing lines whose case carries no information, before the entity rules read them.

The rules find names by their capitals ("Nguyễn Văn An", "Bộ Tư pháp"). A line written
ALL IN CAPITALS (headlines on some sites) or all in lower case (comments, social media)
gives them nothing to go on. :func:`recase` decides line by line: a line of at least
``MIN_WORDS`` words with no lower-case letter, or with no capital in a text without any, of
any length (a lower-case line among capitalised ones was written so on purpose), is recased word by word
from how VNTC training articles write each word inside a sentence (``models/truecase``):
after the word before it as recased, else as a word right after the start of a name or an
honorific (:mod:`.name_context`: "Ông Ngô hoà" → "Hoà", "anh hùng" stays lower case), else
(unless the word before has a capital: then it goes on a name) before the word after it,
else alone; a word the tables lack is lower case unless it is spelt like no Vietnamese
syllable and articles don't write it in lower case ("knapper" → "Knapper"), and a
sentence's first word takes a capital. An organisation's head takes a capital where
training articles give it one before the word after it ("Công ty cổ phần", not "công ty
này"), and so does the word after a capitalised head ("Cục Vệ sinh"). Recasing keeps every
character in place, so entity offsets found in the recased text hold for the text given;
:func:`on_original` puts the given text back into the entities' ``text``.

>>> recase("CHỦ TỊCH UBND TỈNH NGUYỄN VĂN AN THĂM HÀ NỘI")
'Chủ tịch UBND tỉnh Nguyễn Văn An thăm Hà Nội'
>>> recase("Ông An thăm Hà Nội.")  # case carries information: the same object back
'Ông An thăm Hà Nội.'
"""

from __future__ import annotations

import json

from ..document import Entity
from ..resources import load_once, model_file
from . import name_context, person_words
from .gazetteer import load_gazetteer
from .tokens import sentence_start, syllables

MIN_WORDS = 3  # a shorter line ("HÀ NỘI", "tp.hcm") is left as written
MIDDLE_NAMES = frozenset("văn thị hữu đức công đình ngọc thanh minh quốc xuân hồng kim trọng quang".split())
_ONE_WORD_TYPES = frozenset({"xã", "phường", "huyện", "quận", "tỉnh"})
_TWO_WORD_TYPES = frozenset({"thị trấn", "thị xã", "thành phố"})
_SENTENCE_MARKS = ".!?:\n•–—-"  # "-" only opening a line, "." not in "..." (:func:`_opens_sentence`)
_OPENERS = " \t\"“'‘("


@load_once
def truecase_tables() -> dict[str, dict[str, str]]:
    """The ``words``, ``after`` and ``before`` tables of ``models/truecase/truecase.json``.

    >>> truecase_tables()["words"]["ubnd"]
    'UBND'
    """
    with model_file("truecase", "truecase.json").open(encoding="utf-8") as handle:
        model = json.load(handle)
    return {name: model[name] for name in ("words", "after", "before")}


def caseless(line: str) -> bool:
    """True when ``line`` says nothing by its case: all capitals or all lower case, with at
    least ``MIN_WORDS`` words.

    >>> caseless("BỘ TƯ PHÁP LÀM VIỆC"), caseless("bộ tư pháp làm việc"), caseless("Bộ Tư pháp làm việc")
    (True, True, False)
    """
    return (line.isupper() or line.islower()) and len(line.split()) >= MIN_WORDS


def recase(text: str) -> str:
    """``text`` with every line ALL IN CAPITALS recased, and every line of a text written all in
    lower case (the same length, character by character); ``text`` itself, the same object,
    when nothing changes.

    >>> recase("ông nguyễn văn an nói với ubnd xã")
    'Ông Nguyễn Văn An nói với UBND xã'
    """
    lines = text.split("\n")
    # a lower-case line among capitals was written so on purpose; a whole text in lower case
    # (a feed, a post, a lower-cased article), however long, is recased line by line: each
    # line's work is linear in its words
    lower_writer = text.islower()
    todo = [caseless(line) and (lower_writer or line.isupper()) for line in lines]
    if not any(todo):
        return text
    recased = "\n".join(recase_line(line) if k else line for line, k in zip(lines, todo))
    return text if recased == text else recased  # recasing again changes nothing: no loop


def recase_line(line: str) -> str:
    """One line recased word by word (see the module's description).

    >>> recase_line("THỦ TƯỚNG PHẠM MINH CHÍNH")
    'Thủ tướng Phạm Minh Chính'
    """
    tables = truecase_tables()
    words, after, before = tables["words"], tables["after"], tables["before"]
    tokens = syllables(line)
    forms: list[str] = []
    for k, token in enumerate(tokens):
        previous = forms[-1] if k and token.linked else None  # as recased: "Phạm Minh" goes on as a name
        following = tokens[k + 1].low if k + 1 < len(tokens) and tokens[k + 1].linked else None
        in_name = previous is not None and previous[:1].isupper()
        form = (previous and after.get(f"{previous} {token.low}")) \
            or _in_name_context(tokens, forms, k) \
            or (not in_name and before.get(f"{token.low} {following}")) or words.get(token.low) or token.low
        if form == token.low and name_context.foreign_name_word(token.low, token.key):
            form = name_context.capital_first(form)
        if _opens_sentence(line, token) or _ends_name(tokens, forms, k):
            form = name_context.capital_first(form)
        forms.append(form)
    _names_after_lower_surnames(tokens, forms)
    _capitalise_org_heads(tokens, forms)
    _capitalise_unit_names(line, tokens, forms)
    pieces, done = [], 0
    for token, form in zip(tokens, forms):
        pieces.append(line[done:token.start])
        pieces.append(_cased_like(token.text, form))
        done = token.end
    pieces.append(line[done:])
    return "".join(pieces)


def _opens_sentence(line: str, token) -> bool:
    """True when the word opens a sentence as training articles write one: after ". ! ? :",
    a long dash or a bullet, or a hyphen opening the line (a list item, a reply); not after
    "...", ";" or a hyphen inside the line (VNTC train: a word after those is capitalised
    41 %, 17 % and 38 % of the time, after "." 98 %, after ":" 61 %).

    >>> [_opens_sentence(line, syllables(line)[-1]) for line in ("mưa. gió", "mưa... gió", "- gió", "mưa - gió")]
    [True, False, True, False]
    """
    if not sentence_start(line, token, _SENTENCE_MARKS):
        return False
    before = line[:token.start].rstrip(_OPENERS)
    return not before or before[-1] != "-" and not before.endswith("..") or before == "-"


def _in_name_context(tokens, forms: list[str], k: int) -> str | None:
    """The word at ``k`` as written after the start of a name or an honorific
    (:mod:`.name_context`), or None when the tables don't say."""
    if not (k and tokens[k].linked and name_context.may_open_context(forms[k - 1])):
        return None
    capitalised = name_context.capitalised_here(forms[name_context.line_start(tokens, k):k], tokens[k].low)
    written = truecase_tables()["words"].get(tokens[k].low, "")
    if capitalised is None or written[1:] and not written[1:].islower():
        return None  # the tables don't say, or the word is written otherwise ("VN", "iPhone")
    return name_context.capital_first(tokens[k].low) if capitalised else tokens[k].low


def _ends_name(tokens, forms: list[str], k: int) -> bool:
    """A word after a surname and a middle name, both recased with a capital, is the given
    name, however rare ("Nguyễn Văn Nguyện", "Trần Đình Triển")."""
    if k < 2 or not (tokens[k].linked and tokens[k - 1].linked) or not tokens[k].text[:1].isalpha():
        return False
    surname, middle = forms[k - 2], forms[k - 1]
    return surname[:1].isupper() and middle[:1].isupper() and surname.lower() in person_words.SURNAMES \
        and middle.lower() in MIDDLE_NAMES


def _names_after_lower_surnames(tokens, forms: list[str]) -> None:
    """A surname left in lower case right before a word written with a capital opens a name
    where :func:`.name_context.surname_opens_name` says so ("tô Lâm", "đàm Tấn phát"; not a
    middle name: "nhà văn Nguyễn Huy Thiệp"): it
    takes a capital, and the words after it are decided again as the name's ("Đàm Tấn Phát")."""
    for k in range(len(tokens) - 1):
        if forms[k] not in person_words.SURNAMES or forms[k] in MIDDLE_NAMES or not tokens[k + 1].linked \
                or (k and tokens[k].linked and name_context.title_case(forms[k - 1])) \
                or not name_context.title_case(forms[k + 1]) \
                or not name_context.surname_opens_name(forms[k], forms[k + 1]):
            continue
        forms[k] = name_context.capital_first(forms[k])
        for j in range(k + 2, min(k + 4, len(tokens))):
            if not tokens[j].linked or not forms[j][:1].islower() or \
                    not name_context.capitalised_here(forms[name_context.line_start(tokens, j):j], tokens[j].low):
                break
            forms[j] = name_context.capital_first(forms[j])


def _capitalise_org_heads(tokens, forms: list[str]) -> None:
    """An organisation's head in lower case takes a capital where training articles
    capitalise it before the word after it ("Công ty cổ phần", not "công ty này"); the word
    after a capitalised head takes one where they capitalise it there ("Cục Vệ sinh")."""
    for k in range(len(tokens)):
        if forms[k][:1].islower() and name_context.capitalised_head(tokens, k, _named_next(tokens, forms, k)):
            forms[k] = name_context.capital_first(forms[k])
        if forms[k][:1].isupper() and (named := name_context.named_after_head(tokens, k)) is not None:
            forms[named] = name_context.capital_first(forms[named])


def _named_next(tokens, forms: list[str], k: int) -> bool:
    """True when the word right after the organisation head at ``k`` is recased with a
    capital (a name, an acronym: "công ty Webzen", "quỹ PXP")."""
    pair = name_context.head_pair(tokens, k)
    return pair is not None and forms[k + len(pair.split()) - 1][:1].isupper()


def _capitalise_unit_names(line: str, tokens, forms: list[str]) -> None:
    """After a type word ("xã", "huyện", "thị trấn"...), the longest run of up to four words
    that the registry knows as a unit of that type takes capitals ("xã Gia Canh"), and so
    does each next name of a list after it, joined by a comma or "và", that the registry
    knows with the same type word ("các xã Nghĩa Chánh, Chánh Lộ và Nghĩa Lộ")."""
    for k in range(len(tokens)):
        width = 2 if k + 1 < len(tokens) and f"{forms[k]} {forms[k + 1]}" in _TWO_WORD_TYPES else 1
        if width == 1 and forms[k] not in _ONE_WORD_TYPES:
            continue
        kind = " ".join(t.low for t in tokens[k:k + width])
        end = _capitalise_unit(tokens, forms, kind, k + width, first_linked=True)
        while end is not None and end < len(tokens):
            gap = line[tokens[end - 1].end:tokens[end].start].strip()
            if gap == "," and tokens[end].low != "và":
                end = _capitalise_unit(tokens, forms, kind, end)
            elif not gap and tokens[end].low == "và" and end + 1 < len(tokens):
                end = _capitalise_unit(tokens, forms, kind, end + 1)
            else:
                break


def _capitalise_unit(tokens, forms: list[str], kind: str, first: int, first_linked: bool = False) -> int | None:
    """Capitals for the longest run of up to four words from ``first`` that the registry
    knows as a unit after the type word(s) ``kind``; the index after the run, or None."""
    gazetteer = load_gazetteer()
    for end in range(min(len(tokens), first + 4), first, -1):
        run = tokens[first:end]
        if not all(t.text[:1].isalnum() for t in run) or not all(t.linked for t in run[0 if first_linked else 1:]):
            continue
        if gazetteer.lookup(kind + " " + " ".join(t.low for t in run)):
            for j in range(first, end):
                forms[j] = name_context.capital_first(forms[j])
            return end
    return None


def _cased_like(written: str, form: str) -> str:
    """``written`` with the capitals of ``form`` (same letters, maybe another tone style);
    a character whose other case is not one character stays as written."""
    if len(form) != len(written):
        return written
    out = []
    for char, model in zip(written, form):
        other = char.upper() if model.isupper() else char.lower()
        out.append(other if len(other) == 1 else char)
    return "".join(out)


def on_original(text: str, entities: list[Entity]) -> list[Entity]:
    """The entities found in the recased ``text``, their ``text`` (and each position's)
    sliced from ``text`` as given; names keep the recased form.

    >>> text = "ÔNG NGUYỄN VĂN AN THĂM HÀ NỘI"
    >>> from vnnews.entities import EntityRecognizer
    >>> [(e.text, e.name) for e in on_original(text, EntityRecognizer().extract(recase(text)))]
    [('NGUYỄN VĂN AN', 'Nguyễn Văn An'), ('HÀ NỘI', 'Hà Nội')]
    """
    for entity in entities:
        entity.text = text[entity.start:entity.end]
        for position in entity.attrs.get("positions", []):
            position["text"] = text[position["start"]:position["end"]]
    return entities
