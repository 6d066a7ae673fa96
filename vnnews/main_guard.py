"""Refuse to start worker processes from the unguarded top level of a script.

Worker processes are started with ``spawn``: each one first imports the user's script. A
script that calls ``nlp.pipe(texts, n_process=2)`` at its top level, not under
``if __name__ == "__main__":``, makes every worker call it again while starting; the worker
dies, the pool starts another, and the run hangs printing tracebacks. :func:`check_main_guard`
finds that case before any process starts and raises :class:`~vnnews.errors.InputError`.
Interactive sessions, notebooks and ``python -c`` have no script file and are never refused.

>>> check_main_guard()  # a doctest runs inside a function of the test runner: nothing to refuse
"""

from __future__ import annotations

import ast
import sys
from types import FrameType

from .errors import InputError


def _guarded_lines(source: str) -> list[tuple[int, int]]:
    """Line ranges of the module-level ``if`` blocks whose test names ``__name__`` and ``"__main__"``.

    >>> _guarded_lines('import x\\nif __name__ == "__main__":\\n    x.run()\\n')
    [(2, 3)]
    """
    ranges = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.If):
            names = {n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)}
            strings = {n.value for n in ast.walk(node.test) if isinstance(n, ast.Constant)}
            if "__name__" in names and "__main__" in strings:
                ranges.append((node.lineno, node.end_lineno or node.lineno))
    return ranges


def _script_frame() -> FrameType | None:
    """The frame running the top level of the ``__main__`` script, when the call comes from it."""
    main = sys.modules.get("__main__")
    frame = sys._getframe(1)
    while frame is not None:
        if frame.f_code.co_name == "<module>" and main is not None and frame.f_globals is vars(main):
            return frame
        frame = frame.f_back
    return None


def check_main_guard(what: str = "n_process > 1") -> None:
    """Raise InputError when called from a script's top level outside ``if __name__ == "__main__":``."""
    frame = _script_frame()
    path = getattr(sys.modules.get("__main__"), "__file__", None)
    if frame is None or not path:
        return
    try:
        with open(path, encoding="utf-8") as handle:
            guarded = _guarded_lines(handle.read())
    except (OSError, SyntaxError, UnicodeDecodeError, ValueError):
        return  # no readable source: nothing to tell
    line = frame.f_lineno
    if not any(start <= line <= end for start, end in guarded):
        raise InputError(
            f"{what} starts worker processes, which import your script {path} first: put the call "
            f"(line {line}) under `if __name__ == \"__main__\":`, or each worker would run it again and the run hang"
        )
