"""Government administration: the two-stage detector vs the one-stage TF-IDF head, side by side.

Run from the repository root:

    PYTHONPATH=. nice -n 10 python benchmarks/topics_government.py

The detectors score the 400 hand-labelled VNTC TEST articles of
benchmarks/data/gov_admin_eval.jsonl in one run: the shipped one
(models/topics/government.{json,npz}, vnnews.topics.government_detector); the previous
two-stage detector, read from git at --previous (skipped when it no longer fits the
vocabulary); the one-stage TF-IDF head (models/topics/weights.npz, threshold in model.json,
crime veto). Speed: articles/s of TopicModel.classify over the first --speed-articles test
articles with the shipped detector and with the one-stage head, same texts, same process. The
cross-validated figures on the TRAIN hand labels are read from models/topics/government.json.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import json
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from vnnews.errors import ModelError
from vnnews.resources import model_file, shared_data_dir
from vnnews.topics import load_topic_model
from vnnews.topics.government_detector import META, WEIGHTS, load_government_detector

HERE = Path(__file__).resolve().parent


def precision_recall(flags: np.ndarray, truth: np.ndarray) -> dict:
    tp = int((flags & (truth == 1)).sum())
    precision, recall = tp / max(int(flags.sum()), 1), tp / max(int(truth.sum()), 1)
    return {
        "flagged": int(flags.sum()),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(2 * precision * recall / max(precision + recall, 1e-9), 3),
    }


def rate(model, texts: list[str]) -> float:
    started = time.process_time()
    model.classify(texts)
    return len(texts) / (time.process_time() - started)


def previous_detector(commit: str, vocabulary_size: int):
    """The two-stage detector stored at ``commit`` (git), or None when it cannot be used.

    It cannot when the topic model's vocabulary differs at ``commit``: its weights are per
    column of that vocabulary (a vocabulary of the same size but other n-grams would load).
    """
    then = subprocess.run(["git", "show", f"{commit}:models/topics/vocabulary.txt"], capture_output=True)
    if then.returncode or then.stdout != model_file("topics", "vocabulary.txt").read_bytes():
        return None
    with tempfile.TemporaryDirectory() as folder:
        for name in (META, WEIGHTS):
            shown = subprocess.run(["git", "show", f"{commit}:models/topics/{name}"], capture_output=True)
            if shown.returncode:
                return None
            (Path(folder) / name).write_bytes(shown.stdout)
        try:
            return load_government_detector(Path(folder), vocabulary_size)
        except ModelError:
            return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed-articles", type=int, default=1000)
    parser.add_argument("--previous", default="bb58e1e", help="git commit of the previous two-stage detector")
    args = parser.parse_args()
    data = shared_data_dir() or Path("../shared/data")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        test = [json.loads(line) for line in lines]
    text_of = {row["id"]: row["text"] for row in test}
    gold = [json.loads(line) for line in (HERE / "data" / "gov_admin_eval.jsonl").open(encoding="utf-8")]
    texts = [text_of[row["id"]] for row in gold]
    truth = np.array([int(row["government_administration"]) for row in gold])

    two_stage = load_topic_model()
    one_stage = dataclasses.replace(two_stage, government_detector=None)
    new = np.array([bool(t.government_administration) for t in two_stage.classify(texts)])
    old = np.array([bool(t.government_administration) for t in one_stage.classify(texts)])
    previous = previous_detector(args.previous, len(two_stage.features.vocabulary))
    if previous is not None:
        before = dataclasses.replace(two_stage, government_detector=previous)
        previous_flags = np.array([bool(t.government_administration) for t in before.classify(texts)])
    speed_texts = [row["text"] for row in test[: args.speed_articles]]
    speed_old, speed_new = rate(one_stage, speed_texts), rate(two_stage, speed_texts)
    meta = json.loads(model_file("topics", "government.json").read_text(encoding="utf-8"))
    report = {
        "eval_set": {"n": len(gold), "positives": int(truth.sum())},
        "two_stage": precision_recall(new, truth),
        "previous_two_stage": None if previous is None else {**precision_recall(previous_flags, truth),
                                                             "commit": args.previous, "threshold": previous.threshold},
        "one_stage_peer": precision_recall(old, truth),
        "speed_articles_per_s": {"two_stage": round(speed_new), "one_stage_peer": round(speed_old),
                                 "ratio": round(speed_new / speed_old, 2), "articles": len(speed_texts)},
        "threshold": meta["stack"]["threshold"],
        "cross_validated_on_train_hand_labels": meta["cross_validated_on_hand_labels"],
    }
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
