"""Feed vnnews features into your own scikit-learn classifier.

    python examples/sklearn_downstream.py labelled.jsonl --label-field label

Each article is analysed once (``nlp.pipe``) into a Document; ``DocumentFeatures`` turns
Documents into words, entity labels, administrative units (with their codes) and topic
scores; a plain ``LogisticRegression`` learns your labels on top. Cross-validation
measures it, then the most telling features of each label are printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score
from sklearn.pipeline import make_pipeline

import vnnews
from vnnews.sklearn import DocumentFeatures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="JSON lines with a text and a label per article")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--label-field", default="label")
    parser.add_argument("--folds", type=int, default=3)
    args = parser.parse_args(argv)

    rows = [json.loads(line) for line in args.data.read_text(encoding="utf-8").splitlines() if line.strip()]
    labels = np.array([row[args.label_field] for row in rows])
    docs = list(vnnews.load().pipe(row[args.text_field] for row in rows))  # analysed once, reused below

    model = make_pipeline(DocumentFeatures(), LogisticRegression(max_iter=1000))
    folds = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    scores = cross_val_score(model, docs, labels, cv=folds)
    print(f"{len(docs)} articles, labels {sorted(set(labels.tolist()))}")
    problems = [error for doc in docs for error in doc.errors]
    if problems:
        print(f"{len(problems)} analysis problems, first: {problems[0]}")
    print(f"cross-validated accuracy: {scores.mean():.2f} (folds: {', '.join(f'{s:.2f}' for s in scores)})")

    model.fit(docs, labels)
    names = model[0].get_feature_names_out()
    classifier = model[-1]
    weights = classifier.coef_ if len(classifier.classes_) > 2 else np.vstack([-classifier.coef_[0], classifier.coef_[0]])
    for label, row in zip(classifier.classes_, weights):
        top = [names[i] for i in np.argsort(row)[::-1][:5]]
        print(f"  {label}: {', '.join(top)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
