"""Add independent second (and third) opinions to training hand labels and record their majority.

Run from the repository root with the annotators' files: one labels file per pool file, in
the same order, for the second opinions, and the same for the third opinions (asked only
where the first two differ):

    python models/topics/add_second_opinions.py \\
        --second-pools rl_pool_1.jsonl ... --second rl_labels_1.jsonl ... \\
        --third-pools rl3_pool_1.jsonl ... --third rl3_labels_1.jsonl ...

Checks that every labels file holds exactly its pool's ids in the pool's order, that every
id is a training hand label, that no article gets two second or two third opinions, and
that every disagreement between the first two opinions has a third. Then rewrites
models/topics/gov_admin_train_labels.jsonl with, on each re-judged row, ``second`` and
``third`` (0/1; ``third`` only where needed), their reasons ``second_why`` / ``third_why`` and
``consensus``: the majority of the opinions. ``government_administration`` stays the first
annotator's label, the one the shipped detector is trained on; whether training on the
consensus helps is measured by government_consensus.py.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from add_label_batch import LABELS, pool_rows, read_jsonl


def opinions(pools: list[Path], labels: list[Path], known: set[str]) -> dict[str, dict]:
    """Article id -> its row of the labels files, or SystemExit naming the first file that does not fit."""
    found: dict[str, dict] = {}
    for pool, labelled in zip(pools, labels, strict=True):
        for row in pool_rows(pool, labelled):
            if row["id"] not in known or row["id"] in found or row["government_administration"] not in (0, 1):
                raise SystemExit(f"{labelled}: {row['id']} is no hand label, is judged twice or has no 0/1 label")
            found[row["id"]] = row
    return found


def with_opinions(row: dict, second: dict | None, third: dict | None) -> dict:
    """``row`` with its second and third opinions and their majority (unchanged without a second)."""
    if second is None:
        if third is not None:
            raise SystemExit(f"{row['id']}: a third opinion without a second")
        return row
    first, two = int(row["government_administration"]), int(second["government_administration"])
    out = {**row, "second": two, "second_why": second.get("why", "")}
    if first == two:
        if third is not None:
            raise SystemExit(f"{row['id']}: a third opinion where the first two agree")
        return {**out, "consensus": first}
    if third is None:
        raise SystemExit(f"{row['id']}: the first two opinions differ and there is no third")
    return {**out, "third": int(third["government_administration"]), "third_why": third.get("why", ""),
            "consensus": int(third["government_administration"])}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--second-pools", type=Path, nargs="+", required=True)
    parser.add_argument("--second", type=Path, nargs="+", required=True)
    parser.add_argument("--third-pools", type=Path, nargs="*", default=[])
    parser.add_argument("--third", type=Path, nargs="*", default=[])
    args = parser.parse_args()

    hand = read_jsonl(LABELS)
    known = {row["id"] for row in hand}
    second = opinions(args.second_pools, args.second, known)
    third = opinions(args.third_pools, args.third, known)
    rows = [with_opinions(row, second.get(row["id"]), third.get(row["id"])) for row in hand]
    LABELS.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    changed = sum(row.get("consensus", row["government_administration"]) != row["government_administration"] for row in rows)
    print(f"{len(second)} second and {len(third)} third opinions; {changed} training labels changed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
