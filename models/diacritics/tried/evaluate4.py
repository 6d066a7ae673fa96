"""Score the nineteenth stop's 4-gram candidates against the shipped configuration on dev.

Each configuration is ``NAME=DIR[:KEEP]``: the decoder of ``vnnews.restore`` with the
model built by ``build.py --holdout 20 --out DIR/diacritics.npz`` (format 1, a trigram
model, decoded second-order as before; format 2, with 4-grams, third-order). ``KEEP``
(default 4, as shipped) is the number of candidates kept per position. The sentences are those of ``benchmarks/diacritics.py --split dev`` (same
seed, same sample); each configuration goes through the whole shipped ``restore_diacritics``
(names, foreign-text rules) with only the model and decoder swapped. Speed: CPU time of
one pass over the sentences, configurations taking turns for ``--rounds`` rounds in one
process; the fastest pass of each counts.

    PYTHONPATH=.:models/diacritics nice -n 10 python models/diacritics/tried/evaluate4.py \\
        --heldout /tmp/dev/held.jsonl.gz shipped=/tmp/dev kn4=/tmp/kn4 kn4_5=/tmp/kn4:5
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import vnnews.restore
from benchmarks.diacritics import sample, score
from vnnews.normalize import remove_diacritics
from vnnews.restore.model import read_model


def configuration(spec: str) -> tuple[str, object, int]:
    """``NAME=DIR[:KEEP]`` -> (name, model, keep)."""
    name, _, rest = spec.partition("=")
    folder, *keep = rest.split(":")
    model = read_model(Path(folder) / "diacritics.npz", Path(folder) / "manifest.json")
    return name, model, int(keep[0]) if keep else 4


def one_pass(model, keep: int, inputs: list[str]) -> tuple[list[str], float]:
    """Outputs and CPU seconds of one pass with ``model`` and ``keep`` plugged into ``restore_diacritics``."""
    vnnews.restore.load_model = lambda: model
    vnnews.restore.KEEP = keep
    vnnews.restore.restore_diacritics("khoi dong")
    began = time.process_time()
    outputs = [vnnews.restore.restore_diacritics(text) for text in inputs]
    return outputs, time.process_time() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, required=True, help="held-out training articles (.jsonl.gz)")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3, help="alternating timing rounds")
    parser.add_argument("configs", nargs="+")
    args = parser.parse_args()

    gold, _ = sample(argparse.Namespace(split="dev", heldout=args.heldout, sentences=args.sentences, seed=args.seed))
    inputs = [remove_diacritics(s) for s in gold]
    configs = [configuration(spec) for spec in args.configs]
    results: dict[str, dict] = {}
    for round_ in range(args.rounds):
        for name, model, keep in configs:
            outputs, seconds = one_pass(model, keep, inputs)
            if round_ == 0:
                results[name] = score(gold, outputs) | {"seconds": seconds, "outputs": outputs}
            results[name]["seconds"] = min(results[name]["seconds"], seconds)
    base = results[configs[0][0]]
    for name, result in results.items():
        rate = result["syllables"] / result["seconds"]
        ratio = rate / (base["syllables"] / base["seconds"])
        gain = 100 * (result["syllable_accuracy"] - base["syllable_accuracy"])
        print(f"{name:14} syllables {result['syllable_accuracy']:.2%} ({gain:+.2f})  marked "
              f"{result['marked_accuracy']:.2%}  sentences {result['sentence_exact']:.2%}  "
              f"{rate:,.0f} syllables/s ({ratio:.2f}x)", flush=True)


if __name__ == "__main__":
    main()
