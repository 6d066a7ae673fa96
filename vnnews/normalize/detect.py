"""Is this text in a legacy encoding? Decide from evidence, never on a hunch.

A word is *evidence* for an encoding when it is not a Vietnamese syllable as it
stands but decodes to one ("ViÖt" → "Việt"); a word that uses the encoding's
characters but decodes to nonsense counts against it ("Müller", "don't", "x^2"). Text that already has Unicode Vietnamese letters
is never legacy. An encoding is chosen when evidence is at least 90% of the words it
would touch and some of it is strong (see ``_is_strong``); VIQR, whose symbols are
ordinary ASCII, may instead have two evidence words.

>>> detect_encoding("ViÖt Nam"), detect_encoding("Vieät Nam"), detect_encoding("Vie^.t Nam")
('tcvn3', 'vni', 'viqr')
>>> detect_encoding("Việt Nam"), detect_encoding("Müller's café, a.m., x^2 + y^2 = 1")
('none', 'none')
"""

from __future__ import annotations

import re

from ..errors import check_text
from .alphabet import DISTINCTIVE_LETTERS, UNICODE_ONLY
from .legacy import decode
from .protect import outside_protected
from .syllable import is_name_syllable, is_syllable
from .cp1258 import CP1258_CODES
from .tcvn3 import TCVN3_CODES
from .viqr import LATIN_DOTTED, decode_viqr_word, viqr_words
from .vni import VNI_DECODE

_UNICODE_VIETNAMESE = re.compile("[%s]" % "".join(sorted(UNICODE_ONLY)))
_HIGH_LATIN1 = re.compile("[\u00a1-\u00ff]")
#: A line (after a newline) without any Unicode-only Vietnamese letter
_LINE_WITHOUT_UNICODE_LETTERS = re.compile("\n[^\n%s]*(?=\n|\\Z)" % "".join(sorted(UNICODE_ONLY)))
# Latin-1 characters Unicode Vietnamese never uses (all but à á â ã è é ê ì í ò ó ô õ ù ú ý)
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
# What a word of Unicode Vietnamese (without its Unicode-only letters) is spelt with
_UNICODE_VIETNAMESE_SPELLING = frozenset(_VIETNAMESE_LATIN1) | frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_FOREIGN_LATIN1 = re.compile("[%s]" % re.escape("".join(c for c in map(chr, range(0xA1, 0x100)) if c not in _VIETNAMESE_LATIN1)))
# A VIQR mark after its vowel; the search starts at the rare mark character, so it is fast
_VIQR_MARK = re.compile(r"[\^(+`~](?<=[aAeEoO]\^|[aA]\(|[oOuU]\+|[aeiouyAEIOUY][`~])")
_VIQR_HINT = re.compile(r"[aAeEoO]\^|[aA]\(|[oOuU]\+|[dD][dD][aeiouyAEIOUY]")
# A VIQR tone after a vowel ("ho.c", "ba'", "gio?i"): makes VIQR a candidate for a line
# inside Unicode text (:func:`detect_line_encoding`), not for a whole text
_VIQR_TONE_HINT = re.compile(r"[aeiouyAEIOUY][`'?~.]")
# A VIQR word whose only mark is a final "." or "?" (not dd, which is a mark)
_VIQR_FINAL_MARK_ONLY = re.compile(r"(?![dD][dD])[A-Za-z]+[.?]")
# ... or an apostrophe after a word's first letter ("I'm", "O'Brien"): marks English has too
_VIQR_AMBIGUOUS = re.compile(r"(?![dD][dD])[A-Za-z]+[.?]|[A-Za-z]'[A-Za-z]*[.?]?")
# What sends a line without Unicode-only letters to the line check (with ^ + ` ~ found by
# may_hold_viqr): an acute after a vowel or breve, a "?" or "." inside a word, a breve
# before a letter or tone ("Cha'u", "ho.c", "na(m")
_VIQR_LINE_HINT = re.compile(r"[aeiouyAEIOUY]\(?(?:'|[?.](?=[a-zA-Z]))|[aA]\((?=[a-zA-Z`'?~.])")
_WORDS = {
    "tcvn3": re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(TCVN3_CODES)),
    "vni": re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape("".join(sorted({c for code in VNI_DECODE for c in code})))),
    "cp1258": re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(CP1258_CODES)),
}
_VNI_CHARACTER = re.compile("[%s]" % re.escape("".join(sorted({c for code in VNI_DECODE for c in code if not c.isascii()}))))
# A Windows-1258 tone mark's code after a vowel, as Windows-1252 shows it ("boÒp" for "bỏp")
_CP1258_TONE_INSIDE = re.compile("[aeiouyâêôAEIOUYÂÊÔãõýÃÕÝ][ÌìÒÞò]")
_LEGACY_LOOKING = re.compile("|".join([_VNI_CHARACTER.pattern, _VIQR_LINE_HINT.pattern, "[dD][dD][aeiouyAEIOUY]"]))
# VNI pairs with a mark no Western word puts after a vowel (not the ù of "où", the û
# of "goût", the ï of "naïve" or the õ of Portuguese)
_VNI_PAIR = re.compile("|".join(re.escape(c) for c in VNI_DECODE if len(c) == 2 and c[1] not in "ùûõïÙÛÕÏ"))
_TCVN3_SYMBOLS = set("µ¸¶·¹¨»¾¼½©®ª«¬\xad¡¢§£¤¥¦×")
_MARKERS = {
    "tcvn3": set(TCVN3_CODES),
    "vni": {c for code in VNI_DECODE for c in code if not c.isascii()},
    "viqr": set("^(+`'?~.") | {"dd", "DD", "Dd"},
    "cp1258": set(CP1258_CODES),
}


def detect_encoding(text: str) -> str:
    """Name the legacy encoding ``text`` is in: "tcvn3", "vni", "viqr", or "none".

    >>> detect_encoding("Hµ Néi"), detect_encoding("Français: où est-ce? Größe, naïve.")
    ('tcvn3', 'none')
    """
    return _detect(check_text(text), line=False)


def detect_line_encoding(line: str) -> str:
    """Like :func:`detect_encoding`, for one line of text that also holds Unicode
    Vietnamese: there a line with little evidence is legacy too -- two different evidence
    words, a quarter of its words and none against (VIQR: a few, as in a text), where a
    whole text needs one strong word (:func:`_enough_for_a_line`). So VNI with only
    tones after plain vowels ("Hoïc sinh gioûi") and VIQR without a modifier, a grave or
    a tilde ("ddi ho.c") are found; one weak word ("Thaùng", "Cha'u") or a word said twice
    ("Où? Où!") is not.

    >>> detect_line_encoding("Hoïc sinh gioûi"), detect_encoding("Hoïc sinh gioûi")
    ('vni', 'none')
    >>> detect_line_encoding("ddi ho.c"), detect_line_encoding("Cha'u"), detect_line_encoding("I'm ok.")
    ('viqr', 'none', 'none')
    """
    return _detect(check_text(line), line=True)


def supports(line: str, encoding: str) -> bool:
    """Whether ``line`` has evidence for ``encoding`` and none against: enough for a short
    line (one word, "Tha`nh") whose neighbouring lines are in that encoding, never alone
    (:mod:`.mixed`). VIQR words whose only mark is a final "." or "?" or an apostrophe
    after their first letter ("I'm", English next to a VIQR paragraph) do not count.

    >>> supports("Tha`nh", "viqr"), supports("Thaùng", "vni"), supports("Hello.", "viqr"), supports("Thành", "vni")
    (True, True, False, False)
    >>> supports("I'm ok.", "viqr"), supports("Cha'u ddi", "viqr")
    (False, True)
    """
    if _UNICODE_VIETNAMESE.search(line):
        return False
    good = False
    for word in _words(outside_protected(line, str, blank=True), encoding):
        verdict = _verdict(word, encoding)
        if verdict is False:
            return False
        good = good or bool(verdict) and not (encoding == "viqr" and _VIQR_AMBIGUOUS.fullmatch(word))
    return good


def _detect(text: str, line: bool) -> str:
    if _UNICODE_VIETNAMESE.search(text):
        return "none"
    text = outside_protected(text, str, blank=True)
    candidates = []
    if _HIGH_LATIN1.search(text):
        candidates += ["tcvn3", "vni", "cp1258"]
    if _VIQR_HINT.search(text) or line and _VIQR_TONE_HINT.search(text):
        candidates.append("viqr")
    best, best_score = "none", 0
    for encoding in candidates:
        score = _evidence(text, encoding, line)
        if score > best_score:
            best, best_score = encoding, score
    return best


def may_hold_legacy(text: str) -> bool:
    """Whether Unicode Vietnamese text also has what a legacy line would: a Latin-1
    character Vietnamese does not use (TCVN3, VNI), a VIQR mark after a vowel, or a line
    without Unicode-only Vietnamese letters that has a character VNI codes use ("baêm";
    so are Windows-1258's tone codes but Þ, a foreign one: "boÒp"), a VIQR acute, a tone
    inside a word or a breve ("ba'", "ho.c", "na(m") or a dd before a vowel; the case
    :func:`detect_encoding` leaves to :mod:`.mixed`, line by line.

    >>> may_hold_legacy("Tin mới\\nNg\xeai d\xa9n"), may_hold_legacy("Tin mới"), may_hold_legacy("Ng\xeai")
    (True, False, False)
    >>> may_hold_legacy("Tin mới\\nVie^.t Nam"), may_hold_legacy("Tin mới: x^2, A+, C++, e.g.?")
    (True, False)
    >>> may_hold_legacy("Tin mới\\nbaêm nhoû"), may_hold_legacy("Tin mới\\nbăm nhỏ\\nHello")
    (True, False)
    >>> may_hold_legacy("Tin mới\\nddi ho.c"), may_hold_legacy("Tin mới\\nHello, world.")
    (True, False)
    """
    if not _UNICODE_VIETNAMESE.search(text):
        return False
    return bool(_FOREIGN_LATIN1.search(text)) or may_hold_viqr(text) or _has_legacy_looking_line(text)


def _has_legacy_looking_line(text: str) -> bool:
    """A line with no Unicode-only Vietnamese letter but a character VNI codes use, a
    VIQR hint (``_VIQR_LINE_HINT``) or a dd before a vowel (one scan that stops each line
    at its first Unicode-only letter)."""
    return any(_LEGACY_LOOKING.search(line.group()) for line in _LINE_WITHOUT_UNICODE_LETTERS.finditer("\n" + text))


def may_hold_viqr(text: str) -> bool:
    """Whether ``text`` has a VIQR modifier after its vowel ("e^", "a(", "o+") or a grave
    or tilde after a vowel ("a`", "e~"): every VIQR line of a few words has one, ordinary
    text almost never. Cheap: a membership test first, then one regex that starts at a
    mark character.

    >>> may_hold_viqr("Vie^.t Nam"), may_hold_viqr("Ha` Noi"), may_hold_viqr("x^2 + 1, A+, e.g.")
    (True, True, False)
    """
    return any(symbol in text for symbol in "^+`~") and bool(_VIQR_MARK.search(text))


def _evidence(text: str, encoding: str, line: bool = False) -> int:
    """Number of evidence words when the encoding passes its thresholds, else 0: at
    least 90 % of the words it touches, and a strong one (or, for a VIQR text, two); a
    VNI or VIQR ``line`` inside Unicode Vietnamese text without a strong word passes
    by :func:`_enough_for_a_line`."""
    good = bad = strong = 0
    marked = []
    for word in _words(text, encoding):
        verdict = _verdict(word, encoding)
        if verdict is None:
            continue
        good += bool(verdict)
        bad += verdict is False
        strong += verdict == "strong"
        if verdict and not (encoding == "viqr" and _VIQR_FINAL_MARK_ONLY.fullmatch(word)):
            marked.append(word.lower())
    if good < 0.9 * (good + bad):
        return 0
    if strong or encoding == "viqr" and not line and good >= 2:
        return good
    if line and encoding != "tcvn3" and (not bad or encoding == "viqr") and _enough_for_a_line(marked, text):
        return good
    return 0


def _enough_for_a_line(marked: list[str], line: str) -> bool:
    """Whether the evidence words ``marked``, none strong, are enough for a ``line``
    inside Unicode Vietnamese text: two different ones ("Hoïc sinh", "ddi ho.c"; not "Où?
    Où!", "a.m. a.m."), at least a quarter of the line's words (a legacy line marks most
    syllables; an unaccented line has a "sau." that reads as "sạu" here and there). VIQR
    words whose only mark is a final "." or "?" are not counted (they are full stops and
    question marks as often). VNI needs no word against; VIQR allows a few, as a text does.

    >>> _enough_for_a_line(["ddi", "ho.c"], "ddi ho.c"), _enough_for_a_line(["où", "où"], "Où? Où!")
    (True, False)
    >>> _enough_for_a_line(["co'", "ti`nh"], "cai win98 sau. ban co' the ti`nh lai toan bo. chuc ban")
    False
    """
    return len(set(marked)) >= 2 and 4 * len(marked) >= len(line.split())


def _verdict(word: str, encoding: str) -> str | bool | None:
    """:func:`_judge`, and unless it is TCVN3's ư, a soft hyphen is dropped: a TCVN3 word
    against is judged again without it."""
    verdict = _judge(word, encoding)
    if verdict is False and encoding == "tcvn3" and "\xad" in word:
        verdict = _judge(word.replace("\xad", ""), encoding)
    return verdict


def _judge(word: str, encoding: str) -> str | bool | None:
    """None: no evidence either way; False: against; "weak" or "strong": for."""
    markers = _MARKERS[encoding]
    if len(word) < 2 or encoding == "viqr" and word.lower() in LATIN_DOTTED:  # "ô", a soft hyphen, "e.g" prove nothing
        return None
    if not (set(word) & markers or any(m in word for m in markers if len(m) > 1)):
        return None
    decoded = decode_viqr_word(word) if encoding == "viqr" else decode(word, encoding)
    if decoded == word or is_syllable(word):
        return None
    if not is_name_syllable(decoded):  # a highland name ("Đắk Lắk", "Krông") is no evidence against
        return False
    return "strong" if _is_strong(word, decoded, encoding) else "weak"


def _words(text: str, encoding: str):
    if encoding == "viqr":
        return (word for _, word in viqr_words(text))
    return (match.group() for match in _WORDS[encoding].finditer(text))


def _is_strong(word: str, decoded: str, encoding: str) -> bool:
    """Evidence no Western word gives: a VIQR modifier and tone together, a VNI
    vowel+mark pair or VNI's "ươ" ("öô"), a TCVN3 symbol inside a word or a letter only
    Vietnamese has. A TCVN3 word spelt only with letters Unicode Vietnamese uses is never
    strong: it may be Unicode with a slip ("ôa", TCVN3 "ụa"), so it alone does not make a
    short text legacy.

    >>> _is_strong("öôùc", "ước", "vni"), _is_strong("kyù", "ký", "vni")
    (True, False)
    >>> _is_strong("Néi", "Nội", "tcvn3"), _is_strong("ôa", "ụa", "tcvn3"), _is_strong("Hµ", "Hà", "tcvn3")
    (False, False, True)
    """
    if encoding == "viqr":
        return bool(_VIQR_HINT.search(word)) and any(symbol in word for symbol in "`'?~.")
    if encoding == "tcvn3" and set(word) <= _UNICODE_VIETNAMESE_SPELLING:
        return False
    if encoding == "vni":
        return bool(_VNI_PAIR.search(word)) or "öô" in word.lower()
    if encoding == "cp1258":  # a tone mark's code inside a word, or a letter only Vietnamese has
        return bool(_CP1258_TONE_INSIDE.search(word)) or bool(set(decoded) & DISTINCTIVE_LETTERS)
    return bool(set(word) & _TCVN3_SYMBOLS or set(decoded) & DISTINCTIVE_LETTERS)
