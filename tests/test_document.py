import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews.document import SCHEMA_VERSION, Document, Entity, Sentence, Token, Topic
from vnnews.errors import InputError, VnnewsError


def _doc():
    text = "Ông Nguyễn Văn A, Chủ tịch UBND tỉnh Thái Bình, phát biểu."
    return Document(
        text=text,
        normalized=text,
        sentences=[Sentence(0, len(text), text)],
        tokens=[Token(0, 3, "Ông"), Token(4, 16, "Nguyễn Văn A", norm="Nguyễn Văn A", pos="Np")],
        entities=[
            Entity("OFFICIAL", 4, 16, "Nguyễn Văn A", "Nguyễn Văn A", {"positions": [{"post": "Chủ tịch"}]}),
            Entity("PROVINCE", 37, 46, "Thái Bình", "Thái Bình", {"code": "34", "period": "pre2025"}),
        ],
        topic=Topic("chinh_tri_xa_hoi", 0.8, {"chinh_tri_xa_hoi": 0.8, "phap_luat": 0.2}, True, 0.9),
        meta={"title": "x"},
        errors=[],
    )


def test_round_trip_dict_and_json():
    doc = _doc()
    assert Document.from_dict(doc.to_dict()) == doc
    assert Document.from_json(doc.to_json()) == doc
    assert json.loads(doc.to_json())["schema_version"] == SCHEMA_VERSION


def test_offsets_slice_original_text():
    doc = _doc()
    for e in doc.entities:
        assert doc.text[e.start : e.end] == e.text


def test_entity_attrs_read_as_attributes():
    e = _doc().entities[1]
    assert e.code == "34"
    with pytest.raises(AttributeError):
        e.not_there


def test_json_keeps_vietnamese_characters():
    assert "Nguyễn" in _doc().to_json()


def test_newer_schema_refused_with_library_error():
    data = _doc().to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(InputError):
        Document.from_dict(data)
    with pytest.raises(VnnewsError):
        Document.from_json("{not json")
    with pytest.raises(InputError):
        Document.from_dict({"tokens": []})


def test_ents_filters_by_label():
    assert [e.label for e in _doc().ents("PROVINCE")] == ["PROVINCE"]


@given(st.text(), st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50)), max_size=5))
def test_round_trip_any_text(text, spans):
    tokens = [Token(a, a + b, text[a : a + b]) for a, b in spans]
    doc = Document(text=text, tokens=tokens, meta={"k": text})
    assert Document.from_json(doc.to_json()) == doc
