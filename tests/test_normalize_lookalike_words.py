"""Words written wholly in Cyrillic or Greek look-alike letters inside Vietnamese text
(reported by the twenty-first stop's user audit: "Giá сао hơn", "dịch Н5N1" stayed Cyrillic)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnnews
from vnnews.normalize import fix_script_confusables, normalize_with_map


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giá сао hơn", "Giá cao hơn"),  # Cyrillic с а о, between Vietnamese words
        ("dịch Н5N1 lan rộng", "dịch H5N1 lan rộng"),  # Cyrillic Н glued to Latin by a digit
        ("Trời а ơi", "Trời a ơi"),
        ("сао сао Hà Nội", "cao cao Hà Nội"),  # two disguised words side by side
        ("Giá сао", "Giá cao"),  # a neighbour on one side is enough
    ],
)
def test_disguised_words_in_vietnamese_text_are_read_as_latin(text, expected):
    assert vnnews.normalize(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Он сао",  # a Russian neighbour
        "Он сказал, а со мной",  # Russian: "а", "со" read as Latin would be syllables
        "«Сахар» là đường",  # all look-alikes, but "Caxap" is no syllable
        "сао",  # no neighbour to tell the language
        "Αθήνα ΗΠΑ",
        "Giá\nсао",  # the neighbour is on another line
        "Т-34 và СССР",  # not syllables
    ],
)
def test_words_of_other_scripts_stay(text):
    assert vnnews.normalize(text) == text


def test_offsets_still_map_into_the_original():
    text = "Giá сао hơn, dịch Н5N1"
    result = normalize_with_map(text)
    assert result.text == "Giá cao hơn, dịch H5N1"
    start = result.text.index("cao")
    assert result.span_to_original(start, start + 3) == (text.index("сао"), text.index("сао") + 3)


_CYRILLIC = "абвгдежзийклмнопрстуфхцчшщыьэюяАБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ"
_ANY_RUSSIAN_WORD = st.text(alphabet=_CYRILLIC, min_size=1, max_size=8)
_PLAINLY_RUSSIAN_WORD = st.builds(lambda a, b: a + "д" + b, st.text(alphabet=_CYRILLIC, max_size=4), st.text(alphabet=_CYRILLIC, max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_PLAINLY_RUSSIAN_WORD, _ANY_RUSSIAN_WORD), min_size=1, max_size=4), st.sampled_from([" ", ", "]))
def test_russian_lines_are_unchanged(pairs, separator):
    # every word of look-alikes only sits next to a plainly Russian word (one with "д")
    line = separator.join(word for pair in pairs for word in pair)
    assert vnnews.normalize(line) == line


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["Giá", "сао", "hơn", "Он", "Н5N1", "а", "Москва", "ΗΠΑ", "cаo", "\n", ","]), max_size=8))
def test_normalize_is_idempotent_on_mixed_scripts(parts):
    once = vnnews.normalize(" ".join(parts))
    assert vnnews.normalize(once) == once
