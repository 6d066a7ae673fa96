"""Sentence splitting and word segmentation for Vietnamese news, with offsets.

Plain functions for the common case, and :class:`Segmenter` for offsets, a chosen
backend and a user dictionary:

>>> from vnnews.segment import sent_tokenize, word_tokenize
>>> sent_tokenize("PGS.TS Nguyễn Văn A về TP. Hồ Chí Minh. Ông làm việc v.v. Hết")
['PGS.TS Nguyễn Văn A về TP. Hồ Chí Minh.', 'Ông làm việc v.v. Hết']
>>> word_tokenize("Thủy điện Hòa Bình")
['Thủy điện', 'Hòa Bình']
>>> word_tokenize("Nguyễn Mạnh Hùng", backend="pyvi")
['Nguyễn Mạnh Hùng']
"""

from __future__ import annotations

from typing import Iterable

from ..resources import load_once
from .backends import BACKENDS, Backend, PyviBackend, UndertheseaBackend, resolve_backend
from .segmenter import Segmenter, check_text
from .sentences import sentence_spans
from .userdict import UserDictionary

__all__ = [
    "BACKENDS",
    "Backend",
    "PyviBackend",
    "Segmenter",
    "UndertheseaBackend",
    "UserDictionary",
    "resolve_backend",
    "sent_tokenize",
    "word_tokenize",
]

# One shared Segmenter per named backend, built on first use (immutable once built).
_SHARED = {name: load_once(lambda name=name: Segmenter(name)) for name in BACKENDS}


def sent_tokenize(text: str) -> list[str]:
    """Split ``text`` into sentences.

    >>> sent_tokenize('Ông nói: "Tốt quá." Sau đó về.\\nTin mới')
    ['Ông nói: "Tốt quá."', 'Sau đó về.', 'Tin mới']
    """
    text = check_text(text)
    return [text[s:e] for s, e in sentence_spans(text)]


def word_tokenize(
    text: str, backend: str | Backend = "underthesea", user_dict: Iterable[str] | None = None
) -> list[str]:
    """Split ``text`` into words; the syllables of a word are joined by one space.

    ``user_dict`` lists words to keep whole in this call only.

    >>> word_tokenize("Tăng 5,5% lên 1.000.000 đồng", user_dict=["lên 1.000.000 đồng"])
    ['Tăng', '5,5%', 'lên 1.000.000 đồng']
    >>> word_tokenize("Tăng 5,5% lên 1.000.000 đồng")
    ['Tăng', '5,5%', 'lên', '1.000.000', 'đồng']
    """
    if isinstance(backend, str) and backend in _SHARED and not user_dict:
        segmenter = _SHARED[backend]()
    else:
        segmenter = Segmenter(backend, user_dict)
    return segmenter.words(text)
