"""Batch runs: every input record exactly once in the output, in order; bad records as errors; resume."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.batch import run_batch
from vnnews.cli import main
from vnnews.corpus import iter_records
from vnnews.errors import InputError
from vnnews.outputs import PartFile, read_output

ROOT = Path(__file__).resolve().parent.parent
CLEAN_ONLY = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)
CLEAN_ONLY_FLAGS = ["--no-normalize", "--no-sentences", "--no-words", "--no-entities", "--no-topic", "--restore-diacritics", "never"]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "wt", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def _run(tmp_path, source, out_name="out.jsonl", **kwargs):
    out = tmp_path / out_name
    summary = run_batch(source, out, progress=False, pipeline_options=CLEAN_ONLY, **kwargs)
    return summary, list(read_output(out))


def test_jsonl_gz_one_record_per_input_in_order_with_reasons(tmp_path):
    rows = [
        {"id": "a", "text": "Hội nghị khai mạc."},
        {"id": "b", "text": ""},
        {"id": "c", "text": "   \n\t "},
        {"id": "d"},
        {"id": "e", "text": 12},
        {"text": "Không có id."},
        {"id": "a", "text": "Trùng id."},
    ]
    source = _write_jsonl(tmp_path / "in.jsonl.gz", rows)
    with gzip.open(source, "at", encoding="utf-8") as handle:
        handle.write("{not json\n")
    summary, out = _run(tmp_path, source, "out.jsonl.gz")
    assert [r["id"] for r in out] == ["a", "b", "c", "d", "e", 5, "a", 7]
    errors = [r["error"] for r in out]
    assert errors[0] is None and out[0]["document"]["text"] == "Hội nghị khai mạc."
    assert errors[1] == errors[2] == "empty text"
    assert errors[3] == "no text in field 'text'"
    assert "is a int" in errors[4] and "not valid JSON" in errors[7]
    assert (summary.read, summary.written, summary.errors, summary.duplicate_ids) == (8, 8, 5, 1)


def test_csv_with_none_and_nan_text(tmp_path):
    frame = pd.DataFrame({"id": [1, 2, 3, 4], "body": ["Tin một.", None, float("nan"), "Tin bốn."]})
    frame.to_csv(tmp_path / "in.csv", index=False)
    summary, out = _run(tmp_path, tmp_path / "in.csv", text_field="body")
    assert [r["id"] for r in out] == ["1", "2", "3", "4"]
    assert [r["error"] for r in out] == [None, "empty text", "empty text", None]


def test_parquet_in_and_out(tmp_path):
    frame = pd.DataFrame({"doc_id": ["x", "y", "z"], "text": ["Tin một.", None, "Tin ba."]})
    frame.to_parquet(tmp_path / "in.parquet")
    summary, out = _run(tmp_path, tmp_path / "in.parquet", "out.parquet", id_field="doc_id")
    assert [r["id"] for r in out] == ["x", "y", "z"]
    assert out[1]["error"] == "no text in field 'text'" and out[1]["document"] is None
    assert out[2]["document"]["text"] == "Tin ba."
    assert list(pd.read_parquet(tmp_path / "out.parquet").columns) == ["id", "error", "topic", "document"]


def test_folder_of_text_and_html_files_any_encoding(tmp_path):
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    text = "Thủy điện Hoà Bình phát điện. Người dân vui mừng."
    (folder / "a.txt").write_bytes(text.encode("utf-16-le"))  # UTF-16 without BOM
    (folder / "b.txt").write_bytes(bytes(range(256)) * 20)  # binary garbage
    (folder / "sub" / "c.html").write_text(
        "<html><head><title>Tin</title></head><body><article><p>" + text + " " + text + "</p></article></body></html>",
        encoding="utf-8",
    )
    (folder / "ignored.png").write_bytes(b"\x89PNG")
    summary, out = _run(tmp_path, folder)
    assert [r["id"] for r in out] == ["a.txt", "b.txt", "sub/c.html"]
    assert out[0]["document"]["text"] == text
    assert "do not look like text" in out[1]["error"]
    assert out[2]["document"]["meta"]["format"] == "html" and text in out[2]["document"]["text"]


def test_five_megabyte_article_gets_a_record(tmp_path):
    big = "Hội nghị khai mạc tại Hà Nội. " * (5_000_000 // 30)
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": "big", "text": big}, {"id": "small", "text": "Tin nhỏ."}])
    frame_csv = tmp_path / "in.csv"
    pd.DataFrame({"id": ["big"], "text": [big]}).to_csv(frame_csv, index=False)
    assert next(iter_records(frame_csv)).text == big  # the csv reader takes a 5 MB field
    summary, out = _run(tmp_path, source)
    assert [r["id"] for r in out] == ["big", "small"]
    assert "max_length" in out[0]["error"] and out[1]["error"] is None


def test_existing_output_needs_resume_or_overwrite(tmp_path):
    source = _write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": "Tin."}])
    _run(tmp_path, source)
    with pytest.raises(InputError, match="--resume"):
        _run(tmp_path, source)
    summary, out = _run(tmp_path, source, overwrite=True)
    assert summary.written == 1 and len(out) == 1
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress", *CLEAN_ONLY_FLAGS]) == 1


def test_resume_after_a_finished_run_adds_only_new_records(tmp_path):
    rows = [{"id": i, "text": f"Tin số {i}."} for i in range(6)]
    _run(tmp_path, _write_jsonl(tmp_path / "in.jsonl", rows[:4]), "out.jsonl.gz")
    summary, out = _run(tmp_path, _write_jsonl(tmp_path / "in.jsonl", rows), "out.jsonl.gz", resume=True)
    assert (summary.skipped, summary.written) == (4, 2)
    assert [r["id"] for r in out] == list(range(6))


def test_recover_cuts_a_half_written_line(tmp_path):
    part = PartFile(tmp_path / "out.jsonl")
    part.path.write_bytes(b'{"id":"a","error":null,"document":null}\n{"id":"b","err')
    assert part.recover() == ["a"]
    assert part.path.read_bytes().endswith(b"null}\n")


def test_jobs_two_gives_the_same_records_as_one(tmp_path):
    rows = [{"id": i, "text": f"Tiêu đề {i}\nNội dung {i}. Câu sau.\nThu Thủy"} for i in range(30)]
    source = _write_jsonl(tmp_path / "in.jsonl", rows + [{"id": "none", "text": None}])
    _, one = _run(tmp_path, source, "one.jsonl", batch_size=4)
    _, two = _run(tmp_path, source, "two.jsonl", batch_size=4, jobs=2)
    assert one == two and len(two) == 31


def test_killed_run_resumes_with_every_record_exactly_once_in_order(tmp_path):
    n = 1200
    rows = [{"id": f"r{i % 1100}", "text": f"Tiêu đề {i}\nBài số {i}. Hết."} for i in range(n)]  # 100 duplicate ids
    source = _write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "vnnews.cli", "batch", str(source), "-o", str(out), "--batch-size", "1", "--no-progress", *CLEAN_ONLY_FLAGS]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
    part = PartFile(out).path
    deadline = time.time() + 30
    while time.time() < deadline and (not part.exists() or part.stat().st_size < 5_000):
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists(), "the run finished before it could be killed; make the input longer"
    written = part.read_bytes().count(b"\n")
    assert 0 < written < n
    resumed = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    records = list(read_output(out))
    assert [r["id"] for r in records] == [row["id"] for row in rows]
    assert [r["document"]["text"] for r in records] == [row["text"] for row in rows]
    assert not part.exists()
    assert "skipped (already done)" in resumed.stderr


def test_dask_local_cluster_gives_the_same_records(tmp_path):
    distributed = pytest.importorskip("distributed")
    rows = [{"id": i, "text": f"Tiêu đề {i}\nNội dung {i}. Câu sau.\nThu Thủy"} for i in range(40)]
    source = _write_jsonl(tmp_path / "in.jsonl", rows + [{"id": "none"}])
    _, single = _run(tmp_path, source, "single.jsonl")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        summary, on_dask = _run(tmp_path, source, "dask.jsonl", engine="dask", scheduler=cluster.scheduler_address, batch_size=5)
    assert on_dask == single and summary.written == 41


def test_dask_bag_and_dataframe_helpers():
    dd = pytest.importorskip("dask.dataframe")
    import dask.bag as db

    from vnnews.dask_ext import analyse_bag, analyse_dataframe

    rows = [{"id": "a", "text": "Tin một."}, {"id": "b", "text": None}, {"id": "c", "text": "Tin ba."}]
    bag = db.from_sequence(rows, npartitions=2)
    records = analyse_bag(bag, **CLEAN_ONLY).compute(scheduler="sync")
    assert [(r["id"], r["error"]) for r in records] == [("a", None), ("b", "no text in field 'text'"), ("c", None)]
    frame = dd.from_pandas(pd.DataFrame(rows), npartitions=2)
    result = analyse_dataframe(frame, **CLEAN_ONLY).compute(scheduler="sync")
    assert list(result["id"]) == ["a", "b", "c"]
    assert json.loads(result["document"].iloc[2])["text"] == "Tin ba."
    assert result["error"].iloc[1] == "no text in field 'text'"


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.fixed_dictionaries(
            {"id": st.one_of(st.none(), st.sampled_from(["a", "b", "c"]), st.integers(0, 3))},
            optional={"text": st.one_of(st.none(), st.text(max_size=40), st.integers())},
        ),
        max_size=12,
    ),
    st.sampled_from(["out.jsonl", "out.jsonl.gz", "out.parquet"]),
)
def test_any_records_come_out_once_each_in_order(rows, out_name):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = _write_jsonl(folder / "in.jsonl", rows)
        summary = run_batch(source, folder / out_name, progress=False, pipeline_options=CLEAN_ONLY)
        out = list(read_output(folder / out_name))
    expected = [i if row["id"] is None else row["id"] for i, row in enumerate(rows)]
    if out_name.endswith(".parquet") and not (expected and all(type(x) is int for x in expected)):
        expected = [str(x) for x in expected]  # a Parquet id column is INT64 only when every id is an int
    assert [r["id"] for r in out] == expected
    assert summary.written == summary.read == len(rows)
    for row, record in zip(rows, out):
        text = row.get("text")
        assert (record["error"] is None) == (isinstance(text, str) and bool(text.strip()))
