"""The progress bar of vnnews batch: a total (input bytes, or records when known), the rate, no
carriage returns in a log, the bar of a resumed run starting where it resumes."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from vnnews import batch
from vnnews.batch import run_batch
from vnnews.cli import main

CLEAN_ONLY = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)
CLEAN_ONLY_FLAGS = ["--no-normalize", "--no-sentences", "--no-words", "--no-entities", "--no-topic",
                    "--restore-diacritics", "never"]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _lines(n: int) -> list[str]:
    return [json.dumps({"id": i, "text": f"Tin số {i} về Hà Nội."}, ensure_ascii=False) + "\n" for i in range(n)]


@pytest.fixture
def bars(monkeypatch):
    """Every BatchProgress a run makes, kept to look at after the run."""
    made = []

    class Recorded(batch.BatchProgress):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(batch, "BatchProgress", Recorded)
    return made


def _on_terminal(monkeypatch) -> Terminal:
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    return terminal


def test_gz_input_bar_counts_compressed_bytes_to_the_file_size(tmp_path, monkeypatch, bars):
    source = tmp_path / "in.jsonl.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.writelines(_lines(40))
    terminal = _on_terminal(monkeypatch)
    run_batch(source, tmp_path / "out.jsonl", batch_size=4, pipeline_options=CLEAN_ONLY)
    (bar,) = bars
    assert (bar.bar.total, bar.bar.n, bar.bar.unit) == (source.stat().st_size, source.stat().st_size, "B")
    shown = terminal.getvalue()
    assert "100%" in shown and "40 articles" in shown and "articles/s" in shown


def test_jsonl_bar_moves_with_the_bytes_read(tmp_path, monkeypatch, bars):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(_lines(12)), encoding="utf-8")
    seen = []
    monkeypatch.setattr(batch.BatchProgress, "update",
                        lambda self, summary: seen.append((summary.written, self.position.tell())))
    run_batch(source, tmp_path / "out.jsonl", batch_size=3, progress=False, pipeline_options=CLEAN_ONLY)
    sizes = [len(line.encode()) for line in _lines(12)]
    # in one process a batch is read, analysed, written: the bar is at its last line, not the file's end
    assert seen == [(n, sum(sizes[:n])) for n in (3, 6, 9, 12)]


def test_known_record_counts_give_the_total(tmp_path, monkeypatch, bars):
    pd.DataFrame({"id": range(7), "text": ["Tin."] * 7}).to_parquet(tmp_path / "in.parquet")
    (tmp_path / "in.jsonl").write_text("".join(_lines(10)), encoding="utf-8")
    terminal = _on_terminal(monkeypatch)
    run_batch(tmp_path / "in.parquet", tmp_path / "a.jsonl", pipeline_options=CLEAN_ONLY)
    run_batch(tmp_path / "in.jsonl", tmp_path / "b.jsonl", limit=4, pipeline_options=CLEAN_ONLY)
    assert [(b.bar.total, b.bar.n, b.bar.unit) for b in bars] == [(7, 7, " articles"), (4, 4, " articles")]
    shown = terminal.getvalue()
    assert "7/7" in shown and "4/4" in shown and "articles/s" in shown


def test_a_log_gets_lines_not_carriage_returns(tmp_path, capsys):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(_lines(5)), encoding="utf-8")
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), *CLEAN_ONLY_FLAGS]) == 0
    log = capsys.readouterr().err
    assert "\r" not in log
    assert any(line.startswith("vnnews batch: 100%") and "articles/s" in line for line in log.splitlines())


def test_no_progress_writes_no_bar(tmp_path, monkeypatch):
    source = tmp_path / "in.jsonl"
    source.write_text("".join(_lines(5)), encoding="utf-8")
    terminal = _on_terminal(monkeypatch)
    assert main(["batch", str(source), "-o", str(tmp_path / "out.jsonl"), "--no-progress", *CLEAN_ONLY_FLAGS]) == 0
    assert "vnnews batch:" not in terminal.getvalue() and "%" not in terminal.getvalue()


def test_resumed_bar_starts_where_the_run_resumes(tmp_path, monkeypatch, bars):
    lines = _lines(10)
    (tmp_path / "first.jsonl").write_text("".join(lines[:6]), encoding="utf-8")
    source = tmp_path / "in.jsonl"
    source.write_text("".join(lines), encoding="utf-8")
    run_batch(tmp_path / "first.jsonl", tmp_path / "out.jsonl", progress=False, pipeline_options=CLEAN_ONLY)
    _on_terminal(monkeypatch)
    summary = run_batch(source, tmp_path / "out.jsonl", resume=True, pipeline_options=CLEAN_ONLY)
    assert (summary.skipped, summary.written) == (6, 4)
    bar = bars[-1].bar
    # the bar starts after the 6 records written and the 7th, read when the run found it new
    assert bar.initial == len("".join(lines[:7]).encode())
    assert bar.n == source.stat().st_size
    assert "4 articles" in bar.postfix  # this run's, not the 6 skipped


def test_resumed_bar_by_records_starts_at_the_records_skipped(tmp_path, monkeypatch, bars):
    pd.DataFrame({"id": range(8), "text": ["Tin."] * 8}).to_parquet(tmp_path / "in.parquet")
    pd.DataFrame({"id": range(5), "text": ["Tin."] * 5}).to_parquet(tmp_path / "first.parquet")
    run_batch(tmp_path / "first.parquet", tmp_path / "out.jsonl", progress=False, pipeline_options=CLEAN_ONLY)
    _on_terminal(monkeypatch)
    run_batch(tmp_path / "in.parquet", tmp_path / "out.jsonl", resume=True, pipeline_options=CLEAN_ONLY)
    bar = bars[-1].bar
    assert (bar.initial, bar.n, bar.total) == (5, 8, 8)


def test_a_log_gets_at_most_a_line_per_interval(tmp_path, monkeypatch):
    import time
    import types

    from vnnews import progress
    from vnnews.corpus import Position

    monkeypatch.setattr(progress, "LOG_INTERVAL", 0.3)
    source = tmp_path / "in.jsonl"
    source.write_text("x" * 1000, encoding="utf-8")
    log = io.StringIO()
    bar = progress.BatchProgress(source, Position(), file=log)
    summary = types.SimpleNamespace(written=0, skipped=0)
    started = time.perf_counter()
    while time.perf_counter() - started < 1.5:  # some thousand updates
        summary.written += 1
        bar.position._last = min(1000, summary.written // 10)
        bar.update(summary)
        time.sleep(0.0005)
    bar.close()
    lines = log.getvalue().splitlines()
    assert 3 <= len(lines) <= 1.5 / 0.3 + 2  # the first, one per interval, the last
    assert all(line.startswith("vnnews batch:") and "articles/s" in line for line in lines[1:])
