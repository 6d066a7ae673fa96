"""False positives, false negatives and boundary errors of the rules on seen gold batches,
one line each, grouped by label, to read the kinds of error (rules alone, ``stacked=False``).

A boundary error is a found span of the right label that overlaps a gold span of that label
without matching it; it is listed once (not as one false positive and one false negative).
OFFICIAL and PERSON are compared as one label (``--person``) or apart. Run from the root:

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_errors.py --batches blind20 blind21 --labels ORGANIZATION
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from vnnews.entities import extract_entities

GOLD = Path(__file__).resolve().parent / "data" / "entities_gold.jsonl"
PERSONS = {"OFFICIAL", "PERSON"}


def errors(text: str, gold: set, found: set, label: str) -> list[tuple[str, str]]:
    """(kind, description) of every error of ``label`` in one sentence.

    >>> errors("Bộ Y tế nói", {(0, 7, "ORG")}, {(0, 11, "ORG")}, "ORG")
    [('BOUND', "'Bộ Y tế nói' for 'Bộ Y tế'")]
    """
    gold = {(s, e) for s, e, lab in gold if lab == label}
    found = {(s, e) for s, e, lab in found if lab == label}
    out, matched = [], set()
    for s, e in sorted(found - gold):
        near = [(gs, ge) for gs, ge in gold - found if gs < e and s < ge]
        if near:
            matched.update(near)
            out.append(("BOUND", f"{text[s:e]!r} for {' / '.join(repr(text[a:b]) for a, b in near)}"))
        else:
            out.append(("FP", repr(text[s:e])))
    out += [("FN", repr(text[s:e])) for s, e in sorted(gold - found - matched)]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batches", nargs="+", required=True)
    parser.add_argument("--labels", nargs="+", default=["ORGANIZATION", "OFFICIAL+PERSON"])
    args = parser.parse_args()
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    merge = lambda lab: "OFFICIAL+PERSON" if lab in PERSONS else lab  # noqa: E731
    for row in rows:
        if row["batch"] not in args.batches:
            continue
        text = row["text"]
        gold = {(e["start"], e["end"], merge(e["label"])) for e in row["entities"]}
        found = {(e.start, e.end, merge(e.label)) for e in extract_entities(text, stacked=False)}
        for label in args.labels:
            for kind, what in errors(text, gold, found, label):
                print(f"{kind}\t{label}\t{row['batch']}\t{what}\t| {text}")


if __name__ == "__main__":
    main()
