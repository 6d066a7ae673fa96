"""ORGANIZATION mentions: bodies of a place, national bodies, ministries, companies, schools.

Three shapes cover most of Vietnamese public-affairs news:

- a body of a place: "UBND tỉnh Quảng Trị", "Công an huyện Gò Quao", "Huyện ủy Thái Thụy",
  "VKSND Đà Nẵng" (without its place, "UBND tỉnh" is a description, not a name);
- a unique national body: "Quốc hội", "Chính phủ", "Bộ Chính trị", "Ngân hàng Nhà nước";
- a head with a name: "Bộ Tư pháp", "Sở Giao thông công chính", "Công ty TNHH Tam Nguyên",
  "Đại học Kinh tế TP HCM" (Vietnamese capitalises only the first syllable of each word
  of the name, so sector names like "giao thông công chính" come from a list).

Where a name ends is decided in :mod:`.org_name_ends`; a name after a lower-case head
("hãng Tesco") is read in :mod:`.org_lower_heads`.

>>> text = "UBND tỉnh Quảng Trị và Bộ Tư pháp cho biết"
>>> [text[e.start:e.end] for e in find_organizations(text, syllables(text), [])]
['UBND tỉnh Quảng Trị', 'Bộ Tư pháp']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import body_words, company_words, known_bodies, org_head_words, person_words, phrasebooks, place_words
from .org_lower_heads import LowerHeadNames
from .org_name_ends import CONNECTORS, NAMED_HEADS, NATIONAL_BODIES, ONE_WORD_BODIES, glued_end
from .persons import name_run_end, starts_person
from .products import model_follows, thing_before
from .body_word_ends import whole_word_end
from .camel_words import camel_no_body
from .tokens import Phrasebook, Syllable, joined_by_dash, lower_key, syllables  # noqa: F401 (doctests)

_PLACE_BODIES = phrasebooks.PLACE_BODIES
_SERVICE_BODIES = Phrasebook(body_words.SERVICE_PLACE_BODIES)  # "Điện lực Hà Nội"
_FORMS = phrasebooks.COMPANY_FORMS
_SECTORS = phrasebooks.SECTORS
_LEVELS = phrasebooks.LEVEL_WORDS
_POSTS = phrasebooks.POSTS
_COUNTRIES = phrasebooks.COUNTRIES
_PLACE_OF_NATION = Phrasebook(("việt nam", "vn", "trung ương", "tối cao", "tw"))
_IN_VIETNAM = Phrasebook(("việt nam", "vn"))
_BRAND_UNITS = Phrasebook(known_bodies.BRAND_UNIT_WORDS)
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_INVESTIGATING = Phrasebook(body_words.INVESTIGATING_AGENCY_NAMES)
_SCHOOL_LEVELS = frozenset(org_head_words.SCHOOL_LEVELS)
_CLOSING_SCOPES = Phrasebook(("quốc tế", "thế giới", "trung ương"))
_WORLD_PLACES = phrasebooks.WORLD_PLACES
_RANKING = Phrasebook(org_head_words.RANKING_PHRASES)
_MANAGEMENT_BOARDS = Phrasebook(org_head_words.MANAGEMENT_BOARDS)
_CAMEL = regex.compile(r"^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}|[Bb]ank$")  # "VnExpress", not "McCarthy"
_SHORT_PLACE_BODIES = frozenset({"VKS", "CA"})  # viện kiểm sát, công an: bodies only with a unit after them
_PLACE_HEAD_WORDS = frozenset({"thôn", "xóm", "ấp", "bản", "làng", "buôn", "đường", "phố", "khu",
                               "ngõ", "hẻm"}) | frozenset(w for w in place_words.LEVEL_WORDS if " " not in w)


def find_organizations(text: str, tokens: Sequence[Syllable], places: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities of ``text`` (offsets into it), given its syllables and the
    administrative units already found in it.

    >>> t = "Công an huyện Gò Quao bắt giữ; UBND tỉnh họp."
    >>> [e.name for e in find_organizations(t, syllables(t), [])]
    ['Công an huyện Gò Quao']
    """
    finder = _OrgFinder(text, tokens, places)
    found = []
    i = 0
    while i < len(tokens):
        name_at = finder.name_after_lower_head(i)
        if name_at is not None:
            i = name_at  # "hãng Sainsbury": the name alone is the organisation
        end = finder.plain_name_end(i) if name_at is not None else None
        kind = "after_lower_head"
        if end is None:  # "nhóm nhạc Bức Tường trở lại": a known body after the head
            end = finder.organization_at(i) if name_at is None or finder.known_body_at(i) else None
            kind = finder.kind
        if end is None:
            i += 1
            continue
        word_end = whole_word_end(tokens, i, end)  # "Thanh tra Bộ Tài chính", not "Cục Sở hữu trí tuệ xác" (định)
        end = finder._with_field_words(word_end, word_end) if word_end > end else word_end  # "Công trình giao thông"
        found.append(organization_entity(text, tokens[i].start, glued_end(tokens[i:end]), kind))
        i = end
        alias = _alias_after(text, tokens, end)
        if alias is not None:
            found.append(alias)
            i = end + 1
    return found


def organization_entity(text: str, start: int, end: int, kind: str) -> Entity:
    """An ORGANIZATION over ``text[start:end]``, its name with spaces made single.

    >>> organization_entity("Công ty  Sông Đà", 0, 16, "named").name
    'Công ty Sông Đà'
    """
    return Entity("ORGANIZATION", start, end, text[start:end], " ".join(text[start:end].split()), {"kind": kind})

def without_bodies_alone(entities: list[Entity]) -> list[Entity]:
    """``entities`` without an ORGANIZATION that is only a place's body written alone
    (:data:`.body_words.UNNAMED_ALONE`): "Ban Thường vụ", "Viện Kiểm sát"; a ministry named by
    its field stays ("Bộ trưởng Công an", "các bộ Ngoại giao, Công an và Y tế").

    >>> t = "báo cáo Ban Thường vụ và Cục Thuế"
    >>> [e.text for e in without_bodies_alone([organization_entity(t, 8, 21, "named"), organization_entity(t, 25, 33, "named")])]
    ['Cục Thuế']
    """
    return [e for e in entities if e.label != "ORGANIZATION" or lower_key(e.name) not in _UNNAMED_ALONE
            or e.attrs.get("kind") == "ministry_field"]  # "các bộ Ngoại giao, Công an và Y tế": the ministry


_UNNAMED_ALONE = frozenset(lower_key(body) for body in body_words.UNNAMED_ALONE)


def _alias_after(text: str, tokens: Sequence[Syllable], end: int) -> Entity | None:
    """The short name in brackets after an organisation: "Công ty ... (Waco)", "(EVN)"."""
    if end >= len(tokens):
        return None
    token = tokens[end]
    before, after = text[tokens[end - 1].end:token.start], text[token.end:token.end + 1]
    if before.strip() != "(" or after != ")" or not token.cap or token.low in person_words.SURNAMES \
            or _WORLD_PLACES.match(tokens, end):
        return None  # "(Nga)", "(London)" after a body is where it is
    return Entity("ORGANIZATION", token.start, token.end, token.text, token.text, {"kind": "alias"})


class _OrgFinder(LowerHeadNames):
    """Matches one organisation at a token index; ``kind`` tells which shape matched."""

    def __init__(self, text: str, tokens: Sequence[Syllable], places: Sequence[Entity]):
        super().__init__(text, tokens, places)
        self.kind = ""

    def organization_at(self, i: int) -> int | None:
        token = self.tokens[i]
        if not token.cap or i in self.place_end or i in self.inside_place:  # "Hội An", "Đài Loan" are places
            return None
        if self._board_before_body(i):
            return None  # "Ban Giám đốc Bệnh viện Bạch Mai": the managers; the hospital is the body
        if i > 0 and token.linked and self.tokens[i - 1].low in _PLACE_HEAD_WORDS and not (
                i > 1 and self.tokens[i - 2].low in place_words.NOT_A_HEAD_AFTER.get(self.tokens[i - 1].low, ())):
            return None  # "thôn Hội Tâm", "đường Công an": a place named like a body ("văn bản Bộ" is not)
        if token.low in person_words.SURNAMES and starts_person(self.tokens, i) and name_run_end(self.tokens, i) - i >= 3 \
                and self._national(i) is None:
            return None  # "Đoàn Minh Tuấn" is a person, not a delegation ("Đoàn Thanh niên" is one; "Hoàng Anh Gia Lai" a club)
        for kind, matcher in (("national", self._national), ("place_body", self._place_body),
                              ("named", self._named), ("single", self._single)):
            end = matcher(i)
            if end is not None:
                self.kind = kind
                return self._merge_following(i, end)
        return None

    def _board_before_body(self, i: int) -> bool:
        """A management board at ``i`` with a body's head or no capitalised word after it
        ("Ban Giám đốc Bệnh viện Bạch Mai", "Ban Giám đốc đã chỉ đạo"); not before another
        capitalised name, which the post inside the board would take for its holder."""
        board = _MANAGEMENT_BOARDS.match(self.tokens, i)
        if board is None:
            return False
        after = i + board[0]
        return not (self._linked(after) and self.tokens[after].cap) or self._starts_body(after)

    # -- the shapes ---------------------------------------------------------------------
    def _national(self, i: int) -> int | None:
        hit = NATIONAL_BODIES.match(self.tokens, i)
        if hit is None:
            return None
        end = i + hit[0]
        country = self._linked_match(_COUNTRIES, end)  # "Chính phủ Nam Úc"
        return self._local_branch(end, country) if country else end

    def _local_branch(self, j: int, end: int) -> int:
        """End of a national body's branch in a unit: a name closed by "Việt Nam" (at ``j``) and followed
        by a level word and its unit ("Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Hội Nông dân
        Việt Nam huyện Krông Pắc"); ``end`` when no such unit follows.

        >>> t = "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng họp."
        >>> [e.text for e in find_organizations(t, syllables(t), [Entity("PROVINCE", 21, 34, "tỉnh Lâm Đồng", "")])]
        ['Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng']
        """
        if end in self.place_end and _IN_VIETNAM.match(self.tokens, j) and self._linked(end) \
                and _LEVELS.match(self.tokens, end):
            return self.place_end[end]
        return end

    def _place_body(self, i: int) -> int | None:
        hit = _PLACE_BODIES.match(self.tokens, i) or _SERVICE_BODIES.match(self.tokens, i)
        if hit is None:
            return self._unit_after_short_body(i) if self.tokens[i].text in _SHORT_PLACE_BODIES else None
        return self.place_after(i + hit[0])

    def _unit_after_short_body(self, i: int) -> int | None:
        """End of an administrative unit right after a body's short form in capitals ("VKS Hà
        Nội", "CA TP.HCM", "CA quận 1"); only a unit, as "CA" and "VKS" are other things
        before other words. Nineteenth pass, from blind21 and blind23.

        >>> t = "Theo VKS Hà Nội và CA TP.HCM, vụ án đã khép lại."
        >>> from .places import find_admin_units
        >>> [e.text for e in find_organizations(t, syllables(t), find_admin_units(t))]
        ['VKS Hà Nội', 'CA TP.HCM']
        """
        j = i + 1
        if not self._linked(j):
            return None
        if j in self.place_end:
            return self.place_end[j]
        level = _LEVELS.match(self.tokens, j)
        return self.place_end.get(j + level[0]) if level else None

    def place_after(self, j: int) -> int | None:
        """End of the place written at token ``j`` ("tỉnh Quảng Trị", "Đà Nẵng", "VN")."""
        if not self._linked(j):
            return None
        if j in self.place_end:
            return self._local_branch(j, self.place_end[j])
        nation = self._linked_match(_PLACE_OF_NATION, j)
        if nation:
            return self._local_branch(j, nation)
        level = _LEVELS.match(self.tokens, j)
        name_at = j + level[0] if level else j
        if level and name_at in self.place_end:
            return self.place_end[name_at]
        if level and name_at < len(self.tokens) and self._linked(name_at) and self.tokens[name_at].text.isdigit():
            return name_at + 1  # "Công an quận 3"
        if level is None and self.tokens[j].cap:  # "Đảng ủy Chính phủ", "Đảng ủy Công an Trung ương"
            body = self._national(j) or self._place_body(j)
            if body is not None:
                return body
        if name_at < len(self.tokens) and (level is None or self._linked(name_at)) \
                and (not starts_person(self.tokens, name_at) or self._unit_name_at(name_at)):
            run = self._name_run(name_at, allow_person=False)
            if run > name_at and not (run == name_at + 1 and self._linked(run) and self._lower_tail(run)):
                return run  # not "Tòa án Hiến" (pháp), "Đoàn Thanh niên Cộng" (sản)
        return None

    def _unit_name_at(self, j: int) -> bool:
        """A name shaped like a person's that is an administrative unit's ("Công an Từ Liêm")."""
        from .gazetteer import load_gazetteer

        end = name_run_end(self.tokens, j)
        return bool(load_gazetteer().lookup(" ".join(t.text for t in self.tokens[j:end])))

    def _named(self, i: int) -> int | None:
        hit = NAMED_HEADS.match(self.tokens, i)
        if hit is None:
            return None
        head = hit[1]
        j = i + hit[0]
        post = _POSTS.match(self.tokens, i)
        if post and post[0] > hit[0]:
            return None  # "Viện trưởng Văn học ĐH Nam Kinh": a post, not "Viện ..."
        if i > 0 and self.tokens[i].linked and self.tokens[i - 1].low in {"trưởng", "phó"} \
                and head not in org_head_words.SCHOOLS_BY_LEVEL and j < len(self.tokens) and starts_person(self.tokens, j):
            return None  # "Trưởng Ban Nguyễn Hải Hường": the head is part of a post
        if head in _SCHOOL_LEVELS and not (i > 0 and self.tokens[i].linked and self.tokens[i - 1].text == "trường"):
            return None  # "trường Tiểu học Kim Liên" only; "phòng Mầm non Sở GD-ĐT" is a department
        if head == "cơ quan" and _INVESTIGATING.match(self.tokens, j):
            return None  # "Cơ quan Cảnh sát điều tra Công an Hà Nội": the body is the police
        if head == "vụ" and not (self._linked(j) and (_SECTORS.match(self.tokens, j) or self._field_word_at(j))):
            return None  # "Vụ Pháp chế", "Vụ Điều trị" are departments, "Vụ Năm Cam" a case
        while self._linked(j) and (form := _FORMS.match(self.tokens, j)):
            j += form[0]
        if head in org_head_words.STATE_BODY_HEADS and (country := self._linked_match(_COUNTRIES, j)) \
                and not (self._linked(country) and self.tokens[country].cap):
            return country  # "Quân đội Mỹ", not "Quân đội Mỹ rút quân"
        if head in org_head_words.ORG_HEADS_DESCRIBED:
            if head in {"viện", "trường"} and self._linked(j) \
                    and self.tokens[j].low in org_head_words.NOT_A_BODY_AFTER_HEAD[head]:
                return None  # "Trường hợp Trần Văn Giao", "Viện phó VKS": another word, a post
            j = self._skip_description(j)
        end = self._name_chain(j, allow_person=head in org_head_words.SCHOOL_HEADS, own_name=head in org_head_words.DEPARTMENT_HEADS,
                               sub_unit=head in org_head_words.SUB_UNIT_HEADS)
        if end == j and head in org_head_words.ORG_HEADS_DESCRIBED_TO_A_PLACE:
            return self._lower_name_to_place(head, j)  # "Liên đoàn bóng đá Campuchia"
        if end == j or (head == "trường" and end == j + 1 and j == i + 1):
            return None  # "Trường Sơn", "Trường Sa", "Trường Chinh" are not schools
        if head in org_head_words.PROPER_NAME_HEADS:
            while end > j + 1 and not (self.tokens[end - 1].cap or self.tokens[end - 1].text.isdigit()):
                end -= 1  # "Nhà hàng Trịnh" | "mở cửa": a hotel's name takes no lower-case word
        return self.place_end.get(end, end) if self._linked(end) else end

    def _field_word_at(self, j: int) -> bool:
        """A capitalised word of a field at ``j``: the syllable and the lower-case one after it
        make a dictionary word, and no person's name or post starts there ("Vụ Điều trị", "Vụ
        Xuất nhập khẩu"; not the cases "Vụ Năm Cam", "Vụ Viện trưởng ... bị kiện"; twentieth
        stop, from blind8 and blind16).

        >>> from .tokens import syllables
        >>> t = "Vụ Điều trị và Vụ Năm Cam, Vụ Viện trưởng bị kiện"
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Vụ Điều trị']
        """
        from .body_word_ends import two_syllable_words  # it imports this package's name rules

        token = self.tokens[j]
        return token.cap and self._linked(j + 1) and not self.tokens[j + 1].cap and not starts_person(self.tokens, j) \
            and not _POSTS.match(self.tokens, j) and f"{token.low} {self.tokens[j + 1].low}" in two_syllable_words()

    def _lower_name_to_place(self, head: str, j: int) -> int | None:
        """End of a name written in lower case after ``head`` and closed by a country, an
        administrative unit, a world scope word or an acronym in brackets ("Liên đoàn bóng
        đá Campuchia", "Tổ chức mậu dịch thế giới", "Tổ chức ân xá quốc tế (AI)"); None when
        nothing closes it within eight words, or when a verb, a function word or a determiner
        comes first ("Tổ chức các giải đấu ở Việt Nam").

        >>> t = "Lãnh đạo Liên đoàn bóng đá Campuchia ra đón; Tổ chức các giải ở Lào."
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Liên đoàn bóng đá Campuchia']
        """
        if not self._linked(j) or self.tokens[j].low in org_head_words.NOT_A_BODY_AFTER_HEAD.get(head, ()):
            return None
        complement = org_head_words.HEAD_COMPLEMENTS.get(head)
        if complement and self._linked(j + 1) and f"{self.tokens[j].low} {self.tokens[j + 1].low}" == complement:
            j += 2
        for k in range(j, min(j + 9, len(self.tokens))):
            token = self.tokens[k]
            if not self._linked(k) and not (k > j and not token.cap and joined_by_dash(self.text, self.tokens, k)):
                return k if k > j and self._bracketed_acronym(k) else None  # "... Pattani (PULO)"
            if k in self.place_end and k > j:
                return self.place_end[k]  # "Đài phát thanh và truyền hình Hà Nội", "... tỉnh Quảng Nam"
            if token.cap:
                return None if k == j else self._closing_name_end(k)
            if k > j and (scope := _CLOSING_SCOPES.match(self.tokens, k)):
                return k + scope[0]  # not "quốc gia": "Đài truyền hình quốc gia" describes
            if token.low in person_words.NOT_NAME_TAILS or (token.low in org_head_words.NOT_IN_A_LOWER_CASE_NAME
                                                      and not self._members_named(j, k)) \
                    or _VERBS.match(self.tokens, k) or _RANKING.match(self.tokens, k) or not token.text.isalpha():
                return None
        return None

    def _closing_name_end(self, k: int) -> int | None:
        """End of the capitalised words that close a lower-case name at ``k``: a country or
        a foreign city ("... Mỹ", "... California"), or a name right before its acronym in
        brackets ("... Bình Tây (BITEX)"); None for any other capitalised word."""
        place = self._linked_match(_WORLD_PLACES, k)
        if place is not None:
            return None if self._linked(place) and self.tokens[place].cap else place
        run = self._name_run(k, allow_person=False)
        return run if run < len(self.tokens) and self._bracketed_acronym(run) else None

    def _members_named(self, j: int, k: int) -> bool:
        """"các" right after the head, naming the members ("Hội các nhà doanh nghiệp")."""
        return k == j and self.tokens[k].low == "các" and self._linked(k + 1) \
            and self.tokens[k + 1].low in org_head_words.MEMBERS_AFTER_DETERMINER

    def _bracketed_acronym(self, k: int) -> bool:
        """Token ``k`` is an acronym in brackets right after a name: "(PULO)", "(ICG)"."""
        token = self.tokens[k]
        return self.text[self.tokens[k - 1].end:token.start].strip() == "(" and token.text.isupper() \
            and token.text.isalpha() and len(token.text) > 1 and k not in self.place_end \
            and self.text[token.end:token.end + 1] == ")"  # not "(TP.HCM)", a place

    def _single(self, i: int) -> int | None:
        token = self.tokens[i]
        if thing_before(self.tokens, i):
            return None  # "chiếc xe Toyota", "tivi Sony", "môtô Honda": a brand used as a product
        if token.low in ONE_WORD_BODIES or (len(token.text) > 3 and _CAMEL.search(token.text)):
            end = i + 1
            while self._linked(end) and self.tokens[end].cap and (  # "Volkswagen AG", "Sony Ericsson"
                    self.tokens[end].low in company_words.FOREIGN_COMPANY_WORDS or self.tokens[end].low in ONE_WORD_BODIES):
                end += 1
            if token.low in known_bodies.ONE_WORD_COMPANIES:  # "Oracle Việt Nam": its branch in a country
                end = self._linked_match(_PLACE_OF_NATION, end) or self._linked_match(_COUNTRIES, end) or end
            else:  # "ActionAid Việt Nam", "Viettel Mobile": its branch here, its unit
                end = self._linked_match(_IN_VIETNAM, end) or self._linked_match(_BRAND_UNITS, end) or end
            if end == i + 1 and token.low not in ONE_WORD_BODIES and camel_no_body(self.text, self.tokens, i):
                return None  # "ProCurve 2600", "SuperStar Virgo", "ThanhGửi": no body
            return None if model_follows(self.tokens, end) else end  # "Nokia 6610": a phone
        return None

    def _skip_description(self, j: int) -> int:
        """Skip up to six lower-case words before a capitalised name ("Công ty quản lý và
        khai thác hầm đường bộ Hải Vân"), not across a function word ("Tập đoàn ôtô hàng
        đầu của Nhật Bản" names no company)."""
        for k in range(j, min(j + 7, len(self.tokens))):
            if not self._linked(k) or (self.tokens[k].low in person_words.NOT_NAME_TAILS and not self._capital_pair(k)):
                return j  # "Bệnh viện phụ sản Từ Dũ": a name, not "từ" (from); "Sau đại học" stays a word
            if self.tokens[k].cap:
                return j if self._starts_body(k) and not self._described_brand(k) else k  # "... và Quỹ ..."
        return j

    def _capital_pair(self, k: int) -> bool:
        """Tokens ``k`` and ``k + 1`` are capitalised syllables of one name ("Từ Dũ")."""
        return k > 0 and self.tokens[k].cap and self._linked(k + 1) and self.tokens[k + 1].cap

    def _described_brand(self, k: int) -> bool:
        """A known one-word body right after the lower-case words describing its trade is the
        company's own name ("Tập đoàn viễn thông ZTE"), not a second body after "và"."""
        return self.tokens[k].low in ONE_WORD_BODIES and self.tokens[k - 1].low not in CONNECTORS \
            and not any(book.match(self.tokens, k) for book in (NAMED_HEADS, _PLACE_BODIES, NATIONAL_BODIES, _POSTS))

    def _department_before_ministry(self, i: int, end: int) -> bool:
        head = NAMED_HEADS.match(self.tokens, i)
        return self.tokens[end].low == "bộ" and head is not None and head[1] in org_head_words.DEPARTMENT_HEADS \
            and i + head[0] < end or self._unit_before_parent(i, end)

    def _unit_before_parent(self, i: int, end: int) -> bool:
        """A unit with a name of its own right before the body it belongs to: two bodies.

        >>> t = "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An đã bắt"
        >>> [e.text for e in find_organizations(t, syllables(t), [Entity("PROVINCE", 32, 43, "tỉnh Nghệ An", "")])]
        ['Phòng Cảnh sát hình sự', 'Công an tỉnh Nghệ An']
        """
        head = NAMED_HEADS.match(self.tokens, i)
        return head is not None and head[1] in org_head_words.SUB_UNIT_HEADS and i + head[0] < end \
            and self.parent_body_at(end)

    def _merge_following(self, i: int, end: int) -> int:
        """A body directly followed by another one is one name ("Ban Thường vụ Huyện ủy X"),
        but a department with a name of its own is not merged with the ministry after it
        ("Tổng cục Điều tra" | "Bộ Tổng tham mưu", as "Cục Quản lý Xuất nhập cảnh" | "Bộ Công an");
        a branch in a place is part of it ("Ngân hàng Nhà nước chi nhánh TP HCM").

        >>> t = "Ngân hàng Nhà nước chi nhánh TP HCM cho biết"
        >>> [e.text for e in find_organizations(t, syllables(t), [Entity("PROVINCE", 29, 35, "TP HCM", "TP HCM")])]
        ['Ngân hàng Nhà nước chi nhánh TP HCM']
        """
        if self._linked(end) and self._linked(end + 1) and f"{self.tokens[end].low} {self.tokens[end + 1].low}" \
                == "chi nhánh" and end + 2 in self.place_end:
            return self.place_end[end + 2]
        if self._linked(end) and self.tokens[end].cap and not self._department_before_ministry(i, end):
            saved = self.kind
            follow = None
            for matcher in (self._place_body, self._national):
                follow = matcher(end)
                if follow is not None:
                    break
            self.kind = saved
            if follow is not None:
                return follow
        return end
