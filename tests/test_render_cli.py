"""``vnnews render``: a Document JSON rendered to a page; errors come out as messages."""

from __future__ import annotations

from render_samples import sample_document
from vnnews.cli import main
from vnnews.document import Document


def test_render_command_writes_the_page_of_a_document_json(tmp_path, capsys):
    doc = sample_document()
    source = tmp_path / "doc.json"
    source.write_text(doc.to_json(), encoding="utf-8")
    out = tmp_path / "page.html"
    assert main(["render", str(source), "-o", str(out), "--title", "Xem thử"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<title>Xem thử</title>" in page
    assert page.count("<mark ") == len(doc.entities)
    assert f"({len(doc.entities)} entities)" in capsys.readouterr().err


def test_render_command_prints_to_stdout_by_default(tmp_path, capsys):
    source = tmp_path / "doc.json"
    source.write_text(Document("Trời mưa.").to_json(), encoding="utf-8")
    assert main(["render", str(source)]) == 0
    assert capsys.readouterr().out.startswith("<!DOCTYPE html>")


def test_render_command_reports_bad_input_without_traceback(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["render", str(broken), "-o", str(tmp_path / "p.html")]) == 1
    assert "not valid JSON" in capsys.readouterr().err
    assert main(["render", str(tmp_path / "missing.txt")]) == 1
    assert "no such file" in capsys.readouterr().err
    source = tmp_path / "doc.json"
    source.write_text(Document("x").to_json(), encoding="utf-8")
    assert main(["render", str(source), "-o", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_render_command_analyses_an_article_in_any_encoding(tmp_path, capsys):
    article = tmp_path / "article.txt"
    text = "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An chủ trì hội nghị cải cách hành chính."
    article.write_bytes(text.encode("utf-16"))
    out = tmp_path / "page.html"
    assert main(["render", str(article), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert 'data-label="PROVINCE"' in page and "Thái Bình" in page
    assert "Chủ đề · Topic:</b> " in page and "not classified" not in page
