"""Every script in examples/ runs, as a user would run it, on inputs written here.

The scripts run as ``__main__`` (``runpy``) with their command-line arguments in
``sys.argv`` and paths into a tmp folder, inside this test process so the models load
once for all of them; one more run of the quickstart in a fresh interpreter checks that
the scripts need nothing from the test process. Each test checks what the script printed
and what it wrote.
"""

from __future__ import annotations

import importlib.util
import json
import os
import runpy
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


@pytest.fixture
def run_example(tmp_path, monkeypatch, capsys):
    """``run_example("name.py", *args)`` runs the script as __main__ in ``tmp_path``; returns its stdout."""

    def run(name: str, *args: object) -> str:
        script = EXAMPLES / name
        monkeypatch.chdir(tmp_path)
        monkeypatch.setattr(sys, "argv", [str(script), *map(str, args)])
        capsys.readouterr()
        try:
            runpy.run_path(str(script), run_name="__main__")
        except SystemExit as stop:
            assert stop.code in (0, None), f"{name} exited with {stop.code}: {capsys.readouterr().err[-3000:]}"
        return capsys.readouterr().out

    return run


def test_every_example_is_tested():
    tested = {line.split('"')[1] for line in Path(__file__).read_text().splitlines() if "= run_example(\"" in line}
    assert {p.name for p in EXAMPLES.glob("*.py")} == tested


@needs("vnnews.pipeline")
def test_quickstart(tmp_path, run_example):
    out = run_example("quickstart.py", "--json", tmp_path / "doc.json")
    doc = json.loads((tmp_path / "doc.json").read_text(encoding="utf-8"))
    assert "topic:" in out and "government administration:" in out
    labels = {e["label"] for e in doc["entities"]}
    assert {"COMMUNE", "OFFICIAL"} <= labels
    for entity in doc["entities"]:
        assert doc["text"][entity["start"] : entity["end"]] == entity["text"]
        assert repr(entity["text"]) in out


@needs("vnnews.pipeline")
def test_render_entities(tmp_path, run_example):
    article = tmp_path / "article.txt"
    article.write_text("\n".join(r["text"] for r in records()[:3]), encoding="utf-8")
    page = tmp_path / "page.html"
    out = run_example("render_entities.py", article, page)
    content = page.read_text(encoding="utf-8")
    marks = content.count("<mark ")
    assert marks > 0 and f"wrote {page}: " in out
    assert content.startswith("<!DOCTYPE html>") and "Thái Bình" in content


@needs("vnnews.pipeline")
def test_pandas_columns(tmp_path, run_example):
    rows = records()[:6] + [{"id": "empty", "label": "x", "text": None}]
    source = write_jsonl(tmp_path / "articles.jsonl", rows)
    target = tmp_path / "table.parquet"
    out = run_example("pandas_columns.py", source, target)
    import pandas as pd

    table = pd.read_parquet(target)
    assert table["id"].tolist() == [r["id"] for r in rows]
    assert table["topic"].iloc[:6].notna().all() and pd.isna(table["topic"].iloc[6])
    assert list(table["errors"].iloc[6]) == ["no text in column text"]
    assert "topics:" in out


@needs("vnnews.topics")
def test_train_topics(tmp_path, run_example):
    data = write_jsonl(tmp_path / "labelled.jsonl")
    model = tmp_path / "model"
    out = run_example("train_topics.py", data, model)
    assert "trained on 18 articles, 3 labels; held out 6" in out
    accuracy = float(next(line.split()[1] for line in out.splitlines() if line.strip().startswith("accuracy")))
    assert accuracy > 0.5  # three balanced labels: chance is 0.33
    assert (model / "model.json").is_file()
    assert "reloaded model says '" in out


@needs("vnnews.batch")
def test_batch_corpus(tmp_path, run_example):
    rows = records()[:6] + [{"id": "blank", "text": "   "}, {"id": "missing"}]
    source = write_jsonl(tmp_path / "corpus.jsonl", rows)
    target = tmp_path / "analysed.parquet"
    out = run_example("batch_corpus.py", source, target)
    import pandas as pd

    table = pd.read_parquet(target)
    assert table["id"].tolist() == [r["id"] for r in rows]
    assert table["error"].iloc[:6].isna().all() and table["error"].iloc[6:].notna().all()
    assert "rows: 8  errors: 2" in out
    assert "entities: {" in out and "PROVINCE" in out


@needs("vnnews.dask_ext")
def test_dask_cluster(tmp_path, run_example):
    rows = records()[:6]
    source = write_jsonl(tmp_path / "corpus.jsonl", rows)
    target = tmp_path / "analysed.jsonl"
    out = run_example("dask_cluster.py", source, target, "--threads", "--workers", "2", "--partitions", "2")
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows]
    assert all(r["error"] is None and r["document"]["text"] == row["text"] for r, row in zip(lines, rows))
    assert "workers: 2" in out and "6 records, 0 errors" in out


@needs("vnnews.dask_ext")
def test_dask_cluster_keeps_a_line_that_is_not_json(tmp_path, run_example):
    # one broken line stopped the whole run with a JSONDecodeError traceback
    rows = records()[:3]
    source = write_jsonl(tmp_path / "corpus.jsonl", rows)
    source.write_text(source.read_text(encoding="utf-8") + "{broken\n\n", encoding="utf-8")
    target = tmp_path / "analysed.jsonl"
    out = run_example("dask_cluster.py", source, target, "--threads", "--workers", "1", "--partitions", "2")
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in lines] == [r["id"] for r in rows] + [None]
    assert "not valid JSON" in lines[-1]["error"] and "4 records, 1 errors" in out


@needs("vnnews.pipeline", "vnnews.sklearn")
def test_sklearn_downstream(tmp_path, run_example):
    data = write_jsonl(tmp_path / "labelled.jsonl")
    out = run_example("sklearn_downstream.py", data)
    assert "24 articles, labels ['chinh_tri_xa_hoi', 'kinh_doanh', 'the_thao']" in out
    accuracy = float(out.split("cross-validated accuracy: ")[1].split()[0])
    assert accuracy > 0.5  # three balanced labels: chance is 0.33
    assert out.count("\n  ") == 3  # the telling features of each label
    assert "analysis problems" not in out


@needs("vnnews.entities.places")
def test_admin_units(tmp_path, run_example):
    out = run_example("admin_units.py")
    assert "'xa Binh Dinh'" in out  # text without diacritics still links to the registry
    assert "xã Tân Thạnh (Thới Lai, Cần Thơ) split: True" in out


@needs("vnnews.entities")
def test_officials(tmp_path, run_example):
    out = run_example("officials.py")
    assert any(line.startswith("OFFICIAL") and "Nguyễn Mạnh Hùng" in line for line in out.splitlines())
    assert "refers to: Nguyễn Mạnh Hùng" in out


@needs("vnnews.pipeline")
def test_an_example_runs_in_a_fresh_interpreter(tmp_path):
    """``python examples/quickstart.py FILE`` as a user types it: nothing borrowed from pytest."""
    article = tmp_path / "article.txt"
    article.write_bytes(records()[0]["text"].encode("utf-16"))  # not UTF-8: the pipeline decodes it
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "quickstart.py"), str(article)],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "'Nguyễn Văn An'" in result.stdout and "'tỉnh Thái Bình'" in result.stdout
