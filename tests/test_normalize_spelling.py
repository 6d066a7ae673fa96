"""The optional qui -> quy spelling (vnnews.normalize.spelling)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.normalize import normalize, normalize_with_map, remove_diacritics
from vnnews.normalize.spelling import qui_to_quy


@pytest.mark.parametrize(
    "text, expected",
    [
        ("qui định, qui hoạch, qui mô", "quy định, quy hoạch, quy mô"),
        ("quí giá, quĩ đất, quì gối, quỉ, gục quị", "quý giá, quỹ đất, quỳ gối, quỷ, gục quỵ"),
        ("Qui Nhơn, QUI ĐỊNH, QUÍ II", "Quy Nhơn, QUY ĐỊNH, QUÝ II"),
        ("quit, quin, quai, quít, équipe, quiz, Quito", "quit, quin, quai, quít, équipe, quiz, Quito"),
        ("xem https://vn.vn/qui-dinh hay qui@mail.vn", "xem https://vn.vn/qui-dinh hay qui@mail.vn"),
    ],
)
def test_qui_becomes_quy_only_when_asked(text, expected):
    assert normalize(text, qui_to_quy=True) == expected
    assert normalize(text) == text  # not by default


def test_step_is_named_and_map_is_kept():
    n = normalize_with_map("Ủy ban qui định", qui_to_quy=True)
    assert n.text == "Uỷ ban quy định"
    assert n.steps == ("tones", "qui-to-quy")
    start = n.text.index("quy")
    assert n.original[slice(*n.span_to_original(start, start + 3))] == "qui"


words = st.sampled_from(["qui", "Quí", "QUĨ", "quị", "quy", "quý", "quit", "quai", "định", "Nhơn", "équipe", "1", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(words, st.sampled_from([" ", ", ", ".", "-", "\n"])), max_size=20), st.sampled_from(["new", "old"]))
def test_qui_to_quy_keeps_length_and_letters_and_is_idempotent(pairs, style):
    text = "".join(a + b for a, b in pairs)
    once = qui_to_quy(text)
    assert len(once) == len(text)
    assert qui_to_quy(once) == once
    # only an i after qu changes, into a y with the same tone and case
    changed = [(a, b) for a, b in zip(text, once) if a != b]
    assert all(remove_diacritics(a).lower() == "i" and remove_diacritics(b).lower() == "y" for a, b in changed)
    normalized = normalize(text, tone_style=style, qui_to_quy=True)
    assert normalize(normalized, tone_style=style, qui_to_quy=True) == normalized
