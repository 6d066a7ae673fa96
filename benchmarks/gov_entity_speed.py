"""What entity features would cost the government detector at run time, side by side.

Run from the repository root (corpus at ../shared/data or VNNEWS_DATA):

    PYTHONPATH=. nice -n 10 python benchmarks/gov_entity_speed.py

CPU time per article over the first --articles VNTC test texts (no labels read), same
texts, same process, alternating --runs times (best run each): ``TopicModel.classify`` with
the shipped detector (the peer), and the extra work of the entity features of
vnnews.topics.government_entities: of the headline alone, of the headline and first
paragraph, and of the whole article. Prints articles/s of classify plus each and the ratio
to classify alone (the issue's floor: 300 articles/s).
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from itertools import islice

from vnnews.resources import shared_data_dir
from vnnews.topics import load_topic_model
from vnnews.topics.government_entities import entity_features


def seconds(work, texts: list[str]) -> float:
    started = time.process_time()
    work(texts)
    return time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    path = shared_data_dir() / "vntc" / "test_full.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, args.articles)]
    model = load_topic_model()
    model.classify(texts[:10])
    entity_features(texts[0], body=True)
    works = {
        "classify (shipped detector)": model.classify,
        "entities of the headline": lambda ts: [entity_features(t.lstrip().partition("\n")[0]) for t in ts],
        "entities of the headline and lead": lambda ts: [entity_features(t) for t in ts],
        "entities of the whole article": lambda ts: [entity_features(t, body=True) for t in ts],
    }
    best = {name: min(seconds(work, texts) for _ in range(args.runs)) for name, work in works.items()}
    base = best["classify (shipped detector)"]
    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{len(texts)} test articles, {words:.0f} words each on average; best of {args.runs} runs, CPU time")
    print("| | articles/s | ratio to classify |\n|---|---|---|")
    for name, spent in best.items():
        total = spent if name.startswith("classify") else base + spent
        label = name if name.startswith("classify") else f"classify + {name}"
        print(f"| {label} | {len(texts) / total:.0f} | {base / total:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
