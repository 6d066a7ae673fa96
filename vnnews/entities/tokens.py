"""Syllable tokens and multi-syllable phrase lookup, the common ground of the entity rules.

Vietnamese names are written as capitalised syllables ("Nguyễn Mạnh Hùng", "Bộ Tư pháp"),
so the rules work on syllables: :func:`syllables` cuts a text into :class:`Syllable`
tokens with offsets, and a :class:`Phrasebook` finds the longest known phrase (a post, a
body, a country...) starting at a token. Lookups accept the text with or without
diacritics: a syllable written without any diacritic also matches through its folded key
("Chu tich" matches "chủ tịch"), one written with diacritics must match exactly.

>>> toks = syllables("Chủ tịch UBND tỉnh, ông Hùng.")
>>> [(t.text, t.cap) for t in toks]
[('Chủ', True), ('tịch', False), ('UBND', True), ('tỉnh', False), ('ông', False), ('Hùng', True)]
>>> book = Phrasebook(["chủ tịch", "chủ tịch nước"])
>>> book.match(toks, 0)
(2, 'chủ tịch')
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from dataclasses import dataclass
from typing import Iterable, Sequence

import regex

from ..normalize import convert_tone_style, remove_diacritics
from ..normalize.alphabet import BASE_VOWELS, VIETNAMESE_LETTERS, split_tone, split_word
from ..normalize.syllable import is_syllable, parse
from .person_words import PERSON_FOLLOWERS

# A dot joins only after capitals or digits ("TP.HCM", "G.Glitter", "1.430"), not across
# a missing space between sentences ("Trường Sơn.Theo").
_SYLLABLE = regex.compile(
    r"[\p{L}\p{M}\p{N}]+(?:(?:[\-'’&/]|(?<=(?:^|[^\p{L}\p{M}\p{N}])[\p{Lu}\p{N}]+)\.)[\p{L}\p{M}\p{N}]+)*"
)


@dataclass(frozen=True)
class Syllable:
    """One syllable (or abbreviation, number, hyphenated word) at ``text[start:end]``."""

    start: int
    end: int
    text: str
    low: str  # lower case, in the "new" tone-mark style
    key: str  # lower case without diacritics
    cap: bool  # starts with a capital letter
    plain: bool  # no diacritic, in a text mostly written without them: match folded
    linked: bool  # separated from the previous token by spaces only (same line)
    name_like: bool = False  # capitalised like a syllable of a name ("Hùng", not "UBND")


def fold(text: str) -> str:
    """Lower case without diacritics (đ → d), the key used for lookups.

    >>> fold("Thủy Điện")
    'thuy dien'
    """
    return remove_diacritics(text).lower()


def lower_key(text: str) -> str:
    """Lower case in one tone-mark style, so "Ủy ban" and "Uỷ ban" look the same.

    >>> lower_key("Ủy ban") == lower_key("Uỷ ban")
    True
    """
    return convert_tone_style(text, "new").lower()


def syllables(text: str) -> list[Syllable]:
    """Cut ``text`` into syllable tokens with offsets (punctuation is left out).

    >>> [t.text for t in syllables("TP.HCM, Nguyễn Văn A.")]
    ['TP.HCM', 'Nguyễn', 'Văn', 'A']
    """
    without_marks = _mostly_without_diacritics(text)
    styled = convert_tone_style(text, "new").lower()  # length-preserving on NFC text
    folded = fold(text)
    same_length = len(styled) == len(text) == len(folded)
    spans = _spans(text)
    tokens = []
    append = tokens.append
    previous_end = None
    for start, end in spans:
        word = text[start:end]
        if same_length:
            low, key = styled[start:end], folded[start:end]
        else:
            low, key = word.lower(), fold(word)
        if previous_end is None:
            linked = False  # the text's start counts as a line break
        else:
            gap = text[previous_end:start]
            linked = gap.isspace() and "\n" not in gap or not gap and word[0].islower()  # a glued tail
        append(_new_syllable(start, end, word, low, key, word[0].isupper(), without_marks and key == low, linked,
                             _name_like(word)))
        previous_end = end
    return tokens


def _spans(text: str) -> list[tuple[int, int]]:
    """The syllables' spans, words glued at a lost space or line break read apart."""
    spans = [match.span() for match in _SYLLABLE.finditer(text)]
    if _INNER_CAPITAL.search(text) is not None:  # only then may a word be two glued syllables
        spans = [part for start, end in spans for part in _glued_parts(text[start:end], start, end)]
    glued = {m.start(): m.end() for m in _LOWER_TAIL_WORD.finditer(text) if not m.group().isascii()}
    if glued:  # a capitalised word glued to a lower-case one ("Hậu Giangchết"): rare
        spans = _split_lower_tails(text, spans, glued)
    return spans


def lower_tail_cuts(text: str) -> set[int]:
    """The offsets where :func:`syllables` cuts a capitalised word from a lower-case word
    glued to it ("Hậu Giangchết"), for matchers that look for word ends in the text itself.

    >>> t = "Cá ở Hậu Giangchết, Libăng"
    >>> [t[:k] for k in sorted(lower_tail_cuts(t))]
    ['Cá ở Hậu Giang']
    """
    if all(m.group().isascii() for m in _LOWER_TAIL_WORD.finditer(text)):
        return set()
    spans = _spans(text)
    return {end for (_, end), (start, _) in zip(spans, spans[1:]) if end == start and text[start].islower()}


def _new_syllable(start, end, text, low, key, cap, plain, linked, name_like) -> Syllable:
    """A :class:`Syllable` made without the frozen dataclass's ``__init__`` (one
    ``object.__setattr__`` per field, a tenth of the tokenizer's time): the same fields, the
    same equality and hash.

    >>> _new_syllable(0, 2, "Hà", "hà", "ha", True, False, False, True) == Syllable(0, 2, "Hà", "hà", "ha", True, False, False, True)
    True
    """
    token = _object_new(Syllable)
    token.__dict__.update(start=start, end=end, text=text, low=low, key=key, cap=cap, plain=plain, linked=linked,
                          name_like=name_like)
    return token


_object_new = object.__new__


_INNER_CAPITAL = regex.compile(r"\p{Ll}\p{Lu}")


def _glued_parts(word: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The spans of ``word`` at ``text[start:end]``: two syllables when it is two Vietnamese
    syllables glued across a lost line break, a lower-case letter then a capital ("ThanhGửi"
    of "Người gửi: Thanh" + "Gửi tới: ...", "HàNhưng"), one of them with a Vietnamese
    diacritic; brands stay whole ("VnExpress", "MobiFone", "TiVo", "iPhone"). The second
    part is read as on a new line (not linked); the text is not changed.

    >>> [[w[a:b] for a, b in _glued_parts(w, 0, len(w))] for w in ("ThanhGửi", "SĩỞ", "VnExpress", "TiVo", "HảI")]
    [['Thanh', 'Gửi'], ['Sĩ', 'Ở'], ['VnExpress'], ['TiVo'], ['HảI']]
    """
    inner = _INNER_CAPITAL.search(word)
    if inner is None or not word.isalpha() or word.isascii() or _INNER_CAPITAL.search(word, inner.end()):
        return ((start, end),)
    cut = inner.start() + 1
    if word[cut:] == "I" or not (is_syllable(word[:cut]) and is_syllable(word[cut:])):  # "HảI": a typo; "SĩỞ" splits
        return ((start, end),)
    return ((start, start + cut), (start + cut, end))


_VOWEL = "".join(sorted(c for c in VIETNAMESE_LETTERS if c.islower() and split_tone(c)[0] in BASE_VOWELS))
# A capitalised word of lower-case letters with two vowel runs: no Vietnamese syllable has two.
_LOWER_TAIL_WORD = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}\p{{N}}\-'’&/.])\p{{Lu}}[^{_VOWEL}\P{{Ll}}]*+[{_VOWEL}]++[^{_VOWEL}\P{{Ll}}]++[{_VOWEL}]\p{{Ll}}*+"
    r"(?![\p{L}\p{M}\p{N}\-'’&/])"
)


def _split_lower_tails(text: str, spans: list[tuple[int, int]], words: dict[int, int]) -> list[tuple[int, int]]:
    """``spans`` with each word of ``words`` (start → end) that :func:`_lower_tail_cut` cuts
    read as two spans; whether it ends a name is read from the span before it."""
    spans = list(spans)
    for start in sorted(words, reverse=True):  # from the end: the indexes before stay valid
        k = bisect_left(spans, (start,))
        if k == len(spans) or spans[k] != (start, words[start]):
            continue  # part of a longer token ("Giangchết-2")
        cut = _lower_tail_cut(text[start:words[start]], k > 0 and _ends_name_before(text, spans[k - 1], start))
        if cut is not None:
            spans[k:k + 1] = [(start, start + cut), (start + cut, words[start])]
    return spans


def _ends_name_before(text: str, previous: tuple[int, int], start: int) -> bool:
    """True when the span ``previous`` is a capitalised Vietnamese syllable on the same line,
    spaces only before ``start``: the word at ``start`` goes on a name ("Hậu Giang...")."""
    word, gap = text[previous[0]:previous[1]], text[previous[1]:start]
    return word[0].isupper() and gap.isspace() and "\n" not in gap and is_syllable(word)


@lru_cache(maxsize=8192)
def _lower_tail_cut(word: str, after_name: bool) -> int | None:
    """Where a capitalised ``word`` (no syllable itself, not all plain letters) splits into a
    head and a lower-case Vietnamese syllable tail of two letters or more, the longest such
    tail, or None. ``after_name`` (the word follows a capitalised Vietnamese syllable): any
    tail after a Vietnamese syllable head ("Hậu Giangchết", "Trung Quốcxuất"). Otherwise the
    tail must be a word that ends a name (:data:`.person_words.PERSON_FOLLOWERS`: "là",
    "bị", "năm") after a Vietnamese syllable or a foreign word of plain letters ("ông
    Trầnlà", "Nyuntbị"). Transliterations stay whole ("Libăng", "Xaynhaxỏn", "Marốc").

    >>> _lower_tail_cut("Trầnlà", False), _lower_tail_cut("Xaynhaxỏn", True), _lower_tail_cut("Hà", True)
    (4, None, None)
    >>> [_lower_tail_cut(w, True) for w in ("Giangchết", "Mekong", "Hanoi")]
    [5, None, None]
    >>> [_lower_tail_cut(w, False) for w in ("Singaporenăm", "Giangchết", "Libăng")]
    [9, None, None]
    """
    if word.isascii() or is_syllable(word):
        return None
    for cut in range(1, len(word) - 1):
        head, tail = word[:cut], word[cut:]
        if not _well_spelt(tail):
            continue
        if after_name and _well_spelt(head) and head[-1].lower() not in _VOWEL and tail[0] not in _VOWEL:
            return cut  # an open head or a vowel after the glue: more often a transliteration ("Carôn", "Lênin")
        if tail in PERSON_FOLLOWERS and (_well_spelt(head) or head.isascii() and len(head) > 2):
            return cut
    return None


def _well_spelt(word: str) -> bool:
    """A Vietnamese syllable (:func:`is_syllable`) that also keeps the spelling rules a cut
    must respect: a stop coda (p, t, c, ch) takes the sắc or nặng tone ("Văc" is none), gh and
    ngh go before i, e, ê and g, ng, c not before e, ê ("Phong|hôm", not "Phon|ghôm").

    >>> [_well_spelt(w) for w in ("xuất", "Giang", "ghôm", "gép", "Văc", "nghe")]
    [True, True, False, False, False, True]
    """
    if not is_syllable(word):
        return False
    bases, tones = split_word(word)
    onset, nucleus, coda = parse("".join(bases).lower())
    if coda in _STOPS and not tones & {2, 5}:
        return False
    return nucleus[0] not in _NOT_BEFORE.get(onset, "")


_STOPS = frozenset(("p", "t", "c", "ch"))
_NOT_BEFORE = {"gh": "aăâoôơuư", "ngh": "aăâoôơuư", "k": "aăâoôơuư", "c": "ieêy", "g": "eê", "ng": "ieê"}


def _mostly_without_diacritics(text: str) -> bool:
    """True when fewer than 5% of the letters carry a diacritic (Vietnamese typed without
    them): only then may a bare syllable stand for an accented one ("ban" for "bạn")."""
    letters = sum(map(len, _LETTERS.findall(text)))  # counted by runs: far fewer strings than letters
    return letters > 0 and sum(map(len, _MARKED_LETTERS.findall(text))) < 0.05 * letters


_LETTERS = regex.compile(r"\p{L}+")
_MARKED_LETTERS = regex.compile(r"[^\P{L}a-zA-Z]+")


def _name_like(word: str) -> bool:
    """A capitalised syllable a name can hold: "Hùng", "A", "Willem-Alexander" (not "UBND")."""
    return word[0].isupper() and (len(word) == 1 or not word[1:].replace("-", "").isupper()) \
        and not any(c.isdigit() for c in word)


def token_range(starts: Sequence[int], start: int, end: int) -> range:
    """The indexes of the syllables (by their sorted ``starts``) that ``[start, end)`` covers.

    >>> token_range([t.start for t in syllables("Ông Lê Văn Tám nói")], 4, 14)
    range(1, 4)
    """
    return range(bisect_left(starts, start), bisect_left(starts, end))


def matches_at_tokens(pattern: regex.Pattern, text: str, tokens: Sequence[Syllable], at_end: bool = False):
    """Each match of ``pattern`` in ``text`` with the index of the first syllable that starts at
    or after the match's start (its end with ``at_end``). The syllables' starts are listed only
    once a match comes: the patterns this serves are rare, most texts have no match.

    >>> t = "vợ của Kurt"
    >>> [(m.group(), k) for m, k in matches_at_tokens(regex.compile("của "), t, syllables(t), at_end=True)]
    [('của ', 2)]
    """
    starts = None
    for match in pattern.finditer(text):
        starts = starts or [t.start for t in tokens]
        yield match, bisect_left(starts, match.end() if at_end else match.start())


def joined_by_dash(text: str, tokens: Sequence[Syllable], k: int, marks: str = "-–") -> bool:
    """True when token ``k`` follows the previous one after spaces only, or after one of
    ``marks`` on the same line ("Vu Gia - Thu Bồn", "Kinh tế - Xã hội").

    >>> t = syllables("Vu Gia - Thu Bồn, Huế")
    >>> [joined_by_dash("Vu Gia - Thu Bồn, Huế", t, k) for k in (1, 2, 4)]
    [True, True, False]
    """
    if tokens[k].linked:
        return True
    gap = text[tokens[k - 1].end:tokens[k].start]
    return len(gap.strip()) == 1 and gap.strip() in marks and "\n" not in gap


SENTENCE_MARKS = ".!?:\n…-–—•;"
"""What ends the text before a sentence (or a line, a list item) for :func:`sentence_start`."""


def sentence_start(text: str, token: Syllable, marks: str = SENTENCE_MARKS) -> bool:
    """True when ``token`` opens a sentence, a line or a quotation: nothing but spaces,
    quotes and brackets stand between it and one of ``marks`` (or the text's start), or it
    is the second part of a word glued across a lost line break ("HàNhưng", :func:`syllables`).

    >>> t = syllables("Mưa. Hải đi, Nam về")
    >>> [sentence_start("Mưa. Hải đi, Nam về", t[k]) for k in (1, 2, 3)]
    [True, False, False]
    >>> sentence_start("Mưa. Hải đi, Nam về", t[3], marks=",")
    True
    """
    before = text[max(0, token.start - 3):token.start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in marks or text[token.start - 1:token.start].islower()


class Phrasebook:
    """Longest-match lookup of lower-case phrases over syllable tokens.

    >>> book = Phrasebook(["bộ trưởng", "thứ trưởng"])
    >>> book.match(syllables("Thu truong Le Van"), 0)
    (2, 'thứ trưởng')
    >>> book.match(syllables("Thư trưởng"), 0) is None
    True
    """

    def __init__(self, phrases: Iterable[str]):
        self._exact: dict[tuple[str, ...], str] = {}
        self._folded: dict[tuple[str, ...], str] = {}
        for phrase in phrases:
            words = tuple(lower_key(phrase).split())
            self._exact.setdefault(words, phrase)
            self._folded.setdefault(tuple(fold(w) for w in words), phrase)
        # first word -> phrase lengths, longest first: most tokens are rejected here
        self._sizes_exact = _sizes_by_first_word(self._exact)
        self._sizes_folded = _sizes_by_first_word(self._folded)

    def match(self, tokens: Sequence[Syllable], i: int) -> tuple[int, str] | None:
        """(number of tokens, phrase) of the longest phrase starting at ``tokens[i]``."""
        first = tokens[i]
        exact = self._sizes_exact.get(first.low, ())
        folded = self._sizes_folded.get(first.key, ()) if first.plain else ()
        if not folded:
            if not exact:
                return None  # most tokens: no phrase starts with this word
            sizes = exact
        else:
            sizes = sorted(set(exact) | set(folded), reverse=True)
        # the tokens after tokens[i] on the same line, as far as the longest phrase reaches
        reach = min(len(tokens), i + sizes[0])
        linked = i + 1
        while linked < reach and tokens[linked].linked:
            linked += 1
        for size in sizes:
            if i + size > linked:
                continue  # past the text's end or across a line break
            window = tokens[i:i + size]
            phrase = self._exact.get(tuple([t.low for t in window]))
            if phrase is None and all(t.plain for t in window):
                phrase = self._folded.get(tuple([t.key for t in window]))
            if phrase is not None:
                return size, phrase
        return None

    def spells(self, text: str) -> bool:
        """Whether ``text`` is one phrase of the book, whole.

        >>> book = Phrasebook(["hà lan", "mỹ"])
        >>> book.spells("Hà Lan"), book.spells("Hà Lan mới"), book.spells(""), book.spells("...")
        (True, False, False, False)
        """
        tokens = syllables(text)
        hit = self.match(tokens, 0) if tokens else None
        return hit is not None and hit[0] == len(tokens)


def _sizes_by_first_word(table: dict[tuple[str, ...], str]) -> dict[str, tuple[int, ...]]:
    sizes: dict[str, set[int]] = {}
    for words in table:
        sizes.setdefault(words[0], set()).add(len(words))
    return {word: tuple(sorted(found, reverse=True)) for word, found in sizes.items()}
