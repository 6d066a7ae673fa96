"""Sixth pass on scraped text: leftovers reproduced first (each table failed on the code at
the pass's start), then fixed by a general rule.

- TCVN3: a toned capital inside a sentence decided by its neighbouring words too
  (``models/tcvn3_capitals/tcvn3_neighbours.json``): "Ảnh:" glued inline, "Ý"/"Áo" after
  a lower-case word.
- One-word VIQR/VNI lines inside Unicode text: decoded on the evidence of the lines next
  to them in the same encoding, never alone.
- VIQR "dd" inside words that are Vietnamese syllables run together.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.normalize import decode, encode, normalize, normalize_with_map
from vnnews.normalize.syllable import split_syllables

from test_normalize_legacy import INVENTORY

# --- TCVN3: toned capitals by their neighbours ------------------------------------------


@pytest.mark.parametrize(
    "unicode",
    [
        "Lễ khai mạc diễn ra sáng nay Ảnh: TTXVN chụp",  # a caption glued inline
        "Các cầu thủ tập luyện - Ảnh: Reuters",
        "Đoàn khách đến từ Áo.",
        "Người Ý nói rằng trận đấu rất khó",
        "Hội nghị tại Vienna (Áo) hôm qua",
        "ông Lê Văn Ảnh cho biết",
        # and the lower-case words stay lower case
        "tôi có ý kiến về áo dài",
        "Lễ khai mạc (ảnh: Minh Hà) diễn ra",
        "Chúng tôi chịu ảnh hưởng của ảnh chụp",
        "cô ấy mặc áo dài, chú ý lắng nghe",
    ],
)
def test_tcvn3_toned_capitals_by_their_neighbours(unicode):
    assert normalize(encode(unicode, "tcvn3")) == normalize(unicode)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(INVENTORY + ["Ý", "Áo", "Ảnh", "ý", "áo", "ảnh", ":", "(", ")", ",", "."]), min_size=1, max_size=12))
def test_tcvn3_decoding_only_chooses_the_case_of_a_toned_first_letter(words):
    text = " ".join(words)
    decoded = decode(encode(text, "tcvn3"), "tcvn3")
    assert decoded.lower() == text.lower()
    changed = [(a, b) for a, b in zip(decoded.split(" "), text.split(" ")) if a != b]
    assert all(a[1:] == b[1:] for a, b in changed)  # only a first letter's case


# --- one-word legacy lines among lines of the same encoding -----------------------------

PARAGRAPH = "Ông Nguyễn Văn An cho biết năm nay mùa màng bội thu.\n{short}\nCả nhà đều vui vẻ đón Tết."


@pytest.mark.parametrize("encoding", ["viqr", "vni"])
@pytest.mark.parametrize("short", ["Thành", "Tháng", "Hà Nội", "Tết"])
def test_a_short_line_inside_a_legacy_paragraph_is_decoded(encoding, short):
    text = "Tin mới từ Hà Nội\n" + encode(PARAGRAPH.format(short=short), encoding) + "\nBản tin kết thúc"
    assert normalize(text) == normalize("Tin mới từ Hà Nội\n" + PARAGRAPH.format(short=short) + "\nBản tin kết thúc")


@pytest.mark.parametrize(
    "text",
    [
        "Tin mới từ Hà Nội\nTha`nh\nBản tin kết thúc",  # a lone word between Unicode lines
        "Tin mới\nThaùng\nHết giờ",
        "Tin mới\nOui, où?\nCa^`n ba'o ddo^.ng ngay\nI'm ok.",  # French / English next to VIQR
    ],
)
def test_a_short_line_without_legacy_neighbours_or_evidence_stays(text):
    lines = normalize(text).split("\n")
    kept = [line for line in text.split("\n") if "^" not in line]
    assert [line for line in lines if line in kept] == kept


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(INVENTORY), min_size=1, max_size=6), min_size=2, max_size=5),
    st.sampled_from(["viqr", "vni"]),
)
def test_legacy_paragraph_lines_map_back_into_the_original(lines, encoding):
    body = "\n".join(" ".join(words) for words in lines)
    text = "Tin mới hôm nay\n" + encode(body, encoding)
    result = normalize_with_map(text)
    assert result.text.startswith("Tin mới hôm nay\n")
    inside = result.offsets[: len(result.text)]
    assert result.offsets == sorted(result.offsets) and all(0 <= o < len(text) for o in inside)
    assert result.text.count("\n") == text.count("\n")


# --- VIQR dd inside syllables run together ----------------------------------------------


@pytest.mark.parametrize(
    "viqr, unicode",
    [
        ("ddie^`ukie^.n", "điềukiện"),
        ("Udde^.t va` DDankia", "Uđệt và Đankia"),
        ("ho^.iddo^`ng", "hộiđồng"),
        ("hidden, address, Buddha, cellPadding, Eddie", "hidden, address, Buddha, cellPadding, Eddie"),
    ],
)
def test_viqr_dd_inside_syllables_run_together(viqr, unicode):
    assert decode(viqr, "viqr") == unicode


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([w for w in INVENTORY if w.isalpha()]), min_size=2, max_size=3))
def test_viqr_dd_of_glued_syllables_comes_back_where_the_word_has_marks(words):
    glued = "".join(w.lower() for w in words)
    decoded = decode(encode(glued, "viqr") + " xong", "viqr")
    marked = any(not c.isascii() and c not in "đĐ" for c in glued)
    if marked and split_syllables(glued):  # đ is only an onset: it starts one of the syllables
        assert decoded.count("đ") == glued.count("đ"), (glued, decoded)
    else:
        assert decoded.count("đ") <= glued.count("đ")
