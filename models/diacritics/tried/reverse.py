"""The right-to-left trigram model: ``log p(x | the two tokens after it)``.

Tried, not shipped (see ``models/diacritics/MODEL_CARD.md``). Built by
``models/diacritics/build.py --reverse`` (the same Kneser-Ney trigram over the tokens of
every article read last to first). The decoder
adds its scores to the left-to-right ones: two estimates of the same text, smoothed from
different sides. Its token ids differ from the left-to-right model's, so a table maps
one to the other; a line's start and end swap roles.
"""

from __future__ import annotations

import numpy as np

from vnnews.restore.model import TrigramModel
from vnnews.restore.tokens import END, START


class ReverseModel:
    """A right-to-left trigram model and the map from left-to-right token ids to its ids."""

    def __init__(self, model: TrigramModel, forward: TrigramModel):
        self.model = model
        self.ids = np.array([model.id_of(form) for form in forward.forms], dtype=np.int64)
        self.ids[forward.id_of(START)], self.ids[forward.id_of(END)] = model.id_of(END), model.id_of(START)

    def scores(self, left: np.ndarray, middle: np.ndarray, right: np.ndarray) -> np.ndarray:
        """``log p(left | middle, right)`` for left-to-right ids read right to left."""
        x, w, v = self.ids[left], self.ids[middle], self.ids[right]
        log_p2, _ = self.model.pair_scores(w, x)
        _, log_b3 = self.model.pair_scores(v, w)
        return self.model.trigram_scores(v, w, x, log_p2, log_b3)
