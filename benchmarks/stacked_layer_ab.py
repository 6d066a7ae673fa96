"""CPU time of the fast stacked layer alone (``vnnews.entities.stacked.relabel``) with two or
more model folders, alternating in one process, and whether their entities agree.

The rules' entities and the syllables of each article are computed once, outside the
timing; each pass runs ``relabel`` over every article with one model, the models taking
turns (best of ``--passes``), with the loaded objects kept out of the garbage collector.
Each folder holds ``<folder name>.crfsuite`` and its card ``<folder name>.json`` (its
switches: ``compact``, ``skip_plain`` ...). The first folder is the reference: the report
gives each model's CPU seconds, its ratio to the first, and the articles whose entities
are the first model's. A model before a change, e.g.:

    mkdir -p /tmp/old/entity_crf_fast && for f in crfsuite json; do git show \
        main:models/entity_crf_fast/entity_crf_fast.$f > /tmp/old/entity_crf_fast/entity_crf_fast.$f; done
    nice -n 10 env PYTHONPATH=. python benchmarks/stacked_layer_ab.py /tmp/old/entity_crf_fast models/entity_crf_fast
"""

from __future__ import annotations

import argparse
import gc
import gzip
import itertools
import json
import time
from pathlib import Path

from vnnews.entities import EntityRecognizer
from vnnews.entities.stacked import open_labeller, relabel
from vnnews.entities.tokens import syllables
from vnnews.normalize import normalize
from vnnews.resources import shared_data_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--articles", type=int, default=150, help="every 25th VNTC test article")
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    with gzip.open(shared_data_dir() / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [normalize(json.loads(line)["text"]) for line in itertools.islice(f, 0, 25 * args.articles, 25)]
    words = sum(len(t.split()) for t in texts)
    rules = EntityRecognizer(stacked=False)
    work = [(text, rules.extract(text), syllables(text)) for text in texts]
    models = {str(folder): open_labeller(str(folder / f"{folder.name}.crfsuite"), str(folder / f"{folder.name}.json"))
              for folder in args.folders}
    gc.collect()
    gc.freeze()
    best = {name: float("inf") for name in models}
    found: dict[str, list] = {}
    for _ in range(args.passes):
        for name, model in models.items():
            started = time.process_time()
            found[name] = [relabel(text, entities, model, syl) for text, entities, syl in work]
            best[name] = min(best[name], time.process_time() - started)
    first = str(args.folders[0])
    print(f"{len(texts)} VNTC test articles, {words:,} words; relabel alone, best of {args.passes} passes by CPU time")
    print("| model | CPU s | ratio to the first | words per CPU s | articles with the first's entities |")
    print("|---|---:|---:|---:|---:|")
    for name in models:
        same = sum(a == b for a, b in zip(found[name], found[first]))
        print(f"| {name} | {best[name]:.3f} | {best[name] / best[first]:.3f} | {words / best[name]:,.0f} | {same} / {len(texts)} |")


if __name__ == "__main__":
    main()
