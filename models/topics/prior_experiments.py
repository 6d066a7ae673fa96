"""Train-only measurement of corpus prior adaptation (``vnnews.topics.priors``), issue 5.

Run from the repository root, corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=.:models/topics nice -n 10 python models/topics/prior_experiments.py --cache /tmp/vnnews_topic_counts

Reads only ``vntc/train_full.jsonl.gz``. Every model is the shipped recipe (syllable 1-2
grams + headline n-grams with IDF x 0.5, min_df 3, balanced LinearSVC C=1, softmax
temperature fitted on a stratified 10 % of its training rows, seed 0, then the SVM refitted
on all of them), with vocabulary and IDF from its training rows only (``topic_experiments``).
Its calibrated probabilities on the evaluation rows are scored three ways:

- ``per_article``: as they are (what ``classify`` does);
- ``adapted``: moved to the priors ``estimate_priors`` finds on the evaluation rows themselves
  (no labels), the train priors being the class shares of the model's training rows;
- ``oracle``: moved to the evaluation rows' true class shares (an upper bound, for reference).

Scenarios: leave-one-source-out (train on three newspapers, evaluate on the fourth: NLD, TN,
TT, VNE) and a synthetic shift of the held-out 10 % of train (the shipped model's calibration
split: stratified, seed 0), subsampled without replacement (seed 0) to mixes fixed before
measuring: ``unshifted`` (as drawn), ``uniform`` (every topic 10 %) and ``inverse`` (shares
proportional to 1 / the train share). One JSON line per scenario.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from scipy.special import softmax
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import train_test_split

from topic_experiments import CANDIDATES, SOURCES, cached_counts, read_train, tfidf_pair
from vnnews.topics.estimator import fit_temperature
from vnnews.topics.nbsvm import linear_weights
from vnnews.topics.priors import adjust_to_priors, estimate_priors

SHIPPED = CANDIDATES["shipped"]
MIXES = ("unshifted", "uniform", "inverse")


def calibrated_probabilities(counts, headline, labels, fit_rows, eval_rows):
    """(classes, probabilities of ``eval_rows``, train priors) of the shipped recipe fitted on ``fit_rows``."""
    fit_x, eval_x = tfidf_pair(counts, headline, fit_rows, eval_rows, SHIPPED)
    fit_y = labels[fit_rows]
    inner, held = train_test_split(np.arange(len(fit_rows)), test_size=0.1, stratify=fit_y, random_state=0)
    classes, coef, intercept = linear_weights(fit_x[inner], fit_y[inner], 1.0, False, "balanced", None)
    temperature = fit_temperature(np.asarray(fit_x[held] @ coef.T + intercept), np.searchsorted(classes, fit_y[held]))
    classes, coef, intercept = linear_weights(fit_x, fit_y, 1.0, False, "balanced", None)
    proba = softmax(np.asarray(eval_x @ coef.T + intercept) / temperature, axis=1)
    train_priors = np.array([(fit_y == c).mean() for c in classes])
    return classes, proba, train_priors


def score(name: str, classes, proba, truth, train_priors) -> dict:
    """Accuracy / macro-F1 of the three ways, with the estimated and true priors."""
    true_priors = np.array([(truth == c).mean() for c in classes])
    estimated = estimate_priors(proba, train_priors)
    ways = {
        "per_article": proba,
        "adapted": adjust_to_priors(proba, train_priors, estimated),
        "oracle": adjust_to_priors(proba, train_priors, true_priors),
    }
    result = {"scenario": name, "n": int(len(truth))}
    for way, p in ways.items():
        predicted = classes[p.argmax(axis=1)]
        result[way] = {
            "accuracy": round(100 * accuracy_score(truth, predicted), 2),
            "macro_f1": round(100 * f1_score(truth, predicted, labels=classes, average="macro", zero_division=0), 2),
        }
    result["priors"] = {
        c: {"train": round(float(s), 4), "estimated": round(float(e), 4), "true": round(float(t), 4)}
        for c, s, e, t in zip(classes, train_priors, estimated, true_priors)
    }
    result["l1_to_true"] = {
        "train": round(float(np.abs(train_priors - true_priors).sum()), 4),
        "estimated": round(float(np.abs(estimated - true_priors).sum()), 4),
    }
    return result


def subsample(rows: np.ndarray, labels: np.ndarray, classes, mix: np.ndarray, seed: int = 0) -> np.ndarray:
    """The largest subsample of ``rows`` (without replacement) with class shares ``mix``."""
    rng = np.random.default_rng(seed)
    counts = np.array([(labels[rows] == c).sum() for c in classes])
    total = int(np.floor(min(counts / mix)))
    picked = [rng.choice(rows[labels[rows] == c], size=int(np.floor(share * total)), replace=False)
              for c, share in zip(classes, mix)]
    return np.sort(np.concatenate(picked))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="folder keeping the n-gram counts between runs")
    parser.add_argument("--out", type=Path, help="append the JSON result lines to this file")
    args = parser.parse_args()
    texts, labels, sources = read_train()
    counts, headline = cached_counts(texts, SHIPPED.variant, {}, args.cache)
    lines = []
    pooled = {"truth": [], "per_article": [], "adapted": [], "oracle": []}
    for source in SOURCES:
        started = time.time()
        fit_rows, eval_rows = np.flatnonzero(sources != source), np.flatnonzero(sources == source)
        classes, proba, train_priors = calibrated_probabilities(counts, headline, labels, fit_rows, eval_rows)
        result = score(f"loso_{source}", classes, proba, labels[eval_rows], train_priors)
        result["seconds"] = round(time.time() - started)
        lines.append(result)
        estimated = estimate_priors(proba, train_priors)
        true_priors = np.array([(labels[eval_rows] == c).mean() for c in classes])
        pooled["truth"].extend(labels[eval_rows])
        for way, p in (("per_article", proba), ("adapted", adjust_to_priors(proba, train_priors, estimated)),
                       ("oracle", adjust_to_priors(proba, train_priors, true_priors))):
            pooled[way].extend(classes[p.argmax(axis=1)])
        print(json.dumps(result, ensure_ascii=False), flush=True)
    truth = np.array(pooled["truth"])
    lines.append({"scenario": "loso_pooled", "n": int(len(truth)), **{
        way: {"accuracy": round(100 * accuracy_score(truth, pooled[way]), 2),
              "macro_f1": round(100 * f1_score(truth, pooled[way], average="macro"), 2)}
        for way in ("per_article", "adapted", "oracle")}})
    print(json.dumps(lines[-1], ensure_ascii=False), flush=True)

    fit_rows, held_rows = train_test_split(np.arange(len(labels)), test_size=0.1, stratify=labels, random_state=0)
    classes = np.unique(labels)
    train_share = np.array([(labels[fit_rows] == c).mean() for c in classes])
    mixes = {"unshifted": None, "uniform": np.full(len(classes), 1 / len(classes)),
             "inverse": (1 / train_share) / (1 / train_share).sum()}
    eval_sets = {name: held_rows if mix is None else subsample(held_rows, labels, classes, mix) for name, mix in mixes.items()}
    everything = np.unique(np.concatenate(list(eval_sets.values())))
    classes, proba, train_priors = calibrated_probabilities(counts, headline, labels, fit_rows, everything)
    for name in MIXES:
        where = np.searchsorted(everything, eval_sets[name])
        lines.append(score(f"held_out_{name}", classes, proba[where], labels[eval_sets[name]], train_priors))
        print(json.dumps(lines[-1], ensure_ascii=False), flush=True)
    if args.out:
        with args.out.open("a", encoding="utf-8") as out:
            out.writelines(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
