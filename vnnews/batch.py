"""Batch runs: a corpus in, one output record per input record out, resumable.

:func:`run_batch` reads records (:mod:`vnnews.corpus`), analyses them with a Pipeline in
this process, in ``jobs`` worker processes or on a Dask cluster, and writes them in input
order through the resumable checkpoint of :mod:`vnnews.outputs`. Every output record
carries the input id and either the Document or an ``error`` giving the reason.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "in.jsonl").write_text('{"id": 1, "text": "Xin chào."}\\n{"id": 2, "text": " "}\\n')
>>> summary = run_batch(folder / "in.jsonl", folder / "out.jsonl", progress=False,
...                    pipeline_options=dict(normalize=False, restore_diacritics=False, sentences=False,
...                                          words=False, entities=False, topic=False))
>>> summary.read, summary.written, summary.errors
(2, 2, 1)
>>> [r["error"] for r in read_output(folder / "out.jsonl")]
[None, 'empty text']
"""

from __future__ import annotations

import collections
import contextlib
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import regex

from .corpus import Position, Record, iter_records
from .errors import BackendError, InputError, check_count
from .heap import frozen_heap
from .outputs import PartFile, encode_record, finalize, output_format, read_output
from .parallel import batched, ordered_map
from .pipeline import Pipeline, start_worker, worker_pipeline
from .progress import BatchProgress

__all__ = ["Summary", "analyse_record", "run_batch", "read_output"]


@dataclass
class Summary:
    """What a batch run did: records read, written, skipped (already done), errors, seconds."""

    read: int = 0
    written: int = 0
    skipped: int = 0
    errors: int = 0
    duplicate_ids: int = 0
    seconds: float = 0.0
    output: str = ""
    error_reasons: collections.Counter = field(default_factory=collections.Counter)

    def __str__(self) -> str:
        rate = self.written / self.seconds if self.seconds else 0.0
        lines = [
            f"read {self.read}, written {self.written}, skipped (already done) {self.skipped}, "
            f"errors {self.errors}, duplicate ids {self.duplicate_ids}, "
            f"{self.seconds:.1f} s ({rate:.1f} articles/s) -> {self.output}"
        ]
        lines += [f"  {n} x {reason}" for reason, n in self.error_reasons.most_common(5)]
        return "\n".join(lines)


def analyse_record(nlp: Pipeline, record: Record) -> dict[str, Any]:
    """One output record for one input record: never raises.

    >>> nlp = Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False,
    ...                entities=False, topic=False)
    >>> analyse_record(nlp, Record("x", None, "no text"))
    {'id': 'x', 'error': 'no text', 'document': None}
    """
    if record.error is not None:
        return {"id": record.id, "error": record.error, "document": None}
    text = record.text
    if isinstance(text, str) and not text.strip():
        return {"id": record.id, "error": "empty text", "document": None}
    try:
        doc = nlp(text)
    except Exception as exc:  # a record must come out whatever went wrong
        return {"id": record.id, "error": f"{type(exc).__name__}: {exc}", "document": None}
    if not doc.text.strip():
        return {"id": record.id, "error": "empty text", "document": None}
    return {"id": record.id, "error": "; ".join(doc.errors) or None, "document": doc.to_dict()}


def encode_batch(nlp: Pipeline, records: list[Record]) -> list[tuple[bytes, str | None]]:
    """Analyse records into (JSON line, error or None) pairs: what workers send back."""
    out = []
    for record in records:
        result = analyse_record(nlp, record)
        out.append((encode_record(result), result["error"]))
    return out


def _encode_batch_in_worker(records: list[Record]) -> list[tuple[bytes, str | None]]:
    return encode_batch(worker_pipeline(), records)


def _analyse_locally(
    batches: Iterable[list[Record]], options: dict[str, Any], jobs: int
) -> Iterator[list[tuple[bytes, str | None]]]:
    if jobs == 1:
        nlp = Pipeline(**options).load()
        return (encode_batch(nlp, batch) for batch in batches)
    return ordered_map(
        _encode_batch_in_worker, batches, n_process=jobs, initializer=start_worker, initargs=(options,)
    )


# --- the run -----------------------------------------------------------------------------


def _prepare_output(
    output: Path, resume: bool, overwrite: bool, input: Path | None = None
) -> tuple[PartFile, collections.Counter]:
    """Check the output, and on resume return the ids already written (with multiplicity)."""
    output_format(output)
    if input is not None and input.resolve() == output.resolve():  # --overwrite deleted the corpus
        raise InputError(f"the output {output} is the input: write the results to another file")
    part = PartFile(output)
    if overwrite:
        part.remove()
        output.unlink(missing_ok=True)
    elif not resume and (part.exists() or output.exists()):
        raise InputError(f"{output} (or its .part checkpoint) exists: pass --resume to continue or --overwrite")
    if resume and not part.exists() and output.exists():
        part.reopen_from(output)
    try:  # before any model loads: a folder that cannot be written failed at the first batch
        output.parent.mkdir(parents=True, exist_ok=True)
        tempfile.TemporaryFile(dir=output.parent).close()
    except OSError as exc:
        raise InputError(f"cannot write {output}: {exc.strerror or exc}") from None
    return part, collections.Counter(part.recover() if resume else [])


def _todo(
    records: Iterable[Record], done: collections.Counter, summary: Summary, resumed: Callable[[], None] = lambda: None
) -> Iterator[Record]:
    """Records not yet written; counts read, skipped and duplicate ids on the way. ``resumed``
    is called before the first record to analyse when records before it were skipped."""
    seen: set[str] = set()
    first = True
    for record in records:
        summary.read += 1
        key = str(record.id)
        if key in seen:
            summary.duplicate_ids += 1
        seen.add(key)
        if done[key] > 0:
            done[key] -= 1
            summary.skipped += 1
            continue
        if first and summary.skipped:
            resumed()
        first = False
        yield record


def run_batch(
    input: str | Path,
    output: str | Path,
    *,
    text_field: str = "text",
    id_field: str = "id",
    jobs: int = 1,
    batch_size: int = 16,
    resume: bool = False,
    overwrite: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = True,
    limit: int | None = None,
    pipeline_options: dict[str, Any] | None = None,
) -> Summary:
    """Analyse every record of ``input`` into ``output``; see the module docstring.

    ``engine`` is ``local`` (``jobs`` processes) or ``dask`` (the cluster at
    ``scheduler``, or a local one when None). ``limit`` stops after that many input
    records. Raises :class:`~vnnews.errors.InputError` for fatal problems (no input,
    output exists without ``resume``/``overwrite``, unknown format).
    """
    if engine not in ("local", "dask"):
        raise InputError(f"engine must be 'local' or 'dask', not {engine!r}")
    check_count("jobs", jobs)
    check_count("batch_size", batch_size)
    if limit is not None:
        check_count("limit", limit, minimum=0)
    output = Path(output)
    options = Pipeline(**(pipeline_options or {})).config  # validates the options up front
    position = Position()
    records = iter_records(input, text_field=text_field, id_field=id_field, position=position)
    if limit is not None:
        records = (r for i, r in zip(range(limit), records))
    part, done = _prepare_output(output, resume, overwrite, Path(input))
    summary = Summary(output=str(output))
    started = time.perf_counter()
    batches = batched(_todo(records, done, summary, lambda: bar.resumed(summary)), batch_size)  # lazy: bar is set below
    if engine == "dask":
        from .dask_ext import analyse_on_cluster

        results = analyse_on_cluster(batches, options, scheduler)
    else:
        results = _analyse_locally(batches, options, jobs)
    bar = BatchProgress(input, position, enabled=progress, limit=limit)
    try:
        with frozen_heap():  # the loaded models stay out of the collector's full passes (.heap)
            for pairs in results:
                with _writing(output, summary):
                    part.append([line for line, _ in pairs])
                _count([error for _, error in pairs], summary)
                bar.update(summary)
        with _writing(output, summary):
            finalize(part, output)
    except BackendError as exc:  # a worker killed (out of memory): the checkpoint keeps the rest
        raise BackendError(f"{exc}; --resume continues from the {summary.written} records written") from None
    except OSError as exc:  # the analysis's, not a write's (those are InputErrors): a cluster lost
        raise BackendError(f"the analysis stopped: {type(exc).__name__}: {exc}; --resume continues from "
                           f"the {summary.written} records written") from None
    finally:
        bar.close()
    summary.seconds = time.perf_counter() - started
    return summary


@contextlib.contextmanager
def _writing(output: Path, summary: Summary) -> Iterator[None]:
    """An OSError while writing (a full disk, a folder gone) as an InputError pointing to
    --resume; only around writes: an analysis's OSError (a Dask scheduler out of reach) was
    reported as the output's."""
    try:
        yield
    except OSError as exc:  # the checkpoint keeps what was written
        raise InputError(f"cannot write {output}: {exc.strerror or exc}; --resume continues from "
                         f"the {summary.written} records written") from None


def _count(errors: list[str | None], summary: Summary) -> None:
    summary.written += len(errors)
    for error in errors:
        if error:
            summary.errors += 1
            summary.error_reasons[_reason(error)] += 1


_NUMBER = regex.compile(r"(?<![\w-])\d[\d,.]*(?<![,.])(?![\w-])")  # a number, not the 8 of UTF-8
_EXCEPTION = regex.compile(r"^\w+(Error|Exception|Warning): ")


def _reason(error: str) -> str:
    """The kind of an error, for the run's summary: numbers as N, cut at the first ':' that
    follows an exception's name.

    >>> _reason("line 9 is not valid JSON: unexpected end of data")
    'line N is not valid JSON'
    >>> _reason("BackendError: worker 2: gone")
    'BackendError: worker N'
    >>> _reason("line 3 is not UTF-8 text (a CSV saved as Windows-1258?)")
    'line N is not UTF-8 text (a CSV saved as Windows-1258?)'
    """
    error = _NUMBER.sub("N", error)
    skip = len(_EXCEPTION.match(error)[0]) if _EXCEPTION.match(error) else 0
    return error[: skip + (error[skip:] + ":").index(":")][:100]
