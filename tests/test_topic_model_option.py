"""``topic_model=``: a user's trained taxonomy in Pipeline, ``vnnews.classify`` and batch runs.

The model is trained by ``vnnews train topics`` on the small corpus the team wrote
(``tests/data/topics_corpus.jsonl``: sport, business, health).
"""

from __future__ import annotations

import json
import pickle
import threading
from pathlib import Path

import numpy as np
import pytest

import vnnews
from vnnews import Pipeline
from vnnews.batch import run_batch
from vnnews.cli import main
from vnnews.errors import InputError, ModelError, VnnewsError
from vnnews.outputs import read_output
from vnnews.topics import load_model, load_topic_model
from vnnews.topics import user_models

CORPUS = Path(__file__).parent / "data" / "topics_corpus.jsonl"
# the topic step alone (normalised text): no segmenter or entity model in the workers
LIGHT = dict(restore_diacritics=False, sentences=False, words=False, entities=False)
TEXTS = ["Tiền đạo ghi hai bàn thắng trong trận chung kết",
         "Giá cổ phiếu ngân hàng tăng mạnh trên sàn chứng khoán",
         "Bệnh viện tiếp nhận nhiều bệnh nhân sốt xuất huyết"]


def _train(folder: Path) -> Path:
    args = ["train", "topics", "--data", str(CORPUS), "--text-field", "body", "--label-field", "topic",
            "-o", str(folder), "--min-df", "1", "--held-out", "0.2"]
    assert main(args) == 0
    return folder


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    return _train(tmp_path_factory.mktemp("user_topics") / "model")


def test_pipeline_topic_comes_from_the_users_model(model_dir):
    docs = [Pipeline(topic_model=str(model_dir), **LIGHT)(text) for text in TEXTS]
    assert [d.topic.label for d in docs] == ["sport", "business", "health"]
    # the same probabilities as the scikit-learn estimator loaded from the folder
    expected = load_model(model_dir).predict_proba(TEXTS)
    got = np.array([[d.topic.scores[c] for c in ("business", "health", "sport")] for d in docs])
    assert np.allclose(got, expected, atol=1e-5)
    shipped = Pipeline(**LIGHT)(TEXTS[0]).topic
    assert shipped.label not in ("sport", "business", "health")  # the option changed the model


def test_no_government_head_is_not_scored_not_false(model_dir):
    topic = Pipeline(topic_model=model_dir, **LIGHT)(TEXTS[1]).topic
    assert topic.government_administration is None and topic.government_administration_score is None
    data = json.loads(vnnews.Document("x", topic=topic).to_json())["topic"]
    assert "government_administration" not in data and "government_administration_score" not in data
    assert vnnews.Document.from_json(json.dumps({"text": "x", "topic": data})).topic.government_administration is None
    shipped = Pipeline(**LIGHT)(TEXTS[1]).topic
    assert shipped.government_administration in (True, False)


def test_classify_takes_a_folder_a_path_or_a_loaded_model(model_dir):
    text = TEXTS[2]
    by_str = vnnews.classify(text, topic_model=str(model_dir))
    assert by_str.label == "health"
    assert vnnews.classify(text, topic_model=model_dir) == by_str
    assert vnnews.classify(text, topic_model=load_topic_model(model_dir)) == by_str
    from_sklearn = vnnews.classify(text, topic_model=load_model(model_dir))
    assert from_sklearn.label == "health" and abs(from_sklearn.score - by_str.score) < 1e-5
    assert vnnews.classify(text).label in vnnews.topics.LABELS  # default: the shipped model


def test_loaded_once_per_path_thread_safe_and_reread_after_retraining(tmp_path, monkeypatch):
    folder = _train(tmp_path / "m")
    calls = []
    real = user_models.read_topic_model
    monkeypatch.setattr(user_models, "read_topic_model", lambda path: calls.append(path) or real(path))
    got, barrier = [], threading.Barrier(6)

    def first_call():
        barrier.wait()
        got.append(load_topic_model(folder))

    threads = [threading.Thread(target=first_call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and all(model is got[0] for model in got)
    assert load_topic_model(tmp_path / "." / "m") is got[0]  # the same folder, spelt differently
    meta = json.loads((folder / "model.json").read_text(encoding="utf-8"))
    _train(folder)  # trained again (another held-out split would be a different model)
    (folder / "model.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")  # same content, new stamp
    assert load_topic_model(folder) is not got[0] and len(calls) == 2


def test_pipe_in_two_processes_carries_the_option(model_dir):
    nlp = Pipeline(topic_model=model_dir, **LIGHT)
    one = [d.to_dict() for d in nlp.pipe(TEXTS * 2)]
    two = [d.to_dict() for d in nlp.pipe(TEXTS * 2, batch_size=2, n_process=2)]
    assert two == one and [d["topic"]["label"] for d in two] == ["sport", "business", "health"] * 2


def test_pipeline_with_a_loaded_model_pickles_with_it(model_dir):
    nlp = Pipeline(topic_model=load_topic_model(model_dir), **LIGHT)
    assert "TopicModel(3 classes" in repr(nlp)
    copy = pickle.loads(pickle.dumps(nlp))
    assert copy(TEXTS[0]).to_dict() == nlp(TEXTS[0]).to_dict()


def test_batch_command_with_workers_uses_the_model(model_dir, tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(TEXTS)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    status = main(["batch", str(source), "-o", str(out), "--jobs", "2", "--batch-size", "1", "--no-progress",
                   "--no-sentences", "--no-words", "--no-entities", "--restore-diacritics", "never",
                   "--topic-model", str(model_dir)])
    assert status == 0
    assert [r["document"]["topic"]["label"] for r in read_output(out)] == ["sport", "business", "health"]


def test_bad_folders_raise_the_librarys_errors(model_dir, tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        Pipeline(topic_model=tmp_path / "missing")
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ModelError, match="is a file"):
        vnnews.classify("Giá vàng tăng", topic_model=tmp_path / "file")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ModelError, match="holds no model.json"):
        Pipeline(topic_model=str(tmp_path / "empty"))
    with pytest.raises(InputError, match="not int"):
        Pipeline(topic_model=3)
    tampered = _copy(model_dir, tmp_path / "tampered")
    vocabulary = tampered / "vocabulary.txt"
    vocabulary.write_bytes(vocabulary.read_bytes().replace("bóng".encode(), "bánh".encode(), 1))
    with pytest.raises(ModelError, match="checksum"):
        Pipeline(topic_model=tampered, **LIGHT).load()
    newer = _copy(model_dir, tmp_path / "newer")
    meta = json.loads((newer / "model.json").read_text(encoding="utf-8"))
    (newer / "model.json").write_text(json.dumps({**meta, "format_version": 99}), encoding="utf-8")
    with pytest.raises(ModelError, match="not readable by this vnnews"):
        vnnews.classify("Giá vàng tăng", topic_model=newer)
    other = tmp_path / "other"
    other.mkdir()
    (other / "model.json").write_text('{"format": "vnnews-diacritics"}', encoding="utf-8")
    with pytest.raises(ModelError, match="not a vnnews topic model"):
        vnnews.classify("Giá vàng tăng", topic_model=other)
    assert issubclass(ModelError, VnnewsError)


def test_cli_reports_a_bad_folder_without_traceback(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Giá vàng tăng mạnh.", encoding="utf-8")
    assert main(["analyze", str(article), "--topic-model", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and "Traceback" not in err


def _copy(source: Path, target: Path) -> Path:
    target.mkdir()
    for path in source.iterdir():
        (target / path.name).write_bytes(path.read_bytes())
    return target


def test_document_features_score_topics_with_the_users_model(model_dir):
    from sklearn.base import clone

    from vnnews.sklearn import DocumentFeatures

    # DocumentFeatures had no topic_model: its topic columns always came from the shipped model
    features = DocumentFeatures(words=False, entities=False, admin_units=False, topic_model=str(model_dir))
    X = features.fit_transform(TEXTS)
    assert sorted(features.get_feature_names_out()) == ["topic=business", "topic=health", "topic=sport"]
    names = list(features.get_feature_names_out())
    assert [names[i] for i in X.toarray().argmax(axis=1)] == ["topic=sport", "topic=business", "topic=health"]
    assert clone(features).get_params()["topic_model"] == str(model_dir)

