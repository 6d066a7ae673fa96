"""Topic classification of Vietnamese news and government-administration detection.

>>> from vnnews.topics import LABELS
>>> len(LABELS)
10
"""

from .estimator import TopicClassifier
from .labels import LABELS, display_name, label_id

__all__ = ["TopicClassifier", "LABELS", "display_name", "label_id"]
