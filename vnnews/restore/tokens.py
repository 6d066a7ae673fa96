"""Split text into the tokens the diacritics model reads, with their character spans.

A token is a run of letters (with any combining marks), a run of digits, or any other
single non-space character. The model sees words in lower case, every digit run as
``<num>`` and punctuation as itself; the build script and the decoder share this code
so both read text the same way.

>>> [(t.text, t.model_form) for t in tokenize("Năm 2024, Hà Nội")]
[('Năm', 'năm'), ('2024', '<num>'), (',', ','), ('Hà', 'hà'), ('Nội', 'nội')]
"""

from __future__ import annotations

from typing import Iterator, NamedTuple

import regex

NUMBER = "<num>"
START = "<s>"
END = "</s>"
UNKNOWN = "<unk>"

_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*|\d+|\S")


class Token(NamedTuple):
    """One token: its text as written, its span, and the form the model knows it by."""

    text: str
    start: int
    end: int
    model_form: str
    is_word: bool


def tokenize(text: str) -> Iterator[Token]:
    """Yield the tokens of ``text`` in order.

    >>> [t.text for t in tokenize("Ông ấy đi (về) 3 lần.")]
    ['Ông', 'ấy', 'đi', '(', 'về', ')', '3', 'lần', '.']
    """
    for match in _TOKEN.finditer(text):
        piece = match.group()
        if piece[0].isdigit():
            yield Token(piece, match.start(), match.end(), NUMBER, False)
        elif piece[0].isalpha():
            yield Token(piece, match.start(), match.end(), piece.lower(), True)
        else:
            yield Token(piece, match.start(), match.end(), piece, False)


UNINFORMATIVE, LOWER, TITLE = 0, 1, 2


def case_classes(tokens: list[Token]) -> list[int]:
    """What each token's case says about it: ``LOWER`` or ``TITLE`` for a word after a
    word or a comma, else ``UNINFORMATIVE`` (sentence starts, all-capitals, non-words).

    >>> case_classes(list(tokenize("Ông Ba, Hà nói: Anh ABC")))
    [0, 2, 0, 2, 1, 0, 0, 0]
    """
    classes = []
    previous = None
    for token in tokens:
        text = token.text
        informative = token.is_word and previous is not None and (previous.is_word or previous.text == ",")
        if informative and text.islower():
            classes.append(LOWER)
        elif informative and text[0].isupper() and (len(text) == 1 or text[1:].islower()):
            classes.append(TITLE)
        else:
            classes.append(UNINFORMATIVE)
        previous = token
    return classes


def model_forms(text: str) -> list[str]:
    """The model forms of the tokens of ``text`` (what the n-gram counts are made of).

    >>> model_forms("Sáng 5/9, trời mưa")
    ['sáng', '<num>', '/', '<num>', ',', 'trời', 'mưa']
    """
    return [token.model_form for token in tokenize(text)]
