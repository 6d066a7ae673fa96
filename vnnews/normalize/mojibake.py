"""UTF-8 read as Windows-1252 or Latin-1 ("Viá»‡t Nam" for "Việt Nam"), line by line.

A scraper that decodes a UTF-8 page with the wrong code page turns every Vietnamese letter
into two or three Western ones. ftfy, the established library for this, decides whether a
line is such mojibake and how to undo it; this module only finds the lines worth asking
about (a lead character of a UTF-8 sequence followed by continuation characters, as
Windows-1252 shows them) and keeps the way back: each letter ftfy gives back maps to the
characters its UTF-8 bytes had become. Lines are repaired only in a text where one comes
back with a letter only Vietnamese has (then also "ThÃ¢n Ã¡i," → "Thân ái," on its own
line); a normaliser of Vietnamese leaves "cafÃ©" and random symbols alone. Lines ftfy
fixes some other way (mojibake mixed with good text in one line) are left as they are.

>>> text, char_map = fix_mojibake_with_map("Tin mới\\nViá»‡t Nam")
>>> text, char_map.starts[8:12]
('Tin mới\\nViệt Nam', [8, 9, 10, 13])
"""

from __future__ import annotations

import re

from ..errors import MissingDependencyError
from .alphabet import DISTINCTIVE_LETTERS
from .offsets import CharMap

#: What Windows-1252 (and Latin-1) shows for the bytes 0x80-0xBF, UTF-8's continuation bytes.
_CONTINUATION = "\u0080-\u00bf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
#: A two-byte lead (0xC2-0xDF) with one continuation, or a three-byte lead (0xE0-0xEF) with two.
_SUSPECT = re.compile("[\u00c2-\u00df][%s]|[\u00e0-\u00ef][%s]{2}" % (_CONTINUATION, _CONTINUATION))
#: A continuation after any lead: the fast first check (it starts at the rarer character)
_QUICK = re.compile("[%s](?<=[\u00c2-\u00ef][%s])" % (_CONTINUATION, _CONTINUATION))
_LINE = re.compile(r"[^\n]+")
_VIETNAMESE = re.compile("[%s]" % "".join(sorted(DISTINCTIVE_LETTERS)))
#: ftfy's plans that re-read a line's characters as single bytes, then decode them as UTF-8
_SINGLE_BYTE = ("sloppy-windows-1252", "windows-1252", "latin-1", "iso-8859-1", "sloppy-windows-1250", "windows-1250")


def may_be_mojibake(text: str) -> bool:
    """Whether ``text`` has a character sequence UTF-8 read as Windows-1252 leaves.

    >>> may_be_mojibake("Viá»‡t Nam"), may_be_mojibake("Việt Nam, và… “Hà Nội”"), may_be_mojibake("café")
    (True, False, False)
    """
    return _QUICK.search(text) is not None and _SUSPECT.search(text) is not None


def fix_mojibake_with_map(text: str) -> tuple[str, CharMap | None]:
    """``text`` with each line of UTF-8 mojibake decoded, and the map back (None: unchanged).

    >>> fix_mojibake_with_map("Việt Nam"), fix_mojibake_with_map("cafÃ© crÃ¨me")
    (('Việt Nam', None), ('cafÃ© crÃ¨me', None))
    >>> fix_mojibake_with_map("ThÃ¢n Ã¡i,\\nÄ‘i")[0]
    'Thân ái,\\nđi'

    """
    if not may_be_mojibake(text):
        return text, None
    fixes = [(line, _fixed_line(line.group())) for line in _LINE.finditer(text) if may_be_mojibake(line.group())]
    fixes = [(line, fixed) for line, fixed in fixes if fixed is not None]
    if not any(_VIETNAMESE.search(fixed) for _, fixed in fixes):
        return text, None
    pieces, starts, ends, position = [], [], [], 0
    for line, fixed in fixes:
        _keep(text, position, line.start(), pieces, starts, ends)
        at = line.start()
        for char in fixed:
            width = len(char.encode("utf-8"))
            pieces.append(char)
            starts.append(at)
            ends.append(at + width)
            at += width
        position = line.end()
    if not pieces:
        return text, None
    _keep(text, position, len(text), pieces, starts, ends)
    return "".join(pieces), CharMap(starts, ends)


def _fixed_line(line: str) -> str | None:
    """The line ftfy decodes from single bytes as UTF-8 into letters, or None.

    >>> _fixed_line("Ä‘i"), _fixed_line("cafÃ©"), _fixed_line("Ã—")
    ('đi', 'café', None)
    """
    try:
        import ftfy
    except ImportError as exc:  # pragma: no cover - ftfy is a declared dependency
        raise MissingDependencyError("ftfy is needed to repair mojibake: pip install ftfy") from exc
    explained = ftfy.fix_encoding_and_explain(line)
    plan = explained.explanation or []
    if not (len(plan) == 2 and plan[0][0] == "encode" and plan[0][1] in _SINGLE_BYTE and plan[1] == ("decode", "utf-8")):
        return None
    fixed = explained.text
    if not any(c.isalpha() and not c.isascii() for c in fixed) or sum(len(c.encode("utf-8")) for c in fixed) != len(line):
        return None
    return fixed


def _keep(text: str, start: int, end: int, pieces: list, starts: list, ends: list) -> None:
    pieces.append(text[start:end])
    starts.extend(range(start, end))
    ends.extend(range(start + 1, end + 1))
