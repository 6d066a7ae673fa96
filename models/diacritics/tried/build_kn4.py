"""Build a 4-gram modified Kneser-Ney model for diacritic restoration (nineteenth stop).

Unlike ``build_fourgram.py`` (a 4-gram level over the shipped trigram model's raw-count
``p3``), all four orders are estimated together as interpolated modified Kneser-Ney:
raw counts at order 4, continuation counts ``N1+(· v w x)`` at order 3 (raw counts for
trigrams that start with ``<s>``), and below that as ``kneser_ney.estimate`` does. Trigrams
are kept when their raw count reaches ``--min-count3``, 4-grams when theirs reaches
``--min-count4``; each context's back-off weight is renormalised over what is kept.

Writes, in ``--out`` (a folder): ``diacritics.npz`` + ``manifest.json`` (the trigram
levels, format 1, readable by ``vnnews.restore.model.read_model``) and ``fourgram.npz`` +
``fourgram.json`` (the 4-gram level, read by ``fourgram.read_fourgram``).

    VNNEWS_DATA=../shared/data PYTHONPATH=.:models/diacritics:models/diacritics/tried nice -n 10 \\
        python models/diacritics/tried/build_kn4.py --holdout 20 --out /tmp/kn4
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from build import quantise, save
from counts import BITS, MASK, case_log_probs, encode, prune_vocabulary, read_articles, trigram_counts
from fourgram import FIRST_LIMIT, FORMAT, pack
from kneser_ney import BackoffTrigram, discounts, estimate
from vnnews.resources import shared_data_dir
from vnnews.restore.tokens import END, START

ID16 = (1 << 16) - 1


def fourgram_counts(stream: np.ndarray, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique 4-gram keys (four 16-bit ids, ``uint64``) and raw counts; 4-grams that
    end in ``<s>`` or run across an article's end are left out.

    >>> keys, counts = fourgram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]), 0, 1)
    >>> [[(int(k) >> s) & ID16 for s in (48, 32, 16, 0)] for k in keys], counts.tolist()
    ([[0, 0, 3, 4], [0, 3, 4, 1]], [2, 2])
    """
    u, v, w, x = (stream[i : len(stream) - 3 + i].astype(np.uint64) for i in range(4))
    keep = (x != start) & (u != end) & (v != end) & (w != end)
    keys = (u[keep] << np.uint64(48)) | (v[keep] << np.uint64(32)) | (w[keep] << np.uint64(16)) | x[keep]
    return np.unique(keys, return_counts=True)


def continuation_counts(trigram_keys: np.ndarray, raw: np.ndarray, fourgram_keys: np.ndarray,
                        start: int) -> np.ndarray:
    """Order-3 counts: ``N1+(· v w x)`` over the 4-gram types, the raw count when ``v`` is ``<s>``.

    >>> tri, raw = trigram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]))
    >>> four, _ = fourgram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]), 0, 1)
    >>> continuation_counts(tri, raw, four, 0).tolist()
    [2, 2, 1]
    """
    v, w, x = ((fourgram_keys >> np.uint64(s)) & np.uint64(ID16) for s in (32, 16, 0))
    vwx = (v.astype(np.int64) << (2 * BITS)) | (w.astype(np.int64) << BITS) | x.astype(np.int64)
    types, n = np.unique(vwx, return_counts=True)
    where = np.searchsorted(trigram_keys, types)
    if not (trigram_keys[np.minimum(where, len(trigram_keys) - 1)] == types).all():
        raise ValueError("a 4-gram's last three tokens are no trigram of the stream")
    out = np.zeros(len(trigram_keys), dtype=np.int64)
    out[where] = n
    after_start = (trigram_keys >> (2 * BITS)) == start
    out = np.where(after_start, raw, out)
    if (out < 1).any():
        raise ValueError("a trigram without a continuation count")
    return out


def backed_off_log_p3(model: BackoffTrigram, v: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The decoder's ``log p(x | v w)``: stored ``p3``, else ``b3(v w) p2(x | w)`` (bigrams are all stored)."""
    def find(keys: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        return at, keys[at] == wanted

    at3, hit3 = find(model.trigram_keys, (v << (2 * BITS)) | (w << BITS) | x)
    at2, hit2 = find(model.bigram_keys, (w << BITS) | x)
    if not hit2.all():
        raise ValueError("a 4-gram's last two tokens are no stored bigram")
    atc, hitc = find(model.context_keys, (v << BITS) | w)
    log_b3 = np.where(hitc, model.log_b3[atc], 0.0)
    return np.where(hit3, model.log_p3[at3], log_b3 + model.log_p2[at2])


def relative_entropy(p: np.ndarray, lower: np.ndarray, context_of: np.ndarray, context_p: np.ndarray) -> np.ndarray:
    """What removing each n-gram alone would cost in relative entropy (Stolcke 1998).

    ``p``: its probability in its context; ``lower``: the back-off distribution's; the
    context's back-off weight is renormalised without it. ``context_p``: P(context).

    >>> cost = relative_entropy(np.array([0.5, 0.2]), np.array([0.1, 0.2]), np.array([0, 0]), np.array([1.0]))
    >>> bool(cost[0] > cost[1] > 0)
    True
    """
    rest = np.clip(1.0 - np.bincount(context_of, weights=p, minlength=len(context_p)), 1e-12, None)
    rest_low = np.clip(1.0 - np.bincount(context_of, weights=lower, minlength=len(context_p)), 1e-12, None)
    weight = (rest / rest_low)[context_of]
    weight_without = (rest[context_of] + p) / (rest_low[context_of] + lower)
    return context_p[context_of] * (p * (np.log(p) - np.log(weight_without * lower))
                                    + rest[context_of] * (np.log(weight) - np.log(weight_without)))


def context_probability(context_of: np.ndarray, raw: np.ndarray, tokens: int) -> np.ndarray:
    """P(context) from the raw counts of the n-grams that share it."""
    return np.bincount(context_of, weights=raw) / tokens


def trigram_entropy(model: BackoffTrigram, keys: np.ndarray, raw: np.ndarray, tokens: int) -> np.ndarray:
    """Stolcke's cost of each trigram of an unpruned ``model`` (its keys are ``keys``)."""
    bigram_of = np.searchsorted(model.bigram_keys, keys & ((1 << (2 * BITS)) - 1))
    _, context_of = np.unique(keys >> BITS, return_inverse=True)
    return relative_entropy(np.exp(model.log_p3), np.exp(model.log_p2[bigram_of]), context_of,
                            context_probability(context_of, raw, tokens))


def backoff_weights(context_of: np.ndarray, p: np.ndarray, lower: np.ndarray,
                    gamma: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each context's back-off weight renormalised over its kept n-grams, and whether it has any.

    Clipped to [γ, 1] (γ: nothing pruned): the plain ratio is unstable where the kept
    n-grams already hold nearly all the mass.

    >>> weights, has = backoff_weights(np.array([0]), np.array([0.5]), np.array([0.25]), np.array([0.2, 0.3]))
    >>> weights.round(3).tolist(), has.tolist()
    ([0.667, 1.0], [True, False])
    """
    mass = np.bincount(context_of, weights=p, minlength=len(gamma))
    mass_lower = np.bincount(context_of, weights=lower, minlength=len(gamma))
    weights = np.clip(np.clip(1.0 - mass, 1e-12, None) / np.clip(1.0 - mass_lower, 1e-12, None), gamma, 1.0)
    return weights, np.bincount(context_of, minlength=len(gamma)) > 0


def fourgram_level(model: BackoffTrigram, keys: np.ndarray, counts: np.ndarray, min_count: int,
                   threshold: float, tokens: int) -> dict:
    """The stored 4-grams (``p4``) and their contexts' back-off weights, quantised, as arrays.

    4-grams are kept when seen ``min_count`` times or more and, with a ``threshold``, when
    removing them would cost at least that much relative entropy.
    """
    u = ((keys >> np.uint64(48)) & np.uint64(ID16)).astype(np.int64)
    context_keys, context_of = np.unique(keys >> np.uint64(16), return_inverse=True)
    per_gram, discount_values = discounts(counts)
    total = np.bincount(context_of, weights=counts)
    gamma = np.bincount(context_of, weights=per_gram) / total
    v, w, x = (((keys >> np.uint64(s)) & np.uint64(ID16)).astype(np.int64) for s in (32, 16, 0))
    lower = np.exp(backed_off_log_p3(model, v, w, x))
    p4 = (counts - per_gram) / total[context_of] + gamma[context_of] * lower
    kept = (counts >= min_count) & (u < FIRST_LIMIT)
    if threshold:
        kept &= relative_entropy(p4, lower, context_of, context_probability(context_of, counts, tokens)) >= threshold
    keys, p4, lower, context_of = keys[kept], p4[kept], lower[kept], context_of[kept]
    b4, has_kept = backoff_weights(context_of, p4, lower, gamma)
    p4_codes, p4_book = quantise(np.log(p4))
    b4_codes, b4_book = quantise(np.log(b4[has_kept]))
    return {"gram_keys": keys.astype(np.int64), "gram_p4": p4_codes, "gram_p4_book": p4_book,
            "context_keys": context_keys[has_kept].astype(np.int64), "context_b4": b4_codes,
            "context_b4_book": b4_book, "discounts": discount_values}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count3", type=int, default=2, help="keep trigrams seen this often")
    parser.add_argument("--min-count4", type=int, default=2, help="keep 4-grams seen this often")
    parser.add_argument("--threshold", type=float, default=0.0,
                        help="also prune trigrams and 4-grams whose removal costs less relative entropy (Stolcke)")
    parser.add_argument("--threshold3", type=float, help="the trigrams' threshold, if not --threshold")
    parser.add_argument("--threshold4", type=float, help="the 4-grams' threshold, if not --threshold")
    parser.add_argument("--min-token-count", type=int, default=2, help="rarer tokens become <unk>")
    parser.add_argument("--holdout", type=int, default=0, help="hold out every N-th article")
    parser.add_argument("--out", type=Path, required=True, help="output folder")
    args = parser.parse_args()
    for level in ("threshold3", "threshold4"):
        if getattr(args, level) is None:
            setattr(args, level, args.threshold)

    began = time.time()
    args.out.mkdir(parents=True, exist_ok=True)
    train, _ = read_articles(shared_data_dir() / "vntc" / "train_full.jsonl.gz", args.holdout)
    stream, cases, forms = encode(train)
    stream, forms = prune_vocabulary(stream, forms, args.min_token_count)
    if len(forms) > ID16:
        raise SystemExit("vocabulary does not fit 16-bit ids")
    log_case = case_log_probs(stream, cases, len(forms))
    start, end = forms.index(START), forms.index(END)
    del cases
    tri_keys, tri_raw = trigram_counts(stream)
    four_keys, four_counts = fourgram_counts(stream, start, end)
    tokens = len(stream)
    del stream
    print(f"{len(tri_keys):,} trigram types, {len(four_keys):,} 4-gram types ({time.time() - began:.0f} s)", flush=True)
    tri_counts = continuation_counts(tri_keys, tri_raw, four_keys, start)
    keep = tri_raw >= args.min_count3
    if args.threshold3:
        full = estimate(tri_keys, tri_counts, len(forms), 1)
        keep &= trigram_entropy(full, tri_keys, tri_raw, tokens) >= args.threshold3
        del full
    model = estimate(tri_keys, tri_counts, len(forms), args.min_count3, keep=keep)
    digest = save(model, log_case, forms, args.out / "diacritics.npz")
    manifest = {"file": "diacritics.npz", "sha256": digest, "format": 1, "tone_style": "new",
                "min_count": args.min_count3, "threshold": args.threshold3, "min_token_count": args.min_token_count, "holdout": args.holdout,
                "order3_counts": "continuation", "discounts": list(model.discounts)}
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    level = fourgram_level(model, four_keys, four_counts, args.min_count4, args.threshold4, tokens)
    discount_values = level.pop("discounts")
    path = args.out / "fourgram.npz"
    np.savez_compressed(path, format=np.array([FORMAT, len(forms)]), **level)
    four_manifest = {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "format": FORMAT,
                     "trigram_model_sha256": digest, "min_count": args.min_count4, "threshold": args.threshold4, "holdout": args.holdout,
                     "discounts": list(discount_values), "fourgrams": len(level["gram_keys"]),
                     "contexts": len(level["context_keys"])}
    (args.out / "fourgram.json").write_text(json.dumps(four_manifest, indent=2) + "\n", encoding="utf-8")
    sizes = [(args.out / name).stat().st_size / 1e6 for name in ("diacritics.npz", "fourgram.npz")]
    print(f"kept {len(model.trigram_keys):,} trigrams, {len(level['gram_keys']):,} 4-grams in "
          f"{len(level['context_keys']):,} contexts; discounts {model.discounts} {discount_values}; "
          f"{sizes[0]:.1f} + {sizes[1]:.1f} MB in {time.time() - began:.0f} s")


if __name__ == "__main__":
    main()
