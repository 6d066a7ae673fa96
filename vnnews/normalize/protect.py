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


def protected_spans(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` spans of URLs and e-mail addresses in ``text``.

    >>> protected_spans("mail bạn@ví.dụ hay https://x.vn/a?b=c .")
    [(5, 14), (19, 37)]
    """
    if "@" not in text and "://" not in text and not _WWW.search(text):
        return []
    return [m.span() for m in PROTECTED.finditer(text)]


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
