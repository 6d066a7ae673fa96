"""The headline-and-lead head of the government-administration detector.

Annotators judge a story from its headline and first paragraph (see
``docs/government_administration.md``), so a second first-stage model reads only those: a
logistic regression over TF-IDF syllable 1-3 grams of the headline and first paragraph (the
headline's n-grams counted again with a ``t:`` prefix), with a vocabulary and IDF fitted on
the hand-labelled training articles. Its logit is one input of the stack
(:mod:`.government_stack`). Stored as plain arrays in ``models/topics/government.npz``.

>>> head = LeadHead.from_arrays(np.array(["ubnd", "t:ubnd"]), np.ones(2), np.array([2.0, 1.0]), -1.0)
>>> [round(float(head.score([text])[0]), 3) for text in ("UBND họp\\nHôm nay UBND tỉnh ...", "Bóng đá")]
[0.774, 0.269]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .government import government_score
from .tfidf import TfidfFeatures

LEAD_NGRAMS = (1, 3)
"""Syllable n-gram sizes of the headline-and-lead features."""
HEADLINE_LEAD_CHARS = 600
"""At most this much of the headline and first paragraph is read."""


def headline_and_lead(text: str) -> str:
    """The headline (first line) and the first paragraph after it, at most HEADLINE_LEAD_CHARS.

    >>> headline_and_lead("  Tỉnh uỷ họp\\nSáng nay, Tỉnh uỷ họp.\\nĐoạn hai.")
    'Tỉnh uỷ họp\\nSáng nay, Tỉnh uỷ họp.'
    """
    headline, _, rest = text.lstrip().partition("\n")
    paragraph = rest.strip().split("\n", 1)[0]
    return (headline + "\n" + paragraph)[:HEADLINE_LEAD_CHARS].rstrip()  # trailing "\r" or spaces: no n-gram


@dataclass(frozen=True)
class LeadHead:
    """TF-IDF features of the headline and lead, and a linear model over them."""

    features: TfidfFeatures
    coef: np.ndarray
    intercept: float

    def score(self, texts: list[str]) -> np.ndarray:
        """Probability per article (0-1) from its headline and lead alone."""
        rows = self.features.transform([headline_and_lead(text) for text in texts])
        return government_score(rows, self.coef, self.intercept)

    @classmethod
    def from_arrays(cls, vocabulary: np.ndarray, idf: np.ndarray, coef: np.ndarray, intercept: float) -> "LeadHead":
        """Built from the stored arrays (n-grams in column order, IDF and weights per column).

        Raises ValueError when the arrays differ in length.
        """
        if not len(vocabulary) == len(idf) == len(coef):
            raise ValueError(f"lead head: {len(vocabulary)} n-grams, {len(idf)} IDF weights, {len(coef)} weights")
        columns = {str(gram): k for k, gram in enumerate(vocabulary)}
        features = TfidfFeatures(columns, np.asarray(idf, dtype=np.float32), LEAD_NGRAMS, title=True)
        return cls(features, np.asarray(coef, dtype=np.float32), float(intercept))
