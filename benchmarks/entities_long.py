"""Entity-step time on long texts, this checkout against another one, side by side.

The sample article (``../shared/data/samples/scraped_article_binh_dinh.txt``), or the text
of ``--text`` (e.g. ``benchmarks/data/posts_and_fixtures.txt``: posts before honorifics and a
match between two provinces, what the rules that scanned every post or place read), repeated to
each size, or with ``--train`` VNTC **train** articles joined in file order up to each size (a
feed dump: every kind of article, some without diacritics, so restoration and the reading of
the text as written run too), is given to ``extract_entities`` in a fresh process per checkout and size; the
report gives the CPU seconds of the call (``time.process_time``: the other jobs of a shared
machine count less), the seconds per 100 kB, and whether both checkouts found the same
entities (a digest of every entity's JSON). ``--skip-other-above`` spares the slow side the
largest sizes.

    mkdir -p /tmp/before && git archive COMMIT vnnews | tar -x -C /tmp/before
    ln -s "$PWD/models" /tmp/before/models
    nice -n 10 env PYTHONPATH=. python benchmarks/entities_long.py --other /tmp/before
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ONE_RUN = r"""
import hashlib, json, sys, time
from vnnews import extract_entities
from vnnews.resources import shared_data_dir
size = int(sys.argv[1])
path = sys.argv[2] or shared_data_dir() / "samples" / "scraped_article_binh_dinh.txt"
if sys.argv[3] == "train":
    import gzip
    articles, total = [], 0
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as f:
        while total < size:
            articles.append(json.loads(next(f))["text"])
            total += len(articles[-1]) + 1
    article, text = articles[0], "\n".join(articles)[:size]
    extract_entities(article, restore=True)  # the restoration model loaded before the timing
else:
    article = open(path, encoding="utf-8").read()
    text = ((article + "\n") * (size // len(article) + 1))[:size]
extract_entities(article)
start = time.process_time()
entities = extract_entities(text)
seconds = time.process_time() - start
digest = hashlib.sha256(json.dumps([e.to_dict() for e in entities], ensure_ascii=False, sort_keys=True).encode()).hexdigest()
print(json.dumps({"seconds": seconds, "entities": len(entities), "digest": digest[:12]}))
"""


def run(checkout: Path, size: int, text: Path | None = None, train: bool = False) -> dict:
    """One timing of ``size`` characters in a fresh process importing ``checkout``'s vnnews."""
    done = subprocess.run([sys.executable, "-c", ONE_RUN, str(size), str(text.resolve()) if text else "",
                           "train" if train else "repeat"], cwd=checkout, capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONPATH": str(checkout)})
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout (e.g. main before a change)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 300_000, 1_000_000])
    parser.add_argument("--text", type=Path, default=None, help="the text to repeat (default: the sample article)")
    parser.add_argument("--skip-other-above", type=int, default=None, help="time the other side only up to this size")
    parser.add_argument("--train", action="store_true", help="VNTC train articles joined, not one text repeated")
    parser.add_argument("--per-mb", action="store_true", help="report seconds per MB (default: per 100 kB)")
    args = parser.parse_args()
    unit, scale = ("MB", 1_000_000) if args.per_mb else ("100 kB", 100_000)
    print(f"| characters | other s | this s | other s/{unit} | this s/{unit} | other/this | same entities |")
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        this = run(ROOT, size, args.text, args.train)
        per = scale / size
        if args.skip_other_above is not None and size > args.skip_other_above:
            print(f"| {size:,} | – | {this['seconds']:.2f} | – | {this['seconds'] * per:.2f} | – | – |", flush=True)
            continue
        other = run(args.other.resolve(), size, args.text, args.train)
        same = "yes" if other["digest"] == this["digest"] else f"NO ({other['entities']} vs {this['entities']})"
        print(f"| {size:,} | {other['seconds']:.2f} | {this['seconds']:.2f} | {other['seconds'] * per:.2f} "
              f"| {this['seconds'] * per:.2f} | {other['seconds'] / this['seconds']:.2f} | {same} |", flush=True)


if __name__ == "__main__":
    main()
