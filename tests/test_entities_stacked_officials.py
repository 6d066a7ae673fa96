"""Twentieth stop: a layer that leaves OFFICIAL to the rules keeps the rules' OFFICIAL spans
(blind24's "thị trưởng Thomas Privett" came out of the nineteenth stop's fast model as an
ORGANIZATION, the one sentence of its OFFICIAL −1.2 on fresh gold)."""

from __future__ import annotations

import hashlib
import json

import pytest

from vnnews.entities import EntityRecognizer
from vnnews.entities.stacked import officials_kept, open_labeller, relabel
from vnnews.entities.stacked_features import sentence_features, spans_to_bio
from vnnews.entities.tokens import syllables

pycrfsuite = pytest.importorskip("pycrfsuite")

TEXT = "Đối với thị trưởng Thomas Privett, ông bị điều tra về một vụ biển thủ công quỹ."
NAMES = ["Thomas Privett", "John Walker", "Peter Brown", "Mark Ellis", "Thomas Privett"]


@pytest.fixture(scope="module")
def misled_model(tmp_path_factory):
    """A fast-layer model (card: officials_from_rules, compact) trained to read the official
    after "thị trưởng" as an ORGANIZATION (and two persons, so that it knows the label)."""
    folder = tmp_path_factory.mktemp("entity_crf_fast")
    trainer = pycrfsuite.Trainer(verbose=False)
    recognizer = EntityRecognizer(stacked=False)
    for name in NAMES:
        text = f"Đối với thị trưởng {name}, ông bị điều tra."
        syl = syllables(text)
        start = text.index(name)
        features = sentence_features(text, syl, recognizer.extract(text), compact=True)
        trainer.append(features, spans_to_bio(syl, [(start, start + len(name), "ORGANIZATION")]))
    for text, name in [("Ông Nguyễn Văn An đến Huế.", "Nguyễn Văn An"), ("Bà Lê Thị Hoa về.", "Lê Thị Hoa")]:
        syl, start = syllables(text), text.index(name)
        trainer.append(sentence_features(text, syl, recognizer.extract(text), compact=True),
                       spans_to_bio(syl, [(start, start + len(name), "PERSON")]))
    trainer.set_params({"c1": 0.0, "c2": 0.01, "max_iterations": 50})
    model = folder / "entity_crf_fast.crfsuite"
    trainer.train(str(model))
    card = folder / "entity_crf_fast.json"
    card.write_text(json.dumps({"sha256": hashlib.sha256(model.read_bytes()).hexdigest(), "add": 0.7,
                                "drop": 0.0, "officials_from_rules": True, "compact": True}))
    return open_labeller(str(model), str(card))


def test_a_learned_span_does_not_replace_a_rule_official(misled_model):
    rules = EntityRecognizer(stacked=False).extract(TEXT)
    assert ("OFFICIAL", "Thomas Privett") in {(e.label, e.text) for e in rules}
    syl = syllables(TEXT)
    features = sentence_features(TEXT, syl, rules, compact=True)
    misled_model._tagger.set(features)
    assert "B-ORGANIZATION" in misled_model._tagger.tag()  # the model would replace it
    out = {(e.label, e.text) for e in relabel(TEXT, rules, misled_model)}
    assert ("OFFICIAL", "Thomas Privett") in out
    assert not any(label == "ORGANIZATION" for label, _text in out)


def test_officials_kept_drops_only_spans_crossing_an_official():
    crf = [((0, 9, "PERSON"), 0.9), ((5, 20, "ORGANIZATION"), 0.9), ((12, 20, "PERSON"), 0.8),
           ((30, 40, "LOCATION"), 0.9)]
    assert officials_kept(crf, [(0, 9, "OFFICIAL"), (12, 20, "PERSON")]) == [
        ((0, 9, "PERSON"), 0.9), ((12, 20, "PERSON"), 0.8), ((30, 40, "LOCATION"), 0.9)]
    assert officials_kept(crf, [(30, 40, "LOCATION")]) == crf
