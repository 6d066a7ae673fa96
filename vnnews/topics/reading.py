"""The text a topic model reads, the same for :func:`vnnews.classify` as for a Document's topic.

The Pipeline's topic step reads the article as cleaned (site furniture left out), normalised
(look-alike letters, legacy fonts, tone style) and, when written without diacritics, restored.
:func:`topic_text` gives that text for a bare string, so ``vnnews.classify(text)`` agrees with
``vnnews.load()(text).topic``: before, a text without diacritics was classified as written
(an article on local government came out as 'vi_tinh').

>>> topic_text("Chu tich UBND tinh Thai Binh lam viec voi xa Binh Dinh.")
'Chủ tịch UBND tỉnh Thái Bình làm việc với xã Bình Định.'
"""

from __future__ import annotations

import sys

from ..resources import load_once


def topic_text(text: str) -> str:
    """``text`` as the Pipeline's topic step sees it (no length limit; thread-safe)."""
    return _reader()(text).normalized or ""


@load_once
def _reader():
    """The Pipeline that reads a text up to its topic step, built once per process."""
    from ..pipeline import Pipeline

    return Pipeline(sentences=False, words=False, entities=False, topic=False, max_length=sys.maxsize)
