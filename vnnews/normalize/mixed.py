"""Legacy encodings inside Unicode text, line by line.

A scraped page or a pasted document can carry a headline in Unicode and a body still in a
legacy font (TCVN3 "Ngêi d©n", its soft hyphen unseen, for "Người dân"), or quote an old
TCVN3 or VNI paragraph. Text with Unicode Vietnamese letters is never legacy as a whole (:func:`.detect.detect_encoding`), so
:func:`decode_legacy_lines` judges each line on its own evidence, with the same rules, and
decodes only the lines that are legacy, each in its own encoding. Only text with a Latin-1
character Vietnamese does not use, a VIQR mark after a vowel ("Vie^.t", "Ha`"), or a line
without Unicode-only Vietnamese letters that has a character VNI uses ("Thaùng naêm") is
looked at (:func:`.detect.may_hold_legacy`), so ordinary text pays a few fast scans. A VIQR
line with no modifier, grave or tilde ("Cha'u ddi ho.c") is not found, nor a line whose
only evidence is weak ("Thaùng": Western words put ù after a vowel too) -- unless the
lines next to it (a run of lines without Unicode-only letters, blank lines between allowed)
are in that encoding together: then a short line with evidence for it and none against
is decoded too (a one-word VIQR line "Tha`nh" inside a pasted VIQR paragraph; never a lone
word between Unicode lines).

>>> text, char_map, encodings = decode_legacy_lines("Tin mới\\nNg\\xadêi d\\xa9n vui")
>>> text, encodings
('Tin mới\\nNgười dân vui', ('tcvn3',))
"""

from __future__ import annotations

import re

from .alphabet import UNICODE_ONLY
from .detect import detect_encoding, detect_line_encoding, may_hold_legacy, supports
from .legacy import decode_legacy
from .offsets import CharMap, chain

_LINE = re.compile(r"[^\n]+")
_UNICODE_LETTER = re.compile("[%s]" % "".join(sorted(UNICODE_ONLY)))


def decode_detected(text: str) -> tuple[str, CharMap | None, tuple[str, ...]]:
    """``text`` decoded from each legacy encoding :func:`.detect.detect_encoding` finds
    in it as a whole (again after each, no encoding twice: a TCVN3 text that also
    quotes VIQR), then its legacy lines (:func:`decode_legacy_lines`); the map back and
    the encodings used. What it returns has nothing left to decode, so ``normalize``
    is idempotent on such mixtures.

    >>> decode_detected("Hµ Néi\\nXo^'p")[0::2]
    ('Hà Nội\\nXốp', ('tcvn3', 'viqr'))
    """
    char_map, found = None, []
    while (encoding := detect_encoding(text)) != "none" and encoding not in found:
        text, step_map = decode_legacy(text, encoding)
        char_map = chain(char_map, step_map)
        found.append(encoding)
    text, line_map, line_encodings = decode_legacy_lines(text)
    return text, chain(char_map, line_map), tuple(dict.fromkeys(found + list(line_encodings)))


def decode_legacy_lines(text: str) -> tuple[str, CharMap | None, tuple[str, ...]]:
    """``text`` with its legacy-encoded lines decoded, the map back (None: same length)
    and the encodings found, in order of first use.

    >>> decode_legacy_lines("Việt Nam\\nHà Nội")
    ('Việt Nam\\nHà Nội', None, ())
    >>> text, char_map, encodings = decode_legacy_lines("Tin mới\\nHa` No^.i")
    >>> text, encodings, char_map.starts[8:]
    ('Tin mới\\nHà Nội', ('viqr',), [8, 9, 11, 12, 13, 16])
    """
    if not may_hold_legacy(text):
        return text, None, ()
    lines = list(_LINE.finditer(text))
    encodings = _with_neighbours(lines, [detect_line_encoding(line.group()) for line in lines])
    pieces, starts, ends, found = [], [], [], []
    position, changed_length = 0, False
    for line, encoding in zip(lines, encodings):
        if encoding == "none":
            continue
        decoded, local = decode_legacy(line.group(), encoding)
        found.append(encoding)
        _copy(text, position, line.start(), pieces, starts, ends)
        pieces.append(decoded)
        if local is None:
            starts.extend(range(line.start(), line.end()))
            ends.extend(range(line.start() + 1, line.end() + 1))
        else:
            changed_length = True
            starts.extend(line.start() + s for s in local.starts)
            ends.extend(line.start() + e for e in local.ends)
        position = line.end()
    if not found:
        return text, None, ()
    _copy(text, position, len(text), pieces, starts, ends)
    return "".join(pieces), CharMap(starts, ends) if changed_length else None, tuple(dict.fromkeys(found))


def _with_neighbours(lines: list[re.Match], encodings: list[str]) -> list[str]:
    """``encodings`` with the undecided lines of each run of lines without Unicode-only
    letters given the run's encoding, when the run as a whole is in it
    (:func:`.detect.detect_line_encoding` of the run's text) and the line has evidence for
    it and none against (:func:`.detect.supports`).

    >>> lines = list(_LINE.finditer("Tin mới\\nTha`nh\\nDDi ho.c o+? Ha` No^.i"))
    >>> _with_neighbours(lines, ["none", "none", "viqr"])
    ['none', 'viqr', 'viqr']
    >>> _with_neighbours(lines[:2], ["none", "none"])
    ['none', 'none']
    """
    result = list(encodings)
    for run in _runs_without_unicode_letters(lines):
        undecided = [i for i in run if encodings[i] == "none"]
        if not undecided or len(run) < 2:
            continue
        encoding = detect_line_encoding("\n".join(lines[i].group() for i in run))
        if encoding == "none" or any(encodings[i] not in ("none", encoding) for i in run):
            continue
        for i in undecided:
            if supports(lines[i].group(), encoding):
                result[i] = encoding
    return result


def _runs_without_unicode_letters(lines: list[re.Match]):
    """The indices of each run of successive lines that have no Unicode-only letter."""
    run: list[int] = []
    for i, line in enumerate(lines):
        if _UNICODE_LETTER.search(line.group()):
            if run:
                yield run
            run = []
        else:
            run.append(i)
    if run:
        yield run


def _copy(text: str, start: int, end: int, pieces: list, starts: list, ends: list) -> None:
    pieces.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))
