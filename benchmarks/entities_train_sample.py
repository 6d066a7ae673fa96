"""Entities found on a seeded sample of VNTC *training* sentences, one line each, to read
what the rules miss and to diff the output of two checkouts (the fifth pass chose its
rules this way; test articles are never sampled).

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_train_sample.py --seed 2718 --per-topic 110 > after.txt
    (cd /tmp/before && nice -n 10 env PYTHONPATH=. python "$OLDPWD/benchmarks/entities_train_sample.py" \
        --seed 2718 --per-topic 110) > before.txt
    diff before.txt after.txt | grep ORGANIZATION

Each line: article id#sentence, label, entity text, and the entity in its context.
``--stacked fast`` reads the entities with the fast stacked layer on (default: the rules
alone), to diff two fast models.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from collections import defaultdict

from vnnews.entities import extract_entities
from vnnews.resources import shared_data_dir
from vnnews.segment import sent_tokenize


def sample_articles(seed: int, per_topic: int) -> list[dict]:
    """``per_topic`` training articles of each topic, shuffled with ``seed``, topics in order."""
    path = shared_data_dir() / "vntc" / "train_full.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    random.Random(seed).shuffle(rows)
    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_topic[row["label"]].append(row)
    return [row for topic in sorted(by_topic) for row in by_topic[topic][:per_topic]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2718)
    parser.add_argument("--per-topic", type=int, default=110)
    parser.add_argument("--whole", action="store_true",
                        help="extract from whole articles (as the Pipeline does), lines 'id@offset'")
    parser.add_argument("--stacked", choices=("off", "fast"), default="off", help="the stacked layer (default off)")
    args = parser.parse_args()
    stacked = "fast" if args.stacked == "fast" else False
    for row in sample_articles(args.seed, args.per_topic):
        if args.whole:
            text = row["text"]
            for e in extract_entities(text, stacked=stacked):
                context = text[max(0, e.start - 30):e.end + 30].replace("\n", " ")
                print(f"{row['id']}@{e.start}\t{e.label}\t{e.text}\t|| {context}")
            continue
        for number, sentence in enumerate(sent_tokenize(row["text"])):
            for e in extract_entities(sentence, stacked=stacked):
                context = sentence[max(0, e.start - 30):e.end + 30]
                print(f"{row['id']}#{number}\t{e.label}\t{e.text}\t|| {context}")


if __name__ == "__main__":
    main()
