"""TopicClassifier behaves as a scikit-learn estimator and saves to plain data."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from vnnews.errors import InputError, ModelError
from vnnews.topics import TopicClassifier, load_model, save_model
from vnnews.topics.estimator import calibration_report, fit_temperature
from vnnews.topics.storage import META_FILE, VOCABULARY_FILE, WEIGHTS_FILE

CORPUS = Path(__file__).parent / "data" / "topics_corpus.jsonl"


@pytest.fixture(scope="module")
def corpus():
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return [r["body"] for r in rows], [r["topic"] for r in rows]


@pytest.fixture(scope="module")
def fitted(corpus):
    texts, labels = corpus
    return TopicClassifier(min_df=1, calibration_size=0.2).fit(texts, labels)


def test_params_live_in_init_and_clone_keeps_them():
    clf = TopicClassifier(min_df=3, C=0.5, title=False)
    copy = clone(clf)
    assert copy.get_params() == clf.get_params()
    assert copy.set_params(C=2.0).C == 2.0 and clf.C == 0.5


def test_fit_sets_only_underscore_attributes(corpus):
    texts, labels = corpus
    clf = TopicClassifier(min_df=1)
    before = set(vars(clf))
    clf.fit(texts, labels)
    assert all(name.endswith("_") for name in set(vars(clf)) - before)
    assert list(clf.classes_) == ["business", "health", "sport"]


def test_shapes_and_probabilities(fitted):
    texts = ["Tiền đạo ghi bàn thắng", "Giá cổ phiếu giảm", "Bác sĩ điều trị bệnh nhân"]
    assert fitted.predict(texts).tolist() == ["sport", "business", "health"]
    proba = fitted.predict_proba(texts)
    assert proba.shape == (3, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert fitted.decision_function(texts).shape == (3, 3)
    assert fitted.score(texts, ["sport", "business", "health"]) == 1.0


def test_binary_decision_function_is_one_dimensional(corpus):
    texts, labels = corpus
    pairs = [(t, y) for t, y in zip(texts, labels) if y != "health"]
    clf = TopicClassifier(min_df=1, calibration_size=0).fit(*zip(*pairs))
    assert clf.decision_function(["Trận đấu hay"]).shape == (1,)
    assert clf.predict_proba(["Trận đấu hay"]).shape == (1, 2)
    assert clf.predict(["Trận đấu bóng đá"])[0] == "sport"


def test_calibration_held_out_report(fitted):
    report = fitted.held_out_report_
    assert report["size"] == 6 and 0.0 <= report["accuracy"] <= 1.0
    assert fitted.temperature_ > 0


def test_works_in_pipeline_and_grid_search(corpus):
    texts, labels = corpus
    search = GridSearchCV(
        Pipeline([("topics", TopicClassifier(min_df=1, calibration_size=0))]),
        {"topics__C": [0.1, 1.0]},
        cv=3,
    ).fit(texts, labels)
    assert search.best_params_["topics__C"] in (0.1, 1.0)
    assert search.predict(["Cầu thủ ghi bàn"])[0] == "sport"


def test_unfitted_and_bad_input_raise_clear_errors(corpus):
    with pytest.raises(NotFittedError):
        TopicClassifier().predict(["x"])
    with pytest.raises(InputError):
        TopicClassifier().fit("một chuỗi", ["a"])
    with pytest.raises(InputError):
        TopicClassifier().fit([1, 2], ["a", "b"])
    with pytest.raises(InputError):
        TopicClassifier().fit(["a b", "c d"], ["x", "x"])


def test_pickle_round_trip_of_a_user_model(fitted):
    again = pickle.loads(pickle.dumps(fitted))
    texts = ["Giá vàng tăng", "Đội bóng thua"]
    assert again.predict(texts).tolist() == fitted.predict(texts).tolist()


def test_plain_data_round_trip(fitted, tmp_path):
    save_model(fitted, tmp_path)
    again = load_model(tmp_path)
    texts = ["Giá vàng tăng", "Đội bóng thua", "Bệnh viện quá tải"]
    assert np.allclose(again.predict_proba(texts), fitted.predict_proba(texts), atol=2e-3)
    assert again.predict(texts).tolist() == fitted.predict(texts).tolist()


@pytest.mark.parametrize("victim", [WEIGHTS_FILE, VOCABULARY_FILE])
def test_tampered_data_file_raises_model_error(fitted, tmp_path, victim):
    save_model(fitted, tmp_path)
    data = bytearray((tmp_path / victim).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / victim).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path)


def test_tampered_metadata_raises_model_error(fitted, tmp_path):
    save_model(fitted, tmp_path)
    meta = json.loads((tmp_path / META_FILE).read_text(encoding="utf-8"))
    meta["temperature"] = 100.0
    (tmp_path / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="checksum"):
        load_model(tmp_path)


def test_missing_or_garbled_files_raise_model_error(fitted, tmp_path):
    save_model(fitted, tmp_path)
    (tmp_path / META_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError):
        load_model(tmp_path)
    (tmp_path / META_FILE).unlink()
    with pytest.raises(ModelError, match="missing"):
        load_model(tmp_path)


def test_temperature_and_calibration_helpers():
    margins = np.array([[3.0, 0.0], [0.0, 3.0], [3.0, 0.0], [3.0, 0.0]])
    truth = np.array([0, 1, 1, 0])  # one confident mistake: softer temperature
    assert fit_temperature(margins, truth) > 1.0
    perfect = calibration_report(np.array([[1.0, 0.0], [0.0, 1.0]]), np.array([0, 1]))
    assert perfect["ece"] == pytest.approx(0.0) and perfect["brier"] == pytest.approx(0.0)


def test_pruned_model_keeps_strongest_ngrams_and_round_trips_as_text(tmp_path):
    from vnnews.topics.prune import keep_strongest_ngrams, strongest_columns

    texts = ["bóng đá trận cầu thủ môn", "tỷ giá chứng khoán ngân hàng", "bàn thắng cầu thủ", "cổ phiếu ngân hàng"] * 5
    labels = ["the_thao", "kinh_doanh", "the_thao", "kinh_doanh"] * 5
    clf = TopicClassifier(min_df=1, calibration_size=0).fit(texts, labels)
    pruned = keep_strongest_ngrams(clf, 10)
    kept = strongest_columns(clf.coef_, 10)
    full_vocabulary = sorted(clf.vectorizer_.vocabulary_, key=clf.vectorizer_.vocabulary_.get)
    assert sorted(pruned.vectorizer_.vocabulary_, key=pruned.vectorizer_.vocabulary_.get) == [full_vocabulary[c] for c in kept]
    assert np.array_equal(pruned.coef_, clf.coef_[:, kept])
    assert len(clf.vectorizer_.vocabulary_) == len(full_vocabulary) > 10  # the original is left whole
    assert list(pruned.predict(texts[:4])) == labels[:4]
    save_model(pruned, tmp_path)
    lines = (tmp_path / VOCABULARY_FILE).read_text(encoding="utf-8").split("\n")
    assert len(lines) == 10 and set(lines) == set(pruned.vectorizer_.vocabulary_)
    assert load_model(tmp_path).predict(texts[:4]).tolist() == labels[:4]


def test_models_saved_in_format_1_still_load(tmp_path):
    """Folders written before the text vocabulary (gzipped JSON list, format 1) stay readable."""
    import gzip
    import hashlib

    texts, labels = ["bóng đá trận cầu", "cổ phiếu ngân hàng"] * 4, ["the_thao", "kinh_doanh"] * 4
    save_model(TopicClassifier(min_df=1, calibration_size=0).fit(texts, labels), tmp_path)
    words = (tmp_path / VOCABULARY_FILE).read_text(encoding="utf-8").split("\n")
    (tmp_path / VOCABULARY_FILE).unlink()
    old_vocabulary = gzip.compress(json.dumps(words, ensure_ascii=False).encode("utf-8"))
    (tmp_path / "vocabulary.json.gz").write_bytes(old_vocabulary)
    meta = json.loads((tmp_path / META_FILE).read_text(encoding="utf-8"))
    meta["format_version"] = 1
    digests = meta.pop("sha256")
    digests = {
        META_FILE: hashlib.sha256(json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()).hexdigest(),
        "vocabulary.json.gz": hashlib.sha256(old_vocabulary).hexdigest(),
        WEIGHTS_FILE: digests[WEIGHTS_FILE],
    }
    (tmp_path / META_FILE).write_text(json.dumps({**meta, "sha256": digests}, ensure_ascii=False), encoding="utf-8")
    assert load_model(tmp_path).predict(["trận cầu bóng đá"]).tolist() == ["the_thao"]
    meta["format_version"] = 3
    (tmp_path / META_FILE).write_text(json.dumps({**meta, "sha256": digests}), encoding="utf-8")
    with pytest.raises(ModelError, match="format 3"):
        load_model(tmp_path)
