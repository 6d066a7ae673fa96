"""VIQR: Vietnamese in ASCII, a modifier symbol then a tone symbol after each vowel.

( breve, ^ circumflex, + horn; ` grave, ' acute, ? hook, ~ tilde, . dot; dd starting a syllable is đ.
A final "." or "?" may be a tone mark or sentence punctuation: see ``_viqr_trim`` and,
at the end of a line or before a capital, :mod:`.viqr_stops`.
A backslash before a symbol ends the word there, so the symbol stays literal. Latin
abbreviations with a dot after a vowel ("e.g.", "i.e.", "a.k.a.") stay as written.

>>> decode_viqr("Vie^.t Nam, ddi ho.c.")[0], decode_viqr("ho.p lu'c 9 p.m., e.g. ddi")[0]
('Việt Nam, đi học.', 'họp lúc 9 p.m., e.g. đi')
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from .alphabet import with_tone
from .offsets import CharMap, outside_spans, rewrite
from .syllable import is_syllable, split_syllables
from .viqr_stops import CLOSING, is_listed, toned_at_a_break

_VIQR_TONE = ["", "`", "'", "?", "~", "."]
_VIQR_MODIFIER = {"ă": "(", "â": "^", "ê": "^", "ô": "^", "ơ": "+", "ư": "+"}


def _build_viqr() -> dict[str, str]:
    table = {"đ": "dd", "Đ": "DD"}
    for char in "aăâeêioôơuưy":
        for tone in range(6):
            letter = with_tone(char, tone)
            plain = unicodedata.normalize("NFD", char)[0]
            code = plain + _VIQR_MODIFIER.get(char, "") + _VIQR_TONE[tone]
            table[letter] = code
            table[letter.upper()] = plain.upper() + code[1:]
    return table


VIQR_ENCODE = _build_viqr()
VIQR_DECODE = {code: letter for letter, code in VIQR_ENCODE.items() if len(code) > 1}
VIQR_DECODE.update({"Dd": "Đ", "dD": "đ"})
# A VIQR vowel with an optional modifier and an optional tone; dd (đ) only starts a syllable.
_VIQR_VOWEL = re.compile(r"[aAeEiIoOuUyY](?:[(^+](?<=[aA]\(|[aAeEoO]\^|[oOuU]\+))?[`'?~.]?")
_DD = re.compile("[dD][dD]")
# Where sentences or initials are glued without a space: a stop before a capital, an ellipsis
_GLUED = re.compile(r"[.?]+(?=[A-Z])|\.{2,}")
_NO_VOWEL = re.compile("[^aeiouyAEIOUY]*")
_DD_NOT_AFTER_VOWEL = re.compile("(?<![aeiouyAEIOUY])[dD][dD]")
_VIQR_WORD = re.compile(r"(?<![\w\\])[A-Za-z][A-Za-z(^+`'?~.]*")
#: Latin abbreviations English text uses, dotted after a vowel: never VIQR words (lower case).
#: ("a.m" is not one: it also spells the syllable "ạm").
LATIN_DOTTED = frozenset(["e.g", "i.e", "a.k.a", "n.b", "q.e.d", "e.g.", "i.e.", "a.k.a.", "n.b.", "q.e.d."])


def decode_viqr(text: str, skip: list[tuple[int, int]] = ()) -> tuple[str, CharMap | None]:
    """Decode VIQR ``text`` except inside the ``skip`` spans; also return the map.

    >>> decode_viqr("Ha` No^.i")[1].starts
    [0, 1, 3, 4, 5, 8]
    """
    return rewrite(text, outside_spans(list(_viqr_edits(text)), skip))


def viqr_words(text: str):
    """The ``(start, word)`` of each VIQR word of ``text``, without sentence punctuation.

    >>> list(viqr_words("Ho. ddi ro^`i. Thuy?, XIV?"))
    [(0, 'Ho.'), (4, 'ddi'), (8, 'ro^`i'), (15, 'Thuy?'), (22, 'XIV')]
    """
    for word in _VIQR_WORD.finditer(text):
        yield word.start(), _viqr_trim(text, word)


def _viqr_edits(text: str):
    for base, chunk in viqr_words(text):
        if chunk.lower() not in LATIN_DOTTED:
            yield from _viqr_letter_edits(chunk, base)


def decode_viqr_word(word: str) -> str:
    """Decode one VIQR word taken as a whole (a final "." or "?" is a tone mark).

    >>> decode_viqr_word("Ho."), decode_viqr_word("ddu+o+`ng")
    ('Họ', 'đường')
    """
    return rewrite(word, list(_viqr_letter_edits(word, 0)))[0]


def _viqr_letter_edits(chunk: str, base: int) -> list[tuple[int, int, str]]:
    edits = _vowel_edits(chunk, base)
    dd_edits = [(base + start, base + start + 2, letter) for start, letter in _dd_letters(chunk)]
    return sorted(dd_edits + edits) if dd_edits else edits


def _vowel_edits(chunk: str, base: int) -> list[tuple[int, int, str]]:
    edits = []
    for letter in _VIQR_VOWEL.finditer(chunk):
        code = letter.group()
        if len(code) > 1 and code in VIQR_DECODE:
            edits.append((base + letter.start(), base + letter.end(), VIQR_DECODE[code]))
        elif len(code) > 1 and code[:-1] in VIQR_DECODE:  # vowel+modifier, then a stray symbol
            edits.append((base + letter.start(), base + letter.end() - 1, VIQR_DECODE[code[:-1]]))
    return edits


def _dd_letters(chunk: str):
    """The ``(start, "đ" or "Đ")`` of each dd of ``chunk`` that is đ: at the start of a
    word that then spells Vietnamese syllables, one or several run together ("DDankia"
    is "Đankia"; or a minority place name that ends in k for c: "DDa('k" is "Đắk"); inside
    a word that carries VIQR marks and spells syllables run together, one starting at the
    dd ("ddie^`ukie^.n", "Udde^.t": "điềukiện", "Uđệt"); and in an abbreviation (a word
    without vowels or in capitals) where it does not follow a vowel ("DDH", "HDDND",
    "NLDDO", "dd" for đồng). Elsewhere it is English: "address", "Buddha", "hidden",
    "DDoS", "ADDRESS". Sentences glued at a stop ("ddo^`ng.Theo", "Q.DDo^'ng") are words
    of their own here.

    >>> [list(_dd_letters(w)) for w in ("ddi", "address", "HDDND", "ADDRESS", "DDoS", "Q.DDo^'ng")]
    [[(0, 'đ')], [], [(1, 'Đ')], [], [], [(2, 'Đ')]]
    >>> [list(_dd_letters(w)) for w in ("DDankia", "Udde^.t", "hidden", "ddie^`ukie^.n")]
    [[(0, 'Đ')], [(1, 'đ')], [], [(0, 'đ')]]
    """
    start = 0
    for stop in itertools.chain(_GLUED.finditer(chunk), [None]):
        end = stop.start() if stop else len(chunk)
        word = chunk[start:end]
        if _NO_VOWEL.fullmatch(word) or word.isupper():
            yield from ((start + dd.start(), VIQR_DECODE[dd.group()]) for dd in _DD_NOT_AFTER_VOWEL.finditer(word))
        else:
            yield from ((start + at, VIQR_DECODE[word[at : at + 2]]) for at in _dd_starting_syllables(word))
        start = stop.end() if stop else end


def _dd_starting_syllables(word: str) -> list[int]:
    """Where in ``word`` (not an abbreviation) a dd is đ: see :func:`_dd_letters`."""
    vowel_edits = _vowel_edits(word, 0)
    positions = [dd.start() for dd in _DD.finditer(word) if dd.start() == 0 or vowel_edits]
    if not positions:
        return []
    edits = sorted(vowel_edits + [(at, at + 2, "đ") for at in positions])
    spelt, char_map = rewrite(word, edits)
    spelt = spelt.rstrip("(^+`'?~.")  # no symbol left after a consonant
    if positions == [0] and (is_syllable(spelt) or spelt[-1] in ("k", "K") and is_syllable(spelt[:-1] + "c")):
        return [0]
    syllables = split_syllables(spelt)
    if syllables is None:
        return []
    starts, offset = set(), 0
    for syllable in syllables:
        starts.add(offset)
        offset += len(syllable)
    at_starts = [at for at in positions if _output_index(char_map, at) in starts]
    return at_starts if at_starts == positions else [at for at in at_starts if at == 0]


def _output_index(char_map, position: int) -> int:
    """The output index of the character that starts at input ``position``."""
    return position if char_map is None else char_map.starts.index(position)


def _viqr_trim(text: str, word: re.Match) -> str:
    """The word without its sentence punctuation.

    A final "." or "?" on a word with no tone yet is a tone mark when a lower-case letter
    follows after a space, or a comma, colon or semicolon, or a single full stop ("thi.."),
    or (for ".") a "?" or "!",
    or, for "?", anything but a space, a closing quote or bracket, or more sentence
    punctuation (:func:`_opens_punctuation_cluster`). At a break (the end
    of a line, or a space and no lower-case letter) it is a tone for the words
    :mod:`.viqr_stops` lists ("Thi. Minh", "Bo^. Y te^'", "Tuo^?i Tre?"). Otherwise it
    ends a sentence.
    """
    chunk = word.group()
    while chunk and chunk[-1] in ".?":
        end = word.start() + len(chunk)
        after = text[end : end + 2]
        if _has_tone(chunk[:-1]):
            tone = False
        elif _opens_punctuation_cluster(chunk, after):
            tone = is_listed(decode_viqr_word(chunk))
        else:
            tone = _continues(chunk, after, text[end + 2 : end + 3]) or toned_at_a_break(decode_viqr_word(chunk), text, end)
        if tone:
            break
        chunk = chunk[:-1]
    return chunk


def _opens_punctuation_cluster(chunk: str, after: str) -> bool:
    """Whether a final "?" starts a cluster of sentence punctuation ("?!", "??", "?...",
    "?…"): there it is punctuation unless the hooked word is one :mod:`.viqr_stops` lists
    ("sao?!" is "sao?!", "ca?!" is "cả!").

    >>> _opens_punctuation_cluster("sao?", "! "), _opens_punctuation_cluster("sao?", ". "), _opens_punctuation_cluster("chi.", "?")
    (True, False, False)
    """
    return chunk[-1] == "?" and (after[:1] in ("!", "?", "…") or after == "..")


def _continues(chunk: str, after: str, third: str) -> bool:
    first, second = after[:1], after[1:]
    if first in (",", ";", ":") and first or (chunk[-1] == "." and first in ("?", "!")):
        return True
    if first == " " and second.isalpha():
        return second.islower()
    if chunk[-1] == "?":
        return first != "" and not first.isspace() and first not in CLOSING
    return first == "." and second != "." and third != "."


def _has_tone(chunk: str) -> bool:
    return any(code[-1] in "`'?~." for code in _VIQR_VOWEL.findall(chunk))
