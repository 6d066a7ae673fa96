"""underthesea's word segmenter, called through its CRF model with the features built in Python.

``underthesea.word_tokenize`` splits a text into syllables (its regex tokenizer), turns
each syllable into 43 feature strings (``underthesea_core.CRFFeaturizer``: the syllables
two to the left and right, their pairs and triples, lower case, digits, title case and
dictionary look-ups), tags them with its CRF model and glues the ``I-W`` syllables to the
word before. The featurizer rebuilds every string for every syllable; half of its time is
spent making strings that the syllable's neighbours already made.
:class:`UndertheseaTagger` uses underthesea's own tokenizer, dictionary and model and builds
the *same* feature lists, each syllable's strings made once (and kept for the next
sentences, in a bounded cache), each pair's and triple's once per sentence.

"The same" is checked, not assumed: a syllable with a character outside
:data:`CHECKED_CHARACTERS` (ASCII, Vietnamese letters, common news punctuation, whose
lower/title/digit readings were compared with underthesea_core's) sends its sentence to
underthesea's featurizer; :func:`load_underthesea_tagger` compares both on a probe sentence
and uses ``word_tokenize`` itself when an underthesea release builds features differently
(``tests/test_segment_underthesea_crf.py`` compares features and whole outputs).

>>> words = load_underthesea_tagger()
>>> words("Thuỷ điện Hoà Bình phát điện")
['Thuỷ điện', 'Hoà Bình', 'phát điện']
"""

from __future__ import annotations

import unicodedata
from typing import Any, Callable, Sequence

PROBE = "Ông Nguyễn Văn A, Chủ tịch UBND TP. Hồ Chí Minh, nói: 1.000 người dân (-5) đã đến 2147483648 lần."
"""A sentence with titles, upper case, digits, signs and punctuation to compare features on."""

TEMPLATES = (
    "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,0]", "T[-1,1]",
    "T[0,2]", "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower", "T[-2,-1].lower",
    "T[-1,0].lower", "T[0,1].lower", "T[1,2].lower", "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit",
    "T[-2].istitle", "T[-1].istitle", "T[0].istitle", "T[1].istitle", "T[2].istitle", "T[0,1].istitle",
    "T[0,2].istitle", "T[-2].is_in_dict", "T[-1].is_in_dict", "T[0].is_in_dict", "T[1].is_in_dict",
    "T[2].is_in_dict", "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict", "T[1,2].is_in_dict",
    "T[-2,0].is_in_dict", "T[-1,1].is_in_dict", "T[0,2].is_in_dict",
)
"""The feature templates of underthesea's word segmentation model, in its order (checked at load)."""

_UNIGRAM = ("T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower",
            "T[2].lower", "T[-1].isdigit", "T[0].isdigit", "T[1].isdigit", "T[-2].istitle", "T[-1].istitle",
            "T[0].istitle", "T[1].istitle", "T[2].istitle", "T[-2].is_in_dict", "T[-1].is_in_dict",
            "T[0].is_in_dict", "T[1].is_in_dict", "T[2].is_in_dict")
_PAIR = ("T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]", "T[-2,-1].lower", "T[-1,0].lower", "T[0,1].lower",
         "T[1,2].lower", "T[0,1].istitle", "T[-2,-1].is_in_dict", "T[-1,0].is_in_dict", "T[0,1].is_in_dict",
         "T[1,2].is_in_dict")
_TRIPLE = ("T[-2,0]", "T[-1,1]", "T[0,2]", "T[0,2].istitle", "T[-2,0].is_in_dict", "T[-1,1].is_in_dict",
           "T[0,2].is_in_dict")


def _vietnamese_letters() -> str:
    marks = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
    lower = "".join(unicodedata.normalize("NFC", v + m) for v in "aăâeêioôơuưy" for m in marks) + "đ"
    return lower + lower.upper()


CHECKED_CHARACTERS = frozenset(map(chr, range(0x20, 0x7F))) | frozenset(_vietnamese_letters()) | frozenset(
    "“”‘’–—…•·°«»×%‰€£¥©®™")
"""Characters whose lower case, title case and digit readings are underthesea_core's: a
syllable of other characters is featurised by underthesea_core itself."""

_INT32 = (-(2**31), 2**31 - 1)


def _is_int32(token: str) -> bool:
    """underthesea_core's ``isdigit``: the token reads as a 32-bit signed integer ('-3', '+7', '007').

    >>> [_is_int32(t) for t in ("12", "-3", "+3", "1.5", "2147483648", "-", "٣")]
    [True, True, True, False, False, False, False]
    """
    digits = token[1:] if token[:1] in "+-" else token
    return digits.isascii() and digits.isdigit() and _INT32[0] <= int(token) <= _INT32[1]


def _boundary(word: str) -> tuple[tuple, tuple, tuple]:
    """The unigram, pair and triple rows of a position before the start (BOS) or after the end (EOS)."""
    return ((None, None) + tuple(f"{t}={word}" for t in _UNIGRAM),
            tuple(f"{t}={word}" for t in _PAIR), tuple(f"{t}={word}" for t in _TRIPLE))


_FLAGS = {(digit, title, known): tuple(f"{t}={value}" for t, value in zip(_UNIGRAM[10:], (digit,) * 3 + (title,) * 5
                                                                        + (known,) * 5))
          for digit in (False, True) for title in (False, True) for known in (False, True)}
"""The 13 digit, title and dictionary strings of a syllable, by its three readings: made once."""

_BOS, _BOS_PAIR, _BOS_TRIPLE = _boundary("BOS")
_EOS, _EOS_PAIR, _EOS_TRIPLE = _boundary("EOS")


class UndertheseaTagger:
    """``underthesea.word_tokenize(text, use_token_normalize=False)`` with its features built in Python.

    ``tokenize`` is underthesea's regex tokenizer, ``featurizer`` and ``tagger`` its model's
    ``CRFFeaturizer`` and ``CRFTagger``, ``dictionary`` the featurizer's word set;
    ``cache_size`` bounds the syllables whose strings are kept (then the cache starts over).

    >>> words = load_underthesea_tagger()
    >>> words("Bộ trưởng Nguyễn Mạnh Hùng")
    ['Bộ trưởng', 'Nguyễn Mạnh Hùng']
    """

    def __init__(self, tokenize: Callable[..., list[str]], featurizer: Any, tagger: Any, dictionary: Any,
                 cache_size: int = 2_000) -> None:
        self._tokenize = tokenize
        self._featurizer = featurizer
        self._tag = tagger.tag
        self._dictionary = dictionary
        self._cache: dict[str, tuple] = {}
        self._cache_size = cache_size

    def _unigram(self, token: str) -> tuple | None:
        """(lower, title, then the 23 unigram strings) of a syllable; None if it is not checked."""
        row = self._cache.get(token)
        if row is None:
            if not token or not CHECKED_CHARACTERS.issuperset(token):
                return None
            lower = token.lower()
            title = token[0].upper() == token[0]
            row = (lower, title, *(f"{t}={token}" for t in _UNIGRAM[:5]), *(f"{t}={lower}" for t in _UNIGRAM[5:10]),
                   *_FLAGS[_is_int32(token), title, lower in self._dictionary])
            if len(self._cache) >= self._cache_size:
                self._cache = {}
            self._cache[token] = row
        return row

    def features(self, tokens: Sequence[str]) -> list[list[str]]:
        """The feature lists underthesea_core's featurizer builds for ``tokens``.

        >>> words = load_underthesea_tagger()
        >>> tagger = words.__self__
        >>> tagger.features(["Hà", "Nội"]) == tagger._featurizer.process([[["Hà"], ["Nội"]]])[0]
        True
        """
        unigram = self._unigram
        rows = [unigram(token) for token in tokens]
        if None in rows:
            return self._featurizer.process([[[token] for token in tokens]])[0]
        known = self._dictionary
        pairs: list[tuple] = [_BOS_PAIR, _BOS_PAIR]
        for a, b, a_row, b_row in zip(tokens, tokens[1:], rows, rows[1:]):
            text, lower = f"{a} {b}", f"{a_row[0]} {b_row[0]}"
            found = "True" if lower in known else "False"
            pairs.append((f"T[-2,-1]={text}", f"T[-1,0]={text}", f"T[0,1]={text}", f"T[1,2]={text}",
                          f"T[-2,-1].lower={lower}", f"T[-1,0].lower={lower}", f"T[0,1].lower={lower}",
                          f"T[1,2].lower={lower}", "T[0,1].istitle=True" if a_row[1] and b_row[1] else
                          "T[0,1].istitle=False", f"T[-2,-1].is_in_dict={found}", f"T[-1,0].is_in_dict={found}",
                          f"T[0,1].is_in_dict={found}", f"T[1,2].is_in_dict={found}"))
        pairs += (_EOS_PAIR, _EOS_PAIR, _EOS_PAIR)
        triples: list[tuple] = [_BOS_TRIPLE, _BOS_TRIPLE]
        for a, b, c, a_row, b_row, c_row in zip(tokens, tokens[1:], tokens[2:], rows, rows[1:], rows[2:]):
            text = f"{a} {b} {c}"
            found = "True" if f"{a_row[0]} {b_row[0]} {c_row[0]}" in known else "False"
            triples.append((f"T[-2,0]={text}", f"T[-1,1]={text}", f"T[0,2]={text}",
                            "T[0,2].istitle=True" if a_row[1] and b_row[1] and c_row[1] else "T[0,2].istitle=False",
                            f"T[-2,0].is_in_dict={found}", f"T[-1,1].is_in_dict={found}",
                            f"T[0,2].is_in_dict={found}"))
        triples += (_EOS_TRIPLE, _EOS_TRIPLE, _EOS_TRIPLE)
        rows = [_BOS, _BOS, *rows, _EOS, _EOS]
        # row of syllable i: unigrams i-2..i+2, pairs starting at i-2..i+1, triples at i-2..i (TEMPLATES order)
        return [
            [m2[2], m1[3], u[4], p1[5], p2[6], a[0], b[1], c[2], d[3], x[0], y[1], z[2],
             m2[7], m1[8], u[9], p1[10], p2[11], a[4], b[5], c[6], d[7],
             m1[12], u[13], p1[14], m2[15], m1[16], u[17], p1[18], p2[19], c[8], z[3],
             m2[20], m1[21], u[22], p1[23], p2[24], a[9], b[10], c[11], d[12], x[4], y[5], z[6]]
            for m2, m1, u, p1, p2, a, b, c, d, x, y, z in zip(
                rows, rows[1:], rows[2:], rows[3:], rows[4:],
                pairs, pairs[1:], pairs[2:], pairs[3:], triples, triples[1:], triples[2:])
        ]

    def words(self, text: str) -> list[str]:
        """What ``underthesea.word_tokenize(text, use_token_normalize=False)`` returns.

        >>> load_underthesea_tagger()("")
        []
        """
        tokens = self._tokenize(text, use_token_normalize=False, fixed_words=[])
        output: list[str] = []
        for tag, token in zip(self._tag(self.features(tokens)), tokens):
            if tag == "I-W" and output:
                output[-1] = output[-1] + " " + token
            else:
                output.append(token)
        return output


def load_underthesea_tagger() -> Callable[[str], list[str]]:
    """underthesea's word segmentation: :meth:`UndertheseaTagger.words` if it builds underthesea's
    features and words on :data:`PROBE`, else ``word_tokenize`` itself (with ``use_token_normalize=False``).

    >>> load_underthesea_tagger()("Hà Nội")
    ['Hà Nội']
    """
    import functools

    from ..quiet_import import import_keeping_logging

    word_tokenize = import_keeping_logging("underthesea.pipeline.word_tokenize")
    own = functools.partial(word_tokenize.word_tokenize, use_token_normalize=False)
    own("Khởi động")  # loads underthesea's model into its module global
    try:
        import os

        import joblib  # underthesea loads its featurizer's files with it too

        model = word_tokenize.word_tokenize_model
        path = os.path.join(os.path.dirname(word_tokenize.__file__), "models", "ws_crf_vlsp2013_20230727")
        if tuple(joblib.load(os.path.join(path, model.path_features))) != TEMPLATES:
            return own
        tagger = UndertheseaTagger(word_tokenize.tokenize, model.featurizer, model.estimator,
                                   frozenset(joblib.load(os.path.join(path, model.path_dictionary))))
        probe = word_tokenize.tokenize(PROBE, use_token_normalize=False)
        same = tagger.features(probe) == model.featurizer.process([[[t] for t in probe]])[0]
        same = same and tagger.words(PROBE) == own(PROBE)
    except Exception:  # noqa: BLE001 -- another underthesea release: any failure here means its own path
        return own
    return tagger.words if same else own
