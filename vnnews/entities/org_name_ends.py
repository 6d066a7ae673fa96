"""Where an organisation's name ends: the lower-case syllables a name takes, the words of a
body's field, a scope word or a number that closes it, a capital glued to its last syllable,
and what starts another body after it.

:class:`OrgNameEnds` answers these questions over the syllables of one text;
:mod:`.organizations` builds on it to find the names.

>>> from .tokens import syllables
>>> t = "Hội Cựu thanh niên xung phong họp"
>>> OrgNameEnds(t, syllables(t), [])._name_chain(1, allow_person=False)
6
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from ..document import Entity
from . import body_words, known_bodies, org_head_words, person_words, phrasebooks
from .body_fields import field_word_length
from .foreign import looks_foreign
from .persons import name_run_end, starts_person
from .tokens import Phrasebook, Syllable, joined_by_dash

NATIONAL_BODIES = Phrasebook(body_words.NATIONAL_BODIES + known_bodies.MULTI_WORD_BODIES)
ONE_WORD_BODIES = body_words.ORG_ACRONYMS | known_bodies.ONE_WORD_BODIES
NAMED_HEADS = Phrasebook(org_head_words.ORG_HEADS_NAMED + ("bv",))  # "BV Chợ Rẫy": bệnh viện, abbreviated
CONNECTORS = frozenset({"và", "-", "&"})
_PLACE_BODIES = phrasebooks.PLACE_BODIES
_SECTORS = phrasebooks.SECTORS
_LEVELS = phrasebooks.LEVEL_WORDS
_POSTS = phrasebooks.POSTS
_HONORIFICS = phrasebooks.HONORIFICS
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_ADDRESS_UNITS = frozenset({"quận", "phường", "huyện", "xã", "q", "p", "tp"})
_AMOUNT_WORDS = frozenset({"triệu", "tỷ", "tỉ", "nghìn", "ngàn", "trăm", "đồng", "usd", "%", "tấn", "lượng"})
LONG_TAIL = 5  # more lower-case words a name may take when a person or a national body follows
_AFTER_AN_AGENT = Phrasebook(("để", "sản xuất", "xây dựng", "phát hành", "thu giữ"))
"""What follows a body's name, never a lower-case syllable of it: the purpose of going there
("đến Bệnh viện Nội tiết để khám") and what a body made or seized ("do Hãng phim Trẻ sản
xuất", "Phòng An ninh ... thu giữ"); eleventh pass, from blind9/blind10 misses."""
_SCOPES = Phrasebook(org_head_words.NAME_SCOPE_WORDS)
_COUNTRIES = phrasebooks.COUNTRIES
_PARENT_BODIES = Phrasebook(org_head_words.PARENT_BODY_HEADS)


_GLUED = regex.compile(r"^\p{Ll}{2,}(?=\p{Lu})")  # "hoáTiêu", not "eBay", "iPhone"


def glued_end(name: Sequence[Syllable]) -> int:
    """Where a name's syllables end: before a capital glued to the lower-case letters of one
    of them ("Ban Văn hoáTiêu đề", a headline fused with the next field in VNTC), else at
    the last one's end.

    >>> from .organizations import find_organizations
    >>> from .tokens import syllables
    >>> t = "Gửi tới: Ban Văn hoáTiêu đề: phim"
    >>> [e.text for e in find_organizations(t, syllables(t), [])]
    ['Ban Văn hoá']
    """
    for token in name[1:]:
        if (glued := _GLUED.match(token.text)):
            return token.start + glued.end()
    return name[-1].end


class OrgNameEnds:
    """Where organisation names end in one text, given its syllables and the administrative
    units already found in it (``place_end``: token index where a unit starts -> token index
    after it)."""

    def __init__(self, text: str, tokens: Sequence[Syllable], places: Sequence[Entity]):
        self.text = text
        self.tokens = tokens
        starts = [t.start for t in tokens]
        # token index where each administrative unit starts -> token index after it
        self.place_end: dict[int, int] = {}
        self.inside_place: set[int] = set()  # "Ban" in "Tây Ban Nha" starts no body
        for place in places:
            first = bisect.bisect_left(starts, place.start)
            last = bisect.bisect_left(starts, place.end)
            if first < len(tokens) and tokens[first].start == place.start:
                self.place_end[first] = last
                self.inside_place.update(range(first + 1, last))

    # -- pieces -------------------------------------------------------------------------
    def _linked(self, j: int) -> bool:
        return j < len(self.tokens) and self.tokens[j].linked

    def _linked_match(self, book: Phrasebook, j: int) -> int | None:
        if not self._linked(j) or not self.tokens[j].cap:
            return None
        hit = book.match(self.tokens, j)
        return j + hit[0] if hit else None

    def _name_chain(self, j: int, allow_person: bool, own_name: bool = False, sub_unit: bool = False) -> int:
        """End of a name: sectors, capitalised words (each with one lower-case syllable
        after it), joined by "và", "-" or "&"; it stops before a person's name, and the
        name of a unit (``sub_unit``) before the body it belongs to."""
        end = k = j
        while k < len(self.tokens) and (self._linked(k) if k == j else self._continues(k)):
            sector = _SECTORS.match(self.tokens, k)
            token = self.tokens[k]
            if k in self.place_end and k > j:  # a place ends the name: "Đại học Kinh tế TP HCM"
                return self.place_end[k]
            ministry = own_name and k >= j + 2 and token.cap and token.low == "bộ"
            ministry = ministry or (sub_unit and self.parent_body_at(k))  # "Phòng Đào tạo" | "Trường ĐH ..."
            if k > j and (not self.tokens[k].linked or ministry) and self._starts_body(k):
                break  # "Bộ Nội vụ - Bộ Tài chính" are two, so are "Cục Quản lý Xuất nhập cảnh" "Bộ Công an"
            national = NATIONAL_BODIES.match(self.tokens, k) if token.cap else None
            if national and national[0] > 1 and not self._capital_after(k + national[0]):
                end = k + national[0]  # "Văn phòng Bộ Chính trị": a national body's name is not cut
                break  # (but "CLB Thể Công Viettel" goes on)
            if sector:
                k += sector[0]
                if self._scope_length(k):  # "Tổ chức Y tế thế giới" closes there
                    end = k + self._scope_length(k)
                    break
                if self._linked(k) and not self.tokens[k].cap and (to_place := self._long_tail_end(k)):
                    k = to_place  # "Trung tâm Y tế dự phòng" | "TP HCM": runs on to a place or an official
                elif self._linked(k) and not self.tokens[k].cap and self._and_fields(fields := self._with_field_words(k, k)):
                    k = fields  # "Công ty Xây dựng dịch vụ" | "và hợp tác lao động" (not "Bộ Tài chính nghiên cứu")
            elif k > j and self._holder_after_a_country(j, k):
                break  # "Bộ Ngoại giao Pháp" | "Renaud Muselier"
            elif k > j and self._city_word(k):
                k += 2  # "Bệnh viện Nhi đồng Thành phố" | "phẫu thuật": lower case never goes on after it
                if not self._capital_after(k):
                    end = k
                    break
            elif allow_person and self._holder_after_a_name(j, k):
                break  # "ĐH Quốc gia Hà Nội" | "Bùi Duy Cam": the school's name is complete, its head follows
            elif token.cap and (allow_person or k == j or not starts_person(self.tokens, k)):
                second_capital = k > j and self.tokens[k - 1].cap and self.tokens[k - 1].name_like \
                    and token.low not in org_head_words.NAME_WORDS_BEFORE_LOWER_CASE
                k += 1
                if self._name_number(k):
                    end = k + 1  # "Công ty Cầu 12": a number ends the name
                    break
                if self._linked(k) and not token.text.isupper() and not second_capital:
                    word = self._first_word_end(j, k) if k - 1 == j else k  # "Công ty Xuất nhập khẩu" | "Bình Tây"
                    plain = self._lower_words_end(k + 1) if self._lower_tail(k) and not looks_foreign(token) else word
                    if plain > k + 1 and self._closes_a_later_word(j, k - 1):
                        plain = k + 1  # "Bộ Kế hoạch Đầu tư" | "rà soát": a later capitalised word is complete
                    # "Hội Cựu chiến binh", not "Báo Asahi Shimbun trích" nor "Công ty Bông Sen báo lãi"
                    k = plain if looks_foreign(token) else self._with_field_words(word if plain == word else k, plain)
                    if k > plain and self._name_number(k):
                        end = k + 1  # "Trung tâm Tiêu chuẩn đo lường chất lượng 3"
                        break
                    if k > plain and self._linked(k) and self._starts_body(k):
                        end = k  # "ĐH Khoa học tự nhiên" | "ĐH Quốc gia Hà Nội"
                        break
            elif k > j and self.tokens[k - 1].low == "và" and (fields := self._joined_field_end(k)) > k:
                k = fields  # "Công ty Tư vấn du học và dịch thuật Đức Anh"
            else:
                break
            end = k
            if self._linked(k) and self.tokens[k].low == "và" and self._linked(k + 1) \
                    and ((self.tokens[k + 1].cap or _SECTORS.match(self.tokens, k + 1)
                          or self._joined_field_end(k + 1) > k + 1) and not self._starts_body(k + 1)
                         or self._and_fields(k)) \
                    and not self._foreign_pair(k):  # "và khoa học kỹ thuật": a field, not a faculty
                k += 1
        return end

    def _closes_a_later_word(self, j: int, c: int) -> bool:
        """The capitalised syllable at ``c``, a later word of the name begun at ``j``, makes a
        dictionary word with the lower-case one after it ("Đầu tư", "Xã hội", "Nội địa"),
        and the lower-case words after that are the sentence going on: they hold a function
        word or a verb after a body ("kết hợp với", "ngay sau khi"), or run three syllables
        or more to punctuation ("cấp giấy phép."). The name is written a capital to each word,
        so they are not part of it ("Bộ Kế hoạch Đầu tư" | "rà soát lại"); words that reach a
        capital or a number still may be ("Ban Chỉ huy Phòng chống lụt bão và Tìm kiếm cứu
        nạn", "Phòng chống dịch cúm H5N1"). Twentieth stop, read over blind7-25.

        >>> from .organizations import find_organizations
        >>> from .tokens import syllables
        >>> t = "Bộ Kế hoạch Đầu tư rà soát lại; Hội Cựu thanh niên xung phong họp"
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Bộ Kế hoạch Đầu tư', 'Hội Cựu thanh niên xung phong']
        """
        from .body_word_ends import two_syllable_words  # it imports this module
        from .departments import WORDS_AFTER_A_NAME  # it imports .organizations, which imports this module

        if c <= j or not any(t.cap for t in self.tokens[j:c]) \
                or f"{self.tokens[c].low} {self.tokens[c + 1].low}" not in two_syllable_words() or self._field_at(c + 2):
            return False
        run = c + 2
        while run < min(c + 10, len(self.tokens)) and self._linked(run) and not self.tokens[run].cap \
                and self.tokens[run].text.isalpha():
            if self.tokens[run].low in WORDS_AFTER_A_NAME or _VERBS.match(self.tokens, run):
                return True
            run += 1
        if self._linked(run) and (self.tokens[run].cap or self.tokens[run].text[0].isdigit()):
            return False  # the name may go on to a capital or a number
        return run - (c + 2) >= 3

    def _foreign_pair(self, k: int) -> bool:
        """"và" at ``k`` between two foreign-spelt words, not both acronyms: two companies
        ("Tập đoàn Meta và OpenAI", "FPT và Aptech"), not one name ("Bộ NN và PTNT").
        Nineteenth pass, from the review of modern text.

        >>> from .organizations import find_organizations
        >>> from .tokens import syllables
        >>> t = "Tập đoàn Meta và OpenAI đã ký thỏa thuận"
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Tập đoàn Meta', 'OpenAI']
        """
        if k == 0:
            return False
        before, after = self.tokens[k - 1], self.tokens[k + 1]
        return looks_foreign(before) and looks_foreign(after) and not (before.text.isupper() and after.text.isupper())

    def _city_word(self, k: int) -> bool:
        """"Thành phố" at ``k``, written as the city a body belongs to ("Nhà hát Thành phố");
        nineteenth pass, from modern_a's "Bệnh viện Nhi đồng Thành phố phẫu thuật".

        >>> from .tokens import syllables
        >>> t = "Bệnh viện Nhi đồng Thành phố phẫu thuật cho bé"
        >>> OrgNameEnds(t, syllables(t), [])._name_chain(2, allow_person=False)
        6
        """
        return self.tokens[k].cap and self.tokens[k].low == "thành" and self._linked(k + 1) \
            and self.tokens[k + 1].low == "phố" and not self.tokens[k + 1].cap

    def _first_word_end(self, j: int, k: int) -> int:
        """End of the dictionary word that the name's first syllable (at ``j``) begins, when
        the lower-case syllable at ``k`` after it is one the plain rule stops at as a verb
        ("Xuất nhập khẩu": "nhập" is a verb after a body); ``k`` otherwise. Sixteenth pass, from
        blind16's "Công ty cổ phần Xuất nhập khẩu Khánh Hội".

        >>> from .organizations import find_organizations
        >>> from .tokens import syllables
        >>> t = "Công ty TNHH Xuất nhập khẩu Bình Tây cho biết"
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Công ty TNHH Xuất nhập khẩu Bình Tây']
        """
        from .body_word_ends import two_syllable_words  # it imports this module

        if self._lower_tail(k):
            return k
        words, end = two_syllable_words(), k
        while end < min(j + 3, len(self.tokens)) and self._linked(end) and not self.tokens[end].cap \
                and " ".join(t.low for t in self.tokens[j:end + 1]) in words:
            end += 1
        return end

    def parent_body_at(self, k: int) -> bool:
        """The head of a body that units belong to starts at ``k``, capitalised and in the
        same clause: "Công an", "Bộ", "Trường" (:data:`.org_head_words.PARENT_BODY_HEADS`).

        >>> from .tokens import syllables
        >>> t = "Phòng Cảnh sát hình sự Công an tỉnh Nghệ An"
        >>> ends = OrgNameEnds(t, syllables(t), [])
        >>> ends.parent_body_at(5), ends.parent_body_at(1)
        (True, False)
        """
        return self._linked(k) and self.tokens[k].cap and _PARENT_BODIES.match(self.tokens, k) is not None

    def _holder_after_a_name(self, j: int, k: int) -> bool:
        """A full name of three syllables or more starts at ``k`` right after two or more
        capitalised syllables of the name begun at ``j``: the holder of a post written
        before the body ("Hiệu phó ĐH Quốc gia Hà Nội Bùi Duy Cam"), not the person a school
        is named after, who comes first ("Trường THPT Lê Quý Đôn").

        >>> from .tokens import syllables
        >>> t = "Hiệu phó ĐH Quốc gia Hà Nội Bùi Duy Cam nói"
        >>> OrgNameEnds(t, syllables(t), [])._name_chain(3, allow_person=True)
        7
        """
        return k >= j + 2 and self.tokens[k - 1].cap and self.tokens[k - 2].cap and self.tokens[k].linked \
            and starts_person(self.tokens, k) and name_run_end(self.tokens, k) - k >= 3

    def _holder_after_a_country(self, j: int, k: int) -> bool:
        """A foreign-spelt name of two or three syllables at ``k`` right after a country that
        ends the name begun at ``j``: the post holder after his body ("Quốc vụ khanh Bộ
        Ngoại giao Pháp Renaud Muselier").

        >>> from .tokens import syllables
        >>> t = "với Bộ Ngoại giao Pháp Renaud Muselier, trong"
        >>> OrgNameEnds(t, syllables(t), [])._name_chain(2, allow_person=False)
        5
        """
        if not (self.tokens[k].cap and self.tokens[k].linked):
            return False
        if not any(k - size > j and (hit := _COUNTRIES.match(self.tokens, k - size)) and hit[0] == size
                   for size in (1, 2, 3)):
            return False
        run = self._name_run(k, allow_person=True)
        foreign = 2 <= run - k <= 3 and all(looks_foreign(t) for t in self.tokens[k:run])
        return (foreign or self._short_holder(k, run)) and not (self._linked(run) and self.tokens[run].cap)

    def _short_holder(self, k: int, run: int) -> bool:
        """The holder's name at ``k`` (ending at ``run``) is one foreign-spelt word ("Bộ Ngoại
        giao Nhật Yuyama") or a two- or three-syllable name, as Chinese and Korean names
        are written ("Bộ Ngoại giao Trung Quốc Tần Cương"); sixteenth
        pass, from blind15's "Bộ Ngoại giao Nhật Yuyama".

        >>> from .tokens import syllables
        >>> t = "Người phát ngôn Bộ Ngoại giao Trung Quốc Tần Cương nói"
        >>> OrgNameEnds(t, syllables(t), [])._name_chain(4, allow_person=False)
        8
        """
        if run - k == 1:
            return looks_foreign(self.tokens[k]) and self._sentence_goes_on(run)
        return 2 <= run - k <= 3 and all(t.name_like for t in self.tokens[k:run]) and self._sentence_goes_on(run)

    def _sentence_goes_on(self, run: int) -> bool:
        """A lower-case word or a comma follows ``run``: the name is a subject or set off."""
        return run < len(self.tokens) and (not self.tokens[run].cap or not self._linked(run))

    def _capital_after(self, k: int) -> bool:
        return self._linked(k) and self.tokens[k].cap

    def _starts_body(self, k: int) -> bool:
        """True when another organisation's head, a known one-word body or a post starts at
        ``k`` ("và Bộ Tài chính", "và Eximbank", "và Thứ trưởng")."""
        return self.tokens[k].low in ONE_WORD_BODIES or any(
            book.match(self.tokens, k) for book in (NAMED_HEADS, _PLACE_BODIES, NATIONAL_BODIES, _POSTS))

    def _lower_words_end(self, k: int) -> int:
        """A name that goes on in lower case after its capitalised word ("Hội Cựu thanh
        niên xung phong"): up to three more words, not a level word nor a verb."""
        end = k
        while end < k + 3 and self._linked(end) and self._lower_tail(end) \
                and not _HONORIFICS.match(self.tokens, end) and not _LEVELS.match(self.tokens, end):
            if self._scope_length(end):  # "Tòa án Hình sự quốc tế" | "xét xử"
                return end + self._scope_length(end)
            end += 1
        return self._long_tail_end(end) or end if end == k + 3 else end

    def _with_field_words(self, k: int, plain: int) -> int:
        """End of the lower-case words after a capitalised word at ``k - 1``: ``plain`` (what
        the plain rule took), or further through the words of a body's field
        (:mod:`.body_fields`) when they reach a clear boundary: "Tổng công ty Tái bảo hiểm",
        "Quỹ Hỗ trợ phát triển" | "đã", "Cục Nghệ thuật biểu diễn" | "cấp phép" stays cut.

        >>> from .organizations import find_organizations
        >>> from .tokens import syllables
        >>> t = "Quỹ Hỗ trợ phát triển đã chi; Tổng công ty Tái bảo hiểm Quốc gia nói."
        >>> [e.text for e in find_organizations(t, syllables(t), [])]
        ['Quỹ Hỗ trợ phát triển', 'Tổng công ty Tái bảo hiểm Quốc gia']
        """
        end, used, steps = k, False, 0
        while steps < 4 and self._linked(end) and not _HONORIFICS.match(self.tokens, end) \
                and not _LEVELS.match(self.tokens, end):
            if self._scope_length(end):  # "quốc tế" closes a name
                return self._clear_end(end + self._scope_length(end), plain, used)
            field = self._field_at(end)
            if not field and (used or steps >= 3 or not self._lower_tail(end)):
                break  # after a field word only field words go on ("phát triển" | "mạnh")
            used = used or bool(field)
            end += field or 1
            steps += 1
        return self._clear_end(end, plain, used)

    def _clear_end(self, end: int, plain: int, used_field: bool) -> int:
        """``end`` when field words took the name past ``plain`` to a clear boundary, else ``plain``."""
        return end if used_field and end > plain and self._clear_boundary(end) else plain

    def _field_words_end(self, k: int) -> int:
        """End of field words from ``k`` up to a clear boundary ("dịch thuật" | "Đức Anh"),
        or ``k`` when there is none."""
        end = k
        while (field := self._field_at(end)):
            end += field
        return end if end > k and self._clear_boundary(end) else k

    def _joined_field_end(self, k: int) -> int:
        """End of the lower-case words after "và" at ``k - 1`` that go on a body's name: field
        words up to a clear boundary ("và dịch thuật" | "Đức Anh"), or lower-case words up to
        a place ("và phát triển nhà" | "Hà Nội"); ``k`` when there are none. Nineteenth
        pass, from blind20-23's "Tổng công ty Đầu tư và phát triển nhà Hà Nội".

        >>> from .organizations import find_organizations
        >>> from .places import find_admin_units
        >>> from .tokens import syllables
        >>> t = "Công ty Quản lý và kinh doanh nhà Hải Phòng cho biết"
        >>> [e.text for e in find_organizations(t, syllables(t), find_admin_units(t))]
        ['Công ty Quản lý và kinh doanh nhà Hải Phòng']
        """
        end = k
        while (field := self._field_at(end)):
            end += field
        if end > k and self._clear_boundary(end):
            return end
        if not self._linked(k) or self.tokens[k].cap:
            return k
        return self._long_tail_end(end) or k

    def _and_fields(self, k: int) -> bool:
        """"và" at ``k`` joins more field words to the name before it ("Xây dựng dịch vụ" |
        "và hợp tác lao động"), not another body ("và Bộ Tài chính")."""
        return self._linked(k) and self.tokens[k].low == "và" and self._linked(k + 1) \
            and not self.tokens[k + 1].cap and self._field_at(k + 1) > 0 and self._joined_field_end(k + 1) > k + 1

    def _field_at(self, k: int) -> int:
        """Length of a field word at ``k`` that is no place level, verb or person's word."""
        if k >= len(self.tokens) or any(book.match(self.tokens, k)
                                        for book in (_LEVELS, _VERBS, _AFTER_AN_AGENT, _HONORIFICS)):
            return 0
        return field_word_length(self.tokens, k)

    def _clear_boundary(self, k: int) -> bool:
        """A name may end before token ``k``: punctuation or the end of the text, a
        capitalised word or a number, a verb or a function word ("đã", "của", "tại")."""
        if not self._linked(k):
            return True
        token = self.tokens[k]
        return token.cap or self._and_fields(k) or token.text.isdigit() or token.low in person_words.PERSON_FOLLOWERS \
            or bool(_VERBS.match(self.tokens, k)) or bool(_AFTER_AN_AGENT.match(self.tokens, k))

    def _long_tail_end(self, k: int) -> int | None:
        """A longer lower-case name that runs up to an official's full name, a national
        body or a place: "Cục Vệ sinh an toàn thực phẩm" | "Phan Thị Kim", "Cục Cảnh sát điều
        tra tội phạm về ma túy" | "Bộ Công an", "Trung tâm Đào tạo công nghệ thông tin" |
        "TP.HCM", or a body of a place (twelfth pass): "Ban tài chính quản trị" | "Thành ủy";
        None when nothing of the kind follows."""
        end = k
        while end < k + LONG_TAIL and self._linked(end) and not self.tokens[end].cap \
                and not _HONORIFICS.match(self.tokens, end) and not _LEVELS.match(self.tokens, end):
            sector = _SECTORS.match(self.tokens, end)  # "công trình giao thông"
            if not (sector or self._lower_tail(end) or self.tokens[end].low == "về"):
                break
            end += sector[0] if sector else 1
        follows = end > k and end < len(self.tokens) and self._linked(end) and self.tokens[end].cap
        return end if follows and (starts_person(self.tokens, end) or NATIONAL_BODIES.match(self.tokens, end)
                                   or end in self.place_end or _PLACE_BODIES.match(self.tokens, end)) else None

    def _name_number(self, k: int) -> bool:
        """A number that ends a name ("Công ty Cầu 12"), not an amount written after it
        ("Ngân hàng Đông Á 5,5 triệu đồng", "Công ty Vinamilk 3 tỷ đồng")."""
        if not (self._linked(k) and self.tokens[k].text.isdigit()):
            return False
        end = self.tokens[k].end
        if self.text[end:end + 1] in {",", "."} and self.text[end + 1:end + 2].isdigit():
            return False
        if k + 1 < len(self.tokens) and self._linked(k + 1) and self.tokens[k + 1].cap and starts_person(self.tokens, k + 1) \
                and self._unit_after(name_run_end(self.tokens, k + 1, 4)):
            return False  # "khách sạn Duxton 63 Nguyễn Huệ, quận 1": a house number and its street ("PMU 18 Phạm Tiến Dũng" stays)
        return not (k + 1 < len(self.tokens) and self._linked(k + 1) and self.tokens[k + 1].low in _AMOUNT_WORDS)

    def _unit_after(self, k: int) -> bool:
        """A unit's type word at ``k``, after a comma or not ("..., quận 1", "Q.1", "phường 3")."""
        return k < len(self.tokens) and self.text[self.tokens[k - 1].end:self.tokens[k].start].strip() in {"", ","} \
            and self.tokens[k].low.split(".")[0] in _ADDRESS_UNITS

    def _scope_length(self, k: int) -> int:
        """Length of a scope word that closes a body's name ("quốc tế", "thế giới") at ``k``."""
        hit = _SCOPES.match(self.tokens, k) if self._linked(k) and not self.tokens[k].cap else None
        return hit[0] if hit else 0

    def _lower_tail(self, k: int) -> bool:
        """A lower-case second syllable of a capitalised word ("Du lịch"), not a verb or a
        function word after the name ("Công ty Đông Nam ký")."""
        token = self.tokens[k]
        return token.text[0].isalpha() and not token.cap and token.low not in CONNECTORS and token.low not in person_words.PERSON_FOLLOWERS \
            and not _SECTORS.match(self.tokens, k) and not _VERBS.match(self.tokens, k) \
            and not _AFTER_AN_AGENT.match(self.tokens, k)

    def _continues(self, k: int) -> bool:
        """Token ``k`` goes on a name: after a space, or after " - " / " & " if capitalised."""
        return self.tokens[k].linked or (self.tokens[k].cap and joined_by_dash(self.text, self.tokens, k, "-–&"))

    def _name_run(self, j: int, allow_person: bool) -> int:
        """End of a run of capitalised syllables starting at ``j`` (no lower case)."""
        k = j
        while k < len(self.tokens) and self.tokens[k].cap and (k == j or self._linked(k)):
            if k > j and not allow_person and starts_person(self.tokens, k):
                break
            k += 1
        return k


_GENERIC_PLACE_TAILS = frozenset({("tp",), ("thành", "phố"), ("tỉnh",), ("huyện",), ("quận",)})
_GENERIC_PLACE_ENDINGS = tuple(f" {tail[-1]}" for tail in _GENERIC_PLACE_TAILS)  # a cheap test first


def without_generic_place_tails(text: str, tokens: Sequence[Syllable], organizations: list[Entity]) -> list[Entity]:
    """``organizations`` without a bare level word closing a name: "Cục Thuế TP, cho biết"
    is "Cục Thuế", as the guideline leaves a generic place word after a body out ("Sở Giao
    thông thành phố" → "Sở Giao thông"); a name after the word keeps it ("Cục Thuế TP Huế").

    >>> from .organizations import organization_entity
    >>> from .tokens import syllables
    >>> t = "Cục Thuế TP, cho biết; Phòng CSGT thành phố đã họp."
    >>> found = [organization_entity(t, 0, 11, "named"), organization_entity(t, t.index("Phòng"), t.index(" đã"), "named")]
    >>> [e.text for e in without_generic_place_tails(t, syllables(t), found)]
    ['Cục Thuế', 'Phòng CSGT']
    >>> t = "Nhà hát TP và Ban Pháp chế HĐND TP họp."
    >>> found = [organization_entity(t, 0, 10, "named"), organization_entity(t, 14, 34, "named")]
    >>> [e.text for e in without_generic_place_tails(t, syllables(t), found)]
    ['Nhà hát TP', 'Ban Pháp chế HĐND TP']
    """
    starts = [t.start for t in tokens]
    out = []
    for entity in organizations:
        if not entity.text.lower().endswith(_GENERIC_PLACE_ENDINGS):
            out.append(entity)
            continue
        last = bisect.bisect_left(starts, entity.end) - 1
        cut = next((last - len(tail) + 1 for tail in _GENERIC_PLACE_TAILS
                    if last - len(tail) >= 1 and tuple(t.low for t in tokens[last - len(tail) + 1:last + 1]) == tail
                    and tokens[last].end == entity.end and tokens[last - len(tail)].start >= entity.start), None)
        named_after = last + 1 < len(tokens) and tokens[last + 1].linked and tokens[last + 1].cap
        first = bisect.bisect_left(starts, entity.start)
        head = NAMED_HEADS.match(tokens, first)
        if cut is None or named_after or cut <= first + (head[0] if head else 1) or _PLACE_BODIES.match(tokens, cut - 1) \
                or tokens[cut].text.istitle():
            out.append(entity)  # "Nhà hát TP": a head alone is no name; "HĐND TP": a body of the city;
            continue  # "Bệnh viện Nhi đồng Thành phố": capitalised, a word of the name
        end = tokens[cut - 1].end
        out.append(Entity("ORGANIZATION", entity.start, end, text[entity.start:end],
                          " ".join(text[entity.start:end].split()), dict(entity.attrs)))
    return out
