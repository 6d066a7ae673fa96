"""The whole Pipeline with the fast stacked layer on and off, and underthesea, side by side.

Loads ``Pipeline(stacked=False)`` and ``Pipeline(stacked="fast")`` (every other step on),
then times both over the same VNTC test articles (every 25th, as ``throughput.py``),
alternating them, best of ``--passes`` each, then underthesea's ``sent_tokenize`` +
``word_tokenize`` + ``ner`` (per sentence) over the same articles once. Words are the
input's whitespace-separated words. Wall time and this process's CPU time are both
reported (the CPU time is the steadier figure on a shared machine).

    nice -n 10 env PYTHONPATH=. python benchmarks/pipeline_stacked_speed.py [--articles 150 --passes 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import sample_articles  # noqa: E402

from vnnews.pipeline import load  # noqa: E402


def timed(run, texts) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of ``run`` over ``texts``."""
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        run(text)
    return time.perf_counter() - wall, time.process_time() - cpu


def underthesea_run():
    from underthesea import ner, sent_tokenize, word_tokenize

    def run(text: str) -> None:
        word_tokenize(text)
        for sentence in sent_tokenize(text):
            ner(sentence)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    texts = [a["text"] for a in sample_articles(args.articles)]
    words = sum(len(t.split()) for t in texts)
    sides = {"Pipeline(stacked=False)": load(stacked=False), "Pipeline(stacked=\"fast\")": load(stacked="fast")}
    best = {name: (float("inf"), float("inf")) for name in sides}
    for _ in range(args.passes):
        for name, nlp in sides.items():
            wall, cpu = timed(nlp, texts)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    peer = underthesea_run()
    peer(texts[0])  # load underthesea's models outside the timing
    best["underthesea sent+word+ner"] = timed(peer, texts)
    print(f"{len(texts)} VNTC test articles, {words:,} words; vnnews best of {args.passes} passes, underthesea one")
    print("| run | wall s | words/s | CPU s | words per CPU s |\n|---|---:|---:|---:|---:|")
    for name, (wall, cpu) in best.items():
        print(f"| {name} | {wall:.1f} | {words / wall:,.0f} | {cpu:.1f} | {words / cpu:,.0f} |")
    off, fast, peer_time = best["Pipeline(stacked=False)"], best["Pipeline(stacked=\"fast\")"], best["underthesea sent+word+ner"]
    print(f"\nfast / off: {off[0] / fast[0]:.3f} by wall time, {off[1] / fast[1]:.3f} by CPU time")
    for name, side in (("off", off), ("fast", fast)):
        print(f"{name} vs underthesea: {peer_time[0] / side[0]:.2f}x by wall time, "
              f"{peer_time[1] / side[1]:.2f}x by CPU time (target >= 5x)")


if __name__ == "__main__":
    main()
