"""``vnnews train topics`` end to end on a small corpus the team wrote."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from vnnews.cli import main
from vnnews.topics import load_model

CORPUS = Path(__file__).parent / "data" / "topics_corpus.jsonl"


def _rows():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_train_topics_from_jsonl(tmp_path, capsys):
    out = tmp_path / "model"
    status = main(["train", "topics", "--data", str(CORPUS), "--text-field", "body", "--label-field", "topic",
                   "-o", str(out), "--min-df", "1", "--held-out", "0.2"])
    assert status == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["held_out_size"] == 6 and set(summary["per_label_f1"]) == {"business", "health", "sport"}
    model = load_model(out)
    assert model.predict(["Tiền đạo ghi hai bàn thắng"]).tolist() == ["sport"]


def test_train_topics_from_csv_and_parquet(tmp_path, capsys):
    rows = _rows()
    csv_path = tmp_path / "news.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["body", "topic"])
        writer.writeheader()
        writer.writerows(rows)
    assert main(["train", "topics", "--data", str(csv_path), "--text-field", "body", "--label-field", "topic",
                 "-o", str(tmp_path / "m1"), "--min-df", "1"]) == 0
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    parquet_path = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(rows), parquet_path)
    assert main(["train", "topics", "--data", str(parquet_path), "--text-field", "body", "--label-field", "topic",
                 "-o", str(tmp_path / "m2"), "--min-df", "1"]) == 0
    assert load_model(tmp_path / "m2").predict(["Giá cổ phiếu tăng"]).tolist() == ["business"]


def test_train_reports_bad_input_without_traceback(tmp_path, capsys):
    assert main(["train", "topics", "--data", str(CORPUS), "--text-field", "nope", "--label-field", "topic",
                 "-o", str(tmp_path / "m")]) == 1
    assert "no record has both" in capsys.readouterr().err
    assert main(["train", "topics", "--data", str(tmp_path / "missing.jsonl"), "--text-field", "body",
                 "--label-field", "topic", "-o", str(tmp_path / "m")]) == 1
    bad = tmp_path / "data.xml"
    bad.write_text("<x/>", encoding="utf-8")
    assert main(["train", "topics", "--data", str(bad), "--text-field", "body", "--label-field", "topic",
                 "-o", str(tmp_path / "m")]) == 1
