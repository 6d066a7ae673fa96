"""The shipped government-administration detector: TF-IDF head + stack, loaded from plain data.

``models/topics/government.npz`` holds the first stage's weights over the topic model's
n-gram features (and, when built with it, the headline-and-lead head of
:mod:`.government_lead`); ``models/topics/government.json`` the intercepts, the second stage
(:class:`~vnnews.topics.government_stack.GovernmentStack`), the threshold, the measured
cross-validation figures and the SHA-256 of the ``.npz``. Built by
``models/topics/build_government.py``.

>>> from vnnews.topics.shipped import load_topic_model
>>> detector = load_topic_model().government_detector
>>> detector.threshold > 0
True
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ModelError
from .government import government_score
from .government_lead import LeadHead
from .government_stack import GovernmentStack, stack_features

META = "government.json"
WEIGHTS = "government.npz"


@dataclass(frozen=True)
class GovernmentDetector:
    """First-stage weights over n-gram features, its intercept, the lead head (or None), the second stage."""

    coef: np.ndarray
    intercept: float
    stack: GovernmentStack
    lead: LeadHead | None = None

    @property
    def threshold(self) -> float:
        """Second-stage score at or over which an article is flagged."""
        return self.stack.threshold

    def detect(self, texts: list[str], features, topic_scores: list[dict[str, float]]) -> list[tuple[float, bool]]:
        """(score, flag) per text; ``features`` are the topic model's rows for ``texts``.

        >>> from vnnews.topics.shipped import load_topic_model
        >>> load_topic_model().classify(["Arsenal thắng đậm Chelsea 3-0"])[0].government_administration
        False
        """
        base = government_score(features, self.coef, self.intercept)
        leads = [None] * len(texts) if self.lead is None else self.lead.score(texts).tolist()
        results = []
        entities = self.stack.uses_entities
        for text, score, topics, lead in zip(texts, base, topic_scores, leads):
            named = stack_features(text, float(score), topics, entities=entities, lead_score=lead)
            final = self.stack.score(named)
            results.append((final, final >= self.stack.threshold))
        return results


def load_government_detector(
    folder: Path, vocabulary_size: int, topic_sha256: dict[str, str] | None = None
) -> GovernmentDetector | None:
    """The detector stored in ``folder``, or None when it holds none (older models).

    Raises :class:`~vnnews.errors.ModelError` when the files are damaged, altered or do not
    fit the topic model's vocabulary. ``topic_sha256`` are the topic model's file digests
    (its ``model.json`` "sha256"): a detector built on another topic model is refused even
    when the vocabulary has the same size, since its weights point at other n-grams.

    >>> load_government_detector(Path("/nonexistent"), 10) is None
    True
    """
    meta_path, weights_path = Path(folder) / META, Path(folder) / WEIGHTS
    if not meta_path.exists():
        return None
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        digest = hashlib.sha256(weights_path.read_bytes()).hexdigest()
        if digest != meta["sha256"][WEIGHTS]:
            raise ModelError(f"{weights_path}: contents do not match the SHA-256 in {META}")
        with np.load(weights_path, allow_pickle=False) as arrays:
            coef = arrays["coef"].astype(np.float32)
            lead = None if "lead" not in meta else LeadHead.from_arrays(
                arrays["lead_vocabulary"], arrays["lead_idf"], arrays["lead_coef"], meta["lead"]["intercept"])
        stack = GovernmentStack.from_json(meta["stack"])
        intercept = float(meta["base"]["intercept"])
    except ModelError:
        raise
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"government-administration detector in {folder}: {exc!r}") from None
    if coef.shape != (vocabulary_size,):
        raise ModelError(f"{weights_path}: {coef.shape[0]} weights for a vocabulary of {vocabulary_size}")
    built_on = meta.get("topic_model_sha256")  # absent in detectors built before it was recorded
    if built_on and topic_sha256 and any(topic_sha256.get(name) != digest for name, digest in built_on.items()):
        raise ModelError(
            f"{meta_path}: built on another topic model; rebuild it with models/topics/build_government.py"
        )
    return GovernmentDetector(coef, intercept, stack, lead)
