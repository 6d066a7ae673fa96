"""Train the fast stacked entity labeller (``stacked="fast"``, no underthesea tag) on the
seen gold batches of ``benchmarks/data/entities_gold.jsonl`` (all but ``entities.FRESH``) and write
``entity_crf_fast.crfsuite`` (CRFsuite's own binary format) with ``entity_crf_fast.json``.

The feature set is the variant chosen by leave-one-batch-out cross-validation
(benchmarks/entities_stacked.md, "Third round"), written compactly since the nineteenth stop
(same page, "Nineteenth stop"); the document marks of each gold sentence
come from its VNTC test article in ../shared/data (``VNNEWS_DATA``).

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA=../shared/data python models/entity_crf_fast/build_entity_crf_fast.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "models" / "entity_crf"))

from build_entity_crf import build, options  # noqa: E402
from entities import FRESH, load_gold  # noqa: E402
from entities_stacked import gold_articles, prepare  # noqa: E402

RUNS = False
"""Capital runs (vnnews.entities.stacked_runs) as features: not chosen."""
DOCUMENT = True
"""The text's other capitals (vnnews.entities.stacked_document) as features."""
OFFICIALS_FROM_RULES = True
"""OFFICIAL learned as PERSON; a learned person the rules found as an official stays one."""
COMPACT = True
"""The compact features (vnnews.entities.stacked_features.sentence_features, compact): no default marks, no syllable pairs."""
SKIP_PLAIN = True
"""Pieces with no rule span and no capital after the first syllable are left to the rules."""
C1 = 0.1
"""L1 regularisation (the first round's value)."""


def main() -> None:
    args = options(__doc__.splitlines()[0], c1=C1)
    rows = [r for r in load_gold() if r["batch"] not in FRESH]
    items = prepare(rows, False, RUNS, gold_articles(rows) if DOCUMENT else None, OFFICIALS_FROM_RULES, COMPACT)
    build(HERE, rows, items, args, {"underthesea": False, "runs": RUNS, "document": DOCUMENT,
                                    "officials_from_rules": OFFICIALS_FROM_RULES, "compact": COMPACT,
                                    "skip_plain": SKIP_PLAIN})


if __name__ == "__main__":
    main()
