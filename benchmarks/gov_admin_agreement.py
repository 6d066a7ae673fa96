"""How far a second annotator agrees with the government-administration hand labels.

Three checks, each a second, blind annotation by the guideline (docs/government_administration.md)
from the headline and first paragraphs, by an annotator who never saw the first labels:

- ``data/gov_admin_eval_second.jsonl``: all 400 evaluation (VNTC test) articles, against the
  evaluation labels ``data/gov_admin_eval.jsonl``;
- ``data/gov_admin_train_second.jsonl``: 200 random training hand labels, against
  ``models/topics/gov_admin_train_labels.jsonl``;
- the ``second`` opinions recorded in ``models/topics/gov_admin_train_labels.jsonl`` itself
  (models/topics/add_second_opinions.py): the 3,515 training hand labels most likely to be
  hard, against their first labels.

Prints agreement, Cohen's kappa and the second annotator's precision and recall taken as a
detector scored against the first labels: the human ceiling for the detector's targets.

Run from the repository root (no corpus needed):

    PYTHONPATH=. python benchmarks/gov_admin_agreement.py
"""

from __future__ import annotations

import json
from pathlib import Path

from sklearn.metrics import cohen_kappa_score, precision_score, recall_score

HERE = Path(__file__).resolve().parent
CHECKS = {
    "evaluation set (400 VNTC test articles)": (HERE / "data" / "gov_admin_eval.jsonl",
                                                HERE / "data" / "gov_admin_eval_second.jsonl"),
    "training hand labels (200 drawn at random)": (HERE.parent / "models" / "topics" / "gov_admin_train_labels.jsonl",
                                                   HERE / "data" / "gov_admin_train_second.jsonl"),
}

HARD_CASES = "training hand labels judged again (3,515 hard cases: boundary strata, batch 2, contradicted strata)"


def read_labels(path: Path, field: str = "government_administration") -> dict[str, int]:
    """Article id -> 0/1 label of a JSON-lines labels file (the first row of an id wins); with
    another ``field`` ("second"), that opinion, for the rows that have one.

    >>> len(read_labels(HERE / "data" / "gov_admin_eval.jsonl"))
    400
    >>> len(read_labels(HERE.parent / "models" / "topics" / "gov_admin_train_labels.jsonl", "second")) > 3000
    True
    """
    labels: dict[str, int] = {}
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        if field in row:
            labels.setdefault(row["id"], int(row[field]))
    return labels


def agreement(first: dict[str, int], second: dict[str, int]) -> dict[str, float]:
    """Agreement, kappa and the second labels' precision/recall against the first, over
    the ids of ``second`` (each must be in ``first``).

    >>> agreement({"a": 1, "b": 0, "c": 0}, {"a": 1, "b": 1, "c": 0})["precision"]
    0.5
    """
    missing = set(second) - set(first)
    if missing:
        raise ValueError(f"{len(missing)} ids of the second annotation have no first label")
    ids = sorted(second)
    y_first, y_second = [first[i] for i in ids], [second[i] for i in ids]
    return {"articles": len(ids), "positive_first": sum(y_first), "positive_second": sum(y_second),
            "agreement": sum(a == b for a, b in zip(y_first, y_second)) / len(ids),
            "kappa": cohen_kappa_score(y_first, y_second),
            "precision": precision_score(y_first, y_second), "recall": recall_score(y_first, y_second)}


def main() -> None:
    train = HERE.parent / "models" / "topics" / "gov_admin_train_labels.jsonl"
    checks = {name: (read_labels(first), read_labels(second)) for name, (first, second) in CHECKS.items()}
    checks[HARD_CASES] = (read_labels(train), read_labels(train, "second"))
    print("| labels | articles | positive (first / second) | agreement | kappa | second annotator's P / R |")
    print("|---|---|---|---|---|---|")
    for name, (first, second) in checks.items():
        s = agreement(first, second)
        print(f"| {name} | {s['articles']} | {s['positive_first']} / {s['positive_second']} | "
              f"{s['agreement']:.3f} | {s['kappa']:.3f} | {s['precision']:.3f} / {s['recall']:.3f} |")


if __name__ == "__main__":
    main()
