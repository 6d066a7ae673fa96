"""``vnnews batch INPUT -o OUTPUT``: analyse a corpus, one output record per input record.

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> parser.parse_args(["in.jsonl", "-o", "out.jsonl", "--jobs", "2"]).jobs
2
"""

from __future__ import annotations

import argparse
import sys

from ..batch import run_batch
from ..corpus import iter_rows
from ..errors import VnnewsError
from .analyze import add_pipeline_arguments, pipeline_options

NAME = "batch"
HELP = "analyse a corpus (JSONL(.gz), CSV, Parquet or a folder of .txt/.html) into JSONL(.gz) or Parquet"
INTERRUPTED = ": the records written so far are kept, run the same command with --resume to continue"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="a .jsonl/.jsonl.gz/.csv/.parquet file or a folder of .txt/.html files")
    parser.add_argument("-o", "--output", required=True, help="OUTPUT.jsonl, OUTPUT.jsonl.gz or OUTPUT.parquet")
    parser.add_argument("--text-field", default="text", help="field holding the article text (default: text)")
    parser.add_argument("--id-field", default="id", help="field holding the record id (default: id)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--batch-size", type=int, default=16, help="records sent to a worker at a time")
    parser.add_argument("--resume", action="store_true", help="continue a run: skip ids already written")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    parser.add_argument("--engine", choices=("local", "dask"), default="local", help="local processes or Dask")
    parser.add_argument("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (default: a local cluster)")
    parser.add_argument("--limit", type=int, help="stop after this many input records")
    parser.add_argument("--no-progress", action="store_true",
                        help="no progress bar (its total: the input's bytes, or its records when known; "
                             "into a log, not a terminal, it writes one line a minute)")
    add_pipeline_arguments(parser)


def run(args: argparse.Namespace) -> int:
    summary = run_batch(
        args.input,
        args.output,
        text_field=args.text_field,
        id_field=args.id_field,
        jobs=args.jobs,
        batch_size=args.batch_size,
        resume=args.resume,
        overwrite=args.overwrite,
        engine=args.engine,
        scheduler=args.scheduler,
        limit=args.limit,
        progress=not args.no_progress,
        pipeline_options=pipeline_options(args),
    )
    print(summary, file=sys.stderr)
    if summary.written and summary.errors == summary.written:  # every record an error: say why, fail
        print(f"vnnews batch: error: no record was analysed{_field_hint(args)}", file=sys.stderr)
        return 1
    return 0


def _field_hint(args: argparse.Namespace) -> str:
    """When the input's first record has no ``--text-field``, the fields it has.

    >>> import tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "in.jsonl"
    >>> _ = path.write_text('{"id": 1, "body": "Xin chào"}\\n', encoding="utf-8")
    >>> _field_hint(argparse.Namespace(input=str(path), text_field="text"))
    "; its first record has no field 'text' but id, body: choose the text's with --text-field"
    """
    try:
        first = next((row for row in iter_rows(args.input) if isinstance(row, dict)), None)
    except VnnewsError:  # a folder, a broken file: the reasons above say it
        return ""
    if first is None or args.text_field in first:
        return ""
    fields = ", ".join(str(name) for name in list(first)[:12])
    return f"; its first record has no field {args.text_field!r} but {fields}: choose the text's with --text-field"
