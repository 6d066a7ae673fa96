"""The shipped diacritics model: integrity checks and a corpus-level accuracy check."""

from __future__ import annotations

import io
import json
import shutil

import numpy as np
import pytest

from vnnews import ModelError
from vnnews.normalize import convert_tone_style, remove_diacritics
from vnnews.resources import model_file
from vnnews.restore import restore_diacritics
from vnnews.restore.model import read_model
from vnnews.restore.tokens import tokenize


@pytest.fixture()
def model_copy(tmp_path):
    """A private copy of the model file and its manifest."""
    for name in ("diacritics.npz", "manifest.json"):
        shutil.copy(model_file("diacritics", name), tmp_path / name)
    return tmp_path / "diacritics.npz", tmp_path / "manifest.json"


def test_intact_copy_loads(model_copy):
    model = read_model(*model_copy)
    assert model.forms[model.id_of("người")] == "người"
    assert "người" in [model.forms[i] for i in model.candidates["nguoi"]]


def test_truncated_file_is_a_model_error(model_copy):
    path, manifest = model_copy
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    with pytest.raises(ModelError, match="truncated or altered"):
        read_model(path, manifest)


def test_altered_byte_is_a_model_error(model_copy):
    path, manifest = model_copy
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ModelError):
        read_model(path, manifest)


def _rewrite(path, manifest, arrays):
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    path.write_bytes(buffer.getvalue())
    meta = json.loads(manifest.read_text())
    import hashlib

    meta["sha256"] = hashlib.sha256(buffer.getvalue()).hexdigest()
    manifest.write_text(json.dumps(meta))


def test_consistent_checksum_but_bad_content_is_a_model_error(model_copy):
    path, manifest = model_copy
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    arrays["trigram_keys"] = arrays["trigram_keys"][::-1].copy()  # no longer sorted
    _rewrite(path, manifest, arrays)
    with pytest.raises(ModelError, match="inconsistent"):
        read_model(path, manifest)
    del arrays["log_p1"]
    _rewrite(path, manifest, arrays)
    with pytest.raises(ModelError, match="unexpected arrays"):
        read_model(path, manifest)


def _drop(arrays, names, drop):
    keep = ~drop
    for name in names:
        arrays[name] = arrays[name][keep]


def _drop_pair_of_first_trigram(arrays):
    """The pair (u, v) of the first trigram is no longer stored (trigram keys: 21-bit ids)."""
    bits = int(arrays["format"][1])
    _drop(arrays, ("pair_keys", "pair_p2", "pair_b3"), arrays["pair_keys"] == arrays["trigram_keys"][0] >> bits)


def _drop_context_of_first_fourgram(arrays):
    """The context (u v w) of the first 4-gram is no longer stored (16-bit ids)."""
    _drop(arrays, ("fourgram_context_keys", "fourgram_b4"),
          arrays["fourgram_context_keys"] == arrays["fourgram_keys"][0] >> 16)


def _add_context_after_first_limit(arrays):
    """A context whose first id is 2**15 or more (4-grams never start so: the decoder skips them)."""
    last = arrays["fourgram_context_keys"][-1:]
    arrays["fourgram_context_keys"] = np.concatenate([arrays["fourgram_context_keys"], (last & 0xFFFFFFFF) | (1 << 47)])
    arrays["fourgram_b4"] = np.concatenate([arrays["fourgram_b4"], arrays["fourgram_b4"][-1:]])


@pytest.mark.parametrize("damage, message", [
    (_drop_pair_of_first_trigram, "inconsistent"),  # the decoder would skip that trigram's look-up
    (_drop_context_of_first_fourgram, "inconsistent"),
    (_add_context_after_first_limit, "inconsistent"),
    (lambda a: a.update(pair_keys=a["pair_keys"].astype(np.int32)), "not a 1-D int64 array"),
    (lambda a: a.update(trigram_keys=a["trigram_keys"] + (1 << 20)), "inconsistent"),  # an id past the vocabulary
    (lambda a: a.update(trigram_p3=a["trigram_p3"][:-1]), "inconsistent"),
    (lambda a: a.update(fourgram_keys=a["fourgram_keys"] | 0xFFFF), "inconsistent"),  # last id past the vocabulary
    (lambda a: a.update(fourgram_b4=a["fourgram_b4"][:-1]), "inconsistent"),
    (lambda a: a.update(fourgram_context_keys=a["fourgram_context_keys"][::-1].copy()), "inconsistent"),
])
def test_key_columns_read_in_slices_are_checked(model_copy, damage, message):
    path, manifest = model_copy
    with np.load(path) as npz:
        arrays = {name: npz[name] for name in npz.files}
    damage(arrays)
    _rewrite(path, manifest, arrays)
    with pytest.raises(ModelError, match=message):
        read_model(path, manifest)


FOURGRAM_ARRAYS = ("fourgram_keys", "fourgram_p4", "fourgram_p4_book", "fourgram_context_keys", "fourgram_b4",
                   "fourgram_b4_book")


def _arrays_without_fourgrams(path):
    with np.load(path) as npz:
        return {name: npz[name] for name in npz.files if name not in FOURGRAM_ARRAYS}


def test_format_2_without_its_4gram_level_is_a_model_error(model_copy):
    path, manifest = model_copy
    _rewrite(path, manifest, _arrays_without_fourgrams(path))
    with pytest.raises(ModelError, match="format"):
        read_model(path, manifest)


def test_a_trigram_model_of_format_1_still_decodes(model_copy):
    """Format 1 (no 4-gram level) is read and decoded by the second-order pass."""
    from vnnews.restore.lattice import build_lattice
    from vnnews.restore.viterbi import best_forms

    path, manifest = model_copy
    arrays = _arrays_without_fourgrams(path)
    arrays["format"] = np.array([1, arrays["format"][1]])
    _rewrite(path, manifest, arrays)
    model = read_model(path, manifest)
    assert model.fourgrams is None
    chosen = best_forms(build_lattice("Thu tuong Chinh phu da ky", model, 16), model, keep=4)
    assert [model.forms[i] for i in chosen[2:-1]] == ["thủ", "tướng", "chính", "phủ", "đã", "ký"]


def test_missing_manifest_is_a_model_error(model_copy):
    path, manifest = model_copy
    manifest.unlink()
    with pytest.raises(ModelError):
        read_model(path, manifest)


@pytest.mark.slow
def test_sample_article_restored_accurately(sample_article):
    """The scraped Bình Định article (not in VNTC) stripped of marks and restored."""
    text = convert_tone_style(sample_article, "new")
    restored = restore_diacritics(remove_diacritics(text))
    words = [(t.start, t.end) for t in tokenize(text) if t.is_word]
    right = sum(restored[a:b] == text[a:b] for a, b in words)
    assert right / len(words) >= 0.93


def test_common_candidates_drop_exactly_the_rare_forms():
    """Every key's common candidates, against the rule applied one key at a time: a form
    is kept when log p1 >= the key's likeliest log p1 + log RARE (compared in float64)."""
    from vnnews.restore.model import RARE, load_model

    model = load_model()
    dropped = 0
    for key, ids in model.candidates.items():
        log_p1 = model.log_p1[list(ids)]
        expected = tuple(i for i, p in zip(ids, log_p1) if p >= log_p1.max() + np.log(RARE))
        assert model.common_candidates[key] == expected, key
        dropped += len(ids) - len(expected)
    assert dropped > 0  # the rule removed some forms
    assert list(model.common_candidates) == list(model.candidates)
