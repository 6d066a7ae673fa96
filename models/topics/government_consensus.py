"""Does training on the majority of several opinions beat training on the first label alone?

Run from the repository root after add_second_opinions.py (a few minutes per fold seed):

    PYTHONPATH=.:models/topics nice -n 10 python models/topics/government_consensus.py --seeds 0 1

The detector of build_government.py is cross-validated (nested, grouped, as in the build)
twice per fold seed: trained on the first annotator's labels and trained on the consensus
labels. Both sets of out-of-fold scores are then scored against both label sets, rows
weighted back to the training split: best-F1 threshold with its precision and recall, and
the best recall at precision >= 0.90. Training labels only; the evaluation set is not read.
"""

from __future__ import annotations

import argparse
import json
import time

import numpy as np

from build_government import FOLDS, LEAD_C, STACK_C, detector_inputs, load_corpus
from vnnews.topics.government_training import best_f1_threshold, nested_scores, precision_first_threshold


def summary(scores: np.ndarray, truth: np.ndarray, weights: np.ndarray) -> dict:
    best = best_f1_threshold(scores, truth, weights)
    first = precision_first_threshold(scores, truth, weights, 0.90)
    return {"best_f1": {k: best[k] for k in ("threshold", "precision", "recall", "f1")},
            "recall_at_p90": {k: first[k] for k in ("threshold", "precision", "recall")}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    args = parser.parse_args()
    started = time.time()
    corpus = load_corpus(started)
    first = corpus.truth
    consensus = np.array([int(h.get("consensus", h["government_administration"])) for h in corpus.hand])
    print(f"{int((first != consensus).sum())} of {len(first)} training labels differ from the first label; "
          f"positives {int(first.sum())} -> {int(consensus.sum())}", flush=True)
    heads, stack_inputs, _, _ = detector_inputs(corpus, LEAD_C)
    for seed in args.seeds:
        for trained_on, labels in (("first labels", first), ("consensus", consensus)):
            _, scores = nested_scores(heads, labels, corpus.hand_groups, stack_inputs, STACK_C, FOLDS, seed)
            report = {f"against {name}": summary(scores, truth, corpus.weights)
                      for name, truth in (("first labels", first), ("consensus", consensus))}
            print(json.dumps({"seed": seed, "trained on": trained_on, **report}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
