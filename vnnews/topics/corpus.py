"""Read a labelled corpus (JSON Lines, optionally gzipped, CSV or Parquet) for training.

>>> import tempfile, pathlib
>>> with tempfile.TemporaryDirectory() as folder:
...     path = pathlib.Path(folder) / "news.csv"
...     _ = path.write_text("body,topic\\nBóng đá hay,sport\\nGiá vàng tăng,money\\n", encoding="utf-8")
...     read_labelled(path, "body", "topic")
(['Bóng đá hay', 'Giá vàng tăng'], ['sport', 'money'])
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from ..corpus import iter_rows
from ..errors import InputError


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
    for row in iter_rows(path):
        if isinstance(row, Exception):
            raise InputError(f"{path}: {row}")
        if isinstance(row, dict):
            yield row
