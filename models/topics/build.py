"""Rebuild the shipped topic model from ../shared/data/vntc/train_full.jsonl.gz.

Run from the repository root (takes a few minutes on one core):

    PYTHONPATH=. nice -n 10 python models/topics/build.py

Writes model.json, vocabulary.txt and weights.npz into models/topics/. Only the VNTC
training split is read; the held-out figures come from a split of it. The government-
administration head is trained on weak labels (vnnews.topics.government.weak_label) plus the
hand labels in models/topics/gov_admin_train_labels.jsonl (training articles only).
Only the KEEP_NGRAMS n-grams with the largest topic weights are kept (faster loading).
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

from vnnews.resources import shared_data_dir
from vnnews.topics import TopicClassifier, label_id
from vnnews.topics.government import fit_government_head, is_crime_report, weak_label
from vnnews.topics.prune import keep_strongest_ngrams
from vnnews.topics.storage import save_model

HERE = Path(__file__).resolve().parent
PARAMS = {"ngram_range": (1, 2), "title": True, "min_df": 3, "C": 1.0, "title_weight": 0.5, "class_weight": "balanced", "calibration_size": 0.1, "random_state": 0}
KEEP_NGRAMS = 300_000
"""Of about 550k; the build reports how often the pruned model keeps the full model's topic."""


def read_jsonl_gz(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="VNTC train_full.jsonl.gz (default: ../shared/data/vntc/)")
    parser.add_argument("-o", "--out", type=Path, default=HERE)
    args = parser.parse_args()
    data = args.data or (shared_data_dir() or Path("../shared/data")) / "vntc" / "train_full.jsonl.gz"
    started = time.time()
    rows = read_jsonl_gz(data)
    texts = [row["text"] for row in rows]
    labels = [label_id(row["label"]) for row in rows]
    print(f"{len(rows)} training articles read", file=sys.stderr)

    clf = TopicClassifier(**PARAMS).fit(texts, labels)
    print(f"topic model fitted: {len(clf.vectorizer_.vocabulary_)} n-grams; held-out {clf.held_out_report_}", file=sys.stderr)
    full, clf = clf, keep_strongest_ngrams(clf, KEEP_NGRAMS)
    sample = texts[::11]
    agreement = float(np.mean(full.predict(sample) == clf.predict(sample)))
    print(f"kept {KEEP_NGRAMS} n-grams: same topic on {agreement:.2%} of {len(sample)} training articles", file=sys.stderr)

    features = clf.vectorizer_.transform(texts)
    weak = np.array([-1 if (mark := weak_label(t, y)) is None else mark for t, y in zip(texts, labels)])
    row_of = {row["id"]: i for i, row in enumerate(rows)}
    hand = [json.loads(line) for line in (HERE / "gov_admin_train_labels.jsonl").open(encoding="utf-8")]
    hand_rows = np.array([row_of[h["id"]] for h in hand])
    hand_labels = np.array([int(h["government_administration"]) for h in hand])
    vetoed = np.array([is_crime_report(texts[row]) for row in hand_rows])
    head = fit_government_head(features, weak, hand_rows, hand_labels, vetoed=vetoed)
    print(f"government head: threshold {head['threshold']}, cross-validated {head['report']}", file=sys.stderr)

    path = save_model(
        clf,
        args.out,
        extra_arrays={"government_coef": head["coef"].astype(np.float16)},
        government={
            "intercept": head["intercept"],
            "threshold": head["threshold"],
            "cross_validated_on_hand_labels": head["report"],
            "weak_labels": {"positive": int((weak == 1).sum()), "negative": int((weak == 0).sum())},
        },
        training_data="VNTC train_full.jsonl.gz (33,759 articles)",
        train_class_counts=dict(sorted(Counter(labels).items())),
        kept_ngrams={"n": KEEP_NGRAMS, "of": len(full.vectorizer_.vocabulary_), "same_topic_on_train_sample": agreement},
        built="2026-11-27",
    )
    print(f"written {path} in {time.time() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
