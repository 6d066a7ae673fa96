"""Parquet output keeps int ids as INT64 when every id of the run is an int, text otherwise; --resume skips them."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from vnnews.batch import run_batch
from vnnews.outputs import read_output

CLEAN_ONLY = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)


def _jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def _run(source: Path, out: Path, **kwargs):
    return run_batch(source, out, progress=False, pipeline_options=CLEAN_ONLY, **kwargs)


def test_int_ids_stay_int64(tmp_path):
    source = _jsonl(tmp_path / "in.jsonl", [{"id": 7, "text": "Tin một."}, {"id": 2**62, "text": "Tin hai."},
                                            {"text": "Không có id."}])  # no id: its position, an int
    _run(source, tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.schema.field("id").type == pa.int64()
    assert table.column("id").to_pylist() == [7, 2**62, 2]
    assert [r["id"] for r in read_output(tmp_path / "out.parquet")] == [7, 2**62, 2]


def test_string_ids_and_mixed_ids_are_text(tmp_path):
    _run(_jsonl(tmp_path / "s.jsonl", [{"id": "7", "text": "Tin."}, {"id": "a", "text": "Tin."}]), tmp_path / "s.parquet")
    assert pq.read_table(tmp_path / "s.parquet").column("id").to_pylist() == ["7", "a"]
    rows = [{"id": 7, "text": "Tin."}, {"id": "b", "text": "Tin."}, {"id": True, "text": "Tin."},
            {"id": 2**64, "text": "Tin."}]  # a bool and an int beyond INT64 are no INT64 ids
    _run(_jsonl(tmp_path / "m.jsonl", rows), tmp_path / "m.parquet")
    table = pq.read_table(tmp_path / "m.parquet")
    assert table.schema.field("id").type == pa.string()
    assert table.column("id").to_pylist() == ["7", "b", "True", str(2**64)]


def test_resumed_parquet_run_skips_the_int_ids_it_has(tmp_path):
    rows = [{"id": i, "text": f"Tin số {i}."} for i in range(6)]
    out = tmp_path / "out.parquet"
    _run(_jsonl(tmp_path / "first.jsonl", rows[:4]), out)
    summary = _run(_jsonl(tmp_path / "all.jsonl", rows), out, resume=True)
    assert (summary.skipped, summary.written) == (4, 2)
    table = pq.read_table(out)
    assert table.schema.field("id").type == pa.int64()
    assert table.column("id").to_pylist() == list(range(6))


def test_resume_with_a_text_id_turns_the_column_to_text(tmp_path):
    out = tmp_path / "out.parquet"
    _run(_jsonl(tmp_path / "first.jsonl", [{"id": 1, "text": "Tin."}, {"id": 2, "text": "Tin."}]), out)
    more = [{"id": 1, "text": "Tin."}, {"id": 2, "text": "Tin."}, {"id": "x", "text": "Tin."}]
    summary = _run(_jsonl(tmp_path / "all.jsonl", more), out, resume=True)
    assert (summary.skipped, summary.written) == (2, 1)
    assert pq.read_table(out).column("id").to_pylist() == ["1", "2", "x"]


def test_an_int_beyond_int64_makes_the_ids_text(tmp_path):
    rows = [{"id": 1, "text": "Tin."}, {"id": 2**63, "text": "Tin."}, {"id": -(2**63), "text": "Tin."}]
    _run(_jsonl(tmp_path / "in.jsonl", rows), tmp_path / "big.parquet")
    assert pq.read_table(tmp_path / "big.parquet").column("id").to_pylist() == ["1", str(2**63), str(-(2**63))]
    _run(_jsonl(tmp_path / "in2.jsonl", rows[::2]), tmp_path / "fits.parquet")  # -2**63 fits
    assert pq.read_table(tmp_path / "fits.parquet").column("id").to_pylist() == [1, -(2**63)]
