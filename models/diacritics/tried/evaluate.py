"""Score the tried additions to the diacritics decoder on held-out TRAINING sentences.

Tried, not shipped (see ``models/diacritics/MODEL_CARD.md``, "Tried, not shipped"). The
shipped decoder (``vnnews.restore``) runs as is, with its trigram model replaced by the
one in ``--models`` and its ``best_forms`` by :func:`decode`, which adds any of:

- ``window=W``: the window model's score times ``W`` on every candidate before pruning;
- ``fourgram``: the 4-gram second pass over the Viterbi path (``rescore.py``);
- ``gate=G``: with ``fourgram``, the window score (times ``W``) only in that second pass,
  where the best two candidates are less than ``G`` nats apart;
- ``reverse=R``: the right-to-left trigram's scores times ``R`` in the Viterbi pass.

``--models DIR`` holds the files of one build with ``--holdout 20``: ``diacritics.npz`` +
``manifest.json`` (``build.py``), ``window.npz`` + ``window.json``, ``fourgram.npz`` +
``fourgram.json``, and ``reverse/diacritics.npz`` + ``reverse/manifest.json``
(``build.py --reverse``). Configurations are given as e.g. ``base window=0.1
fourgram window=0.1,fourgram``; the sentences are those of
``benchmarks/diacritics.py --split dev`` (same seed, same sample).

    PYTHONPATH=.:models/diacritics:models/diacritics/tried nice -n 10 python \\
        models/diacritics/tried/evaluate.py --models /tmp/dev --heldout /tmp/dev/held.jsonl.gz base fourgram
"""

from __future__ import annotations

import argparse
import functools
import time
from pathlib import Path

import numpy as np

import vnnews.restore
from benchmarks.diacritics import sample, score
from fourgram import read_fourgram
from rescore import rescore
from reverse import ReverseModel
from vnnews.normalize import remove_diacritics
from vnnews.restore.lattice import Lattice
from vnnews.restore.model import TrigramModel, read_model
from vnnews.restore.viterbi import best_path, pair_scores, prune, trigram_scores
from window import key_of_form, read_window


def reverse_scores(ids: np.ndarray, valid: np.ndarray, reverse: ReverseModel) -> np.ndarray:
    """``scores[t - 2, i, j, k] = log p(cand i at t-2 | cand j at t-1, cand k at t)``, right to left."""
    tri_valid = valid[:-2, :, None, None] & valid[1:-1, None, :, None] & valid[2:, None, None, :]
    t, i, j, k = np.nonzero(tri_valid)
    scores = np.zeros(tri_valid.shape, dtype=np.float32)
    scores[t, i, j, k] = reverse.scores(ids[t, i], ids[t + 1, j], ids[t + 2, k])
    scores[0] = 0.0  # "<s> ." only stand for the text before the line: nothing to predict there
    return scores


def decode(lattice: Lattice, model: TrigramModel, keep: int, window=None, window_weight: float = 0.0,
           gate: float | None = None, fourgram=None, reverse=None, reverse_weight: float = 0.0) -> list[int]:
    """``vnnews.restore.viterbi.best_forms`` with the tried additions (see the module docstring)."""
    ids, valid = lattice.as_arrays()
    case = model.log_case[np.asarray(lattice.cases)[:, None], ids]
    if window_weight and gate is None:
        case += window_weight * window.lattice_scores(lattice, model, ids)
    ids, valid, log_p2, log_b3, pair_at, case = prune(ids, valid, *pair_scores(ids, valid, model), case, keep)
    scores = trigram_scores(ids, valid, log_p2, log_b3, pair_at, model) + case[2:, None, None, :]
    if reverse_weight:
        scores += reverse_weight * reverse_scores(ids, valid, reverse)
    path = best_path(scores)
    if fourgram is None:
        return [int(ids[t, c]) for t, c in enumerate(path)]
    bonus = window_weight * window.lattice_scores(lattice, model, ids) if gate is not None else None
    return rescore(ids, valid, case, path, model, fourgram, bonus, gate or 0.0)


def settings(config: str) -> dict:
    """``"window=0.1,fourgram"`` -> keyword arguments of :func:`decode` (models added later)."""
    out: dict = {}
    for part in filter(None, config.split(",")):
        name, _, value = part.partition("=")
        if name == "window":
            out["window_weight"] = float(value)
        elif name == "gate":
            out["gate"] = float(value)
        elif name == "reverse":
            out["reverse_weight"] = float(value or 1)
        elif name == "fourgram":
            out["fourgram"] = True
        elif name != "base":
            raise SystemExit(f"unknown setting {name}")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", type=Path, required=True)
    parser.add_argument("--heldout", type=Path, required=True, help="held-out training articles (.jsonl.gz)")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("configs", nargs="+")
    args = parser.parse_args()

    gold, _ = sample(argparse.Namespace(split="dev", heldout=args.heldout, sentences=args.sentences, seed=args.seed))
    inputs = [remove_diacritics(s) for s in gold]
    model = read_model(args.models / "diacritics.npz", args.models / "manifest.json")
    vnnews.restore.load_model = lambda: model  # the held-out build instead of the shipped one
    keys = key_of_form(model.forms, model.candidates, model.unknown)
    loaded: dict = {}
    for config in args.configs:
        extra = settings(config)
        if "window_weight" in extra and "window" not in loaded:
            loaded["window"] = read_window(args.models / "window.npz", args.models / "window.json", keys)
        if extra.get("fourgram") and "fourgram" not in loaded:
            loaded["fourgram"] = read_fourgram(args.models / "fourgram.npz", args.models / "fourgram.json",
                                               len(model.forms))
        if "reverse_weight" in extra and "reverse" not in loaded:
            backward = read_model(args.models / "reverse" / "diacritics.npz", args.models / "reverse" / "manifest.json")
            loaded["reverse"] = ReverseModel(backward, model)
        extra.update(window=loaded.get("window"), reverse=loaded.get("reverse"),
                     fourgram=loaded.get("fourgram") if extra.get("fourgram") else None)
        vnnews.restore.best_forms = functools.partial(decode, **extra)
        vnnews.restore.restore_diacritics("khoi dong")
        began = time.process_time()
        predicted = [vnnews.restore.restore_diacritics(text) for text in inputs]
        seconds = time.process_time() - began
        result = score(gold, predicted)
        print(f"{config:32} syllables {result['syllable_accuracy']:.2%}  marked {result['marked_accuracy']:.2%}  "
              f"sentences {result['sentence_exact']:.2%}  {result['syllables'] / seconds:,.0f} syllables/s",
              flush=True)


if __name__ == "__main__":
    main()
