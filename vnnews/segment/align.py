"""Map a backend's words back to character offsets in the text it was given.

Backends return strings, not offsets; their syllables are substrings of the text in
order, so a forward ``str.find`` per syllable recovers the spans cheaply. Where a
backend rewrote a character (underthesea turns "ð" into "đ"), the syllable is matched
by length against the next non-space characters instead.

>>> align_words("Hà  Nội mưa", ["Hà Nội", "mưa"], " ")
([0, 8], [7, 11])
"""

from __future__ import annotations

from ..errors import BackendError


def word_spans_in(text: str, words: list[str], joiner: str, offset: int = 0) -> list[tuple[int, int]]:
    """The ``(start, end)`` (plus ``offset``) of each of ``words`` in ``text``.

    The loop every word of every text goes through: one ``find`` per word, the word
    (joiners read as spaces) being right after the previous one or one space. Anything
    else (runs of spaces, the text's own joiner characters, characters the backend
    changed) is left to :func:`align_words`.

    >>> word_spans_in("Thuỷ điện Hoà Bình.", ["Thuỷ_điện", "Hoà_Bình", "."], "_", 10)
    [(10, 19), (20, 28), (28, 29)]
    """
    if joiner == " " or len(joiner) == 1 and joiner not in text:
        # Search the words as they are in the text with its spaces written as joiners
        # (one replace for the text instead of one per word); the joiner is not a
        # character of the text, so each one found stands for a space.
        spaced_as_joined = text if joiner == " " else text.replace(" ", joiner)
        spans: list[tuple[int, int]] = []
        add, find = spans.append, spaced_as_joined.find
        pos = 0
        for word in words:
            found = find(word, pos)
            if found != pos and (found != pos + 1 or text[pos] != " "):
                break
            pos = found + len(word)
            add((found + offset, pos + offset))
        else:
            return spans
    return list(zip(*align_words(text, words, joiner, offset)))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _find_slow(text: str, part: str, pos: int, joiner: str) -> int:
    """Where ``part`` starts when it is not simply the next thing after ``pos``."""
    found = text.find(part, pos)
    if found == pos or found > pos and not text[pos:found].replace(joiner, " ").strip():
        return found  # only spaces (or the joiner itself) in between
    # Not the next syllable: the backend changed characters; trust lengths.
    found = _skip_space(text, pos)
    if found + len(part) > len(text):
        raise BackendError(f"backend returned {part!r}, which is not in the text it was given")
    return found


def align_words(text: str, words: list[str], joiner: str, offset: int = 0) -> tuple[list[int], list[int]]:
    """Return the start and end offsets (plus ``offset``) of each of ``words`` in ``text``.

    This runs for every word of every text, so the usual case is one ``find`` per
    word: the word (joiners read as spaces) right after the previous one or one space.
    Anything else (runs of spaces, underscores of the text itself, characters the
    backend changed) goes syllable by syllable in :func:`_align_slowly`.

    >>> align_words("Thuỷ_điện Hoà", ["Thuỷ_điện", "Hoà"], "_")
    ([0, 10], [9, 13])
    """
    starts: list[int] = []
    ends: list[int] = []
    add_start, add_end, find = starts.append, ends.append, text.find
    pos = 0
    spaced = joiner == " "
    for word in words:
        probe = word
        if not spaced and joiner in word:
            probe = word.replace(joiner, " ")
            if probe[0] == " " or probe[-1] == " ":
                probe = ""  # joiners at the edges are the text's own: go slowly
        found = find(probe, pos) if probe else -1
        if found == pos or (found == pos + 1 and text[pos] == " "):
            add_start(found + offset)
            pos = found + len(probe)
            add_end(pos + offset)
            continue
        span = _align_slowly(text, word, joiner, pos)
        if span is not None:
            add_start(span[0] + offset)
            pos = span[1]
            add_end(pos + offset)
    return starts, ends


def _align_slowly(text: str, word: str, joiner: str, pos: int) -> tuple[int, int] | None:
    """The span of ``word`` at or after ``pos``, syllable by syllable; None for a blank word."""
    if not word.strip():
        return None
    start = -1
    for part in word.split(joiner):
        if part.strip():
            found = _find_slow(text, part, pos, joiner)
            if start < 0:
                start = found
            pos = found + len(part)
    if start < 0:  # the word is only joiner characters: an original "_" or "__"
        start = text.find(word, pos)
        if start < 0:
            raise BackendError(f"backend returned {word!r}, which is not in the text it was given")
        return start, start + len(word)
    # joiners at the edges of a word are the text's own characters ("Hà_")
    lead = len(word) - len(word.lstrip(joiner))
    if lead and text[start - lead : start] == word[:lead]:
        start -= lead
    trail = len(word) - len(word.rstrip(joiner))
    if trail and text.startswith(word[len(word) - trail :], pos):
        pos += trail
    return start, pos
