"""Train the stacked entity labeller (vnnews.entities.stacked) on all the seen gold batches
of ``benchmarks/data/entities_gold.jsonl`` and write ``entity_crf.crfsuite`` (CRFsuite's
own binary format) with ``entity_crf.json`` (its SHA-256 and the combination thresholds).

The features and the training loop are those of the leave-one-batch-out experiment
(``benchmarks/entities_stacked.py``), so the shipped model is the one that was measured.

    nice -n 10 env PYTHONPATH=. python models/entity_crf/build_entity_crf.py
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from entities import FRESH, load_gold  # noqa: E402
from entities_stacked import prepare, train  # noqa: E402


def options(description: str, c1: float = 0.1) -> argparse.Namespace:
    """The training parameters and combination thresholds, from the command line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--c1", type=float, default=c1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--add", type=float, default=0.7, help="confidence for a CRF span the rules lack")
    parser.add_argument("--drop", type=float, default=0.0, help="confidence below which a rule span goes")
    return parser.parse_args()


def build(folder: Path, rows: list[dict], items: list[dict], args: argparse.Namespace, features: dict) -> None:
    """Train on ``items`` (``entities_stacked.prepare`` of ``rows``) and write
    ``<folder>/<folder name>.crfsuite`` with its card ``.json`` (``features``: the card's
    feature switches, read by ``vnnews.entities.stacked.open_labeller``)."""
    model = folder / f"{folder.name}.crfsuite"
    train(items, str(model), args.c1, args.c2, args.iterations)
    card = {"sha256": hashlib.sha256(model.read_bytes()).hexdigest(), "add": args.add, "drop": args.drop,
            **features,
            "c1": args.c1, "c2": args.c2, "iterations": args.iterations, "sentences": len(rows),
            "batches": sorted({r["batch"] for r in rows})}
    (folder / f"{folder.name}.json").write_text(json.dumps(card, indent=1) + "\n", encoding="utf-8")
    print(f"{model.name}: {model.stat().st_size:,} bytes; {len(rows)} sentences")


def main() -> None:
    args = options(__doc__.splitlines()[0])
    rows = [r for r in load_gold() if r["batch"] not in FRESH]  # never the fresh test
    build(HERE, rows, prepare(rows, with_underthesea=True), args, {"underthesea": True})


if __name__ == "__main__":
    main()
