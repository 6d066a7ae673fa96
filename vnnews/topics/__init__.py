"""Topic classification of Vietnamese news and government-administration detection.

>>> from vnnews.topics import LABELS
>>> len(LABELS)
10
"""

from .estimator import TopicClassifier
from .labels import LABELS, display_name, label_id
from .shipped import TopicModel, classify, load_topic_model
from .storage import load_model, save_model

__all__ = ["TopicClassifier", "TopicModel", "LABELS", "classify", "display_name", "label_id", "load_model", "load_topic_model", "save_model"]
