"""Word segmentation backends behind one small protocol: underthesea and pyvi.

A backend is any object with a ``words(text) -> list[str]`` method returning the words
of ``text`` in order, each word's syllables being substrings of ``text`` joined by the
backend's ``joiner`` (default ``" "``). Two optional attributes tune how vnnews calls
it: ``tone_style`` (``"new"`` for "hoà/thuỷ", ``"old"`` for "hòa/thủy", ``None`` to pass
the text unchanged) and ``name``. A third backend plugs in by passing such an object
to :class:`vnnews.segment.Segmenter`; nothing else changes.

Each library is imported and warmed up once, under a lock, on first use (underthesea's
own lazy model load is not thread-safe).

>>> resolve_backend("pyvi").name
'pyvi'
>>> UndertheseaBackend().words("Thuỷ điện Hoà Bình")
['Thuỷ điện', 'Hoà Bình']
"""

from __future__ import annotations

from typing import Callable, Protocol, runtime_checkable

from ..errors import BackendError, InputError, MissingDependencyError
from ..quiet_import import import_keeping_logging
from ..resources import load_once


@runtime_checkable
class Backend(Protocol):
    """What :class:`~vnnews.segment.Segmenter` needs from a word segmenter."""

    def words(self, text: str) -> list[str]:
        """The words of ``text``, syllables joined by ``joiner``."""


def _import_underthesea() -> Callable[[str], list[str]]:
    try:
        import_keeping_logging("underthesea")
    except ImportError as exc:  # pragma: no cover - underthesea is a hard dependency
        raise MissingDependencyError("the underthesea backend needs: pip install underthesea") from exc
    from .underthesea_crf import load_underthesea_tagger

    # The first call loads the CRF model into a module global; load_underthesea_tagger makes it
    # here, under the load_once lock, so concurrent first calls never see a half-loaded model.
    return load_underthesea_tagger()


def _import_pyvi() -> Callable[[str], str]:
    try:
        import pyvi  # noqa: F401
    except ImportError as exc:  # pragma: no cover - pyvi is a hard dependency
        raise MissingDependencyError("the pyvi backend needs: pip install pyvi") from exc
    from .pyvi_crf import load_pyvi_tagger

    return load_pyvi_tagger()


_underthesea = load_once(_import_underthesea)
_pyvi = load_once(_import_pyvi)


class LibraryBackend:
    """A backend wrapping a library call; failures come out as :class:`BackendError`."""

    name = "library"
    tone_style: str | None = "new"
    joiner = " "

    def words(self, text: str) -> list[str]:
        try:
            return self._words(text)
        except MissingDependencyError:
            raise
        except Exception as exc:
            raise BackendError(f"{self.name} failed to segment the text: {exc}") from exc

    def _words(self, text: str) -> list[str]:
        raise NotImplementedError


class UndertheseaBackend(LibraryBackend):
    """underthesea's CRF word segmenter, called without its tone-mark rewriting.

    underthesea's dictionary mostly uses the "hoà/thuỷ" style, so vnnews feeds it that
    style (``tone_style = "new"``) and ``use_token_normalize=False``. Called through
    :mod:`vnnews.segment.underthesea_crf`: the same tokenizer, model, dictionary and output,
    with the CRF features built in one pass.

    >>> UndertheseaBackend().words("Bộ trưởng Nguyễn Mạnh Hùng")
    ['Bộ trưởng', 'Nguyễn Mạnh Hùng']
    """

    name = "underthesea"

    def _words(self, text: str) -> list[str]:
        return _underthesea()(text)


class PyviBackend(LibraryBackend):
    """pyvi's ``ViTokenizer``; its words come back with syllables joined by ``_``.

    Called through :mod:`vnnews.segment.pyvi_crf`: the same model, dictionary and
    output, with pyvi's CRF features built in one pass.

    Fed the "hoà/thuỷ" style too: it scores higher with it on UD Vietnamese-VTB dev
    (see benchmarks/segmentation.md).

    >>> PyviBackend().words("Thuỷ điện Hoà Bình")
    ['Thuỷ_điện', 'Hoà_Bình']
    """

    name = "pyvi"
    joiner = "_"

    def _words(self, text: str) -> list[str]:
        return _pyvi()(text).split()


BACKENDS = {"underthesea": UndertheseaBackend, "pyvi": PyviBackend}
"""Backends known by name."""


def resolve_backend(backend: str | Backend) -> Backend:
    """Return a backend instance for a name in :data:`BACKENDS` or a backend object.

    >>> resolve_backend("underthesea").joiner
    ' '
    >>> resolve_backend("spacy")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: unknown segmentation backend 'spacy'; choose one of: pyvi, underthesea, or pass an object with a words(text) method
    """
    if isinstance(backend, str):
        factory = BACKENDS.get(backend)
        if factory is None:
            names = ", ".join(sorted(BACKENDS))
            raise InputError(
                f"unknown segmentation backend {backend!r}; choose one of: {names}, "
                "or pass an object with a words(text) method"
            )
        return factory()
    if isinstance(backend, Backend):
        return backend
    raise InputError(f"a segmentation backend needs a words(text) method, got {type(backend).__name__}")
