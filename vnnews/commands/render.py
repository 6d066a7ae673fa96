"""``vnnews render FILE -o page.html``: analyse an article and write its HTML entity view.

FILE is an article (plain text, or HTML) analysed with the default pipeline, or a
Document saved as JSON (``Document.to_json()`` output, e.g. from ``vnnews analyze``),
which is rendered as it is. ``-`` reads stdin; without ``-o`` the page goes to stdout.

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> parser.parse_args(["article.txt", "-o", "page.html"]).output
'page.html'
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..document import Document
from ..errors import InputError
from ._io import read_bytes_arg

NAME = "render"
HELP = "write a self-contained HTML page showing an article's entities, topic and government score"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="article text/HTML, or a Document JSON; '-' for stdin")
    parser.add_argument("-o", "--output", default="-", metavar="PAGE", help="HTML file to write (default: stdout)")
    parser.add_argument("--title", default=None, help="page title (default: the article's title or first line)")


def run(args: argparse.Namespace) -> int:
    from ..render import html

    doc = document_from_input(read_bytes_arg(args.file))
    page = html(doc, title=args.title)
    if args.output == "-":
        sys.stdout.write(page)
    else:
        _write(Path(args.output), page)
        print(f"wrote {args.output} ({len(doc.entities)} entities)", file=sys.stderr)
    return 0


def document_from_input(data: bytes) -> Document:
    """Input starting with ``{`` is read as a Document JSON; anything else (text or HTML in
    any encoding the pipeline decodes) is analysed by the default pipeline.

    >>> document_from_input('{"schema_version": 1, "text": "Xin chào"}'.encode()).text
    'Xin chào'
    """
    if data.lstrip()[:1] == b"{":
        try:
            return Document.from_json(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise InputError(f"a Document JSON must be UTF-8 ({exc.reason} at byte {exc.start})") from exc
    from ..pipeline import load

    return load()(data)



def _write(path: Path, page: str) -> None:
    if path.is_dir():
        raise InputError(f"{path} is a folder; give the HTML file to write")
    try:
        path.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror}") from exc
