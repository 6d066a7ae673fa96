"""Read a corpus as records: JSON Lines (.jsonl, .jsonl.gz), CSV, Parquet or a folder of .txt/.html.

Every input record comes out as one :class:`Record`, in input order, even a bad one: a
line that is not JSON, a missing or empty text, NaN in a CSV or Parquet column become
records with an ``error`` saying why, so a batch run can account for every input.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
>>> _ = path.write_text('{"id": "a", "text": "Xin chào"}\\n{"id": "b"}\\n', encoding="utf-8")
>>> [(r.id, r.text, r.error) for r in iter_records(path)]
[('a', 'Xin chào', None), ('b', None, "no text in field 'text'")]
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import math
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterator

import regex

from . import jsonline
from .errors import InputError, MissingDependencyError

__all__ = ["Position", "Record", "count_records", "iter_records", "iter_rows", "input_kind", "make_record"]

FOLDER_SUFFIXES = (".txt", ".html", ".htm")
_UNDECODED = regex.compile("[\udc80-\udcff]")  # a byte that was not UTF-8 (surrogateescape)
_NOT_UTF8_HINT = (" (a CSV saved by Excel as Windows-1258? save it as \"CSV UTF-8\" or convert it: "
                  "iconv -f cp1258 -t utf-8)")


@dataclass
class Record:
    """One input article: its id, its text (str, or bytes from a file) or the reason it has none.

    >>> Record("a", "Xin chào").error is None
    True
    """

    id: Any
    text: str | bytes | None
    error: str | None = None


class Position:
    """How far a reader has got into its input file: the bytes of the file read so far (for a
    .gz file the compressed bytes), what a progress bar with the file's size as total needs.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
    >>> _ = path.write_text('{"id": 1, "text": "a"}\\n' * 3, encoding="utf-8")
    >>> position = Position()
    >>> rows = iter_rows(path, position)
    >>> _ = next(rows); position.tell()
    23
    >>> _ = list(rows); position.tell() == path.stat().st_size
    True
    """

    def __init__(self) -> None:
        self._file: BinaryIO | None = None
        self._last = 0

    def tell(self) -> int:
        """Bytes of the input file read so far (0 before it is opened, its end once read)."""
        if self._file is not None and not self._file.closed:
            self._last = self._file.tell()
        return self._last

    @contextlib.contextmanager
    def open(self, path: Path) -> Iterator[BinaryIO]:
        """``path`` opened for reading bytes, decompressed when it ends in .gz, and followed."""
        with open(path, "rb") as raw:
            self._file = raw
            try:
                if path.name.lower().endswith(".gz"):
                    with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                        yield stream
                else:
                    yield raw
            finally:
                self.tell()
                self._file = None


def input_kind(path: str | Path) -> str:
    """The reader for ``path``: ``jsonl``, ``csv``, ``parquet`` or ``folder``.

    >>> input_kind("news.jsonl.gz"), input_kind("news.csv"), input_kind("x.parquet")
    ('jsonl', 'csv', 'parquet')
    """
    path = Path(path)
    name = path.name.lower()
    if path.is_dir():
        return "folder"
    if name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")):
        return "jsonl"
    if name.endswith((".csv", ".csv.gz")):
        return "csv"
    if name.endswith((".parquet", ".pq")):
        return "parquet"
    raise InputError(f"cannot tell the format of {path}: use .jsonl(.gz), .csv, .parquet or a folder")


def iter_records(
    path: str | Path, text_field: str = "text", id_field: str = "id", position: Position | None = None
) -> Iterator[Record]:
    """Yield one :class:`Record` per input record, in order.

    A record without an id (or with an empty one) gets its 0-based position as id; in a
    folder the id is the file's path relative to the folder. A text stored as bytes (a
    BINARY Parquet column) is passed on as bytes, which the Pipeline decodes. ``position``
    follows the bytes read of a JSONL or CSV file (see :class:`Position`).
    """
    path = Path(path)
    if not path.exists():
        raise InputError(f"no such input: {path}")
    if input_kind(path) == "folder":
        yield from _folder_records(path)
        return
    for number, row in enumerate(iter_rows(path, position)):
        yield make_record(number, row, text_field, id_field)


def count_records(path: str | Path) -> int | None:
    """The number of records of ``path`` when it is known without reading the records: a
    Parquet file's row count (from its metadata), a folder's .txt/.html files; None for
    JSONL and CSV, whose records are only known by reading them.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Tin."); _ = (folder / "b.jsonl").write_text("")
    >>> count_records(folder), count_records(folder / "b.jsonl")
    (1, None)
    """
    path = Path(path)
    kind = input_kind(path)
    if kind == "folder":
        return len(_folder_files(path))
    if kind == "parquet":
        try:
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        except Exception:  # no pyarrow, a broken file: reading it reports that
            return None
    return None


def iter_rows(path: str | Path, position: Position | None = None) -> Iterator[Any]:
    """Yield the parsed rows of a JSONL(.gz), CSV(.gz) or Parquet file, in order.

    A row is a dict, or the :class:`~vnnews.errors.InputError` met while reading it (a
    line that is not JSON), so callers decide whether a bad row stops them.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "in.csv"
    >>> _ = path.write_text("id,text\\n1,Xin chào\\n", encoding="utf-8")
    >>> list(iter_rows(path))
    [{'id': '1', 'text': 'Xin chào'}]
    """
    path = Path(path)
    position = position or Position()
    readers = {"jsonl": _jsonl_rows, "csv": _csv_rows, "parquet": _parquet_rows}
    kind = input_kind(path)
    if kind not in readers:
        raise InputError(f"{path}: a {kind} is not a file of records")
    try:
        yield from readers[kind](path, position)
    except (OSError, EOFError, ValueError, csv.Error, zlib.error) as exc:  # a broken file, not a bad record
        raise InputError(f"{path} cannot be read further: {type(exc).__name__}: {exc}") from exc


def make_record(position: int | None, row: Any, text_field: str = "text", id_field: str = "id") -> Record:
    """The Record for one parsed row (a dict, or the exception met while reading it).

    >>> make_record(3, {"text": float("nan")})
    Record(id=3, text=None, error="no text in field 'text'")
    """
    if isinstance(row, Exception):
        return Record(position, None, str(row))
    if not isinstance(row, dict):
        return Record(position, None, "record is not a JSON object")
    rid = row.get(id_field)
    if rid is None or _is_nan(rid) or (isinstance(rid, str) and not rid.strip()):  # an empty CSV cell
        rid = position
    text = row.get(text_field)
    if text is None or _is_nan(text):
        return Record(rid, None, f"no text in field {text_field!r}")
    if isinstance(text, (bytes, bytearray)):  # a BINARY Parquet column (Spark, Hive): the Pipeline decodes it
        return Record(rid, bytes(text))
    if not isinstance(text, str):
        return Record(rid, None, f"field {text_field!r} is a {type(text).__name__}, not text")
    return Record(rid, text)


def _is_nan(value: Any) -> bool:
    return isinstance(value, float) and math.isnan(value)


def _jsonl_rows(path: Path, position: Position) -> Iterator[Any]:
    with position.open(path) as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield jsonline.loads(line)
            except ValueError as exc:
                yield InputError(f"line {number} is not valid JSON: {exc}")


def _csv_rows(path: Path, position: Position) -> Iterator[Any]:
    # A 5 MB article is one CSV field: lift the csv module's 128 kB field limit while reading.
    previous = csv.field_size_limit()
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        with position.open(path) as stream:
            # bytes that are not UTF-8 come in as lone surrogates, so one bad row is marked (below);
            # utf-8-sig drops the BOM Excel writes, which made the first column "\ufeffid", not "id"
            handle = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
            for number, row in enumerate(csv.DictReader(handle), 2):
                if any(isinstance(v, str) and _UNDECODED.search(v) for v in row.values()):
                    yield InputError(f"line {number} is not UTF-8 text{_NOT_UTF8_HINT}")
                else:
                    yield row
    finally:
        csv.field_size_limit(previous)


def _parquet_rows(path: Path, position: Position) -> Iterator[Any]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError("Parquet input needs pyarrow: pip install 'vnnews[parquet]'") from None
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        yield from batch.to_pylist()


def _folder_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_SUFFIXES)


def _folder_records(folder: Path) -> Iterator[Record]:
    for file in _folder_files(folder):
        rid = file.relative_to(folder).as_posix()
        try:
            yield Record(rid, file.read_bytes())
        except OSError as exc:
            yield Record(rid, None, f"cannot read file: {exc.strerror}")
