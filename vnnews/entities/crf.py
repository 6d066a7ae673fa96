"""underthesea's CRF tagger as an optional extra signal for person names.

Off the default path: it runs at a few thousand words per second where the rules run at
tens of thousands. ``EntityRecognizer(use_crf=True)`` adds the PER spans it finds where
the rules found nothing.

>>> spans = crf_person_spans("Hôm qua Randy gặp Nguyễn Văn An ở Hà Nội.")
>>> all(isinstance(s, tuple) and len(s) == 2 for s in spans)
True
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..errors import BackendError, MissingDependencyError
from ..quiet_import import import_keeping_logging
from ..resources import load_once

_SENTENCE = regex.compile(r"[^.!?\n]+[.!?]*")


@load_once
def _tagger():
    """underthesea.ner, warmed up once under a lock (its first concurrent calls crash)."""
    try:
        ner = import_keeping_logging("underthesea").ner
    except ImportError as exc:  # pragma: no cover - underthesea is a dependency
        raise MissingDependencyError("use_crf needs underthesea: pip install underthesea") from exc
    ner("Hà Nội")
    return ner


def crf_person_spans(text: str, sentences: Sequence | None = None) -> list[tuple[int, int]]:
    """(start, end) of the PER spans underthesea's CRF tagger finds in ``text``."""
    ner = _tagger()
    pieces = [(s.start, s.end) for s in sentences] if sentences else \
        [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    spans = []
    for start, end in pieces:
        sentence = text[start:end]
        if not sentence.strip():
            continue
        try:
            tagged = ner(sentence)
        except Exception as exc:  # noqa: BLE001 - a backend failure, reported as ours
            raise BackendError(f"underthesea.ner failed: {exc}") from exc
        spans.extend((start + s, start + e) for s, e in _person_spans(sentence, tagged))
    return spans


def _person_spans(sentence: str, tagged) -> list[tuple[int, int]]:
    found, cursor, current = [], 0, None
    for word, _pos, _chunk, tag in tagged:
        where = sentence.find(word, cursor)
        if where < 0:
            continue
        cursor = where + len(word)
        if tag == "I-PER" and current:
            current[1] = cursor
            continue
        if current:
            found.append(tuple(current))
        current = [where, cursor] if tag == "B-PER" else None
    if current:
        found.append(tuple(current))
    return found
