"""The Segmenter: sentences and words of a text as ``(start, end)`` spans into it.

For each line of the text (each sentence, where a line holds several), the Segmenter

1. puts the text in NFC and in the tone-mark style the backend's dictionary uses
   (both keep a way back: tone-style conversion is length-preserving on NFC);
2. asks the backend for words and finds them back in the text (:mod:`.align`);
3. makes user-dictionary words, numbers/dates/URLs/codes and person/admin-unit
   names one word each (:mod:`.rules`).

A Segmenter is immutable after construction and safe to share between threads.

>>> seg = Segmenter("underthesea", user_dict=["nhà máy thuỷ điện"])
>>> text = "Nhà máy thủy điện Hòa Bình phát điện lúc 18:31."
>>> [text[s:e] for s, e in seg.word_spans(text)]
['Nhà máy thủy điện', 'Hòa Bình', 'phát điện', 'lúc', '18:31', '.']
"""

from __future__ import annotations

from typing import Iterable, Sequence

import regex


from ..errors import check_text
from ..normalize.unicode import nfc_with_map
from .align import word_spans_in
from .backends import Backend, LibraryBackend, resolve_backend
from .rules import name_spans, protected_spans
from .sentences import is_dotted_abbreviation, sentence_spans
from .spans import covered, force_spans, non_overlapping
from .style import to_tone_style
from .userdict import UserDictionary


# A terminal mark with more text after it: the line may hold several sentences, and a
# backend must not join words across their boundary ("v.v. Mạnh").
_MAY_HOLD_TWO_SENTENCES = regex.compile(r"[.!?…][\"'”’»)\]]*\s+\S")
_QUOTES_AND_BRACKETS = "\"'”’»)]"  # what may close a sentence after its stop
_CLOSING = ".!?…" + _QUOTES_AND_BRACKETS  # what may end a sentence, stripped before the quick look
_WHITE_SPACE = "".join(c for c in map(chr, range(0x3001)) if regex.match(r"\s", c))  # what \s matches
# Lone surrogates (text decoded with errors="surrogateescape", JSON "\\ud800") cannot be
# encoded as UTF-8, which the backends do; they see U+FFFD in their place (same length).
_LONE_SURROGATE = regex.compile("[\ud800-\udfff]")


def _may_hold_two_sentences(line: str) -> bool:
    """Whether a terminal mark is followed by more text; plain substring tests first
    (a mark can only do so if one is left once the line's end is stripped)."""
    body = line.rstrip(_WHITE_SPACE).rstrip(_CLOSING)
    if "." in body or "?" in body or "!" in body or "…" in body:
        return _MAY_HOLD_TWO_SENTENCES.search(line) is not None
    return False

#: Longer runs of non-space characters are no words a backend knows (a URL is ~100).
LONG_RUN = 300
_LONG_RUN = regex.compile(r"\S{%d,}" % (LONG_RUN + 1))


class Segmenter:
    """Sentence and word segmentation with offsets, on a pluggable backend.

    ``backend`` is ``"underthesea"`` (default), ``"pyvi"`` or any object with a
    ``words(text)`` method (see :mod:`vnnews.segment.backends`). ``user_dict`` is a list
    of words to keep whole; it belongs to this Segmenter only.

    >>> Segmenter("pyvi").words("Bộ trưởng Nguyễn Mạnh Hùng phát biểu.")
    ['Bộ trưởng', 'Nguyễn Mạnh Hùng', 'phát biểu', '.']
    """

    def __init__(self, backend: str | Backend = "underthesea", user_dict: Iterable[str] | None = None):
        self.backend = resolve_backend(backend)
        self.tone_style = getattr(self.backend, "tone_style", None)
        self.joiner = getattr(self.backend, "joiner", " ")
        self.user_dict = self._user_dictionary(user_dict)
        self._dictionaries = (self.user_dict,) if self.user_dict else ()
        # A plugged-in backend may return empty or blank words; the built-in ones do not.
        self._clean_words = not isinstance(self.backend, LibraryBackend)

    def __repr__(self) -> str:
        name = getattr(self.backend, "name", type(self.backend).__name__)
        return f"Segmenter(backend={name!r}, user_dict=<{len(self.user_dict)} words>)"

    def _user_dictionary(self, words: Iterable[str] | None) -> UserDictionary:
        return UserDictionary(words or (), convert=lambda w: to_tone_style(w, self.tone_style))

    def sentence_spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence of ``text`` (see :mod:`.sentences`).

        >>> Segmenter().sentence_spans("Trời mưa. Gió to.")
        [(0, 9), (10, 17)]
        """
        return sentence_spans(check_text(text))

    def word_spans(self, text: str, user_dict: Iterable[str] | None = None) -> list[tuple[int, int]]:
        """``(start, end)`` of each word of ``text``; ``user_dict`` adds words for this call.

        >>> text = "Thuỷ điện Hoà Bình"
        >>> [text[s:e] for s, e in Segmenter().word_spans(text)]
        ['Thuỷ điện', 'Hoà Bình']
        """
        text = check_text(text)
        nfc, back = nfc_with_map(text)
        prepared = _LONE_SURROGATE.sub("\ufffd", to_tone_style(nfc, self.tone_style))
        dictionaries = self._dictionaries
        if user_dict:
            dictionaries = [*dictionaries, self._user_dictionary(user_dict)]
        spans: list[tuple[int, int]] = []
        offset = 0
        for line in prepared.splitlines(keepends=True):
            if _may_hold_two_sentences(line):  # segment sentence by sentence
                for start, end in sentence_spans(line):
                    spans.extend(self._piece_spans(line[start:end], offset + start, dictionaries))
            elif not line.isspace():
                spans.extend(self._piece_spans(line, offset, dictionaries))
            offset += len(line)
        if back is not None:
            spans = _joined_where_overlapping([(back.starts[s], back.ends[e - 1]) for s, e in spans])
        return spans

    def _piece_spans(self, line: str, offset: int, dictionaries: Sequence[UserDictionary]) -> list[tuple[int, int]]:
        """Word spans of one line or sentence, shifted by ``offset``. A run of more than
        :data:`LONG_RUN` non-space characters is one word, kept from the backend (whose
        tokenizer is slow on such runs); the text between long runs is segmented."""
        if len(line) <= LONG_RUN:  # too short to hold a long run: no scan needed
            return _final_stop_apart(line, self._backend_spans(line, offset, dictionaries), offset)
        spans: list[tuple[int, int]] = []
        done = 0
        for run in _LONG_RUN.finditer(line):
            spans += self._backend_spans(line[done : run.start()], offset + done, dictionaries)
            spans.append((offset + run.start(), offset + run.end()))
            done = run.end()
        return _final_stop_apart(line, spans + self._backend_spans(line[done:], offset + done, dictionaries), offset)

    def _backend_spans(self, line: str, offset: int, dictionaries: Sequence[UserDictionary]) -> list[tuple[int, int]]:
        """Word spans of a piece without long runs, by the backend and the rules."""
        if not line or line.isspace():
            return []
        words = self.backend.words(line)
        if self._clean_words:
            words = [word for word in words if isinstance(word, str) and word.strip()]
        spans = word_spans_in(line, words, self.joiner, offset)
        chosen = [span for d in dictionaries for span in d.spans(line)] if dictionaries else []
        rules = protected_spans(line)
        rules += name_spans(line)
        if chosen or rules:
            starts = [start for start, _ in spans]
            ends = [end for _, end in spans]
            forced = _forced_spans(chosen, rules, offset, starts, ends)
            if forced:
                spans = list(zip(*force_spans(line, starts, ends, forced, offset)))
        return spans

    def words(self, text: str, user_dict: Iterable[str] | None = None) -> list[str]:
        """The words of ``text``, syllables joined by one space.

        >>> Segmenter().words("Bộ  trưởng tăng giá 5,5%.")
        ['Bộ trưởng', 'tăng giá', '5,5%', '.']
        """
        return [" ".join(text[s:e].split()) for s, e in self.word_spans(text, user_dict)]

    def sentences(self, text: str) -> list[str]:
        """The sentences of ``text``.

        >>> Segmenter().sentences("Tin nóng\\nTrời mưa. Gió to.")
        ['Tin nóng', 'Trời mưa.', 'Gió to.']
        """
        return [text[s:e] for s, e in self.sentence_spans(text)]


def _final_stop_apart(piece: str, spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    """``spans`` of a sentence (or a line: both end a sentence) whose last word, before
    closing quotes and brackets only, gives up the full stop ending the sentence, as it
    does after any other word: "USD." (pyvi), "TP.HCM." (underthesea) become "USD" ".",
    "TP.HCM" "."; a dotted abbreviation keeps it ("v.v.", "PGS.TS."), and so does a
    word that is no longer than its stop or ends in more than one.

    >>> _final_stop_apart("Giá 3 USD.)", [(0, 3), (4, 5), (6, 10), (10, 11)], 0)
    [(0, 3), (4, 5), (6, 9), (9, 10), (10, 11)]
    >>> _final_stop_apart("quả v.v.", [(0, 3), (4, 8)], 0)
    [(0, 3), (4, 8)]
    """
    last = len(spans) - 1
    while last >= 0 and not piece[spans[last][0] - offset : spans[last][1] - offset].strip(_QUOTES_AND_BRACKETS):
        last -= 1  # closing quotes and brackets after the word
    if last < 0 or piece[spans[last][1] - offset :].strip(_WHITE_SPACE + _QUOTES_AND_BRACKETS):
        return spans
    start, end = spans[last]
    word = piece[start - offset : end - offset]
    if len(word) < 2 or not word.endswith(".") or word[-2] in _CLOSING or is_dotted_abbreviation(word[:-1]):
        return spans
    return spans[:last] + [(start, end - 1), (end - 1, end)] + spans[last + 1 :]


def _forced_spans(
    chosen: list[tuple[int, int]], rules: list[tuple[int, int]], offset: int, starts: list[int], ends: list[int]
) -> list[tuple[int, int]]:
    """User-dictionary spans, then rule spans that do not overlap them, minus those
    the backend already made one word; shifted by ``offset``, sorted, non-overlapping."""
    chosen = non_overlapping([(s + offset, e + offset) for s, e in chosen])
    rules = [(s + offset, e + offset) for s, e in rules]
    rules = [r for r in rules if not covered(starts, ends, r) and not _overlaps_any(r, chosen)]
    if not rules:
        return [c for c in chosen if not covered(starts, ends, c)]
    return non_overlapping(chosen + non_overlapping(rules))


def _overlaps_any(span: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in others)


def _joined_where_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in the user's text, two that overlap made one: a word boundary the
    backend put inside one grapheme cluster of the original ("k" + two combining marks,
    which NFC writes as two characters) cannot split it.

    >>> _joined_where_overlapping([(0, 1), (1, 4), (1, 9), (9, 10)])
    [(0, 1), (1, 9), (9, 10)]
    """
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return joined
