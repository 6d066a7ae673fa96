"""Twenty-first stop review: the new rules stay linear on long texts and keep their output.

Each rule below once scanned every entity (or every span, or the text back to its start)
for each match, so a long score sheet, squad list or photo page took quadratic time; the
budget of 2 CPU seconds is 4-16 times what the linear code takes here and 2.5-8 times less
than the quadratic code took (CPU time, so the other jobs of a shared machine count little).
"""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.document import Entity
from vnnews.entities.credits import with_photo_credits
from vnnews.entities.player_clubs import _names_a_position, _sentence_ends, with_player_clubs
from vnnews.entities.result_tables import _windows, _MARK, table_teams, with_bodies_over
from vnnews.entities.scorers import with_scorers
from vnnews.entities.tokens import Phrasebook

BUDGET = 2.0  # CPU seconds


def _cpu(call, *args):
    start = time.process_time()
    result = call(*args)
    return time.process_time() - start, result


def _repeated(unit: str, size: int) -> tuple[str, list[int]]:
    count = size // len(unit)
    return unit * count, [k * len(unit) for k in range(count)]


def test_scorers_are_linear_in_the_entities():
    text, at = _repeated("Kesley 15', ", 160_000)
    found = [Entity("ORGANIZATION", i, i + 6, "Kesley") for i in at]
    seconds, out = _cpu(with_scorers, text, found)
    assert seconds < BUDGET
    assert len(out) == len(at) and all(e.label == "PERSON" and e.text == "Kesley" for e in out)


def test_player_clubs_are_linear_in_the_players():
    text, at = _repeated("tiền vệ Lê Tâm (Bình Định), ", 160_000)
    found = []
    for i in at:
        found += [Entity("PERSON", i + 8, i + 14, "Lê Tâm"), Entity("PROVINCE", i + 16, i + 25, "Bình Định")]
    seconds, out = _cpu(with_player_clubs, text, found)
    assert seconds < BUDGET
    assert [e.label for e in out[:2]] == ["PERSON", "ORGANIZATION"] and len(out) == len(found)


def test_photo_credits_are_linear_in_the_entities():
    text, at = _repeated("Ảnh: T.T.D ", 160_000)
    found = [Entity("ORGANIZATION", i + 5, i + 10, "T.T.D") for i in at]
    seconds, out = _cpu(with_photo_credits, text, found)
    assert seconds < BUDGET
    assert len(out) == len(at) and {e.label for e in out} == {"PERSON"}


def test_result_tables_are_linear_in_the_table():
    text = ("Duisburg 1-1 Bielefeld Schalke 1-0 Mainz " * 6000)
    seconds, teams = _cpu(table_teams, text)
    assert seconds < BUDGET
    assert [text[s:e] for s, e in teams[:4]] == ["Duisburg", "Bielefeld", "Schalke", "Mainz"]


def _windows_by_full_search(text, marks, reach=80):
    """The windows as first written: every search reads back to the text's start."""
    windows = []
    for start, end in marks:
        a = text.rfind(" ", 0, max(0, start - reach)) + 1
        b = text.find(" ", min(len(text), end + reach))
        b = len(text) if b < 0 else b
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    return [(a, b) for a, b in windows]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["1-0", "2-1 ", " ", "x" * 30, "ab ", "19h", "\n", "Milan "]), max_size=60))
def test_windows_read_once_are_the_windows_read_in_full(parts):
    text = "".join(parts)
    marks = [m.span() for m in _MARK.finditer(text)]
    assert _windows(text, marks) == _windows_by_full_search(text, marks)


def test_windows_of_a_text_without_spaces_are_read_once():
    text = "a1-2" * 100_000
    marks = [m.span() for m in _MARK.finditer(text)]
    seconds, windows = _cpu(_windows, text, marks)
    assert windows == [(0, len(text))]
    assert seconds < 0.5  # reading back to the start per mark took 4 s here


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Tiền đạo ", "Hải", ". ", ".", "\n", "ông ", "Lan", "! ", "thủ môn"]), max_size=30),
       st.integers(min_value=0, max_value=400))
def test_sentence_of_a_position_is_read_as_before(parts, position):
    import regex
    text = "".join(parts)
    position = min(position, len(text))
    marks = regex.compile(r"[.!?\n](?=\s|$)")
    positions = regex.compile(r"(?i)\b(?:thủ môn|thủ thành|hậu vệ|trung vệ|tiền vệ|tiền đạo|cầu thủ)\b")
    start = max((m.end() for m in marks.finditer(text, 0, position)), default=0)  # the first reading
    end_mark = marks.search(text, position)
    expected = positions.search(text, start, end_mark.end() if end_mark else len(text)) is not None
    assert _names_a_position(text, position, _sentence_ends(text)) == expected


def test_bodies_over_spans_replace_only_what_they_overlap():
    text = "Hertha Wolfsburg Bình Định"
    found = [Entity("ORGANIZATION", 0, 16, "Hertha Wolfsburg"), Entity("PROVINCE", 17, 26, "Bình Định")]
    out = with_bodies_over(text, found, [(0, 6), (7, 16)], "team")
    assert [(e.label, e.text) for e in out] == [("ORGANIZATION", "Hertha"), ("ORGANIZATION", "Wolfsburg"),
                                                ("PROVINCE", "Bình Định")]


def test_phrasebook_spells_a_phrase_whole_only():
    book = Phrasebook(["hà lan", "mỹ"])
    assert book.spells("Hà Lan") and book.spells("Ha Lan") and book.spells("Mỹ")
    assert not book.spells("Hà Lan Mỹ") and not book.spells("Hà") and not book.spells("") and not book.spells(" ,.")


def test_bodies_by_role_read_the_text_once_per_acronym():
    from vnnews.entities.roles import find_bodies_by_role
    from vnnews.entities.tokens import syllables

    unit = "Hợp tác của NASA. Mới đây VAVA đã kháng án. "
    text = unit * (200_000 // len(unit))
    tokens = syllables(text)
    seconds, found = _cpu(find_bodies_by_role, text, tokens, set())
    assert seconds < BUDGET  # a search of the whole text per use of an acronym: 15 s here
    assert [e.text for e in found[:2]] == ["NASA", "VAVA"] and len(found) == 2 * (200_000 // len(unit))


def test_topic_texts_with_pandas_missing_values_are_input_errors():
    import numpy as np
    import pandas as pd
    import pytest

    from vnnews.errors import InputError
    from vnnews.topics.scoring import as_texts

    texts = pd.Series(["Bộ Y tế họp", None], dtype="string")  # a missing cell of a string column is pd.NA
    with pytest.raises(InputError, match=r"not NAType \(item 1\); a missing text"):
        as_texts(texts)
    with pytest.raises(InputError, match=r"not ndarray \(item 0\)$"):
        as_texts([np.array([1, 2])])
