"""The outcome of cleaning one input: the text, where the article is, and what the rest is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

_NOT_A_BREAK = regex.compile(r"[^\r\n]")

ARTICLE_KINDS = ("title", "body")
"""Kinds of :attr:`Cleaned.parts` that are the article's own text."""


@dataclass
class Cleaned:
    """The outcome of cleaning one input.

    ``text`` is the whole text (it becomes ``Document.text``); the article lies between
    ``article_start`` and ``article_end`` (0 and ``len(text)`` when the whole text is
    the article); ``meta`` holds title / author / date / captions / source format;
    ``boilerplate`` the site's blocks (menus, share buttons, related headlines, footer...)
    as JSON-ready dicts with ``start``/``end`` into ``text``, wherever they sit; ``parts``
    labels every non-empty line of a scraped page (``title``, ``body``, ``caption``,
    ``byline``, ``dateline`` or a boilerplate kind), so no line goes unaccounted for.

    >>> c = Cleaned("Menu\\nBài báo.", article_start=5, boilerplate=[{"kind": "navigation", "start": 0, "end": 4}])
    >>> c.article_end, repr(c.analysed_text())
    (13, "'    \\\\nBài báo.'")
    """

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    boilerplate: list[dict[str, Any]] = field(default_factory=list)
    article_end: int = -1
    article_start: int = 0
    parts: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.article_end < 0:
            self.article_end = len(self.text)

    def analysed_text(self) -> str:
        """The text up to ``article_end`` with everything but the article blanked out.

        What comes before ``article_start`` and the boilerplate blocks inside the article
        become spaces (line breaks stay), so the result has the same length and offsets
        as ``text``: what the Pipeline's models read.

        >>> Cleaned("ab\\ncd\\nef", article_end=5, boilerplate=[{"start": 3, "end": 5}]).analysed_text()
        'ab\\n  '
        """
        end = self.article_end
        spans = sorted((max(s, 0), min(e, end)) for s, e in [(0, self.article_start)] + [(b["start"], b["end"]) for b in self.boilerplate])
        pieces, pos = [], 0
        for start, stop in spans:
            start = max(start, pos)
            if start >= stop:
                continue
            pieces += [self.text[pos:start], _NOT_A_BREAK.sub(" ", self.text[start:stop])]
            pos = stop
        pieces.append(self.text[pos:end])
        return "".join(pieces)

    def article_text(self) -> str:
        """The lines labelled as the article's own text (title and body), one per line.

        >>> Cleaned("T\\nB.", parts=[{"kind": "title", "start": 0, "end": 1}, {"kind": "body", "start": 2, "end": 4}]).article_text()
        'T\\nB.'
        """
        if not self.parts:
            return self.text[self.article_start : self.article_end]
        return "\n".join(self.text[p["start"] : p["end"]] for p in self.parts if p["kind"] in ARTICLE_KINDS)
