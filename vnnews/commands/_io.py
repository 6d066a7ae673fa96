"""Small helpers shared by commands: read a FILE or stdin, write stdout.

>>> import io
>>> read_text_arg("-", stdin=io.StringIO("xin chào"))
'xin chào'
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO, TextIO

from ..errors import InputError


def read_text_arg(path: str | None, stdin: TextIO | None = None) -> str:
    """Return the text of ``path`` (UTF-8), or of stdin when ``path`` is ``-`` or None.

    Bytes that are not UTF-8 raise :class:`~vnnews.errors.InputError`, from stdin as from a
    file (stdin's own decoding turned them into U+FFFD or lone surrogates without a word).

    >>> import io
    >>> read_text_arg("-", stdin=io.TextIOWrapper(io.BytesIO(b"Vi\\xd6t Nam")))
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: stdin is not UTF-8 text (invalid continuation byte at byte 2)
    """
    if path in (None, "-"):
        stream = stdin or sys.stdin
        if not hasattr(stream, "buffer"):  # a text stream without bytes beneath (io.StringIO)
            return stream.read()
        return _utf8(stream.buffer.read(), "stdin")
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no such file: {path}")
    return _utf8(file.read_bytes(), path)


def _utf8(data: bytes, name: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name} is not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


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
