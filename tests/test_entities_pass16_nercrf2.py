"""Sixteenth pass, NER modelling second round: the cheap capital-run features of the stacked
labeller (vnnews.entities.stacked_runs) and the syllables the recognizer hands over to it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities.stacked_features import sentence_features
from vnnews.entities.stacked_runs import capital_runs
from vnnews.entities.tokens import syllables

WORDS = ["Hà", "Nội", "ông", "Nguyễn", "Văn", "An", "Bộ", "tư", "pháp", "UBND", "12", "xã", "đến"]
GAPS = [" ", " ", ". ", ", ", "\n", " \"", ": "]


def runs_of(text: str) -> list[list[str]]:
    return capital_runs(text, syllables(text))


def test_name_mid_sentence_is_one_run_marked_mid():
    marks = runs_of("Hôm qua ông Nguyễn Văn An đến Hà Nội")
    assert marks[3:6] == [["run=3", "runpos=B", "capmid"], ["run=3", "runpos=I", "capmid"],
                          ["run=3", "runpos=E", "capmid"]]
    assert marks[7:9] == [["run=2", "runpos=B", "capmid"], ["run=2", "runpos=E", "capmid"]]
    assert marks[1] == [] and marks[2] == []


def test_capital_after_a_sentence_end_or_quote_is_not_mid():
    text = "Mưa to. Trường học đóng cửa, ông nói: \"Chúng tôi lo\""
    marks = runs_of(text)
    assert marks[2] == ["run=1", "runpos=S"]  # "Trường" after a full stop
    assert marks[8] == ["run=1", "runpos=S"]  # "Chúng" after an opening quote


def test_long_runs_are_capped_and_a_new_line_cuts_a_run():
    marks = runs_of("ở Ủy Ban Nhân Dân Tỉnh Hà Nam")
    assert {m[0] for m in marks[1:]} == {"run=4"}
    marks = runs_of("gặp Nguyễn Văn\nAn Bình")
    assert marks[1][0] == "run=2" and marks[3][:2] == ["run=2", "runpos=B"]


def test_runs_become_features_of_the_syllable_only():
    text = "ông Nguyễn An đến"
    syl = syllables(text)
    features = sentence_features(text, syl, [], extra=capital_runs(text, syl))
    assert "run=2" in features[1] and "capmid" in features[1]
    assert not any(f.endswith(("run=2", "capmid")) and ":" in f for f in features[0])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=14))
def test_every_capital_and_only_capitals_get_a_run(parts):
    text = "".join(word + gap for word, gap in parts).strip()
    syl = syllables(text)
    marks = capital_runs(text, syl)
    assert len(marks) == len(syl)
    for token, mark in zip(syl, marks):
        assert bool(mark) == token.cap
        if mark:
            length = int(mark[0][4:])
            assert 1 <= length <= 4 and (length == 1) == (mark[1] == "runpos=S")
    for k, mark in enumerate(marks):  # a run's syllables share its length and its capmid
        if mark and mark[1] in ("runpos=B", "runpos=S"):
            length = int(mark[0][4:])
            run = marks[k:k + length] if length < 4 else marks[k:k + 4]
            assert all(m[0] == mark[0] and m[2:] == mark[2:] for m in run)
            assert (len(run) == 1 or run[-1][1] in ("runpos=E", "runpos=I"))
