"""A foreign brand's branch in Vietnam, taken for a person after a post ("Foxconn Việt Nam")
or anywhere ("Linkton Vina").

"Bà Chen Mei-ling, Tổng giám đốc Foxconn Việt Nam, cho biết ...": after a post the rules
read a capitalised run as the post's holder, but a run of foreign-spelt syllables closed
by "Việt Nam" names the company's branch here (as "Samsung Việt Nam", "Intel Việt Nam"),
not a person. :func:`with_brand_branches` turns such a PERSON or OFFICIAL into the
ORGANIZATION it is, with the LOCATION "Việt Nam" inside it, as for any body with its place
(the seventeenth stop).

>>> from ..document import Entity
>>> t = "Bà Chen, Tổng giám đốc Foxconn Việt Nam, cho biết"
>>> found = [Entity("PERSON", 3, 7, "Chen"), Entity("OFFICIAL", 23, 39, "Foxconn Việt Nam")]
>>> [(e.label, e.text) for e in with_brand_branches(t, syllables(t), found)]
[('PERSON', 'Chen'), ('ORGANIZATION', 'Foxconn Việt Nam'), ('LOCATION', 'Việt Nam')]
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from .foreign import looks_foreign
from .locations import location_entity
from .organizations import organization_entity
from .tokens import Phrasebook, Syllable, syllables, token_range  # noqa: F401 (doctests)

_IN_VIETNAM = Phrasebook(("việt nam", "vn"))
_COUNTRY_ENDS = ("Nam", "VN", "nam")  # "Việt Nam", "VN", "Viet Nam" close every branch's name
_LONGEST_BRAND = 2  # foreign-spelt syllables of the brand before "Việt Nam"
_VINA = (" Vina",)


def _vina_company(tokens: Sequence[Syllable], span: range) -> bool:
    """"<foreign brand> Vina": one or two foreign-spelt syllables and "Vina", the way
    companies of foreign capital name their Vietnamese arm ("Linkton Vina", "Samsung Vina",
    "Chohung Vina"); never a person's name. Twentieth stop: "Linkton Vina" was a person in
    blind8, blind9, blind18 and blind24; VNTC train writes a dozen such companies.

    >>> t = syllables("cho Linkton Vina lắp ráp")
    >>> _vina_company(t, range(1, 3)), _vina_company(syllables("Nguyễn Vina"), range(0, 2))
    (True, False)
    """
    return 2 <= len(span) <= _LONGEST_BRAND + 1 and tokens[span.stop - 1].text == "Vina" \
        and all(_brand_spelt(t) for t in tokens[span.start:span.stop - 1])


def with_brand_branches(text: str, tokens: Sequence[Syllable], entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with each person named "<foreign brand> Việt Nam" made an organisation.

    >>> from ..document import Entity
    >>> t = "Ông Nguyễn Việt Nam phát biểu"
    >>> [(e.label, e.text) for e in with_brand_branches(t, syllables(t), [Entity("PERSON", 4, 19, "Nguyễn Việt Nam")])]
    [('PERSON', 'Nguyễn Việt Nam')]
    """
    if not any(e.label in {"PERSON", "OFFICIAL"} and e.text.endswith(_COUNTRY_ENDS + _VINA) for e in entities):
        return list(entities)
    starts = [t.start for t in tokens]
    out: list[Entity] = []
    for entity in entities:
        span = token_range(starts, entity.start, entity.end) if entity.label in {"PERSON", "OFFICIAL"} else None
        if span is not None and _vina_company(tokens, span):
            out.append(organization_entity(text, entity.start, entity.end, "brand_branch"))
            continue
        country_at = _branch_country(tokens, span) if span is not None else None
        if country_at is None:
            out.append(entity)
            continue
        first = span.start - 1 if span.start > 0 and tokens[span.start].linked and _brand_spelt(tokens[span.start - 1]) \
            and tokens[span.start - 1].text.isupper() else span.start  # "LG" + "Display Việt Nam"
        stop = span.stop
        out.append(organization_entity(text, tokens[first].start, entity.end, "brand_branch"))
        out.append(location_entity(text, tokens, country_at, stop, "world"))
    return out


def _branch_country(tokens: Sequence[Syllable], span: range) -> int | None:
    """Where "Việt Nam" starts in a name of one or two foreign-spelt syllables before it."""
    for k in range(span.start + 1, min(span.stop, span.start + _LONGEST_BRAND + 1)):
        hit = _IN_VIETNAM.match(tokens, k)
        if hit is not None and k + hit[0] == span.stop and all(_brand_spelt(t) for t in tokens[span.start:k]):
            return k
    return None


def _brand_spelt(token: Syllable) -> bool:
    """Spelt like a brand, not a Vietnamese syllable: "Foxconn", "LG"."""
    return looks_foreign(token) or (len(token.text) > 1 and token.text.isalpha() and token.text.isupper())
