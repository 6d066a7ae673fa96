"""Odd records that used to stop a whole batch run: lone surrogates, bytes that are not
UTF-8 in a CSV, integers beyond 64 bits; a broken file ends with vnnews' own error."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews import jsonline
from vnnews.batch import run_batch
from vnnews.corpus import iter_records
from vnnews.errors import InputError
from vnnews.outputs import PartFile, read_output
from vnnews.segment import Segmenter

ROOT = Path(__file__).resolve().parent.parent
WORDS_ONLY = dict(normalize=False, restore_diacritics=False, sentences=True, words=True, entities=False, topic=False)
SURROGATE_LINE = b'{"id": "s", "text": "Th\\u1ee7 t\\u01b0\\u1edbng \\ud800 n\\u00f3i."}\n'


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
def test_lone_surrogates_are_segmented_around_not_a_backend_error(backend):
    text = "Hà Nội \ud800 xã Bình\udc80 Định."
    spans = Segmenter(backend).word_spans(text)
    words = [text[s:e] for s, e in spans]
    assert "Hà Nội" in words and "\ud800" in "".join(words)
    assert all(0 <= s < e <= len(text) for s, e in spans)


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c), max_leaves=8))
def test_jsonline_round_trips_every_json_value(value):
    encoded = jsonline.dumps(value)
    assert b"\n" not in encoded
    assert jsonline.loads(encoded) == value


def test_jsonline_refuses_what_is_not_json():
    with pytest.raises(ValueError):
        jsonline.loads(b'{"id": 1,')


def test_a_record_with_a_lone_surrogate_is_analysed_written_and_resumed(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(SURROGATE_LINE + '{"id": 99999999999999999999999, "text": "Huế."}\n'.encode())
    out = tmp_path / "out.jsonl"
    summary = run_batch(source, out, progress=False, pipeline_options=WORDS_ONLY)
    assert (summary.read, summary.written, summary.errors) == (2, 2, 0)
    records = list(read_output(out))
    assert records[0]["document"]["text"] == "Thủ tướng \ud800 nói."
    assert records[1]["id"] == 99999999999999999999999
    # a resumed run finds both ids in the checkpoint: nothing is analysed twice
    PartFile(out).reopen_from(out)
    again = run_batch(source, out, resume=True, progress=False, pipeline_options=WORDS_ONLY)
    assert (again.skipped, again.written) == (2, 0)


def test_a_csv_row_that_is_not_utf8_is_marked_and_the_others_go_on(tmp_path):
    source = tmp_path / "in.csv"
    source.write_bytes("id,text\na,Xin chào\nb,hỏng \xff byte\nc,Hà Nội\n".encode("utf-8").replace(b"\xc3\xbf", b"\xff"))
    records = list(iter_records(source))
    assert [r.text for r in records] == ["Xin chào", None, "Hà Nội"]
    assert records[1].error.startswith("line 3 is not UTF-8 text")


def test_a_truncated_gzip_input_ends_with_an_input_error(tmp_path):
    source = tmp_path / "in.jsonl.gz"
    source.write_bytes(gzip.compress(b'{"id": 1, "text": "Xin chao"}\n' * 50)[:40])
    with pytest.raises(InputError, match="cannot be read further"):
        list(iter_records(source))


def test_python_dash_m_runs_the_command_line():
    done = subprocess.run(
        [sys.executable, "-m", "vnnews", "normalize", "-"], input="Thủy điện Hòa Bình", capture_output=True,
        text=True, cwd=ROOT, timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Thuỷ điện Hoà Bình"


def test_dask_records_without_an_id_never_repeat_another_records_id():
    import dask.bag as db

    from vnnews.dask_ext import analyse_bag

    items = [{"id": 1, "text": "Hà Nội"}, None, "một bài", {"id": 2}, {"text": "Huế"}, 5, {"id": 0, "text": "Vinh"}]
    bag = db.from_sequence(items, npartitions=2)
    out = analyse_bag(bag, **{**WORDS_ONLY, "sentences": False, "words": False}).compute(scheduler="sync")
    assert [(r["id"], r["error"] is None) for r in out] == [
        (1, True), (None, False), (None, True), (2, False), (None, True), (None, False), (0, True),
    ]


def test_parquet_output_takes_an_id_with_a_lone_surrogate(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(b'{"id": "a\\udc80", "text": "H\\u00e0 \\ud800 N\\u1ed9i"}\n{"id": 2, "text": "Hu\\u1ebf"}\n')
    out = tmp_path / "out.parquet"
    summary = run_batch(source, out, progress=False, pipeline_options=WORDS_ONLY)
    assert (summary.written, summary.errors) == (2, 0)
    records = list(read_output(out))
    assert [r["id"] for r in records] == ["a\\udc80", "2"]
    assert records[0]["document"]["text"] == "Hà \ud800 Nội"
