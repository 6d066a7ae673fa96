"""restore_diacritics / needs_restoration: behaviour on hand-written examples."""

from __future__ import annotations

import threading

import pytest

from vnnews import InputError
from vnnews.cli import main
from vnnews.normalize import remove_diacritics
from vnnews.restore import needs_restoration, restore_diacritics

SENTENCES = [
    "Thủ tướng Chính phủ đã ký quyết định thành lập ban chỉ đạo.",
    "Ông Nguyễn Văn An, Chủ tịch UBND tỉnh, cho biết năm 2024 tỉnh sẽ xây dựng 12 trường học.",
    "Người dân ở đây có cuộc sống khó khăn, nhưng họ vẫn lạc quan.",
    "Bộ Y tế khuyến cáo người dân không nên tự ý dùng thuốc kháng sinh.",
]


@pytest.mark.parametrize("accented", SENTENCES)
def test_restores_common_news_sentences_with_few_errors(accented):
    restored = restore_diacritics(remove_diacritics(accented))
    words, gold = restored.split(), accented.split()
    assert len(words) == len(gold)
    assert sum(a != b for a, b in zip(words, gold)) <= 1


def test_keeps_case_punctuation_spacing_and_numbers():
    text = "  ONG Nguyen van A (58 tuoi),\tso 12/3 -- \"Ha Noi\"!\n"
    restored = restore_diacritics(text)
    assert len(restored) == len(text)
    for before, after in zip(text, restored):
        assert before.isupper() == after.isupper()
        if not before.isalpha():
            assert before == after
    assert restored.startswith("  ÔNG Nguyễn văn A (58 tuổi)")


def test_leaves_words_it_does_not_know():
    text = "Apple ra mat iPhone 15 va macOS tai Cupertino"
    restored = restore_diacritics(text)
    for word in ("Apple", "iPhone", "15", "macOS", "Cupertino"):
        assert word in restored
    assert "ra mắt" in restored


def test_partly_accented_input_keeps_its_marks_and_fills_the_rest():
    restored = restore_diacritics("Thành pho Hồ Chi Minh co nhiều nguoi")
    assert restored == "Thành phố Hồ Chí Minh có nhiều người"


def test_written_marks_restrict_the_candidates():
    # "ngừơi" is not a word; marks already written are never removed
    assert restore_diacritics("ngừơi")[1:4] == "gừơ"
    assert restore_diacritics("ca sĩ hat hay")[:5] == "ca sĩ"


@pytest.mark.parametrize("accented", SENTENCES + ["Con trai anh ấy học ở Hà Nội."])
def test_accented_text_is_returned_unchanged(accented):
    assert restore_diacritics(accented) == accented


@pytest.mark.parametrize("plain", [remove_diacritics(s) for s in SENTENCES])
def test_idempotent(plain):
    once = restore_diacritics(plain)
    assert restore_diacritics(once) == once


def test_each_line_is_judged_on_its_own():
    text = "Hôm nay trời đẹp quá.\nHom nay troi dep qua."
    assert restore_diacritics(text) == "Hôm nay trời đẹp quá.\nHôm nay trời đẹp quá."


def test_empty_and_blank_text():
    assert restore_diacritics("") == ""
    assert restore_diacritics(" \n\t") == " \n\t"


def test_rejects_non_text():
    with pytest.raises(InputError):
        restore_diacritics(b"Ha Noi")


def test_needs_restoration():
    assert needs_restoration("Thu tuong Chinh phu da ky quyet dinh")
    assert needs_restoration("Thủ tuong Chinh phu da ky quyet dinh")
    assert not needs_restoration("Thủ tướng Chính phủ đã ký quyết định")
    assert not needs_restoration("2024 -- OK")


def test_concurrent_calls_agree():
    texts = [remove_diacritics(s) for s in SENTENCES] * 4
    expected = [restore_diacritics(t) for t in texts]
    results = [None] * len(texts)

    def work(i):
        results[i] = restore_diacritics(texts[i])

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == expected


def test_cli_restores_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Quoc hoi hop phien toan the"))
    assert main(["restore"]) == 0
    assert capsys.readouterr().out == "Quốc hội họp phiên toàn thể"


def test_cli_missing_file_is_a_clear_error(capsys):
    assert main(["restore", "no/such/file.txt"]) == 1
    assert "no such file" in capsys.readouterr().err
