"""JSON for batch records: orjson's speed, with the standard library for what orjson refuses.

orjson refuses strings holding lone surrogates (text read with
``errors="surrogateescape"``, or a JSON ``"\\ud800"`` escape) and integers beyond 64
bits (and reads the latter as a rounded float); both are valid JSON and valid Python.
:func:`dumps` writes such a record with ASCII escapes instead, and :func:`loads` reads
it back exactly, so one odd record never stops a batch run or a resume, and an id is
never rounded into another.

>>> loads(dumps({"id": 2**70, "text": "Hà \\ud800"})) == {"id": 2**70, "text": "Hà \\ud800"}
True
>>> dumps({"id": 1, "text": "Hue"})
b'{"id":1,"text":"Hue"}'
"""

from __future__ import annotations

import json
import re
from typing import Any

import orjson

__all__ = ["dumps", "loads"]

# 20 digits or more: beyond 2**64, where orjson gives a float (a string holding such a
# run goes the slower, exact way too)
_LONG_INTEGER = re.compile(rb"\d{20}")
_LONG_INTEGER_TEXT = re.compile(r"\d{20}")


def dumps(obj: Any) -> bytes:
    """``obj`` as compact JSON (UTF-8; ASCII-escaped when orjson cannot write it).

    >>> dumps(["a", "\\udc80"])
    b'["a","\\\\udc80"]'
    """
    try:
        return orjson.dumps(obj, option=orjson.OPT_SERIALIZE_NUMPY)
    except orjson.JSONEncodeError:
        return json.dumps(obj, ensure_ascii=True, separators=(",", ":"), default=_plain).encode("ascii")


def loads(data: bytes | str) -> Any:
    """The value of one JSON text; raises ``orjson.JSONDecodeError`` (a ValueError) when
    neither orjson nor the standard library can read it.

    >>> loads(b'{"text": "\\\\ud800"}')
    {'text': '\\ud800'}
    """
    long_integer = _LONG_INTEGER if isinstance(data, bytes) else _LONG_INTEGER_TEXT
    if long_integer.search(data):  # orjson would round it to a float
        return json.loads(data)
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        try:
            return json.loads(data)
        except ValueError:
            raise error from None


def _plain(value: Any) -> Any:
    """NumPy scalars and arrays as plain Python values (what orjson's numpy option writes)."""
    if hasattr(value, "tolist"):
        return value.tolist()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")
