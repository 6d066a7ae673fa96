"""Spans normalisation must not touch: URLs and e-mail addresses.

>>> outside_protected("Xem hoà.vn/hoà hoặc www.hoà.vn", str.upper)
'XEM HOÀ.VN/HOÀ HOẶC www.hoà.vn'
"""

from __future__ import annotations

import re
from typing import Callable

PROTECTED = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)[^\s<>\"]+"  # URLs
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",  # e-mail addresses
    re.IGNORECASE,
)
_WWW = re.compile(r"www\.", re.IGNORECASE)
# Where a match of PROTECTED can begin, found in linear time: each pattern starts only where
# its run of characters starts (the look-behind), so a long run is read once, not once per
# character as PROTECTED.finditer does when the run holds no URL or e-mail.
_SCHEME_RUN = re.compile(r"(?<![a-z0-9+.-])[a-z0-9+.-]+(?=://[^\s<>\"])", re.IGNORECASE)
_SCHEME_FIRST = re.compile(r"[a-z]", re.IGNORECASE)
_WWW_START = re.compile(r"(?=www\.[^\s<>\"])", re.IGNORECASE)
_MAIL_RUN = re.compile(r"(?<![\w.+-])[\w.+-]+(?=@[\w-]+(?:\.[\w-]+)+)", re.IGNORECASE)


def _match_starts(text: str) -> bytearray:
    """One byte per character of ``text``: 1 where PROTECTED matches when tried there.

    A scheme matches at any letter of the run of ``[a-z0-9+.-]`` that ends at "://" (the run
    cannot hold ":"), an e-mail at any character of the run of ``[\\w.+-]`` that ends at "@"
    and a domain, "www." where it stands.

    >>> list(_match_starts("1a://b c.d@e.f"))
    [0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0]
    """
    starts = bytearray(len(text))
    for run in _MAIL_RUN.finditer(text):
        starts[run.start():run.end()] = b"\x01" * (run.end() - run.start())
    for run in _SCHEME_RUN.finditer(text):
        for letter in _SCHEME_FIRST.finditer(text, run.start(), run.end()):
            starts[letter.start()] = 1
    for www in _WWW_START.finditer(text):
        starts[www.start()] = 1
    return starts


def protected_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of URLs and e-mail addresses in ``text``: those of
    ``PROTECTED.finditer(text)``, in time linear in the length of ``text``.

    >>> protected_spans("mail bạn@ví.dụ hay https://x.vn/a?b=c .")
    [(5, 14), (19, 37)]
    """
    if "@" not in text and "://" not in text and not _WWW.search(text):
        return []
    starts = _match_starts(text)
    spans = []
    position = starts.find(1)
    while position >= 0:
        found = PROTECTED.match(text, position)
        spans.append(found.span())
        position = starts.find(1, found.end())
    return spans


def outside_protected(text: str, transform: Callable[[str], str], blank: bool = False) -> str:
    """Apply a length-preserving ``transform`` to every part of ``text`` outside URLs and
    e-mails; with ``blank``, the URLs and e-mails are replaced by spaces.

    >>> outside_protected("a@b.vn x", str.upper, blank=True)
    '       X'
    """
    spans = protected_spans(text)
    if not spans:
        return transform(text)
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(transform(text[position:start]))
        pieces.append(" " * (end - start) if blank else text[start:end])
        position = end
    pieces.append(transform(text[position:]))
    return "".join(pieces)
