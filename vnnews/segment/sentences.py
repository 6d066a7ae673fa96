"""Sentence boundaries in Vietnamese news text, as ``(start, end)`` spans.

Rules, in order:

* every line break ends a sentence (a headline without a full stop is a sentence);
* inside a line, ``.``, ``!``, ``?``, ``…`` (with any closing quotes, brackets and emoji
  that follow them) end a sentence when whitespace and then a sentence opener follow: a
  capital letter, a digit, a bullet ("•", "+"), a dash not before a lower-case word
  ('"Ai đó?" - tôi hỏi' goes on), an opening quote or bracket not before a lower-case
  letter, "(ảnh", "(nguồn", "(theo", an ellipsis before a capital, a URL, "iPhone";
  after ``.``, ``!``, ``?`` (not an ellipsis) also a quote before a lower-case letter;
* an ellipsis before a number is a pause, not an end ("giá chỉ... 99 đôla");
* a mark at the very start of a sentence belongs to it ("... Rồi cũng chính con sông");
* a full stop does not end a sentence after an abbreviation ("TP.", "Th.S.", "v.v.",
  "PGS.TS."), a capital initial ("Nguyễn V. A.", "T.T.H. (10 tuổi)"), a dotted form whose
  last part is one letter ("U.S.A.", "p.m.") or a list number opening its sentence or
  after ":" / ";" ("1. Mở đầu", "gồm: 1. Rà soát; 2. Báo cáo") -- unless a word that opens
  sentences, not names, follows ("Nguyễn Văn A. Sau đó", "UBND TP. Trong"), the initials
  credit a photo ("Ảnh: N.C.T."), or a lone capital follows a lower-case word that is not
  a person's and comes before a Vietnamese word ("nhóm máu B. Bệnh viện", "châu Á.");
  dotted names end sentences like words ("TP.HCM.", "tuoitre.vn.", "ADODB.Stream.");
* invisible characters (zero-width space, word joiner, BOM) count as nothing;
* a piece of punctuation only (a stray "." on its own line) joins the sentence before.

Dots that are not followed by whitespace (numbers "1.000.000", dates "1.7.2025",
URLs, e-mail addresses) are never candidates at all.

>>> text = 'Ông A về TP. Hồ Chí Minh. Ông nói: "Tốt quá." Hết'
>>> [text[s:e] for s, e in sentence_spans(text)]
['Ông A về TP. Hồ Chí Minh.', 'Ông nói: "Tốt quá."', 'Hết']
"""

from __future__ import annotations

import regex

from .sentence_words import ABBREVIATIONS, PERSON_WORDS, SENTENCE_STARTERS

_LINE = regex.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x1c\x1d\x1e\x85]+")  # the breaks of str.splitlines
_INVISIBLE = "[\u200b\u2060\ufeff]"
_CLOSERS = "\"'”’»)]"
# Emoji shown as pictures (not "©", "®"), with their variation selector, joiner and skin tone.
_EMOJI = r"\p{Emoji_Presentation}\ufe0f\u200d\U0001F3FB-\U0001F3FF"
# A terminal mark and the closing quotes/brackets glued to it, then whitespace or the end
# of the line; emoji right after it ("Chúc mừng! 🎉") go with it.
_CANDIDATE = regex.compile(rf"[.!?…]+[\"'”’»)\]]*(?={_INVISIBLE}*(?:\s|$))")
_EMOJI_RUN = regex.compile(rf"[ \t]*[{_EMOJI}]+(?={_INVISIBLE}*(?:\s|$))")
# What may open the next sentence (the spaces before it are skipped): a capital, a digit,
# a bullet; a dash not before a lower-case word ('..." - tôi hỏi' goes on); an opening
# quote or bracket not before a lower-case letter ('... mà... "đi chợ".' goes on), but
# "(ảnh", "(nguồn", "(theo" credits; an ellipsis before a capital; a URL; "eStar", "iPhone".
_OPENER = regex.compile(
    rf"(?:{_INVISIBLE}*\s)+{_INVISIBLE}*(?="
    r"[\p{Lu}\p{N}•*+]|[\-–—](?!\s*\p{Ll})|[\"'“‘«(\[]+(?!\p{Ll})|\((?:ảnh|nguồn|theo)\b"
    r"|(?:\.\.\.|…)\s*\p{Lu}|https?://|www\.|\p{Ll}+\p{Lu})"
)
# After a full stop, "?" or "!" (not an ellipsis) an opening quote opens a sentence even
# before a lower-case letter: 'này. "bắt kiểu này..." - tôi hỏi.'
_QUOTE_OPENER = regex.compile(rf"(?:{_INVISIBLE}*\s)+{_INVISIBLE}*(?=[\"“«]\p{{Ll}})")
_NEXT_WORD = regex.compile(r"\w+")
_PUNCTUATION_ONLY = regex.compile(r"[\p{P}\s]+")
_LIST_NUMBER = regex.compile(r"(?:\d{1,2}|[IVXLC]{1,5}|[a-zđ])")
_LIST_FIRST = "0123456789IVXLC"  # what a list number longer than one character starts with
_DOTTED = regex.compile(r"\p{L}+(?:\.\p{L}+)+")
_INITIAL_LETTERS = frozenset("ABCDĐEFGHIJKLMNOPQRSTUVWXYZ")
_INITIALS = regex.compile(r"\p{Lu}(?:\.\p{Lu})*")  # "A", "K.D", "N.C.T"
# Matched backwards from a position (regex's reverse mode), so looking at the word before
# a mark costs that word's length, not the line's: long lines stay linear.
_WORD_BEFORE = regex.compile(r"(?r)[^ \t]*")
_SPACES_BEFORE = regex.compile(r"(?r)\s*")
_UNSPACED_BEFORE = regex.compile(r"(?r)[^ ]*")


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` (the text before a full stop, without that stop) is an abbreviation.

    A dotted form is one when its last part is a single letter ("U.S.A", "Th.S", "v.v")
    or an abbreviation itself ("PGS.TS"); "TP.HCM", "vnexpress.net" are names.

    >>> [_is_abbreviation(w) for w in ("TP", "PGS.TS", "UBND", "TP.HCM", "tuoitre.vn", "a.m")]
    [True, True, False, False, False, True]
    """
    word = word.lstrip("\"'“‘«([")
    if word in ABBREVIATIONS or word.replace(".", "") in ABBREVIATIONS:
        return True
    if len(word) == 1 and word in _INITIAL_LETTERS:  # an initial: "Nguyễn V. A." (not "châu Á.")
        return True
    if "." not in word or _DOTTED.fullmatch(word) is None:  # not "1.000", not URLs
        return False
    last = word.rsplit(".", 1)[1]
    return len(last) == 1 or last in ABBREVIATIONS


def is_dotted_abbreviation(word: str) -> bool:
    """Whether ``word`` is an abbreviation written with dots inside (:func:`_is_abbreviation`
    of a dotted form): "v.v", "PGS.TS", "Th.S", not "TP.HCM", "TP", "USD".

    >>> [is_dotted_abbreviation(w) for w in ("v.v", "PGS.TS", "TP.HCM", "TP", "A")]
    [True, True, False, False, False]
    """
    return "." in word and _is_abbreviation(word)


def _abbreviation_ends(line: str, word: str, start: int, word_start: int, next_start: int) -> bool:
    """Whether the full stop after the abbreviation or initials ``word`` also ends a sentence:
    before a word that opens sentences ("Nguyễn Văn A. Sau đó", "tr.CN. Sau đó", "UBND TP.
    Trong"), or after initials that credit a photo ("Ảnh: N.C.T. TT - Hôm qua")."""
    next_word = _NEXT_WORD.match(line, next_start)
    if next_word is not None and next_word.group() in SENTENCE_STARTERS:
        return True
    if len(word) == 1 and word not in ABBREVIATIONS and next_word is not None and not next_word.group().isascii():
        # a letter before a word with Vietnamese letters ("nhóm máu B. Bệnh viện"), not an
        # initial before a foreign name ("tiền đạo C. Ronaldo"), not "Q. 1", "P. Tân Định"
        return not _names_a_person(line, start, word_start)
    return "." in word and _INITIALS.fullmatch(word) is not None and _follows(line, start, word_start, ":")


def _names_a_person(line: str, start: int, word_start: int) -> bool:
    """Whether the capital at ``word_start`` follows a capitalised word or a word of persons."""
    before_end = _SPACES_BEFORE.match(line, start, word_start).start()  # line[start:word_start].rstrip()
    previous = _UNSPACED_BEFORE.match(line, start, before_end).group().lstrip("\"'“‘«([")
    return not previous or not previous[0].islower() or previous in PERSON_WORDS


def _follows(line: str, start: int, word_start: int, marks: str) -> bool:
    """Whether the word at ``word_start`` comes right after one of ``marks`` in its sentence."""
    before = line[max(start, word_start - 3) : word_start].rstrip()
    return before != "" and before[-1] in marks


def _is_list_number(line: str, start: int, word_start: int, word: str) -> bool:
    """Whether ``word`` numbers a list item: "1", "II", "a" opening its sentence or after ":"/";"."""
    if len(word) > 1 and word[0] not in _LIST_FIRST:  # a quick no for most words
        return False
    return _LIST_NUMBER.fullmatch(word) is not None and (word_start == start or _follows(line, start, word_start, ":;"))


def _ends_sentence(line: str, start: int, mark_start: int, mark: str, next_start: int) -> bool:
    if not mark.startswith(".") or mark.startswith("..."):
        # "!", "?", "…", "..." end a sentence whenever an opener follows, but for an
        # ellipsis before a number, a pause: "giá chỉ... 99 đôla", "trong vòng… 4 tháng"
        return not (mark.endswith(("...", "…")) and line[next_start].isdigit())
    word_start = _WORD_BEFORE.match(line, start, mark_start).start()
    word = line[word_start:mark_start]
    if not word:
        return True
    if _is_list_number(line, start, word_start, word):
        return False  # "1. Mở đầu", "II. Kết luận", "gồm: a. Mục tiêu; b. Nhiệm vụ"
    word = word.rstrip(_CLOSERS)
    if _is_abbreviation(word):
        return _abbreviation_ends(line, word.lstrip("\"'“‘«(["), start, word_start, next_start)
    return True


def _line_spans(line: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    start = len(line) - len(line.lstrip())
    for match in _CANDIDATE.finditer(line, start):
        if match.start() == start:
            continue  # "... Rồi cũng chính con sông này": a mark opening a sentence
        end, mark = match.end(), match.group()
        if end == len(line):
            break  # the line's last mark: nothing opens after it
        opener = _OPENER.match(line, end)
        if opener is None:
            emoji = _EMOJI_RUN.match(line, end)
            if emoji is not None:
                end = emoji.end()
                opener = _OPENER.match(line, end)
            elif mark[0] != "…" and not mark.startswith("..."):
                opener = _QUOTE_OPENER.match(line, end)
        if opener is None or not _ends_sentence(line, start, match.start(), mark, opener.end()):
            continue
        spans.append((offset + start, offset + end))
        start = opener.end()
    tail = line[start:].rstrip()
    if tail:
        spans.append((offset + start, offset + start + len(tail)))
    return spans


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of each sentence of ``text``, without surrounding spaces.

    >>> text = "Giá 1.000.000 đồng.\\nTin mới nhất\\nPGS.TS Trần A nói v.v. và về. Tại TP. Huế"
    >>> [text[s:e] for s, e in sentence_spans(text)]
    ['Giá 1.000.000 đồng.', 'Tin mới nhất', 'PGS.TS Trần A nói v.v. và về.', 'Tại TP. Huế']
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
