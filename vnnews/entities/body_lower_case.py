"""Bodies of an administrative unit written with a lower-case head: "công an quận Ba Đình",
"công an TP HCM", "tòa án huyện Bình Chánh", "sở nông nghiệp Phú Yên".

News writes the police and the courts of a place in lower case as often as capitalised
("công an phường 6 bắt được", "nộp đơn ra tòa án quận Gò Vấp"). Capitalised, they are read
in :mod:`.organizations`; here the lower-case head is taken when a registered unit with its
level word or a province's name follows it right away; a department's head ("sở", "phòng",
"chi cục") is taken when its sector and then the unit follow ("phòng giáo dục huyện Thanh
Oai"), not as the end of a post ("Trưởng phòng kế hoạch").
After a person's name and a comma, or after "là", the head is the person's job ("ông Hảo,
công an phường Cẩm Thịnh", "anh là công an xã"), not the body acting. The head is part of the name: it is
the body itself, not a description of a name ("công an quận Đống Đa" → ORGANIZATION
"công an quận Đống Đa", and DISTRICT "quận Đống Đa" inside it). Without a place ("công an
xã", "tòa án thành phố") or after a plural ("công an các quận") it names no body.

>>> from .tokens import syllables
>>> t = "21h ngày 11/5, công an quận Đống Đa phát hiện; công an xã đã đến."
>>> unit = Entity("DISTRICT", t.index("quận"), t.index(" phát"), "quận Đống Đa", "quận Đống Đa")
>>> [e.text for e in find_lower_case_place_bodies(t, syllables(t), [unit], [])]
['công an quận Đống Đa']
"""

from __future__ import annotations

import bisect
from typing import Sequence

from ..document import Entity
from .organizations import organization_entity
from . import phrasebooks
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable

LOWER_CASE_PLACE_BODY_HEADS = (
    "công an", "tòa án", "tòa án nhân dân", "viện kiểm sát", "viện kiểm sát nhân dân",
    "hải quan", "cục hải quan", "chi cục hải quan", "cục thuế", "chi cục thuế", "kho bạc",
    "bệnh viện", "bệnh viện đa khoa", "trung tâm y tế",
)
"""Heads of a place's police, court and procuracy, customs, tax office, treasury and
hospital, as written in lower case ("hải quan Hà Nội", "bệnh viện huyện Phú Lộc")."""

LOWER_CASE_DEPARTMENT_HEADS = ("sở", "phòng", "chi cục")
"""Heads of a unit's department, named in lower case by their sector before the unit
("sở nông nghiệp Phú Yên", "phòng giáo dục huyện Thanh Oai", "chi cục thú y TP Cần Thơ")."""

_HEADS = Phrasebook(LOWER_CASE_PLACE_BODY_HEADS)
_DEPARTMENT_HEADS = Phrasebook(LOWER_CASE_DEPARTMENT_HEADS)
_SECTORS = phrasebooks.SECTORS
_LOOK_BACK = 10  # syllables: the longest head and its sectors ("phòng tài nguyên môi trường")
_PLURALS = frozenset({"các", "những", "nhiều", "số", "mấy"})  # "một số bệnh viện TP HCM"
_POST_PARTS = frozenset({"trưởng"})  # "Trưởng phòng kế hoạch": "phòng" is part of a post ("Phó chi cục" is not)
_UNIT_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})


def find_lower_case_place_bodies(text: str, tokens: Sequence[Syllable], places: Sequence[Entity],
                                 organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for a lower-case police/court head, or a department head and
    its sector, directly followed by an administrative unit of ``places``, outside
    ``organizations``.

    >>> from .tokens import syllables
    >>> t = "Chị nộp đơn ra tòa án quận Gò Vấp."
    >>> unit = Entity("DISTRICT", t.index("quận"), t.index("."), "quận Gò Vấp", "quận Gò Vấp")
    >>> [e.text for e in find_lower_case_place_bodies(t, syllables(t), [unit], [])]
    ['tòa án quận Gò Vấp']
    >>> t = "Phó giám đốc sở nông nghiệp Phú Yên bị khởi tố."
    >>> unit = Entity("PROVINCE", t.index("Phú"), t.index(" bị"), "Phú Yên", "Phú Yên")
    >>> [e.text for e in find_lower_case_place_bodies(t, syllables(t), [unit], [])]
    ['sở nông nghiệp Phú Yên']
    >>> t = "Ông Nguyễn Văn Hảo, công an phường 6, cho biết."
    >>> unit = Entity("COMMUNE", t.index("phường"), t.index(", cho"), "phường 6", "phường 6")
    >>> find_lower_case_place_bodies(t, syllables(t), [unit], [])
    []
    """
    unit_at = {p.start: p for p in places if p.label in _UNIT_LABELS}
    if not unit_at:
        return []
    starts = [t.start for t in tokens]
    found = []
    bodies = None  # the organisations by position (log-time lookups: linear on long texts), built when first asked
    for unit in sorted(unit_at.values(), key=lambda u: u.start):
        k = bisect.bisect_left(starts, unit.start)  # the head is looked for in the few syllables before a unit
        if k >= len(tokens) or starts[k] != unit.start or not tokens[k].linked \
                or not _unit_ends_on_syllable(starts, tokens, unit):
            continue
        for i in range(max(0, k - _LOOK_BACK), k):
            token = tokens[i]
            if token.cap:
                continue
            head = _HEADS.match(tokens, i)
            if (i + head[0] if head else _after_sector(tokens, i)) != k or _not_a_body_named(text, tokens, i):
                continue
            bodies = bodies or EntitiesByStart(organizations)
            if not bodies.overlap(token.start, unit.end):
                found.append(organization_entity(text, token.start, unit.end, "lower_case_place_body"))
            break
    return found


def _after_sector(tokens: Sequence[Syllable], i: int) -> int | None:
    """Token index after "<department head> <sector>" at ``i`` ("sở nông nghiệp", "phòng
    tài chính - kế hoạch"), not after a post's syllable ("Trưởng phòng kế hoạch")."""
    head = _DEPARTMENT_HEADS.match(tokens, i)
    if head is None or (i > 0 and tokens[i].linked and tokens[i - 1].low in _POST_PARTS):
        return None
    k = i + head[0]
    sectors = 0
    while k < len(tokens) and tokens[k].linked and (sector := _SECTORS.match(tokens, k)):
        k += sector[0]
        sectors += 1
    return k if sectors else None


def _not_a_body_named(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """The head at ``i`` says what a person is: after "là", or after a comma that follows a
    capitalised syllable ("Nguyễn Văn Hảo, công an ..."); or it is plural, a kind of body
    listed over several units ("các sở thương mại Đắk Lắk, Gia Lai")."""
    if i == 0:
        return False
    before = tokens[i - 1]
    return (before.low in _PLURALS and tokens[i].linked) or (before.low == "là" and tokens[i].linked) or (
        text[before.end:tokens[i].start].strip() == "," and before.cap)


def _unit_ends_on_syllable(starts: list[int], tokens: Sequence[Syllable], unit: Entity) -> bool:
    """The unit ends where a syllable ends (not inside a glued word)."""
    k = bisect.bisect_left(starts, unit.end) - 1
    return 0 <= k < len(tokens) and tokens[k].end == unit.end


CITY_BODY_HEADS = ("cảnh sát", "sở cảnh sát", "tòa án")
"""Lower-case heads of a foreign city's police and court ("cảnh sát Los Angeles", "tòa án
Seoul"): the body of the city, while "cảnh sát Mỹ", "tòa án Mỹ" describe a country's police
or courts, no named body (as the seen gold batches annotate them)."""

_CITY_HEADS = Phrasebook(CITY_BODY_HEADS)


def with_city_bodies(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with an ORGANIZATION over a lower-case police or court head and the
    foreign city (a world LOCATION that is no country) right after it; the city stays
    inside as a LOCATION.

    >>> from .locations import location_entity
    >>> from .tokens import syllables
    >>> t = "Theo cảnh sát Los Angeles, tòa án Mỹ và tòa án Tehran"
    >>> toks = syllables(t)
    >>> cities = [location_entity(t, toks, k, k + n, "world") for k, n in ((3, 2), (7, 1), (11, 1))]
    >>> [e.text for e in with_city_bodies(t, toks, cities) if e.label == "ORGANIZATION"]
    ['cảnh sát Los Angeles', 'tòa án Tehran']
    """
    cities = [e for e in entities if e.label == "LOCATION" and e.attrs.get("kind") == "world"]
    if not cities:
        return entities
    starts = [t.start for t in tokens]
    bodies = EntitiesByStart([e for e in entities if e.label == "ORGANIZATION"])
    added = []
    for city in cities:
        k = bisect.bisect_left(starts, city.start)
        if k >= len(tokens) or starts[k] != city.start or not tokens[k].linked:
            continue
        country = phrasebooks.COUNTRIES.match(tokens, k)
        if country and tokens[k + country[0] - 1].end >= city.end:
            continue
        for i in range(max(0, k - 3), k):
            head = _CITY_HEADS.match(tokens, i)
            if head and i + head[0] == k and not tokens[i].cap and not _not_a_body_named(text, tokens, i) \
                    and not bodies.overlap(tokens[i].start, city.end):
                added.append(organization_entity(text, tokens[i].start, city.end, "lower_case_city_body"))
                break
    return sorted(entities + added, key=lambda e: (e.start, -e.end)) if added else entities
