"""An organisation's name ends at a word's end, not between the two syllables of a word.

The name rules read syllables, so a name can stop inside a two-syllable word ("Thanh tra
Bộ Tài" | "chính", "Công ty Công" | "trình") or take the first syllable of the verb after it
("Cục Sở hữu trí tuệ xác" | "định", "Sở Nhà đoan trở" | "về"). underthesea's dictionary of
Vietnamese words (Viet74K) tells when the last syllable of a name and the lower-case
syllable after it make one word while the last syllable makes none with the one before it.
Then a capitalised last syllable takes its word ("Bộ Tài chính"; Vietnamese capitalises
only the first syllable of a word of a name), unless that word heads another body ("Khoa
Niệu B" | "Bệnh viện"); a lower-case one is the start of what the body does and is left out.

>>> from .tokens import syllables
>>> t = "Cục Sở hữu trí tuệ xác định nhãn hiệu"
>>> tokens = syllables(t)
>>> t[tokens[0].start:tokens[whole_word_end(tokens, 0, 6) - 1].end]
'Cục Sở hữu trí tuệ'
"""

from __future__ import annotations

from typing import Sequence

from ..resources import load_once
from .org_name_ends import NAMED_HEADS
from .tokens import Syllable


@load_once
def two_syllable_words() -> frozenset[str]:
    """The two-syllable words of underthesea's Viet74K dictionary, lower case.

    >>> "tài chính" in two_syllable_words(), "tuệ xác" in two_syllable_words()
    (True, False)
    """
    from underthesea.corpus import viet_dict_74K

    return frozenset(w.lower() for w in viet_dict_74K.words if w.count(" ") == 1)


def whole_word_end(tokens: Sequence[Syllable], start: int, end: int) -> int:
    """End (token index) of the name ``tokens[start:end]`` moved to a word's end: one
    syllable on when a capitalised last syllable begins a word, one back when a lower-case
    last syllable begins a word after the name; ``end`` otherwise.

    >>> from .tokens import syllables
    >>> t = "làm việc với Thanh tra Bộ Tài chính về"
    >>> tokens = syllables(t)
    >>> end = whole_word_end(tokens, 3, 7)
    >>> t[tokens[3].start:tokens[end - 1].end]
    'Thanh tra Bộ Tài chính'
    >>> whole_word_end(tokens, 3, 6)  # "Thanh tra Bộ" ends at a word's end
    6
    """
    if end - start < 2 or end >= len(tokens):
        return end
    last, after = tokens[end - 1], tokens[end]
    if not after.linked or after.cap or not after.text.isalpha():
        return end
    words = two_syllable_words()
    if f"{last.low} {after.low}" not in words or f"{tokens[end - 2].low} {last.low}" in words:
        return end
    if not last.cap:
        return end - 1 if end - 1 - start >= 2 else end
    return end - 1 if NAMED_HEADS.match(tokens, end - 1) else end + 1
