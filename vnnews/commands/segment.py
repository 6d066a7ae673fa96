"""``vnnews segment``: one sentence per line, words separated by spaces, syllables by "_".

>>> import io, contextlib
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     code = run(build_args(["-", "--backend", "pyvi"]), stdin=io.StringIO("Thủy điện Hòa Bình. Hết"))
>>> code
0
>>> print(out.getvalue(), end="")
Thủy_điện Hòa_Bình .
Hết
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from ..segment import BACKENDS, Segmenter
from ._io import read_text_arg

NAME = "segment"
HELP = "split text into sentences and words (underthesea or pyvi backend)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="UTF-8 text file (default: stdin)")
    parser.add_argument("--backend", choices=sorted(BACKENDS), default="underthesea", help="word segmenter")
    parser.add_argument("--user-dict", metavar="FILE", help="words to keep whole, one per line")
    parser.add_argument("--json", action="store_true", help="one JSON object per sentence, with offsets")


def build_args(argv: list[str]) -> argparse.Namespace:
    """Parse this command's arguments (for tests and doctests)."""
    parser = argparse.ArgumentParser(prog=f"vnnews {NAME}")
    add_arguments(parser)
    return parser.parse_args(argv)


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    text = read_text_arg(args.file, stdin=stdin)
    user_dict = read_text_arg(args.user_dict).splitlines() if args.user_dict else None
    segmenter = Segmenter(args.backend, user_dict=user_dict)
    for start, end in segmenter.sentence_spans(text):
        words = [(start + s, start + e) for s, e in segmenter.word_spans(text[start:end])]
        if args.json:
            record = {"start": start, "end": end, "words": [[s, e, text[s:e]] for s, e in words]}
            print(json.dumps(record, ensure_ascii=False))
        else:
            print(" ".join("_".join(text[s:e].split()) for s, e in words))
    sys.stdout.flush()
    return 0
