"""The structure of one Vietnamese syllable and where its tone mark goes.

A syllable is onset + nucleus (one to three vowels) + coda. The tone mark goes on
a nucleus vowel chosen by the orthographic rule:

1. a vowel with a modifier (ă â ê ô ơ ư) takes it; in ươ the ơ;
2. otherwise, with a final consonant, the last vowel (hoàng, toán, quýt);
3. otherwise the middle of three vowels (ngoài, khuỷu), and the first of two
   (mùa, hỏi), except oa, oe, uy, which take it on the second vowel in the
   "new" style (hoà, khoẻ, thuỷ) and on the first in the "old" style (hòa, khỏe, thủy).

The qu- and gi- onsets own their u and i (quý, già); gi before no other vowel is
g + i (gì, gìn).

>>> parse("nghiêng")
('ngh', 'iê', 'ng')
>>> tone_index("thuy", "new"), tone_index("thuy", "old"), tone_index("quy", "old")
(3, 2, 2)
"""

from __future__ import annotations

from functools import lru_cache

from .alphabet import MODIFIED_VOWELS, split_word, with_tone

ONSETS = frozenset(
    "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split()
)
CODAS = frozenset(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"])
NUCLEI = frozenset(
    """a ă â e ê i o ô ơ u ư y
    ai ao au ay âu ây eo êu ia iu iê oa oă oe oi ôi ơi oo ua uâ uê ui uô uơ uy ưa ưi ưu ươ yê
    iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyê uyu""".split()
)
#: Nuclei that end a syllable: they end in a glide (i, y, o, u) or are ia, ua, ưa, uơ.
OPEN_NUCLEI = frozenset(
    """ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu
    iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu""".split()
)
#: Nuclei written with the tone on the second vowel in the new style, the first in the old.
STYLE_DEPENDENT = frozenset(["oa", "oe", "uy"])
_VOWELS = frozenset("aăâeêioôơuưy")


def split_parts(bases: str, vowels: frozenset[str] = _VOWELS) -> tuple[str, str, str]:
    """Lower-case letters cut into (onset, nucleus, coda) at the first run of ``vowels``,
    qu- and gi- owning their u and i before another vowel; no check that the parts exist.

    >>> split_parts("quyên"), split_parts("gin"), split_parts("street")
    (('qu', 'yê', 'n'), ('g', 'i', 'n'), ('str', 'ee', 't'))
    """
    start = 0
    while start < len(bases) and bases[start] not in vowels:
        start += 1
    end = start
    while end < len(bases) and bases[end] in vowels:
        end += 1
    onset, nucleus, coda = bases[:start], bases[start:end], bases[end:]
    if onset + nucleus[:1] in ("qu", "gi") and len(nucleus) > 1:
        onset, nucleus = onset + nucleus[0], nucleus[1:]
    return onset, nucleus, coda


@lru_cache(maxsize=4096)
def parse(bases: str) -> tuple[str, str, str] | None:
    """Split lower-case tone-less letters into (onset, nucleus, coda); None if not Vietnamese.

    >>> parse("gin"), parse("gia"), parse("quyên"), parse("street")
    (('g', 'i', 'n'), ('gi', 'a', ''), ('qu', 'yê', 'n'), None)
    """
    onset, nucleus, coda = split_parts(bases)
    if onset and onset not in ONSETS:
        return None
    if not nucleus or coda not in CODAS or nucleus not in NUCLEI or (coda and nucleus in OPEN_NUCLEI):
        return None
    return onset, nucleus, coda


def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case, at most one tone mark) spells a Vietnamese syllable.

    >>> is_syllable("Nghiệp"), is_syllable("Việtt"), is_syllable("ñeå"), is_syllable("dàí")
    (True, False, False, False)
    """
    bases, tones = split_word(word)
    lower = "".join(bases).lower()
    return len(tones) <= 1 and len(lower) == len(word) and parse(lower) is not None


#: Onset clusters of Central Highlands place names and the plain onset they are read as.
_NAME_ONSETS = {"kr": "k", "pl": "p", "br": "b", "dr": "d", "đr": "đ", "gl": "g", "bl": "b"}


def is_name_syllable(word: str) -> bool:
    """Whether ``word`` is a syllable (:func:`is_syllable`) or one of a Central Highlands
    place name, spelt with an onset cluster or a final k for c ("Đắk Lắk", "Krông Pắc",
    "Đắk Glei"): words legacy-encoded Vietnamese text holds as often as any other.

    >>> is_name_syllable("Đắk"), is_name_syllable("Krông"), is_name_syllable("Glück"), is_name_syllable("block")
    (True, True, False, False)
    """
    if is_syllable(word):
        return True
    bases, tones = split_word(word)
    lower = "".join(bases).lower()
    if len(tones) > 1 or len(lower) != len(word):
        return False
    read = _NAME_ONSETS.get(lower[:2], lower[:2]) + lower[2:]
    read = read[:-1] + "c" if read.endswith("k") else read
    return read != lower and parse(read) is not None


def split_syllables(word: str, longest: int = 8) -> list[str] | None:
    """``word`` cut into Vietnamese syllables written together ("điềukiện", a name run
    together: "Đankia"), the fewest pieces; None when it cannot be cut so.

    >>> split_syllables("điềukiện"), split_syllables("Đankia"), split_syllables("đress")
    (['điều', 'kiện'], ['Đan', 'kia'], None)
    """
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - longest), end):
            before = best[start]
            if before is not None and is_syllable(word[start:end]):
                if best[end] is None or len(before) + 1 < len(best[end]):
                    best[end] = before + [word[start:end]]
    return best[-1]


def tone_index(bases: str, style: str) -> int | None:
    """Index in ``bases`` of the letter that takes the tone mark, or None if not a syllable.

    >>> tone_index("hoa", "new"), tone_index("hoa", "old"), tone_index("ngươi", "new")
    (2, 1, 3)
    """
    parts = parse(bases)
    if parts is None:
        return None
    onset, nucleus, coda = parts
    return len(onset) + _nucleus_index(nucleus, bool(coda), style)


def _nucleus_index(nucleus: str, has_coda: bool, style: str) -> int:
    modified = [i for i, v in enumerate(nucleus) if v in MODIFIED_VOWELS]
    if modified:
        return modified[-1]
    if has_coda or len(nucleus) == 1:
        return len(nucleus) - 1
    if len(nucleus) == 3:
        return 1
    return 1 if (style == "new" and nucleus in STYLE_DEPENDENT) else 0


@lru_cache(maxsize=65536)
def place_tone(word: str, style: str) -> str:
    """Return ``word`` with its one tone mark on the vowel ``style`` puts it on.

    A missing horn in ươ is put back too (nuớc, đưọc: "uơ" and "ưo" never
    close a Vietnamese syllable). Other words come back unchanged.

    >>> place_tone("Nghịêm", "new"), place_tone("café", "new"), place_tone("gĩa", "old")
    ('Nghiệm', 'café', 'giã')
    >>> place_tone("nuớc", "new"), place_tone("TRUƠNG", "new"), place_tone("thuở", "new")
    ('nước', 'TRƯƠNG', 'thuở')
    """
    bases, tones = split_word(word)
    lower = "".join(bases).lower()
    if len(tones) > 1 or len(lower) != len(word):
        return word
    if parse(lower) is None:
        bases = _with_horns(bases, lower)
        lower = "".join(bases).lower()
    index = tone_index(lower, style)
    if index is None:
        return word
    if tones:
        bases[index] = with_tone(bases[index], tones.pop())
    return "".join(bases)


def _with_horns(bases: list[str], lower: str) -> list[str]:
    """``bases`` with a "uơ" or "ưo" spelled ươ (case kept)."""
    at = max(lower.find("uơ"), lower.find("ưo"))
    if at < 0:
        return bases
    fixed = list(bases)
    for i, horned in ((at, "ư"), (at + 1, "ơ")):
        fixed[i] = horned.upper() if bases[i].isupper() else horned
    return fixed
