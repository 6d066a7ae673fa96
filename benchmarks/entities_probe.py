"""Entity accuracy on the probe sets of 2025–2026 style news, beside underthesea.ner.

The gold set of ``benchmarks/entities.py`` is VNTC (2005–2007 news). Two probe sets of 150
sentences each, ``benchmarks/data/modern_a.*`` and ``modern_b.*``, were written and
hand-annotated by two team members, independently of each other and without running any
system, in the style of 2025–2026 Vietnamese news after the July 2025 administrative reform
(34 provinces, communes/wards/special zones, merged and regional bodies, today's institutions;
real post-2025 unit names drawn at random from the ``vietnamadminunits`` registry). They are in
the format of the gold batches (``NAME.jsonl`` + ``NAME.tsv``, docs/entities_guideline.md).
``modern_a`` was the development set of the seventeenth stop's modern-news rules; ``modern_b``
was held out and scored before and after them. Being team-written, they show how well today's
forms are covered, not accuracy on real pages.

Scored as ``benchmarks/entities.py`` scores a batch (exact spans per label, OFFICIAL+PERSON as
one label, PER/LOC/ORG beside ``underthesea.ner`` in the same run); ``--errors`` lists each
sentence's misses and false positives (for a development set only). Run from the repository root:

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_probe.py [--name modern_a modern_b] [--labels DIR] [--errors] [--stacked off|fast|full]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data"))

from build_gold import corpus_sentences  # noqa: E402  (benchmarks/data/build_gold.py)
from entities import STACKED, accuracy, as_person  # noqa: E402

from vnnews.entities import extract_entities  # noqa: E402

PROBES = ("modern_a", "modern_b")


def load_probe(folder: Path, name: str) -> list[dict]:
    """The probe sentences of ``folder/name.jsonl`` with the entities of ``folder/name.tsv``.

    >>> rows = load_probe(HERE / "data", "modern_b")
    >>> len(rows), all(r["text"][e["start"]:e["end"]] == e["text"] for r in rows for e in r["entities"])
    (150, True)
    """
    return corpus_sentences(f"{name}.jsonl", f"{name}.tsv", name, name, folder)


def errors(rows: list[dict], stacked: bool | str = False) -> None:
    """Print each sentence's misses and false positives (OFFICIAL and PERSON as one label)."""
    for number, row in enumerate(rows):
        gold = as_person({(e["start"], e["end"], e["label"]) for e in row["entities"]})
        found = as_person({(e.start, e.end, e.label) for e in extract_entities(row["text"], stacked=stacked)})
        if gold != found:
            text = row["text"]
            print(f"\n[{number}] {text}")
            print("\n".join(f"   MISS {label:15s} {text[s:e]!r}" for s, e, label in sorted(gold - found)))
            print("\n".join(f"   FP   {label:15s} {text[s:e]!r}" for s, e, label in sorted(found - gold)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=HERE / "data", help="folder holding NAME.jsonl and NAME.tsv")
    parser.add_argument("--name", nargs="*", default=list(PROBES), help="probe sets to score")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--stacked", choices=list(STACKED), default="off", help="the stacked layer (default: rules alone)")
    args = parser.parse_args()
    for name in args.name:
        rows = load_probe(args.labels, name)
        accuracy(rows, name, STACKED[args.stacked])
        if args.errors:
            errors(rows, STACKED[args.stacked])
    return 0


if __name__ == "__main__":
    sys.exit(main())
