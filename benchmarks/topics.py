"""Topic accuracy, calibration, speed and government-administration P/R — vnnews vs a baseline.

Run from the repository root:

    PYTHONPATH=. nice -n 10 python benchmarks/topics.py

Scores the shipped model on the full VNTC test split and on its de-duplicated subset (test
articles whose text also occurs in train, or twice in test, dropped). The peer, run side by
side, is the measured reference setup: TF-IDF of syllable 1-2 grams + LinearSVC trained here
on the same train split (underthesea's own classifier downloads its model at call time, so it
cannot run offline). Speed: articles/s of one process over the first 2,000 test articles,
both systems on the same texts in the same run; ``vnnews_topic_only`` is the topic model without
the government detector (``TopicModel.predict_proba``). Government administration: precision/recall
of Topic.government_administration against the hand labels in benchmarks/data/gov_admin_eval.jsonl.

``--adapt-priors`` adds the row "adapted to the corpus priors": the shipped model's probabilities
of the whole test split moved to the topic mix ``estimate_priors`` finds in it (transductive: it
reads the test corpus's unlabelled texts, never its labels; see the model card's "Corpus prior
adaptation"); the de-duplicated row keeps the priors of the full split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.svm import LinearSVC

from vnnews.resources import shared_data_dir
from vnnews.topics import adjust_to_priors, estimate_priors, label_id, load_topic_model
from vnnews.topics.estimator import calibration_report

HERE = Path(__file__).resolve().parent


def read(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def dedup_mask(train: list[dict], test: list[dict]) -> np.ndarray:
    """True for test articles whose text is in neither train nor elsewhere in test."""
    train_texts = {r["text"].strip() for r in train}
    counts = Counter(r["text"].strip() for r in test)
    return np.array([counts[r["text"].strip()] == 1 and r["text"].strip() not in train_texts for r in test])


def scores(truth, predicted) -> dict:
    return {
        "accuracy": round(100 * accuracy_score(truth, predicted), 2),
        "macro_f1": round(100 * f1_score(truth, predicted, average="macro"), 2),
    }


def per_class_f1(truth, predicted) -> dict:
    labels = sorted(set(truth))
    values = f1_score(truth, predicted, labels=labels, average=None)
    return {label: round(100 * v, 1) for label, v in zip(labels, values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-articles", type=int, default=2000)
    parser.add_argument("--adapt-priors", action="store_true", help="add the row adapted to the test corpus's priors")
    args = parser.parse_args()
    data = (shared_data_dir() or Path("../shared/data")) / "vntc"
    train, test = read(data / "train_full.jsonl.gz"), read(data / "test_full.jsonl.gz")
    truth = np.array([label_id(r["label"]) for r in test])
    keep = dedup_mask(train, test)
    texts = [r["text"] for r in test]

    started = time.perf_counter()
    model = load_topic_model()
    load_seconds = time.perf_counter() - started
    topics = []
    for start in range(0, len(texts), 500):
        topics.extend(model.classify(texts[start : start + 500]))
    predicted = np.array([t.label for t in topics])
    classes = list(model.classes)
    proba = np.array([[t.scores[c] for c in classes] for t in topics])
    index = np.searchsorted(classes, truth)

    peer_vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, dtype=np.float32)
    peer_svm = LinearSVC(C=1.0).fit(
        peer_vectorizer.fit_transform([r["text"] for r in train]), [label_id(r["label"]) for r in train]
    )
    peer_predicted = peer_svm.predict(peer_vectorizer.transform(texts))

    sample = texts[: args.speed_articles]
    words = sum(len(t.split()) for t in sample)
    timings = {}
    for name, run in (
        ("vnnews", lambda: model.classify(sample)),
        ("vnnews_topic_only", lambda: model.predict_proba(sample)),
        ("peer", lambda: peer_svm.predict(peer_vectorizer.transform(sample))),
    ):
        started = time.perf_counter()
        run()
        timings[name] = len(sample) / (time.perf_counter() - started)

    gov_rows = [json.loads(line) for line in (HERE / "data" / "gov_admin_eval.jsonl").open(encoding="utf-8")]
    position = {r["id"]: i for i, r in enumerate(test)}
    gov_truth = np.array([r["government_administration"] for r in gov_rows])
    gov_flag = np.array([bool(topics[position[r["id"]]].government_administration) for r in gov_rows])
    tp = int((gov_flag & (gov_truth == 1)).sum())

    result = {
        "test_full": {"vnnews": scores(truth, predicted), "peer_tfidf_linearsvc": scores(truth, peer_predicted),
                      "n": int(len(truth))},
        "test_dedup": {"vnnews": scores(truth[keep], predicted[keep]),
                       "peer_tfidf_linearsvc": scores(truth[keep], peer_predicted[keep]), "n": int(keep.sum())},
        "per_class_f1_vnnews": per_class_f1(truth, predicted),
        "per_class_f1_peer": per_class_f1(truth, peer_predicted),
        "calibration_test_full": {k: round(v, 4) for k, v in calibration_report(proba, index).items()},
        "held_out_train_report": model.held_out_report,
        "speed_articles_per_s": {k: round(v, 1) for k, v in timings.items()},
        "speed_ratio_vnnews_over_peer": round(timings["vnnews"] / timings["peer"], 3),
        "speed_words_per_article": round(words / len(sample), 1),
        "model_load_seconds": round(load_seconds, 3),
        "government_administration": {
            "n": len(gov_rows), "positives": int(gov_truth.sum()), "flagged": int(gov_flag.sum()),
            "precision": round(tp / max(int(gov_flag.sum()), 1), 3), "recall": round(tp / max(int(gov_truth.sum()), 1), 3),
        },
    }
    if args.adapt_priors:
        result["adapted_to_corpus_priors"] = adapted_report(model, proba, truth, index, keep)
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


def adapted_report(model, proba: np.ndarray, truth: np.ndarray, index: np.ndarray, keep: np.ndarray) -> dict:
    """Scores of the probabilities moved to the priors EM estimates on the unlabelled test texts."""
    classes = list(model.classes)
    estimated = estimate_priors(proba, model.train_priors)
    adapted = adjust_to_priors(proba, model.train_priors, estimated)
    predicted = np.array(classes)[adapted.argmax(axis=1)]
    true_mix = np.bincount(index, minlength=len(classes)) / len(index)
    return {
        "test_full": scores(truth, predicted),
        "test_dedup": scores(truth[keep], predicted[keep]),
        "per_class_f1": per_class_f1(truth, predicted),
        "calibration_test_full": {k: round(v, 4) for k, v in calibration_report(adapted, index).items()},
        "priors": {c: {"train": round(float(t), 4), "estimated": round(float(e), 4), "true": round(float(m), 4)}
                   for c, t, e, m in zip(classes, model.train_priors, estimated, true_mix)},
        "l1_to_true_mix": {"train": round(float(np.abs(model.train_priors - true_mix).sum()), 4),
                           "estimated": round(float(np.abs(estimated - true_mix).sum()), 4)},
    }


if __name__ == "__main__":
    sys.exit(main())
