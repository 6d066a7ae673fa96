"""Operations on sorted word spans: choose non-overlapping ones, force spans to be words.

Words are kept as two parallel lists, ``starts`` and ``ends``, sorted and
non-overlapping, so that lookups are :mod:`bisect` calls.

>>> text = "Nguyễn Mạnh Hùng nói"
>>> force_spans(text, [0, 7, 12, 17], [6, 11, 16, 20], non_overlapping([(0, 16), (7, 16)]))
([0, 17], [16, 20])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right


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
    only the part outside (spaces trimmed). Offsets are those of ``text`` plus ``offset``.

    >>> text = "Nguyễn Mạnh Hùng nói"
    >>> force_spans(text, [0, 12, 17], [11, 16, 20], [(0, 16)])
    ([0, 17], [16, 20])
    """
    if not forced:
        return starts, ends
    starts = list(starts)  # the part of a word after a forced span stays in play: edited below
    new_starts: list[int] = []
    new_ends: list[int] = []
    i = 0
    for fstart, fend in forced:
        j = bisect_right(ends, fstart, i)  # words ending at or before the span
        new_starts.extend(starts[i:j])
        new_ends.extend(ends[i:j])
        if j < len(starts) and starts[j] < fstart:  # a word straddling the span's start
            piece = text[starts[j] - offset : fstart - offset].rstrip()
            if piece.strip():
                new_starts.append(starts[j])
                new_ends.append(starts[j] + len(piece))
        new_starts.append(fstart)
        new_ends.append(fend)
        i = bisect_right(ends, fend, j)  # words inside the span
        if i < len(starts) and starts[i] < fend:  # a word straddling the span's end
            rest = text[fend - offset : ends[i] - offset]
            if rest.strip():
                starts[i] = fend + len(rest) - len(rest.lstrip())
            else:
                i += 1
    new_starts.extend(starts[i:])
    new_ends.extend(ends[i:])
    return new_starts, new_ends


def covered(starts: list[int], ends: list[int], span: tuple[int, int]) -> bool:
    """Whether ``span`` is already exactly one word.

    >>> covered([0, 5], [4, 9], (5, 9)), covered([0, 5], [4, 9], (0, 9))
    (True, False)
    """
    k = bisect_left(starts, span[0])
    return k < len(starts) and starts[k] == span[0] and ends[k] == span[1]
