"""Syllable features: property tests of the text transform, labels, government cues."""

from __future__ import annotations

import unicodedata

from hypothesis import given, strategies as st

from vnnews.normalize import convert_tone_style
from vnnews.topics import LABELS, display_name, label_id
from vnnews.topics.features import TITLE_PREFIX, ngrams, syllable_ngrams, syllables
from vnnews.topics.government import best_threshold, cue_counts, weak_label

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
text_strategy = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + " ,.\n0123456789", max_size=80)


@given(text_strategy)
def test_syllables_are_lower_case_single_tokens(text):
    for token in syllables(text):
        assert token == token.lower() and token.strip() == token and " " not in token
        assert token == "0" or not token.isdigit()


@given(text_strategy)
def test_syllables_are_idempotent(text):
    once = syllables(text)
    assert syllables(" ".join(once)) == once


@given(text_strategy)
def test_tone_style_and_composition_do_not_change_features(text):
    old_style = convert_tone_style(unicodedata.normalize("NFC", text), "old")
    assert syllables(old_style) == syllables(text)
    assert syllables(unicodedata.normalize("NFD", text)) == syllables(text)


@given(st.lists(st.sampled_from(["a", "b", "c"]), max_size=12))
def test_ngram_counts(tokens):
    grams = ngrams(tokens, (1, 2))
    assert len(grams) == len(tokens) + max(len(tokens) - 1, 0)
    assert len(ngrams(tokens, (2, 3))) == max(len(tokens) - 1, 0) + max(len(tokens) - 2, 0)


def test_headline_features_are_prefixed_and_counted_apart():
    grams = syllable_ngrams("Hoà Bình\nThân bài", ngram_range=(1, 1))
    assert grams == ["hoà", "bình", "thân", "bài", TITLE_PREFIX + "hoà", TITLE_PREFIX + "bình"]
    assert syllable_ngrams("Hoà Bình\nThân bài", ngram_range=(1, 1), title=False) == ["hoà", "bình", "thân", "bài"]


def test_labels_have_ascii_ids_and_two_display_names():
    assert len(LABELS) == 10
    for label in LABELS.values():
        assert label.id.isascii() and label.id == label_id(label.corpus_name)
        assert display_name(label.id, "en") == label.english and display_name(label.id) == label.vietnamese


def test_government_cues_and_weak_labels():
    assert cue_counts("UBND tỉnh ban hành kế hoạch")[0:2] == (1, 1)
    crime = "Khởi tố cán bộ UBND xã nhận hối lộ\nCông an tỉnh đã bắt tạm giam"
    assert weak_label(crime, "phap_luat") is None  # a state body, but the story is the crime
    assert weak_label("Chính phủ ban hành nghị định\nNội dung", "the_gioi") == 0  # world news


def test_best_threshold_prefers_f1_then_precision():
    import numpy as np

    scores, truth = np.array([0.95, 0.85, 0.55, 0.4, 0.1]), np.array([1, 1, 0, 1, 0])
    threshold, report = best_threshold(scores, truth)
    assert threshold == 0.3 and report["precision"] == 0.75 and report["recall"] == 1.0
    # without the 0.4 positive, 0.6 gives F1 1.0 with full precision
    threshold, report = best_threshold(scores, np.array([1, 1, 0, 0, 0]))
    assert threshold == 0.6 and report["f1"] == 1.0


def test_crime_veto_reads_investigation_words_but_not_administration():
    from vnnews.topics.government import is_crime_report

    assert is_crime_report("Đề nghị truy tố 27 bị can\nCơ quan cảnh sát điều tra đã kết thúc điều tra")
    assert is_crime_report("Triệt phá đường dây buôn lậu qua biên giới\nLực lượng chức năng ...")
    assert not is_crime_report("HĐND tỉnh chất vấn Giám đốc Sở Tài nguyên\nKỳ họp thứ 5 ...")
    # the veto reads the headline and lead only
    assert not is_crime_report("UBND tỉnh họp bàn cải cách thủ tục\n" + "x " * 300 + "khởi tố")
