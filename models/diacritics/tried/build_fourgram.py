"""Build the 4-gram level of diacritic restoration from ../shared/data/vntc/train_full.jsonl.gz.

Kneser-Ney-style 4-gram probabilities over the token ids of the trigram model ``--lm``
(built first by ``build.py``): ``p4(x|u v w) = max(c - D, 0) / c(u v w ·) + γ(u v w) p3(x|v w)``
with three discounts (modified Kneser-Ney) and the trigram model's ``p3`` as the lower
order; only 4-grams seen ``--min-count`` times or more are kept, and each context's
back-off weight is renormalised over them, so ``p(x|u v w) = p4`` when stored, else
``b4(u v w) p3(x|v w)``. Log-probabilities are quantised to one byte; keys pack four
16-bit ids (the first below 2**15). Written to ``fourgram.npz`` (plain NumPy arrays),
its SHA-256 in ``fourgram.json``.

Rebuild (from the repository root, after ``build.py``)::

    PYTHONPATH=.:models/diacritics:models/diacritics/tried nice -n 10 python models/diacritics/build_fourgram.py

``--holdout N`` leaves every N-th training article out, as ``build.py --holdout N`` does.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from build import quantise
from fourgrams import backoff_weights
from build_window import training_stream
from kneser_ney import discounts
from fourgram import FIRST_LIMIT, FORMAT, pack

MODELS = Path(__file__).resolve().parent.parent
STEP = 1 << 20  # trigram look-ups per call


def fourgram_counts(stream: np.ndarray, start: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique 4-gram keys of the stream (last token not ``<s>``, first id below
    ``FIRST_LIMIT``) and their counts."""
    u, v, w, x = stream[:-3], stream[1:-2], stream[2:-1], stream[3:]
    keep = (x != start) & (u < FIRST_LIMIT)
    return np.unique(pack(u[keep], v[keep], w[keep], x[keep]), return_counts=True)


def trigram_log_p(model: TrigramModel, v: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``log p3(x|v w)`` of the trigram model, a slice at a time."""
    out = np.empty(len(x), dtype=np.float32)
    for low in range(0, len(x), STEP):
        part = slice(low, low + STEP)
        log_p2, _ = model.pair_scores(w[part], x[part])
        _, log_b3 = model.pair_scores(v[part], w[part])
        out[part] = model.trigram_scores(v[part], w[part], x[part], log_p2, log_b3)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lm", type=Path, default=MODELS / "diacritics.npz", help="trigram model (manifest.json beside)")
    parser.add_argument("--holdout", type=int, default=0, help="hold out every N-th article")
    parser.add_argument("--min-count", type=int, default=3, help="keep 4-grams seen this often")
    parser.add_argument("--out", type=Path, required=True, help="where to write fourgram.npz (fourgram.json beside)")
    args = parser.parse_args()

    began = time.time()
    model, stream = training_stream(args.lm, args.holdout)
    keys, counts = fourgram_counts(stream, model.start)
    del stream
    print(f"{len(keys):,} 4-gram types ({time.time() - began:.0f} s)")

    context_keys, context_of = np.unique(keys >> 16, return_inverse=True)
    per_gram, discount_values = discounts(counts)
    total = np.bincount(context_of, weights=counts)
    gamma = np.bincount(context_of, weights=per_gram) / total
    kept = counts >= args.min_count
    keys, counts, per_gram, context_of = keys[kept], counts[kept], per_gram[kept], context_of[kept]
    ids = [(keys >> shift) & 0xFFFF for shift in (32, 16, 0)]
    p3 = np.exp(trigram_log_p(model, *ids).astype(np.float64))
    p4 = (counts - per_gram) / total[context_of] + gamma[context_of] * p3
    b4, has_kept = backoff_weights(context_of, p4, p3, gamma)
    p4_codes, p4_book = quantise(np.log(p4))
    b4_codes, b4_book = quantise(np.log(b4[has_kept]))
    np.savez_compressed(
        args.out, format=np.array([FORMAT, len(model.forms)]), gram_keys=keys.astype(np.int64), gram_p4=p4_codes,
        gram_p4_book=p4_book, context_keys=context_keys[has_kept].astype(np.int64), context_b4=b4_codes,
        context_b4_book=b4_book)
    manifest = {
        "file": args.out.name,
        "sha256": hashlib.sha256(args.out.read_bytes()).hexdigest(),
        "format": FORMAT,
        "trigram_model_sha256": json.loads((args.lm.parent / "manifest.json").read_text())["sha256"],
        "min_count": args.min_count,
        "holdout": args.holdout,
        "discounts": list(discount_values),
        "fourgrams": int(len(keys)),
        "contexts": int(has_kept.sum()),
    }
    (args.out.parent / "fourgram.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"kept {len(keys):,} 4-grams in {int(has_kept.sum()):,} contexts; discounts {discount_values}; "
          f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
