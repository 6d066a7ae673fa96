"""Fourth-round candidates for the government detector, by the build's nested cross-validation.

Run from the repository root, with the corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=. nice -n 10 python models/topics/government_candidates.py            # every row
    PYTHONPATH=. nice -n 10 python models/topics/government_candidates.py lsa_article_head knn_lsa

Same data, folds and weighting as models/topics/build_government.py: nested, grouped CV on
the TRAINING hand labels (fold seeds 0 and 1), every row weighted back to the training
split; the eval set is never read. Each candidate changes the shipped detector in one way:
another first-stage head (its logit one more stack input), a replaced head, or other stack
inputs. Prints one JSON line per candidate and seed: best weighted CV F1 with its
precision, recall and threshold, and the best recall at CV precision >= 0.90.

The semi-supervised parts (LSA, the IDF of the lead head) are fitted on all 33,759 training
texts without their labels, so they cannot leak a held-out fold's labels. Head scores are
computed once per head and seed and shared by the candidates. About 25 minutes for every
row on a busy 2-core machine.
"""

from __future__ import annotations

import json
import re
import sys
import time
from functools import lru_cache
from typing import Callable

import numpy as np
from scipy import sparse

from build_government import FOLDS, HEAD_C, LEAD_C, STACK_C, Corpus, detector_inputs, load_corpus

from vnnews.topics.features import syllable_ngrams
from vnnews.topics.government import lead as normalised_lead
from vnnews.topics.government_lead import LEAD_NGRAMS, headline_and_lead
from vnnews.topics.government_stack import clipped_logit, headline_and_rest
from vnnews.topics.government_training import (
    best_f1_threshold, hand_folds, precision_first_threshold,
)

SEEDS = (0, 1)
LSA_DIMENSIONS = 300
NEIGHBOURS = 20

KIND_CUES = {
    # Kinds of false positive of the shipped detector, from the guideline's "Label 0" list.
    "foreign": r"\b(?:mỹ|hoa kỳ|trung quốc|nhật bản|nhật|hàn quốc|thái lan|campuchia|lào|singapore|malaysia|"
               r"indonesia|philippines|úc|canada|anh|pháp|đức|nga|ấn độ|đan mạch|eu|asean|liên hợp quốc|wto|"
               r"imf|world bank|apec|thế giới|quốc tế|nước ngoài|tổng thống)\b",
    "mass_organisation": r"đoàn thanh niên|thành đoàn|tỉnh đoàn|hội liên hiệp phụ nữ|hội phụ nữ|cựu chiến binh|"
                         r"liên đoàn lao động|lđlđ|công đoàn|chữ thập đỏ|hội khuyến học|hội luật gia|hiệp hội|"
                         r"hội nông dân|từ thiện|quỹ ",
    "firm": r"công ty|doanh nghiệp|tập đoàn|tổng công ty|ngân hàng|nhà đầu tư|cổ phần|\bdn\b",
    "exam": r"thí sinh|tuyển sinh|kỳ thi|điểm chuẩn|đề thi",
}


class Logistic:
    """Balanced logistic regression; ``standardise`` scales dense inputs first."""

    def __init__(self, C: float, standardise: bool = False, sample_weight: np.ndarray | None = None):
        self.C, self.standardise, self.sample_weight = C, standardise, sample_weight

    def fit(self, X, y, rows: np.ndarray):
        from sklearn.linear_model import LogisticRegression

        self.mean, self.scale = (X.mean(axis=0), X.std(axis=0) + 1e-6) if self.standardise else (None, None)
        weight = None if self.sample_weight is None else self.sample_weight[rows] / self.sample_weight[rows].mean()
        self.model = LogisticRegression(C=self.C, max_iter=5000, class_weight="balanced").fit(
            self.scaled(X), y, sample_weight=weight)
        return self

    def scaled(self, X):
        """``X`` standardised by the training rows' mean and scale (unchanged, sparse, without ``standardise``)."""
        return X if self.mean is None else (X - self.mean) / self.scale

    def score(self, X) -> np.ndarray:
        return self.model.predict_proba(self.scaled(X))[:, 1]


class NaiveBayesLogistic(Logistic):
    """Logistic regression over features scaled by their naive-Bayes log-count ratio (NB-SVM style)."""

    def fit(self, X, y, rows: np.ndarray):
        from vnnews.topics.nbsvm import log_count_ratio

        self.ratio = sparse.diags(log_count_ratio(X, y == 1))
        return super().fit(X @ self.ratio, y, rows)

    def score(self, X) -> np.ndarray:
        return super().score(X @ self.ratio)


class NearestPositives:
    """Share of positives among the ``k`` most cosine-similar training rows (smoothed: (pos + 0.5) / (k + 1))."""

    def __init__(self, k: int):
        self.k = k

    def fit(self, X, y, rows: np.ndarray):
        from sklearn.preprocessing import normalize

        self.X, self.y = normalize(X), y
        return self

    def score(self, X) -> np.ndarray:
        from sklearn.preprocessing import normalize

        similarity = normalize(X) @ self.X.T
        similarity = similarity.toarray() if sparse.issparse(similarity) else similarity
        nearest = np.argpartition(-similarity, self.k, axis=1)[:, : self.k]
        return (self.y[nearest].sum(axis=1) + 0.5) / (self.k + 1)


def fold_scores(X, make: Callable, truth: np.ndarray, groups: np.ndarray, seed: int) -> list[tuple]:
    """Per outer fold: (train rows, held rows, inner out-of-fold scores of train, scores of held).

    The same folds as ``nested_scores`` of vnnews.topics.government_training.
    """
    folds = []
    for train, held in hand_folds(truth, groups, FOLDS, seed):
        inner = np.zeros(len(train))
        for inner_train, inner_held in hand_folds(truth[train], groups[train], FOLDS, seed + 1):
            rows = train[inner_train]
            inner[inner_held] = make().fit(X[rows], truth[rows], rows).score(X[train[inner_held]])
        outer = make().fit(X[train], truth[train], train).score(X[held])
        folds.append((train, held, inner, outer))
    return folds


def stacked_scores(heads: list[list[tuple]], stack_inputs: Callable, truth: np.ndarray,
                   stack_weight: np.ndarray | None = None) -> np.ndarray:
    """Out-of-fold two-stage scores from per-head :func:`fold_scores` (same seed)."""
    final = np.zeros(len(truth))
    for k in range(len(heads[0])):
        train, held = heads[0][k][0], heads[0][k][1]
        inner = np.column_stack([head[k][2] for head in heads])
        outer = np.column_stack([head[k][3] for head in heads])
        stack = Logistic(STACK_C, standardise=True, sample_weight=stack_weight)
        final[held] = stack.fit(stack_inputs(train, inner), truth[train], train).score(stack_inputs(held, outer))
    return final


class Experiment:
    """The corpus, the shipped detector's inputs and every head a candidate may use."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        heads, self.base_inputs, self.names, (self.lead_grams, _) = detector_inputs(corpus, LEAD_C)
        self.article, self.lead = heads[0][0], heads[1][0]

    def hand(self, matrix):
        return matrix[self.corpus.hand_rows]

    @lru_cache(maxsize=None)
    def lsa(self, part: str) -> np.ndarray:
        """LSA of all training texts (TruncatedSVD, no labels): of the topic model's article features or of the lead."""
        from sklearn.decomposition import TruncatedSVD

        matrix = self.corpus.features if part == "article" else self.all_train_lead_tfidf((1, 2), min_df=3)
        svd = TruncatedSVD(LSA_DIMENSIONS, algorithm="randomized", n_iter=5, random_state=0)
        return self.hand(svd.fit_transform(matrix).astype(np.float32))

    def all_train_lead_tfidf(self, ngrams: tuple, min_df: int = 1, vocabulary: list | None = None):
        """TF-IDF of every training article's headline and lead, IDF over all of train."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectoriser = TfidfVectorizer(analyzer=lambda text: syllable_ngrams(text, ngrams, True), sublinear_tf=True,
                                     min_df=1 if vocabulary else min_df, dtype=np.float32,
                                     vocabulary=None if vocabulary is None else {g: i for i, g in enumerate(vocabulary)})
        return vectoriser.fit_transform([headline_and_lead(text) for text in self.corpus.texts]).tocsr()

    @lru_cache(maxsize=None)
    def matrix(self, name: str):
        """The hand-labelled rows' features of one head input."""
        if name == "article":
            return self.article
        if name == "lead":
            return self.lead
        if name == "headline":
            from sklearn.preprocessing import normalize

            columns = [k for k, gram in enumerate(self.lead_grams) if str(gram).startswith("t:")]
            return normalize(self.lead[:, columns])
        if name == "lead_idf_all_train":
            return self.hand(self.all_train_lead_tfidf(LEAD_NGRAMS, vocabulary=[str(g) for g in self.lead_grams]))
        if name == "article_own_vocabulary":
            from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

            analyzer = lambda text: syllable_ngrams(text, (1, 2), True)  # noqa: E731
            hand_texts = [self.corpus.texts[r] for r in self.corpus.hand_rows]
            vocabulary = CountVectorizer(analyzer=analyzer, min_df=2).fit(hand_texts).vocabulary_
            vectoriser = TfidfVectorizer(analyzer=analyzer, vocabulary=vocabulary, sublinear_tf=True, dtype=np.float32)
            return self.hand(vectoriser.fit_transform(self.corpus.texts).tocsr())
        if name in ("lsa_article", "lsa_lead"):
            return self.lsa(name[4:])
        raise KeyError(name)

    @lru_cache(maxsize=None)
    def head(self, name: str, seed: int) -> list[tuple]:
        """:func:`fold_scores` of a named head."""
        c = self.corpus
        models = {
            "article": ("article", lambda: Logistic(HEAD_C)),
            "lead": ("lead", lambda: Logistic(LEAD_C)),
            "headline": ("headline", lambda: Logistic(4.0)),
            "lsa_article": ("lsa_article", lambda: Logistic(1.0, standardise=True)),
            "lsa_lead": ("lsa_lead", lambda: Logistic(1.0, standardise=True)),
            "knn_lsa": ("lsa_article", lambda: NearestPositives(NEIGHBOURS)),
            "knn_tfidf": ("article", lambda: NearestPositives(NEIGHBOURS)),
            "nb_lead": ("lead", lambda: NaiveBayesLogistic(1.0)),
            "nb_article": ("article", lambda: NaiveBayesLogistic(4.0)),
            "article_weighted": ("article", lambda: Logistic(HEAD_C, sample_weight=np.sqrt(c.weights))),
            "lead_weighted": ("lead", lambda: Logistic(LEAD_C, sample_weight=np.sqrt(c.weights))),
            "lead_idf_all_train": ("lead_idf_all_train", lambda: Logistic(8.0)),
            "article_own_vocabulary": ("article_own_vocabulary", lambda: Logistic(HEAD_C)),
        }
        matrix_name, make = models[name]
        return fold_scores(self.matrix(matrix_name), make, c.truth, c.hand_groups, seed)

    def stack_inputs(self, extra: Callable | None = None) -> Callable:
        """The shipped stack inputs (first two heads), the logits of further heads, ``extra`` columns."""
        def inputs(rows: np.ndarray, scores: np.ndarray) -> np.ndarray:
            shipped = self.base_inputs(rows, scores[:, :2])
            further = np.vectorize(clipped_logit, otypes=[float])(scores[:, 2:]).reshape(len(rows), -1)
            added = np.zeros((len(rows), 0)) if extra is None else extra(rows, shipped)
            return np.column_stack([shipped, further, added])
        return inputs

    def interactions(self, rows: np.ndarray, shipped: np.ndarray) -> np.ndarray:
        """Each head logit times each topic probability."""
        topics = [k for k, name in enumerate(self.names) if name.startswith("topic_")]
        logits = [self.names.index("base_logit"), self.names.index("lead_logit")]
        return np.column_stack([shipped[:, [j]] * shipped[:, topics] for j in logits])

    @lru_cache(maxsize=None)
    def kind_cue_counts(self) -> np.ndarray:
        """Counts (at most 3) of each of KIND_CUES in the headline and in the lead, per hand-labelled row."""
        patterns = [re.compile(p) for p in KIND_CUES.values()]
        rows = []
        for r in self.corpus.hand_rows:
            parts = [normalised_lead(part) for part in headline_and_rest(self.corpus.texts[r])]
            rows.append([min(len(p.findall(part)), 3) for part in parts for p in patterns])
        return np.array(rows, dtype=float)


CANDIDATES = {
    # name: (heads, extra stack columns, stack sample weight power); the first two heads feed the shipped stack inputs.
    "shipped": (("article", "lead"), None, None),
    "lsa_article_head": (("article", "lead", "lsa_article"), None, None),
    "lsa_lead_head": (("article", "lead", "lsa_lead"), None, None),
    "knn_lsa": (("article", "lead", "knn_lsa"), None, None),
    "knn_tfidf": (("article", "lead", "knn_tfidf"), None, None),
    "headline_head": (("article", "lead", "headline"), None, None),
    "nb_lead_head": (("article", "lead", "nb_lead"), None, None),
    "nb_article_head": (("article", "lead", "nb_article"), None, None),
    "weighted_heads_added": (("article", "lead", "article_weighted", "lead_weighted"), None, None),
    "logit_x_topic": (("article", "lead"), "interactions", None),
    "kind_cues": (("article", "lead"), "kind_cues", None),
    "stack_weighted_sqrt": (("article", "lead"), None, 0.5),
    "stack_weighted": (("article", "lead"), None, 1.0),
    "lead_idf_all_train": (("article", "lead_idf_all_train"), None, None),
    "article_own_vocabulary": (("article_own_vocabulary", "lead"), None, None),
    "own_article_and_lead_idf_all_train": (("article_own_vocabulary", "lead_idf_all_train"), None, None),
}


def evaluate(experiment: Experiment, name: str, seed: int) -> dict:
    """Best weighted CV F1 and the best recall at precision >= 0.90 of one candidate."""
    heads, extra, power = CANDIDATES[name]
    c = experiment.corpus
    columns = {None: None, "interactions": experiment.interactions,
               "kind_cues": lambda rows, shipped: experiment.kind_cue_counts()[rows]}[extra]
    weight = None if power is None else c.weights ** power
    scores = stacked_scores([experiment.head(h, seed) for h in heads], experiment.stack_inputs(columns), c.truth, weight)
    best = best_f1_threshold(scores, c.truth, c.weights)
    first = precision_first_threshold(scores, c.truth, c.weights, 0.90)
    return {"candidate": name, "seed": seed, **{k: best[k] for k in ("f1", "precision", "recall", "threshold")},
            "recall_at_precision_0.90": first["recall"] if first["precision"] >= 0.90 else None}


def main(names: list[str]) -> int:
    started = time.time()
    experiment = Experiment(load_corpus(started))
    for name in names or list(CANDIDATES):
        for seed in SEEDS:
            row = evaluate(experiment, name, seed)
            print(json.dumps({**row, "elapsed_s": round(time.time() - started)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
