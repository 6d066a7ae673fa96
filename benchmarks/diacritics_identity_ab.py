"""Diacritic restoration of this checkout against another one: every output string compared,
and the CPU time of each side in alternating fresh processes.

Inputs, each stripped of diacritics and restored in one ``restore_diacritics`` call:

- ``sentences``: the seeded sample of ``benchmarks/diacritics.py`` (``--split dev --heldout
  FILE``, the default split: sentences of held-out training articles; ``--sentences``, ``--seed``);
- ``articles``: ``--articles`` whole VNTC **train** articles (a seeded sample).

Each side runs in its own process with its own ``vnnews`` (``PYTHONPATH`` set to its
checkout), restores every input once (the outputs), then times ``--passes`` passes over the
sentences (CPU time, ``time.process_time``; the fastest counts). The sides alternate for
``--rounds`` rounds (other, this, other, this, ...) and the outputs of every round are
compared string by string with the first round of the other side. Make the other checkout
with ``git archive``, e.g. main:

    mkdir -p /tmp/main_side && git archive main vnnews | tar -x -C /tmp/main_side
    ln -s "$PWD/models" /tmp/main_side/models
    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/diacritics_identity_ab.py \\
        --other /tmp/main_side --heldout HELD.jsonl.gz
"""

from __future__ import annotations

import argparse
import gc
import gzip
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

from checkout_sides import ROOT, check_other, comparison_parser, run_side
from diacritics_names import add_sample_arguments, sample_arguments, use_model


def side(args: argparse.Namespace) -> dict:
    """Outputs of this process's ``vnnews`` and the fastest CPU time of a pass over the sentences."""
    import diacritics as bench
    from vnnews.normalize import remove_diacritics
    from vnnews.resources import shared_data_dir
    from vnnews.restore import restore_diacritics

    use_model(args)
    gold, _ = bench.sample(args)
    train = bench.read_texts(shared_data_dir() / "vntc" / "train_full.jsonl.gz")
    articles = random.Random(args.seed).sample(train, args.articles)
    del train
    gc.collect()
    sentences = [remove_diacritics(s) for s in gold]
    inputs = {"sentences": sentences, "articles": [remove_diacritics(a) for a in articles]}
    began = time.process_time()
    restore_diacritics("khoi dong")
    load = time.process_time() - began
    outputs = {name: [restore_diacritics(text) for text in texts] for name, texts in inputs.items()}
    seconds = []
    for _ in range(args.passes):
        began = time.process_time()
        for text in sentences:
            restore_diacritics(text)
        seconds.append(time.process_time() - began)
    syllables = sum(len(bench.syllables(s)) for s in gold)
    return {"outputs": outputs, "seconds": min(seconds), "load": load, "syllables": syllables}


def main() -> None:
    parser = comparison_parser(__doc__.splitlines()[0])
    add_sample_arguments(parser)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--passes", type=int, default=3, help="timing passes per process; the fastest counts")
    parser.add_argument("--rounds", type=int, default=3, help="alternating processes per side")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(side(args), ensure_ascii=False))
        return
    other = check_other(parser, args)
    script = str(Path(__file__).resolve())
    arguments = sample_arguments(args) + ["--articles", str(args.articles), "--passes", str(args.passes)]
    runs: dict[str, list[dict]] = {"other": [], "this": []}
    for _ in range(args.rounds):
        for name, checkout in (("other", other), ("this", ROOT)):
            runs[name].append(run_side(script, checkout, arguments))
            print(f"{name}: {runs[name][-1]['seconds']:.3f} s CPU", file=sys.stderr, flush=True)
    reference = runs["other"][0]["outputs"]
    for group, expected in reference.items():
        differing = max(sum(a != b for a, b in zip(expected, run["outputs"][group]))
                        for run in runs["other"] + runs["this"])
        digest = hashlib.sha256("\n\0".join(expected).encode()).hexdigest()[:16]
        print(f"{group}: {len(expected)} inputs, {sum(map(len, expected)):,} characters, "
              f"outputs differing from the other side's first run (worst run): {differing}; sha256 {digest}")
    syllables = runs["this"][0]["syllables"]
    medians = {}
    for name, label in (("other", "other"), ("this", "this checkout")):
        seconds = [run["seconds"] for run in runs[name]]
        medians[name] = statistics.median(seconds)
        print(f"{label:14} CPU s per pass (fastest of {args.passes}, per round): "
              f"{', '.join(f'{s:.3f}' for s in seconds)}; median {medians[name]:.3f} = "
              f"{syllables / medians[name]:,.0f} syllables/s; load (CPU) median "
              f"{statistics.median(run['load'] for run in runs[name]):.2f} s")
    print(f"speed this/other: {medians['other'] / medians['this']:.2f}x ({syllables:,} syllables)")


if __name__ == "__main__":
    main()
