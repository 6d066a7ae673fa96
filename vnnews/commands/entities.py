"""``vnnews entities``: the entities of a text (file or stdin) as JSON lines.

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> parser.parse_args(["article.txt", "--label", "OFFICIAL"]).label
['OFFICIAL']
"""

from __future__ import annotations

import argparse
import json
import sys

from ..entities import extract_entities
from ..stacked_option import STACKED_CHOICES
from ._io import read_text_arg

NAME = "entities"
HELP = "officials, persons, places and organisations of a text, one JSON object per line"
LABELS = ("OFFICIAL", "PERSON", "PROVINCE", "DISTRICT", "COMMUNE", "ORGANIZATION", "LOCATION")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare FILE, --label and --stacked."""
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for stdin")
    parser.add_argument("--label", action="append", choices=LABELS,
                        help="only entities with this label (repeatable)")
    parser.add_argument("--stacked", choices=tuple(STACKED_CHOICES), help="the stacked CRF layer "
                        "(off: the rules alone; default: vnnews.stacked_option.DEFAULT_STACKED)")


def run(args: argparse.Namespace) -> int:
    """Print one JSON object per entity; returns the exit status.

    >>> import argparse, contextlib, io, tempfile, pathlib
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = path.write_text("Ông Lê Văn Tám ở Hà Nội.", encoding="utf-8")
    >>> out = io.StringIO()
    >>> with contextlib.redirect_stdout(out):
    ...     status = run(argparse.Namespace(file=str(path), label=["PERSON"]))
    >>> status, len(out.getvalue().splitlines())
    (0, 1)
    """
    text = read_text_arg(args.file)
    options = {"stacked": STACKED_CHOICES[args.stacked]} if getattr(args, "stacked", None) else {}
    for entity in extract_entities(text, **options):  # no --stacked: the library's default
        if not args.label or entity.label in args.label:
            sys.stdout.write(json.dumps(entity.to_dict(), ensure_ascii=False) + "\n")
    return 0
