"""Organisation names after a lower-case head: "hãng Tesco", "tờ Times of India", "công ty
bảo hiểm nhân thọ Prevoir", where the name alone is the organisation (see
docs/entities_guideline.md), and names written in capitals with their number ("Cầu 12").

>>> from .tokens import syllables
>>> t = "Theo hãng tin Kyodo trích lời"
>>> names = LowerHeadNames(t, syllables(t), [])
>>> j = names.name_after_lower_head(1)
>>> t[names.tokens[j].start:names.tokens[names.plain_name_end(j) - 1].end]
'Kyodo'
"""

from __future__ import annotations

import regex

from . import company_words, org_head_words, person_words, phrasebooks, place_words
from .foreign import looks_foreign
from .org_name_ends import NAMED_HEADS, NATIONAL_BODIES, ONE_WORD_BODIES, OrgNameEnds
from .persons import starts_person
from .tokens import Phrasebook, sentence_start

_LOWER_HEADS = Phrasebook(org_head_words.LOWER_CASE_ORG_HEADS)
_FORMS = phrasebooks.COMPANY_FORMS
_SECTORS = phrasebooks.SECTORS
_COUNTRIES = phrasebooks.COUNTRIES
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_WORLD_PLACES = phrasebooks.WORLD_PLACES
_VIETNAMESE_LETTERS = regex.compile(r"[^\x00-\x7f]")  # any diacritic or đ


class LowerHeadNames(OrgNameEnds):
    """Finds the name after a lower-case organisation head and where it ends."""

    def name_after_lower_head(self, i: int) -> int | None:
        """Token index of the name after a lower-case head ("hãng Tesco", or "Tờ ABC" opening
        a sentence), if any."""
        token = self.tokens[i]
        if token.cap and token.low != "hãng" and not sentence_start(self.text, token):
            return None  # "Báo Thanh Niên", "Ngân hàng Nhà nước": a capitalised head is part of the name
        hit = _LOWER_HEADS.match(self.tokens, i)
        named = NAMED_HEADS.match(self.tokens, i) if token.cap else None
        if named and not (hit and hit[0] > named[0]):  # "Ban nhạc X" is not "Ban X"
            return None
        if token.cap and not sentence_start(self.text, token) and not self._agency_head(i, hit):
            return None  # "Hãng phim Giải Phóng" names
        if hit and i > 0 and self.tokens[i].linked \
                and self.tokens[i - 1].low in place_words.NOT_A_HEAD_AFTER.get(hit[1], ()):
            return None  # "thị trường Honda", "nhập viện Pasteur"
        j = self._past_trade_words(i + hit[0], hit[1]) if hit else None
        if j is None or not self._linked(j) or not self.tokens[j].cap or j in self.place_end or j in self.inside_place \
                or (starts_person(self.tokens, j) and hit[1] not in org_head_words.SCHOOL_HEADS) \
                or NAMED_HEADS.match(self.tokens, j):  # "trường Lương Thế Vinh" is a school
            return None
        return j

    def _past_trade_words(self, j: int, head: str) -> int:
        """Token index of the name after a company head and the words of its trade: "hãng
        phần mềm an ninh Symantec", "công ty bảo hiểm nhân thọ Prevoir", when the name is
        foreign-spelt or known; else ``j``."""
        if head not in company_words.TRADE_DESCRIBED_HEADS:
            return j
        for k in range(j, min(j + 5, len(self.tokens))):
            token = self.tokens[k]
            if not token.linked:
                return j
            if token.cap:
                foreign = looks_foreign(token) and token.low not in company_words.COMMON_FOREIGN_NOUNS \
                    and token.low not in company_words.TRADE_ACRONYMS and not _WORLD_PLACES.match(self.tokens, k)
                return k if k > j and (foreign or self.known_body_at(k)) else j
            if token.low in person_words.NOT_NAME_TAILS or _VERBS.match(self.tokens, k) or not token.text.isalpha():
                return j
        return j

    def known_body_at(self, j: int) -> bool:
        """A body known by name starts at ``j`` ("Bức Tường", "Sony")."""
        return self.tokens[j].low in ONE_WORD_BODIES or NATIONAL_BODIES.match(self.tokens, j) is not None

    def _agency_head(self, i: int, hit: tuple[int, str] | None) -> bool:
        """"Hãng", "Hãng tin" ... capitalised inside a sentence, spelt with its diacritics
        (not "Hang" opening a Cambodian name)."""
        return bool(hit) and hit[1] in org_head_words.AGENCY_HEADS and self.tokens[i].low == hit[1].split()[0]

    def plain_name_end(self, j: int) -> int | None:
        """End of a name written in capitals (with its number): "Tesco", "Wal Mart", "Cầu 12",
        or of a field's name and its country: "đảng Dân chủ", "đảng Cộng sản Trung Quốc"."""
        field = _SECTORS.match(self.tokens, j) if self.tokens[j].cap else None
        if field:
            end = self._linked_match(_COUNTRIES, j + field[0]) or j + field[0]
            goes_on = end < len(self.tokens) and self.tokens[end].cap and self._continues(end)
            return None if goes_on else end  # not "công ty Xây dựng" | "- Kinh doanh nhà Phú Nhuận"
        if (named := self._name_after_forms(j)) is not None:
            return named  # "công ty TNHH Trần Thành", "công ty TNHH bao bì Lâm Hưng"
        end = self._name_run(j, allow_person=False)
        if self._name_number(end):
            end += 1
        elif self._linked(end) and self._lower_tail(end) and not self._known_or_foreign_word(j, end):
            return None  # the name goes on in lower case ("ngân hàng Nhà nước"): not a plain name
        return end if end > j else None

    def _name_after_forms(self, j: int) -> int | None:
        """End of a company's name after its legal form written in capitals ("TNHH", "CP")
        and up to three lower-case words of its trade: the name may read like a person's
        ("công ty TNHH Trần Thành"), as it may after a capitalised head; None when no
        form opens the name at ``j`` or no capitalised name follows it. Nineteenth pass,
        from blind22-23's "công ty TNHH Trần Thành", "công ty TNHH bao bì Lâm Hưng".

        >>> from .tokens import syllables
        >>> t = "cháy ở công ty TNHH bao bì Lâm Hưng, quận 6"
        >>> names = LowerHeadNames(t, syllables(t), [])
        >>> t[names.tokens[4].start:names.tokens[names.plain_name_end(4) - 1].end]
        'TNHH bao bì Lâm Hưng'
        """
        k = j
        while self.tokens[k].cap and self.tokens[k].text.isupper() and (form := _FORMS.match(self.tokens, k)) \
                and (k == j or self._linked(k)):
            k += form[0]
        if k == j:
            return None
        for name in range(k, min(k + 4, len(self.tokens))):
            token = self.tokens[name]
            if not self._linked(name) or token.low in person_words.NOT_NAME_TAILS or _VERBS.match(self.tokens, name):
                return None
            if token.cap:
                if self._starts_body(name) or name in self.place_end:
                    return None
                end = self._name_chain(name, allow_person=False)
                return end if end > name else None
        return None

    def _known_or_foreign_word(self, j: int, end: int) -> bool:
        """A one-word name that cannot go on in lower case: a known body or a foreign-spelt
        word ("hãng tin Kyodo trích", "hãng Fujitsu nói"), not a company form ("công ty TNHH
        lương ...") nor a foreign name that goes on ("tờ Times of India")."""
        name, after = self.tokens[j], self.tokens[end]
        if looks_foreign(after) or after.low in person_words.NAME_PARTICLES:
            return False
        if end > j + 1:  # "ban nhạc The Beatles hát": a foreign name of several words
            return end - j <= 4 and looks_foreign(self.tokens[end - 1]) \
                and not any(_VIETNAMESE_LETTERS.search(t.text) for t in self.tokens[j:end])
        if _FORMS.match(self.tokens, j) or name.low in company_words.COMMON_FOREIGN_NOUNS:
            return False
        return name.low in ONE_WORD_BODIES or looks_foreign(name)
