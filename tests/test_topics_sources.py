"""Removing the newspaper from topic features: INLP projection, source markers, balanced weights."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse
from sklearn.model_selection import cross_val_score
from sklearn.svm import LinearSVC

from vnnews.errors import InputError
from vnnews.topics.sources import SourceSubspace, inlp_subspace, source_balanced_weights, source_marker_scores


def synthetic(seed=0, n=240):
    """Rows whose topic sits in columns 0-3 and whose source sits in columns 4-7 (plus noise 8-19)."""
    rng = np.random.default_rng(seed)
    topics = rng.integers(0, 2, n)
    sources = rng.integers(0, 3, n)
    X = rng.random((n, 20)) * 0.3
    X[np.arange(n), topics * 2] += 1.0
    X[np.arange(n), 4 + sources] += 1.0
    return sparse.csr_matrix(X.astype(np.float32)), topics, np.array(["NLD", "TT", "VNE"])[sources]


def test_projection_equals_the_dense_formula_and_leaves_other_columns():
    rng = np.random.default_rng(1)
    directions = np.zeros((2, 12))
    directions[:, [1, 4, 7]] = rng.normal(size=(2, 3))
    space = SourceSubspace.spanning(directions)
    X = sparse.random(30, 12, density=0.4, random_state=2, dtype=np.float32, format="csr")
    q = np.linalg.qr(directions.T)[0]
    expected = X.toarray() - X.toarray() @ q @ q.T
    projected = space.project(X)
    assert sparse.issparse(projected) and space.rank == 2
    np.testing.assert_allclose(projected.toarray(), expected, atol=1e-5)
    untouched = [c for c in range(12) if c not in (1, 4, 7)]
    np.testing.assert_array_equal(projected[:, untouched].toarray(), X[:, untouched].toarray())


def test_projected_weights_score_like_projected_rows():
    rng = np.random.default_rng(3)
    space = SourceSubspace.spanning(rng.normal(size=(3, 15)))
    X = sparse.random(20, 15, density=0.5, random_state=4, dtype=np.float32, format="csr")
    coef = rng.normal(size=(4, 15)).astype(np.float32)
    np.testing.assert_allclose(space.project(X) @ coef.T, X @ space.project_weights(coef).T, atol=1e-4)


def test_dependent_directions_count_once():
    row = np.array([[1.0, 2.0, 0.0, 0.0]])
    assert SourceSubspace.spanning(np.vstack([row, 2 * row])).rank == 1


def test_inlp_removes_the_source_and_keeps_the_topic():
    X, topics, sources = synthetic()
    before = cross_val_score(LinearSVC(random_state=0), X, sources, cv=3).mean()
    space = inlp_subspace(X, sources, iterations=2, C=1.0)
    projected = space.project(X)
    after = cross_val_score(LinearSVC(random_state=0), projected, sources, cv=3).mean()
    topic_after = cross_val_score(LinearSVC(random_state=0), projected, topics, cv=3).mean()
    assert before > 0.95 and after < 0.6  # three sources: chance is 1/3
    assert topic_after > 0.95
    # the source directions live on the source columns
    assert set(space.columns.tolist()) >= {4, 5, 6}


def test_inlp_needs_two_sources():
    X, _, _ = synthetic(n=12)
    with pytest.raises(InputError):
        inlp_subspace(X, ["VNE"] * 12, iterations=1)


def test_source_markers_rank_the_paper_above_the_topic():
    X, topics, sources = synthetic()
    scores = source_marker_scores(X, topics, sources)
    assert set(np.argsort(-scores)[:3].tolist()) == {4, 5, 6}
    # a topic seen in one paper only says nothing about papers
    assert not source_marker_scores(X, np.zeros(len(topics)), np.array(["VNE"] * len(topics))).any()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.sampled_from(["NLD", "TN", "TT", "VNE"])), min_size=1, max_size=60))
def test_balanced_weights_give_each_source_an_equal_share_of_its_topic(rows):
    labels = np.array([label for label, _ in rows])
    sources = np.array([source for _, source in rows])
    weights = source_balanced_weights(labels, sources)
    assert (weights > 0).all()
    for topic in np.unique(labels):
        in_topic = labels == topic
        assert weights[in_topic].sum() == pytest.approx(in_topic.sum())
        shares = [weights[in_topic & (sources == s)].sum() for s in np.unique(sources[in_topic])]
        assert max(shares) == pytest.approx(min(shares))


def test_balanced_weights_check_lengths():
    with pytest.raises(InputError):
        source_balanced_weights(["a", "b"], ["VNE"])


# ---- TopicClassifier(remove_source_directions=k) -------------------------------------------

from pathlib import Path  # noqa: E402
import json  # noqa: E402

from sklearn.model_selection import GridSearchCV  # noqa: E402
from sklearn.pipeline import Pipeline  # noqa: E402

from vnnews.topics import TopicClassifier, load_model, save_model  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "topics_corpus.jsonl"


@pytest.fixture(scope="module")
def confounded():
    """The team's small corpus with a newspaper tag that mostly goes with the topic."""
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    labels = [r["topic"] for r in rows]
    sources = ["VNE" if (label == "sport") != (i % 5 == 0) else "NLD" for i, label in enumerate(labels)]
    texts = [f"{r['body']} ({'VnExpress' if s == 'VNE' else 'NLĐ'})" for r, s in zip(rows, sources)]
    return texts, labels, sources


def tag_weight(clf):
    return float(np.abs(clf.coef_[:, clf.vectorizer_.vocabulary_["vnexpress"]]).max())


def test_removing_source_directions_takes_the_tag_out_of_the_weights(confounded):
    texts, labels, sources = confounded
    plain = TopicClassifier(min_df=1, calibration_size=0).fit(texts, labels)
    clean = TopicClassifier(min_df=1, calibration_size=0, remove_source_directions=1, source_C=10.0).fit(texts, labels, sources=sources)
    assert tag_weight(plain) > 0.05
    assert tag_weight(clean) < 0.2 * tag_weight(plain)
    assert clean.source_subspace_.rank >= 1
    # the weights have no component left along the removed directions
    np.testing.assert_allclose(clean.source_subspace_.project_weights(clean.coef_), clean.coef_, atol=1e-5)
    # prediction needs no sources; the topics are still learnt
    assert clean.predict(["Tiền đạo ghi bàn thắng", "Giá cổ phiếu giảm"]).tolist() == ["sport", "business"]


def test_sources_are_required_and_checked(confounded):
    texts, labels, sources = confounded
    with pytest.raises(InputError):
        TopicClassifier(min_df=1, remove_source_directions=1).fit(texts, labels)
    with pytest.raises(InputError):
        TopicClassifier(min_df=1, remove_source_directions=1).fit(texts, labels, sources=sources[:-1])


def test_works_in_pipeline_and_grid_search_with_sources_as_fit_parameter(confounded):
    texts, labels, sources = confounded
    pipe = Pipeline([("clf", TopicClassifier(min_df=1, calibration_size=0, source_C=10.0))])
    search = GridSearchCV(pipe, {"clf__remove_source_directions": [0, 1]}, cv=2)
    search.fit(texts, labels, clf__sources=np.array(sources))
    assert set(search.cv_results_["param_clf__remove_source_directions"]) == {0, 1}
    assert search.best_estimator_.predict(["Giá cổ phiếu giảm"]).tolist() == ["business"]


def test_saved_model_keeps_the_projected_weights(confounded, tmp_path):
    texts, labels, sources = confounded
    clf = TopicClassifier(min_df=1, calibration_size=0, remove_source_directions=1, source_C=10.0).fit(texts, labels, sources=sources)
    save_model(clf, tmp_path)
    loaded = load_model(tmp_path)
    assert loaded.remove_source_directions == 1
    np.testing.assert_allclose(loaded.decision_function(texts), clf.decision_function(texts), atol=1e-2)
