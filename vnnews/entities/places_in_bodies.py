"""Places written inside the name of a body.

The guideline annotates a place inside an ORGANIZATION too: a country or a foreign city
that ends a body's name ("Đại học Sydney", "Công ty cổ phần Sữa Việt Nam") is a LOCATION
of its own (one that opens a name, "Singapore Airlines", is left: annotators differ).
Read inside a longer capitalised run, the same words look like the end of a person's or a
firm's name, so :mod:`.locations` leaves them; the body's span says where the name ends.

A place whose capitalised head is part of the body's name is no place of its own: "Chợ
Rẫy" in "Bệnh viện Chợ Rẫy" names the hospital, not a market (while "chợ Bình Tây" in
"Ban quản lý chợ Bình Tây" is the market the board runs).

>>> from vnnews.entities.tokens import syllables
>>> text = "Giáo sư Đại học Sydney và hãng Singapore Airlines"
>>> bodies = [Entity("ORGANIZATION", 8, 22, "Đại học Sydney"), Entity("ORGANIZATION", 31, 50, "Singapore Airlines")]
>>> [e.text for e in world_places_in_bodies(text, syllables(text), bodies)]
['Sydney']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import org_head_words
from ._fold import fold
from .locations import location_entity, opens_a_word, world_place_length
from .positions import EntitiesByStart
from .tokens import Syllable, lower_key, token_range
from .world_cities import city_ending_university


def world_places_in_bodies(text: str, syl: Sequence[Syllable], entities: Sequence[Entity]) -> list[Entity]:
    """LOCATION entities for the countries and foreign cities that end the name of an
    ORGANIZATION of ``entities``, where no other entity already holds those words.

    >>> from vnnews.entities.tokens import syllables
    >>> text = "Ông Phạm Văn Đức nói; Công ty Việt Mỹ"
    >>> world_places_in_bodies(text, syllables(text), [Entity("ORGANIZATION", 4, 16, "Phạm Văn Đức"),
    ...                                                Entity("ORGANIZATION", 22, 37, "Công ty Việt Mỹ")])
    []
    """
    starts = [t.start for t in syl]
    held, claimed = None, None  # built at the first place in a body (most texts have none)
    found = []
    for body in entities:
        if body.label != "ORGANIZATION":
            continue
        tokens = token_range(starts, body.start, body.end)
        i = _place_start(syl, tokens)
        i = city_ending_university(syl, tokens) if i is None else i  # "Đại học Oxford"
        if i is None:
            continue
        place = location_entity(text, syl, i, tokens.stop, "world", in_body=body.text)
        if held is None:
            held = EntitiesByStart([e for e in entities if e.label != "ORGANIZATION"])  # log-time lookups: linear on long texts
            claimed = bytearray(len(text))  # the characters of the places found here (never empty spans)
        if not held.overlap(place.start, place.end) and claimed.find(1, place.start, place.end) < 0:
            claimed[place.start:place.end] = b"\x01" * (place.end - place.start)
            found.append(place)
    return found


def _place_start(syl: Sequence[Syllable], tokens: range) -> int | None:
    """The syllable of a body's name where a world place starts that ends the name (one that
    opens it, "Việt Nam Airlines", is left: annotators differ). A one-syllable Vietnamese
    country name ("Mỹ", "Anh", "Đức") ends a name only after a lower-case word ("Bộ Ngoại
    giao Pháp"), else it is part of a name ("Hội Việt Mỹ", "Công ty Phương Anh", "Nhà máy
    nước Thủ Đức"); a place after a compass word is part of a region ("Đại học Nam
    California"), and a region named by a compass word names the body ("Ngân hàng Đông Á")."""
    for i in range(tokens.start + 1, tokens.stop):
        size = world_place_length(syl, i)
        if size == tokens.stop - i:
            after_compass = syl[i - 1].low in _COMPASS and syl[i - 1].cap
            glued = size == 1 and syl[i - 1].cap and not _foreign_or_acronym(syl[i])
            cut = opens_a_word(syl, i, tokens.stop)  # "Trung tâm nghiên cứu Ý" + "kiến"
            return None if after_compass or glued or cut or not _stands_alone(syl, i) else i
    return None


_COMPASS = frozenset({"đông", "tây", "nam", "bắc", "western", "eastern", "northern", "southern", "north",
                      "south", "east", "west", "new"})


def _stands_alone(syl: Sequence[Syllable], i: int) -> bool:
    """Not a region named by a compass word ("Đông Á"), not a given name after a middle name ("Văn Đức")."""
    return syl[i].low not in _COMPASS and not (i > 0 and syl[i - 1].low in _MIDDLE_NAMES)


_MIDDLE_NAMES = frozenset({"văn", "thị", "hữu", "đức", "công", "quốc", "minh", "thanh", "ngọc"})


def _foreign_or_acronym(syllable: Syllable) -> bool:
    """"Singapore", "VN": not a Vietnamese syllable that may open a name ("Đức Anh")."""
    return syllable.text.isupper() or (syllable.text.isascii() and len(syllable.text) > 4)


def inside_body_name(place: Entity, bodies: Sequence[Entity] | EntitiesByStart) -> bool:
    """Whether a place with a capitalised one-word head ("Chợ Rẫy", "Sông Lam") lies inside
    a longer body's name, not after "quản lý" (the board of a place: "Ban Quản lý Chợ Bến
    Thành"); a longer head names a place ("Ban Quản lý Khu Công nghiệp Vĩnh Lộc").
    ``bodies`` in an :class:`EntitiesByStart` are looked up in log time (a long text's many).

    >>> bv = Entity("ORGANIZATION", 0, 17, "Bệnh viện Chợ Rẫy")
    >>> cho = Entity("LOCATION", 10, 17, "Chợ Rẫy", attrs={"kind": "named_place", "head": "chợ", "head_capitalised": True})
    >>> inside_body_name(cho, [bv])
    True
    """
    holding = bodies.holding(place.start, place.end) if isinstance(bodies, EntitiesByStart) else bodies
    if any(_second_syllable_of_head(place, b) for b in holding):
        return True
    if not place.attrs.get("head_capitalised") or " " in place.attrs.get("head", " "):
        return False
    return any(b.start <= place.start and place.end <= b.end and (b.start, b.end) != (place.start, place.end)
               and not fold(b.text[:place.start - b.start]).rstrip().endswith("quan ly") for b in holding)


def _second_syllable_of_head(place: Entity, body: Entity) -> bool:
    """The place's lower-case head is the second syllable of the body's head: "khu 7" in
    "Quân khu 7", "Bộ Tư lệnh Quân khu 9" (twentieth stop): the body's name ends with the
    place, and the capitalised syllable before the place and the place's first make a
    body's head (not "LĐBĐ châu Á", whose "châu Á" is a place inside the name).

    >>> qk = Entity("ORGANIZATION", 0, 10, "Quân khu 7")
    >>> _second_syllable_of_head(Entity("LOCATION", 5, 10, "khu 7"), qk)
    True
    >>> _second_syllable_of_head(Entity("LOCATION", 5, 11, "châu Á"), Entity("ORGANIZATION", 0, 11, "LĐBĐ châu Á"))
    False
    """
    before = body.text[:place.start - body.start]
    last = before.split()[-1] if before.strip() else ""
    return body.label == "ORGANIZATION" and body.start < place.start and place.end == body.end \
        and place.text[:1].islower() and before.endswith(" ") and last[:1].isupper() \
        and lower_key(f"{last} {place.text.split()[0]}") in _HEADS


_HEADS = frozenset(org_head_words.ORG_HEADS_NAMED)
