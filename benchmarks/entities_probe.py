"""Entity accuracy on a probe set of sentences kept outside the repository (exact spans).

A probe set is two files in one folder, in the format of the gold batches
(``benchmarks/data/gold_candidates_*.jsonl`` + ``gold_annotations_*.tsv``, see
docs/entities_guideline.md): ``NAME.jsonl`` (one sentence a line: ``article_id``, ``label``,
``article_offset``, ``text``) and ``NAME.tsv`` (``index<TAB>label<TAB>surface[<TAB>occurrence]``).
The seventeenth stop used the probe set of 2025–2026 style news ``modern_a`` as its
development set; a second one is held out and scored by the lead.

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_probe.py --labels DIR --name modern_a [--errors]

Prints P/R/F1 per label and for OFFICIAL and PERSON as one label; ``--errors`` lists each
sentence's misses and false positives (for a development set only).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))

from build_gold import entity, ordered  # noqa: E402
from entities import LABELS, TARGETS, as_person, evaluate, print_table  # noqa: E402

from vnnews.entities import extract_entities  # noqa: E402


def load_probe(folder: Path, name: str) -> list[dict]:
    """The probe sentences of ``folder/name.jsonl`` with the entities of ``folder/name.tsv``."""
    rows = [json.loads(line) for line in (folder / f"{name}.jsonl").open(encoding="utf-8")]
    for row in rows:
        row["entities"] = []
    for line in (folder / f"{name}.tsv").open(encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            index, *fields = line.rstrip("\n").split("\t")
            rows[int(index)]["entities"].append(entity(rows[int(index)]["text"], *fields))
    for row in rows:
        row["entities"] = ordered(row["entities"])
    return rows


def errors(rows: list[dict], predictions: list[set]) -> None:
    for number, (row, predicted) in enumerate(zip(rows, predictions)):
        gold = as_person({(e["start"], e["end"], e["label"]) for e in row["entities"]})
        found = as_person(predicted)
        if gold != found:
            text = row["text"]
            print(f"\n[{number}] {text}")
            print("\n".join(f"   MISS {label:15s} {text[s:e]!r}" for s, e, label in sorted(gold - found)))
            print("\n".join(f"   FP   {label:15s} {text[s:e]!r}" for s, e, label in sorted(found - gold)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, required=True, help="folder holding NAME.jsonl and NAME.tsv")
    parser.add_argument("--name", required=True, help="the probe set's name, e.g. modern_a")
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    args = parser.parse_args()
    rows = load_probe(args.labels, args.name)
    predictions = [{(e.start, e.end, e.label) for e in extract_entities(r["text"])} for r in rows]
    print(f"## {args.name}: {len(rows)} sentences, {sum(len(r['entities']) for r in rows)} entities")
    print_table("vnnews, exact spans", evaluate(rows, predictions, LABELS), TARGETS)
    merged = evaluate(rows, [as_person(p) for p in predictions], ["OFFICIAL+PERSON"],
                      relabel=lambda _t, g: as_person(g))
    print_table("vnnews, OFFICIAL and PERSON as one label", merged, TARGETS)
    if args.errors:
        errors(rows, predictions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
