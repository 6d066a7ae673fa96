"""How much newspaper is left in the features after the fifth pass's source removal (train only).

Run from the repository root, corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=. nice -n 10 python models/topics/source_probe.py --cache DIR
    PYTHONPATH=. nice -n 10 python models/topics/source_probe.py --cache DIR --candidate house_style --rounds --markers

On the training rows of one leave-one-source-out fold (default: NLD held out, so TN / TT / VNE
remain), split in three parts (stratified by source x topic, seed 0): the removal is fitted on
part A; a probe (balanced L2 LinearSVC, C=1) is trained on part B and scored on part C to
predict the newspaper, and a topic SVM the same way to predict the topic. A removal that works
leaves the probe near chance (1/3) and the topic accuracy where it was. Prints JSON lines.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import accuracy_score, balanced_accuracy_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import topic_experiments as experiments  # noqa: E402

from vnnews.topics.sources import inlp_subspace, source_marker_scores  # noqa: E402


def probe(fit_x, fit_y, test_x, test_y) -> tuple[float, float]:
    """(accuracy, balanced accuracy) of a balanced LinearSVC trained on one part, scored on another."""
    predicted = LinearSVC(C=1.0, class_weight="balanced", random_state=0).fit(fit_x, fit_y).predict(test_x)
    return round(100 * accuracy_score(test_y, predicted), 2), round(100 * balanced_accuracy_score(test_y, predicted), 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held-out", default="NLD", choices=experiments.SOURCES)
    parser.add_argument("--rounds", type=int, nargs="*", default=[1, 3, 10])
    parser.add_argument("--markers", type=int, nargs="*", default=[2000, 10000, 50000])
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--candidate", default="shipped", help="features of this topic_experiments candidate (its text variant)")
    args = parser.parse_args()
    texts, labels, sources = experiments.read_train()
    candidate = experiments.CANDIDATES[args.candidate]
    counts, headline = experiments.cached_counts(texts, candidate.variant, {}, args.cache)
    rows = np.flatnonzero(sources != args.held_out)
    strata = np.char.add(sources[rows].astype(str), labels[rows].astype(str))
    part_a, rest = train_test_split(rows, test_size=2 / 3, stratify=strata, random_state=0)
    part_b, part_c = train_test_split(rest, test_size=0.5, stratify=np.char.add(sources[rest].astype(str), labels[rest].astype(str)), random_state=0)
    # vocabulary and IDF from all of the fold's training rows, as in the loso runs
    fit_x, _ = experiments.tfidf_pair(counts, headline, rows, rows[:1], candidate)
    position = {row: i for i, row in enumerate(rows)}
    a, b, c = ([position[r] for r in part] for part in (part_a, part_b, part_c))

    def report(name: str, x_b, x_c, seconds: float, **extra) -> None:
        source_acc, source_bal = probe(x_b, sources[part_b], x_c, sources[part_c])
        topic_acc, _ = probe(x_b, labels[part_b], x_c, labels[part_c])
        line = {"candidate": args.candidate, "removal": name, "held_out": args.held_out, "source_accuracy": source_acc, "source_balanced_accuracy": source_bal,
                "topic_accuracy": topic_acc, "fit_seconds": round(seconds), **extra}
        print(json.dumps(line), flush=True)

    report("none", fit_x[b], fit_x[c], 0)
    for rounds in args.rounds:
        started = time.time()
        space = inlp_subspace(fit_x[a], sources[part_a], rounds, C=experiments.INLP_C)
        report(f"inlp_{rounds}", space.project(fit_x[b]), space.project(fit_x[c]), time.time() - started,
               directions=space.rank, ngrams=len(space.columns))
    scores = source_marker_scores(fit_x[a], labels[part_a], sources[part_a])
    for k in args.markers:
        kept = np.sort(np.argsort(-scores, kind="stable")[k:])
        report(f"drop_markers_{k}", normalize(fit_x[b][:, kept]), normalize(fit_x[c][:, kept]), 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
