"""Build the window model of diacritic restoration from ../shared/data/vntc/train_full.jsonl.gz.

For every syllable of the training articles whose unaccented spelling has two or more
candidate forms, each candidate is one row: the hashed features of the candidate in the
window of unaccented syllables around it (``vnnews.restore.window``), labelled 1 for the
form actually written and 0 for the others. A logistic regression (scikit-learn's
``SGDClassifier``, log loss, L2) is fitted on the rows in shuffled slices; its weights
are stored as float16 in ``window.npz`` (plain NumPy arrays), its SHA-256 in
``window.json``. The token ids are those of the trigram model ``--lm`` (built first by
``build.py``), so the two files belong together.

Rebuild (from the repository root, after ``build.py``)::

    PYTHONPATH=.:models/diacritics:models/diacritics/tried nice -n 10 python models/diacritics/build_window.py

``--holdout N`` leaves every N-th training article out, as ``build.py --holdout N`` does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np
import scipy.sparse
from sklearn.linear_model import SGDClassifier

from counts import encode, read_articles
from vnnews.resources import shared_data_dir
from vnnews.restore import WIDTH
from vnnews.restore.model import TrigramModel, read_model
from vnnews.restore.tokens import END, START
from window import FORMAT, TEMPLATES, feature_indices, key_of_form, windows_of

MODELS = Path(__file__).resolve().parent.parent


def candidate_table(model: TrigramModel) -> np.ndarray:
    """Row ``i``: the candidates the decoder looks at for a word written as form ``i`` without
    marks (padded with -1); a row of -1 for tokens that are not words."""
    table = np.full((len(model.forms), WIDTH), -1, dtype=np.int64)
    for key, ids in model.common_candidates.items():
        row = ids[:WIDTH]
        table[list(model.candidates[key]), : len(row)] = row
    return table


def gold_stream(model: TrigramModel, texts) -> np.ndarray:
    """The training articles as one padded stream of the trigram model's token ids."""
    stream, _, forms = encode(texts)
    to_model = np.array([model.id_of(form) for form in forms], dtype=np.int64)
    return to_model[stream]


def training_stream(lm: Path, holdout: int) -> tuple[TrigramModel, np.ndarray]:
    """The trigram model at ``lm`` and the training articles (less every ``holdout``-th) as its ids."""
    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data not found (set VNNEWS_DATA)")
    model = read_model(lm, lm.parent / "manifest.json")
    train, _ = read_articles(data / "vntc" / "train_full.jsonl.gz", holdout)
    return model, gold_stream(model, train)


def rows(gold: np.ndarray, contexts: np.ndarray, table: np.ndarray, positions: np.ndarray,
         model: TrigramModel, bits: int) -> tuple[scipy.sparse.csr_matrix, np.ndarray]:
    """Feature matrix and labels of every candidate at ``positions``."""
    cands = table[gold[positions]]
    position, column = np.nonzero(cands >= 0)
    forms = cands[position, column]
    windows = windows_of(contexts, positions[position], model.start, model.id_of(END))
    index = feature_indices(windows, forms, bits)
    n, t = index.shape
    matrix = scipy.sparse.csr_matrix((np.ones(n * t), index.reshape(-1), np.arange(0, n * t + 1, t)),
                                     shape=(n, 1 << bits))
    return matrix, (forms == gold[positions][position]).astype(np.int8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lm", type=Path, default=MODELS / "diacritics.npz", help="trigram model (manifest.json beside)")
    parser.add_argument("--holdout", type=int, default=0, help="hold out every N-th article")
    parser.add_argument("--bits", type=int, default=22, help="2**bits hashed weights")
    parser.add_argument("--alpha", type=float, default=1e-7, help="L2 strength of the SGD fit")
    parser.add_argument("--eta0", type=float, default=0.05, help="SGD step (weights averaged over the steps)")
    parser.add_argument("--epochs", type=int, default=1)
    parser.add_argument("--slice", type=int, default=100_000, help="positions per partial_fit")
    parser.add_argument("--limit", type=int, default=0, help="use only this many positions (0: all)")
    parser.add_argument("--out", type=Path, required=True, help="where to write window.npz (window.json beside)")
    args = parser.parse_args()

    began = time.time()
    model, gold = training_stream(args.lm, args.holdout)
    contexts = key_of_form(model.forms, model.candidates, model.unknown)[gold]
    table = candidate_table(model)
    # a form to learn from: its key has two candidates or more, and it is one of them
    learnable = ((table >= 0).sum(axis=1) >= 2) & (table == np.arange(len(table))[:, None]).any(axis=1)
    positions = np.random.default_rng(0).permutation(np.flatnonzero(learnable[gold]))
    if args.limit:
        positions = positions[: args.limit]
    print(f"{len(gold):,} tokens, {len(positions):,} positions to learn from ({time.time() - began:.0f} s)")

    classifier = SGDClassifier(loss="log_loss", alpha=args.alpha, learning_rate="constant", eta0=args.eta0,
                               average=True, random_state=0)
    seen = 0
    for epoch in range(args.epochs):
        for low in range(0, len(positions), args.slice):
            matrix, labels = rows(gold, contexts, table, positions[low : low + args.slice], model, args.bits)
            classifier.partial_fit(matrix, labels, classes=np.array([0, 1]))
            seen += matrix.shape[0]
        print(f"epoch {epoch + 1}: {seen:,} rows so far ({time.time() - began:.0f} s)")

    weights = classifier.coef_[0].astype(np.float16)
    np.savez_compressed(args.out, format=np.array([FORMAT, len(TEMPLATES), len(model.forms)]), weights=weights)
    manifest = {
        "file": args.out.name,
        "sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(),
        "format": FORMAT,
        "trigram_model_sha256": json.loads((args.lm.parent / "manifest.json").read_text())["sha256"],
        "bits": args.bits,
        "templates": [list(t) for t in TEMPLATES],
        "alpha": args.alpha,
        "eta0": args.eta0,
        "epochs": args.epochs,
        "holdout": args.holdout,
        "positions": int(len(positions)),
        "rows": int(seen),
    }
    (args.out.parent / "window.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
