"""Word segmentation: offsets, tone-style invariance, news tokens, user dictionaries, backends."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnnews.errors import BackendError, InputError
from vnnews.normalize import convert_tone_style
from vnnews.segment import Segmenter, word_tokenize

BACKENDS = ["underthesea", "pyvi"]

NEWS = (
    "Chiều 26.03.2025, Chủ tịch UBND tỉnh Nguyễn Mạnh Hùng làm việc với huyện Kiến Xương. "
    "Thủy điện Hòa Bình đã hoàn thành 95% kế hoạch, doanh thu đạt 1.000.000 đồng lúc 18:31 PM.\n"
    "Xem thêm tại http://baothaibinh.com.vn/tin-tuc/a-b.html hoặc gửi thư tới toasoan@baothaibinh.com.vn #ThaiBinh"
)


@pytest.fixture(scope="module", params=BACKENDS)
def segmenter(request):
    return Segmenter(request.param)


def slices(text, spans):
    return [text[s:e] for s, e in spans]


# --- offsets -----------------------------------------------------------------------------

SYLLABLES = ["Hà", "Nội", "thủy", "thuỷ", "hòa", "hoà", "Bình", "ủy", "ban", "nhân", "dân", "tỉnh", "Nguyễn",
             "Mạnh", "Hùng", "1.000", "18:31", "5,5%", "TP.", "v.v.", "ho\u0300a", "Thu\u0309y", "ð", "_", "a_b",
             "e-mail", "NĐ-CP", "(", ")", ",", ".", "\"", "…"]
TEXTS = st.lists(
    st.tuples(st.sampled_from(SYLLABLES), st.sampled_from([" ", "  ", "", "\n", " \t", "\u00a0"])), max_size=25
).map(lambda parts: "".join(s + sep for s, sep in parts))


def nonspace(text):
    return "".join(unicodedata.normalize("NFC", text).split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_every_word_is_a_slice_of_the_original_text(segmenter, text):
    spans = segmenter.word_spans(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip(), f"word with surrounding space: {piece!r}"
        assert "\n" not in piece, "a word never crosses a line break"
        previous_end = end
    # no character lost, none invented: the words cover every non-space character
    assert nonspace("".join(slices(text, spans))).replace("ð", "đ") == nonspace(text).replace("ð", "đ")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_no_word_crosses_a_sentence_boundary(segmenter, text):
    sentences = segmenter.sentence_spans(text)
    for start, end in segmenter.word_spans(text):
        assert any(s <= start and end <= e for s, e in sentences), (text[start:end], sentences)


def test_offsets_point_into_non_nfc_input(segmenter):
    text = "Thu\u0309y đie\u0323\u0302n Hoa\u0300 Bi\u0300nh"  # decomposed marks
    words = slices(text, segmenter.word_spans(text))
    assert [unicodedata.normalize("NFC", w) for w in words] == ["Thủy điện", "Hoà Bình"]


def test_words_joins_syllables_with_one_space(segmenter):
    assert segmenter.words("Thủ   tướng\u00a0Chính phủ") == ["Thủ tướng", "Chính phủ"]


# --- tone-style invariance -----------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_old_and_new_tone_styles_segment_the_same(backend, sample_article):
    seg = Segmenter(backend)
    text = sample_article[:3000]
    old, new = convert_tone_style(text, "old"), convert_tone_style(text, "new")
    assert old != new
    assert seg.word_spans(old) == seg.word_spans(new)


@pytest.mark.parametrize("backend", BACKENDS)
def test_tone_style_words_keep_the_original_characters(backend):
    assert word_tokenize("Thủy điện Hòa Bình", backend=backend) == ["Thủy điện", "Hòa Bình"]
    assert word_tokenize("Thuỷ điện Hoà Bình", backend=backend) == ["Thuỷ điện", "Hoà Bình"]
    old = word_tokenize("Ủy ban nhân dân tỉnh Khánh Hòa khỏe mạnh", backend=backend)
    new = word_tokenize("Uỷ ban nhân dân tỉnh Khánh Hoà khoẻ mạnh", backend=backend)
    assert [convert_tone_style(w, "new") for w in old] == new
    assert "Khánh Hòa" in old and "khỏe mạnh" in old


STYLED_SYLLABLES = ["hòa", "hoà", "Hòa", "HOÀ", "thủy", "thuỷ", "Thủy", "khỏe", "khoẻ", "lòe", "loè", "quý", "quả",
                    "hoàn", "toán", "người", "thuyền", "ủy", "uỷ", "Ủy", "xòe", "tọa", "toạ", "gìn", "giữ", "1.000"]
STYLED_TEXTS = st.lists(
    st.tuples(st.sampled_from(STYLED_SYLLABLES), st.sampled_from([" ", ", ", "-", "\n", ""]))
).map(lambda parts: "".join(s + sep for s, sep in parts))


@given(text=STYLED_TEXTS, style=st.sampled_from(["new", "old"]))
def test_fast_tone_style_feed_matches_the_full_conversion(text, style):
    from vnnews.segment.style import to_tone_style

    converted = to_tone_style(text, style)
    assert converted == convert_tone_style(text, style)
    assert len(converted) == len(text)
    other = "old" if style == "new" else "new"
    assert to_tone_style(convert_tone_style(text, other), style) == converted


# --- news tokens -------------------------------------------------------------------------

SINGLE_TOKENS = [
    "26.03.2025", "26/03/2025", "1.000.000", "5,5%", "18:31", "18:31 PM", "7h30", "500.000đ", "$100",
    "http://baothaibinh.com.vn/tin-tuc/a-b.html", "vnexpress.net", "toasoan@baothaibinh.com.vn",
    "#ThaiBinh", "123/2025/NĐ-CP", "15/QĐ-UBND", "NĐ-CP", "COVID-19", "43H-0530",
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("token", SINGLE_TOKENS)
def test_numbers_dates_urls_and_codes_are_one_token(backend, token):
    words = word_tokenize(f"Theo thông báo {token}, mọi người cần biết.", backend=backend)
    assert token in words, words


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    "text, name",
    [
        ("Bộ trưởng Nguyễn Mạnh Hùng phát biểu", "Nguyễn Mạnh Hùng"),
        ("Ông Trần Văn Nam nói", "Trần Văn Nam"),
        ("bà Tôn Nữ Thị Ninh cho biết", "Tôn Nữ Thị Ninh"),
        ("Chủ tịch Võ Văn Thưởng dự lễ", "Võ Văn Thưởng"),
        ("người dân TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("tỉnh Bà Rịa Vũng Tàu", "Bà Rịa Vũng Tàu"),
        ("Thành phố Hồ Chí Minh hôm nay", "Hồ Chí Minh"),
        ("huyện Kiến Xương tổ chức", "Kiến Xương"),
        ("xã Ia Grai có mưa", "Ia Grai"),
    ],
)
def test_person_and_admin_unit_names_are_never_cut(backend, text, name):
    assert name in word_tokenize(text, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_capitalised_words_that_are_not_names_are_not_glued(backend):
    words = word_tokenize("Từ Hà Nội, Phó Chủ tịch Nguyễn Văn An về Cao Bằng.", backend=backend)
    assert "Từ Hà Nội" not in words and "Phó Chủ" not in words
    assert "Hà Nội" in words and "Nguyễn Văn An" in words and "Cao Bằng" in words


def test_pyvi_name_cut_is_repaired():
    from pyvi import ViTokenizer

    text = "Bộ trưởng Nguyễn Mạnh Hùng làm việc tại TP. Hồ Chí Minh"
    assert "Nguyễn_Mạnh Hùng" in ViTokenizer.tokenize(text)  # the raw cut
    assert "Nguyễn Mạnh Hùng" in word_tokenize(text, backend="pyvi")


def test_news_paragraph_on_both_backends():
    for backend in BACKENDS:
        words = word_tokenize(NEWS, backend=backend)
        for token in ["26.03.2025", "Nguyễn Mạnh Hùng", "Kiến Xương", "95%", "1.000.000", "18:31 PM",
                      "http://baothaibinh.com.vn/tin-tuc/a-b.html", "toasoan@baothaibinh.com.vn", "#ThaiBinh"]:
            assert token in words, (backend, token)


# --- user dictionary ---------------------------------------------------------------------


@pytest.mark.parametrize("backend", BACKENDS)
def test_user_dictionary_is_isolated_between_segmenters(backend):
    text = "Nhà máy thủy điện Hòa Bình phát điện"
    with_dict = Segmenter(backend, user_dict=["nhà máy thuỷ điện Hoà Bình"])
    without = Segmenter(backend)
    before = without.words(text)
    assert with_dict.words(text)[0] == "Nhà máy thủy điện Hòa Bình"
    assert without.words(text) == before  # the other Segmenter is unaffected
    assert "Nhà máy thủy điện Hòa Bình" not in before
    assert "Nhà máy thủy điện Hòa Bình" not in word_tokenize(text, backend=backend)


@pytest.mark.parametrize("backend", BACKENDS)
def test_per_call_user_dictionary_does_not_leak_into_later_calls(backend):
    text = "Quỹ hỗ trợ phát triển hợp tác xã"
    assert word_tokenize(text, backend=backend, user_dict=["phát triển hợp tác xã"])[-1] == "phát triển hợp tác xã"
    assert "phát triển hợp tác xã" not in word_tokenize(text, backend=backend)
    seg = Segmenter(backend)
    assert seg.words(text, user_dict=["hỗ trợ phát triển"])[1] == "hỗ trợ phát triển"
    assert "hỗ trợ phát triển" not in seg.words(text)


def test_user_dictionary_never_touches_underthesea_state():
    import underthesea

    text = "Nhà máy thủy điện"
    before = underthesea.word_tokenize(text)
    word_tokenize(text, user_dict=["máy thủy"])
    assert underthesea.word_tokenize(text) == before


def test_user_dictionary_rejects_a_plain_string():
    with pytest.raises(InputError):
        Segmenter(user_dict="Hà Nội")


# --- backends ----------------------------------------------------------------------------


class SplitOnSpaces:
    """A third backend: one word per space-separated chunk; its dictionary is in old style."""

    name = "spaces"
    tone_style = "old"

    def __init__(self):
        self.seen = []

    def words(self, text):
        self.seen.append(text)
        return text.split(" ") + [""]


def test_a_third_backend_plugs_in():
    backend = SplitOnSpaces()
    seg = Segmenter(backend)
    text = "Thuỷ  điện tỉnh Hoà Bình lúc 18:31 PM"
    assert slices(text, seg.word_spans(text)) == ["Thuỷ", "điện", "tỉnh", "Hoà Bình", "lúc", "18:31 PM"]
    assert backend.seen == ["Thủy  điện tỉnh Hòa Bình lúc 18:31 PM"]  # fed its own tone style
    assert word_tokenize("ông Lê Văn Tám", backend=SplitOnSpaces()) == ["ông", "Lê Văn Tám"]


class Broken:
    def words(self, text):
        raise RuntimeError("model file corrupted")


def test_backend_failures_are_library_errors():
    from vnnews.segment.backends import LibraryBackend

    class Failing(LibraryBackend):
        name = "failing"

        def _words(self, text):
            raise RuntimeError("boom")

    with pytest.raises(BackendError, match="failing failed"):
        Segmenter(Failing()).words("Hà Nội")


@pytest.mark.parametrize("bad", ["spacy", 42, Broken.words])
def test_unknown_backends_are_rejected(bad):
    with pytest.raises(InputError):
        Segmenter(bad)


@pytest.mark.parametrize("bad", [None, b"Ha Noi", 3.5, ["Hà Nội"]])
def test_non_text_input_is_an_input_error(bad):
    with pytest.raises(InputError):
        word_tokenize(bad)


def test_empty_and_blank_text(segmenter):
    assert segmenter.word_spans("") == []
    assert segmenter.word_spans(" \n\t ") == []
