"""Rebuild the government-administration detector (models/topics/government.json, government.npz).

Run from the repository root, after the topic model (models/topics/build.py):

    PYTHONPATH=. nice -n 10 python models/topics/build_government.py

(with the corpus at ../shared/data, or VNNEWS_DATA pointing at it). Deterministic; a few
minutes on one core. Reads only ../shared/data/vntc/train_full.jsonl.gz, the hand labels of
TRAIN articles in models/topics/gov_admin_train_labels.jsonl and the stratum populations of
their sampled batch in models/topics/gov_admin_train_strata.json. Two stages:

1. the heads: a logistic regression over the shipped topic model's n-gram features of the
   whole article, and one over TF-IDF syllable 1-3 grams of the headline and first paragraph
   (vnnews.topics.government_lead; vocabulary and IDF from the hand-labelled articles), both
   trained on the hand labels;
2. the stack: a logistic regression over the heads' logits, headline and lead cue counts
   and the ten topic probabilities (vnnews.topics.government_stack).

Its training rows get topic probabilities from refits of the topic model's classifier that never saw them
(out-of-fold over train) and head scores from heads that never saw them. The figures and
the threshold come from nested cross-validation on the hand labels (folds grouped by
duplicate text), every row weighted back to the training distribution.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from vnnews.resources import shared_data_dir
from vnnews.topics import label_id
from vnnews.topics.features import syllable_ngrams
from vnnews.topics.government_lead import LEAD_NGRAMS, LeadHead, headline_and_lead
from vnnews.topics.government_stack import clipped_logit, stack_features
from vnnews.topics.government_training import (
    best_f1_threshold, chained_stratum_weights, duplicate_groups, fit_logistic, fit_stack, nested_scores,
    out_of_fold_head_scores, out_of_fold_topic_proba, precision_first_threshold, weighted_report,
)
from vnnews.topics.shipped import load_topic_model

HERE = Path(__file__).resolve().parent
HEAD_C = 16.0
LEAD_C = 4.0
"""C of the headline-and-lead head (None: no such head)."""
LEAD_MIN_DF = 2
"""An n-gram of the headline and lead is a feature when at least this many hand-labelled articles have it."""
STACK_C = 0.5
ENTITIES = False
"""Whether the stack reads entity counts of the headline and lead (vnnews.extract_entities)."""
FOLDS = 5
TARGET_PRECISION = 0.90
CRITERION = "best cross-validated F1 (weighted to train)"


def read_jsonl_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def log(message: str, started: float) -> None:
    print(f"[{time.time() - started:4.0f} s] {message}", file=sys.stderr, flush=True)


def fit_lead_features(texts: list[str]):
    """(vectoriser, LeadHead features) of the headlines and leads of ``texts``, checked to agree."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    leads = [headline_and_lead(text) for text in texts]
    vectoriser = TfidfVectorizer(analyzer=lambda lead: syllable_ngrams(lead, LEAD_NGRAMS, True), sublinear_tf=True,
                                 min_df=LEAD_MIN_DF, dtype=np.float32).fit(leads)
    grams = np.array(sorted(vectoriser.vocabulary_, key=vectoriser.vocabulary_.get))
    shipped = LeadHead.from_arrays(grams, vectoriser.idf_, np.zeros(len(grams)), 0.0).features
    matrix = vectoriser.transform(leads)
    if abs(matrix - shipped.transform(leads)).max() > 1e-4:
        raise SystemExit("the lead features computed at run time differ from scikit-learn's")
    return grams, vectoriser.idf_.astype(np.float32), matrix


@dataclass
class Corpus:
    """The training split, its features and out-of-fold topic probabilities; the hand labels and their weights."""

    texts: list[str]
    features: object
    topic_oof: np.ndarray
    classes: list[str]
    hand: list[dict]
    hand_rows: np.ndarray
    truth: np.ndarray
    weights: np.ndarray
    hand_groups: np.ndarray


def load_corpus(started: float) -> Corpus:
    data = (shared_data_dir() or Path("../shared/data")) / "vntc" / "train_full.jsonl.gz"
    rows = read_jsonl_gz(data)
    texts = [row["text"] for row in rows]
    topics = np.array([label_id(row["label"]) for row in rows])
    model = load_topic_model()
    features = model.features.transform(texts)
    classes = list(model.classes)
    groups = duplicate_groups(texts)
    log(f"{len(rows)} training articles vectorised", started)

    row_of = {row["id"]: i for i, row in enumerate(rows)}
    hand = [json.loads(line) for line in (HERE / "gov_admin_train_labels.jsonl").open(encoding="utf-8")]
    design = json.loads((HERE / "gov_admin_train_strata.json").read_text(encoding="utf-8"))
    population = {name: size for batch in design["batches"].values() for name, size in batch["population"].items()}
    hand_rows = np.array([row_of[h["id"]] for h in hand])
    truth = np.array([int(h["government_administration"]) for h in hand])
    weights = chained_stratum_weights([h.get("batch") for h in hand], [h.get("stratum") for h in hand],
                                      population, design["order"])

    params = topic_model_meta()["params"]
    topic_oof = out_of_fold_topic_proba(features, topics, groups, classes, model.temperature, params["C"],
                                        class_weight=params.get("class_weight"), ridge_alpha=params.get("ridge_alpha"))
    log("out-of-fold topic probabilities", started)
    return Corpus(texts, features, topic_oof, classes, hand, hand_rows, truth, weights, groups[hand_rows])


def detector_inputs(corpus: Corpus, lead_C: float | None) -> tuple[list, Callable, list[str], tuple | None]:
    """(heads, stack_inputs, stack input names, lead n-grams and IDF or None) for nested_scores."""
    texts, hand_rows = corpus.texts, corpus.hand_rows
    lead_score = None if lead_C is None else 0.5
    named = [stack_features(texts[r], 0.5, dict(zip(corpus.classes, corpus.topic_oof[r])), entities=ENTITIES,
                            lead_score=lead_score) for r in hand_rows]
    names = sorted(named[0])
    stack_matrix = np.array([[f[n] for n in names] for f in named])
    logit_columns = [names.index("base_logit")] + ([] if lead_C is None else [names.index("lead_logit")])

    def stack_inputs(rows: np.ndarray, head_scores: np.ndarray) -> np.ndarray:
        chosen = stack_matrix[rows].copy()
        chosen[:, logit_columns] = np.vectorize(clipped_logit)(head_scores)
        return chosen

    heads = [(corpus.features[hand_rows], HEAD_C)]
    lead = None
    if lead_C is not None:
        lead_grams, lead_idf, lead_matrix = fit_lead_features([texts[r] for r in hand_rows])
        heads.append((lead_matrix, lead_C))
        lead = (lead_grams, lead_idf)
    return heads, stack_inputs, names, lead


def main() -> int:
    started = time.time()
    corpus = load_corpus(started)
    hand, truth, weights, hand_groups, features = corpus.hand, corpus.truth, corpus.weights, corpus.hand_groups, corpus.features
    heads, stack_inputs, names, lead = detector_inputs(corpus, LEAD_C)
    if lead is not None:
        lead_grams, lead_idf = lead
        log(f"{len(lead_grams)} headline-and-lead n-grams", started)
    head_cv, two_stage_cv = nested_scores(heads, truth, hand_groups, stack_inputs, STACK_C, FOLDS)
    log("nested cross-validation", started)

    chosen = best_f1_threshold(two_stage_cv, truth, weights)
    threshold = chosen["threshold"]
    precision_first = precision_first_threshold(two_stage_cv, truth, weights, TARGET_PRECISION)
    batches = sorted({h.get("batch", "1") for h in hand})
    cv = {
        "weighted_to_train": chosen,
        "unweighted": weighted_report(two_stage_cv, truth, threshold),
        "by_batch": {b: weighted_report(two_stage_cv[m], truth[m], threshold)
                     for b in batches if (m := np.array([h.get("batch", "1") == b for h in hand])).any()},
        "head_alone_best_f1": best_f1_threshold(head_cv, truth, weights),
        "folds": FOLDS, "nested": True, "grouped_by_duplicate_text": True,
    }
    log(f"two stages, cross-validated: {cv}", started)
    log(f"precision-first threshold: {precision_first}", started)

    fitted = [fit_logistic(matrix, truth, C) for matrix, C in heads]
    head_oof = out_of_fold_head_scores(heads, truth, hand_groups, FOLDS)
    stack, mean, scale = fit_stack(stack_inputs(np.arange(len(truth)), head_oof), truth, STACK_C)

    arrays = {"coef": fitted[0].coef_.ravel().astype(np.float16)}
    if LEAD_C is not None:
        arrays.update(lead_vocabulary=lead_grams, lead_idf=lead_idf, lead_coef=fitted[1].coef_.ravel().astype(np.float32))
    np.savez_compressed(HERE / "government.npz", **arrays)
    meta = {
        "vocabulary_size": int(features.shape[1]),
        "topic_model_sha256": topic_model_digests(),
        "base": {"intercept": float(fitted[0].intercept_[0]), "C": HEAD_C, "trained_on": "hand labels only"},
        **({} if LEAD_C is None else {"lead": {"intercept": float(fitted[1].intercept_[0]), "C": LEAD_C,
                                               "ngrams": list(LEAD_NGRAMS), "min_df": LEAD_MIN_DF,
                                               "n_grams_kept": int(len(lead_grams))}}),
        "stack": {"weights": dict(zip(names, stack.coef_.ravel().round(6).tolist())),
                  "intercept": round(float(stack.intercept_[0]), 6), "threshold": threshold,
                  "mean": dict(zip(names, mean.round(6).tolist())), "scale": dict(zip(names, scale.round(6).tolist())),
                  "C": STACK_C},
        "cross_validated_on_hand_labels": cv,
        "target_precision": TARGET_PRECISION,
        "threshold_criterion": CRITERION,
        "precision_first": precision_first,
        "sha256": {"government.npz": hashlib.sha256((HERE / "government.npz").read_bytes()).hexdigest()},
        "hand_labels": len(hand),
        "built": "2026-11-27",
    }
    (HERE / "government.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    log("written government.json and government.npz", started)
    return 0


def topic_model_meta() -> dict:
    """The topic model's ``model.json``: its parameters and file digests."""
    return json.loads((HERE / "model.json").read_text(encoding="utf-8"))


def topic_model_digests() -> dict[str, str]:
    """The SHA-256 of the topic model files the detector's features come from."""
    recorded = topic_model_meta()["sha256"]
    return {name: recorded[name] for name in ("vocabulary.txt", "weights.npz")}


if __name__ == "__main__":
    sys.exit(main())
