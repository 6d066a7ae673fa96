"""Every script in examples/ runs, as a user would run it, on inputs written here.

Each example runs in a fresh interpreter (``python examples/NAME.py ...``) with paths
into a tmp folder; the test checks what it printed and what it wrote.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from example_corpus import records, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def needs(*modules: str):
    """Skip when a vnnews module an example needs is not on this branch yet."""
    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    return pytest.mark.skipif(bool(missing), reason=f"{', '.join(missing)} not merged into this branch yet")


def run_example(name: str, *args: object, cwd: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / name), *map(str, args)],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout, check=False,
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-3000:]}"
    return result


def test_every_example_is_tested():
    tested = {line.split('"')[1] for line in Path(__file__).read_text().splitlines() if "run_example(\"" in line}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


@needs("vnnews.pipeline")
def test_quickstart(tmp_path):
    result = run_example("quickstart.py", "--json", tmp_path / "doc.json", cwd=tmp_path)
    doc = json.loads((tmp_path / "doc.json").read_text(encoding="utf-8"))
    assert "topic:" in result.stdout and "government administration:" in result.stdout
    labels = {e["label"] for e in doc["entities"]}
    assert {"COMMUNE", "OFFICIAL"} <= labels
    for entity in doc["entities"]:
        assert doc["text"][entity["start"] : entity["end"]] == entity["text"]
        assert repr(entity["text"]) in result.stdout


@needs("vnnews.pipeline")
def test_render_entities(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text("\n".join(r["text"] for r in records()[:3]), encoding="utf-8")
    page = tmp_path / "page.html"
    result = run_example("render_entities.py", article, page, cwd=tmp_path)
    content = page.read_text(encoding="utf-8")
    marks = content.count("<mark ")
    assert marks > 0 and f"wrote {page}: " in result.stdout
    assert content.startswith("<!DOCTYPE html>") and "Thái Bình" in content


@needs("vnnews.pipeline")
def test_pandas_columns(tmp_path):
    rows = records()[:6] + [{"id": "empty", "label": "x", "text": None}]
    source = write_jsonl(tmp_path / "articles.jsonl", rows)
    out = tmp_path / "table.parquet"
    result = run_example("pandas_columns.py", source, out, cwd=tmp_path)
    import pandas as pd

    table = pd.read_parquet(out)
    assert table["id"].tolist() == [r["id"] for r in rows]
    assert table["topic"].iloc[:6].notna().all() and pd.isna(table["topic"].iloc[6])
    assert list(table["errors"].iloc[6]) == ["no text in column text"]
    assert "topics:" in result.stdout


@needs("vnnews.topics")
def test_train_topics(tmp_path):
    data = write_jsonl(tmp_path / "labelled.jsonl")
    model = tmp_path / "model"
    result = run_example("train_topics.py", data, model, cwd=tmp_path)
    assert "trained on 18 articles, 3 labels; held out 6" in result.stdout
    accuracy = float(next(line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("accuracy")))
    assert accuracy > 0.5  # three balanced labels: chance is 0.33
    assert (model / "model.json").is_file()
    assert "reloaded model says '" in result.stdout


@needs("vnnews.batch")
def test_batch_corpus(tmp_path):
    rows = records()[:6] + [{"id": "blank", "text": "   "}, {"id": "missing"}]
    source = write_jsonl(tmp_path / "corpus.jsonl", rows)
    out = tmp_path / "analysed.parquet"
    result = run_example("batch_corpus.py", source, out, cwd=tmp_path)
    import pandas as pd

    table = pd.read_parquet(out)
    assert table["id"].tolist() == [r["id"] for r in rows]
    assert table["error"].iloc[:6].isna().all() and table["error"].iloc[6:].notna().all()
    assert "rows: 8  errors: 2" in result.stdout
    assert "entities: {" in result.stdout and "PROVINCE" in result.stdout


@needs("vnnews.dask_ext")
def test_dask_cluster(tmp_path):
    rows = records()[:6]
    source = write_jsonl(tmp_path / "corpus.jsonl", rows)
    out = tmp_path / "analysed.jsonl"
    result = run_example("dask_cluster.py", source, out, "--workers", "1", "--partitions", "2", cwd=tmp_path)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows]
    assert all(r["error"] is None and r["document"]["text"] == row["text"] for r, row in zip(lines, rows))
    assert "workers: 1" in result.stdout and "6 records, 0 errors" in result.stdout


@needs("vnnews.pipeline", "vnnews.sklearn")
def test_sklearn_downstream(tmp_path):
    data = write_jsonl(tmp_path / "labelled.jsonl")
    result = run_example("sklearn_downstream.py", data, cwd=tmp_path)
    assert "24 articles, labels ['chinh_tri_xa_hoi', 'kinh_doanh', 'the_thao']" in result.stdout
    accuracy = float(result.stdout.split("cross-validated accuracy: ")[1].split()[0])
    assert accuracy > 0.5  # three balanced labels: chance is 0.33
    assert result.stdout.count("\n  ") == 3  # the telling features of each label
    assert "analysis problems" not in result.stdout


@needs("vnnews.entities.places")
def test_admin_units(tmp_path):
    result = run_example("admin_units.py", cwd=tmp_path)
    assert "'xa Binh Dinh'" in result.stdout  # text without diacritics still links to the registry
    assert "xã Tân Thạnh (Thới Lai, Cần Thơ) split: True" in result.stdout


@needs("vnnews.entities")
def test_officials(tmp_path):
    result = run_example("officials.py", cwd=tmp_path)
    assert any(line.startswith("OFFICIAL") and "Nguyễn Mạnh Hùng" in line for line in result.stdout.splitlines())
    assert "refers to: Nguyễn Mạnh Hùng" in result.stdout
