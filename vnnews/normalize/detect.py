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
from .alphabet import DISTINCTIVE_LETTERS
from .legacy import decode
from .protect import outside_protected
from .syllable import is_syllable
from .tcvn3 import TCVN3_CODES
from .viqr import decode_viqr_word, viqr_words
from .vni import VNI_DECODE

_UNICODE_VIETNAMESE = re.compile("[%s]" % "".join(sorted(DISTINCTIVE_LETTERS)))
_HIGH_LATIN1 = re.compile("[\u00a1-\u00ff]")
#: A line (after a newline) without any Unicode-only Vietnamese letter
_LINE_WITHOUT_UNICODE_LETTERS = re.compile("\n[^\n%s]*(?=\n|\\Z)" % "".join(sorted(DISTINCTIVE_LETTERS)))
# Latin-1 characters Unicode Vietnamese never uses (all but à á â ã è é ê ì í ò ó ô õ ù ú ý)
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_FOREIGN_LATIN1 = re.compile("[%s]" % re.escape("".join(c for c in map(chr, range(0xA1, 0x100)) if c not in _VIETNAMESE_LATIN1)))
# A VIQR mark after its vowel; the search starts at the rare mark character, so it is fast
_VIQR_MARK = re.compile(r"[\^(+`~](?<=[aAeEoO]\^|[aA]\(|[oOuU]\+|[aeiouyAEIOUY][`~])")
_VIQR_HINT = re.compile(r"[aAeEoO]\^|[aA]\(|[oOuU]\+|[dD][dD][aeiouyAEIOUY]")
_WORDS = {
    "tcvn3": re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape(TCVN3_CODES)),
    "vni": re.compile("(?:[^\\W\\d_]|[%s])+" % re.escape("".join(sorted({c for code in VNI_DECODE for c in code})))),
}
_VNI_CHARACTER = re.compile("[%s]" % re.escape("".join(sorted({c for code in VNI_DECODE for c in code if not c.isascii()}))))
# VNI pairs with a mark no Western word puts after a vowel (not the ù of "où", the û
# of "goût", the ï of "naïve" or the õ of Portuguese)
_VNI_PAIR = re.compile("|".join(re.escape(c) for c in VNI_DECODE if len(c) == 2 and c[1] not in "ùûõïÙÛÕÏ"))
_TCVN3_SYMBOLS = set("µ¸¶·¹¨»¾¼½©®ª«¬\xad¡¢§£¤¥¦×")
_MARKERS = {
    "tcvn3": set(TCVN3_CODES),
    "vni": {c for code in VNI_DECODE for c in code if not c.isascii()},
    "viqr": set("^(+`'?~.") | {"dd", "DD", "Dd"},
}


def detect_encoding(text: str) -> str:
    """Name the legacy encoding ``text`` is in: "tcvn3", "vni", "viqr", or "none".

    >>> detect_encoding("Hµ Néi"), detect_encoding("Français: où est-ce? Größe, naïve.")
    ('tcvn3', 'none')
    """
    if _UNICODE_VIETNAMESE.search(check_text(text)):
        return "none"
    text = outside_protected(text, str, blank=True)
    candidates = []
    if _HIGH_LATIN1.search(text):
        candidates += ["tcvn3", "vni"]
    if _VIQR_HINT.search(text):
        candidates.append("viqr")
    best, best_score = "none", 0
    for encoding in candidates:
        score = _evidence(text, encoding)
        if score > best_score:
            best, best_score = encoding, score
    return best


def may_hold_legacy(text: str) -> bool:
    """Whether Unicode Vietnamese text also has what a legacy line would: a Latin-1
    character Vietnamese does not use (TCVN3, VNI), a VIQR mark after a vowel, or a line
    without Unicode-only Vietnamese letters that has a character VNI codes use ("baêm");
    the case :func:`detect_encoding` leaves to :mod:`.mixed`, line by line.

    >>> may_hold_legacy("Tin mới\\nNg\xeai d\xa9n"), may_hold_legacy("Tin mới"), may_hold_legacy("Ng\xeai")
    (True, False, False)
    >>> may_hold_legacy("Tin mới\\nVie^.t Nam"), may_hold_legacy("Tin mới: x^2, A+, C++, e.g.?")
    (True, False)
    >>> may_hold_legacy("Tin mới\\nbaêm nhoû"), may_hold_legacy("Tin mới\\nbăm nhỏ\\nHello")
    (True, False)
    """
    if not _UNICODE_VIETNAMESE.search(text):
        return False
    return bool(_FOREIGN_LATIN1.search(text)) or may_hold_viqr(text) or _has_vni_looking_line(text)


def _has_vni_looking_line(text: str) -> bool:
    """A line with no Unicode-only Vietnamese letter but a character VNI codes use (one
    scan that stops each line at its first Unicode-only letter)."""
    return any(_VNI_CHARACTER.search(line.group()) for line in _LINE_WITHOUT_UNICODE_LETTERS.finditer("\n" + text))


def may_hold_viqr(text: str) -> bool:
    """Whether ``text`` has a VIQR modifier after its vowel ("e^", "a(", "o+") or a grave
    or tilde after a vowel ("a`", "e~"): every VIQR line of a few words has one, ordinary
    text almost never. Cheap: a membership test first, then one regex that starts at a
    mark character.

    >>> may_hold_viqr("Vie^.t Nam"), may_hold_viqr("Ha` Noi"), may_hold_viqr("x^2 + 1, A+, e.g.")
    (True, True, False)
    """
    return any(symbol in text for symbol in "^+`~") and bool(_VIQR_MARK.search(text))


def _evidence(text: str, encoding: str) -> int:
    """Number of evidence words when the encoding passes its thresholds, else 0."""
    good = bad = strong = 0
    for word in _words(text, encoding):
        verdict = _judge(word, encoding)
        if verdict is False and encoding == "tcvn3" and "\xad" in word:
            # unless it is TCVN3's ư, a soft hyphen is dropped: judge the word without it
            verdict = _judge(word.replace("\xad", ""), encoding)
        if verdict is None:
            continue
        good += bool(verdict)
        bad += verdict is False
        strong += verdict == "strong"
    if good < 0.9 * (good + bad) or not (strong or (encoding == "viqr" and good >= 2)):
        return 0
    return good


def _judge(word: str, encoding: str) -> str | bool | None:
    """None: no evidence either way; False: against; "weak" or "strong": for."""
    markers = _MARKERS[encoding]
    if len(word) < 2:  # a lone character ("ô", a soft hyphen) proves nothing
        return None
    if not (set(word) & markers or any(m in word for m in markers if len(m) > 1)):
        return None
    decoded = decode_viqr_word(word) if encoding == "viqr" else decode(word, encoding)
    if decoded == word or is_syllable(word):
        return None
    if not is_syllable(decoded):
        return False
    return "strong" if _is_strong(word, decoded, encoding) else "weak"


def _words(text: str, encoding: str):
    if encoding == "viqr":
        return (word for _, word in viqr_words(text))
    return (match.group() for match in _WORDS[encoding].finditer(text))


def _is_strong(word: str, decoded: str, encoding: str) -> bool:
    """Evidence no Western word gives: a VIQR modifier and tone together, a VNI
    vowel+mark pair, a TCVN3 symbol inside a word or a letter only Vietnamese has."""
    if encoding == "viqr":
        return bool(_VIQR_HINT.search(word)) and any(symbol in word for symbol in "`'?~.")
    if encoding == "vni":
        return bool(_VNI_PAIR.search(word))
    return bool(set(word) & _TCVN3_SYMBOLS or set(decoded) & DISTINCTIVE_LETTERS)
