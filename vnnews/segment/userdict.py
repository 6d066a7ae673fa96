"""A user dictionary: words that must come out as one word, per Segmenter or per call.

It is an immutable value built from a list of words; it never touches a backend's own
state (underthesea's ``fixed_words`` recompiles a module-level pattern that then stays
in force for later calls, so vnnews does not use it). Matching ignores case, tolerates
any run of spaces between syllables, and only matches whole syllables.

>>> d = UserDictionary(["Thuỷ điện Hoà Bình", "ngân hàng nhà nước"])
>>> text = "Thuỷ điện  Hoà Bình và Ngân hàng Nhà nước"
>>> [text[s:e] for s, e in d.spans(text)]
['Thuỷ điện  Hoà Bình', 'Ngân hàng Nhà nước']
"""

from __future__ import annotations

import unicodedata
from typing import Callable, Iterable

import regex

from ..errors import InputError


class UserDictionary:
    """Words (several syllables each, usually) that a Segmenter keeps whole.

    ``convert`` maps each entry to the text form it will be matched against (the
    Segmenter passes its backend's tone-style conversion).

    >>> UserDictionary([]).spans("Hà Nội")
    []
    >>> len(UserDictionary(["Hà Nội", "Hà  Nội", "hà nội"]))
    1
    """

    def __init__(self, words: Iterable[str] = (), convert: Callable[[str], str] | None = None):
        if isinstance(words, str):
            raise InputError("user_dict must be a list of words, not one string")
        if not isinstance(words, Iterable):
            raise InputError(f"user_dict must be a list of words, not {type(words).__name__}")
        entries = set()
        for word in words:
            if not isinstance(word, str):
                raise InputError(f"user_dict entries must be strings, got {type(word).__name__}")
            word = word.replace("\ufeff", "")  # the BOM of a word list saved by Notepad lost its first word
            syllables = unicodedata.normalize("NFC", convert(word) if convert else word).split()
            if syllables:
                entries.add(tuple(s.casefold() for s in syllables))
        self.entries = frozenset(entries)
        alternatives = [r"[\s_]+".join(map(regex.escape, e)) for e in sorted(entries, key=lambda e: (-len(" ".join(e)), e))]
        self._pattern = (
            regex.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", regex.IGNORECASE)
            if alternatives
            else None
        )

    def __len__(self) -> int:
        return len(self.entries)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """The ``(start, end)`` of every dictionary word in ``text``, left to right.

        >>> UserDictionary(["Hà Nội"]).spans("Về Hà Nội, về hà nội.")
        [(3, 9), (14, 20)]
        """
        if self._pattern is None:
            return []
        return [m.span() for m in self._pattern.finditer(text)]
