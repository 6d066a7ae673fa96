"""Hypothesis properties of restore_diacritics: it only ever adds Vietnamese marks."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.normalize import convert_tone_style, remove_diacritics
from vnnews.restore import restore_diacritics
from vnnews.restore.lattice import marks_fit

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
LETTERS = VIETNAMESE + VIETNAMESE.upper() + "fjwzçñöß"
SYLLABLES = ["nguoi", "viet", "nam", "ha", "noi", "thu", "tuong", "chinh", "phu", "con", "co", "nhung",
             "Dang", "Bo", "tinh", "xa", "huyen", "duoc", "cua", "mot", "khong", "trong"]

any_text = st.text(max_size=80)
vietnamese_like = st.lists(
    st.one_of(st.sampled_from(SYLLABLES), st.text(alphabet=LETTERS, min_size=1, max_size=7),
              st.sampled_from([",", ".", " - ", "2024", "\n", "(", ")"])),
    max_size=25,
).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(any_text, vietnamese_like))
def test_only_diacritics_change(text):
    assert remove_diacritics(restore_diacritics(text)) == remove_diacritics(text)


@settings(max_examples=150, deadline=None)
@given(st.one_of(any_text, vietnamese_like))
def test_length_preserved_on_nfc_text(text):
    text = unicodedata.normalize("NFC", text)
    assert len(restore_diacritics(text)) == len(text)


@settings(max_examples=100, deadline=None)
@given(vietnamese_like)
def test_marks_already_written_are_kept(text):
    text = convert_tone_style(text, "new")
    restored = restore_diacritics(text)
    for written, out in zip(text, restored):
        assert marks_fit(written.lower(), out.lower())


@settings(max_examples=100, deadline=None, derandomize=True)
@given(vietnamese_like)
def test_unaccented_input_is_restored_idempotently(text):
    once = restore_diacritics(remove_diacritics(text))
    assert restore_diacritics(once) == once


@settings(max_examples=60, deadline=None)
@given(st.sets(st.integers(0, 2**62), max_size=300), st.lists(st.integers(0, 2**62), max_size=50))
def test_key_table_finds_exactly_the_stored_keys(keys, others):
    import numpy as np

    from vnnews.restore.hashtable import KeyTable

    stored = np.array(sorted(keys), dtype=np.int64)
    table = KeyTable(stored, payload=np.arange(len(stored)) * 3, missing=-1)
    queries = sorted(keys)[::2] + others
    expected = [3 * sorted(keys).index(q) if q in keys else -1 for q in queries]
    assert table.find(np.array(queries, dtype=np.int64)).tolist() == expected


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([(32, "uint16", 0xFFFF), (48, "uint8", 255), (10, "int32", -1), (24, "uint8", 255)]),
       st.data())
def test_key_table_with_narrow_keys_and_payloads_is_exact(layout, data):
    # Slots hold only the remainder of a key's mixed bits, in 1 to 6 bytes (24-bit keys: 16 + 8
    # bits): a key must still be told apart from every other key of its range, stored or not.
    import numpy as np

    from vnnews.restore.hashtable import KeyTable

    key_bits, dtype, missing = layout
    keys = st.integers(0, 2**key_bits - 1)
    stored = sorted(data.draw(st.sets(keys, max_size=400)))
    others = data.draw(st.lists(keys, max_size=50))
    payload = (np.arange(len(stored)) % 200).astype(dtype)
    table = KeyTable(np.array(stored, dtype=np.int64), payload, missing=missing, key_bits=key_bits)
    assert table.slot_payload.dtype == np.dtype(dtype)
    queries = stored[::3] + others
    position = {key: i for i, key in enumerate(stored)}
    expected = [payload[position[q]] if q in position else missing for q in queries]
    assert table.find(np.array(queries, dtype=np.int64)).tolist() == expected


def test_key_table_keys_that_overflow_their_bucket_are_found():
    import numpy as np

    from vnnews.restore.hashtable import KeyTable

    keys = np.random.default_rng(0).permutation(2**20)[:4096]  # 2,048 stored in 512 buckets: some overflow
    stored, absent = np.sort(keys[:2048]), keys[2048:]
    table = KeyTable(stored, (stored % 251).astype(np.uint8), missing=255, key_bits=20)
    assert len(table.spilled_keys) > 0 and table.overflowed.any()
    assert table.find(stored).tolist() == (stored % 251).tolist()
    assert set(table.find(absent).tolist()) == {255}


@settings(max_examples=80, deadline=None)
@given(st.integers(8, 40), st.floats(0.2, 3.0), st.data())
def test_key_table_lookup_names_each_stored_key_once_at_any_fill(key_bits, fill, data):
    # Any number of buckets (fill over 1 spills many keys): find and lookup agree, a stored key
    # gets its own position below table.positions, an absent one -1.
    import numpy as np

    from vnnews.restore.hashtable import KeyTable

    keys = st.integers(0, 2**key_bits - 1)
    stored = sorted(data.draw(st.sets(keys, min_size=1, max_size=500)))
    others = [k for k in data.draw(st.lists(keys, max_size=60)) if k not in set(stored)]
    payload = (np.arange(len(stored)) % 250).astype(np.uint8)
    table = KeyTable(np.array(stored, dtype=np.int64), payload, missing=255, key_bits=key_bits, fill=fill)
    queries = np.array(stored + others, dtype=np.int64)
    found, where = table.lookup(queries)
    assert found.tolist() == table.find(queries).tolist() == payload.tolist() + [255] * len(others)
    assert (where[len(stored):] == -1).all()
    assert len(set(where[: len(stored)].tolist())) == len(stored)
    assert 0 <= where[: len(stored)].min() and where.max() < table.positions


def test_non_nfc_forms_in_training_text_never_replace_letters():
    # The model's vocabulary holds a few decomposed forms ("cu" + combining hook + "a");
    # they must never be chosen: every letter of the input stays, in place.
    text = "cua thu duoc"
    restored = restore_diacritics(text)
    assert len(restored) == len(text)
    assert remove_diacritics(restored) == text
    assert restored == unicodedata.normalize("NFC", restored)


def test_key_table_with_wide_remainders_tells_apart_keys_that_share_their_low_bits():
    # A 63-bit key's remainder is stored as its low 32 bits and the high ones beside them
    # (6 bytes, not 8): a key in the same bucket with the same low 32 bits must not match.
    import numpy as np

    from vnnews.restore import hashtable
    from vnnews.restore.hashtable import KeyTable

    bits, shift = 63, 32
    modulus = 1 << bits
    mix1, mix2 = int(hashtable._MIX1) % modulus, int(hashtable._MIX2) % modulus

    def mix(key):  # the table's mix, in Python integers
        key ^= key >> shift
        key = key * mix1 % modulus
        key ^= key >> shift
        return key * mix2 % modulus

    def unmix(mixed):  # a shift by half the width or more undoes itself; odd multipliers invert
        mixed = mixed * pow(mix2, -1, modulus) % modulus
        mixed ^= mixed >> shift
        mixed = mixed * pow(mix1, -1, modulus) % modulus
        return mixed ^ (mixed >> shift)

    rng = np.random.default_rng(1)
    stored = np.unique(rng.integers(0, modulus - 1, size=5000, dtype=np.int64))
    payload = (np.arange(len(stored)) % 200).astype(np.uint8)
    table = KeyTable(stored, payload, missing=255, key_bits=bits)
    assert table.slot_rest.dtype == np.uint32 and table.slot_high is not None
    assert table.find(stored).tolist() == payload.tolist()
    assert all(unmix(mix(int(k))) == int(k) for k in stored[:50])
    high_bit = 1 << (table.rest_bits - 1)  # the top bit of the remainder: in its high part
    twins = [unmix(mix(int(k)) ^ high_bit) for k in stored]
    absent = np.array([k for k in twins if k not in set(stored.tolist())], dtype=np.int64)
    assert len(absent) > 4000 and set(table.find(absent).tolist()) == {255}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 2**30), max_size=300))
def test_stable_order_is_a_stable_argsort(buckets):
    # the table's build places keys in this order: slots and spilled keys depend on it
    import numpy as np

    from vnnews.restore.hashtable import _stable_order

    bucket = np.array(buckets, dtype=np.intp)
    assert _stable_order(bucket).tolist() == np.argsort(bucket, kind="stable").tolist()
