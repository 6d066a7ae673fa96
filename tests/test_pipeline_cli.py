"""The analyze command: a readable summary or JSON for article files of any encoding."""

from __future__ import annotations

import json

from vnnews.cli import main

CLEAN_ONLY_FLAGS = ["--no-normalize", "--no-sentences", "--no-words", "--no-entities", "--no-topic", "--restore-diacritics", "never"]


def test_analyze_summary_of_a_scraped_page(tmp_path, capsys, sample_article):
    path = tmp_path / "page.txt"
    path.write_bytes(sample_article.encode("utf-16"))
    assert main(["analyze", str(path), *CLEAN_ONLY_FLAGS]) == 0
    out = capsys.readouterr().out
    assert "author: Thu Thủy" in out
    assert "boilerplate: 2 blocks, 20 headlines (not analysed)" in out


def test_analyze_json_round_trips(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text("Khai mạc hội nghị\nHội nghị khai mạc sáng nay.\nThu Thủy", encoding="utf-8")
    assert main(["analyze", "--json", str(path), *CLEAN_ONLY_FLAGS]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["meta"]["title"] == "Khai mạc hội nghị" and doc["errors"] == []


def test_analyze_missing_file_is_a_clean_error(capsys):
    assert main(["analyze", "no/such/file.txt", *CLEAN_ONLY_FLAGS]) == 1
    assert "no such file" in capsys.readouterr().err
