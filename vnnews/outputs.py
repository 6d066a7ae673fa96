"""Write batch results so that a run killed at any moment can resume without loss or duplicates.

While a run goes on, records are appended as JSON lines to ``OUTPUT.part`` (a batch at a
time, flushed). A kill can only cut the last line of that file short; :meth:`PartFile.recover`
drops such a tail. At the end :func:`finalize` writes the requested format (JSON Lines,
gzip-compressed JSON Lines or Parquet, whose id column is INT64 when every id of
the run is an int and text otherwise) to a temporary file and renames it over
``OUTPUT`` in one atomic step, so ``OUTPUT`` is either absent or complete.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "out.jsonl"
>>> part = PartFile(out)
>>> part.append([encode_record({"id": 1, "error": None, "document": None})])
>>> finalize(part, out)
>>> out.read_text()
'{"id":1,"error":null,"document":null}\\n'
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import jsonline
from .errors import InputError, MissingDependencyError

__all__ = ["PartFile", "encode_record", "finalize", "output_format", "read_output"]


def output_format(path: str | Path) -> str:
    """``jsonl``, ``jsonl.gz`` or ``parquet`` from the output file name.

    >>> output_format("out.jsonl.gz"), output_format("out.parquet")
    ('jsonl.gz', 'parquet')
    """
    name = Path(path).name.lower()
    for suffix, fmt in ((".jsonl.gz", "jsonl.gz"), (".jsonl", "jsonl"), (".parquet", "parquet")):
        if name.endswith(suffix):
            return fmt
    raise InputError(f"output must end in .jsonl, .jsonl.gz or .parquet: {path}")


def encode_record(record: dict[str, Any]) -> bytes:
    """One output record as a JSON line (UTF-8, ending in a newline).

    >>> encode_record({"id": "a", "error": "empty text", "document": None})
    b'{"id":"a","error":"empty text","document":null}\\n'
    """
    return jsonline.dumps(record) + b"\n"


class PartFile:
    """The ``OUTPUT.part`` checkpoint: complete JSON lines, appended a batch at a time."""

    def __init__(self, output: str | Path) -> None:
        self.output = Path(output)
        self.path = self.output.with_name(self.output.name + ".part")

    def exists(self) -> bool:
        return self.path.exists()

    def recover(self) -> list[str]:
        """Cut a half-written last line off the checkpoint; return the ids it holds, in order."""
        if not self.path.exists():
            return []
        ids, good_end = [], 0
        with open(self.path, "rb") as handle:
            for line in handle:
                if not line.endswith(b"\n"):
                    break
                try:
                    ids.append(str(jsonline.loads(line)["id"]))
                except (ValueError, KeyError, TypeError):
                    break
                good_end += len(line)
        if good_end != self.path.stat().st_size:
            with open(self.path, "r+b") as handle:
                handle.truncate(good_end)
        return ids

    def reopen_from(self, output: Path) -> None:
        """Start the checkpoint from a finished output (to resume with more input)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        with open(tmp, "wb") as sink:
            for record in read_output(output):
                sink.write(encode_record(record))
        os.replace(tmp, self.path)

    def append(self, lines: list[bytes]) -> None:
        """Append complete lines in one write, flushed to disk."""
        with open(self.path, "ab") as handle:
            handle.write(b"".join(lines))
            handle.flush()
            os.fsync(handle.fileno())

    def records(self) -> Iterator[dict[str, Any]]:
        with open(self.path, "rb") as handle:
            for line in handle:
                yield jsonline.loads(line)

    def remove(self) -> None:
        self.path.unlink(missing_ok=True)


def finalize(part: PartFile, output: str | Path) -> None:
    """Write ``output`` from the checkpoint atomically, then remove the checkpoint."""
    output = Path(output)
    fmt = output_format(output)
    if not part.exists():
        part.append([])
    tmp = output.with_name(output.name + ".tmp")
    if fmt == "jsonl":
        shutil.copyfile(part.path, tmp)
    elif fmt == "jsonl.gz":
        with open(part.path, "rb") as source, gzip.open(tmp, "wb", compresslevel=6) as sink:
            shutil.copyfileobj(source, sink, 1 << 20)
    else:
        _write_parquet(part, tmp)
    os.replace(tmp, output)
    part.remove()


# --- Parquet -----------------------------------------------------------------------------


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingDependencyError("Parquet output needs pyarrow: pip install 'vnnews[parquet]'") from None
    return pa, pq


def _parquet_row(record: dict[str, Any], int_ids: bool) -> dict[str, Any]:
    doc = record.get("document")
    topic = (doc or {}).get("topic") or {}
    error = record.get("error")
    return {
        "id": record["id"] if int_ids else _utf8(str(record["id"])),
        "error": _utf8(error) if error is not None else None,
        "topic": topic.get("label"),
        "document": jsonline.dumps(doc).decode() if doc is not None else None,
    }


def _is_int64(value: Any) -> bool:
    """An int (not a bool) that fits a Parquet INT64.

    >>> _is_int64(7), _is_int64("7"), _is_int64(True), _is_int64(2**63)
    (True, False, False, False)
    """
    return type(value) is int and -(2**63) <= value < 2**63


_INT_ID = re.compile(rb'\{\s*"id"\s*:\s*(-?\d{1,19})\s*,')  # a line starting with an int id


def _int_ids(lines: Iterable[bytes]) -> bool:
    """Whether the Parquet id column is INT64: every id of the run an int that fits, and at
    least one record; otherwise the ids are written as text (``str(id)``). Stops at the
    first other id; a line starting as :func:`encode_record` writes an int id is not parsed.

    >>> _int_ids([b'{"id":1,"error":null}\\n', b'{"id":-2,"error":null}\\n']), _int_ids([])
    (True, False)
    >>> _int_ids([b'{"id":1,"error":null}\\n', b'{"id":"2","error":null}\\n'])
    False
    """
    seen = False
    for line in lines:
        match = _INT_ID.match(line)
        if not _is_int64(int(match[1]) if match else jsonline.loads(line)["id"]):
            return False
        seen = True
    return seen


def _utf8(text: str) -> str:
    """``text`` with lone surrogates written as ``\\udc80`` (Parquet strings are UTF-8).

    >>> _utf8("a\\udc80b")
    'a\\\\udc80b'
    """
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _write_parquet(part: PartFile, path: Path, rows_per_group: int = 2048) -> None:
    """Columns: id (int64 when :func:`_int_ids`, else string), error, topic label, document
    (the Document as a JSON string)."""
    pa, pq = _pyarrow()
    with open(part.path, "rb") as lines:
        ints = _int_ids(lines)
    schema = pa.schema([("id", pa.int64() if ints else pa.string()), ("error", pa.string()),
                        ("topic", pa.string()), ("document", pa.string())])
    with pq.ParquetWriter(path, schema) as writer:
        rows: list[dict[str, Any]] = []
        for record in part.records():
            rows.append(_parquet_row(record, ints))
            if len(rows) == rows_per_group:
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
                rows = []
        if rows:
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))


def read_output(path: str | Path) -> Iterator[dict[str, Any]]:
    """Read back the records of a finished output, whatever its format.

    Parquet rows come back with the Document parsed from its JSON column and ids as written:
    ints from an INT64 id column, text otherwise.
    """
    path = Path(path)
    fmt = output_format(path)
    if fmt == "parquet":
        _, pq = _pyarrow()
        for batch in pq.ParquetFile(path).iter_batches():
            for row in batch.to_pylist():
                doc = jsonline.loads(row["document"]) if row["document"] is not None else None
                yield {"id": row["id"], "error": row["error"], "document": doc}
        return
    opener = gzip.open if fmt == "jsonl.gz" else open
    with opener(path, "rb") as handle:
        for line in handle:
            yield jsonline.loads(line)
