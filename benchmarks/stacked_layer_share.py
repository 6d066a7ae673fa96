"""The fast stacked layer's share of the Pipeline's CPU time: ``Pipeline(stacked="fast")`` over
VNTC articles, with the time spent in ``vnnews.entities.stacked.relabel`` (the layer: pieces,
document marks, feature rows, CRFsuite, the merge) counted by a wrapper around it.

One process, this checkout (``PYTHONPATH``); the models are loaded and one article run before
the timing, the loaded objects kept out of the garbage collector; best of ``--passes`` by the
Pipeline's CPU time. To compare two checkouts, run it in each, alternating, a few times. The
articles are ``throughput.py``'s (every 25th VNTC test article) or, with ``--train``, every
100th VNTC training article.

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA=../shared/data python benchmarks/stacked_layer_share.py --articles 150 --passes 3
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import sample_articles  # noqa: E402

from vnnews.entities import stacked  # noqa: E402
from vnnews.pipeline import load  # noqa: E402
from vnnews.resources import shared_data_dir  # noqa: E402


def train_articles(n: int) -> list[str]:
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, 0, 100 * n, 100)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--train", action="store_true", help="VNTC training articles (every 100th)")
    args = parser.parse_args()
    texts = train_articles(args.articles) if args.train else [a["text"] for a in sample_articles(args.articles)]
    words = sum(len(t.split()) for t in texts)
    spent = [0.0]
    inner = stacked.relabel

    def counted(*a, **k):
        started = time.process_time()
        try:
            return inner(*a, **k)
        finally:
            spent[0] += time.process_time() - started

    stacked.relabel = counted  # the recognizer imports it from the module at each call
    nlp = load(stacked="fast")
    nlp(texts[0])
    gc.collect()
    gc.freeze()
    best = None
    for _ in range(args.passes):
        spent[0] = 0.0
        started = time.process_time()
        for text in texts:
            nlp(text)
        total = time.process_time() - started
        if best is None or total < best[0]:
            best = (total, spent[0])
    total, layer = best
    print(f"{len(texts)} VNTC {'train' if args.train else 'test'} articles, {words:,} words; best of {args.passes} "
          f"passes by CPU time: Pipeline(stacked=\"fast\") {total:.3f} s, of which relabel {layer:.3f} s "
          f"= {100 * layer / total:.1f} %")


if __name__ == "__main__":
    main()
