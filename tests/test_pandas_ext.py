"""vnnews.pandas_ext: a DataFrame text column analysed into new columns, rows kept in place.

The frame mechanics are checked with a small recording pipeline (any object with
``pipe``); the real pipeline is checked in tests/test_examples.py and below when present.
"""

from __future__ import annotations

import importlib.util

import pandas as pd
import pytest

from vnnews.document import Document, Entity, Topic
from vnnews.errors import BackendError, InputError
from vnnews.pandas_ext import RESULT_COLUMNS, analyze_dataframe


class RecordingPipeline:
    """Marks every capitalised word as a PERSON and 'tỉnh X' as a PROVINCE; records calls."""

    def __init__(self, drop_last: bool = False) -> None:
        self.calls: list[dict] = []
        self.drop_last = drop_last

    def pipe(self, texts, batch_size=64, n_process=1):
        texts = list(texts)
        self.calls.append({"texts": texts, "batch_size": batch_size, "n_process": n_process})
        if self.drop_last:
            texts = texts[:-1]
        return (self._doc(t) for t in texts)

    @staticmethod
    def _doc(text: str) -> Document:
        entities, position = [], 0
        for word in text.split():
            start = text.index(word, position)
            position = start + len(word)
            if word[:1].isupper():
                entities.append(Entity("PERSON", start, position, word, word.strip(".,")))
        gov = "tỉnh" in text
        topic = Topic("chinh_tri_xa_hoi" if gov else "the_thao", 0.8, government_administration=gov,
                      government_administration_score=0.9 if gov else 0.1)
        return Document(text, entities=entities, topic=topic, errors=["empty"] if not text.strip() else [])


def test_new_columns_follow_rows_and_index():
    df = pd.DataFrame({"id": [7, 8, 9], "text": ["Lan gặp Hùng, Lan", "", "họp tỉnh"]}, index=["a", "b", "c"])
    nlp = RecordingPipeline()
    out = analyze_dataframe(df, nlp=nlp, batch_size=2, progress=False)
    assert list(out.index) == ["a", "b", "c"]
    assert list(out.columns) == ["id", "text", *RESULT_COLUMNS]
    assert out["entities_person"].tolist() == [["Lan", "Hùng"], [], []]
    assert out["topic"].tolist() == ["the_thao", "the_thao", "chinh_tri_xa_hoi"]
    assert out["government_administration"].tolist() == [False, False, True]
    assert out["government_score"].tolist() == [0.1, 0.1, 0.9]
    assert out["errors"].tolist() == [[], ["empty"], []]
    assert nlp.calls == [{"texts": df["text"].tolist(), "batch_size": 2, "n_process": 1}]
    assert "topic" not in df.columns  # the input frame is left alone


def test_missing_and_non_text_values_are_reported_not_sent():
    df = pd.DataFrame({"text": ["Huế", None, float("nan"), 42, pd.NA]}, dtype=object)
    nlp = RecordingPipeline()
    out = analyze_dataframe(df, nlp=nlp, progress=False)
    assert nlp.calls[0]["texts"] == ["Huế"]
    assert out["errors"].tolist() == [
        [], ["no text in column text"], ["no text in column text"], ["not text in column text: int"],
        ["no text in column text"],
    ]
    assert out["topic"].isna().tolist() == [False, True, True, True, True]
    assert out["entities_person"].tolist() == [["Huế"], [], [], [], []]


def test_prefix_and_column_clashes():
    df = pd.DataFrame({"body": ["A"], "topic": ["mine"]})
    with pytest.raises(InputError, match="prefix="):
        analyze_dataframe(df, "body", nlp=RecordingPipeline(), progress=False)
    out = analyze_dataframe(df, "body", nlp=RecordingPipeline(), progress=False, prefix="vn_")
    assert out["topic"].tolist() == ["mine"] and out["vn_topic"].tolist() == ["the_thao"]


def test_bad_arguments_raise_input_error():
    with pytest.raises(InputError, match="no column 'text'"):
        analyze_dataframe(pd.DataFrame({"body": ["x"]}), nlp=RecordingPipeline())
    with pytest.raises(InputError, match="DataFrame"):
        analyze_dataframe(["x"], nlp=RecordingPipeline())


def test_a_pipeline_that_loses_documents_is_an_error():
    with pytest.raises(BackendError, match="1 documents for 2 texts"):
        analyze_dataframe(pd.DataFrame({"text": ["a", "b"]}), nlp=RecordingPipeline(drop_last=True), progress=False)


def test_progress_bar_and_accessor(capsys):
    df = pd.DataFrame({"text": ["Lan", "Hùng"]})
    out = df.vnnews.analyze("text", nlp=RecordingPipeline(), progress=True)
    assert out["entities_person"].tolist() == [["Lan"], ["Hùng"]]
    assert "2/2" in capsys.readouterr().err


@pytest.mark.skipif(importlib.util.find_spec("vnnews.pipeline") is None, reason="vnnews.pipeline is not merged yet")
def test_real_pipeline_fills_the_columns():
    df = pd.DataFrame({"text": [
        "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An chủ trì hội nghị cải cách hành chính tại xã Bình Định.",
        "Đội tuyển bóng đá Việt Nam thắng 3-0 trong trận giao hữu tối qua.",
    ]})
    out = analyze_dataframe(df, progress=False)
    assert out["topic"].notna().all()
    assert out["errors"].tolist() == [[], []]
    places = out.loc[0, "entities_province"] + out.loc[0, "entities_commune"]
    assert any("Thái Bình" in p or "Bình Định" in p for p in places)
    assert out.loc[0, "government_score"] > out.loc[1, "government_score"]


def test_bytes_values_go_to_the_pipeline_as_vnnews_batch_sends_them():
    # a BINARY Parquet column reads as bytes; `vnnews batch` analyses it, so the accessor does too
    class Decoding:
        def pipe(self, texts, batch_size=64, n_process=1):
            self.sent = list(texts)
            return (Document(bytes(t).decode("utf-8")) for t in self.sent)

    df = pd.DataFrame({"text": [b"Hu\xe1\xba\xbf", bytearray(b"abc"), 42]}, dtype=object)
    nlp = Decoding()
    out = analyze_dataframe(df, nlp=nlp, progress=False)
    assert nlp.sent == [b"Hu\xe1\xba\xbf", bytearray(b"abc")]
    assert out["errors"].tolist() == [[], [], ["not text in column text: int"]]


def test_the_default_pipeline_decodes_a_bytes_row():
    text = "Chủ tịch UBND tỉnh Bình Định Nguyễn Văn An thăm Hà Nội."
    out = analyze_dataframe(pd.DataFrame({"text": [text.encode("utf-8"), text]}), progress=False)
    assert out["entities_province"].tolist()[0] == out["entities_province"].tolist()[1]
    assert "Bình Định" in out["entities_province"].tolist()[0]
    assert out["topic"].tolist()[0] == out["topic"].tolist()[1]
