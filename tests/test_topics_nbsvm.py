"""NB-SVM weights: the naive-Bayes ratio, the folded-back weights, the summed ensemble."""

import numpy as np
import pytest
from scipy import sparse
from sklearn.svm import LinearSVC

from vnnews.topics import TopicClassifier, load_model, save_model
from vnnews.topics.nbsvm import linear_weights, log_count_ratio, nb_svm_weights

TEXTS = [
    "đội tuyển thắng trận bóng đá", "cầu thủ ghi bàn thắng", "huấn luyện viên đội bóng",
    "giá cổ phiếu ngân hàng tăng", "tỷ giá đô la giảm", "doanh nghiệp xuất khẩu lãi lớn",
    "bệnh viện điều trị bệnh nhân", "bác sĩ khám bệnh miễn phí", "thuốc chữa bệnh tim",
] * 3
LABELS = ["the_thao"] * 3 + ["kinh_doanh"] * 3 + ["suc_khoe"] * 3
LABELS = LABELS * 3


def random_features(rows=30, columns=12, seed=0):
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, columns)) * (rng.random((rows, columns)) < 0.4)
    return sparse.csr_matrix(dense.astype(np.float32))


def test_log_count_ratio_counts_presence_not_weight():
    features = sparse.csr_matrix(np.array([[5.0, 0.0, 1.0], [0.0, 0.1, 1.0]], dtype=np.float32))
    ratio = log_count_ratio(features, np.array([True, False]))
    # the middle feature's tiny value counts as a whole occurrence, like the large one
    assert ratio[0] == pytest.approx(-ratio[1])
    assert ratio[2] == pytest.approx(0.0, abs=1e-6)


def test_nb_svm_weights_score_the_unscaled_features_like_the_scaled_svm():
    features = random_features()
    labels = np.array(["a", "b", "c"] * 10)
    coef, intercept = nb_svm_weights(features, labels, np.array(["a", "b", "c"]), C=1.0)
    ratio = log_count_ratio(features, labels == "b")
    svm = LinearSVC(C=1.0).fit(features @ sparse.diags(ratio), (labels == "b").astype(int))
    expected = svm.decision_function(features @ sparse.diags(ratio))
    np.testing.assert_allclose(features @ coef[1] + intercept[1], expected, rtol=1e-4, atol=1e-4)


def test_linear_weights_sum_the_svm_and_the_nb_svm():
    features = random_features(seed=1)
    labels = np.array(["a", "b", "c"] * 10)
    classes, plain, plain_bias = linear_weights(features, labels, C=0.5)
    _, summed, summed_bias = linear_weights(features, labels, C=0.5, nb_svm=True)
    nb_coef, nb_bias = nb_svm_weights(features, labels, classes, C=0.5)
    np.testing.assert_allclose(summed, plain + nb_coef, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(summed_bias, plain_bias + nb_bias, rtol=1e-5, atol=1e-6)


def test_binary_nb_svm_has_one_row_for_the_second_class():
    features = random_features(rows=20, seed=2)
    labels = np.array(["neg", "pos"] * 10)
    classes, coef, intercept = linear_weights(features, labels, C=1.0, nb_svm=True)
    assert classes.tolist() == ["neg", "pos"] and coef.shape == (1, 12) and intercept.shape == (1,)


def test_classifier_with_nb_svm_learns_and_round_trips(tmp_path):
    clf = TopicClassifier(min_df=1, nb_svm=True, calibration_size=0).fit(TEXTS, LABELS)
    assert clf.predict(["cầu thủ đội tuyển ghi bàn", "bác sĩ bệnh viện"]).tolist() == ["the_thao", "suc_khoe"]
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(TEXTS, LABELS)
    assert not np.allclose(clf.coef_, plain.coef_)
    save_model(clf, tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.nb_svm is True
    np.testing.assert_allclose(loaded.predict_proba(TEXTS[:4]), clf.predict_proba(TEXTS[:4]), atol=2e-3)


def test_linear_weights_add_the_ridge_classifiers_margins():
    from sklearn.linear_model import RidgeClassifier

    features = random_features(rows=40, seed=4)
    labels = np.array(["a", "b", "c", "c"] * 10)
    classes, plain, plain_bias = linear_weights(features, labels, C=1.0, class_weight="balanced")
    _, summed, summed_bias = linear_weights(features, labels, C=1.0, class_weight="balanced", ridge_alpha=2.0)
    ridge = RidgeClassifier(alpha=2.0, class_weight="balanced", solver="sparse_cg").fit(features, labels)
    np.testing.assert_allclose(summed, plain + ridge.coef_, rtol=1e-4, atol=1e-5)
    np.testing.assert_allclose(summed_bias, plain_bias + ridge.intercept_, rtol=1e-4, atol=1e-5)


def test_binary_ridge_sum_keeps_one_row():
    features = random_features(rows=20, seed=5)
    classes, coef, intercept = linear_weights(features, np.array(["neg", "pos"] * 10), C=1.0, ridge_alpha=1.0)
    assert classes.tolist() == ["neg", "pos"] and coef.shape == (1, 12) and intercept.shape == (1,)


def test_classifier_with_ridge_learns_and_round_trips(tmp_path):
    clf = TopicClassifier(min_df=1, ridge_alpha=2.0, calibration_size=0).fit(TEXTS, LABELS)
    assert clf.predict(["cầu thủ đội tuyển ghi bàn", "bác sĩ bệnh viện"]).tolist() == ["the_thao", "suc_khoe"]
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(TEXTS, LABELS)
    assert not np.allclose(clf.coef_, plain.coef_)
    save_model(clf, tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.ridge_alpha == 2.0
    np.testing.assert_allclose(loaded.predict_proba(TEXTS[:4]), clf.predict_proba(TEXTS[:4]), atol=2e-3)
