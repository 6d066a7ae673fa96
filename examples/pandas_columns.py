"""Analyse a table of articles with pandas: one call adds topic, government score and
entity columns, then save the table as Parquet.

    python examples/pandas_columns.py articles.jsonl table.parquet --text-column text

The input may be JSON lines, CSV or Parquet. Rows with missing text are kept, with the
reason in the ``errors`` column.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

import vnnews.pandas_ext  # noqa: F401  (registers the df.vnnews accessor)


def read_table(path: Path) -> pd.DataFrame:
    if path.suffix == ".csv":
        return pd.read_csv(path)
    if path.suffix == ".parquet":
        return pd.read_parquet(path)
    return pd.read_json(path, lines=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("table", type=Path, help="articles: .jsonl, .csv or .parquet")
    parser.add_argument("output", type=Path, help="Parquet file to write")
    parser.add_argument("--text-column", default="text")
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)

    df = read_table(args.table)
    out = df.vnnews.analyze(args.text_column, batch_size=args.batch_size)
    out.to_parquet(args.output, index=False)

    print(out[["topic", "government_score", "entities_province", "entities_official"]].head(10).to_string())
    print()
    print("topics:", out["topic"].value_counts().to_dict())
    print(f"wrote {args.output}: {len(out)} rows, columns {list(out.columns)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
