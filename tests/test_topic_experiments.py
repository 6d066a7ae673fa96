"""The topic experiment script (fourth to sixth passes): its per-fold TF-IDF is the estimator's, its text variants."""

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.topics import TopicClassifier
from vnnews.topics.features import syllables

SCRIPT = Path(__file__).resolve().parents[1] / "models" / "topics" / "topic_experiments.py"
_spec = importlib.util.spec_from_file_location("topic_experiments", SCRIPT)
experiments = importlib.util.module_from_spec(_spec)
sys.modules["topic_experiments"] = experiments  # dataclasses look their module up there
_spec.loader.exec_module(experiments)

TEXTS = [
    "Đội tuyển thắng trận\nCầu thủ ghi bàn thắng ở phút cuối trận đấu",
    "Giá cổ phiếu tăng\nNgân hàng báo lãi, giá cổ phiếu tăng mạnh",
    "Bệnh viện quá tải\nBác sĩ khám bệnh cho bệnh nhân suốt đêm",
    "Cầu thủ bị treo giò\nĐội bóng mất cầu thủ ghi bàn nhiều nhất",
    "Ngân hàng hạ lãi suất\nLãi suất cho vay giảm, cổ phiếu ngân hàng tăng",
    "Bác sĩ cảnh báo cúm\nBệnh nhân cúm tăng, bệnh viện quá tải",
] * 2
LABELS = np.array(["the_thao", "kinh_doanh", "suc_khoe"] * 4)


def test_fold_tfidf_equals_the_estimators_features():
    train, test = np.arange(0, 9), np.arange(9, 12)
    counts, headline = experiments.count_matrix(TEXTS, "plain")
    candidate = experiments.Candidate("test", min_df=2, title_weight=0.5)
    fit_x, test_x = experiments.tfidf_pair(counts, headline, train, test, candidate)
    clf = TopicClassifier(min_df=2, title_weight=0.5, calibration_size=0).fit([TEXTS[i] for i in train], LABELS[train])
    expected = clf.vectorizer_.transform([TEXTS[i] for i in test]).toarray()
    assert test_x.shape == expected.shape
    np.testing.assert_allclose(test_x.toarray(), expected, atol=1e-6)
    # training rows too: the estimator re-normalises after weighting the headline columns
    assert np.allclose(np.linalg.norm(fit_x.toarray(), axis=1), 1.0)


def test_min_df_counts_only_the_training_rows():
    counts, headline = experiments.count_matrix(["a b", "a c", "b d", "d e"], "plain")
    fit_x, test_x = experiments.tfidf_pair(counts, headline, np.arange(2), np.arange(2, 4), experiments.Candidate("t", min_df=2))
    # only "a" (and its headline twin) is in both training rows; "d", frequent in the held-out rows, is unknown
    assert fit_x.shape[1] == 2 and test_x.nnz == 0


def test_headline_of_each_newspaper_layout():
    assert experiments.headline_of("Giá vàng tăng\nThân bài dài") == ["giá", "vàng", "tăng"]
    nld = "Bắt tạm giam Lê Xuân Trường (NLĐ) - " + "Sáng nay cơ quan điều tra tỉnh thông báo " * 5
    assert experiments.headline_of(nld) == ["bắt", "tạm", "giam", "lê", "xuân", "trường"]
    lead_only = "Kết quả nghiên cứu " * 10
    assert experiments.headline_of(lead_only) == []
    assert experiments.headline_of(lead_only, fallback=3) == ["kết", "quả", "nghiên"]


def test_source_marks_go_and_the_article_stays():
    text = "Giá vàng tăng (NLĐ)- Tại TP.HCM giá vàng tăng. Ảnh: TTXVN\nLiên hệ tto@tuoitre.com.vn (Theo Reuters)"
    stripped = experiments.strip_source_marks(text)
    assert [line.strip() for line in stripped.split("\n")] == ["Giá vàng tăng - Tại TP HCM giá vàng tăng.", "Liên hệ"]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđeêoôơuưy ÁàẢãẠ.()-:@/\nNLĐOTPHCMhtw0123456789Ảảnh")), max_size=80))
def test_stripping_only_removes_syllables_or_respells_the_city(text):
    before, after = Counter(syllables(text)), Counter(syllables(experiments.strip_source_marks(text)))
    assert set(after - before) <= {"tp", "hcm"}


def test_bagged_model_averages_the_source_models():
    counts, headline = experiments.count_matrix(TEXTS, "plain")
    features, _ = experiments.tfidf_pair(counts, headline, np.arange(12), np.arange(1), experiments.Candidate("t", min_df=1))
    sources = np.array(["A"] * 6 + ["B"] * 6)
    candidate = experiments.CANDIDATES["bag_by_source"]
    bag = experiments.bagged_by_source(candidate, features, LABELS, sources)
    only_b = candidate.classifier().fit(features[sources == "B"], LABELS[sources == "B"])
    only_a = candidate.classifier().fit(features[sources == "A"], LABELS[sources == "A"])
    np.testing.assert_allclose(bag.coef_, (only_a.coef_ + only_b.coef_) / 2, atol=1e-6)


def test_dictionary_compounds_take_the_longest_whole_words():
    found = experiments.dictionary_compounds(syllables("học sinh trung học cơ sở và công nghệ thông tin"))
    assert "w:trung học cơ sở" in found and "w:công nghệ thông tin" in found
    assert "w:trung học" not in found and "w:công nghệ" not in found
    # a dictionary word must end on a syllable boundary: "học sinhx" holds no "học sinh"
    assert experiments.dictionary_compounds(["học", "sinhx"]) == []


def test_fifth_pass_removal_is_fitted_on_the_training_rows_and_applied_to_both():
    counts, headline = experiments.count_matrix(TEXTS, "plain")
    train, test = np.arange(9), np.arange(9, 12)
    fit_x, test_x = experiments.tfidf_pair(counts, headline, train, test, experiments.Candidate("t", min_df=1))
    sources = np.array(["NLD", "VNE", "TT"] * 3)
    dropped = experiments.Candidate("t", drop_source_markers=5)
    fit_d, test_d, weights = experiments.without_source(dropped, fit_x, test_x, LABELS[train], sources)
    assert fit_d.shape[1] == test_d.shape[1] == fit_x.shape[1] - 5 and weights is None
    balanced = experiments.Candidate("t", source_balanced=True)
    assert experiments.without_source(balanced, fit_x, test_x, LABELS[train], sources)[2].sum() == pytest.approx(len(train))
    for candidate in (experiments.CANDIDATES["inlp_1"], experiments.CANDIDATES["project_topic_weights"], balanced, dropped):
        predicted = experiments.fit_predict(candidate, fit_x, test_x, LABELS[train], sources)
        assert len(predicted) == len(test) and set(predicted) <= set(LABELS)


# ---- sixth pass ------------------------------------------------------------------------------

SPELLING_PAIRS = [("kỹ thuật", "kĩ thuật"), ("lý do", "lí do"), ("Mỹ", "Mĩ"), ("10 tỷ đồng", "10 tỉ đồng"),
                  ("hy vọng", "hi vọng"), ("bác sỹ", "bác sĩ"), ("qui định", "quy định"), ("quí", "quý"), ("công ty", "công ti")]


@pytest.mark.parametrize("one, other", SPELLING_PAIRS)
def test_both_spellings_meet_in_one_feature(one, other):
    assert experiments.folded_syllables(one) == experiments.folded_syllables(other)
    assert syllables(one) != syllables(other)  # the shipped features keep them apart


def test_spelling_folds_leave_words_where_the_letter_is_no_choice():
    kept = "y tế tuy thuỷ hay cây quyết quyền nghĩ gì"
    assert experiments.folded_syllables(kept) == syllables(kept)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("bcdđghklmnqtsuvxyiỳýỷỹỵìíỉĩịaâð \n")), max_size=60))
def test_spelling_fold_is_idempotent_and_keeps_the_syllable_count(text):
    folded = experiments.folded_syllables(text)
    assert len(folded) == len(syllables(text))
    assert [experiments.fold_spelling(s) for s in folded] == folded


def test_house_style_neutral_respells_and_drops_the_papers_marks():
    text = "Theo báo Tuổi Trẻ Online, 8g30 sáng nay tại Q.3 (TPHCM), VN đón 5 ngàn khách (NLĐ)"
    assert experiments.house_style_neutral(text) == "Theo , 8 giờ 30 sáng nay tại quận 3 (TP HCM), Việt Nam đón 5 nghìn khách"


def test_house_style_headline_grams_come_only_from_a_real_headline():
    lead = "Sáng nay giá vàng trong nước tiếp tục tăng mạnh so với hôm qua, các công ty cho biết. "
    with_headline = experiments.neutral_ngrams("Giá vàng tăng\n" + lead)
    assert {g for g in with_headline if g.startswith("t:")} == {"t:giá", "t:vàng", "t:tăng", "t:giá vàng", "t:vàng tăng"}
    nld = experiments.neutral_ngrams("Giá vàng tăng (NLĐ)- " + lead * 2)
    assert {g for g in nld if g.startswith("t:")} == {"t:giá", "t:vàng", "t:tăng", "t:giá vàng", "t:vàng tăng"}
    assert "nlđ" not in nld
    assert not [g for g in experiments.neutral_ngrams(lead * 2) if g.startswith("t:")]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=30), st.lists(st.sampled_from(["bóng", "đá", "giá", "vàng", "0"]), max_size=40))
def test_capped_body_keeps_the_first_syllables_and_the_headline(limit, words):
    text = "Tin nhanh\n" + " ".join(words)
    grams = experiments.capped_ngrams(text, limit)
    body = [g for g in grams if not g.startswith("t:") and " " not in g]
    assert body == syllables(text)[:limit]
    assert [g for g in grams if g.startswith("t:")] == ["t:tin", "t:nhanh", "t:tin nhanh"]


def test_evaluate_keeps_the_predictions_it_scores(tmp_path):
    sources = np.array(list(experiments.SOURCES) * 3)
    result = experiments.evaluate("shipped", "loso", TEXTS, LABELS, sources, {}, keep=tmp_path)
    predicted = np.load(tmp_path / "predicted_shipped_loso.npy", allow_pickle=True)
    assert predicted.shape == LABELS.shape and set(predicted) <= set(LABELS)
    assert result["accuracy"] == round(100 * float(np.mean(predicted == LABELS)), 2)
    held_out_nld = sources == "NLD"
    assert result["per_source_accuracy"]["NLD"] == round(100 * float(np.mean(predicted[held_out_nld] == LABELS[held_out_nld])), 2)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aàđêoôơuưy .()-:\nNLĐOTPHCMVQgnhtw0123456789ThanhNiêbáo")), max_size=80))
def test_house_style_only_removes_syllables_or_respells_them_known_ways(text):
    before, after = Counter(syllables(text)), Counter(syllables(experiments.house_style_neutral(text)))
    assert set(after - before) <= {"tp", "hcm", "giờ", "quận", "việt", "nam", "nghìn"}
