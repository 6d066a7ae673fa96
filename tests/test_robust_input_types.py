"""Every public text function answers non-str input with an error of vnnews' own hierarchy."""

from __future__ import annotations

import pytest

import vnnews
from vnnews.errors import InputError, VnnewsError
from vnnews.normalize import (
    convert_tone_style,
    decode,
    decode_legacy,
    encode,
    fix_confusables,
    normalize_with_map,
)
from vnnews.segment import Segmenter

PUBLIC_TEXT_FUNCTIONS = {
    "normalize": vnnews.normalize,
    "normalize_with_map": normalize_with_map,
    "convert_tone_style": convert_tone_style,
    "remove_diacritics": vnnews.remove_diacritics,
    "detect_encoding": vnnews.detect_encoding,
    "fix_confusables": fix_confusables,
    "decode": lambda text: decode(text, "vni"),
    "decode_legacy": lambda text: decode_legacy(text, "tcvn3"),
    "encode": lambda text: encode(text, "viqr"),
    "sent_tokenize": vnnews.sent_tokenize,
    "word_tokenize": vnnews.word_tokenize,
    "extract_entities": vnnews.extract_entities,
    "restore_diacritics": vnnews.restore_diacritics,
    "classify": vnnews.classify,
}


@pytest.mark.parametrize("bad", [None, b"Ha Noi", 5], ids=["None", "bytes", "int"])
@pytest.mark.parametrize("name", PUBLIC_TEXT_FUNCTIONS)
def test_non_str_input_raises_a_vnnews_error(name, bad):
    with pytest.raises(VnnewsError):
        PUBLIC_TEXT_FUNCTIONS[name](bad)


@pytest.mark.parametrize("user_dict", [5, "Hà Nội", [b"Ha Noi"], [None]])
def test_bad_user_dictionary_raises_input_error(user_dict):
    with pytest.raises(InputError, match="user_dict"):
        Segmenter(user_dict=user_dict)


def test_bytes_error_says_to_decode_first():
    with pytest.raises(InputError, match="decode it first"):
        vnnews.detect_encoding(b"Vie\xe4t")
