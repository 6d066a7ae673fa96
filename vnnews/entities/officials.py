"""OFFICIAL mentions: a person named together with one or more posts.

A post is a title ("Chủ tịch", "Phó Bí thư", "Đại tá"), optionally "nguyên"/"quyền"
before it, then the body and the place it belongs to as written ("UBND tỉnh", "Tỉnh ủy",
"Sở Tài chính tỉnh Quảng Ngãi"). Posts stand before the name ("Chủ tịch UBND tỉnh Thái
Bình Nguyễn Khắc Thận") or after it, set off by commas, dashes or brackets, several in a
row ("Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh").

>>> text = "Ông Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu."
>>> toks = syllables(text)
>>> posts = find_posts(text, toks, [], [])
>>> [(p.post, p.body, p.level) for p in posts_after(text, toks, posts, 4)]
[('Phó Bí thư', 'Tỉnh ủy', 'province'), ('Chủ tịch', 'UBND tỉnh', 'province')]
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from typing import Sequence

from ..document import Entity
from . import body_words, company_words, person_words, phrasebooks, place_words, post_index, post_words
from .linking import LEVELS
from .foreign import looks_foreign
from .persons import name_run_end, starts_person
from .post_words import MORE_POSTS
from .role_words import NOT_BRAND_ACRONYMS
from .tokens import Phrasebook, Syllable, joined_by_dash, lower_key, syllables  # noqa: F401 (doctests)

# Posts of a school and of a city's police the shared list lacks (tenth pass, from blind8/
# blind9 misses: "Cảnh sát trưởng London Ian Blair", "Hiệu phó ĐH ..."). Not "thuyền
# trưởng": "Nhà của thuyền trưởng Cook" is a landmark's name, no post held.
# "thủ lĩnh" leads a party or a movement ("Pol Pot, thủ lĩnh của Khmer Đỏ"; eleventh pass).
_POSTS = Phrasebook(post_words.POSTS + ("hiệu phó", "cảnh sát trưởng", "thủ lĩnh") + MORE_POSTS)
_PREFIXES = Phrasebook(post_words.POST_PREFIXES)
# "Ủy viên Thường vụ (Tỉnh ủy)": a member of the standing committee (tenth pass, from a
# blind9 miss); "Ban Thường vụ" stays a body of :data:`.phrasebooks.PLACE_BODIES`.
# "Giám đốc điều hành Ngô Xuân Thọ": the executive post (eleventh pass, from a blind10 miss).
_QUALIFIERS = Phrasebook(post_words.POST_QUALIFIERS + ("thường vụ", "điều hành"))
_BODIES = phrasebooks.PLACE_BODIES
_LEVELS = phrasebooks.LEVEL_WORDS
_SECTORS = phrasebooks.SECTORS
# "ông Bình nguyên là phó tổng giám đốc", "ông Hoàng vẫn tiếp tục giữ cương vị giám đốc",
# "với tư cách Giám đốc", and the post someone is removed from: "miễn nhiệm ông Đinh Xuân
# Thênh khỏi chức chủ tịch" (eleventh pass, from misses of the seen batches).
_PREDICATES = Phrasebook(post_words.POST_PREDICATES + tuple(
    f"{adverb} {verb}" for adverb in ("nguyên", "tiếp tục", "vẫn tiếp tục", "cũng")
    for verb in ("là", "giữ chức", "giữ cương vị", "giữ chức vụ")) + ("với tư cách", "với tư cách là")
    + ("khỏi chức", "khỏi chức vụ", "khỏi cương vị", "mất chức", "thôi giữ chức"))  # "miễn nhiệm ông X khỏi chức ..."
_UNIT_TITLES = frozenset({"ban", "phòng", "khoa", "vụ", "ty", "đoàn"})


@dataclass
class Post:
    """A post as written: tokens ``first``..``end``, the title, body, place and level."""

    first: int
    end: int
    start: int
    stop: int
    text: str
    post: str
    body: str | None
    place: Entity | None
    level: str | None
    former: bool

    def as_position(self) -> dict:
        """The JSON-ready position of an OFFICIAL (``place_resolved`` is filled later for a
        post that only names its level).

        >>> t = "Chủ tịch UBND tỉnh"
        >>> find_posts(t, syllables(t), [], [])[0].as_position()["level"]
        'province'
        """
        resolved = None
        if self.place is not None:
            resolved = {"name": self.place.name, "code": self.place.attrs.get("code"),
                        "level": self.level, "how": "written"}
        return {"text": self.text, "start": self.start, "end": self.stop, "post": self.post, "body": self.body,
                "place": self.place.text if self.place else None, "level": self.level,
                "former": self.former, "place_resolved": resolved}


def find_posts(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity],
               places: Sequence[Entity]) -> list[Post]:
    """Every post written in ``text``, in order.

    >>> t = "Giám đốc Công an tỉnh Lâm Đồng Nguyễn Văn Hải"
    >>> [p.text for p in find_posts(t, syllables(t), [], [])]
    ['Giám đốc Công an tỉnh']
    """
    reader = _PostReader(text, tokens, organizations, places)
    posts = []
    i = 0
    while i < len(tokens):
        post = reader.post_at(i)
        if post is None or _no_ruler(tokens, post):
            i += 1
        else:
            posts.append(post)
            i = post.end
    return posts


_RULERS = frozenset({"vua"})


def _no_ruler(tokens: Sequence[Syllable], post: Post) -> bool:
    """"vua" names no ruler in chess ("cờ vua") nor before a lower-case word ("vua phá lưới",
    the top scorer; "vua hề"): only a capitalised name after it makes it a post (twenty-first stop).

    >>> t = "cờ vua Nguyễn Minh, vua phá lưới, vua Fahd"
    >>> toks = syllables(t)
    >>> [p.text for p in find_posts(t, toks, [], [])]
    ['vua']
    """
    if post.text.lower() not in _RULERS:
        return False
    start, end = post.first, post.end
    return (start > 0 and tokens[start - 1].low == "cờ") or end >= len(tokens) or not tokens[end].cap


def posts_after(text: str, tokens: Sequence[Syllable], posts: Sequence[Post], end: int) -> list[Post]:
    """Posts written after a name ending at token ``end``, set off by ",", "-", "–" or "(",
    or given as a predicate ("... hiện giữ chức Chủ tịch UBND xã", "... là Giám đốc ...").

    >>> t = "Ông Lê Văn Tám (Chủ tịch UBND xã) nói"
    >>> toks = syllables(t)
    >>> [p.text for p in posts_after(t, toks, find_posts(t, toks, [], []), 4)]
    ['Chủ tịch UBND xã']
    >>> t = "Bà Lê Thị Hoa hiện giữ chức Phó chủ tịch UBND huyện"
    >>> toks = syllables(t)
    >>> [p.text for p in posts_after(t, toks, find_posts(t, toks, [], []), 4)]
    ['Phó chủ tịch UBND huyện']
    """
    by_first = post_index.by_first(posts)
    found = []
    predicate = _PREDICATES.match(tokens, end) if end < len(tokens) and tokens[end].linked else None
    if predicate and end + predicate[0] in by_first:  # "ông Hoàng vẫn giữ cương vị giám đốc"
        return [by_first[end + predicate[0]]]
    after_aside = _after_bracketed_aside(text, tokens, end)
    if after_aside in by_first:  # "ông Trần Mạnh Hòa (50 tuổi, ngụ ở ...) - Giám đốc ..."
        found.append(by_first[after_aside])
        end = by_first[after_aside].end
    while end < len(tokens) and end in by_first:
        gap = text[tokens[end - 1].end:tokens[end].start]
        if not found and gap.strip() not in {",", "-", "–", "(", "—"}:
            break
        if found and gap.strip() not in {",", "-", "–", "—", ";"}:
            break
        found.append(by_first[end])
        end = by_first[end].end
    return found


_LONGEST_ASIDE = 80


def _after_bracketed_aside(text: str, tokens: Sequence[Syllable], end: int) -> int | None:
    """The token after a bracketed aside right after a name ending at token ``end`` and
    the comma or dash after it ("Nguyễn Văn An (SN 1960), ...", "X (50 tuổi, ngụ ở ...) -
    ..."; fourteenth pass, from a blind4 OFFICIAL miss); None without such an aside.

    >>> t = "Ông Nguyễn Văn An (SN 1960), Chủ tịch UBND xã"
    >>> toks = syllables(t)
    >>> toks[_after_bracketed_aside(t, toks, 4)].text
    'Chủ'
    >>> _after_bracketed_aside(t, toks, 3) is None
    True
    """
    if end == 0 or end >= len(tokens):
        return None
    opening = tokens[end - 1].end
    if text[opening:tokens[end].start].strip() != "(":
        return None
    closing = text.find(")", opening, opening + _LONGEST_ASIDE)
    if closing < 0 or "(" in text[opening + 1:closing].lstrip("( "):
        return None
    k = end
    while k < len(tokens) and tokens[k].start < closing:  # the aside is short: walk over it
        k += 1
    if k >= len(tokens) or text[closing + 1:tokens[k].start].strip() not in {",", "-", "–", "—"}:
        return None
    return k


def post_before_honorific(text: str, tokens: Sequence[Syllable], posts: Sequence[Post], first: int) -> Post | None:
    """The post written before a comma and the honorific at token ``first``: "Phó chủ tịch
    UBND tỉnh, ông Trần Văn Hùng".

    >>> t = "Phó chủ tịch UBND tỉnh, ông Trần Văn Hùng phát biểu"
    >>> toks = syllables(t)
    >>> post_before_honorific(t, toks, find_posts(t, toks, [], []), 5).text
    'Phó chủ tịch UBND tỉnh'
    """
    if first == 0 or text[tokens[first - 1].end:tokens[first].start].strip() != ",":
        return None
    post = post_index.first_ending_at(posts, first)
    if post is None:  # "Bí thư Đảng ủy xã Tam Nông, tỉnh Phú Thọ, ông X"
        post = post_index.first_ending_at(posts, _before_set_off_places(text, tokens, first))
    return post


def _before_set_off_places(text: str, tokens: Sequence[Syllable], first: int) -> int:
    """The token after the post that one or two units set off by commas follow, written
    with their level word before the honorific at token ``first`` ("..., tỉnh Phú Thọ, ông
    X"; fourteenth pass, a known bug left from the thirteenth); ``first`` when none.

    >>> t = "Bí thư Đảng ủy xã Tam Nông, huyện Tam Nông, tỉnh Phú Thọ, ông Hùng"
    >>> toks = syllables(t)
    >>> toks[_before_set_off_places(t, toks, 13) - 1].text  # the post's body ends at "Tam Nông"
    'Nông'
    """
    end = first
    for _ in range(2):
        k = end - 1
        while k > 0 and tokens[k].cap and tokens[k].linked:
            k -= 1
        level = _LEVELS.match(tokens, k)
        if k == end - 1 or level is None or k + level[0] >= end \
                or text[tokens[k - 1].end:tokens[k].start].strip() != ",":
            break
        end = k
    return end


_SET_OFF = frozenset({",", "-", "–"})
GLUED = frozenset({""})
"""``set_off`` of :func:`post_set_off_before` for a name glued to its post's body."""


def post_set_off_before(text: str, tokens: Sequence[Syllable], posts: Sequence[Post], first: int,
                        longest_name: int = 6, set_off: frozenset = _SET_OFF) -> Post | None:
    """The post written before a comma or a dash and the holder's name (or honorific) at
    token ``first``, with the name of its place or body in capitals between ("Thị trưởng
    London, Ken Livingstone", "phó giám đốc Công ty Tân Hữu Tài - Huỳnh Thị Lệ Lộc";
    thirteenth pass, from blind11/blind12 misses). Not across another name: "Chủ tịch
    Nguyễn Văn Hai, Trần Văn Ba" lists two people. With ``set_off=GLUED`` the name follows
    the body's capitalised words with no mark between ("Cố vấn An ninh Quốc gia
    Condoleezza Rice", a body the post reader stopped inside); not over "và" or "của".

    >>> t = "Thị trưởng London, Ken Livingstone nói"
    >>> toks = syllables(t)
    >>> post_set_off_before(t, toks, find_posts(t, toks, [], []), 3).text
    'Thị trưởng'
    >>> post_set_off_before(t, toks, find_posts(t, toks, [], []), 4) is None  # no comma before "Livingstone"
    True
    >>> t = "Cố vấn An ninh Quốc gia Condoleezza Rice nói"
    >>> toks = syllables(t)
    >>> post_set_off_before(t, toks, find_posts(t, toks, [], []), 6, 3, GLUED).text
    'Cố vấn An ninh'
    """
    if first == 0 or first >= len(tokens) or text[tokens[first - 1].end:tokens[first].start].strip() not in set_off:
        return None
    by_end = post_index.by_end(posts)
    k = first if set_off != GLUED else first - 1  # glued: at least one capitalised word between
    while k > 0 and first - k <= longest_name:
        if k < first and (not tokens[k].linked or starts_person(tokens, k) or tokens[k].low == "và"
                          or not (tokens[k].cap or tokens[k - 1].cap)):  # "Quốc gia", not "của"
            return None  # "(nguyên Chủ tịch HĐQT), Huỳnh Văn Đường, Nguyễn Thanh Phong": a list
        if k in by_end:
            return by_end[k] if (k == first or tokens[k].cap) and not _held_by_many(tokens, by_end[k]) else None
        if not tokens[k - 1].cap:
            return None
        k -= 1
    return None


_NOT_IN_A_BODY = frozenset({"và", "với", "gặp", "tiếp", "thăm", "cùng", "của", "là", "cho", "nói"})


def post_across_country(text: str, tokens: Sequence[Syllable], posts: Sequence[Post], first: int,
                        longest_body: int = 6) -> Post | None:
    """The post written before the body it belongs to and the body's country or bracketed
    acronym, with the holder's name glued to them at token ``first``: "Bộ trưởng Nhân quyền
    Iraq Bakhtiar Amin", "Chủ toạ toà hiến pháp Hàn Quốc Yun Young-chul", "Cục trưởng Dự trữ
    liên bang Mỹ (Fed) Alan Greenspan" (fourteenth pass, from blind4, blind10, blind13 OFFICIAL
    misses). At most ``longest_body`` words between the post and the country, none that
    starts a full name or joins two phrases ("và", "gặp").

    >>> t = "Bộ trưởng Nhân quyền Iraq Bakhtiar Amin cho biết"
    >>> toks = syllables(t)
    >>> post_across_country(t, toks, find_posts(t, toks, [], []), 5).text
    'Bộ trưởng'
    >>> t = "Giám đốc Hệ thống Năng lượng (UES) Anatoly Chubais nói"
    >>> toks = syllables(t)
    >>> post_across_country(t, toks, find_posts(t, toks, [], []), 7).text
    'Giám đốc'
    >>> t = "Bộ trưởng Nguyễn Văn A gặp Thủ tướng Nhật Junichiro Koizumi"
    >>> toks = syllables(t)
    >>> post_across_country(t, toks, find_posts(t, toks, [], [])[:1], 9) is None
    True
    """
    from .locations import world_place_length

    if first < 2 or first >= len(tokens):
        return None
    bracketed = _bracketed_acronym(text, tokens, first - 1)
    if not (bracketed or tokens[first].linked):
        return None
    stop = first - 1 if bracketed else first  # the country (if any) ends here
    country = next((k for k in range(stop - 1, max(0, stop - 4), -1) if world_place_length(tokens, k) == stop - k), None)
    if country is None and not bracketed or country is not None and not tokens[country].linked:
        return None
    by_end = post_index.by_end(posts)
    last = country if country is not None else stop
    k = last
    while k not in by_end:
        k -= 1
        if k <= 0 or last - k > longest_body or not tokens[k].linked or starts_person(tokens, k) \
                or tokens[k].low in _NOT_IN_A_BODY:
            return None
    return by_end[k]


def _bracketed_acronym(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Whether token ``k`` is an upper-case acronym alone in brackets ("(Fed)", "(UES)").

    >>> t = "Dự trữ liên bang Mỹ (Fed) Alan"
    >>> _bracketed_acronym(t, syllables(t), 5)
    True
    """
    token = tokens[k]
    return len(token.text) >= 2 and token.text[0].isupper() and token.text.isalpha() \
        and text[tokens[k - 1].end:token.start].strip() == "(" \
        and k + 1 < len(tokens) and text[token.end:tokens[k + 1].start].strip() == ")"


def _held_by_many(tokens: Sequence[Syllable], post: Post) -> bool:
    """Whether ``post`` follows a plural word ("các điều tra viên, trọng tài X": the post of
    many, not of the name after it; fourteenth pass).

    >>> t = "các điều tra viên"
    >>> _held_by_many(syllables(t), find_posts(t, syllables(t), [], [])[0])
    True
    """
    return post.first > 0 and tokens[post.first - 1].low in {"các", "những"}


def official(person: Entity, posts: Sequence[Post]) -> Entity:
    """The OFFICIAL made of a person's name and posts.

    >>> t = "Giám đốc Sở Y tế Lê Văn Tám"
    >>> toks = syllables(t)
    >>> person = Entity("PERSON", 18, 28, "Lê Văn Tám", "Lê Văn Tám", {"cue": "post"})
    >>> official(person, find_posts(t, toks, [], [])).positions[0]["post"]
    'Giám đốc'
    """
    attrs = {k: v for k, v in person.attrs.items() if k != "cue"}
    attrs["positions"] = [p.as_position() for p in posts]
    return Entity("OFFICIAL", person.start, person.end, person.text, person.name, attrs)


def folded_one_word_post(tokens: Sequence[Syllable], j: int, title: tuple[int, str]) -> bool:
    """Whether the post ``title`` matched at token ``j`` is one word read only through its
    letters without diacritics: "tuong" in "doi tuong Nguyen Van A" ("đối tượng", a
    suspect) is no "tướng"; a folded one-syllable word stands for too many others ("tượng",
    "tường", "tưởng"). Posts of two words or more keep matching folded ("Thu truong").
    Fourteenth pass.

    >>> toks = syllables("doi tuong Nguyen Van A")
    >>> folded_one_word_post(toks, 1, _POSTS.match(toks, 1))
    True
    >>> toks = syllables("tướng Nguyễn Văn A")
    >>> folded_one_word_post(toks, 0, _POSTS.match(toks, 0))
    False
    """
    return title[0] == 1 and tokens[j].low != lower_key(title[1])


_TEAM_WORDS = Phrasebook(("tuyển", "đội tuyển", "clb", "câu lạc bộ"))


def captain_of_a_team(tokens: Sequence[Syllable], j: int, title: tuple[int, str]) -> bool:
    """Whether the title matched at token ``j`` is "đội trưởng" of a sports team: a team word
    or a foreign-spelt name right after it ("đội trưởng tuyển Đức Lothar Matthaus", "Đội
    trưởng John Terry"). A team's captain is a player, a PERSON by the guideline; "Đội trưởng
    Đội CSGT Nguyễn Văn A" keeps its post (fourteenth pass, from a blind8 false OFFICIAL and
    the training sample).

    >>> toks = syllables("Đội trưởng John Terry và đội trưởng Nguyễn Văn An")
    >>> [captain_of_a_team(toks, k, _POSTS.match(toks, k)) for k in (0, 5)]
    [True, False]
    """
    k = j + title[0]
    if title[1] != "đội trưởng" or k >= len(tokens) or not tokens[k].linked:
        return False
    return _TEAM_WORDS.match(tokens, k) is not None or (tokens[k].name_like and looks_foreign(tokens[k]))


class _PostReader:
    def __init__(self, text, tokens, organizations, places):
        self.text = text
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.org_at = self._by_start(organizations)
        self.place_at = self._by_start(places)
        self.places = sorted(places, key=lambda e: e.start)
        self.place_starts = [p.start for p in self.places]

    def _by_start(self, entities):
        table = {}
        for entity in entities:
            first = bisect.bisect_left(self.starts, entity.start)
            if first < len(self.tokens) and self.tokens[first].start == entity.start:
                table[first] = (bisect.bisect_left(self.starts, entity.end), entity)
        return table

    def _linked(self, j: int) -> bool:
        return j < len(self.tokens) and self.tokens[j].linked

    def post_at(self, i: int) -> Post | None:
        j, former = i, False
        prefix = _PREFIXES.match(self.tokens, j)
        if prefix and self._linked(j + prefix[0]):
            former = prefix[1] in {"nguyên", "cựu"}
            j += prefix[0]
        title = _POSTS.match(self.tokens, j)
        if title is None or folded_one_word_post(self.tokens, j, title) or captain_of_a_team(self.tokens, j, title):
            return None
        title_text = self._surface(j, j + title[0])
        j += title[0]
        while self._linked(j) and (qualifier := _QUALIFIERS.match(self.tokens, j)):
            j += qualifier[0]
        unit_end = self._unit_name_end(j) if title[1].split()[-1] in _UNIT_TITLES else j
        if unit_end > j:  # "Trưởng ban Kinh tế - Xã hội"
            body, place, level, j = self._surface(j, unit_end), None, None, unit_end
        else:
            body, place, level, j = self._body(j)
        return Post(i, j, self.tokens[i].start, self.tokens[j - 1].end, self._surface(i, j),
                    title_text, body, place, level, former)

    def _unit_name_end(self, j: int) -> int:
        """End of the name of a department after "Trưởng ban/phòng/khoa": sector names
        or capitalised words with one lower-case syllable, joined by " - " or "và"."""
        end = k = j
        while k < len(self.tokens) and self.tokens[k].cap and (self._linked(k) if k == j else joined_by_dash(self.text, self.tokens, k)):
            if starts_person(self.tokens, k):
                break  # "Trưởng ban Tuyên giáo Nguyễn Văn A": the name is the holder's
            sector = _SECTORS.match(self.tokens, k)
            k += sector[0] if sector else 1
            if not sector and self._linked(k) and not self.tokens[k].cap and self.tokens[k].low not in person_words.NOT_NAME_TAILS:
                k += 1
            end = k
            if self._linked(k) and self.tokens[k].low == "và":
                k += 1
        return end

    def _body(self, j: int):
        """(body, place entity, level, end) of what follows a title."""
        if not self._linked(j):
            return None, None, None, j
        if j in self.org_at:
            end, org = self.org_at[j]
            place = self._place_inside(org)
            return org.text, place, self._level(place, org.text), end
        body = _BODIES.match(self.tokens, j)
        if body:
            body_end = j + body[0]
            place, level, end = self._place(body_end)
            level = level or body_words.LEVEL_OF_BODY.get(body[1])
            return self._surface(j, end if place is None else body_end).strip(), place, level, end
        sector = _SECTORS.match(self.tokens, j) if self.tokens[j].cap else None
        if sector:  # "Bộ trưởng GTVT", "Thứ trưởng Tài chính": the ministry of that sector
            return self._surface(j, j + sector[0]), None, None, j + sector[0]
        place, level, end = self._place(j)
        return None, place, level, end

    def _place(self, j: int):
        """(place entity, level, end) of a place written at ``j``: "tỉnh", "tỉnh Thái Bình"."""
        if not self._linked(j):
            return None, None, j
        if j in self.place_at:
            end, place = self.place_at[j]
            return place, LEVELS.get(place.label), end
        level = _LEVELS.match(self.tokens, j)
        if level and (not self.tokens[j].cap or not (self._linked(j + level[0]) and self.tokens[j + level[0]].cap)):
            return None, place_words.LEVEL_WORDS[level[1]], j + level[0]  # "UBND tỉnh", "UBND Thành phố,"
        return None, None, j

    def _place_inside(self, org: Entity) -> Entity | None:
        for place in self.places[bisect.bisect_left(self.place_starts, org.start):]:
            if place.start >= org.end:
                return None
            if place.end <= org.end:
                return place
        return None

    @staticmethod
    def _level(place: Entity | None, body: str) -> str | None:
        if place is not None:
            return LEVELS.get(place.label)
        for word in body.lower().split():
            if word in place_words.LEVEL_WORDS:
                return place_words.LEVEL_WORDS[word]
        return None

    def _surface(self, i: int, j: int) -> str:
        return " ".join(self.text[self.tokens[i].start:self.tokens[j - 1].end].split())


# Where a post is held, written between the post and the holder's name: "Đại sứ Mỹ tại
# Việt Nam Michael Marine". Read off blind8/blind9 misses (tenth pass).
_STATIONED = frozenset({"tại"})
# Lower-case words naming the unit a post heads, when no organisation name follows:
# "Giám đốc xí nghiệp Trần Xuân Lập".
_UNIT_NOUNS = Phrasebook(("xí nghiệp", "nhà máy", "hợp tác xã", "công trường", "nông trường", "lâm trường"))


def with_stations(text: str, tokens: Sequence[Syllable], posts: Sequence[Post],
                  places: Sequence[Entity]) -> list[Post]:
    """The posts, each stretched over the unit noun ("xí nghiệp") or the "tại" + place
    written right after it, so that the name following them is the holder's.

    >>> t = "Giám đốc xí nghiệp Trần Xuân Lập phải làm thủ tục"
    >>> toks = syllables(t)
    >>> [p.text for p in with_stations(t, toks, find_posts(t, toks, [], []), [])]
    ['Giám đốc xí nghiệp']
    >>> t = "Đại sứ Mỹ tại Việt Nam Michael Marine nói"
    >>> toks = syllables(t)
    >>> us, vn = Entity("LOCATION", 7, 9, "Mỹ", "Mỹ"), Entity("LOCATION", 14, 22, "Việt Nam", "Việt Nam")
    >>> [p.text for p in with_stations(t, toks, find_posts(t, toks, [], []), [us, vn])]
    ['Đại sứ Mỹ tại Việt Nam']
    """
    starts = [t.start for t in tokens]
    end_of = {}
    for place in places:
        first = bisect.bisect_left(starts, place.start)
        if first < len(tokens) and tokens[first].start == place.start:
            end_of[first] = bisect.bisect_left(starts, place.end)
    return [_stretched(text, tokens, post, end_of) for post in posts]


def _stretched(text: str, tokens: Sequence[Syllable], post: Post, end_of: dict[int, int]) -> Post:
    def linked(j: int) -> bool:
        return j < len(tokens) and tokens[j].linked

    j = post.end
    unit = _UNIT_NOUNS.match(tokens, j) if linked(j) and post.body is None else None
    if unit and linked(j + unit[0]) and starts_person(tokens, j + unit[0]):
        j += unit[0]
    else:
        if linked(j) and post.body is None and post.place is None and _acronym(tokens[j]) and linked(j + 1) \
                and (starts_person(tokens, j + 1) or holder_at(tokens, j + 1) and looks_foreign(tokens[j + 1])):
            return _post_to(text, tokens, replace(post, body=tokens[j].text), j + 1, j + 1)  # "Chủ tịch FA Mark Palios"
        if linked(j) and post.place is None and (place := place_before_name(text, tokens, j)):
            holder = place_end(tokens, place, j)
            return _post_to(text, tokens, replace(post, place=place), holder, holder)
        j = end_of.get(j, j) if linked(j) and post.place is None else j  # "Đại sứ Mỹ"
        if not (linked(j) and tokens[j].low in _STATIONED and linked(j + 1)):
            return post
        if j + 1 not in end_of:  # "Đại sứ Pháp tại Hà Nội Jean Girault": a place no finder took
            place = place_before_name(text, tokens, j + 1)
            holder = place_end(tokens, place, j + 1) if place else None
            return _post_to(text, tokens, replace(post, place=place), holder, holder) if place else post
        place_first, j = j + 1, end_of[j + 1]
        # the holder's name is read from the place's name on ("Việt Nam Michael Marine"),
        # which splits the country off the name, as after "Thủ tướng Israel"; right after
        # a place that cannot run on into a name ("TP HCM Hiroshi Sakamoto")
        cue = next((k for k in range(place_first, j) if tokens[k].cap), place_first) \
            if tokens[j - 1].name_like else j
        return _post_to(text, tokens, post, cue, j)
    return _post_to(text, tokens, post, j, j)


def _acronym(token: Syllable) -> bool:
    """An upper-case abbreviation of letters, the name of the body a post belongs to ("FA",
    "TI"), not of a kind of body whose own name comes next ("BV Gia Định", "UBND")."""
    return len(token.text) >= 2 and token.text.isalpha() and token.text.isupper() \
        and token.low not in NOT_BRAND_ACRONYMS


def _post_to(text: str, tokens: Sequence[Syllable], post: Post, cue: int, stop: int) -> Post:
    """``post`` written up to token ``stop``, its holder's name read from token ``cue`` on."""
    surface = " ".join(text[tokens[post.first].start:tokens[stop - 1].end].split())
    body = post.body or " ".join(text[tokens[post.end].start:tokens[stop - 1].end].split())
    return Post(post.first, cue, post.start, tokens[stop - 1].end, surface, post.post, body,
                post.place, post.level, post.former)


def place_before_name(text: str, tokens: Sequence[Syllable], j: int) -> Entity | None:
    """A country or a province written at token ``j`` between a post and its holder's name,
    which the place finders leave alone when a name is glued to it: "Tổng thống Mỹ Bush",
    "Bí thư Hà Nội Phạm Quang Nghị", "Bộ trưởng Quốc phòng Trung Quốc Tào Cương Xuyên" (the
    holder of a post of that place). A country becomes
    a LOCATION; a province only keeps the name off the holder's (it is no entity here). Both
    carry ``attrs["before_holder"]``.

    >>> t = "Tổng thống Mỹ Bush và Bí thư Hà Nội Phạm Quang Nghị"
    >>> toks = syllables(t)
    >>> place_before_name(t, toks, 2).text, place_before_name(t, toks, 7).label
    ('Mỹ', 'PROVINCE')
    >>> place_before_name(t, toks, 9) is None  # "Phạm Quang" is the name
    True
    """
    from .gazetteer import load_gazetteer
    from .locations import location_entity, world_place_length

    size = world_place_length(tokens, j)
    if size and holder_at(tokens, j + size):
        return location_entity(text, tokens, j, j + size, "world", before_holder=True)
    for size in (3, 2):
        words = tokens[j:j + size]
        if len(words) == size and all(t.cap and (k == 0 or t.linked) for k, t in enumerate(words)) \
                and holder_at(tokens, j + size) and load_gazetteer().lookup(" ".join(t.text for t in words), level="province"):
            surface = text[words[0].start:words[-1].end]
            return Entity("PROVINCE", words[0].start, words[-1].end, surface, " ".join(surface.split()),
                          {"before_holder": True})
    return None


def holder_at(tokens: Sequence[Syllable], k: int) -> bool:
    """Whether a post's holder can be named from token ``k`` on: a full name, a foreign-spelt
    name or a name of two or three syllables.

    >>> toks = syllables("Mỹ Bush, FA Mark Palios nói")
    >>> holder_at(toks, 1), holder_at(toks, 3), holder_at(toks, 5)
    (True, True, False)
    """
    return k < len(tokens) and tokens[k].linked and tokens[k].name_like and (
        starts_person(tokens, k) or looks_foreign(tokens[k]) or 2 <= name_run_end(tokens, k) - k <= 3)


def place_end(tokens: Sequence[Syllable], place: Entity, j: int) -> int:
    """The token after ``place``, which starts at token ``j``."""
    while j < len(tokens) and tokens[j].start < place.end:
        j += 1
    return j


# Words that end a body and start what is said of it ("Giám đốc Sở Y tế cho biết Nguyễn
# Văn A ...", "Chủ tịch UBND tỉnh trao tặng ..."): a name after them is no holder's.
_NOT_IN_A_LONG_BODY = _NOT_IN_A_BODY | frozenset({
    "biết", "trao", "tặng", "khen", "mời", "giao", "ký", "kí", "bổ", "đề", "yêu", "chỉ", "phạt", "bắt",
    "xử", "khởi", "truy", "cách", "kỷ", "kỉ", "phê", "đã", "đang", "sẽ", "vừa", "được", "bị", "do", "theo",
    "tại", "ở", "từ", "đến", "khi", "nhưng", "thì", "mà", "về", "trong", "ngày", "năm", "hôm", "sáng", "chiều",
})


def post_over_body(text: str, tokens: Sequence[Syllable], posts: Sequence[Post], first: int,
                   longest_body: int = 8) -> Post | None:
    """The post written before a body the post reader did not read and a full Vietnamese
    name glued to it at token ``first``: "Phó phòng Kế hoạch nghiên cứu phát triển Nguyễn
    Xuân Thiện", "Chủ nhiệm Uỷ ban Văn hoá xã hội Thanh thiếu niên Trần Thị Tâm Đan"
    (fifteenth pass, from blind9, blind14 and blind15 OFFICIAL misses). The body starts with a
    capital (its name) right after the post or in it, runs on one line for at most ``longest_body``
    words and holds none that says something of the body ("cho biết", "trao", "đã").

    >>> t = "Theo Phó phòng Kế hoạch nghiên cứu phát triển Nguyễn Xuân Thiện, thời điểm"
    >>> toks = syllables(t)
    >>> post_over_body(t, toks, find_posts(t, toks, [], []), 9).text
    'Phó phòng Kế hoạch'
    >>> t = "Giám đốc Sở Y tế cho biết Nguyễn Văn An đã về"
    >>> toks = syllables(t)
    >>> post_over_body(t, toks, find_posts(t, toks, [], []), 7) is None
    True
    """
    if first >= len(tokens) or not starts_person(tokens, first):
        return None
    for post in post_index.ending_between(posts, first - longest_body, first - 1):
        if _held_by_many(tokens, post):
            continue
        body = tokens[post.end:first]
        if (body[0].cap or post.body or tokens[post.end - 1].cap) and all(t.linked for t in body) and tokens[first].linked \
                and not any(t.low in _NOT_IN_A_LONG_BODY for t in body) \
                and not any(starts_person(tokens, k) for k in range(post.end, first)) \
                and not _ends_a_company_name(tokens, post.end, first):
            return post
    return None


# Companies and places of business named after a person or a place ("Công ty XNK Đồng Tiến",
# "Quỹ xây dựng bệnh xá Đặng Thuỳ Trâm"); not "Sở", "Bộ", "Phòng", whose name is their field, nor
# "ĐH", after whose place a post's holder is named ("Hiệu phó ĐH ... Hà Nội Bùi Duy Cam").
_COMPANY_HEADS = Phrasebook(company_words.COMPANY_HEADS + (
    "bệnh xá", "quỹ", "nhà máy", "cơ sở", "khách sạn", "nhà hàng"))


def _ends_a_company_name(tokens: Sequence[Syllable], start: int, first: int) -> bool:
    """Whether the name at token ``first`` may end the name of a company or an institution written from
    ``start``: a company head before it and a capitalised word right before it ("Trưởng
    phòng tiếp thị Công ty cổ phần Cao su Sài Gòn Kim Đan": the company is "... Kim Đan").

    >>> t = "Công ty Cao su Sài Gòn Kim Đan"
    >>> _ends_a_company_name(syllables(t), 0, 6)
    True
    """
    return tokens[first - 1].cap and any(_COMPANY_HEADS.match(tokens, k) for k in range(start, first))
