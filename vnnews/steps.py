"""The Pipeline's steps: small adapters around each component's public interface.

Each step reads and extends a :class:`Work` (the Document being built plus the
normalised text the models see and the way back to the user's characters). A step's
``load()`` imports its component and builds its objects, raising a library error when
the component or its model is missing; calling the step does the work on one article.

>>> work = Work.start(Document("Xin chào"), analysed_end=8)
>>> work.norm_text, work.to_original(0, 3)
('Xin chào', (0, 3))
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, NamedTuple

import regex

from .document import Document, Sentence, Token
from .errors import BackendError, InputError, MissingDependencyError


def _identity(start: int, end: int) -> tuple[int, int]:
    return start, end


@dataclass
class Work:
    """One article on its way through the steps.

    ``norm_text`` is what the models see (the analysed part of ``doc.text``, normalised);
    ``to_original(start, end)`` maps a span of it back to ``doc.text``.
    """

    doc: Document
    norm_text: str
    to_original: Callable[[int, int], tuple[int, int]] = _identity
    norm_sentences: list[Sentence] | None = None  # sentence spans in ``norm_text`` coordinates
    unrestored: str | None = None  # ``norm_text`` before diacritic restoration, when it ran

    @classmethod
    def start(cls, doc: Document, analysed_end: int) -> "Work":
        """Begin with the first ``analysed_end`` characters of the text, not yet normalised.

        >>> Work.start(Document("abc def"), 3).norm_text
        'abc'
        """
        return cls(doc, doc.text[:analysed_end])

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of ``doc.text`` behind ``norm_text[start:end]``."""
        return self.to_original(start, end)


def _require(module: str, extra_hint: str = "") -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(f"{module} is not available ({exc}){extra_hint}") from None


class NormalizeStep:
    """Normalise (NFC, tone style, legacy encodings) keeping the map back to the original."""

    name = "normalize"

    def __init__(self, tone_style: str = "new", legacy: str = "auto") -> None:
        self.tone_style = tone_style
        self.legacy = legacy
        self._normalize_with_map: Callable[..., Any] | None = None

    def load(self) -> None:
        self._normalize_with_map = _require("vnnews.normalize").normalize_with_map

    def __call__(self, work: Work) -> None:
        result = self._normalize_with_map(work.norm_text, tone_style=self.tone_style, legacy=self.legacy)
        work.norm_text = result.text
        work.doc.normalized = result.text
        if result.offsets != list(range(len(result.text) + 1)):  # identity map: keep the cheap one
            work.to_original = result.span_to_original


_NON_ASCII = regex.compile(r"[^\x00-\x7f]")


def clearly_accented(text: str, share: float = 0.05) -> bool:
    """True when at least ``share`` of the characters are non-ASCII: Vietnamese with its marks.

    A cheap gate before :func:`vnnews.restore.needs_restoration`, whose model is large:
    written with diacritics, VNTC articles have 3-40% non-ASCII characters (median 20%),
    without them at most 1.3%. Text in between is left to ``needs_restoration``.

    >>> clearly_accented("Thủ tướng Chính phủ"), clearly_accented("Thu tuong Chinh phu")
    (True, False)
    """
    return len(_NON_ASCII.findall(text)) >= share * len(text) > 0


def unaccented_lines(text: str, needs_restoration: Callable[[str], bool], min_words: int = 4) -> bool:
    """True when a line of at least ``min_words`` words of an accented text is written
    without diacritics (a document mixing both: the restoration model restores those lines
    and leaves the accented ones alone).

    >>> from vnnews.restore import needs_restoration
    >>> unaccented_lines("Thủ tướng Chính phủ đã ký.\\nBo truong Bo Tu phap da den.", needs_restoration)
    True
    >>> unaccented_lines("Thủ tướng Chính phủ đã ký.\\nTheo AFP", needs_restoration)
    False
    """
    return any(len(line.split()) >= min_words and not clearly_accented(line) and needs_restoration(line)
               for line in text.split("\n"))


def lacks_diacritics(text: str, needs_restoration: Callable[[str], bool]) -> bool:
    """True when ``text`` should go through diacritic restoration in ``"auto"`` mode: it is
    written without marks overall, or an accented text holds a line without them
    (:func:`unaccented_lines`). Accented text costs one pass of a regular expression unless
    one of its lines of 4+ words is mostly ASCII (only then is ``needs_restoration`` asked).

    >>> from vnnews.restore import needs_restoration
    >>> lacks_diacritics("Chu tich UBND tinh Thai Binh", needs_restoration)
    True
    >>> lacks_diacritics("Chủ tịch UBND tỉnh Thái Bình", needs_restoration)
    False
    """
    return (not clearly_accented(text) and needs_restoration(text)) or unaccented_lines(text, needs_restoration)


class RestoreStep:
    """Restore missing diacritics: always (``mode=True``) or when the text lacks them (``"auto"``).

    In ``"auto"`` mode the model loads on the first article that needs it, so workers
    that only see accented text never hold it in memory.
    """

    name = "restore_diacritics"

    def __init__(self, mode: bool | str = "auto") -> None:
        if mode not in (True, False, "auto"):
            raise InputError(f"restore_diacritics must be True, False or 'auto', not {mode!r}")
        self.mode = mode
        self._restore: Any = None

    def load(self) -> None:
        self._restore = _require("vnnews.restore")

    def __call__(self, work: Work) -> None:
        if self.mode == "auto" and not lacks_diacritics(work.norm_text, self._restore.needs_restoration):
            return
        restored = self._restore.restore_diacritics(work.norm_text)
        if len(restored) != len(work.norm_text):
            raise BackendError("diacritic restoration changed the text length; offsets would break")
        work.unrestored = work.norm_text
        work.norm_text = restored
        work.doc.normalized = restored
        work.doc.meta["diacritics_restored"] = True


class SegmentStep:
    """Sentences and/or words from a :class:`vnnews.segment.Segmenter`, mapped to the original."""

    name = "segment"

    def __init__(self, backend: str = "underthesea", sentences: bool = True, words: bool = True) -> None:
        self.backend = backend
        self.sentences = sentences
        self.words = words
        self._segmenter: Any = None

    def load(self) -> None:
        self._segmenter = _require("vnnews.segment").Segmenter(backend=self.backend)

    def __call__(self, work: Work) -> None:
        doc, text = work.doc, work.norm_text
        if self.sentences:
            doc.sentences, work.norm_sentences = [], []
            for start, end in self._segmenter.sentence_spans(text):
                s, e = work.span(start, end)
                doc.sentences.append(Sentence(s, e, doc.text[s:e]))
                work.norm_sentences.append(Sentence(start, end, text[start:end]))
        if self.words:
            span, original_text, tokens = work.span, doc.text, []
            for start, end in self._segmenter.word_spans(text):
                s, e = span(start, end)
                original = original_text[s:e]
                norm = text[start:end]
                tokens.append(Token(s, e, original, None if norm == original else norm))
            doc.tokens = tokens


class _OriginalMap(NamedTuple):
    """What :func:`vnnews.entities.map_to_original` needs of a normalisation: the text the
    offsets go to and the span map into it (the Pipeline's ``Work.span``)."""

    original: str
    span_to_original: Callable[[int, int], tuple[int, int]]


class EntitiesStep:
    """Named entities from a :class:`vnnews.entities.EntityRecognizer`, mapped to the original."""

    name = "entities"

    def __init__(self, stacked: bool | str | None = None) -> None:
        self._recognizer: Any = None
        self._stacked = stacked  # the recognizer's stacked layer (vnnews.stacked_option; None: the default)

    def load(self) -> None:
        self._recognizer = _require("vnnews.entities").EntityRecognizer(stacked=self._stacked)

    def __call__(self, work: Work) -> None:
        doc = work.doc
        doc.entities = []
        if work.unrestored is None:
            found = self._recognizer.extract(work.norm_text, sentences=work.norm_sentences)
        else:  # districts and communes read off the text as written
            found = _require("vnnews.entities.as_written").read_restored(
                self._recognizer, work.norm_text, work.unrestored, work.norm_sentences)
        for ent in found:
            ent.name = ent.name or ent.text  # the normalised form, before text becomes the original's
        # every offset (span, name_start, positions, refers_to) through the one mapper
        doc.entities = _require("vnnews.entities").map_to_original(found, _OriginalMap(doc.text, work.span))


class TopicStep:
    """The article's topic (and government-administration flag) from the shipped topic model
    or a user's (``topic_model``: a folder written by ``vnnews train topics`` or a loaded model)."""

    name = "topic"

    def __init__(self, topic_model: Any = None) -> None:
        self._topic_model = topic_model
        self._model: Any = None

    def load(self) -> None:
        self._model = _require("vnnews.topics.user_models").as_topic_model(self._topic_model)

    def __call__(self, work: Work) -> None:
        work.doc.topic = self._model.classify([work.norm_text])[0] if work.norm_text.strip() else None
