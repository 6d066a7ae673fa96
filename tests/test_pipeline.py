"""Pipeline mechanics: configuration, cleaning on the Document, guarded steps, pipe() order."""

from __future__ import annotations

import pytest

from vnnews import Pipeline, load
from vnnews.errors import InputError, VnnewsError

CLEAN_ONLY = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)


def test_config_is_explicit_printable_and_rebuilds():
    nlp = Pipeline(topic=False, backend="pyvi")
    config = nlp.config
    assert config["topic"] is False and config["backend"] == "pyvi"
    assert Pipeline(**config).config == config
    assert "topic=False" in repr(nlp) and "backend='pyvi'" in repr(nlp)
    assert nlp.steps == ["clean", "normalize", "restore_diacritics", "segment", "entities"]


def test_steps_switch_off():
    assert Pipeline(**CLEAN_ONLY).steps == ["clean"]
    assert Pipeline(sentences=False, words=False, entities=False, topic=False).steps == [
        "clean",
        "normalize",
        "restore_diacritics",
    ]


@pytest.mark.parametrize("options", [{"colour": "red"}, {"input_format": "pdf"}, {"restore_diacritics": "maybe"}])
def test_bad_options_refused(options):
    with pytest.raises(InputError):
        Pipeline(**options)


def test_scraped_page_keeps_boilerplate_on_the_document(sample_article):
    doc = Pipeline(**CLEAN_ONLY)(sample_article)
    assert doc.text == sample_article
    assert doc.meta["author"] == "Thu Thủy"
    assert [b["kind"] for b in doc.boilerplate] == ["related_headlines", "date_archive"]
    assert "Tin cùng chuyên mục" not in doc.normalized  # what the models see stops at the article
    with_boilerplate = Pipeline(**CLEAN_ONLY, include_boilerplate=True)(sample_article)
    assert with_boilerplate.normalized == sample_article


def test_bytes_are_decoded():
    text = "Thủy điện Hoà Bình"
    assert Pipeline(**CLEAN_ONLY)(text.encode("utf-16-le")).text == text


@pytest.mark.parametrize("bad", [None, 42, ["a"]])
def test_call_refuses_non_text(bad):
    with pytest.raises(InputError):
        Pipeline(**CLEAN_ONLY)(bad)


def test_max_length_refused_with_reason():
    nlp = Pipeline(**CLEAN_ONLY, max_length=10)
    with pytest.raises(InputError, match="max_length"):
        nlp("x" * 11)
    assert "max_length" in next(nlp.pipe(["x" * 11])).errors[0]


def test_pipe_keeps_order_and_turns_bad_input_into_error_documents():
    nlp = Pipeline(**CLEAN_ONLY)
    texts = ["một", None, b"\xff\xfeh\x00a\x00i\x00", "", bytes(range(256)) * 4, "bốn"]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d.text for d in docs] == ["một", "", "hai", "", "", "bốn"]
    assert [bool(d.errors) for d in docs] == [False, True, False, False, True, False]
    assert "EncodingError" not in docs[4].errors[0] and "do not look like text" in docs[4].errors[0]


def test_pipe_with_two_processes_matches_one():
    nlp = Pipeline(**CLEAN_ONLY)
    texts = [f"Tiêu đề {i}\nNội dung bài {i}. Câu sau.\nTin liên quan\n- tin {i}" for i in range(40)] + [None]
    one = [d.to_dict() for d in nlp.pipe(texts, batch_size=3)]
    two = [d.to_dict() for d in nlp.pipe(texts, batch_size=3, n_process=2)]
    assert one == two
    assert [d["meta"].get("title") for d in two[:2]] == ["Tiêu đề 0", "Tiêu đề 1"]


def test_a_failing_step_is_recorded_not_raised(monkeypatch):
    from vnnews import steps

    def broken(self, work):
        if work.doc.text.startswith("Câu"):  # the articles below, not load()'s warm-up text
            raise RuntimeError("model exploded")

    monkeypatch.setattr(steps.SegmentStep, "load", lambda self: None)
    monkeypatch.setattr(steps.SegmentStep, "__call__", broken)
    nlp = Pipeline(normalize=False, restore_diacritics=False, entities=False, topic=False)
    docs = list(nlp.pipe(["Câu một.", "Câu hai."]))
    assert [d.errors for d in docs] == [["segment: RuntimeError: model exploded"]] * 2
    assert docs[1].text == "Câu hai."


def test_load_returns_a_loaded_pipeline():
    nlp = load(**CLEAN_ONLY)
    assert nlp.steps == ["clean"]
    assert nlp("Xin chào.").errors == []


def test_a_worker_that_cannot_load_fails_cleanly_instead_of_hanging(tmp_path):
    # a topic model folder that passes the construction's check but cannot be read (a bad
    # tone_style served here until the Pipeline refused it at construction)
    (tmp_path / "model.json").write_text("{}", encoding="utf-8")
    nlp = Pipeline(**{**CLEAN_ONLY, "topic": True, "topic_model": str(tmp_path)})
    with pytest.raises(VnnewsError, match="model"):
        list(nlp.pipe(["một", "hai"], n_process=2))
