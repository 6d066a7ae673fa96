"""Small helpers shared by commands: read a FILE or stdin, write stdout.

>>> import io, sys
>>> read_text_arg("-", stdin=io.StringIO("xin chào"))
'xin chào'
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError


def read_text_arg(path: str | None, stdin: TextIO | None = None) -> str:
    """Return the text of ``path`` (UTF-8), or of stdin when ``path`` is ``-`` or None."""
    if path in (None, "-"):
        return (stdin or sys.stdin).read()
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {path}")
    try:
        return file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def read_bytes_arg(path: str, stdin: BinaryIO | None = None) -> bytes:
    """Return the bytes of ``path``, or of stdin when ``path`` is ``-`` (any encoding: the
    Pipeline decodes them).

    >>> import io
    >>> read_bytes_arg("-", stdin=io.BytesIO(b"xin chao"))
    b'xin chao'
    """
    if path == "-":
        return (stdin or sys.stdin.buffer).read()
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {path}")
    return file.read_bytes()
