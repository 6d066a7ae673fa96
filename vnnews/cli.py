"""The ``vnnews`` command. Each subcommand is a module in :mod:`vnnews.commands`.

A command module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; it is found automatically, so adding a command touches no
other file.

>>> main(["--version"]) == 0  # doctest: +ELLIPSIS
vnnews ...
True
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from typing import Sequence

from . import commands
from ._version import __version__
from .errors import VnnewsError


def _command_modules() -> list:
    names = sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))
    return [importlib.import_module(f"{commands.__name__}.{name}") for name in names]


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every discovered subcommand.

    >>> "normalize" in build_parser().format_help() or True
    True
    """
    parser = argparse.ArgumentParser(
        prog="vnnews", description="Vietnamese news analysis: normalise, segment, entities, topics."
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in _command_modules():
        cmd = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run, _interrupted=getattr(module, "INTERRUPTED", ""))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(f"vnnews {__version__}")
        return 0
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except VnnewsError as exc:
        print(f"vnnews {args.command}: error: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except UnicodeEncodeError as exc:  # stdout in an encoding without Vietnamese letters
        what = exc.object[exc.start : exc.end]
        print(f"vnnews {args.command}: error: the output's encoding ({exc.encoding}) cannot write {what!r}: "
              "set PYTHONIOENCODING=utf-8", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # Ctrl-C: a line saying so, not a traceback from deep in multiprocessing
        print(f"vnnews {args.command}: interrupted{args._interrupted}", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
