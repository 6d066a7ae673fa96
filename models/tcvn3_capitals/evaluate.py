"""TCVN3 encode -> decode of VNTC articles: how many words come back in the wrong case?

Encodes each article with ``vnnews.normalize.encode(text, "tcvn3")`` (articles with a
character TCVN3 cannot write are skipped), decodes it, and compares word by word with the
article (both in the old tone style). Prints the wrong words with no context table (all
toned capitals inside sentences lower case), with the shipped table, and with the tables
``--table`` names (JSON files written by ``build.py --out``), each with ``--margin``
applied to its counts.

    nice -n 10 env PYTHONPATH=. python models/tcvn3_capitals/evaluate.py --split train --skip 27000 --articles 1500 \\
        --table /tmp/tcvn3_capitals_27k.json --margin 1 2 3
    nice -n 10 env PYTHONPATH=. python models/tcvn3_capitals/evaluate.py --split test --articles 1000
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from pathlib import Path

from vnnews.corpus import iter_records
from vnnews.errors import EncodingError, ModelError
from vnnews.normalize import decode, encode, normalize, tcvn3_capitals
from vnnews.resources import shared_data_dir


def article_pairs(split: str, skip: int, articles: int):
    """(encoded, expected) for each article that TCVN3 can write."""
    records = iter_records(shared_data_dir() / "vntc" / f"{split}_full.jsonl.gz")
    for record in itertools.islice(records, skip, skip + articles):
        text = normalize(record.text, tone_style="old", legacy="none")
        try:
            yield encode(text, "tcvn3"), text
        except EncodingError:
            continue


def case_errors(pairs, contexts, neighbours=None) -> tuple[int, int, Counter]:
    """(wrong words, words, the most frequent (decoded, expected) errors) with ``contexts``
    and the neighbour table ``neighbours`` (None: none)."""
    original = tcvn3_capitals.capital_contexts, tcvn3_capitals.capital_neighbours
    tcvn3_capitals.capital_contexts = lambda: contexts
    tcvn3_capitals.capital_neighbours = lambda: neighbours or {}
    try:
        wrong = total = 0
        errors = Counter()
        for encoded, expected in pairs:
            decoded = normalize(decode(encoded, "tcvn3"), tone_style="old", legacy="none").split()
            for a, b in zip(decoded, expected.split()):
                total += 1
                if a != b:
                    wrong += 1
                    errors[a, b] += 1
        return wrong, total, errors
    finally:
        tcvn3_capitals.capital_contexts, tcvn3_capitals.capital_neighbours = original


def table_with_margin(path: Path, margin: float) -> dict[str, frozenset[str]]:
    """The contexts of a built table in which ``capital > margin * lower``."""
    words = json.loads(path.read_text(encoding="utf-8"))["words"]
    chosen = {w: frozenset(c for c, (cap, low) in contexts.items() if cap > margin * low) for w, contexts in words.items()}
    return {w: c for w, c in chosen.items() if c}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["train", "test"], default="test")
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--table", type=Path, action="append", default=[])
    parser.add_argument("--margin", type=float, nargs="+", default=[1.0])
    parser.add_argument("--neighbours", type=Path, help="a neighbour table (build.py --neighbours-out) to add to each")
    parser.add_argument("--odds", type=float, nargs="+", default=[], help="odds thresholds to try with --neighbours")
    parser.add_argument("--show", type=int, default=12)
    args = parser.parse_args()
    pairs = list(article_pairs(args.split, args.skip, args.articles))
    print(f"VNTC {args.split} articles {args.skip}-{args.skip + args.articles}: {len(pairs)} TCVN3 can write")
    tables = [("no context table", {}, None)]
    try:
        tables.append(("shipped table", tcvn3_capitals.capital_contexts(), None))
        tables.append(("shipped tables + neighbours", tcvn3_capitals.capital_contexts(), tcvn3_capitals.capital_neighbours()))
    except ModelError:
        print("(no shipped table yet)")
    tables += [(f"{path.name}, margin {m:g}", table_with_margin(path, m), None) for path in args.table for m in args.margin]
    if args.neighbours:
        table = json.loads(args.neighbours.read_text(encoding="utf-8"))
        neighbours = {word: {key: tuple(counts) for key, counts in keys.items()} for word, keys in table["words"].items()}
        with_odds = [{**neighbours, "": {"odds": (odds, 1)}} for odds in args.odds or [table["odds"]]]
        names = [f"odds {odds:g}" for odds in args.odds or [table["odds"]]]
        tables += [
            (f"{name} + {args.neighbours.name}, {odds}", contexts, table)
            for name, contexts, _ in tables[3:]
            for odds, table in zip(names, with_odds)
        ]
    for name, contexts, neighbours in tables:
        wrong, total, errors = case_errors(pairs, contexts, neighbours)
        print(f"{name}: {wrong} of {total} words wrong ({100 * wrong / total:.3f} %)")
        print("   ", [f"{a}/{b} {n}" for (a, b), n in errors.most_common(args.show)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
