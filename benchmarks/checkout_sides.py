"""Run a benchmark script's measuring side in a fresh process for each of two checkouts.

A script that compares this checkout with another (``--other DIR``, made with ``git
archive``) re-runs itself with ``--side`` and ``PYTHONPATH`` set to one checkout, so each
side imports its own ``vnnews``; the side prints its result as JSON on its last line.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def comparison_parser(description: str) -> argparse.ArgumentParser:
    """A parser with ``--other`` (the other checkout) and the hidden ``--side`` flag."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--other", type=Path, help="the other checkout (holds vnnews/ and models/)")
    parser.add_argument("--side", action="store_true", help=argparse.SUPPRESS)
    return parser


def check_other(parser: argparse.ArgumentParser, args: argparse.Namespace) -> Path:
    """The other checkout, resolved; a usage error without one."""
    if args.other is None:
        parser.error("--other is required")
    return args.other.resolve()


def run_side(script: str, checkout: Path, arguments: list[str]):
    """The JSON ``script --side ARGUMENTS`` prints last, run with ``checkout``'s vnnews."""
    command = [sys.executable, script, "--side", *arguments]
    finished = subprocess.run(command, env=dict(os.environ, PYTHONPATH=str(checkout)), capture_output=True, text=True)
    if finished.returncode:
        raise SystemExit(f"{checkout}: {finished.stderr.strip().splitlines()[-1]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])
