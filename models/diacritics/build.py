"""Build the diacritic-restoration model from ../shared/data/vntc/train_full.jsonl.gz.

A modified Kneser-Ney 4-gram model over lower-cased syllables (new tone style, "hoà"):
trigrams pruned by relative entropy (``--threshold3``), 4-grams kept when seen at least
twice (:mod:`fourgrams`); log-probabilities quantised to one byte, stored as plain NumPy
arrays in ``diacritics.npz`` with its SHA-256 in ``manifest.json``.

Rebuild (from the repository root)::

    PYTHONPATH=.:models/diacritics nice -n 10 python models/diacritics/build.py

``--holdout N`` leaves every N-th training article out (for tuning the decoder on
training data only) and writes the held-out texts to ``--heldout-file``.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from counts import BITS, case_log_probs, encode, prune_vocabulary, read_articles, trigram_counts
from fourgrams import continuation_counts, fourgram_counts, fourgram_level, trigram_entropy
from kneser_ney import estimate
from vnnews.resources import shared_data_dir
from vnnews.restore.tokens import END, START

HERE = Path(__file__).resolve().parent
FORMAT = 2
THRESHOLD3 = 1.5e-8  # the smallest of 1e-8, 1.5e-8, 2e-8, 3e-8 that fits 30 MB (MODEL_CARD.md, nineteenth stop)
ABSENT = 255  # code of a missing value in a quantised column


def quantise(values: np.ndarray, levels: int = 255) -> tuple[np.ndarray, np.ndarray]:
    """One-byte codes and their codebook (quantiles of ``values``); codes index the codebook.

    >>> values = -np.arange(1000) / 100
    >>> codes, book = quantise(values)
    >>> codes.dtype.name, len(book), bool(np.abs(book[codes] - values).max() < 0.03)
    ('uint8', 255, True)
    """
    codebook = np.unique(np.quantile(values, np.linspace(0.0, 1.0, levels)).astype(np.float32))
    edges = (codebook[1:] + codebook[:-1]) / 2
    return np.searchsorted(edges, values).astype(np.uint8), codebook


def pair_table(model) -> dict[str, np.ndarray]:
    """Bigrams and trigram contexts in one sorted table: key, p2 code, b3 code."""
    keys = np.union1d(model.bigram_keys, model.context_keys)
    p2_codes, p2_book = quantise(model.log_p2)
    b3_codes, b3_book = quantise(model.log_b3)
    p2 = np.full(len(keys), ABSENT, dtype=np.uint8)
    p2[np.searchsorted(keys, model.bigram_keys)] = p2_codes
    b3 = np.full(len(keys), ABSENT, dtype=np.uint8)
    b3[np.searchsorted(keys, model.context_keys)] = b3_codes
    return {"pair_keys": keys, "pair_p2": p2, "pair_p2_book": p2_book, "pair_b3": b3, "pair_b3_book": b3_book}


def fourgram_arrays(level: dict) -> dict[str, np.ndarray]:
    """The 4-gram level's arrays: keys of four 16-bit ids with a one-byte ``log p4`` code, and
    the keys of their contexts (three 16-bit ids) with a one-byte ``log b4`` code."""
    p4_codes, p4_book = quantise(level["log_p4"])
    b4_codes, b4_book = quantise(level["log_b4"])
    return {"fourgram_keys": level["fourgram_keys"], "fourgram_p4": p4_codes, "fourgram_p4_book": p4_book,
            "fourgram_context_keys": level["context_keys"], "fourgram_b4": b4_codes, "fourgram_b4_book": b4_book}


def save(model, log_case: np.ndarray, forms: list[str], out: Path, level: dict | None = None) -> str:
    """Write the model arrays to ``out`` (.npz); return the file's SHA-256.

    With a 4-gram ``level`` the file has format 2, without one format 1 (a trigram model).
    """
    p3_codes, p3_book = quantise(model.log_p3)
    arrays = {
        "format": np.array([FORMAT if level else 1, BITS], dtype=np.int64),
        "forms": np.frombuffer("\n".join(forms).encode("utf-8"), dtype=np.uint8),
        "log_p1": model.log_p1.astype(np.float32),
        "log_b2": model.log_b2.astype(np.float32),
        "log_case": log_case,
        "trigram_keys": model.trigram_keys.astype(np.int64),
        "trigram_p3": p3_codes,
        "trigram_p3_book": p3_book,
        **pair_table(model),
        **(fourgram_arrays(level) if level else {}),
    }
    np.savez_compressed(out, **arrays)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=1, help="keep trigrams seen this often")
    parser.add_argument("--threshold3", type=float, default=THRESHOLD3,
                        help="and whose removal costs this much relative entropy (Stolcke); 0: no such pruning")
    parser.add_argument("--order", type=int, choices=(3, 4), default=4,
                        help="3: a trigram model (format 1, the shipped one: --order 3 --min-count 2 --threshold3 0)")
    parser.add_argument("--min-count4", type=int, default=2, help="keep 4-grams seen this often")
    parser.add_argument("--threshold4", type=float, default=0.0, help="and whose removal costs this much relative entropy")
    parser.add_argument("--min-token-count", type=int, default=2, help="rarer tokens become <unk>")
    parser.add_argument("--holdout", type=int, default=0, help="hold out every N-th article")
    parser.add_argument("--heldout-file", type=Path, help="write held-out texts here (.jsonl.gz)")
    parser.add_argument("--reverse", action="store_true", help="right-to-left model (tokens read last to first)")
    parser.add_argument("--out", type=Path, default=HERE / "diacritics.npz")
    args = parser.parse_args()

    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data not found (set VNNEWS_DATA)")
    began = time.time()
    train, held = read_articles(data / "vntc" / "train_full.jsonl.gz", args.holdout)
    stream, cases, forms = encode(train, reverse=args.reverse)
    stream, forms = prune_vocabulary(stream, forms, args.min_token_count)
    log_case = case_log_probs(stream, cases, len(forms))
    start, end = forms.index(START), forms.index(END)
    del cases
    print(f"{len(stream):,} tokens, vocabulary {len(forms):,} ({time.time() - began:.0f} s)")
    keys, raw = trigram_counts(stream)
    four_keys, four_counts = fourgram_counts(stream, start, end) if args.order == 4 else (None, None)
    tokens = len(stream)
    del stream
    counts = continuation_counts(keys, raw, four_keys, start) if args.order == 4 else raw
    keep = raw >= args.min_count
    if args.threshold3:
        keep &= trigram_entropy(estimate(keys, counts, len(forms), 1), keys, raw, tokens) >= args.threshold3
    model = estimate(keys, counts, len(forms), args.min_count, keep=keep)
    level = fourgram_level(model, four_keys, four_counts, args.min_count4, args.threshold4, tokens) \
        if args.order == 4 else None
    print(f"{len(keys):,} trigram types, kept {len(model.trigram_keys):,}; {len(model.bigram_keys):,} bigrams; "
          + (f"{len(four_keys):,} 4-gram types, kept {len(level['fourgram_keys']):,} in "
             f"{len(level['context_keys']):,} contexts; " if level else "")
          + f"discounts {model.discounts} {level['discounts'] if level else ''}")
    digest = save(model, log_case, forms, args.out, level)
    manifest = {
        "file": args.out.name,
        "sha256": digest,
        "format": FORMAT if level else 1,
        "tone_style": "new",
        "min_count": args.min_count,
        "threshold3": args.threshold3,
        "min_count4": args.min_count4,
        "threshold4": args.threshold4,
        "min_token_count": args.min_token_count,
        "holdout": args.holdout,
        "reverse": args.reverse,
        "discounts": [*model.discounts, *([level["discounts"]] if level else [])],
    }
    if level is None:  # format 1: the trigram model's manifest has no 4-gram or pruning settings
        for name in ("threshold3", "min_count4", "threshold4", "reverse"):
            del manifest[name]
    (args.out.parent / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    if args.heldout_file:
        with gzip.open(args.heldout_file, "wt", encoding="utf-8") as f:
            for text in held:
                f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB) in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
