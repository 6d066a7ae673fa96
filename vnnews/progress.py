"""The progress bar of ``vnnews batch``: a total and an ETA without reading the input twice.

The total is what is known up front, cheaply: the number of records when the input says it
(a Parquet file's row count in its metadata, a folder's files, ``--limit``), otherwise the
size of the input file, the bar then moving by the bytes the reader has read (for .gz the
compressed bytes; see :class:`~vnnews.corpus.Position`). The input is streamed once either
way. A bar of bytes shows the articles written and their rate per second beside it (since the
bar started: the models are loaded by then, with one process); a bar of records shows its
own articles/s. A resumed run
starts its bar where the records already written end, so its rate and ETA count this run's
work only.

On a terminal the bar is redrawn in place (at most ten times a second). When stderr is not a
terminal (a log file, ``nohup``), carriage-return redraws would pile up in the log: the bar
writes one plain ASCII line a minute instead (and one at the start and the end). ``enabled=False`` (``--no-progress``) writes nothing.

>>> import io, tempfile, pathlib
>>> from vnnews.corpus import Position
>>> path = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
>>> _ = path.write_text('{"id": 1, "text": "a"}\\n' * 4, encoding="utf-8")
>>> log = io.StringIO()
>>> progress = BatchProgress(path, Position(), file=log)
>>> progress.bar.total, progress.bar.unit
(92, 'B')
>>> progress.close()
>>> "\\r" in log.getvalue()
False
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import IO, Any

from .corpus import Position, count_records

__all__ = ["BatchProgress"]

LOG_INTERVAL = 60.0  # seconds between two lines when stderr is not a terminal


class BatchProgress:
    """The bar of one batch run over ``input``; :meth:`update` after each batch written."""

    def __init__(self, input: str | Path, position: Position, *, enabled: bool = True,
                 limit: int | None = None, file: IO[str] | None = None) -> None:
        import sys

        from tqdm import tqdm

        input = Path(input)
        count = count_records(input)
        if limit is not None:
            count = limit if count is None else min(count, limit)
        self.by_bytes = count is None and input.is_file()
        self.position = position
        stream = file if file is not None else sys.stderr
        terminal = _is_terminal(stream)
        self.bar = tqdm(
            total=input.stat().st_size if self.by_bytes else count,
            desc="vnnews batch",
            unit="B" if self.by_bytes else " articles",
            unit_scale=self.by_bytes,
            unit_divisor=1024,
            smoothing=0.1,
            disable=not enabled,
            file=stream if terminal else _Lines(stream),
            mininterval=0.1 if terminal else LOG_INTERVAL,
            maxinterval=10.0 if terminal else LOG_INTERVAL,  # tqdm's monitor would print every 10 s
            dynamic_ncols=terminal,
            ascii=None if terminal else True,  # a log gets '#' for the bar, not block characters
        )
        self.started = time.perf_counter()
        self.written_before = 0

    def _done(self, summary: Any) -> int:
        return self.position.tell() if self.by_bytes else summary.written + summary.skipped

    def resumed(self, summary: Any) -> None:
        """Start the bar (and its rate, its ETA) here: the records before were already written."""
        self.started = time.perf_counter()
        self.written_before = summary.written
        if self.bar.disable:
            return
        done = self._done(summary)
        self.bar.reset()
        self.bar.n = self.bar.last_print_n = self.bar.initial = done
        self.bar.refresh()

    def update(self, summary: Any) -> None:
        """Move the bar to what has been read (bytes) or written and skipped (records)."""
        if self.bar.disable:
            return
        if self.by_bytes:  # a bar of records shows their rate itself
            seconds = time.perf_counter() - self.started
            rate = (summary.written - self.written_before) / seconds if seconds > 0 else 0.0
            self.bar.set_postfix_str(f"{summary.written:,} articles, {rate:.1f} articles/s", refresh=False)
        self.bar.update(self._done(summary) - self.bar.n)

    def close(self) -> None:
        self.bar.close()


def _is_terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


class _Lines:
    """A stream for tqdm that turns its in-place redraws into whole lines (for a log file)."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def write(self, text: str) -> None:
        line = text.replace("\r", "").rstrip()
        if line:
            self.stream.write(line + "\n")

    def flush(self) -> None:
        self.stream.flush()
