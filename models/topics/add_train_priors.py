"""Record the training split's topic counts in the shipped ``model.json`` (run once, 2026-11-27).

Run from the repository root, corpus at ../shared/data (or VNNEWS_DATA):

    PYTHONPATH=. python models/topics/add_train_priors.py

``vnnews.topics.priors`` needs the class shares the topic model was trained under (its
probabilities carry them); the third-pass files did not record them. This adds
``train_class_counts`` (topic -> number of ``train_full`` articles) to ``model.json`` and
recomputes that file's own digest; ``vocabulary.txt`` and ``weights.npz`` are untouched, so
their digests (and those ``government.json`` was built on) stay valid. ``build.py`` writes
the same field on a rebuild. Refuses to run when the counts do not cover the model's classes.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from vnnews.resources import shared_data_dir
from vnnews.topics import label_id
from vnnews.topics.storage import META_FILE, _canonical, _sha256, read_model_files

HERE = Path(__file__).resolve().parent


def train_class_counts(path: Path) -> dict[str, int]:
    """Topic id -> number of articles in a VNTC .jsonl.gz split."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        counts = Counter(label_id(json.loads(line)["label"]) for line in lines)
    return dict(sorted(counts.items()))


def main() -> int:
    data = (shared_data_dir() or Path("../shared/data")) / "vntc" / "train_full.jsonl.gz"
    meta, _, _ = read_model_files(HERE)  # verifies every digest first
    counts = train_class_counts(data)
    if sorted(counts) != sorted(meta["classes"]):
        raise SystemExit(f"classes differ: {sorted(counts)} vs {meta['classes']}")
    stored = json.loads((HERE / META_FILE).read_text(encoding="utf-8"))
    digests = stored.pop("sha256")
    stored["train_class_counts"] = counts
    digests[META_FILE] = _sha256(_canonical(stored))
    stored["sha256"] = digests
    (HERE / META_FILE).write_text(json.dumps(stored, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    read_model_files(HERE)  # the rewritten file verifies
    print(counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
