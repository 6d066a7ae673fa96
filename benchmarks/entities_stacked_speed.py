"""Entity-step speed with and without the stacked layers, side by side in one run.

Times ``EntityRecognizer(stacked=False).extract`` (the rules), ``stacked="fast"`` and
``stacked="full"`` over the same normalised VNTC test articles, alternating them (best of
``--passes`` each), and reports words/s (by wall time and by this process's CPU time, the
steadier figure on a shared machine) and the ratios to the rules. Models are loaded before
the timing. ``--no-full`` leaves the slow full layer out.

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_stacked_speed.py [--articles 40 --passes 3] [--no-full]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time

from vnnews.entities import EntityRecognizer
from vnnews.normalize import normalize
from vnnews.resources import shared_data_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=40)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--no-full", action="store_true", help="leave out stacked=\"full\" (20x slower)")
    args = parser.parse_args()
    with gzip.open(shared_data_dir() / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [normalize(json.loads(line)["text"]) for line in itertools.islice(f, args.articles)]
    words = sum(len(t.split()) for t in texts)
    layers = [False, "fast"] + ([] if args.no_full else ["full"])
    sides = {layer: EntityRecognizer(stacked=layer) for layer in layers}
    for recognizer in sides.values():
        recognizer.extract(texts[0])  # load gazetteer, CRF model and underthesea outside the timing
    best = {name: (0.0, 0.0) for name in sides}  # (words per wall second, words per CPU second)
    for _ in range(args.passes):
        for name, recognizer in sides.items():
            wall, cpu = time.perf_counter(), time.process_time()
            for text in texts:
                recognizer.extract(text)
            rates = words / (time.perf_counter() - wall), words / (time.process_time() - cpu)
            best[name] = (max(best[name][0], rates[0]), max(best[name][1], rates[1]))
    print(f"{args.articles} VNTC test articles, {words} words, best of {args.passes} passes")
    print("| entity step | words/s | ratio to the rules | words per CPU s | ratio to the rules |\n|---|---:|---:|---:|---:|")
    for layer, (rate, cpu_rate) in best.items():
        print(f"| EntityRecognizer(stacked={layer!r}).extract | {rate:,.0f} | {rate / best[False][0]:.3f} "
              f"| {cpu_rate:,.0f} | {cpu_rate / best[False][1]:.3f} |")

if __name__ == "__main__":
    main()
