"""The quick looks that spare most sentences a pattern scan agree with the full patterns.

Each fast path (substring tests before a regex, a character-pair search before the
exact tone-style pattern, one ``find`` per word before the syllable-by-syllable
alignment) must give exactly what the slow path gives, on any text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.errors import BackendError
from vnnews.segment import rules, segmenter, style
from vnnews.segment.align import align_words, word_spans_in

# Characters that decide the patterns: terminal marks, closers, every kind of space the
# two regex engines and str methods disagree on, digits, currency, web marks, tone vowels.
_ALPHABET = list("a B.!?…\"')”’»]\t\xa0\u2003\x1f\x0b5٣$€-@#/:hòaÒEủyuýoà_") + ["www.", ".vn", "://", "Hùng"]
texts = st.lists(st.sampled_from(_ALPHABET), max_size=14).map("".join)


@settings(max_examples=400)
@given(texts)
def test_quick_look_for_two_sentences_agrees_with_the_pattern(text):
    expected = segmenter._MAY_HOLD_TWO_SENTENCES.search(text) is not None
    assert segmenter._may_hold_two_sentences(text) is expected


@settings(max_examples=400)
@given(texts, st.sampled_from(["new", "old"]))
def test_tone_style_pair_search_changes_nothing(text, target):
    # the exact pattern run over the whole text, as before the quick look existed
    core = style._OTHER_STYLE_CORE[target]
    expected = text
    for match in reversed(list(core.finditer(text))):
        start = match.start()
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        expected = expected[:start] + style._convert_word(text[start : match.end()], target) + expected[match.end() :]
    assert style.to_tone_style(text, target) == expected


def _spans_without_hints(text):
    spans = [m.span() for family in (rules.WEB, rules.WITH_DIGITS, rules.HYPHENATED_CODE) for m in family.finditer(text)]
    spans += [span for m in rules._DOTTED.finditer(text) if (span := rules._dotted_span(m))]
    return sorted(spans)


@settings(max_examples=400)
@given(texts)
def test_protected_span_hints_never_skip_a_match(text):
    assert rules.protected_spans(text) == _spans_without_hints(text)


def test_protected_span_hints_on_news_forms():
    text = "Giá $5 và 5,5% theo 15/QĐ-UBND, COVID-19, xem vnexpress.net hoặc #tin @ban."
    assert rules.protected_spans(text) == _spans_without_hints(text)
    assert [text[s:e] for s, e in rules.protected_spans(text)] == [
        "$5", "5,5%", "15/QĐ-UBND", "COVID-19", "vnexpress.net", "#tin", "@ban"
    ]


words_of_text = st.lists(st.sampled_from(["Hà", "Nội", "mưa", ".", ",", "_", "ð", "đ", "  ", " ", "\t"]), min_size=1, max_size=10)


@settings(max_examples=400)
@given(words_of_text, st.data(), st.integers(0, 50))
def test_one_find_per_word_aligns_like_the_syllable_walk(pieces, data, offset):
    text = "".join(pieces)
    syllables = text.split()
    if not syllables:
        return
    # a backend's words: consecutive syllables joined by "_" (or by " ")
    joiner = data.draw(st.sampled_from(["_", " "]))
    cuts = sorted(data.draw(st.sets(st.integers(1, len(syllables) - 1), max_size=len(syllables))) if len(syllables) > 1 else [])
    words = [joiner.join(syllables[a:b]) for a, b in zip([0] + cuts, cuts + [len(syllables)])]
    try:
        starts, ends = align_words(text, words, joiner, offset)
    except BackendError:  # words no backend would give ("___" for "_  _"): both refuse
        with pytest.raises(BackendError):
            word_spans_in(text, words, joiner, offset)
        return
    spans = word_spans_in(text, words, joiner, offset)
    assert spans == list(zip(starts, ends))
    if "_" not in text:
        assert [text[s - offset : e - offset].split() for s, e in spans] == [w.split(joiner) for w in words]


names_alphabet = ["Nguyễn", "Văn", "hùng", "Ấp", " ", "\xa0", "\u2003", ".", "A", "\ua7cb", "\U00010d50", "ß", "ǅ", "x"]


@settings(max_examples=400)
@given(st.lists(st.sampled_from(names_alphabet), max_size=8).map("".join))
def test_name_gate_lets_through_every_run_of_capitalised_syllables(text):
    # U+A7CB and U+10D50 are capitals to regex's newer Unicode, not to Python 3.11's
    if rules._RUN.search(text):
        assert rules._name_gate().search(text) is not None


def test_name_gate_sees_capitals_python_does_not_know():
    assert rules._name_gate().search("x \ua7cb") and rules._name_gate().search("x \U00010d50")
    assert rules._name_gate().search("ông về Hà nội") and not rules._name_gate().search("Ông về nhà")
