"""A stacked model's attribute vocabulary, and feature rows written with it (the fast path of
:func:`.stacked.relabel`).

CRFsuite's tagger looks each feature string up in the model's attributes and ignores the ones
it does not know; the weights of the known ones are summed in the order they come. So rows
that keep every known string of :func:`.stacked_features.sentence_features` in the same
order, and leave out (some of) the unknown ones, give the same tags and marginals to the last
bit. :func:`encoded_rows` writes such rows directly as UTF-8 bytes (what CRFsuite reads, so
nothing is encoded again per call), taking the neighbours' prefixed marks ("-1:w=hà") from a
table built once per model instead of joining strings for every syllable
(benchmarks/entities_stacked.md, "Twenty-first stop").

>>> vocab = Vocabulary(["bias", "w=hà", "-1:w=hà", "1:s=Aa", "-2:edge"])
>>> own = [["bias", "w=hà", "s=Aa"], ["bias", "w=nội", "s=Aa"]]
>>> seen = [["w=hà", "s=Aa"], ["w=nội", "s=Aa"]]
>>> encoded_rows(own, seen, vocab)[1]
[b'bias', b'-2:edge', b'-1:w=h\\xc3\\xa0', b'-1:s=Aa', b'1:edge', b'2:edge']
"""

from __future__ import annotations

import os
import tempfile
from typing import Iterable, Sequence

PREFIXES = ("-2:", "-1:", "1:", "2:")
"""The prefixes of the neighbours' marks, in the order a row holds them
(:func:`.stacked_features.with_neighbours`)."""

_NONE = ((), (), (), ())


class Vocabulary:
    """The attributes of one model (``known``): ``own`` maps each known unprefixed mark to its bytes,
    ``around`` each mark known after at least one prefix to its four prefixed forms (in the
    order of :data:`PREFIXES`; a form the model lacks is harmless, CRFsuite skips it)."""

    def __init__(self, attributes: Iterable[str]):
        attributes = set(attributes)
        self.known = frozenset(attributes)  # every attribute, prefixed or not (.stacked_rows)
        self.own = {a: a.encode("utf-8") for a in attributes if not a.startswith(PREFIXES)}
        marks = {a.split(":", 1)[1] for a in attributes if a.startswith(PREFIXES)}
        self.around = {m: tuple((p + m).encode("utf-8") for p in PREFIXES) for m in marks}
        self.edges = tuple((p + "edge").encode("utf-8") for p in PREFIXES)


def model_vocabulary(tagger) -> Vocabulary | None:
    """The vocabulary of an opened ``pycrfsuite.Tagger``, read from CRFsuite's text dump of the
    model (a temporary file), or None when it cannot be read whole (the caller then writes
    every feature string).

    >>> import pycrfsuite
    >>> from vnnews.resources import model_file
    >>> tagger = pycrfsuite.Tagger()
    >>> _ = tagger.open(str(model_file("entity_crf_fast", "entity_crf_fast.crfsuite")))
    >>> "bias" in model_vocabulary(tagger).own
    True
    """
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "model.txt")
            tagger.dump(path)
            with open(path, encoding="utf-8", newline="") as handle:
                lines = handle.read().split("\n")
    except (OSError, ValueError):  # no temporary file, a dump that is not UTF-8: the slow path
        return None
    try:
        attributes = dumped_attributes(lines)
    except (IndexError, ValueError):  # a line not as CRFsuite writes it
        return None
    return None if attributes is None else Vocabulary(attributes)


def dumped_attributes(lines: Sequence[str]) -> list[str] | None:
    """The attribute names of a CRFsuite model dump (its ``ATTRIBUTES`` section), or None
    unless there are exactly as many as its header's ``num_attrs`` says.

    >>> dumped_attributes(["FILEHEADER = {", "  num_attrs: 2", "}", "ATTRIBUTES = {", "      0: bias",
    ...                    "      1: -1:w=hà ", "}"])
    ['bias', '-1:w=hà ']
    >>> dumped_attributes(["FILEHEADER = {", "  num_attrs: 3", "}", "ATTRIBUTES = {", "      0: bias", "}"]) is None
    True
    """
    expected, attributes, inside = None, [], False
    for line in lines:
        if inside:
            if line == "}":
                break
            attributes.append(line.lstrip().split(": ", 1)[1])
        elif line == "ATTRIBUTES = {":
            inside = True
        elif line.lstrip().startswith("num_attrs: "):
            expected = int(line.split(": ", 1)[1])
    return attributes if inside and len(attributes) == expected else None


def encoded_rows(own: Sequence[list[str]], seen: Sequence[list[str]], vocab: Vocabulary) -> list[list[bytes]]:
    """The rows :func:`.stacked_features.with_neighbours` makes of ``own`` and ``seen``, as
    bytes, less the marks ``vocab`` does not know (see the module docstring)."""
    known, around = vocab.own.get, vocab.around.get
    rows = [list(filter(None, map(known, marks))) for marks in own]
    cols = [tuple(zip(*filter(None, map(around, marks)))) or _NONE for marks in seen]  # 4 tuples each
    return with_columns(rows, cols, tuple((edge,) for edge in vocab.edges))


def with_columns(rows: list[list], cols: Sequence[tuple], edges: Sequence[tuple]) -> list[list]:
    """Each row (extended in place) followed by what the syllables ±2 around it show their
    neighbours: ``cols[k]`` holds syllable k's marks after each of :data:`PREFIXES`, ``edges``
    what is read past either end, after each prefix.

    >>> with_columns([[b"a"], [b"b"]], [((b"-2:a",), (b"-1:a",), (b"1:a",), (b"2:a",)),
    ...                                 ((b"-2:b",), (b"-1:b",), (b"1:b",), (b"2:b",))], [(b"e",)] * 4)
    [[b'a', b'e', b'e', b'1:b', b'e'], [b'b', b'e', b'-1:a', b'e', b'e']]
    """
    before2, before1, after1, after2 = edges
    last = len(rows) - 1
    for k, row in enumerate(rows):
        row += cols[k - 2][0] if k >= 2 else before2
        row += cols[k - 1][1] if k >= 1 else before1
        row += cols[k + 1][2] if k < last else after1
        row += cols[k + 2][3] if k < last - 1 else after2
    return rows
