"""Sentence boundaries this checkout adds and removes against another one, on VNTC training articles.

No gold here: the changed boundaries are printed with their context so a reader can check each
(``ADD`` a boundary only this checkout makes, ``DEL`` one only the other makes; ``‖`` marks it,
``⏎`` a line break). Articles are a seeded shuffle of ``train_full``.

    mkdir -p /tmp/main_checkout && git archive main vnnews | tar -x -C /tmp/main_checkout
    python benchmarks/sentences_changes.py --other /tmp/main_checkout --seed 11 --articles 2000
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sentences import load_other  # noqa: E402

from vnnews.resources import shared_data_dir  # noqa: E402
from vnnews.segment.sentences import sentence_spans  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout (holds vnnews/)")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    other = load_other(args.other.resolve())
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    random.Random(args.seed).shuffle(texts)
    changes, sentences = [], 0
    for text in texts[: args.articles]:
        before = {end for _, end in other(text)}
        after = {end for _, end in sentence_spans(text)}
        sentences += len(after)
        for kind, ends in (("ADD", after - before), ("DEL", before - after)):
            changes += [(kind, text[max(0, end - 70) : end] + "‖" + text[end : end + 50]) for end in sorted(ends)]
    added = sum(kind == "ADD" for kind, _ in changes)
    print(f"{args.articles} articles, {sentences} sentences: {added} boundaries added, {len(changes) - added} removed")
    for kind, context in changes:
        print(kind, context.replace("\n", "⏎"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
