"""Pathological 100k-character inputs finish quickly (no quadratic regex, no backend
slow path) and word offsets stay exact."""

from __future__ import annotations

import time

import pytest

import vnnews
from vnnews.normalize import convert_tone_style
from vnnews.segment import Segmenter

N = 100_000
PATHOLOGICAL = {
    "vowel run": "ă " + "a" * N,
    "marked vowel run": "hoà" + "à" * N,
    "digit run": "1.2." * (N // 4),
    "punctuation run": ".,;!?" * (N // 5),
    "one huge word": "Nguyễn" * (N // 6),
    "escaped ampersands": "&amp;" * (N // 5),
    "bare ampersands": "&" * N,
}
FUNCTIONS = {
    "normalize": vnnews.normalize,
    "convert_tone_style": convert_tone_style,
    "extract_entities": vnnews.extract_entities,
    "word_spans": lambda text: Segmenter().word_spans(text),
}


@pytest.mark.parametrize("function", FUNCTIONS)
@pytest.mark.parametrize("kind", PATHOLOGICAL)
def test_pathological_input_is_fast(kind, function):
    text = PATHOLOGICAL[kind][:N]
    FUNCTIONS[function]("khởi động")  # loading models is not what is timed
    started = time.perf_counter()
    FUNCTIONS[function](text)
    assert time.perf_counter() - started < 6.0  # quadratic before: 10 s at 20k chars


def test_long_run_is_one_word_between_segmented_text():
    run = "1.2." * 200
    text = f"Bộ trưởng nói {run} tại Hà Nội."
    words = [text[s:e] for s, e in Segmenter().word_spans(text)]
    assert words == ["Bộ trưởng", "nói", run, "tại", "Hà Nội", "."]


def test_tone_style_fixed_beside_a_long_vowel_run():
    assert convert_tone_style("hòa " + "a" * 5000 + " thủy", "new") == "hoà " + "a" * 5000 + " thuỷ"
