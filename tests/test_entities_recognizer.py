"""The recognizer as a whole: admin units before/after 2025, no diacritics, offsets, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.entities import EntityRecognizer, extract_entities
from vnnews.errors import InputError

GOLD = Path(__file__).resolve().parent.parent / "benchmarks" / "data" / "entities_gold.jsonl"


def spans(text):
    return [(e.label, e.text) for e in extract_entities(text)]


def test_public_api_is_exported():
    assert vnnews.extract_entities is extract_entities


def test_commune_and_province_of_the_same_name():
    assert ("COMMUNE", "xã Bình Định") in spans("Cán bộ xã Bình Định ký cam kết.")
    assert ("PROVINCE", "tỉnh Bình Định") in spans("Trước khi sáp nhập, tỉnh Bình Định có 11 huyện.")


def test_post_reform_units():
    text = "Sau ngày 1/7/2025, phường Quy Nhơn thuộc tỉnh Gia Lai; đặc khu Phú Quốc ra đời."
    found = {e.text: e for e in extract_entities(text)}
    assert found["tỉnh Gia Lai"].label == "PROVINCE"
    assert found["phường Quy Nhơn"].label == "COMMUNE"
    assert found["đặc khu Phú Quốc"].label == "COMMUNE"


def test_pre_reform_commune_says_its_successor():
    commune = next(e for e in extract_entities("Người dân xã Bình Định, huyện Kiến Xương") if e.label == "COMMUNE")
    assert commune.period == "pre2025"
    assert commune.successors[0]["province"] == "Hưng Yên"


def test_text_without_diacritics():
    text = "Nguoi dan xa Binh Dinh, huyen Kien Xuong, tinh Thai Binh thu hoach lua."
    assert spans(text) == [("COMMUNE", "xa Binh Dinh"), ("DISTRICT", "huyen Kien Xuong"), ("PROVINCE", "tinh Thai Binh")]


def test_offsets_survive_normalisation():
    # decomposed Unicode and old tone style: normalisation changes characters and lengths
    import unicodedata

    text = unicodedata.normalize("NFD", "Ông Lê Văn Thuỷ, Chủ tịch UBND tỉnh Khánh Hoà, thăm Hà Nội.")
    for entity in extract_entities(text):
        assert text[entity.start:entity.end] == entity.text
    official, = [e for e in extract_entities(text) if e.label == "OFFICIAL"]
    assert official.text == unicodedata.normalize("NFD", "Lê Văn Thuỷ")
    assert official.name == unicodedata.normalize("NFC", official.name)  # the normalised form


def test_sentences_given_stop_a_name_at_their_boundary():
    from vnnews.document import Sentence

    text = "Ông gặp Nguyễn Văn\nHùng Sơn"
    one = EntityRecognizer().extract(text, sentences=[Sentence(0, 18, text[:18]), Sentence(19, 27, text[19:])])
    assert all(e.end <= 18 or e.start >= 19 for e in one)


def test_bad_input_raises_the_library_error():
    with pytest.raises(InputError):
        extract_entities(b"bytes")
    with pytest.raises(InputError):
        EntityRecognizer().extract(None)


def test_deterministic():
    text = "Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận và ông Hùng ở Hà Nội."
    assert [e.to_dict() for e in extract_entities(text)] == [e.to_dict() for e in extract_entities(text)]


WORDS = st.sampled_from(["Nguyễn", "Văn", "Hùng", "ông", "xã", "Bình", "Định", "tỉnh", "Hà", "Nội",
                         "UBND", "Chủ", "tịch", "Bộ", "Tư", "pháp", "sông", "thôn", "3", "Thuỷ",
                         "Hoà", "hòa", "Việt", "Nam", "Công", "ty", "TP", "HCM", "đ", "a"])
SEPARATORS = st.sampled_from([" ", " ", ", ", ". ", "\n", " - ", " (", ") ", "\u0301 ", "  "])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(WORDS, SEPARATORS), max_size=25))
def test_entities_are_always_slices_of_the_input(parts):
    text = "".join(word + sep for word, sep in parts)
    entities = extract_entities(text)
    for entity in entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert text[entity.start:entity.end] == entity.text
    assert [(e.start, -e.end) for e in entities] == sorted((e.start, -e.end) for e in entities)


def test_gold_set_is_consistent():
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    assert len(rows) >= 220
    assert sum(r["article_id"] is not None for r in rows) >= 190
    for row in rows:
        for entity in row["entities"]:
            assert row["text"][entity["start"]:entity["end"]] == entity["text"]


def test_gold_set_scores_do_not_regress():
    """A guard well under the measured figures (benchmarks/entities.md), not a target."""
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    gold = {(i, e["start"], e["end"], e["label"]) for i, r in enumerate(rows) for e in r["entities"]}
    found = {(i, e.start, e.end, e.label) for i, r in enumerate(rows) for e in extract_entities(r["text"])}
    assert len(gold & found) / len(gold) > 0.75
    assert len(gold & found) / len(found) > 0.85


def test_crf_option_only_adds_capitalised_person_names():
    text = "Hôm qua Randy gặp ông Nguyễn Văn An tại Bộ Tư pháp ở Hà Nội."
    plain = EntityRecognizer().extract(text)
    with_crf = EntityRecognizer(use_crf=True).extract(text)
    assert [e.to_dict() for e in plain] == [e.to_dict() for e in with_crf if e.attrs.get("cue") != "crf"]
    for entity in with_crf:
        assert text[entity.start:entity.end] == entity.text
        if entity.attrs.get("cue") == "crf":
            assert entity.label == "PERSON" and entity.text[0].isupper()


def test_map_to_original_moves_every_offset():
    import unicodedata

    from vnnews.entities import map_to_original
    from vnnews.normalize import normalize_with_map

    text = unicodedata.normalize("NFD", "Ông Lê Văn Hùng, Chủ tịch UBND xã Bình Định. Ông Hùng nói.")
    normalized = normalize_with_map(text)
    entities = map_to_original(EntityRecognizer().extract(normalized.text), normalized)
    official = next(e for e in entities if e.label == "OFFICIAL")
    position, = official.positions
    assert text[position["start"]:position["end"]] == position["text"]
    short = next(e for e in entities if e.attrs.get("refers_to"))
    link = short.attrs["refers_to"]
    assert text[link["start"]:link["end"]] == official.text
    commune = next(e for e in entities if e.label == "COMMUNE")
    assert text[commune.attrs["name_start"]:commune.end] == unicodedata.normalize("NFD", "Bình Định")


def test_entities_command_prints_json_lines(tmp_path, capsys):
    from vnnews.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Chủ tịch UBND tỉnh Thái Bình Nguyễn Khắc Thận thăm xã Bình Định.", encoding="utf-8")
    assert main(["entities", str(article), "--label", "OFFICIAL"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == ["Nguyễn Khắc Thận"]
