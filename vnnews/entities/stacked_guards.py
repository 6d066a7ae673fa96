"""Structural guards on the stacked layer's spans (see :func:`.stacked.choose`): kinds of
CRF span that no reader would write, kept out whatever the CRF's confidence.

- ``"inside"``: a CRF span strictly inside a rule span of the same label does not replace
  it ("Cục An" inside the rules' "Cục An ninh điều tra", "Lê Văn A" inside "Lê Văn A.");
- ``"glued"``: a CRF span whose start or end falls inside a whitespace-delimited token, or that
  runs across a glued junction (a lower-case word directly followed by a capitalised one, as
  in "hoáTiêu": two words that lost their separator, which the syllables cannot split);
- ``"swallow"``: a CRF ORGANIZATION/LOCATION span that covers a whole rule PERSON/OFFICIAL span
  and more text ("Hãng Hàng không Quốc gia Lào Bounmy Vongsa").

The layer applies :data:`SHIPPED` ("inside" and "glued"): each gained in the leave-one-batch-out
CV of benchmarks/entities_stacked.py; "swallow" lost there (OFFICIAL+PERSON and ORGANIZATION
together −0.15 F1 points), so it is available but off (benchmarks/entities_stacked.md, "Guards").

>>> blocking((0, 6, "ORGANIZATION"), [(0, 20, "ORGANIZATION")], "Cục An ninh điều tra")
'inside'
>>> blocking((0, 6, "ORGANIZATION"), [(0, 20, "ORGANIZATION")], "Cục An ninh điều tra", guards=()) is None
True
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

GUARDS = ("inside", "glued", "swallow")
"""Every guard, in the order :func:`blocking` checks them."""

SHIPPED = ("inside", "glued")
"""The guards the stacked layer applies (chosen by the CV, see the module's docstring)."""

_GLUED = regex.compile(r"(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}\p{M}]*(?=\p{Lu}\p{Ll})")
"""A lower-case word directly followed by a capitalised one ("hoá" in "hoáTiêu")."""

_MARK = regex.compile(r"\p{M}")
"""A combining mark (a tone or vowel mark written apart from its letter)."""

_PERSONS = ("PERSON", "OFFICIAL")
_PLACES_AND_BODIES = ("ORGANIZATION", "LOCATION")


def blocking(span: tuple[int, int, str], rule_spans: Sequence[tuple[int, int, str]], text: str,
             guards: Collection[str] = SHIPPED) -> str | None:
    """The first of ``guards`` that keeps the CRF ``span`` out, given the sentence's rule spans
    and the ``text`` the offsets point into; None when the span may be added.

    >>> text = "Gửi tới: Ban Văn hoáTiêu đề: phim"
    >>> blocking((9, 24, "ORGANIZATION"), [(9, 20, "ORGANIZATION")], text)
    'glued'
    >>> text = "Hãng Hàng không Quốc gia Lào Bounmy Vongsa"
    >>> blocking((0, 42, "ORGANIZATION"), [(29, 42, "PERSON")], text, GUARDS)
    'swallow'
    >>> blocking((0, 42, "ORGANIZATION"), [(29, 42, "PERSON")], text) is None
    True
    >>> blocking((0, 6, "ORGANIZATION"), [], "Cục An ninh điều tra") is None
    True
    """
    start, end, label = span
    if "inside" in guards and any(s <= start and end <= e and (s, e) != (start, end) and lab == label
                                  for s, e, lab in rule_spans):
        return "inside"
    if "glued" in guards and (cuts_token(text, start) or cuts_token(text, end) or crosses_glue(text, start, end)):
        return "glued"
    if "swallow" in guards and label in _PLACES_AND_BODIES and any(
            start <= s and e <= end and (s, e) != (start, end) and lab in _PERSONS for s, e, lab in rule_spans):
        return "swallow"
    return None


def cuts_token(text: str, offset: int) -> bool:
    """Whether ``offset`` falls between two letters or digits of one whitespace-delimited token.

    >>> cuts_token("Văn hoáTiêu", 7), cuts_token("Văn hoáTiêu", 3), cuts_token("Văn hoáTiêu", 11)
    (True, False, False)
    """
    return 0 < offset < len(text) and _word(text[offset - 1]) and _word(text[offset])


def crosses_glue(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` runs across a glued junction (see :data:`_GLUED`).

    >>> crosses_glue("Ban Văn hoáTiêu đề", 0, 15), crosses_glue("Công ty VinFast", 0, 15)
    (True, False)
    """
    return any(start <= m.start() and m.end() < end for m in _GLUED.finditer(text, start, end))


def _word(char: str) -> bool:
    return char.isalnum() or _MARK.match(char) is not None
