"""Bodies known by their role in the sentence: what a company owns, what only a body does.

News names companies and agencies that no list holds, with nothing but the sentence to
tell what they are:

- what a company has, then "của" and the name: "cổ phiếu của Telmex", "khách hàng của
  MobiFone", "cổ đông của Sibneft", "sản phẩm của Cầu Tre". The name is one to three free
  capitalised syllables, spelt like a brand, or a Vietnamese name that is no person's full
  name ("Nguyễn Văn A") and that no place rule took;
- a word spelt like a company's name ("Vinastar", "Eximbank", "Calcimex", "Lavasoft");
- an acronym after a post or a member of a body ("Chủ tịch TV5", "Giám đốc điều hành của
  APLI", "cán bộ SAWACO"), not followed by a capitalised name or a number (where the post's
  holder or a longer name comes: "Giám đốc PMU 18");
- an acronym opening a clause, as the subject of a body's verb ("MPRP đã tuyên bố ...",
  "HP cho biết ...", "VASEP đề nghị ...") or quoted as the source ("Theo VASEP, ..."). Persons
  are not written in capitals, so an upper-case word there is a body, unless it is a generic
  abbreviation ("VKS đề nghị", "BTC công bố": no name of its own).

>>> t = "Ngày 11/1, MPRP đã tuyên bố rút khỏi liên minh, khiến cổ phiếu của Telmex giảm."
>>> [e.text for e in find_bodies_by_role(t, syllables(t), set())]
['MPRP', 'Telmex']
"""

from __future__ import annotations

import bisect
import functools
from typing import Callable, Collection, Sequence

import regex

from ..document import Entity
from ..normalize import remove_diacritics
from . import body_words, person_words
from .foreign import looks_foreign
from .lists import brand_word
from .organizations import organization_entity
from .persons import starts_person
from .tokens import Phrasebook, Syllable, matches_at_tokens, sentence_start, syllables  # noqa: F401 (doctests)
from .role_words import ADVERBS_BEFORE_A_VERB, MEMBERS_OF_A_BODY, MORE_VERBS_AFTER_A_BODY, OWNED_BY_A_BODY

_OWNED = regex.compile(r"(?<!\p{L})(?i:" + "|".join(OWNED_BY_A_BODY) + r") của (?=\p{Lu})")
_ACRONYM = regex.compile(r"(?<![\p{L}\p{N}\-.&])\p{Lu}[\p{Lu}\-&]{1,7}(?![\p{L}\p{N}\-&]|\.[\p{L}\p{N}])")
"""An upper-case word, whole: not a piece of "TP.HCM" or "HIV/AIDS"; a full stop after it ends
the sentence ("... của AIPAC.")."""
_MEMBER_BEFORE = regex.compile(r"(?<!\p{L})(?i:" + "|".join(MEMBERS_OF_A_BODY) + r") (?:của )?$")
_OWNER_BEFORE = regex.compile(r"(?<!\p{L})(?:của|giữa|do) $")
_COMPANY_SPELLING = regex.compile(r"(?<![\p{L}\p{N}\-.&])(?:Vina\p{Ll}{2,}|\p{Lu}\p{Ll}+(?:bank|mex|tex|soft))"
                                  r"(?![\p{L}\p{N}\-&])")
_VERBS = Phrasebook([v for v in body_words.VERBS_AFTER_A_BODY + MORE_VERBS_AFTER_A_BODY
                     if v != "cho phép"])  # "XSS sẽ cho phép tin tặc ...": a technique allows
_ADVERBS = Phrasebook(ADVERBS_BEFORE_A_VERB)
MAX_NAME = 3  # syllables

_CLAUSE_MARKS = ".!?:\n…;,"
"""After a sentence end, a line break, a colon or a comma; not after a dash, where an
acronym spells out the name before it ("Tourism Exchange in Berlin - ITB tổ chức")."""


def find_bodies_by_role(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """ORGANIZATION entities for names whose role makes them a body, on tokens not in ``taken``.

    >>> t = "VKS đề nghị mức án; khách hàng của Nguyễn Văn Hùng và VASEP cho biết thêm."
    >>> [e.text for e in find_bodies_by_role(t, syllables(t), set())]
    []
    """
    starts = [t.start for t in tokens]
    found = [_owner(text, tokens, taken, bisect.bisect_left(starts, m.end())) for m in _OWNED.finditer(text)]
    is_term = functools.cache(functools.partial(defined_as_a_term, text))  # a read of the text per acronym, not per use
    for m in _ACRONYM.finditer(text):
        k = bisect.bisect_left(starts, m.start())
        after_post = _MEMBER_BEFORE.search(text, max(0, m.start() - 30), m.start()) is not None
        after_member = after_post or _after_owner_word(text, tokens, k, m, is_term)
        found.append(_acronym_at(text, tokens, taken, k, holder=after_post) if after_member
                     else _subject(text, tokens, taken, k, is_term))
    return sorted((e for e in found if e is not None), key=lambda e: e.start)


def find_company_spelt_names(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """ORGANIZATION entities for free words spelt like a company's name: "Vina..."
    ("Vinastar", "Vinakyoei") and "...bank", "...mex", "...tex", "...soft" ("Eximbank",
    "Calcimex", "Lavasoft"), not inside a longer capitalised name; not "Petro..." (the
    known ones are listed, and "Petrova" is a tennis player).

    >>> t = "Trong khi đó, Vinastar cho biết Lavasoft và Vina chưa ký."
    >>> [e.text for e in find_company_spelt_names(t, syllables(t), set())]
    ['Vinastar', 'Lavasoft']
    """
    found = []
    for match, k in matches_at_tokens(_COMPANY_SPELLING, text, tokens):
        if k >= len(tokens) or k in taken or tokens[k].end != match.end() \
                or (k > 0 and tokens[k].linked and tokens[k - 1].cap) \
                or (k + 1 < len(tokens) and tokens[k + 1].linked and tokens[k + 1].cap):
            continue
        found.append(organization_entity(text, match.start(), match.end(), "role"))
    return found


def _after_owner_word(text: str, tokens: Sequence[Syllable], k: int, match: regex.Match,
                      is_term: Callable[[str], bool] | None = None) -> bool:
    """Whether the acronym ``match`` (token ``k``) follows "của", "giữa" or "do": the slot of
    a body that owns, meets or does something ("chương trình do thám của NSA", "hợp tác giữa
    VTB và Sony", "chứng chỉ do VSIC cấp"). Three letters at least (two are as often a
    person's initials, "bạn trai của HA", or a country, "của HQ"), the whole word ("HIV/AIDS"
    is one disease), no hyphen (a format: "tốc độ của RS-MMC"), no term (``is_term``, by
    default :func:`defined_as_a_term` of ``text``).

    >>> t = "của NSA, của HA, của HIV/AIDS, của RS-MMC"
    >>> tokens, starts = syllables(t), [x.start for x in syllables(t)]
    >>> [m.group() for m in _ACRONYM.finditer(t) if _after_owner_word(t, tokens, bisect.bisect_left(starts, m.start()), m)]
    ['NSA']
    """
    return len(match.group()) >= 3 and "-" not in match.group() and k < len(tokens) and tokens[k].text == match.group() \
        and _OWNER_BEFORE.search(text, max(0, match.start() - 5), match.start()) is not None \
        and not (is_term or functools.partial(defined_as_a_term, text))(match.group())


_THING_BEFORE = r"(?<!\p{L})(?i:công nghệ|kỹ thuật|chuẩn|giao thức|định dạng|phần mềm|viết tắt là) "


def defined_as_a_term(text: str, acronym: str) -> bool:
    """Whether ``text`` spells ``acronym`` out in brackets after lower-case words whose
    initials it is ("rối loạn cương dương (RLCD)"), or names it after a word of a technique
    ("công nghệ NFC", "viết tắt là NFC"): a disease, a method, a thing, not a body, whose name
    opens with a capital ("Hội Nạn nhân chất độc da cam (VAVA)").

    >>> defined_as_a_term("Nếu rối loạn cương dương (RLCD) kéo dài ... của RLCD.", "RLCD")
    True
    >>> defined_as_a_term("Hội Nạn nhân chất độc da cam (VAVA) và của VAVA.", "VAVA")
    False
    >>> defined_as_a_term("Máy dùng công nghệ NFC. NFC có tầm hoạt động ngắn.", "NFC")
    True
    """
    if regex.search(_THING_BEFORE + regex.escape(acronym) + r"(?![\p{L}\p{N}])", text):
        return True  # "công nghệ NFC", "viết tắt là NFC"
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = regex.findall(r"[\p{L}\p{M}]+", text[max(0, at - 12 * len(acronym)):at])[-len(acronym):]
    return len(words) == len(acronym) and all(
        word[0].islower() and remove_diacritics(word[0]).lower() == remove_diacritics(letter).lower()
        for word, letter in zip(words, acronym))


def _owner(text: str, tokens: Sequence[Syllable], taken: Collection[int], k: int) -> Entity | None:
    """The company named at token ``k`` after "cổ phiếu của", if the name is free and fits."""
    stop = k
    while stop < len(tokens) and stop - k <= MAX_NAME and stop not in taken and tokens[stop].cap \
            and (stop == k or tokens[stop].linked):
        stop += 1
    if not 1 <= stop - k <= MAX_NAME or (stop < len(tokens) and tokens[stop].linked and tokens[stop].cap):
        return None
    run = tokens[k:stop]
    branded = all(brand_word(t) for t in run)
    if not branded and (len(run) == 1 or starts_person(tokens, k) or any(t.low in person_words.SURNAMES for t in run[:1])):
        return None  # "khách hàng của Bích", "sản phẩm của Trần Văn Tín", "của Anh Thư"
    return organization_entity(text, run[0].start, run[-1].end, "owner")


def _subject(text: str, tokens: Sequence[Syllable], taken: Collection[int], k: int,
             is_term: Callable[[str], bool] | None = None) -> Entity | None:
    """The acronym at token ``k`` when it opens a clause and a body's verb follows it, or
    when it is the source quoted ("Theo VASEP,")."""
    if k >= len(tokens) or k in taken or not brand_word(tokens[k]) or not tokens[k].text.isupper():
        return None
    token = tokens[k]
    quoted = k > 0 and tokens[k - 1].low == "theo" and token.linked and text[token.end:token.end + 1] == ","
    if not quoted and not (sentence_start(text, token, marks=_CLAUSE_MARKS) and _verb_follows(tokens, k + 1)) \
            and not _subject_after_an_opener(text, tokens, k, is_term):
        return None
    return organization_entity(text, token.start, token.end, "role")


def _subject_after_an_opener(text: str, tokens: Sequence[Syllable], k: int,
                             is_term: Callable[[str], bool] | None = None) -> bool:
    """The acronym at ``k`` (three letters at least) opens a clause, or comes after a word
    that opens one ("cho biết", "mới đây", "cho đến nay", "hiện"), and a helper of its verb
    follows ("đã", "vẫn", "sẽ", "có"): "mới đây VAVA đã cùng ...", "Cho đến nay PTT vẫn dẫn
    đầu", "Hiện, VNBA có 38 hội viên". Twenty-first stop, read off blind26; in the seen gold
    such acronyms no rule read are 6 bodies, and no other word; not before "được", "có thể",
    "cho phép", "tự" (a product or a technique in VNTC's training articles), nor a term
    (``is_term``, by default :func:`defined_as_a_term` of ``text``).

    >>> t = "Mới đây VAVA đã kháng án; Hiện, VNBA có 38 hội viên; Giá SGK đã tăng."
    >>> tokens, starts = syllables(t), [x.start for x in syllables(t)]
    >>> [tokens[j].text for j in range(len(tokens)) if tokens[j].text.isupper() and _subject_after_an_opener(t, tokens, j)]
    ['VAVA', 'VNBA']
    """
    token = tokens[k]
    if len(token.text) < 3 or k + 1 >= len(tokens) or not tokens[k + 1].linked or tokens[k + 1].low not in _HELPERS \
            or (is_term or functools.partial(defined_as_a_term, text))(token.text):
        return False
    if k + 2 < len(tokens) and tokens[k + 2].low in _NOT_A_BODY_AFTER_HELPER:
        return False  # "TAP sẽ được kích hoạt", "ZNES có thể", "XSS sẽ cho phép", "NVS sẽ tự phun nước"
    if sentence_start(text, token, marks=_CLAUSE_MARKS):
        return True
    return k > 0 and token.linked and tokens[k - 1].low in _OPENERS


_HELPERS = frozenset({"đã", "vẫn", "đang", "sẽ", "cũng", "vừa", "chưa", "có"})
_OPENERS = frozenset({"biết", "đây", "nay", "hiện"})
"""Last words of what opens a clause before its subject: "cho biết", "được biết", "mới đây",
"gần đây", "hiện nay", "cho đến nay", "hiện"."""
_NOT_A_BODY_AFTER_HELPER = frozenset({"được", "thể", "cho", "tự"})
"""After the helper, words said of a thing, a molecule or a technique more than of a body:
passive "được", "có thể", "cho phép", "tự" (by itself)."""


def _acronym_at(text: str, tokens: Sequence[Syllable], taken: Collection[int], k: int,
                holder: bool = False) -> Entity | None:
    """The acronym at token ``k`` (after "giám đốc", "người phát ngôn của", ...), if free and
    not a generic one ("Chủ tịch UBND", "Giám đốc CA"). After a post (``holder``) a person's
    full name may follow it, the holder ("Tổng giám đốc EAB Trần Phương Bình", "người phát
    ngôn FSB Sergei Ignatchenko"); any other capitalised word or number carries a longer
    name on ("Giám đốc PMU 18")."""
    if k >= len(tokens) or k in taken or not tokens[k].text.isupper() or not brand_word(tokens[k]):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].linked and (tokens[k + 1].cap or tokens[k + 1].text[0].isdigit()) \
            and not (holder and len(tokens[k].text) >= 3 and _holder_at(tokens, k + 1)):
        return None
    return organization_entity(text, tokens[k].start, tokens[k].end, "role")


def _holder_at(tokens: Sequence[Syllable], i: int) -> bool:
    """A person's full name at ``i``: Vietnamese, or two or three foreign-spelt words."""
    if starts_person(tokens, i):
        return True
    end = i
    while end < len(tokens) and end - i < 4 and tokens[end].cap and (end == i or tokens[end].linked):
        end += 1
    return 2 <= end - i <= 3 and all(looks_foreign(t) and not t.text.isupper() for t in tokens[i:end])


def _verb_follows(tokens: Sequence[Syllable], k: int) -> bool:
    while k < len(tokens) and tokens[k].linked and (adverb := _ADVERBS.match(tokens, k)):
        k += adverb[0]
    return k < len(tokens) and tokens[k].linked and _VERBS.match(tokens, k) is not None
