"""Sixteenth pass, input variants (second part): every offset of an entity indexes the text given.

Normalisation changes lengths (NFD letters, VNI's two-byte letters, zero-width characters);
the span of an entity, where an admin unit's name starts after its type word
(``attrs["name_start"]``), an official's position spans and a short form's ``refers_to`` must
all point at the right characters of the ORIGINAL text, through the Pipeline and through
``extract_entities`` alike.
"""

from __future__ import annotations

import unicodedata

import pytest

from vnnews import Pipeline
from vnnews.entities import extract_entities
from vnnews.normalize import normalize
from vnnews.normalize.legacy import encode

CLEAN = ("Ông Nguyễn Văn An, Chủ tịch UBND xã Bình Định, huyện Kiến Xương, tỉnh Thái Bình, "
         "cho biết. Ông An đề nghị Sở Tài chính tỉnh Thái Bình hỗ trợ.")

VARIANTS = {
    "nfd": unicodedata.normalize("NFD", CLEAN),
    "zero_width": CLEAN.replace("Bình", "Bì\u200bnh").replace("Nguyễn", "Ng\u200buyễn"),
    "vni": encode(CLEAN, "vni"),
}


def _readings(text):
    return {"pipeline": Pipeline(topic=False)(text).entities, "extract_entities": extract_entities(text)}


def _fields(entity):
    """(what the field names in the clean text, its span) for every offset-bearing field."""
    yield "span", entity.start, entity.end
    if "name_start" in entity.attrs:
        yield "name_start", entity.attrs["name_start"], entity.end
    for position in entity.attrs.get("positions", []):
        yield "position", position["start"], position["end"]
    if entity.attrs.get("refers_to"):
        yield "refers_to", entity.attrs["refers_to"]["start"], entity.attrs["refers_to"]["end"]


def _pointed(text, entity, legacy="auto"):
    """What each field points at, read back as Unicode (a short VNI slice is named its encoding)."""
    return [(field, normalize(text[start:end], legacy=legacy).strip()) for field, start, end in _fields(entity)]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_offset_points_at_the_same_words_as_in_clean_text(variant):
    text = VARIANTS[variant]
    assert len(text) != len(CLEAN)  # the variant does shift offsets
    for who, clean_entities in _readings(CLEAN).items():
        entities = _readings(text)[who]
        assert [e.label for e in entities] == [e.label for e in clean_entities], who
        for entity, clean in zip(entities, clean_entities):
            assert entity.text == text[entity.start:entity.end], (who, entity)
            legacy = variant if variant == "vni" else "auto"
            assert _pointed(text, entity, legacy) == _pointed(CLEAN, clean), (who, variant, entity)


def test_the_clean_reading_has_every_kind_of_offset():
    """The sentence exercises every field the mapping must move (or the test above proves less)."""
    fields = {field for e in extract_entities(CLEAN) for field, _, _ in _fields(e)}
    assert fields == {"span", "name_start", "position", "refers_to"}


def test_pipeline_name_start_after_zero_width_characters():
    text = "Ông\u200b\u200b\u200b Lê Văn Bình về xã\u200b Bình Định, huyện Kiến Xương."
    communes = [e for e in Pipeline(topic=False)(text).entities if e.label == "COMMUNE"]
    assert [text[e.attrs["name_start"]:e.end] for e in communes] == ["Bình Định"]
    assert [e.text for e in communes] == ["xã\u200b Bình Định"]


def test_restoration_builds_a_lattice_only_for_lines_without_diacritics(monkeypatch):
    import vnnews.restore as restore

    built = []
    real = restore.build_lattice
    monkeypatch.setattr(restore, "build_lattice", lambda text, *a, **k: built.append(text) or real(text, *a, **k))
    text = "Thủ tướng Chính phủ đã ký quyết định.\nHo Thanh Trung (TPHCM)\nBộ trưởng đã đến Hà Nội."
    restored = restore.restore_diacritics(text)
    assert built == ["Ho Thanh Trung (TPHCM)\n"]
    assert restored.split("\n")[0::2] == text.split("\n")[0::2]
    assert restored.split("\n")[1] != "Ho Thanh Trung (TPHCM)"
