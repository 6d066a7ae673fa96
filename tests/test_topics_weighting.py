"""Headline weight and class weights of TopicClassifier: what they change, and that they persist."""

import numpy as np
from sklearn.preprocessing import normalize

from vnnews.topics import TopicClassifier, load_model, save_model

TEXTS = [
    "Đội tuyển thắng trận\nCầu thủ ghi bàn trong trận bóng đá",
    "Giá cổ phiếu tăng\nNgân hàng báo lãi, tỷ giá đô la giảm",
    "Bệnh viện quá tải\nBác sĩ khám bệnh cho bệnh nhân",
    "Cầu thủ chấn thương\nĐội bóng thua trận cuối mùa",
    "Doanh nghiệp xuất khẩu\nGiá cổ phiếu ngân hàng tăng mạnh",
    "Thuốc mới chữa bệnh\nBệnh nhân được bác sĩ điều trị",
] * 3
LABELS = ["the_thao", "kinh_doanh", "suc_khoe"] * 6


def headline_columns(clf):
    vocabulary = clf.vectorizer_.vocabulary_
    return np.array(sorted(c for g, c in vocabulary.items() if g.startswith("t:")))


def test_title_weight_scales_the_headline_features_before_normalising():
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(TEXTS, LABELS)
    weighted = TopicClassifier(min_df=1, calibration_size=0, title_weight=0.5).fit(TEXTS, LABELS)
    assert plain.vectorizer_.vocabulary_ == weighted.vectorizer_.vocabulary_
    text = ["Cầu thủ ghi bàn\nTrận bóng đá hay, giá vé tăng"]
    expected = plain.vectorizer_.transform(text).toarray()
    expected[:, headline_columns(plain)] *= 0.5
    np.testing.assert_allclose(weighted.vectorizer_.transform(text).toarray(), normalize(expected), atol=1e-6)


def test_title_weight_changes_the_fitted_model_and_survives_saving(tmp_path):
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(TEXTS, LABELS)
    weighted = TopicClassifier(min_df=1, calibration_size=0, title_weight=0.5).fit(TEXTS, LABELS)
    assert not np.allclose(plain.coef_, weighted.coef_)
    save_model(weighted, tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.title_weight == 0.5
    np.testing.assert_allclose(loaded.predict_proba(TEXTS[:6]), weighted.predict_proba(TEXTS[:6]), atol=2e-3)


def test_balanced_class_weight_reaches_the_svm_and_is_kept(tmp_path):
    texts = TEXTS + ["Trận đấu hay\nCầu thủ và đội tuyển"] * 12  # sport now dominates
    labels = LABELS + ["the_thao"] * 12
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(texts, labels)
    balanced = TopicClassifier(min_df=1, calibration_size=0, class_weight="balanced").fit(texts, labels)
    sport = list(plain.classes_).index("the_thao")
    # the majority class loses weight in the loss, so its bias drops against the others
    assert balanced.intercept_[sport] - balanced.intercept_.mean() < plain.intercept_[sport] - plain.intercept_.mean()
    save_model(balanced, tmp_path)
    assert load_model(tmp_path).get_params()["class_weight"] == "balanced"
