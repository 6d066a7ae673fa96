"""``vnnews segment`` on the command line."""

from __future__ import annotations

import json

from vnnews.cli import main

TEXT = "Ông Nguyễn Mạnh Hùng về TP. Hồ Chí Minh lúc 18:31 PM.\nGiá tăng 5,5%."


def test_segment_prints_one_sentence_per_line(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert main(["segment", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Ông Nguyễn_Mạnh_Hùng về TP. Hồ_Chí_Minh lúc 18:31_PM .", "Giá tăng 5,5% ."]


def test_segment_json_offsets_point_into_the_input(tmp_path, capsys):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text("giá tăng\n", encoding="utf-8")
    assert main(["segment", str(path), "--json", "--backend", "pyvi", "--user-dict", str(dictionary)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(records) == 2
    for record in records:
        for start, end, word in record["words"]:
            assert TEXT[start:end] == word
    assert records[1]["words"][0][2] == "Giá tăng"


def test_segment_missing_file_is_a_clean_error(capsys):
    assert main(["segment", "no/such/file.txt"]) == 1
    assert "no such file" in capsys.readouterr().err
