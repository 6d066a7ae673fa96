"""The whole Pipeline with every component: offsets into the user's text, boilerplate, restoration."""

from __future__ import annotations

import gzip
import json
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnnews import Pipeline

# While the components are merged one by one; removed once they are all in main.
for _component in ("vnnews.segment", "vnnews.entities", "vnnews.topics", "vnnews.restore"):
    pytest.importorskip(_component)


@pytest.fixture(scope="module")
def nlp():
    return Pipeline().load()


@pytest.fixture(scope="module")
def nlp_no_topic():
    return Pipeline(topic=False).load()


def _assert_offsets(doc):
    for item in [*doc.sentences, *doc.tokens, *doc.entities]:
        assert 0 <= item.start <= item.end <= len(doc.text)
        assert doc.text[item.start : item.end] == item.text, item


def test_sample_article_end_to_end(nlp, sample_article):
    doc = nlp(sample_article)
    assert doc.errors == []
    _assert_offsets(doc)
    assert doc.meta["author"] == "Thu Thủy"
    assert max(e.end for e in doc.entities) <= sample_article.index("Tin cùng chuyên mục")
    communes = [e for e in doc.entities if e.label == "COMMUNE" and e.text == "xã Bình Định"]
    assert len(communes) == 3
    assert any(e.label == "PERSON" and e.text == "Thu Thủy" for e in doc.entities)
    assert not any("Nguyễn Mạnh Hùng" in e.text for e in doc.entities)  # only in the boilerplate
    assert doc.topic is not None and doc.topic.label in doc.topic.scores
    assert doc.sentences[0].text.startswith("Bình Định: Ra mắt mô hình")


def test_boilerplate_analysed_when_asked(sample_article):
    doc = Pipeline(topic=False, include_boilerplate=True)(sample_article)
    _assert_offsets(doc)
    officials = [e for e in doc.entities if e.label == "OFFICIAL"]
    assert any(e.text.startswith("Nguyễn Mạnh Hùng") or "Nguyễn Mạnh Hùng" in (e.name or "") for e in officials)


def test_offsets_survive_decomposed_old_style_text(nlp_no_topic):
    text = unicodedata.normalize("NFD", "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh Hòa Bình, thăm thủy điện Hòa Bình.")
    text = text.replace("Văn", "V\u200băn")  # a zero-width space inside a name
    doc = nlp_no_topic(text)
    _assert_offsets(doc)
    assert doc.normalized == unicodedata.normalize("NFC", doc.normalized)
    assert "Hoà Bình" in doc.normalized  # new tone style for the models
    province = [e for e in doc.entities if e.label == "PROVINCE"]
    assert province and unicodedata.normalize("NFC", province[0].text).endswith("Hòa Bình")


PIECES = ["Hà Nội", "hòa", "Thuỷ", "điện", "xã", "Bình Định", "UBND", "tỉnh", "Thái Bình", "ông", "Nguyễn Văn An", ".", ",", "\n", "2025", "TP.", "HCM"]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(["NFC", "NFD"]), st.sampled_from([" ", "  ", "\u00ad", " \u200b"])), max_size=25))
def test_every_span_slices_the_users_text(nlp_no_topic, parts):
    text = "".join(unicodedata.normalize(form, piece) + sep for piece, form, sep in parts)
    doc = nlp_no_topic(text)
    assert doc.errors == []
    _assert_offsets(doc)


def test_text_without_diacritics_is_restored_for_the_models(nlp_no_topic):
    text = "Chu tich UBND tinh Thai Binh Nguyen Van An da lam viec voi xa Binh Dinh ve cai cach hanh chinh."
    doc = nlp_no_topic(text)
    assert doc.text == text
    assert doc.meta.get("diacritics_restored") is True
    assert doc.normalized != text and len(doc.normalized) == len(text)
    _assert_offsets(doc)
    assert Pipeline(topic=False, restore_diacritics=False)(text).normalized == text


def test_pipe_in_two_processes_matches_one(nlp_no_topic):
    # topic off: its model takes seconds to load in each fresh worker; the batch tests cover the rest
    texts = ["Chủ tịch UBND tỉnh Thái Bình thăm xã Bình Định.", None, "", "Đội tuyển Việt Nam thắng 2-0.", "Giá vàng tăng."]
    one = [d.to_dict() for d in nlp_no_topic.pipe(texts)]
    two = [d.to_dict() for d in nlp_no_topic.pipe(texts, batch_size=2, n_process=2)]
    assert one == two


@pytest.mark.slow
def test_vntc_articles_through_a_batch_run(tmp_path, shared_data):
    from vnnews.batch import run_batch
    from vnnews.outputs import read_output

    source = tmp_path / "in.jsonl"
    with gzip.open(shared_data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines, open(source, "w") as out:
        for i, line in zip(range(1000), lines):
            if i % 25 == 0:
                out.write(line)
    summary = run_batch(source, tmp_path / "out.jsonl.gz", progress=False)
    assert (summary.read, summary.written, summary.errors) == (40, 40, 0)
    for record, line in zip(read_output(tmp_path / "out.jsonl.gz"), open(source)):
        doc, source_record = record["document"], json.loads(line)
        assert record["id"] == source_record["id"] and doc["text"] == source_record["text"]
        assert doc["topic"]["label"] and doc["tokens"]
        for ent in doc["entities"]:
            assert doc["text"][ent["start"] : ent["end"]] == ent["text"]


def test_first_calls_from_eight_threads_at_once(nlp_no_topic):
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"Chủ tịch UBND tỉnh Thái Bình thăm xã Bình Định lần {i}." for i in range(8)]
    fresh = Pipeline(topic=False)  # not loaded yet: the threads race for the first load
    with ThreadPoolExecutor(8) as pool:
        docs = list(pool.map(fresh, texts))
    assert [d.to_dict() for d in docs] == [nlp_no_topic(t).to_dict() for t in texts]
