"""Second stage of the government-administration detector: a small logistic regression.

It reads what the first stage (the TF-IDF head of :mod:`.government`) cannot separate:
the headline and the lead *separately* (state bodies, administrative actions, crime
reporting), the topic probabilities, and entities found by :func:`vnnews.extract_entities`
in the headline and lead (officials, state and Party bodies, administrative units).
Weights, feature scaling and the threshold are plain data (``models/topics/government.json``).

>>> stack = GovernmentStack(weights={"base_logit": 1.0}, intercept=0.0, threshold=0.5)
>>> round(stack.score({"base_logit": 2.0}), 3), stack.flag({"base_logit": 2.0})
(0.881, True)
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .government import LEAD_CHARS, cue_counts

HEADLINE_CHARS = 160
"""At most this much of the first line counts as the headline."""


def headline_and_rest(text: str) -> tuple[str, str]:
    """The headline (first line, at most HEADLINE_CHARS) and the rest of the lead.

    >>> headline_and_rest("Tỉnh uỷ họp\\nSáng nay, Tỉnh uỷ ...")
    ('Tỉnh uỷ họp', 'Sáng nay, Tỉnh uỷ ...')
    """
    head = text[:LEAD_CHARS]
    first, _, rest = head.partition("\n")
    if len(first) > HEADLINE_CHARS:
        return first[:HEADLINE_CHARS], first[HEADLINE_CHARS:] + " " + rest
    return first, rest


def entity_counts(text: str) -> dict[str, int]:
    """Officials, state/Party bodies and administrative units named in ``text``.

    >>> entity_counts("Chủ tịch UBND tỉnh Bình Định Nguyễn Văn A làm việc với Bộ Tài chính")
    {'officials': 1, 'state_bodies': 2, 'admin_units': 1}
    """
    from ..entities import extract_entities
    from .government_entities import is_state_body

    counts = {"officials": 0, "state_bodies": 0, "admin_units": 0}
    for entity in extract_entities(text):
        if entity.label == "OFFICIAL":
            counts["officials"] += 1
        elif entity.label == "ORGANIZATION" and is_state_body(entity.text):
            counts["state_bodies"] += 1
        elif entity.label in ("PROVINCE", "DISTRICT", "COMMUNE"):
            counts["admin_units"] += 1
    return counts


ENTITY_FEATURES = ("officials", "state_bodies", "admin_units")
"""Names of the entity-count inputs (see :func:`entity_counts`)."""


def stack_features(text: str, base_score: float, topic_scores: dict[str, float], entities: bool = True,
                   lead_score: float | None = None) -> dict[str, float]:
    """The named inputs of the second stage for one article.

    ``base_score`` is the first stage's probability; ``topic_scores`` the topic probabilities;
    ``entities=False`` leaves out the entity counts (and the cost of finding the entities);
    ``lead_score``, the headline-and-lead head's probability (:mod:`.government_lead`), adds
    its logit as ``lead_logit``.

    >>> f = stack_features("HĐND tỉnh khai mạc kỳ họp\\nSáng nay ...", 0.9, {"chinh_tri_xa_hoi": 0.8})
    >>> f["headline_bodies"], f["headline_actions"], f["topic_chinh_tri_xa_hoi"]
    (1.0, 1.0, 0.8)
    """
    headline, rest = headline_and_rest(text)
    features = {"base_logit": clipped_logit(base_score)}
    if lead_score is not None:
        features["lead_logit"] = clipped_logit(lead_score)
    for part, name in ((headline, "headline"), (rest, "lead")):
        bodies, actions, crimes = cue_counts(part)
        features[f"{name}_bodies"] = float(min(bodies, 3))
        features[f"{name}_actions"] = float(min(actions, 3))
        features[f"{name}_crime"] = float(min(crimes, 3))
    if entities:
        for name, count in entity_counts(text[:LEAD_CHARS]).items():
            features[name] = math.log1p(count)
    for label, probability in sorted(topic_scores.items()):
        features[f"topic_{label}"] = float(probability)
    return features


def clipped_logit(p: float) -> float:
    """log(p / (1 - p)) with ``p`` clipped to [1e-4, 1 - 1e-4] (the stack's first input).

    >>> round(clipped_logit(0.5), 6), round(clipped_logit(1.0), 2)
    (0.0, 9.21)
    """
    p = min(max(float(p), 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class GovernmentStack:
    """Weights over named features (missing features count 0), an intercept, a threshold.

    ``mean`` and ``scale`` standardise each feature before its weight applies.
    """

    weights: dict[str, float]
    intercept: float
    threshold: float
    mean: dict[str, float] = field(default_factory=dict)
    scale: dict[str, float] = field(default_factory=dict)

    def score(self, features: dict[str, float]) -> float:
        """Probability (0–1) that the article is a government-administration story."""
        z = self.intercept
        for name, weight in self.weights.items():
            value = (features.get(name, 0.0) - self.mean.get(name, 0.0)) / self.scale.get(name, 1.0)
            z += weight * value
        return 1.0 / (1.0 + math.exp(-z))

    @property
    def uses_entities(self) -> bool:
        """Whether any entity count has a weight (else they need not be computed).

        >>> GovernmentStack(weights={"base_logit": 1.0}, intercept=0.0, threshold=0.5).uses_entities
        False
        """
        return any(name in self.weights for name in ENTITY_FEATURES)

    def flag(self, features: dict[str, float]) -> bool:
        """Score at or over the threshold."""
        return self.score(features) >= self.threshold

    @classmethod
    def from_json(cls, data: dict) -> "GovernmentStack":
        """Built from the ``stack`` part of ``models/topics/government.json``.

        >>> GovernmentStack.from_json({"weights": {"a": 1}, "intercept": 0, "threshold": 0.5}).threshold
        0.5
        """
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            mean={str(k): float(v) for k, v in data.get("mean", {}).items()},
            scale={str(k): float(v) for k, v in data.get("scale", {}).items()},
        )
