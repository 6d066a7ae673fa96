"""Read a labelled corpus (JSON Lines, optionally gzipped, CSV or Parquet) for training.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder) / "news.csv"
...     _ = path.write_text("body,topic\\nBóng đá hay,sport\\nGiá vàng tăng,money\\n", encoding="utf-8")
...     read_labelled(path, "body", "topic")
(['Bóng đá hay', 'Giá vàng tăng'], ['sport', 'money'])
"""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import InputError, MissingDependencyError


def read_labelled(
    path: str | Path, text_field: str, label_field: str, progress: bool = False
) -> tuple[list[str], list[str]]:
    """(texts, labels) from ``path``; records missing either field or with empty text are skipped.

    The format follows the file name: ``.jsonl``/``.jsonl.gz``/``.json``, ``.csv``
    (``.csv.gz``), ``.parquet``. Raises :class:`~vnnews.errors.InputError` on an unknown
    format, a missing file or when no record has both fields.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    records = _records(path)
    if progress:
        from tqdm import tqdm

        records = tqdm(records, desc=f"reading {path.name}", unit=" records")
    texts, labels = [], []
    for record in records:
        text, label = record.get(text_field), record.get(label_field)
        if isinstance(text, str) and text.strip() and label is not None and label != "":
            texts.append(text)
            labels.append(str(label))
    if not texts:
        raise InputError(f"{path}: no record has both a '{text_field}' text and a '{label_field}' label")
    return texts, labels


def _records(path: Path) -> Iterator[dict[str, Any]]:
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json", ".json.gz", ".ndjson")):
        return _json_lines(path)
    if name.endswith((".csv", ".csv.gz")):
        return _csv_rows(path)
    if name.endswith(".parquet"):
        return _parquet_rows(path)
    raise InputError(f"{path}: unknown format; use .jsonl(.gz), .csv(.gz) or .parquet")


def _open_text(path: Path):
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    with _open_text(path) as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}, line {number}: not JSON ({exc.msg})") from None
            if isinstance(record, dict):
                yield record


def _csv_rows(path: Path) -> Iterable[dict[str, Any]]:
    with _open_text(path) as handle:
        yield from csv.DictReader(handle)


def _parquet_rows(path: Path) -> Iterator[dict[str, Any]]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError("reading Parquet needs pyarrow: pip install 'vnnews[parquet]'") from None
    for batch in pq.ParquetFile(path).iter_batches():
        yield from batch.to_pylist()
