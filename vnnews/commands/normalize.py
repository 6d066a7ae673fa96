"""``vnnews normalize``: normalise Vietnamese text from a file or stdin to stdout.

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> args = parser.parse_args(["--tone-style", "old", "--from", "none"])
>>> args.tone_style, args.legacy, args.file, args.qui_to_quy
('old', 'none', '-', False)
"""

from __future__ import annotations

import argparse
import sys

from ..normalize import normalize
from ..normalize.legacy import LEGACY_CHOICES
from ..normalize.tones import TONE_STYLES
from ._io import read_text_arg

NAME = "normalize"
HELP = "normalise Vietnamese text: NFC, one tone-mark style, legacy encodings decoded"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare FILE, --tone-style, --from and --qui-to-quy."""
    parser.add_argument("file", nargs="?", default="-", metavar="FILE", help="UTF-8 text file, or - for stdin")
    parser.add_argument(
        "--tone-style", choices=TONE_STYLES, default="new", help="new: hoà, thuỷ (default); old: hòa, thủy"
    )
    parser.add_argument(
        "--from",
        dest="legacy",
        choices=LEGACY_CHOICES,
        default="auto",
        help="legacy encoding of the input: detected (auto, default), forced, or none",
    )
    parser.add_argument("--qui-to-quy", action="store_true", help='also spell the syllable "qui" as "quy" (quí -> quý)')


def run(args: argparse.Namespace) -> int:
    """Read the text, write it normalised to stdout; returns the exit status."""
    text = read_text_arg(args.file)
    sys.stdout.write(normalize(text, tone_style=args.tone_style, legacy=args.legacy, qui_to_quy=args.qui_to_quy))
    return 0
