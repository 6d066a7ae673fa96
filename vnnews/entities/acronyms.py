"""Acronyms a text defines for a body: "Lực lượng vũ trang cách mạng Colombia (FARC)".

An upper-case acronym in brackets right after a phrase that starts with an organisation's
head noun (cơ quan, lực lượng, đảng, hội đồng, ...) and holds a capitalised name is an
ORGANIZATION, and so is every later use of it in the text. A phrase without a name
("Hội đồng xét xử (HĐXX)", "thí sinh (TS)") defines no organisation.

>>> t = "Hội đồng Bảo an (HĐBA) họp; HĐBA sẽ bỏ phiếu. Hội đồng xét xử (HĐXX) tuyên án."
>>> [e.text for e in find_defined_acronyms(t, syllables(t), set())]
['HĐBA', 'HĐBA']

The phrase that defines the acronym is the body's full name (:func:`with_defining_names`):
"Lực lượng Phòng vệ Israel (IDF)", "Tổ chức Toilet thế giới (WTO)".
"""

from __future__ import annotations

import bisect
from typing import Collection, Sequence

import regex

from ..document import Entity
from . import org_head_words, phrasebooks
from .departments import WORDS_AFTER_A_NAME
from .organizations import organization_entity
from .positions import EntitiesByStart
from .role_words import NOT_BRAND_ACRONYMS
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_HEADS = Phrasebook(org_head_words.ACRONYM_DEFINING_HEADS)
_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}&\-]{1,8}$")
LOOK_BACK = 10  # syllables between the head noun and the bracket


def find_defined_acronyms(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """ORGANIZATION entities for acronyms defined for a body, and their later uses, on
    tokens not in ``taken``.

    >>> t = "Cơ quan chống ma túy Mỹ (DEA) cho biết"
    >>> [e.text for e in find_defined_acronyms(t, syllables(t), set())]
    ['DEA']
    """
    defined = {tokens[k].text for k in _bracketed(text, tokens) if _defines(text, tokens, k)}
    return [Entity("ORGANIZATION", t.start, t.end, t.text, t.text, {"kind": "acronym"})
            for k, t in enumerate(tokens) if t.text in defined and k not in taken]


def _bracketed(text: str, tokens: Sequence[Syllable]) -> list[int]:
    """Indexes of the tokens (after the first) that open with a capital right after "(":
    the only places an acronym can be defined.

    >>> t = "Hội đồng Bảo an ( HĐBA) và (x)"
    >>> _bracketed(t, syllables(t))
    [4]
    """
    if "(" not in text:
        return []
    starts = [t.start for t in tokens]
    found = ((bisect.bisect_left(starts, m.end()), m.end()) for m in _BRACKETED_CAPITAL.finditer(text))
    return [k for k, at in found if 0 < k < len(tokens) and starts[k] == at]


def _defines(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    return _defining_head(text, tokens, k) is not None


def _defining_head(text: str, tokens: Sequence[Syllable], k: int) -> int | None:
    """Index of the head noun of the phrase that defines the bracketed acronym at ``k``."""
    token = tokens[k]
    if not _ACRONYM.match(token.text) or text[tokens[k - 1].end:token.start].strip() != "(" \
            or text[token.end:token.end + 1] != ")":
        return None
    for start in range(k - 1, max(-1, k - 1 - LOOK_BACK), -1):
        head = _HEADS.match(tokens, start)
        if head and any(t.cap for t in tokens[start + head[0]:k]):
            return start
        if start < k - 1 and not tokens[start + 1].linked:
            return None  # the phrase is cut by punctuation before reaching a head
    return None


_AGENCY_HEADS = org_head_words.AGENCY_HEADS  # "Hãng thông tấn ... (KCNA)": a lower-case head, the name alone
_NOT_IN_A_DEFINED_NAME = frozenset(WORDS_AFTER_A_NAME) - {"của", "về", "với", "cho", "phát", "chuyên"}
"""Words of a sentence going on, never inside the defined name: "Ngân hàng Thế giới tại Việt
Nam (WB)" (its office), "Viện Korall không được nhà đăng kiểm Lloyds Register (LR)"."""


def _reads_as_a_name(tokens: Sequence[Syllable], head: int, end: int) -> bool:
    """Whether ``tokens[head:end]`` reads as one body's name: the head opens no longer name
    ("Tây Ban Nha (TBN)", "Tổng Công ty") nor a common word ("Trường hợp"), and no word of
    a sentence going on, no honorific ("thay ông Don Samuon (CPP)"), no verb stands inside.

    >>> t = syllables("Tây Ban Nha (TBN), Trường hợp Truyền hình VN (VTC), Bộ Nội vụ thay ông An (CPP)")
    >>> [_reads_as_a_name(t, h, e) for h, e in ((1, 3), (4, 9), (10, 16))]
    [False, False, False]
    """
    size, head_words = _HEADS.match(tokens, head)
    if head > 0 and tokens[head].linked and tokens[head - 1].cap:
        return False
    after = head + size
    if after < end and tokens[after].low in org_head_words.NOT_A_BODY_AFTER_HEAD.get(head_words, ()):
        return False
    return not any(tokens[i].low in _NOT_IN_A_DEFINED_NAME and not tokens[i - 1].cap  # "Tự do": a word's second syllable
                   or phrasebooks.HONORIFICS.match(tokens, i) or phrasebooks.VERBS_AFTER_A_BODY.match(tokens, i)
                   for i in range(after, end))
_PERSONS = frozenset({"PERSON", "OFFICIAL"})


def with_defining_names(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with the phrase that defines an acronym as one ORGANIZATION, from its
    capitalised head noun to the bracket, in place of the shorter bodies and the persons
    inside it; places inside stay, as in any body's name. A country after "của" closing the
    phrase is where the body is ("Hội đồng chính sách tiền tệ của Anh (MPC)"). A bracket
    followed by a dash is a newspaper's byline ("(NLĐ)-"), no definition.

    >>> t = "Lực lượng Phòng vệ Israel (IDF) và Tổ chức Toilet thế giới (WTO) họp."
    >>> [e.text for e in with_defining_names(t, syllables(t), [])]
    ['Lực lượng Phòng vệ Israel', 'Tổ chức Toilet thế giới']
    """
    brackets = _bracketed(text, tokens)
    if not brackets:
        return entities
    found = EntitiesByStart(entities)
    removed: set[int] = set()  # ids of the entities a defining name replaces
    added: list[tuple[int, Entity]] = []  # (bracket, name): a name lies within LOOK_BACK syllables of its bracket
    for k in brackets:
        if (head := _defining_head(text, tokens, k)) is None:
            continue
        if not tokens[head].cap or text[tokens[k].end + 1:tokens[k].end + 3].strip()[:1] in {"-", "–"} \
                or _HEADS.match(tokens, head)[1] in _AGENCY_HEADS:
            continue
        end = _without_country_after_of(tokens, head, k)
        if not _reads_as_a_name(tokens, head, end):
            continue
        start, stop = tokens[head].start, tokens[end - 1].end
        recent = [name for j, name in reversed(added[-LOOK_BACK - 1:]) if j >= k - LOOK_BACK]
        near = [e for e in found.overlapping(start, stop) + recent if id(e) not in removed]
        if any(e.label == "ORGANIZATION" and (e.end == stop or e.start < start < e.end) for e in near):
            continue  # the body is found already, or a longer one holds the head
        removed.update(id(e) for e in near if start <= e.start < stop and (e.label == "ORGANIZATION" and e.end <= stop
                                                                           or e.label in _PERSONS))
        added.append((k, organization_entity(text, start, stop, "defines_acronym")))
    out = [e for e in entities if id(e) not in removed] + [name for _, name in added if id(name) not in removed]
    return sorted(out, key=lambda e: (e.start, -e.end))


_BRACKETED_CAPITAL = regex.compile(r"\(\s*(?=\p{Lu})")
_PLUS = regex.compile(r"\+\d*(?![\w+])")  # "OPEC+", "ASEAN+3": the group and its partners


def with_plus_suffixes(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with an acronym's "+" (and its number) glued after it joined to the
    ORGANIZATION: "OPEC+" (OPEC and its allies) and "ASEAN+3" are bodies of their own.

    >>> t = "OPEC+ và ASEAN+3 họp; C++ thì không."
    >>> spans = [organization_entity(t, 0, 4, "known"), organization_entity(t, 9, 14, "known")]
    >>> [e.text for e in with_plus_suffixes(t, spans)]
    ['OPEC+', 'ASEAN+3']
    """
    if "+" not in text:
        return entities
    out = []
    for entity in entities:
        plus = _PLUS.match(text, entity.end) if entity.label == "ORGANIZATION" and entity.text.isupper() else None
        out.append(entity if plus is None else organization_entity(text, entity.start, plus.end(), entity.attrs.get("kind", "")))
    return out


def _without_country_after_of(tokens: Sequence[Syllable], head: int, k: int) -> int:
    """End of the name before the bracket at ``k``, without a country closing it after "của"."""
    for i in range(head + 1, k - 1):
        if tokens[i].low == "của":
            country = phrasebooks.COUNTRIES.match(tokens, i + 1)
            if country and i + 1 + country[0] == k:
                return i
    return k


_AFTER_A_BODY = regex.compile(r" ?\(\s*(\p{Lu}[\p{Lu}&\-]{1,8})\s*\)")


def with_acronyms_of_found_bodies(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with an upper-case acronym in brackets right after a found ORGANIZATION
    as that body's short name, an ORGANIZATION too, and every later free use of it in the
    text: "Vietnam Airlines (VNA)", "Australian Pork Limited (APL)", "Quỹ quốc tế về bảo
    tồn thiên nhiên (WWF)", whatever the name's head. Generic abbreviations are no name
    ("(DN)", "(BV)", :data:`.role_words.NOT_BRAND_ACRONYMS`).

    >>> t = "Theo Vietnam Airlines (VNA), VNA sẽ mở đường bay; Bộ Y tế (BYT) và công ty (DN)."
    >>> bodies = [organization_entity(t, 5, 21, "known"), organization_entity(t, 50, 57, "named")]
    >>> [e.text for e in with_acronyms_of_found_bodies(t, bodies)]
    ['Vietnam Airlines', 'VNA', 'VNA', 'Bộ Y tế', 'BYT']
    """
    if "(" not in text:
        return entities
    found = EntitiesByStart(entities)
    names: dict[str, int] = {}  # acronym -> where its definition ends
    added = []
    for entity in entities:
        if entity.label != "ORGANIZATION" or text[entity.end:entity.end + 2].strip()[:1] != "(":
            continue
        m = _AFTER_A_BODY.match(text, entity.end)
        word = m.group(1) if m else ""
        if not m or word.lower() in NOT_BRAND_ACRONYMS or found.overlap(m.start(1), m.end(1)) \
                or text[m.end():m.end() + 1] in {"-", "–"}:  # "(NLĐ)-": a byline
            continue
        names.setdefault(word, m.end())
        added.append(organization_entity(text, m.start(1), m.end(1), "acronym"))
    if not names:
        return entities
    taken = EntitiesByStart(entities + added)
    for word, after in names.items():
        for m in regex.finditer(r"(?<![\p{L}\p{N}\-.&])" + regex.escape(word) + r"(?![\p{L}\p{N}\-.&])", text, pos=after):
            if not taken.overlap(m.start(), m.end()):
                added.append(organization_entity(text, m.start(), m.end(), "acronym"))
    return sorted(entities + added, key=lambda e: (e.start, -e.end))
