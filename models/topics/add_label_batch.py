"""Add a stratified batch of annotators' labels to the training hand labels.

Run from the repository root with the annotators' files (one labels file per pool file,
in the same order) and the batch's strata file:

    python models/topics/add_label_batch.py --batch 4-stratified --strata pool4_strata.json \\
        --pools pool_4.jsonl pool_5.jsonl pool_6.jsonl --labels labels_4.jsonl labels_5.jsonl labels_6.jsonl

Checks that every labels file holds exactly its pool's ids in the pool's order, that no id
is labelled already and that every id has a stratum; then appends the rows to
models/topics/gov_admin_train_labels.jsonl (with ``batch``, ``stratum``, ``annotator``: the
position of the file, counting on from the batches before) and records the batch's strata in
models/topics/gov_admin_train_strata.json (``order`` lists the stratified batches in the
order they were drawn; see vnnews.topics.government_training.chained_stratum_weights).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = HERE / "gov_admin_train_labels.jsonl"
STRATA = HERE / "gov_admin_train_strata.json"


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def pool_rows(pool: Path, labelled: Path) -> list[dict]:
    """The rows of an annotator's labels file, or SystemExit when they are not its pool's ids in its order."""
    rows = read_jsonl(labelled)
    if [row["id"] for row in rows] != [row["id"] for row in read_jsonl(pool)]:
        raise SystemExit(f"{labelled}: ids differ from {pool} (or their order does)")
    return rows


def checked_rows(pools: list[Path], labels: list[Path], strata: dict, known: set, first_annotator: int) -> list[dict]:
    """The labelled rows, or SystemExit naming the first file that does not fit its pool."""
    rows = []
    for k, (pool, labelled) in enumerate(zip(pools, labels, strict=True)):
        for row in pool_rows(pool, labelled):
            if row["id"] in known or row["id"] not in strata or row["government_administration"] not in (0, 1):
                raise SystemExit(f"{labelled}: {row['id']} is labelled already, has no stratum or no 0/1 label")
            rows.append({**row, "stratum": strata[row["id"]], "annotator": first_annotator + k})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--batch", required=True)
    parser.add_argument("--strata", type=Path, required=True, help="JSON with population, sampled, stratum (id -> stratum), note")
    parser.add_argument("--pools", type=Path, nargs="+", required=True)
    parser.add_argument("--labels", type=Path, nargs="+", required=True)
    args = parser.parse_args()

    hand = read_jsonl(LABELS)
    design = json.loads(args.strata.read_text(encoding="utf-8"))
    first_annotator = 1 + max((row.get("annotator", 0) for row in hand), default=0)
    rows = checked_rows(args.pools, args.labels, design["stratum"], {row["id"] for row in hand}, first_annotator)
    with LABELS.open("a", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps({**row, "batch": args.batch}, ensure_ascii=False) + "\n")

    recorded = json.loads(STRATA.read_text(encoding="utf-8"))
    recorded["batches"][args.batch] = {key: design[key] for key in ("population", "sampled", "note")}
    recorded["order"].append(args.batch)
    STRATA.write_text(json.dumps(recorded, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} rows of batch {args.batch} added ({sum(r['government_administration'] for r in rows)} positive)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
