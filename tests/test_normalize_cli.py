"""The ``vnnews normalize`` command."""

from __future__ import annotations

import io
import sys

from vnnews.cli import main


def _run(argv, stdin_text, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin_text))
    status = main(argv)
    return status, capsys.readouterr()


def test_stdin_to_stdout_new_style(monkeypatch, capsys):
    status, out = _run(["normalize"], "Thủy điện Hòa Bình, baỏ\n", monkeypatch, capsys)
    assert status == 0
    assert out.out == "Thuỷ điện Hoà Bình, bảo\n"


def test_old_style_and_legacy_options(monkeypatch, capsys):
    status, out = _run(["normalize", "-", "--tone-style", "old"], "Hoaø Bình", monkeypatch, capsys)
    assert (status, out.out) == (0, "Hòa Bình")
    status, out = _run(["normalize", "--from", "none"], "Hoaø Bình", monkeypatch, capsys)
    assert (status, out.out) == (0, "Hoaø Bình")
    status, out = _run(["normalize", "--from", "viqr"], "Ha` No^.i", monkeypatch, capsys)
    assert (status, out.out) == (0, "Hà Nội")


def test_file_argument_and_missing_file(tmp_path, monkeypatch, capsys):
    path = tmp_path / "in.txt"
    path.write_text("ViÖt Nam", encoding="utf-8")
    status, out = _run(["normalize", str(path)], "", monkeypatch, capsys)
    assert (status, out.out) == (0, "Việt Nam")
    status, out = _run(["normalize", str(tmp_path / "absent.txt")], "", monkeypatch, capsys)
    assert status == 1 and "no such file" in out.err


def test_help_lists_the_command(capsys):
    from vnnews.cli import build_parser

    assert "normalize" in build_parser().format_help()


def test_qui_to_quy_flag(monkeypatch, capsys):
    status, out = _run(["normalize", "--qui-to-quy"], "Qui định về quĩ đất", monkeypatch, capsys)
    assert (status, out.out) == (0, "Quy định về quỹ đất")
    status, out = _run(["normalize"], "Qui định về quĩ đất", monkeypatch, capsys)
    assert (status, out.out) == (0, "Qui định về quĩ đất")
