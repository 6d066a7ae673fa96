"""The shipped diacritics model: loading, integrity checks and vectorised scoring.

``models/diacritics/diacritics.npz`` holds plain NumPy arrays (no pickle); its SHA-256
is in ``manifest.json`` beside it. A missing, truncated or altered file raises
:class:`vnnews.errors.ModelError`. Scores are Kneser-Ney trigram log-probabilities in
back-off form: ``log p3(w|u v)`` when the trigram is stored, else
``log b3(u v) + log p2(w|v)``, and ``log p2(w|v)`` when stored, else
``log b2(v) + log p1(w)``. ``log_case[c, w]`` is ``log P(case class c | w)``: how
likely a word is written in lower case or capitalised after another word. Format 2 adds
a 4-gram level (:mod:`.fourgram`).

In memory each level is a :class:`KeyTable`: pairs keyed by their two ids; trigrams and
4-gram contexts by the position of their first pair in the pair table and their last id;
4-grams by their context's position and their last id (37-38 bit keys, 3 bytes a slot
instead of 4-6). Every stored trigram and context has both its pairs stored (checked at
load), so the decoder looks up only the triples whose two pairs it found.

>>> model = load_model()
>>> model.id_of("không") > 0 and model.forms[model.id_of("không")] == "không"
True
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO

import numpy as np

from ..errors import ModelError
from ..normalize import remove_diacritics
from ..resources import load_once, model_file
from .chunks import read_in_chunks
from .hashtable import CHUNK, FILL, KeyTable
from .tokens import START, UNKNOWN

FORMATS = (1, 2)  # 1: trigram levels only; 2: with the 4-gram level
ID_BITS = 16  # token ids in the look-up tables: a pair key is 32 bits
FIRST_LIMIT = 1 << (ID_BITS - 1)  # 4-grams (and their contexts) start with a token id below this
_LAST_ID, _LOW_PAIR = (1 << ID_BITS) - 1, (1 << 2 * ID_BITS) - 1
ABSENT = 255
FULL = 0.8  # keys per slot of the tables looked up only for triples whose pairs are stored
RARE = 1e-3  # a form this much less likely than its key's likeliest is only a candidate when marks ask for it
_ARRAYS = {
    "format", "forms", "log_p1", "log_b2", "log_case", "trigram_keys", "trigram_p3", "trigram_p3_book",
    "pair_keys", "pair_p2", "pair_p2_book", "pair_b3", "pair_b3_book",
}
_FOURGRAM_ARRAYS = {
    "fourgram_keys", "fourgram_p4", "fourgram_p4_book", "fourgram_context_keys", "fourgram_b4", "fourgram_b4_book",
}


def _codebook(book: np.ndarray, absent: float) -> np.ndarray:
    """The 256 values of one-byte codes; the ``ABSENT`` code (and unused ones) mean ``absent``."""
    if len(book) > ABSENT:
        raise ModelError("diacritics model codebook too long; reinstall vnnews")
    values = np.full(256, absent, dtype=np.float32)
    values[: len(book)] = book
    return values


def _repack(keys: np.ndarray, from_bits: int, fields: int, vocabulary: int) -> np.ndarray:
    """Keys of ``fields`` ids of ``from_bits`` bits each, rewritten with ids of ``ID_BITS`` bits.

    Order is kept (ids are compared field by field either way). An id outside the
    vocabulary means a damaged file.

    >>> _repack(np.array([(3 << 42) | (2 << 21) | 1]), 21, 3, 10).tolist() == [(3 << 32) | (2 << 16) | 1]
    True
    """
    packed = np.zeros_like(keys)
    for field in range(fields):
        ids = (keys >> (from_bits * field)) & ((1 << from_bits) - 1)
        _require(bool((ids < vocabulary).all()))
        packed |= ids << (ID_BITS * field)
    return packed


def _require(ok: bool) -> None:
    if not ok:
        raise ModelError("diacritics model arrays are inconsistent; reinstall vnnews")


def _table(npz: np.lib.npyio.NpzFile, name: str, payload: np.ndarray, from_bits: int, fields: int,
           vocabulary: int, missing: int, key_bits: int | None = None,
           rekey: Callable[[np.ndarray], np.ndarray] | None = None, fill: float = FILL) -> KeyTable:
    """The look-up table of the stored keys ``name`` (sorted, distinct, ``fields`` ids each)
    and their payload, built from the keys a slice at a time; ``rekey``, when given, checks
    each slice of repacked keys and gives the keys to store in their place."""
    count, key_slices = read_in_chunks(npz, name, np.dtype(np.int64), CHUNK)
    _require(count > 0 and payload.shape == (count,))

    def slices() -> Iterator[tuple[np.ndarray, np.ndarray]]:
        last = -1
        for low, keys in zip(range(0, count, CHUNK), key_slices):
            _require(keys[0] > last and bool((keys[1:] > keys[:-1]).all()))
            last = keys[-1]
            repacked = _repack(keys, from_bits, fields, vocabulary)
            yield repacked if rekey is None else rekey(repacked), payload[low : low + len(keys)]

    return KeyTable.from_slices(count, slices(), payload.dtype, missing, key_bits=key_bits or fields * ID_BITS,
                                fill=fill)


def _positions(table: KeyTable, keys: np.ndarray) -> np.ndarray:
    """Positions in ``table`` (:meth:`KeyTable.lookup`) of keys that must all be stored and
    whose equal ones come together (as in keys cut from sorted ones): each run looked up once."""
    starts = np.flatnonzero(np.diff(keys, prepend=-1))
    where = table.lookup(keys[starts])[1]
    _require(bool((where >= 0).all()))
    return np.repeat(where, np.diff(starts, append=len(keys)))


class TrigramModel:
    """Token vocabulary, accented candidates per unaccented key, trigram scores and (format 2)
    the 4-gram level: ``fourgrams`` (None in format 1) and ``fourgram_contexts``, whose codes
    index ``log_p4`` and ``log_b4``."""

    def __init__(self, npz: np.lib.npyio.NpzFile):
        """Build from an open ``np.load`` of the model file. The key columns are read a
        slice at a time and each table is built as they come (a lower peak of memory)."""
        fmt, self.bits = (int(x) for x in npz["format"])
        if fmt not in FORMATS or (fmt == 2) != ("fourgram_keys" in npz.files):
            raise ModelError(f"diacritics model has format {fmt}, this vnnews reads {FORMATS}")
        self.forms = bytes(npz["forms"]).decode("utf-8").split("\n")
        self._ids = {form: i for i, form in enumerate(self.forms)}
        self.start, self.unknown = self._ids[START], self._ids[UNKNOWN]
        self.log_p1 = npz["log_p1"].astype(np.float32)
        self.log_b2 = npz["log_b2"].astype(np.float32)
        self.log_case = npz["log_case"].astype(np.float32)
        vocabulary = len(self.forms)
        _require(self.log_p1.shape == self.log_b2.shape == (vocabulary,)
                 and self.log_case.shape == (3, vocabulary) and vocabulary <= 1 << ID_BITS <= 1 << self.bits)
        self.candidates = self._candidates_by_key()
        self.common_candidates = self._common(self.candidates)
        # payload: the one-byte codes of each key; a missing key gets the ABSENT codes
        pair_codes = npz["pair_p2"].astype(np.uint16)
        pair_codes |= npz["pair_b3"].astype(np.uint16) << 8
        self.pairs = _table(npz, "pair_keys", pair_codes, self.bits, 2, vocabulary, ABSENT | (ABSENT << 8))
        del pair_codes
        self.log_p2 = _codebook(npz["pair_p2_book"], np.nan)
        self.log_b3 = _codebook(npz["pair_b3_book"], 0.0)
        # a trigram is held as the position of its pair (u, v) in that table and w: 38 bits, not 48
        self.trigrams = _table(npz, "trigram_keys", npz["trigram_p3"], self.bits, 3, vocabulary, ABSENT,
                               self.pairs.positions.bit_length() + ID_BITS, rekey=self._by_pair, fill=FULL)
        self.log_p3 = _codebook(npz["trigram_p3_book"], np.nan)
        self.fourgrams = self.fourgram_contexts = None
        if fmt == 2:  # 4-gram keys hold four 16-bit ids, the first below 2**15; contexts three
            self.fourgram_contexts = _table(npz, "fourgram_context_keys", npz["fourgram_b4"], ID_BITS, 3,
                                            vocabulary, ABSENT, self.trigrams.key_bits, rekey=self._context_keys,
                                            fill=FULL)  # held as the trigrams are
            self.log_b4 = _codebook(npz["fourgram_b4_book"], 0.0)
            # a 4-gram is held as its context's position in that table and its last id: 37 bits, not 64
            self.fourgrams = _table(npz, "fourgram_keys", npz["fourgram_p4"], ID_BITS, 4, vocabulary, ABSENT,
                                    self.fourgram_contexts.positions.bit_length() + ID_BITS,
                                    rekey=self._by_context, fill=FULL)
            self.log_p4 = _codebook(npz["fourgram_p4_book"], np.nan)

    def _by_pair(self, keys: np.ndarray) -> np.ndarray:
        """(u v w) keys as stored, once checked that both their pairs are stored: the position
        of (u, v) in the pair table and w. The decoder then looks up only the triples whose
        two pairs it found."""
        first = _positions(self.pairs, keys >> ID_BITS)
        _require(bool((self.pairs.find(keys & _LOW_PAIR) != self.pairs.missing).all()))
        return (first << ID_BITS) | (keys & _LAST_ID)

    def _context_keys(self, keys: np.ndarray) -> np.ndarray:
        """4-gram context keys as stored (:meth:`_by_pair`), once checked that they start
        with a token id below ``FIRST_LIMIT``."""
        _require(bool(keys[-1] >> 2 * ID_BITS < FIRST_LIMIT))  # keys are sorted
        return self._by_pair(keys)

    def _by_context(self, keys: np.ndarray) -> np.ndarray:
        """(u v w x) keys as stored: the position of their context (u v w), which must be
        stored, and x."""
        first = _positions(self.pairs, keys >> 2 * ID_BITS)
        context = (first << ID_BITS) | ((keys >> ID_BITS) & _LAST_ID)
        return (_positions(self.fourgram_contexts, context) << ID_BITS) | (keys & _LAST_ID)

    def _common(self, candidates: dict[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
        """The candidates of each key without the rare ones (``RARE`` times the likeliest)."""
        groups = list(candidates.values())
        if not groups:
            return {}
        sizes = np.fromiter(map(len, groups), dtype=np.intp, count=len(groups))
        log_p1 = self.log_p1[np.fromiter(chain.from_iterable(groups), dtype=np.intp, count=int(sizes.sum()))]
        likeliest = np.maximum.reduceat(log_p1, np.cumsum(sizes) - sizes)  # each group's best
        fits = (log_p1 >= np.repeat(likeliest, sizes) + np.log(RARE)).tolist()
        common, low = {}, 0
        for key, ids in candidates.items():
            fit = fits[low : low + len(ids)]
            common[key] = ids if all(fit) else tuple(i for i, keep in zip(ids, fit) if keep)  # nearly always: share
            low += len(ids)
        return common

    def _candidates_by_key(self) -> dict[str, tuple[int, ...]]:
        """Every word form grouped by its unaccented key; ids ascend = frequency falls.

        Forms that are not NFC (a stray combining mark in the training text) are never
        candidates: one written character must give one restored character.
        """
        groups: dict[str, list[int]] = {}
        for i, form in enumerate(self.forms):
            if form[:1].isalpha():
                key = remove_diacritics(form)
                if len(key) == len(form):
                    groups.setdefault(key, []).append(i)
        return {key: tuple(ids) for key, ids in groups.items()}

    def knows_marked(self, key: str) -> bool:
        """True if some common form of the unaccented ``key`` carries a mark.

        >>> model = load_model()
        >>> model.knows_marked("nguoi"), model.knows_marked("online"), model.knows_marked("zzz")
        (True, False, False)
        """
        return any(self.forms[i] != key for i in self.common_candidates.get(key, ()))

    def id_of(self, form: str) -> int:
        """Token id of a model form (``<unk>`` when unknown).

        >>> model = load_model()
        >>> model.id_of("<unk>") == model.id_of("xyzzyq") == model.unknown
        True
        """
        return self._ids.get(form, self.unknown)

    def pair_lookup(self, v: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`pair_scores` and the position of each pair (v, w) in the pair table (-1 when
        it is not stored), which :meth:`stored_trigrams_at` takes.

        >>> model = load_model()
        >>> v, w = np.array([model.id_of("thủ")] * 2), np.array([model.id_of("tướng"), model.start])
        >>> (model.pair_lookup(v, w)[2] >= 0).tolist()
        [True, False]
        """
        codes, where = self.pairs.lookup((v << ID_BITS) | w)
        log_p2 = self.log_p2[codes & 0xFF]
        missing = np.isnan(log_p2)
        log_p2[missing] = self.log_b2[v[missing]] + self.log_p1[w[missing]]
        return log_p2, self.log_b3[codes >> 8], where

    def pair_scores(self, v: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For id pairs: ``log p(w|v)`` and the back-off weight ``log b3(v w)`` of (v, w) as a context.

        >>> model = load_model()
        >>> v, w = np.array([model.id_of("thủ")] * 2), np.array([model.id_of("tướng"), model.id_of("tương")])
        >>> log_p2, log_b3 = model.pair_scores(v, w)
        >>> bool(log_p2[0] > log_p2[1])
        True
        """
        return self.pair_lookup(v, w)[:2]

    def stored_trigrams(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """The stored ``log p3(w|u v)`` of each triple, NaN where the trigram is not stored.

        >>> model = load_model()
        >>> u, v, w = (np.array([model.id_of(f)]) for f in ("thủ", "tướng", "chính"))
        >>> bool(np.isnan(model.stored_trigrams(u, v, w))[0])
        False
        """
        first = self.pairs.lookup((u << ID_BITS) | v)[1]
        log_p3 = np.full(len(first), np.nan, dtype=np.float32)
        stored = first >= 0  # a trigram whose pair (u, v) is not stored is not stored either
        log_p3[stored] = self.stored_trigrams_at(first[stored], w[stored])
        return log_p3

    def stored_trigrams_at(self, first: np.ndarray, w: np.ndarray) -> np.ndarray:
        """:meth:`stored_trigrams` of (u, v, w) given the position of the stored pair (u, v)
        (from :meth:`pair_lookup`)."""
        return self.log_p3[self.trigrams.find((first << ID_BITS) | w)]

    def trigram_scores(self, u: np.ndarray, v: np.ndarray, w: np.ndarray,
                       log_p2: np.ndarray, log_b3_uv: np.ndarray) -> np.ndarray:
        """``log p(w|u v)`` given the pair scores of (v, w) and the back-off weight of (u, v).

        >>> model = load_model()
        >>> u, v = np.array([model.id_of("thủ")] * 2), np.array([model.id_of("tướng")] * 2)
        >>> w = np.array([model.id_of("chính"), model.id_of("chinh")])
        >>> log_p2, _ = model.pair_scores(v, w)
        >>> _, log_b3 = model.pair_scores(u, v)
        >>> scores = model.trigram_scores(u, v, w, log_p2, log_b3)
        >>> bool(scores[0] > scores[1])
        True
        """
        log_p3 = self.stored_trigrams(u, v, w)
        return np.where(np.isnan(log_p3), log_b3_uv + log_p2, log_p3)

    def fourgram_codes(self, u: np.ndarray, v: np.ndarray, w: np.ndarray,
                       x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Codes of the 4-gram contexts (u v w) in ``log_b4`` and of the 4-grams (u v w x) in
        ``log_p4`` (``ABSENT`` where not stored), for a model with a 4-gram level.

        >>> model = load_model()
        >>> ids = [np.array([model.id_of(f)]) for f in ("thủ", "tướng", "chính", "phủ")]
        >>> [int(c[0]) != ABSENT for c in model.fourgram_codes(*ids)]
        [True, True]
        """
        context, fourgram = np.full(len(u), ABSENT, dtype=np.uint8), np.full(len(u), ABSENT, dtype=np.uint8)
        first = self.pairs.lookup((u << ID_BITS) | v)[1]
        known = np.flatnonzero(first >= 0)
        codes, where = self.fourgram_contexts.lookup((first[known] << ID_BITS) | w[known])
        context[known] = codes
        stored = where >= 0
        fourgram[known[stored]] = self.fourgrams.find((where[stored] << ID_BITS) | x[known[stored]])
        return context, fourgram


def read_model(path: Path, manifest_path: Path) -> TrigramModel:
    """Load and verify a model file against the SHA-256 in its manifest.

    >>> from vnnews.errors import ModelError
    >>> try:
    ...     read_model(Path("no-such.npz"), Path("no-such.json"))
    ... except ModelError as exc:
    ...     print("ModelError")
    ModelError
    """
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        with path.open("rb") as file:  # hashed in small pieces, then read back from the same open file
            if hashlib.file_digest(file, "sha256").hexdigest() != manifest.get("sha256"):
                raise ModelError(f"diacritics model {path.name} does not match its manifest (truncated or "
                                 "altered); reinstall vnnews")
            file.seek(0)
            return _read_arrays(file, path.name)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read diacritics model: {exc}") from exc


def _read_arrays(file: BinaryIO, name: str) -> TrigramModel:
    try:
        with np.load(file, allow_pickle=False) as npz:  # arrays are read as the model asks for them
            if set(npz.files) not in (_ARRAYS, _ARRAYS | _FOURGRAM_ARRAYS):
                raise ModelError(f"diacritics model {name} has unexpected arrays; reinstall vnnews")
            return TrigramModel(npz)
    except ModelError:
        raise
    except Exception as exc:  # zip/zlib/format errors: one clear message
        raise ModelError(f"diacritics model {name} is unreadable: {exc}") from exc


@load_once
def load_model() -> TrigramModel:
    """The shipped model, loaded once per process (thread-safe).

    >>> load_model() is load_model()
    True
    """
    return read_model(model_file("diacritics", "diacritics.npz"), model_file("diacritics", "manifest.json"))
