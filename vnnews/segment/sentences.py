"""Sentence boundaries in Vietnamese news text, as ``(start, end)`` spans.

Rules, in order:

* every line break ends a sentence (a headline without a full stop is a sentence);
* inside a line, ``.``, ``!``, ``?``, ``…`` (with any closing quotes or brackets that
  follow them) end a sentence when whitespace and then a sentence opener follow
  (a capital letter, a digit, an opening quote or bracket, a dash or a bullet);
* a full stop never ends a sentence after an abbreviation ("TP.", "Th.S.", "v.v.",
  "PGS.TS."), a single capital initial ("Nguyễn V. A."), a dotted form with letters
  ("U.S.", "p.m.") or a list number at the start of a line ("1. Mở đầu").

Dots that are not followed by whitespace (numbers "1.000.000", dates "26.03.2025",
URLs, e-mail addresses) are never candidates at all.

>>> text = 'Ông A về TP. Hồ Chí Minh. Ông nói: "Tốt quá." Hết'
>>> [text[s:e] for s, e in sentence_spans(text)]
['Ông A về TP. Hồ Chí Minh.', 'Ông nói: "Tốt quá."', 'Hết']
"""

from __future__ import annotations

import regex

# Abbreviations written with a final full stop in Vietnamese news (compared without
# the dots, case-sensitively: "TP" and "Tp" are both here, "tp" is not).
ABBREVIATIONS = frozenset(
    """
    TP Tp tp TT Th ThS Ths GS PGS TS BS BSCKI BSCKII CKI CKII KS LS NS NSND NSƯT NGND NGƯT
    ThS.BS PGS.TS GS.TS TS.BS Th.S Th.s St Mr Mrs Ms Dr Prof Co Ltd Inc Corp No Tr tr
    P Q H X TX vv v.v etc Sđd Nxb NXB Tel ĐT Đt đt Fax ĐC
    """.split()
)

_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")  # the breaks of str.splitlines
# A terminal mark, the closing quotes/brackets glued to it, then whitespace or end of line.
_CANDIDATE = regex.compile(r"(?:[.!?…]+)[\"'”’»)\]]*(?=\s|$)")
# What may open the next sentence.
_OPENER = regex.compile(r"\s+(?=[\p{Lu}\p{N}\"'“‘«(\[\-–—•*])")
_LIST_NUMBER = regex.compile(r"\s*(?:\d{1,2}|[IVXLC]{1,5}|[a-zđ])$")
_CLOSERS = "\"'”’»)]"


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` (the text before a full stop, without that stop) is an abbreviation.

    >>> _is_abbreviation("TP"), _is_abbreviation("PGS.TS"), _is_abbreviation("UBND")
    (True, True, False)
    """
    word = word.lstrip("\"'“‘«([")
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word.isupper():  # an initial: "Nguyễn V. A."
        return True
    # A dotted form made of letters: "U.S", "p.m", "PGS.TS", "Th.S" (not "1.000", not URLs).
    return "." in word and regex.fullmatch(r"\p{L}+(?:\.\p{L}+)+", word) is not None


def _ends_sentence(line: str, mark_start: int, mark: str) -> bool:
    if not mark.startswith("."):
        return True  # "!", "?", "…" end a sentence whenever an opener follows
    if mark.startswith("..."):
        return True
    word_start = max(line.rfind(" ", 0, mark_start), line.rfind("\t", 0, mark_start)) + 1
    word = line[word_start:mark_start]
    if not word:
        return True
    if word_start == 0 and _LIST_NUMBER.fullmatch(word):
        return False  # "1. Mở đầu", "II. Kết luận", "a. Mục tiêu"
    return not _is_abbreviation(word.rstrip(_CLOSERS))


def _line_spans(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = len(line) - len(line.lstrip())
    for match in _CANDIDATE.finditer(line, start):
        end = match.end()
        opener = _OPENER.match(line, end)
        if opener is None or not _ends_sentence(line, match.start(), match.group()):
            continue
        if end > start:
            spans.append((offset + start, offset + end))
        start = opener.end()
    tail = line[start:].rstrip()
    if tail:
        spans.append((offset + start, offset + start + len(tail)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each sentence of ``text``, without surrounding spaces.

    >>> text = "Giá 1.000.000 đồng.\\nTin mới nhất\\nPGS.TS Trần A nói v.v. Rồi về."
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Giá 1.000.000 đồng.', 'Tin mới nhất', 'PGS.TS Trần A nói v.v. Rồi về.']
    """
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        if not line.group().isspace():
            spans.extend(_line_spans(line.group(), line.start()))
    return spans
