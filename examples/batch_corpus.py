"""Analyse a JSON-lines corpus into a Parquet file: resumable, in several processes.

    python examples/batch_corpus.py corpus.jsonl analysed.parquet --jobs 2
    python examples/batch_corpus.py corpus.jsonl analysed.parquet --resume   # after an interruption

Every input record gives one output row (id, error, topic, document as JSON), in input
order; a record that cannot be analysed keeps its row with the reason in ``error``.
``vnnews batch corpus.jsonl -o analysed.parquet --jobs 2`` does the same from the shell.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pandas as pd

from vnnews.batch import run_batch
from vnnews.document import Document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="JSON lines (.jsonl or .jsonl.gz) with an id and a text per article")
    parser.add_argument("output", type=Path, help="Parquet file to write")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("--id-field", default="id")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes")
    parser.add_argument("--resume", action="store_true", help="continue an interrupted run")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    args = parser.parse_args(argv)

    summary = run_batch(
        args.corpus, args.output, text_field=args.text_field, id_field=args.id_field,
        jobs=args.jobs, resume=args.resume, overwrite=args.overwrite,
    )
    print(summary)

    table = pd.read_parquet(args.output)
    print("rows:", len(table), " errors:", int(table["error"].notna().sum()))
    print("topics:", dict(Counter(table["topic"].dropna())))
    entities: Counter = Counter()
    for document in table["document"].dropna():
        entities.update(entity.label for entity in Document.from_json(document).entities)
    print("entities:", dict(sorted(entities.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
