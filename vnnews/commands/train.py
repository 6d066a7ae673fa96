"""``vnnews train topics``: train a topic classifier on your own labelled corpus.

>>> import argparse
>>> parser = argparse.ArgumentParser(); add_arguments(parser)
>>> parser.parse_args(["topics", "--data", "x.jsonl", "--text-field", "text", "--label-field", "label", "-o", "out"]).min_df
2
"""

from __future__ import annotations

import argparse
import json
import sys

NAME = "train"
HELP = "train a model on your own data (topics: JSONL(.gz), CSV or Parquet with a text and a label field)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("what", choices=["topics"], help="the model to train")
    parser.add_argument("--data", required=True, help="training file: .jsonl(.gz), .csv(.gz) or .parquet")
    parser.add_argument("--text-field", required=True, help="field (column) holding the article text")
    parser.add_argument("--label-field", required=True, help="field (column) holding the label")
    parser.add_argument("-o", "--out", required=True, help="folder to write the model into")
    parser.add_argument("--held-out", type=float, default=0.1, help="share kept apart for the report (default 0.1)")
    parser.add_argument("--min-df", type=int, default=2, help="drop n-grams seen in fewer documents (default 2)")
    parser.add_argument("-C", type=float, default=1.0, help="inverse regularisation of the linear SVM (default 1)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the held-out split")


def run(args: argparse.Namespace) -> int:
    from sklearn.metrics import classification_report
    from tqdm import tqdm

    from ..errors import InputError
    from ..topics import TopicClassifier
    from ..topics.corpus import read_labelled
    from ..topics.split import held_out_split
    from ..topics.storage import save_model

    texts, labels = read_labelled(args.data, args.text_field, args.label_field, progress=True)
    if not 0 < args.held_out < 1:
        raise InputError("--held-out must be between 0 and 1")
    counts = {label: labels.count(label) for label in set(labels)}
    if len(counts) < 2:
        raise InputError(f"need at least two labels, found {sorted(counts)}")
    try:  # stratified when every label can be on both sides, else random (a small corpus)
        fit_rows, held_rows = held_out_split(range(len(labels)), labels, args.held_out, random_state=args.seed)
        fit_texts, fit_labels = [texts[i] for i in fit_rows], [labels[i] for i in fit_rows]
        held_texts, held_labels = [texts[i] for i in held_rows], [labels[i] for i in held_rows]
        print(f"training on {len(fit_texts)} records, {len(counts)} labels ...", file=sys.stderr)
        clf = TopicClassifier(min_df=args.min_df, C=args.C, random_state=args.seed).fit(fit_texts, fit_labels)
    except ValueError as exc:  # too few records, or nothing left after --min-df
        raise InputError(f"cannot train on {len(labels)} records of {args.data}: {exc}") from None
    predicted = []
    for start in tqdm(range(0, len(held_texts), 256), desc="held-out report", unit=" batches"):
        predicted.extend(clf.predict(held_texts[start : start + 256]))
    report = classification_report(held_labels, predicted, output_dict=True, zero_division=0)
    summary = {
        "held_out_size": len(held_labels),
        "accuracy": round(report["accuracy"], 4),
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
        # a label neither held out nor predicted (a small corpus) has no F1
        "per_label_f1": {label: round(report[label]["f1-score"], 4) for label in sorted(counts) if label in report},
    }
    path = save_model(clf, args.out, training_data=str(args.data), held_out=summary)
    print(classification_report(held_labels, predicted, digits=3, zero_division=0), file=sys.stderr)
    print(json.dumps({"model": str(path), **summary}, ensure_ascii=False))
    return 0
