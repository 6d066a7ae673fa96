"""The ``stacked`` option of the entity step: its one default and the values it accepts.

``EntityRecognizer(stacked=...)``, ``extract_entities(text, stacked=...)`` and
``Pipeline(stacked=...)`` all take it:

- ``False``: the rules alone;
- ``"fast"``: a CRF over the rules' output, the syllables and the text's other capitals
  (``models/entity_crf_fast``; keeps the entity step fast);
- ``True`` or ``"full"``: the same with underthesea's CRF NER tag as a feature
  (``models/entity_crf``; about 20 times slower).

All three take :data:`DEFAULT_STACKED` when the option is not given (or is None), read when
they are called, so a program that sets ``vnnews.stacked_option.DEFAULT_STACKED`` after the
import is followed (benchmarks/entities_stacked.md says how the default is decided).

>>> [stacked_layer(value) for value in (False, "fast", True, "full")]
[None, 'fast', 'full', 'full']
"""

from __future__ import annotations

from .errors import InputError

DEFAULT_STACKED: bool | str = False
"""The stacked layer used when none is asked for: ``False`` (rules alone), ``"fast"`` or
``True``/``"full"``; the one place the default is set. The fast layer passed its accuracy
rule on fresh sentences (ORGANIZATION +4.3 F1) but takes the whole Pipeline to 4.6x
underthesea's speed, below the 5x floor, so the default stays the rules
(benchmarks/entities_stacked.md, "Decision")."""
STACKED_CHOICES = {"off": False, "fast": "fast", "full": "full"}
"""The command line's ``--stacked`` words and the values they stand for."""


def resolved(stacked: bool | str | None) -> bool | str:
    """``stacked`` itself, or :data:`DEFAULT_STACKED` as it is at this call when None (the
    default of every ``stacked`` parameter).

    >>> resolved("fast"), resolved(None) is DEFAULT_STACKED
    ('fast', True)
    """
    return DEFAULT_STACKED if stacked is None else stacked


def stacked_layer(stacked: bool | str) -> str | None:
    """The layer a ``stacked`` value asks for: None (rules alone), ``"fast"`` or ``"full"``;
    :class:`~vnnews.errors.InputError` for any other value.

    >>> stacked_layer("fast")
    'fast'
    >>> stacked_layer("yes")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: stacked must be False, True, 'fast' or 'full', not 'yes'
    """
    if stacked is False:
        return None
    if stacked is True:
        return "full"
    if isinstance(stacked, str) and stacked in ("fast", "full"):
        return stacked
    raise InputError(f"stacked must be False, True, 'fast' or 'full', not {stacked!r}")
