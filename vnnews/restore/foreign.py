"""Tokens that are not Vietnamese syllables: the decoder returns them as written.

Kept byte for byte: words inside URLs, e-mail addresses and web domains ("vnexpress.net");
words that cannot spell a Vietnamese syllable ("online", "Facebook", "COVID") unless the
model saw them written with marks (loanwords written as one word in older news: "oto" is
"ôtô", "Matxcova" is "Matxcơva"); words in
mixed case ("iPhone"); codes of letters glued to digits ("5G", "F0", "H5N1", "3D"; see
:func:`is_code`); and a word joined by
a hyphen or a dot to a foreign lower-case word ("e-mail"). All-capital acronyms are the
exception, and words with no vowel (see :func:`is_acronym`): they take a form the model
saw them in, with the same letters ("HDND" → "HĐND", "NSUT" → "NSƯT", "50.000 d" →
"50.000 đ"), or stay as written.

>>> text = "Xem vnexpress.net, e-mail an@b.vn, iPhone 5G va COVID-19 online"
>>> tokens = list(tokenize(text))
>>> sorted(tokens[i].text for i in kept_as_written(tokens, text))
['G', 'an', 'b', 'e', 'iPhone', 'mail', 'net', 'online', 'vn', 'vnexpress']
"""

from __future__ import annotations

import regex

from ..normalize import remove_diacritics
from ..normalize.protect import protected_spans
from ..normalize.syllable import CODAS, NUCLEI, ONSETS, OPEN_NUCLEI, split_parts
from collections.abc import Callable
from functools import lru_cache

from .tokens import Token, tokenize

# Lower-case top-level domains that spell no Vietnamese syllable ("co", "me" would catch
# "tháng.Có", "mẹ" after a missing space).
DOMAIN = regex.compile(
    r"(?<![\w.@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:vn|com|net|org|edu|gov|info|biz|io|tv|asia|xyz)\b")
_TOP_LEVEL = regex.compile(r"\.(?:vn|com|net|org|edu|gov|info|biz|io|tv|asia|xyz)\b")
GLUE = ("-", ".")
_ONSETS = frozenset(remove_diacritics(o) for o in ONSETS)
_NUCLEI = frozenset(remove_diacritics(n) for n in NUCLEI)
_CLOSED_NUCLEI = frozenset(remove_diacritics(n) for n in NUCLEI - OPEN_NUCLEI)  # may take a final consonant
_VOWELS = frozenset("aeiouy")


def could_be_syllable(word: str) -> bool:
    """True if ``word``, with marks added or not, can spell a Vietnamese syllable.

    >>> [could_be_syllable(w) for w in ("Nguyen", "biet", "tuan", "gui", "quyen", "NGƯỜI", "gin")]
    [True, True, True, True, True, True, True]
    >>> [could_be_syllable(w) for w in ("online", "Facebook", "B", "HDND", "smart", "guin")]
    [False, False, False, False, False, False]
    """
    onset, nucleus, coda = split_parts(remove_diacritics(word).lower(), _VOWELS)
    if (onset and onset not in _ONSETS) or coda not in CODAS:
        return False
    return nucleus in (_CLOSED_NUCLEI if coda else _NUCLEI)


@lru_cache(maxsize=1 << 16)
def is_acronym(word: str) -> bool:
    """A word that is no syllable, in capitals ("UBND", "HDND") or with no vowel ("d", the
    abbreviation of "đồng" after a price, is "đ").

    >>> is_acronym("HDND"), is_acronym("d"), is_acronym("HOA"), is_acronym("Hanoi"), is_acronym("A")
    (True, True, False, False, False)
    """
    no_vowel = _VOWELS.isdisjoint(remove_diacritics(word).lower())
    return (no_vowel or (len(word) >= 2 and word.isupper())) and not could_be_syllable(word)


@lru_cache(maxsize=1 << 16)
def _foreign_word(word: str) -> bool:
    """A word that is not Vietnamese whatever marks it gets (an acronym is judged apart)."""
    mixed = not (word.islower() or word.isupper() or word[1:].islower())
    return mixed or not (could_be_syllable(word) or is_acronym(word))


def _spans(text: str) -> list[tuple[int, int]]:
    spans = protected_spans(text)
    if _TOP_LEVEL.search(text):  # cheap test first: most lines hold no domain
        spans += [m.span() for m in DOMAIN.finditer(text)]
    return spans


def _glued(tokens: list[Token], i: int, j: int) -> bool:
    """Tokens ``i`` and ``j`` (adjacent indices) touch with no space between them."""
    first, second = (tokens[i], tokens[j]) if i < j else (tokens[j], tokens[i])
    return first.end == second.start


def is_code(word: str) -> bool:
    """A word that, glued to a number, makes a code: one letter or all capitals ("5G",
    "F0", "3D", "U23", "COVID19"); not a word that lost its space ("vòng12", "7/5Bộ"),
    nor a lower-case "d" (after a number, the price "5.000d" is "5.000đ").

    >>> [is_code(w) for w in ("G", "F", "COVID", "vong", "Bo", "d")]
    [True, True, True, False, False, False]
    """
    return word != "d" and (len(word) == 1 or word.isupper())


def _glued_to_foreign(tokens: list[Token], i: int) -> bool:
    """Word ``i`` touches a digit ("5G") or, through a hyphen or dot, a foreign word ("e-mail")."""
    for step in (-1, 1):
        near = i + step
        if not (0 <= near < len(tokens) and _glued(tokens, i, near)):
            continue
        neighbour = tokens[near]
        if not neighbour.is_word and neighbour.text[0].isdigit():
            return is_code(tokens[i].text)
        if neighbour.text in GLUE and 0 <= near + step < len(tokens) and _glued(tokens, near, near + step):
            other = tokens[near + step]
            if other.is_word and not other.text.isupper() and _foreign_word(other.text):
                return True
    return False


def kept_as_written(tokens: list[Token], text: str, marked: Callable[[str], bool] = lambda key: False) -> set[int]:
    """Indices of the words of ``text`` that must come back exactly as written.

    Acronyms are not among them (the decoder restricts them to forms the model knows), nor words
    that are no syllable but whose lower-case unaccented form ``marked`` says the model
    knows with marks.

    >>> text = "Wi-Fi o TP.HCM"
    >>> tokens = list(tokenize(text))
    >>> [tokens[i].text for i in sorted(kept_as_written(tokens, text))]
    ['Wi', 'Fi']
    """
    spans = _spans(text)
    kept = set()
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if not token.is_word:
            continue
        foreign = _foreign_word(token.text) and not (token.text[1:].islower() and marked(remove_diacritics(token.model_form)))
        if foreign or (spans and any(a <= token.start and token.end <= b for a, b in spans)):
            kept.add(i)
        elif (i > 0 and tokens[i - 1].end == token.start) or (i < last and tokens[i + 1].start == token.end):
            if _glued_to_foreign(tokens, i):
                kept.add(i)
    return kept
