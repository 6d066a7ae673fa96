"""Sports teams named by a place: squads, clubs named like their city, places playing a match.

Sports news names teams by where they come from:

- a national or age-group squad: "U23 Việt Nam", "U-21 Thái Lan", "ĐT Lào" — the squad
  word and the place make one ORGANIZATION; the place inside it stays a place, as in
  "UBND tỉnh Quảng Trị";
- a club named like its city ("Liverpool", "Valencia", "Real" for Real Madrid) — a club only
  in a sentence about a match, and not after "ở", "tại" ("thành lập ở Liverpool");
- a country or province that plays: right before or after a match verb ("Myanmar thua",
  "thắng Hà Nam 3-0", "thất bại 0-2 trước Portsmouth") in a sentence about a match — an
  ORGANIZATION instead of a place.

A sentence is about a match when it holds a word only sport uses (bàn thắng, thủ môn, HLV,
hiệp, V-League ...); a score ("2-1") is not enough, dates are written the same way.

>>> from .recognizer import EntityRecognizer
>>> t = "Phút 90, U23 Việt Nam gỡ hòa 1-1, còn Myanmar thua Lào 0-2 ở trận đấu kia."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('ORGANIZATION', 'U23 Việt Nam'), ('LOCATION', 'Việt Nam'), ('ORGANIZATION', 'Myanmar'), ('ORGANIZATION', 'Lào')]
"""

from __future__ import annotations

import bisect
from functools import cached_property
from typing import Sequence

import regex

from ..document import Entity
from . import known_bodies, match_words, phrasebooks
from .organizations import organization_entity
from .sport_articles import sport_article
from .team_frames import RESULT_LINE_END, RESULT_LINE_START, SCORE_BETWEEN, called_a_team, listed_after_teams
from .tokens import Phrasebook, Syllable, lower_key, syllables, token_range  # noqa: F401 (doctests)

_SQUAD = regex.compile(r"^(?:U[-.]?\d{2}|ĐT|ĐTQG)$")
CLUBS_NAMED_LIKE_A_REGION = ("đông á",)
"""Vietnamese clubs named like a region: "Đông Á" (the bank's club of HCM City) is the club
in 300 of the 300 sports-article uses of VNTC train read (East Asia elsewhere); twenty-second stop."""
_PLACE_NAMED_CLUBS = known_bodies.CLUBS_NAMED_LIKE_A_CITY + CLUBS_NAMED_LIKE_A_REGION
_CITY_CLUBS = Phrasebook(_PLACE_NAMED_CLUBS)
_CLUB_FIRST_WORDS = frozenset(name.split()[0] for name in _PLACE_NAMED_CLUBS)
_PLACE_LABELS = frozenset({"LOCATION", "PROVINCE", "DISTRICT"})
_CLUB_NAMES = frozenset(lower_key(name) for name in known_bodies.CLUBS)
_VERBS_AFTER = Phrasebook(match_words.MATCH_VERBS + match_words.MATCH_VERBS_AFTER_A_TEAM)
_VERBS_BEFORE = Phrasebook(match_words.MATCH_VERBS + match_words.MATCH_VERBS_BEFORE_A_TEAM)
_ADVERBS = frozenset(match_words.ADVERBS_BEFORE_A_MATCH_VERB)
_NOT_VERBS = Phrasebook(match_words.NOT_MATCH_VERBS)
_MATCH_VERBS = Phrasebook(match_words.MATCH_VERBS)
_PLAY_VERBS = Phrasebook(match_words.PLAY_VERBS)
_TEAM_HEADS = Phrasebook(match_words.TEAM_HEADS)
_SPORT_WORDS = Phrasebook(match_words.SPORT_WORDS)
_NOT_A_HALF = frozenset({"hội", "định", "ước", "sĩ", "khách", "lực", "thương", "đồng", "tác", "nghị"})
"""Words after "hiệp" that make it another word than a half of a match ("hiệp hội", "hiệp định")."""
_SCORE_BODY = r"\d{1,2} ?[-–] ?\d{1,2}(?![\d/]|[.,-]\d)"  # "2-1", "0 - 2"; not "1-4-2006"
_SCORE = regex.compile(r"(?<![\d/.,-])" + _SCORE_BODY)
_SCORE_REACH = 6  # syllables after a match verb where its score may stand
_SCORE_NOT_A_SHARE = regex.compile(r"(?<![\d/.,-])" + _SCORE_BODY + r"(?! ?%)")  # "hạ 2-3%" is a price
_SENTENCE_END = regex.compile(r"[.!?\n]")
_FIXTURE_DASH = regex.compile(r" ?[-–] ?")
_FIXTURE_DASH_LONGEST = 3  # characters _FIXTURE_DASH can match at most: how far a partner is looked for
_BEFORE_A_FIXTURE = regex.compile(r"(?i:trận) $")
_AFTER_A_FIXTURE = regex.compile(rf" (?:{_SCORE_BODY}|là (?:trận|cặp đấu))")
_NOT_A_CLUB_AFTER = frozenset({"ở", "tại", "từ", "đến", "phố", "tp", "thành", "sang", "quốc", "nước", "vực", "vùng",
                               "toàn", "các"})  # "khu vực Đông Á", "toàn Đông Á"
_COUNTRIES = phrasebooks.COUNTRIES
_SUBJECT_HELPERS = frozenset({"đã", "được", "không", "giành", "vẫn", "đang", "chỉ", "ít", "cũng", "bắt", "có",
                              "đành", "phải", "liên"})
"""Words right after a team that opens a clause: helpers of its verb ("đã", "vẫn", "được",
"bắt đầu", "liên tục") and "giành"; not "sẽ", which news writes of hosts ("Thái Lan sẽ tổ
chức một giải đấu")."""
_NATIONALITY_WORDS = frozenset({"người", "gốc", "quốc", "tịch"})  # "người Brazil", "gốc Phi", "quốc tịch Pháp"
_REGION_WORDS = frozenset({"châu", "đông", "trung", "liên"})  # "châu Á", "Đông Nam Á", "Trung Đông"


def with_teams(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with squads added, places playing a match made teams, and
    clubs named like their city found.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Thủ môn Liverpool bắt bóng, Gerrard ghi bàn thắng. Ban nhạc ra đời ở Liverpool."
    >>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
    [('ORGANIZATION', 'Liverpool'), ('PERSON', 'Gerrard')]
    """
    if not any(t.cap and (t.low in _CLUB_FIRST_WORDS or t.text[0] in "UĐ") for t in tokens) \
            and not any(e.label in _PLACE_LABELS for e in entities):
        return entities  # nothing that could be a team
    teams = _Teams(text, tokens, list(entities))
    found = teams.squads() if any(t.text[0] in "UĐ" for t in tokens) else []
    teams.entities += found
    clubs = teams.city_clubs()
    teams.entities += clubs
    found += clubs
    kept = teams.with_partners([teams.as_team(e) for e in teams.entities])
    return sorted(kept, key=lambda e: (e.start, -e.end)) if found else kept


def places_in_club_names(text: str, organizations: Sequence[Entity], places: Sequence[Entity]) -> list[Entity]:
    """The province that ends a known club's name ("Hoàng Anh Gia Lai" → "Gia Lai"), where no
    administrative unit was found there: a place inside an organisation is an entity too.

    >>> from .organizations import find_organizations
    >>> t = "Hoàng Anh Gia Lai thắng Sông Lam Nghệ An."
    >>> [e.text for e in places_in_club_names(t, find_organizations(t, syllables(t), []), [])]
    ['Gia Lai', 'Nghệ An']
    """
    from .places import find_admin_units

    found = []
    for body in organizations:
        if body.attrs.get("kind") != "national" or lower_key(body.name) not in _CLUB_NAMES \
                or any(body.start <= p.start < body.end for p in places):
            continue
        words = body.text.split()
        for size in (3, 2):
            if len(words) > size:
                tail = " ".join(words[-size:])
                units = [u for u in find_admin_units(tail) if u.label == "PROVINCE" and u.text == tail]
                if units:
                    unit = units[0]
                    unit.start, unit.end = body.end - len(tail), body.end
                    found.append(unit)
                    break
    return found


class _Teams:
    def __init__(self, text: str, tokens: Sequence[Syllable], entities: list[Entity]):
        self.text, self.tokens, self.entities = text, tokens, entities
        self.starts = [t.start for t in tokens]
        self.matches = MatchSentences(text, tokens, self.starts)

    def squads(self) -> list[Entity]:
        """"U23 Việt Nam": a squad word right before a country or a province."""
        found = []
        for place in self.entities:
            k = self._index(place.start)
            if not self._place_as_team(place) or k >= len(self.tokens) \
                    or (place.label == "LOCATION" and (not _COUNTRIES.match(self.tokens, k)
                                                       or self.tokens[k].low in _REGION_WORDS)):
                continue  # not "U20 châu Á", a tournament
            if 0 < k < len(self.tokens) and self.tokens[k].linked and _SQUAD.match(self.tokens[k - 1].text):
                start = self.tokens[k - 1].start
                found.append(organization_entity(self.text, start, place.end, "squad"))
        return found

    def city_clubs(self) -> list[Entity]:
        """"Liverpool", "Valencia" alone in a sentence about a match."""
        held = None
        found = []
        for k, token in enumerate(self.tokens):
            if not token.cap or token.low not in _CLUB_FIRST_WORDS:
                continue
            if held is None:  # a city or a one-word "person" ("thủ môn Liverpool") may yield to the club
                held = {j for e in self.entities if not _may_be_a_club(e) for j in self._span(e)}
            if k in held:
                continue
            hit = _CITY_CLUBS.match(self.tokens, k)
            if hit is None:
                continue
            end = k + hit[0]
            after_next = end < len(self.tokens) and self.tokens[end].linked and self.tokens[end].cap
            before = self.tokens[k - 1] if k > 0 and token.linked else None
            if after_next or (before is not None and (before.low in _NOT_A_CLUB_AFTER or before.cap)) \
                    or not self.about_a_match(token.start):
                continue  # "Real Madrid", "ở Liverpool", "thành phố Milan"
            found.append(organization_entity(self.text, token.start, self.tokens[end - 1].end, "club"))
            held.update(range(k, end))
        if found:  # the club replaces the foreign city or the "person" of the same span
            spans = {(e.start, e.end) for e in found}
            self.entities[:] = [e for e in self.entities if not (_may_be_a_club(e) and (e.start, e.end) in spans)]
        return found

    def as_team(self, entity: Entity) -> Entity:
        """A place right before or after a match verb, in a sentence about a match, is a team."""
        if not self._place_as_team(entity):
            return entity
        span = self._span(entity)
        if not span or span.stop > len(self.tokens) or self.tokens[span.start].start != entity.start:
            return entity
        listed = listed_after_teams(self.text, entity.start) or self._score_between(entity)  # "12 đội: Bình Dương"
        if not (listed or self._verb_after(span.stop) or self._verb_before(span.start) or self._in_a_fixture(entity)
                or (self._opens_a_clause(span.start) and self._verb_after(span.stop, _PLAY_VERBS))
                or self._subject_of_a_clause(span) or called_a_team(self.text, entity.end)) \
                or self._after_team_head(span.start) or self._nationality(span.start) \
                or self._inside_organization(entity) or not (listed or self.about_a_match(entity.start)):
            return entity
        return organization_entity(self.text, entity.start, entity.end, "team")

    def _score_between(self, entity: Entity) -> bool:
        """A score right between this place and another team or place, on a line of results
        or in a sentence about a match: "Bình Dương 4-2 Nam Định (Trường Giang 5', ...)";
        not "biểu tình ở Jakarta 5-3 Hà Nội" (a date).

        >>> from .recognizer import EntityRecognizer
        >>> t = "Bình Dương 4-2 Nam Định (Trường Giang 5')"
        >>> [(e.label, e.text) for e in EntityRecognizer().extract(t)][:2]
        [('ORGANIZATION', 'Bình Dương'), ('ORGANIZATION', 'Nam Định')]
        """
        after = SCORE_BETWEEN.match(self.text, entity.end)
        if after is None and not (entity.start >= 2 and self.text[entity.start - 2].isdigit()):
            return False  # most places: no score on either side
        by_start, by_end = self._entities_by_offset
        partner = next((e for e in by_start.get(after.end(), ()) if self._place_as_team(e) or _is_team(e)), None) \
            if after else None
        if partner is not None:
            first, last = entity, partner
        else:
            first = next((e for b in range(max(0, entity.start - 9), entity.start - 4)
                          if SCORE_BETWEEN.fullmatch(self.text, b, entity.start)
                          for e in by_end.get(b, ()) if self._place_as_team(e) or _is_team(e)), None)
            if first is None:
                return False
            last = entity
        return (RESULT_LINE_START.search(self.text, max(0, first.start - 3), first.start) is not None
                and RESULT_LINE_END.match(self.text, last.end) is not None) or self.about_a_match(entity.start)

    @cached_property
    def _entities_by_offset(self) -> tuple[dict, dict]:
        """All entities by start and by end offset (built once, when the list is complete)."""
        by_start: dict[int, list] = {}
        by_end: dict[int, list] = {}
        for e in self.entities:
            by_start.setdefault(e.start, []).append(e)
            by_end.setdefault(e.end, []).append(e)
        return by_start, by_end

    def with_partners(self, entities: list[Entity]) -> list[Entity]:
        """``entities`` with a place joined by "và" to a team made a team too, in a sentence
        about a match: "Khánh Hoà và Hải Phòng hoà nhau 0-0", "HAGL và Đà Nẵng" (nineteenth
        pass, from blind15 and blind22).

        >>> from .recognizer import EntityRecognizer
        >>> t = "Ở trận bán kết, Khánh Hoà và Hải Phòng hoà nhau 0-0."
        >>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
        [('ORGANIZATION', 'Khánh Hoà'), ('ORGANIZATION', 'Hải Phòng')]
        """
        ordered = sorted(range(len(entities)), key=lambda n: entities[n].start)
        for before, after in zip(ordered, ordered[1:]):
            first, second = entities[before], entities[after]
            if self.text[first.end:second.start] != " và ":
                continue
            for place, partner, at in ((first, second, before), (second, first, after)):
                if _is_team(partner) and self._place_as_team(place) and not self._inside_organization(place) \
                        and not self._after_team_head(self._index(place.start)) and self.about_a_match(place.start):
                    entities[at] = organization_entity(self.text, place.start, place.end, "team")
        return entities

    # -- pieces -------------------------------------------------------------------------
    def about_a_match(self, position: int) -> bool:
        """The sentence at ``position`` is about a match, or the whole text is a sports
        article (:mod:`.sport_articles`: "Việt Nam đã vô địch" in a report of the match)."""
        return self.matches.about_a_match(position) or self._sport_article

    @cached_property
    def _sport_article(self) -> bool:
        return sport_article(self.text, self.tokens)

    def _place_as_team(self, entity: Entity) -> bool:
        if entity.label == "LOCATION":
            return entity.attrs.get("kind") == "world"
        return entity.label in {"PROVINCE", "DISTRICT"} and entity.attrs.get("name_start", entity.start) == entity.start

    def _inside_organization(self, entity: Entity) -> bool:
        starts, furthest_ends = self._organizations_by_start
        k = bisect.bisect_right(starts, entity.start)  # the organisations starting at or before it
        return k > 0 and furthest_ends[k - 1] >= entity.end

    @cached_property
    def _organizations_by_start(self) -> tuple[list[int], list[int]]:
        """The organisations' starts, sorted, and the furthest end among those up to each one:
        one bisect tells whether any organisation holds a span (built once, when the list is
        complete: only :meth:`as_team` asks)."""
        spans = sorted((o.start, o.end) for o in self.entities if o.label == "ORGANIZATION")
        starts, furthest_ends = [], []
        for start, end in spans:
            starts.append(start)
            furthest_ends.append(max(end, furthest_ends[-1]) if furthest_ends else end)
        return starts, furthest_ends

    def _nationality(self, k: int) -> bool:
        """"người Brazil", "gốc Brazil": the place says where a player comes from."""
        return k > 0 and self.tokens[k].linked and self.tokens[k - 1].low in _NATIONALITY_WORDS

    def _after_team_head(self, k: int) -> bool:
        """"đội tuyển (quốc gia) Cameroon": the head names the team, the place stays one."""
        for size in (4, 3, 2, 1):
            j = k - size
            if j >= 0 and all(t.linked for t in self.tokens[j + 1:k + 1]) and _TEAM_HEADS.match(self.tokens, j):
                return True
        return False

    def _verb_after(self, k: int, verbs: Phrasebook = _VERBS_AFTER) -> bool:
        while k < len(self.tokens) and self.tokens[k].linked and self.tokens[k].low in _ADVERBS:
            k += 1
        return k < len(self.tokens) and self.tokens[k].linked and verbs.match(self.tokens, k) is not None \
            and _NOT_VERBS.match(self.tokens, k) is None

    def _subject_of_a_clause(self, span: range) -> bool:
        """The place opens a clause and a helper of its verb follows ("Hải Phòng giành kết
        quả", "Mỹ đã hoàn thành", "Brazil được 30 điểm", "TPHCM ít tạo được cơ hội"): in a
        sentence about a match it is the team that acts. Not after a dash that follows a
        capitalised word ("Công an quận Tân Bình - TPHCM đã": the place of a body).
        Twentieth stop, read over blind14-25 (8 of 9 such places in the seen gold are teams).

        >>> from .recognizer import EntityRecognizer
        >>> t = "Sau hiệp 1 hòa 0-0, Thái Lan đã chơi tấn công; Công an quận 1 - TP HCM đã bắt hai cầu thủ."
        >>> [(e.label, e.text) for e in EntityRecognizer().extract(t) if e.text in {"Thái Lan", "TP HCM"}]
        [('ORGANIZATION', 'Thái Lan'), ('PROVINCE', 'TP HCM')]
        """
        k, after = span.start, span.stop
        if not self._opens_a_clause(k) or after >= len(self.tokens) or not self.tokens[after].linked \
                or self.tokens[after].low not in _SUBJECT_HELPERS:
            return False
        gap = self.text[self.tokens[k - 1].end:self.tokens[k].start] if k > 0 else ""
        return not ("-" in gap or "–" in gap) or not self.tokens[k - 1].cap and not self.tokens[k - 1].text[0].isdigit()

    def _opens_a_clause(self, k: int) -> bool:
        """Token ``k`` opens the text or comes after punctuation, not after a noun."""
        return k == 0 or not self.tokens[k].linked

    def _verb_before(self, k: int) -> bool:
        if k == 0 or not self.tokens[k].linked:
            return False
        for size in (4, 3, 2, 1):  # "thắng", "đánh bại", "đương kim vô địch"
            j = k - size
            if j >= 0 and all(t.linked for t in self.tokens[j + 1:k + 1]):
                hit = _VERBS_BEFORE.match(self.tokens, j)
                if hit and hit[0] == size:
                    return True
        before = self.tokens[k - 1]
        if before.low == "trước" and k > 1 and before.linked:  # "thất bại 0-2 trước Portsmouth"
            before = self.tokens[k - 2]
            return _SCORE.fullmatch(before.text) is not None or _VERBS_AFTER.match(self.tokens, k - 2) is not None \
                or self._score_of_team_before(k - 1)
        if before.low in {"của", "với"} and k > 1 and before.linked:  # "thất bại 1-3 của Lào", "hòa 1-1 với Lào"
            return _SCORE.fullmatch(self.tokens[k - 2].text) is not None
        return _SCORE.fullmatch(before.text) is not None  # "thua 0-2 Portsmouth"

    def _score_of_team_before(self, k: int) -> bool:
        """"thất bại 1-3 của Malaysia trước Hong Kong": a score and "của" before the team
        that comes before "trước" at ``k`` (up to four syllables of its name)."""
        for j in range(k - 2, max(k - 6, 0), -1):
            if not self.tokens[j + 1].linked:
                return False
            if self.tokens[j].low == "của":
                return j > 0 and _SCORE.fullmatch(self.tokens[j - 1].text) is not None
            if not self.tokens[j].cap:
                return False
        return False

    def _in_a_fixture(self, entity: Entity) -> bool:
        """Two places joined by a dash as a match: "trận Long An - Bình Dương", "Long An -
        Bình Dương 2-1", "Long An - Bình Dương là trận đấu ..."."""
        near = self.text[max(0, entity.start - 3):entity.start] + self.text[entity.end:entity.end + 3]
        if "-" not in near and "–" not in near:
            return False
        by_start, by_end = self._places_by_offset
        partner_after = _first_listed((order, e) for at in range(entity.end + 1, entity.end + _FIXTURE_DASH_LONGEST + 1)
                                      for order, e in by_start.get(at, ())
                                      if _FIXTURE_DASH.fullmatch(self.text, entity.end, e.start))
        partner_before = _first_listed((order, e) for at in range(entity.start - _FIXTURE_DASH_LONGEST, entity.start)
                                       for order, e in by_end.get(at, ())
                                       if _FIXTURE_DASH.fullmatch(self.text, e.end, entity.start))
        first, last = (entity, partner_after) if partner_after else (partner_before, entity)
        if first is None or last is None:
            return False
        return _BEFORE_A_FIXTURE.search(self.text[max(0, first.start - 6):first.start]) is not None \
            or _AFTER_A_FIXTURE.match(self.text, last.end) is not None

    @cached_property
    def _places_by_offset(self) -> tuple[dict, dict]:
        """The places that may be teams, by start and by end offset, each with its rank in
        ``self.entities`` (built once, when the list is complete: only :meth:`as_team` asks)."""
        by_start: dict[int, list] = {}
        by_end: dict[int, list] = {}
        for order, e in enumerate(e for e in self.entities if self._place_as_team(e)):
            by_start.setdefault(e.start, []).append((order, e))
            by_end.setdefault(e.end, []).append((order, e))
        return by_start, by_end

    def _index(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def _span(self, entity: Entity) -> range:
        return token_range(self.starts, entity.start, entity.end)


def _first_listed(ranked) -> Entity | None:
    """The entity of the lowest rank among ``(rank, entity)`` pairs; None when there are none.

    >>> _first_listed([(2, "b"), (0, "a")]), _first_listed([])
    ('a', None)
    """
    return min(ranked, key=lambda hit: hit[0], default=(None, None))[1]


class MatchSentences:
    """Which sentences of a text are about a match: those holding a sport word, or a score
    and a match verb ("thắng Bahrain 1 – 0", "hoà nhau 0-0"; nineteenth pass).

    >>> t = "Giá vàng tăng. Thủ môn bắt bóng."
    >>> m = MatchSentences(t, syllables(t))
    >>> m.about_a_match(0), m.about_a_match(16)
    (False, True)
    """

    def __init__(self, text: str, tokens: Sequence[Syllable], starts: Sequence[int] | None = None):
        self.text, self.tokens = text, tokens
        self.starts = starts if starts is not None else [t.start for t in tokens]
        self.sport: dict[int, bool] = {}  # sentence start -> about a match

    def about_a_match(self, position: int) -> bool:
        """True when the sentence holding ``position`` holds a sport word."""
        start = max(self.text.rfind(mark, 0, position) for mark in ".!?\n") + 1
        if start not in self.sport:
            end_match = _SENTENCE_END.search(self.text, position)
            end = end_match.end() if end_match else len(self.text)
            words = token_range(self.starts, start, end)
            self.sport[start] = any(_sport_word_at(self.tokens, k) for k in words) \
                or (_SCORE.search(self.text, start, end) is not None
                    and any(self._score_after_verb(k, words.stop) for k in words))
        return self.sport[start]


    def _score_after_verb(self, k: int, stop: int) -> bool:
        """A match verb at ``k`` and a score within the next six syllables, before ``stop``
        ("thắng Thái Lan 7-4", "hoà nhau 0-0"; not "11-11, cơn bão ... vượt qua")."""
        if not _match_verb_at(self.tokens, k):
            return False
        last = self.tokens[min(k + _SCORE_REACH, stop - 1)]
        return _SCORE_NOT_A_SHARE.search(self.text, self.tokens[k].end, last.end) is not None


def _match_verb_at(tokens: Sequence[Syllable], k: int) -> bool:
    """A verb of a match at ``k`` ("thắng", "hòa"), not another word it starts ("thắng thầu").

    >>> t = syllables("Mỹ thắng thầu; Lào thắng 2-0")
    >>> [t[k].text for k in range(len(t)) if _match_verb_at(t, k)]
    ['thắng']
    """
    return _MATCH_VERBS.match(tokens, k) is not None and _NOT_VERBS.match(tokens, k) is None


def _sport_word_at(tokens: Sequence[Syllable], k: int) -> bool:
    """A sport word at ``k``, not the same syllable in another word: "Hiệp hội", "hiệp định",
    "liên hiệp", "mạng lưới" hold no match.

    >>> t = syllables("Hiệp hội Dệt May họp; mạng lưới điện; hết hiệp 1")
    >>> [t[k].text for k in range(len(t)) if _sport_word_at(t, k)]
    ['hiệp']
    """
    if not _SPORT_WORDS.match(tokens, k):
        return False
    word, before = tokens[k].low, tokens[k - 1].low if k > 0 else ""
    after = tokens[k + 1].low if k + 1 < len(tokens) else ""
    if word == "hiệp":
        return before != "liên" and after not in _NOT_A_HALF
    return not (word == "lưới" and before == "mạng")


def _is_team(entity: Entity) -> bool:
    """An organisation that plays: a team, a squad, a club (found as such or known)."""
    return entity.label == "ORGANIZATION" and (entity.attrs.get("kind") in {"team", "squad", "club"}
                                               or lower_key(entity.name) in _CLUB_NAMES)


def _may_be_a_club(entity: Entity) -> bool:
    """A place, or a person of one word (a club's name after a player's post)."""
    return entity.label == "LOCATION" or (entity.label in {"PERSON", "OFFICIAL"} and " " not in entity.text)

