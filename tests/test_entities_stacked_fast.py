"""Seventeenth stop, NER modelling third round: the ``stacked`` option (False / "fast" /
True or "full", one default), the fast layer's document marks and its shipped model."""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.entities import EntityRecognizer, extract_entities
from vnnews.entities.stacked import MODELS, extra_marks, labeller, open_labeller, sentence_pieces
from vnnews.entities.stacked_document import document_counts, document_marks
from vnnews.entities.tokens import syllables
from vnnews.errors import InputError, ModelError
from vnnews.pipeline import Pipeline
from vnnews.resources import model_file
from vnnews.stacked_option import DEFAULT_STACKED, stacked_layer

pytest.importorskip("pycrfsuite")

WORDS = ["Hà", "Nội", "ông", "Nguyễn", "Văn", "An", "Bộ", "tư", "pháp", "UBND", "12", "xã", "an", "nội"]
GAPS = [" ", " ", ". ", ", ", "\n", " \"", ": "]
ENTITIES_ONLY = dict(restore_diacritics=False, sentences=False, words=False, topic=False)


def marks_of(text: str) -> list[list[str]]:
    syl = syllables(text)
    pieces = sentence_pieces(text, syl)
    counts = document_counts(text, syl, pieces)
    return [m for p in pieces for m in document_marks(text, syl[p.start:p.stop], counts)]


def test_a_name_written_again_mid_sentence_is_marked_where_it_opens_a_sentence():
    text = "Hùng nói đã họp. Sau đó ông Hùng về. Nội dung họp ở Hà Nội."
    marks = marks_of(text)
    words = [t.text for t in syllables(text)]
    assert marks[0] == ["docmid"]  # "Hùng nói": mid-sentence in the next sentence
    assert marks[words.index("Hùng", 1)] == []  # "ông Hùng": the first one is not mid-sentence
    assert marks[words.index("Nội")] == []  # "Nội dung": "Hà Nội" is in the same sentence


def test_the_sentence_itself_does_not_count_as_elsewhere():
    assert marks_of("Hôm qua ông Hùng gặp ông Hùng") == [[]] * 7
    assert marks_of("An nói. Mai đi an dưỡng.")[0] == ["doclow"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GAPS)), min_size=1, max_size=25))
def test_document_marks_only_on_capitals_one_list_per_syllable(parts):
    text = "".join(word + gap for word, gap in parts).strip()
    syl = syllables(text)
    marks = marks_of(text)
    assert len(marks) == len(syl)
    assert all(not m for t, m in zip(syl, marks) if not t.cap)
    assert all(set(m) <= {"docmid", "doclow"} for m in marks)


def test_extra_marks_join_runs_and_document_marks():
    text = "Hôm qua ông Hùng đi. Hùng về"
    syl = syllables(text)
    counts = document_counts(text, syl, sentence_pieces(text, syl))
    assert extra_marks(text, syl[5:7], True, counts)[0] == ["run=1", "runpos=S", "docmid"]
    assert extra_marks(text, syl[5:7], False, counts)[0] == ["docmid"]


@pytest.mark.parametrize("value, layer", [(False, None), ("fast", "fast"), (True, "full"), ("full", "full")])
def test_stacked_values(value, layer):
    assert stacked_layer(value) == layer


@pytest.mark.parametrize("bad", ["yes", "Fast", 1, 0, "none"])  # None: the default (below)
def test_unknown_stacked_values_raise_input_error_everywhere(bad):
    with pytest.raises(InputError, match="stacked must be"):
        EntityRecognizer(stacked=bad)
    with pytest.raises(InputError, match="stacked must be"):
        extract_entities("Bộ Tư pháp họp.", stacked=bad)
    with pytest.raises(InputError, match="stacked must be"):
        Pipeline(stacked=bad)


def test_one_default_everywhere():
    assert EntityRecognizer().stacked is DEFAULT_STACKED
    assert Pipeline().config["stacked"] is DEFAULT_STACKED
    assert stacked_layer(DEFAULT_STACKED) in (None, "fast", "full")


def test_a_default_set_after_the_import_is_followed(monkeypatch):
    import vnnews.stacked_option as option

    text = "Bộ Tư pháp họp với ông Nguyễn Văn An."
    monkeypatch.setattr(option, "DEFAULT_STACKED", "fast")
    assert EntityRecognizer().stacked == "fast"
    assert Pipeline().config["stacked"] == "fast"
    assert extract_entities(text) == extract_entities(text, stacked="fast")
    monkeypatch.setattr(option, "DEFAULT_STACKED", "no such layer")  # read at the call: refused
    with pytest.raises(InputError, match="stacked must be"):
        extract_entities(text)
    with pytest.raises(InputError, match="stacked must be"):
        Pipeline(**ENTITIES_ONLY)
    monkeypatch.setattr(option, "DEFAULT_STACKED", False)
    assert extract_entities(text) == extract_entities(text, stacked=False)
    assert Pipeline(**ENTITIES_ONLY)(text).entities == Pipeline(**ENTITIES_ONLY, stacked=False)(text).entities


# --- the shipped fast model ------------------------------------------------------------

# from a VNTC training article (XH_TN_ (1543).txt), not from the gold set
ADDED = ("Thanh tra phát hiện ra nhiều tiêu cực ở hầu hết các ban quản lý của Bộ Giao thông vận tải "
         "(PMU Thăng Long, PMU 1, PMU 9...).")


def test_the_fast_layer_adds_a_body_the_rules_miss():
    rules = {(e.label, e.text) for e in extract_entities(ADDED, stacked=False)}
    fast = extract_entities(ADDED, stacked="fast")
    assert ("ORGANIZATION", "PMU Thăng Long") not in rules
    added = [e for e in fast if e.text == "PMU Thăng Long"]
    assert [(e.label, e.attrs) for e in added] == [("ORGANIZATION", {"source": "stacked"})]
    assert all(ADDED[e.start:e.end] == e.text for e in fast)
    assert {("ORGANIZATION", "PMU 1"), ("ORGANIZATION", "Bộ Giao thông vận tải")} <= {(e.label, e.text) for e in fast}


def test_the_pipeline_passes_the_option_to_its_entity_step():
    fast = Pipeline(stacked="fast", **ENTITIES_ONLY)(ADDED)
    off = Pipeline(stacked=False, **ENTITIES_ONLY)(ADDED)
    assert [e.to_dict() for e in fast.entities] == [e.to_dict() for e in extract_entities(ADDED, stacked="fast")]
    assert [e.to_dict() for e in off.entities] == [e.to_dict() for e in extract_entities(ADDED, stacked=False)]
    assert not fast.errors and not off.errors


def test_fast_layer_is_thread_safe_and_deterministic():
    from concurrent.futures import ThreadPoolExecutor

    texts = [ADDED, "Ông Nguyễn Văn An, Giám đốc Sở Y tế tỉnh Khánh Hòa, nói với PV Thanh Niên."] * 4
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda t: [e.to_dict() for e in EntityRecognizer(stacked="fast").extract(t)], texts))
    assert results[0::2] == [results[0]] * 4 and results[1::2] == [results[1]] * 4


def test_the_fast_card_reads_no_underthesea_and_loads_once():
    model = labeller("fast")
    assert model.underthesea is False and model is labeller("fast")
    assert MODELS["fast"] == "entity_crf_fast"


def test_a_changed_byte_in_the_fast_model_raises_model_error(tmp_path):
    folder = MODELS["fast"]
    model, card = model_file(folder, f"{folder}.crfsuite"), model_file(folder, f"{folder}.json")
    shutil.copy(card, tmp_path / card.name)
    data = bytearray(model.read_bytes())
    data[len(data) // 3] ^= 0x04
    (tmp_path / model.name).write_bytes(bytes(data))
    with pytest.raises(ModelError, match="SHA-256"):
        open_labeller(str(tmp_path / model.name), str(tmp_path / card.name))
    open_labeller(str(model), str(card))  # the shipped pair itself opens


@pytest.mark.parametrize("layer", ["fast", "full"])
def test_a_lone_surrogate_reaches_no_crfsuite_error(layer):
    text = "Hà Nội\ud800Hà Nội gặp ông Nguyễn Văn An\udcff ở Bộ Tư pháp."
    found = extract_entities(text, stacked=layer)
    assert found and all(text[e.start:e.end] == e.text for e in found)


@pytest.mark.parametrize("layer", ["fast", "full"])
def test_a_rule_name_across_an_initial_stays_whole(layer):
    text = "Tổng thống Mỹ George W. Bush phát biểu tại Nhà Trắng."
    assert ("OFFICIAL", "George W. Bush") in {(e.label, e.text) for e in extract_entities(text, stacked=layer)}
    syl = syllables(text)
    assert len(sentence_pieces(text, syl, extract_entities(text, stacked=False))) == 1
    assert len(sentence_pieces(text, syl)) == 2
