"""pyvi's word segmenter, called through its CRF model with the features built in one pass.

``pyvi.ViTokenizer.tokenize`` splits the text into syllables (``ViTokenizer.sylabelize``),
builds one feature dict per syllable (``ViTokenizer.sent2features``), tags them with its
CRF model and glues the ``I_W`` syllables to the word before. Building the dicts is half
of its time: each syllable is lower-cased up to five times and each neighbouring pair
looked up in the dictionary twice. :class:`PyviTagger` uses pyvi's own syllable splitter,
dictionary and model, and builds the *same* feature dicts with each syllable's case
properties and each pair's and triple's dictionary look-up computed once.

"The same" is checked, not assumed: :func:`load_pyvi_tagger` compares the dicts with
pyvi's ``sent2features`` on a probe sentence and falls back to ``ViTokenizer.tokenize``
when a pyvi release builds them differently (``tests/test_segment_pyvi_crf.py`` compares
whole outputs on many sentences).

>>> tokenize = load_pyvi_tagger()
>>> tokenize("Thuỷ điện Hoà Bình phát điện")
'Thuỷ_điện Hoà_Bình phát_điện'
"""

from __future__ import annotations

import string
from typing import Callable

PROBE = "Ông Nguyễn Văn A, Chủ tịch UBND TP. Hồ Chí Minh, nói: 1.000 người dân đã đến."
"""A sentence with titles, upper case, digits and punctuation to compare features on."""

_PUNCTUATION = string.punctuation
"""pyvi tests ``token not in string.punctuation``: a substring test, kept as it is."""


class PyviTagger:
    """``ViTokenizer.tokenize`` with pyvi's feature dicts built in one pass.

    >>> from pyvi.ViTokenizer import ViTokenizer
    >>> PyviTagger(ViTokenizer).tokenize("Bộ trưởng Nguyễn Mạnh Hùng")
    'Bộ_trưởng Nguyễn_Mạnh_Hùng'
    """

    def __init__(self, tokenizer) -> None:
        """``tokenizer`` is pyvi's ``ViTokenizer`` class (``pyvi.ViTokenizer.ViTokenizer``)."""
        self._sylabelize = tokenizer.sylabelize
        self._tag = tokenizer.model.predict_single
        self._bi_grams = tokenizer.bi_grams
        self._tri_grams = tokenizer.tri_grams

    def features(self, sent: list[str]) -> list[dict]:
        """The feature dicts pyvi's ``sent2features(sent, False)`` builds, in one pass.

        >>> from pyvi.ViTokenizer import ViTokenizer
        >>> sent = ["Hoà", "Bình"]
        >>> PyviTagger(ViTokenizer).features(sent) == ViTokenizer.sent2features(sent, False)
        True
        """
        lower = [word.lower() for word in sent]
        title = [word.istitle() for word in sent]
        upper = [word.isupper() for word in sent]
        bi_grams, tri_grams = self._bi_grams, self._tri_grams
        pair = [f"{a} {b}" in bi_grams for a, b in zip(lower, lower[1:])]
        triple = [f"{a} {b} {c}" in tri_grams for a, b, c in zip(lower, lower[1:], lower[2:])]
        last = len(sent) - 1
        rows = []
        for i, word in enumerate(sent):
            row = {
                "bias": 1.0,
                "word.lower()": lower[i],
                "word.isupper()": upper[i],
                "word.istitle()": title[i],
                "word.isdigit()": word.isdigit(),
            }
            if i > 0:
                row["-1:word.lower()"] = lower[i - 1]
                row["-1:word.istitle()"] = title[i - 1]
                row["-1:word.isupper()"] = upper[i - 1]
                row["-1:word.bi_gram()"] = pair[i - 1]
                if i > 1:
                    row["-2:word.tri_gram()"] = triple[i - 2]
            if i < last:
                row["+1:word.lower()"] = lower[i + 1]
                row["+1:word.istitle()"] = title[i + 1]
                row["+1:word.isupper()"] = upper[i + 1]
                row["+1:word.bi_gram()"] = pair[i]
                if i < last - 1:
                    row["+2:word.tri_gram()"] = triple[i]
            rows.append(row)
        return rows

    def tokenize(self, text: str) -> str:
        """What ``ViTokenizer.tokenize(text)`` returns: words with syllables joined by ``_``.

        >>> from pyvi.ViTokenizer import ViTokenizer
        >>> PyviTagger(ViTokenizer).tokenize("")
        ''
        """
        _, sent = self._sylabelize(text)
        if not sent:
            return text
        labels = self._tag(self.features(sent))
        pieces = [sent[0]]
        for i in range(1, len(labels)):
            word, before = sent[i], sent[i - 1]
            glued = (
                labels[i] == "I_W"
                and word not in _PUNCTUATION
                and before not in _PUNCTUATION
                and not word[0].isdigit()
                and not before[0].isdigit()
                and not (word[0].istitle() and not before[0].istitle())
            )
            pieces.append("_" if glued else " ")
            pieces.append(word)
        return "".join(pieces)


def load_pyvi_tagger() -> Callable[[str], str]:
    """pyvi's tokenize function: :meth:`PyviTagger.tokenize` if it matches pyvi, else pyvi's own.

    >>> load_pyvi_tagger()("Hà Nội")
    'Hà_Nội'
    """
    from pyvi.ViTokenizer import ViTokenizer

    try:
        tagger = PyviTagger(ViTokenizer)
        _, probe = ViTokenizer.sylabelize(PROBE)
        same = tagger.features(probe) == ViTokenizer.sent2features(probe, False)
        same = same and tagger.tokenize(PROBE) == ViTokenizer.tokenize(PROBE)
    except (AttributeError, TypeError):  # another pyvi release: use its public call
        same = False
    return tagger.tokenize if same else ViTokenizer.tokenize
