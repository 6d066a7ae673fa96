"""The way back from normalised text to the text the user gave.

Each step that changes the length of the text returns a :class:`CharMap`: for each
output character, the span ``[start, end)`` of input characters it came from. Maps
of successive steps compose; :class:`Normalized` carries the final one.

>>> text, char_map = rewrite("Vie^.t", [(2, 5, "ệ")])
>>> text, char_map.starts, char_map.ends
('Việt', [0, 1, 2, 5], [1, 2, 5, 6])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from ..errors import InputError


@dataclass(frozen=True)
class CharMap:
    """Input span ``[starts[i], ends[i])`` of each output character ``i``."""

    starts: list[int]
    ends: list[int]

    def then(self, later: "CharMap | None") -> "CharMap":
        """The map of this step followed by ``later`` (None means an unchanged length).

        >>> first = CharMap([0, 2], [2, 3])          # "ab" from "a_b"
        >>> first.then(CharMap([0], [2])).starts     # then both become one char
        [0]
        """
        if later is None:
            return self
        return CharMap(
            [self.starts[s] for s in later.starts],
            [self.ends[e - 1] for e in later.ends],
        )


def chain(first: CharMap | None, later: CharMap | None) -> CharMap | None:
    """The map of one step followed by the next, where None means a step that kept the length.

    >>> chain(None, None) is None, chain(None, CharMap([0], [2])).ends
    (True, [2])
    """
    return later if first is None else first.then(later)


def rewrite(text: str, edits: Iterable[tuple[int, int, str]]) -> tuple[str, CharMap | None]:
    """Apply sorted, non-overlapping ``(start, end, replacement)`` edits to ``text``.

    A replacement as long as what it replaces maps character to character; any
    other maps each of its characters to the whole replaced span. Returns the new
    text and its map, or ``(text, None)`` when there are no edits.

    >>> rewrite("a\\u00adb", [(1, 2, "")])[1].starts
    [0, 2]
    """
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for start, end, replacement in edits:
        pieces.append(text[position:start])
        starts.extend(range(position, start))
        ends.extend(range(position + 1, start + 1))
        pieces.append(replacement)
        if len(replacement) == end - start:
            starts.extend(range(start, end))
            ends.extend(range(start + 1, end + 1))
        else:
            starts.extend([start] * len(replacement))
            ends.extend([end] * len(replacement))
        position = end
    if not pieces:
        return text, None
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return "".join(pieces), CharMap(starts, ends)


def outside_spans(edits: list, spans) -> list:
    """The edits that touch none of the ``spans`` (URLs, e-mail addresses).

    >>> outside_spans([(0, 2, "x"), (5, 6, "y")], [(4, 9)])
    [(0, 2, 'x')]
    """
    if not spans:
        return edits
    return [e for e in edits if not any(s < e[1] and e[0] < t for s, t in spans)]


@dataclass(frozen=True)
class Normalized:
    """Normalised text with the map back to the original.

    ``offsets`` has ``len(text) + 1`` entries: ``offsets[i]`` is the index in
    ``original`` of the character ``text[i]`` came from, and the last entry is
    ``len(original)``.

    >>> from vnnews.normalize import normalize_with_map
    >>> n = normalize_with_map("Vie\\u0302\\u0323t Nam")
    >>> n.text, n.span_to_original(0, 4), n.original[0:6] == "Vie\u0302\u0323t"
    ('Việt Nam', (0, 6), True)
    """

    text: str
    original: str
    offsets: list[int]
    #: end in ``original`` of each character's source; None when every character
    #: came from exactly one character (then it is ``offsets[i] + 1``)
    ends: list[int] | None = field(default=None, repr=False)
    #: names of the fixes that changed the text, in order ("nfc", "legacy:vni", ...)
    steps: tuple[str, ...] = ()

    @classmethod
    def build(cls, text: str, original: str, char_map: CharMap | None, steps: tuple[str, ...] = ()) -> "Normalized":
        """Make a Normalized from a composed :class:`CharMap` (None: same length).

        >>> Normalized.build("ab", "ab", None).offsets
        [0, 1, 2]
        """
        if char_map is None:
            return cls(text, original, list(range(len(text) + 1)), None, steps)
        return cls(text, original, char_map.starts + [len(original)], char_map.ends, steps)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span ``text[start:end]`` to the span of ``original`` it came from.

        >>> n = Normalized.build("ab", "ab", None)
        >>> n.span_to_original(1, 2), n.span_to_original(2, 2)
        ((1, 2), (2, 2))
        """
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(self.text)):
            raise InputError(f"span ({start}, {end}) is not inside a text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        if self.ends is None:
            return self.offsets[start], self.offsets[end - 1] + 1
        return self.offsets[start], self.ends[end - 1]
