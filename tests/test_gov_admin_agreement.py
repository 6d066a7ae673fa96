"""The second, blind annotations of the government-administration labels (benchmarks/)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gov_admin_agreement", ROOT / "benchmarks" / "gov_admin_agreement.py")
agreement_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement_script)


@pytest.mark.parametrize("name", sorted(agreement_script.CHECKS))
def test_second_annotation_labels_first_labelled_articles_once(name):
    first_path, second_path = agreement_script.CHECKS[name]
    first = agreement_script.read_labels(first_path)
    ids = [json.loads(line)["id"] for line in second_path.read_text(encoding="utf-8").splitlines()]
    assert len(ids) == len(set(ids)) and set(ids) <= set(first)
    labels = agreement_script.read_labels(second_path)
    assert set(labels.values()) == {0, 1}


def test_agreement_of_identical_and_opposite_labels():
    labels = {"a": 1, "b": 0, "c": 1, "d": 0}
    same = agreement_script.agreement(labels, labels)
    assert (same["agreement"], same["kappa"], same["precision"], same["recall"]) == (1.0, 1.0, 1.0, 1.0)
    opposite = agreement_script.agreement(labels, {k: 1 - v for k, v in labels.items()})
    assert opposite["agreement"] == 0.0 and opposite["kappa"] < 0


def test_unknown_ids_in_the_second_annotation_are_refused():
    with pytest.raises(ValueError, match="no first label"):
        agreement_script.agreement({"a": 1}, {"a": 1, "z": 0})
