"""Sentence boundaries in Vietnamese news text, as ``(start, end)`` spans.

Rules, in order:

* every line break ends a sentence (a headline without a full stop is a sentence);
* inside a line, ``.``, ``!``, ``?``, ``…`` (with any closing quotes or brackets that
  follow them) end a sentence when whitespace and then a sentence opener follow
  (a capital letter, a digit, a dash or a bullet, an opening quote or bracket not
  followed by a lower-case letter);
* a full stop never ends a sentence after an abbreviation ("TP.", "Th.S.", "v.v.",
  "PGS.TS."), a single capital initial ("Nguyễn V. A."), a dotted form with letters
  ("U.S.", "p.m.") or a list number at the start of a line ("1. Mở đầu") -- except an
  initial before a word that opens sentences, not names ("Nguyễn Văn A. Sau đó");
* invisible characters (zero-width space, word joiner, BOM) count as nothing;
* a piece of punctuation only (a stray "." on its own line) joins the sentence before.

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

# Capitalised words that open sentences and are no given names: after "Nguyễn Văn A."
# they show the initial ends a sentence.
SENTENCE_STARTERS = frozenset(
    """
    Sau Theo Tuy Ngoài Trong Khi Ông Bà Các Những Đây Hiện Tại Trước Cũng Do Vì Nhưng
    Để Với Nếu Riêng Còn Được Qua Lúc Hôm Ngày Đó Điều Việc Chúng Họ Tôi
    """.split()
)

_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")  # the breaks of str.splitlines
# A terminal mark, the closing quotes/brackets glued to it, then whitespace or end of line.
_INVISIBLE = "[\u200b\u2060\ufeff]"
_CANDIDATE = regex.compile(rf"(?:[.!?…]+)[\"'”’»)\]]*(?={_INVISIBLE}*(?:\s|$))")
# What may open the next sentence (the spaces before it are skipped).
# An opening quote or bracket opens a sentence unless a lower-case letter follows it
# ('... mà... "đi chợ".' goes on the same sentence).
_OPENER = regex.compile(
    rf"(?:{_INVISIBLE}*\s)+{_INVISIBLE}*(?=[\p{{Lu}}\p{{N}}\-–—•*]|[\"'“‘«(\[]+(?!\p{{Ll}}))"
)
_NEXT_WORD = regex.compile(r"\w+")
_PUNCTUATION_ONLY = regex.compile(r"[\p{P}\s]+")
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


def _ends_sentence(line: str, mark_start: int, mark: str, next_start: int) -> bool:
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
    word = word.rstrip(_CLOSERS)
    if len(word) == 1 and word.isupper():  # "Nguyễn Văn A. Sau đó" but "Nguyễn V. A."
        next_word = _NEXT_WORD.match(line, next_start)
        return next_word is not None and next_word.group() in SENTENCE_STARTERS
    return not _is_abbreviation(word)


def _line_spans(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = len(line) - len(line.lstrip())
    for match in _CANDIDATE.finditer(line, start):
        end = match.end()
        opener = _OPENER.match(line, end)
        if opener is None or not _ends_sentence(line, match.start(), match.group(), opener.end()):
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
            for start, end in _line_spans(line.group(), line.start()):
                if spans and _PUNCTUATION_ONLY.fullmatch(text, start, end):
                    spans[-1] = (spans[-1][0], end)  # a stray "." or "-": no sentence of its own
                else:
                    spans.append((start, end))
    return spans
