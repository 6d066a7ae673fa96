"""One exception hierarchy for everything vnnews raises on purpose.

Every error the library raises derives from :class:`VnnewsError`, so a caller can
catch them all with one ``except``. Where a built-in type also fits (a bad argument
is a ``ValueError``), the error derives from it too.

>>> from vnnews.errors import VnnewsError, InputError
>>> issubclass(InputError, VnnewsError) and issubclass(InputError, ValueError)
True
"""


class VnnewsError(Exception):
    """Base class of every exception vnnews raises."""


class InputError(VnnewsError, ValueError):
    """The input cannot be processed (wrong type, undecodable bytes, bad option)."""


class EncodingError(InputError):
    """Bytes or legacy-encoded text that cannot be decoded."""


class ModelError(VnnewsError):
    """A shipped or user model is missing, unreadable or has been tampered with."""


class MissingDependencyError(VnnewsError, ImportError):
    """An optional dependency is needed; the message says which ``pip install`` brings it."""


class BackendError(VnnewsError):
    """A third-party backend (underthesea, pyvi, ...) failed on an input."""


def check_text(text: object, who: str | None = None) -> str:
    """Return ``text`` if it is a str; raise :class:`InputError` otherwise.

    ``who`` names the function that was called, for the message.

    >>> check_text("Hà Nội")
    'Hà Nội'
    >>> check_text(b"abc")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: expected text (str), got bytes; decode it first (vnnews.clean)
    >>> check_text(None, who="classify")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: classify expects text (str), got NoneType
    """
    if isinstance(text, str):
        return text
    hint = "; decode it first (vnnews.clean)" if isinstance(text, (bytes, bytearray)) else ""
    expects = f"{who} expects" if who else "expected"
    raise InputError(f"{expects} text (str), got {type(text).__name__}{hint}")


def check_count(name: str, value: object, minimum: int = 1) -> int:
    """Return ``value`` if it is an integer (not a bool) of at least ``minimum``; raise
    :class:`InputError` naming the argument otherwise.

    >>> check_count("jobs", 2)
    2
    >>> check_count("jobs", "2")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: jobs must be an integer of at least 1, not '2'
    """
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise InputError(f"{name} must be an integer of at least {minimum}, not {value!r}")
    return value
