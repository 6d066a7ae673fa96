"""``vnnews restore [FILE|-]``: print the text with its Vietnamese diacritics restored.

>>> import argparse, io, contextlib
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = run(argparse.Namespace(file=None, stdin=io.StringIO("Ha Noi mua thu")))
>>> status, out.getvalue()
(0, 'Hà Nội mùa thu')
"""

from __future__ import annotations

import argparse
import sys

from ._io import read_text_arg

NAME = "restore"
HELP = "restore the diacritics of unaccented Vietnamese text (FILE or - for stdin)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="UTF-8 text file, or - for stdin (default)")


def run(args: argparse.Namespace) -> int:
    from ..restore import restore_diacritics

    text = read_text_arg(args.file, stdin=getattr(args, "stdin", None))
    sys.stdout.write(restore_diacritics(text))
    return 0
