"""Entity output of this checkout against another one, byte for byte, with the time of each side.

Every input goes through ``extract_entities`` and through the ``Pipeline`` (sentences and
entities; no words, no topic) in a fresh process per checkout; each entity's full JSON
(``to_dict``: label, start, end, text, name and every attribute) is hashed per input, and the
report counts the inputs whose entities differ (0 is the claim; ``--stacked fast`` compares the
fast stacked layer's output instead of the rules') and gives each side's CPU time
per group (``time.process_time``). The inputs:

- ``gold``: the text of every sentence of ``benchmarks/data/entities_gold.jsonl`` but the fresh
  batches (``entities.FRESH``, the lead's fresh test);
- ``train``: ``--articles`` VNTC **train** articles (a seeded sample), whole;
- ``train-nfd`` / ``train-unaccented``: the same articles decomposed (NFD), and with every
  other line written without diacritics (so the restoration step runs, on part of the text);
- ``long``: VNTC train articles joined to each of ``--sizes`` characters (``extract_entities``
  only: the Pipeline refuses texts over its ``max_length``).

Make the other checkout with ``git archive``, e.g. the branch start:

    mkdir -p /tmp/before && git archive COMMIT vnnews | tar -x -C /tmp/before
    ln -s "$PWD/models" /tmp/before/models
    nice -n 10 env PYTHONPATH=. VNNEWS_DATA=../shared/data python benchmarks/entities_identity_ab.py --other /tmp/before
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from entities import FRESH  # noqa: E402

ONE_SIDE = r"""
import gzip, hashlib, json, random, sys, time, unicodedata
from vnnews import Pipeline, extract_entities
from vnnews.normalize import remove_diacritics
from vnnews.resources import shared_data_dir
gold_path, articles, seed, sizes, groups, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5], sys.argv[6]
stacked = False if sys.argv[7] == "off" else sys.argv[7]
fresh = set(sys.argv[8].split(","))
sizes, groups = [int(s) for s in sizes.split(",") if s], set(groups.split(","))
with open(gold_path, encoding="utf-8") as f:
    gold = [row["text"] for row in map(json.loads, f) if row.get("batch") not in fresh]
with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as f:
    train = [json.loads(line)["text"] for line in f]
picked = random.Random(seed).sample(range(len(train)), articles + 200)
sample = [train[i] for i in picked[:articles]]
joined = "\n".join(train[i] for i in picked[articles:] + picked[:articles])
while len(joined) < max(sizes, default=0):
    joined += "\n" + joined
unaccented = ["\n".join(remove_diacritics(line) if n % 2 else line for n, line in enumerate(t.split("\n"))) for t in sample]
inputs = {"gold": gold, "train": sample, "train-nfd": [unicodedata.normalize("NFD", t) for t in sample],
          "train-unaccented": unaccented, "long": [joined[:size] for size in sizes]}
nlp = Pipeline(words=False, topic=False, stacked=stacked).load()
readers = {"extract_entities": lambda t: extract_entities(t, stacked=stacked), "Pipeline": lambda t: nlp(t).entities}
readers["extract_entities"](gold[0]), nlp(gold[0]), readers["extract_entities"](unaccented[0]), nlp(unaccented[0])  # models loaded before timing
with open(out, "w", encoding="utf-8") as report:
    for group, texts in inputs.items():
        for reader, read in readers.items():
            if group not in groups or (group == "long" and reader == "Pipeline"):
                continue
            digests, entities, started = [], 0, time.process_time()
            for text in texts:
                found = [json.dumps(e.to_dict(), ensure_ascii=False, sort_keys=True) for e in read(text)]
                digests.append(hashlib.sha1("\n".join(found).encode("utf-8", "surrogatepass")).hexdigest())
                entities += len(found)
            seconds = time.process_time() - started
            print(json.dumps({"group": group, "reader": reader, "texts": len(texts), "chars": sum(map(len, texts)),
                              "entities": entities, "seconds": seconds, "digests": digests}), file=report, flush=True)
"""


def one_side(checkout: Path, args: argparse.Namespace) -> dict[tuple[str, str], dict]:
    """Run every group in a fresh process importing ``checkout``'s vnnews; its rows by (group, reader)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "side.jsonl"
        subprocess.run([sys.executable, "-c", ONE_SIDE, str(args.gold.resolve()), str(args.articles), str(args.seed),
                        ",".join(map(str, args.sizes)), ",".join(args.groups), str(out), args.stacked,
                        ",".join(FRESH)],
                       cwd=checkout, check=True, env={**os.environ, "PYTHONPATH": str(checkout)})
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {(row["group"], row["reader"]): row for row in rows}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout (holds vnnews/)")
    parser.add_argument("--gold", type=Path, default=ROOT / "benchmarks" / "data" / "entities_gold.jsonl")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000_000], help="characters of the joined texts")
    parser.add_argument("--groups", nargs="+", default=["gold", "train", "train-nfd", "train-unaccented", "long"])
    parser.add_argument("--stacked", choices=("off", "fast"), default="off",
                        help="the stacked layer of both sides (off: the rules alone)")
    args = parser.parse_args()
    other = one_side(args.other.resolve(), args)
    this = one_side(ROOT, args)
    print("| input | read by | texts | characters | entities (this) | texts whose entities differ "
          "| other CPU s | this CPU s | other/this |")
    print("|---|---|---|---|---|---|---|---|---|")
    for key, mine in this.items():
        theirs = other[key]
        differ = sum(a != b for a, b in zip(mine["digests"], theirs["digests"]))
        print(f"| {key[0]} | {key[1]} | {mine['texts']:,} | {mine['chars']:,} | {mine['entities']:,} | {differ} "
              f"| {theirs['seconds']:.2f} | {mine['seconds']:.2f} | {theirs['seconds'] / max(mine['seconds'], 1e-9):.2f} |")


if __name__ == "__main__":
    main()
