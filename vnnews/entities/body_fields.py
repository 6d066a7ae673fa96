"""Two-syllable words of a body's field, written in lower case inside its name.

A Vietnamese body's name capitalises only its first syllable, so its field goes on in
lower case: "Quỹ Hỗ trợ phát triển", "Tổng công ty Tái bảo hiểm Quốc gia", "Cục Nghệ
thuật biểu diễn". ``models/body_fields/body_fields.txt`` lists such words, mined from the
names after organisation heads in VNTC's training articles (see its model card).

>>> t = "Quỹ Hỗ trợ phát triển cho biết"
>>> field_word_length(syllables(t), 3), field_word_length(syllables(t), 5)
(2, 0)
"""

from __future__ import annotations

from typing import Sequence

from ..errors import ModelError
from ..resources import load_once, model_file
from .tokens import Syllable, lower_key, syllables  # noqa: F401 (doctests)


@load_once
def field_words() -> frozenset[str]:
    """The mined field words, lower case, syllables joined by one space.

    >>> "bảo hiểm" in field_words(), "cho biết" in field_words()
    (True, False)
    """
    path = model_file("body_fields", "body_fields.txt")
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ModelError(f"body_fields/body_fields.txt is unreadable: {exc}") from exc
    return frozenset(lower_key(line.split("\t")[0]) for line in lines if line and not line.startswith("#"))


def field_word_length(tokens: Sequence[Syllable], k: int) -> int:
    """2 when tokens ``k`` and ``k + 1`` are a field word written in lower case on one line
    ("biểu diễn"), else 0.

    >>> t = "Cục Nghệ thuật biểu diễn"
    >>> field_word_length(syllables(t), 3)
    2
    """
    if k + 1 >= len(tokens) or not tokens[k].linked or not tokens[k + 1].linked \
            or tokens[k].cap or tokens[k + 1].cap:
        return 0
    return 2 if f"{tokens[k].low} {tokens[k + 1].low}" in field_words() else 0
