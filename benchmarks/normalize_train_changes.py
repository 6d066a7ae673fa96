"""Which VNTC training articles does ``vnnews.normalize`` change between two checkouts?

The false-positive check of a normalisation change: every training article is normalised
by this checkout and by another one (each in a fresh process importing its own
``vnnews``); the script counts the articles whose output differs and prints the changed
words of each (up to ``--show`` articles).

    mkdir -p /tmp/before && git archive COMMIT vnnews models | tar -x -C /tmp/before
    nice -n 10 env PYTHONPATH=. python benchmarks/normalize_train_changes.py --other /tmp/before
"""

from __future__ import annotations

import argparse
import difflib
import gzip
import hashlib
import itertools
import json
from pathlib import Path

from checkout_sides import ROOT, check_other, comparison_parser, run_side

def training_texts(limit: int | None):
    """The texts of the first ``limit`` (all: None) training articles (``vnnews`` is the
    checkout on PYTHONPATH)."""
    from vnnews.resources import shared_data_dir

    data = shared_data_dir()
    if data is None:
        raise FileNotFoundError("../shared/data not found: set VNNEWS_DATA")
    with gzip.open(data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in itertools.islice(lines, limit):
            yield json.loads(line)["text"]


def _side(args) -> None:
    """In a fresh process: print the digest of each normalised article, or the normalised
    text of the articles ``--indices`` names."""
    from vnnews.normalize import normalize

    wanted = set(map(int, args.indices.split(","))) if args.indices else None
    out = {}
    for index, text in enumerate(training_texts(args.articles)):
        if wanted is None:
            out[index] = hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()
        elif index in wanted:
            out[index] = normalize(text)
    print(json.dumps(out, ensure_ascii=False))


def _run(checkout: Path, articles: int | None, indices: list[int] | None = None) -> dict[int, str]:
    arguments = ["--articles", str(articles)] if articles else []
    arguments += ["--indices", ",".join(map(str, indices))] if indices else []
    return {int(k): v for k, v in run_side(__file__, checkout, arguments).items()}


def changed_words(before: str, after: str) -> list[tuple[str, str]]:
    """The runs of words that differ, as (before, after).

    >>> changed_words("Ta.i sao?! Anh", "Tại sao?! Anh")
    [('Ta.i', 'Tại')]
    """
    a, b = before.split(), after.split()
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [(" ".join(a[i1:i2]), " ".join(b[j1:j2])) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"]


def main() -> int:
    parser = comparison_parser(__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N articles (default: all)")
    parser.add_argument("--show", type=int, default=20, help="print the changed words of this many articles")
    parser.add_argument("--indices", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.side:
        _side(args)
        return 0
    other_checkout = check_other(parser, args)
    other, this = _run(other_checkout, args.articles), _run(ROOT, args.articles)
    changed = sorted(i for i in this if this[i] != other.get(i))
    print(f"{len(changed)} of {len(this)} training articles change (other: {args.other})")
    shown = changed[: args.show]
    if shown:
        before, after = _run(other_checkout, args.articles, shown), _run(ROOT, args.articles, shown)
        for index in shown:
            print(f"article {index}: {changed_words(before[index], after[index])[:8]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
