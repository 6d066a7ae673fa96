"""Sentence splitting stays linear on one long line: looking at the word before a mark
used to scan back to the line's start (2.8 s for 1 MB of mixed scripts, 4x per doubling)."""

from __future__ import annotations

import time

import vnnews

UNIT = "Chủ tịch\ufeff UBND 中华 👨\u200d👩\u200d👧 مرحبا \x07 <b>Hà Nội</b> Thái Bình. nhóm máu B. Bệnh viện TP. Huế. "


def test_a_two_megabyte_line_is_split_in_linear_time():
    text = UNIT * (2_000_000 // len(UNIT))
    started = time.perf_counter()
    spans = vnnews.sent_tokenize(text)
    assert time.perf_counter() - started < 6.0  # 0.4 s now; about 11 s before
    assert len(spans) > 2_000_000 // len(UNIT)


def test_the_word_before_a_mark_is_read_as_before():
    text = "Ông\tNguyễn V. A. nói. Anh\tB. Bệnh viện mở cửa. Tại  TP. Huế.\tUBND TP. Trong ngày, nhóm máu B. Bệnh viện"
    assert vnnews.sent_tokenize(text) == [
        "Ông\tNguyễn V. A. nói.",
        "Anh\tB. Bệnh viện mở cửa.",
        "Tại  TP. Huế.",
        "UBND TP.",
        "Trong ngày, nhóm máu B.",
        "Bệnh viện",
    ]
