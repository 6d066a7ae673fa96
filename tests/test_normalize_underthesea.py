"""Agreement with underthesea's bundled tone/spelling correction table.

The table is read from the installed underthesea package at test time (through
underthesea's own loader; nothing of it is copied here). Every entry that is a pure
tone-placement change -- same letters, one kind of tone mark, the target carrying it
once -- must come out of ``normalize(x, tone_style="old")`` as underthesea's target.
"""

from __future__ import annotations

import unicodedata

import pytest

from vnnews.normalize import normalize
from vnnews.normalize.alphabet import split_word

# underthesea maps lòa/nòa to loà/noà: the new-style placement, against its own table
# everywhere else (hoá -> hóa, toà -> tòa, khoẻ -> khỏe). We keep the old style's rule.
JUSTIFIED_DISAGREEMENTS = {"lòa", "Lòa", "LÒA", "nòa", "Nòa", "NÒA"}


def _pure_tone_placement_entries():
    table = pytest.importorskip("underthesea.pipeline.text_normalize.text_normalizer").token_map
    entries = []
    for source, target in table.items():
        if not (unicodedata.is_normalized("NFC", source) and unicodedata.is_normalized("NFC", target)):
            continue
        source_letters, source_tones = split_word(source)
        target_letters, target_tones = split_word(target)
        marked = sum(1 for char in target if split_word(char)[1])
        if source_letters == target_letters and len(source_tones) == 1 and source_tones == target_tones and marked == 1:
            entries.append((source, target))
    return entries


def test_pure_tone_placement_entries_agree_with_underthesea():
    entries = _pure_tone_placement_entries()
    assert len(entries) > 2000  # the table really was read
    disagreements = {
        source for source, target in entries if normalize(source, tone_style="old", legacy="none") != target
    }
    assert disagreements == JUSTIFIED_DISAGREEMENTS
