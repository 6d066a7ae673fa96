"""An organisation's name ends at a word's end, not between the two syllables of a word.

The name rules read syllables, so a name can stop inside a two-syllable word ("Thanh tra
Bộ Tài" | "chính", "Công ty Công" | "trình") or take the first syllable of the verb after it
("Cục Sở hữu trí tuệ xác" | "định", "Sở Nhà đoan trở" | "về"). underthesea's dictionary of
Vietnamese words (Viet74K) tells when the last syllable of a name and the lower-case
syllable after it make one word while the last syllable makes none with the one before it.
Then a capitalised last syllable takes its word ("Bộ Tài chính"; Vietnamese capitalises
only the first syllable of a word of a name), unless that word heads another body ("Khoa
Niệu B" | "Bệnh viện") or the syllable ends a proper name of several capitalised syllables
("Xí nghiệp khai thác đá Nghệ An" | "thành lập"; not "Liên minh Iraq Thống nhất", "ĐH Mở - Bán công"); a lower-case one takes its word when that
is a word of a body's field (:mod:`.body_fields`: "Trung tâm Đào tạo công nghệ thông tin"),
else it is the start of what the body does and is left out ("Cục Sở hữu trí tuệ" | "xác định").

>>> from .tokens import syllables
>>> t = "Cục Sở hữu trí tuệ xác định nhãn hiệu"
>>> tokens = syllables(t)
>>> t[tokens[0].start:tokens[whole_word_end(tokens, 0, 6) - 1].end]
'Cục Sở hữu trí tuệ'
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Sequence

from ..errors import MissingDependencyError
from ..resources import load_once
from .body_fields import field_word_length
from .foreign import looks_foreign
from .org_name_ends import NAMED_HEADS
from .tokens import Syllable


@load_once
def two_syllable_words() -> frozenset[str]:
    """The two- and three-syllable words of underthesea's Viet74K dictionary, lower case.

    >>> "tài chính" in two_syllable_words(), "tuệ xác" in two_syllable_words()
    (True, False)
    >>> "xuất nhập khẩu" in two_syllable_words()
    True
    """
    spec = importlib.util.find_spec("underthesea")  # its data file, without importing the package (2 s)
    path = Path(spec.submodule_search_locations[0]) / "corpus" / "data" / "Viet74K.txt" if spec else None
    if path is None or not path.is_file():
        raise MissingDependencyError("organisation name ends need underthesea's Viet74K.txt: pip install underthesea")
    words = (line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(w for w in words if 1 <= w.count(" ") <= 2)


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
        if field_word_length(tokens, end - 1):
            return _third_syllable_end(tokens, end + 1, words)  # "công nghệ thông tin", "xuất nhập khẩu"
        return end - 1 if end - 1 - start >= 2 else end
    if NAMED_HEADS.match(tokens, end - 1):
        return end - 1
    before = tokens[end - 2]
    one_syllable_head = NAMED_HEADS.match(tokens, end - 2)
    if before.cap and last.linked and not looks_foreign(before) and not (one_syllable_head and one_syllable_head[0] == 1):
        return end  # "Xí nghiệp ... Nghệ An" | "thành lập": the last word is a proper name's
    return _third_syllable_end(tokens, end + 1, words)


def _third_syllable_end(tokens: Sequence[Syllable], end: int, words: frozenset[str]) -> int:
    """``end`` + 1 when the two syllables before ``end`` and the lower-case one at it make
    one word ("Xuất nhập" | "khẩu"), else ``end``."""
    if end >= len(tokens) or not tokens[end].linked or tokens[end].cap:
        return end
    return end + 1 if " ".join(t.low for t in tokens[end - 2:end + 1]) in words else end
