"""Operations on sorted word spans: choose non-overlapping ones, force spans to be words.

Words are kept as two parallel lists, ``starts`` and ``ends``, sorted and
non-overlapping, so that lookups are :mod:`bisect` calls.

>>> text = "Nguyễn Mạnh Hùng nói"
>>> force_spans(text, [0, 7, 12, 17], [6, 11, 16, 20], non_overlapping([(0, 16), (7, 16)]))
([0, 17], [16, 20])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_CHUNK = re.compile(r"\S+")


def non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sort spans and keep, among overlapping ones, the earliest (the longest on a tie).

    >>> non_overlapping([(5, 9), (0, 3), (2, 6), (0, 4)])
    [(0, 4), (5, 9)]
    """
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def force_spans(
    text: str, starts: list[int], ends: list[int], forced: list[tuple[int, int]], offset: int = 0
) -> tuple[list[int], list[int]]:
    """Make each of the sorted, non-overlapping ``forced`` spans exactly one word.

    Words inside a forced span are merged into it; a word that straddles its edge keeps
    only the part outside (spaces trimmed), a punctuation mark that part starts or ends
    with before a space a word of its own (". A" left of "Nguyễn V. A" is "." and "A").
    Offsets are those of ``text`` plus ``offset``.

    >>> text = "Nguyễn Mạnh Hùng nói"
    >>> force_spans(text, [0, 12, 17], [11, 16, 20], [(0, 16)])
    ([0, 17], [16, 20])
    """
    if not forced:
        return starts, ends
    starts, ends = list(starts), list(ends)  # the part of a word after a forced span stays in play: edited below
    new_starts: list[int] = []
    new_ends: list[int] = []
    i = 0
    for fstart, fend in forced:
        j = bisect_right(ends, fstart, i)  # words ending at or before the span
        new_starts.extend(starts[i:j])
        new_ends.extend(ends[i:j])
        if j < len(starts) and starts[j] < fstart:  # a word straddling the span's start
            piece = text[starts[j] - offset : fstart - offset].rstrip()
            for start, end in _apart_from_punctuation(piece, starts[j]):
                new_starts.append(start)
                new_ends.append(end)
        new_starts.append(fstart)
        new_ends.append(fend)
        i = bisect_right(ends, fend, j)  # words inside the span
        if i < len(starts) and starts[i] < fend:  # a word straddling the span's end
            rest = text[fend - offset : ends[i] - offset]
            if rest.strip():  # the part after the span stays in play (one word, or a mark and a word)
                pieces = _apart_from_punctuation(rest.strip(), fend + len(rest) - len(rest.lstrip()))
                starts[i : i + 1] = [start for start, _ in pieces]
                ends[i : i + 1] = [end for _, end in pieces]
            else:
                i += 1
    new_starts.extend(starts[i:])
    new_ends.extend(ends[i:])
    return new_starts, new_ends


def _apart_from_punctuation(piece: str, start: int) -> list[tuple[int, int]]:
    """Spans (from ``start``) of ``piece``, the part of a word a forced span left: one
    span, but a run of punctuation marks between spaces is a word of its own.

    >>> _apart_from_punctuation(". A", 10), _apart_from_punctuation("Văn A", 0), _apart_from_punctuation(" ", 0)
    ([(10, 11), (12, 13)], [(0, 5)], [])
    """
    spans: list[tuple[int, int]] = []
    joined = False
    for chunk in _CHUNK.finditer(piece):
        is_mark = not any(c.isalnum() for c in chunk.group())
        if spans and joined and not is_mark:
            spans[-1] = (spans[-1][0], start + chunk.end())
        else:
            spans.append((start + chunk.start(), start + chunk.end()))
        joined = not is_mark
    return spans


def covered(starts: list[int], ends: list[int], span: tuple[int, int]) -> bool:
    """Whether ``span`` is already exactly one word.

    >>> covered([0, 5], [4, 9], (5, 9)), covered([0, 5], [4, 9], (0, 9))
    (True, False)
    """
    k = bisect_left(starts, span[0])
    return k < len(starts) and starts[k] == span[0] and ends[k] == span[1]
