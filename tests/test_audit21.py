"""The twenty-first stop's user audit: each test failed before its fix (benchmarks/robustness.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

import vnnews
from vnnews.normalize import remove_diacritics

ARTICLE = (Path(__file__).resolve().parents[1] / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
LOOK_ALIKES = str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "H": "Н", "T": "Т"})


@pytest.fixture(scope="module")
def topic_only():
    return vnnews.Pipeline(sentences=False, words=False, entities=False)


@pytest.mark.parametrize("variant", ["as written", "no diacritics", "look-alikes", "scraped page"])
def test_classify_agrees_with_the_topic_on_the_document(topic_only, variant):
    # classify read the raw text: without diacritics this article was 'vi_tinh', with Cyrillic
    # look-alikes it lost its government flag, while the Document of the same text was right
    text = {
        "as written": ARTICLE,
        "no diacritics": remove_diacritics(ARTICLE),
        "look-alikes": ARTICLE.translate(LOOK_ALIKES),
        "scraped page": "Trang chủ | Thời sự | Thể thao | Giải trí\n" + ARTICLE + "\nBản quyền © 2025 Báo điện tử",
    }[variant]
    doc_topic = topic_only(text).topic
    topic = vnnews.classify(text)
    assert (topic.label, topic.government_administration) == (doc_topic.label, doc_topic.government_administration)
    assert topic.scores == pytest.approx(doc_topic.scores, abs=1e-6)
    assert topic.label == "chinh_tri_xa_hoi"


def test_a_worker_killed_mid_run_stops_the_run_with_an_error_not_a_hang(tmp_path):
    # multiprocessing.Pool replaces a worker the system kills (out of memory) and waits for
    # its lost batch for ever: `vnnews batch --jobs 2` and nlp.pipe(n_process=2) hung
    import subprocess
    import sys

    (tmp_path / "dies.py").write_text(
        "import os\n"
        "def work(batch):\n"
        "    if 3 in batch:\n"
        "        os._exit(137)  # as the kernel's OOM killer leaves it\n"
        "    return sum(batch)\n",
        encoding="utf-8",
    )
    script = tmp_path / "run.py"
    script.write_text(
        "from dies import work\n"
        "from vnnews.errors import BackendError\n"
        "from vnnews.parallel import ordered_map\n"
        "if __name__ == '__main__':\n"
        "    done = []\n"
        "    try:\n"
        "        for result in ordered_map(work, [[1], [2], [3], [4]], n_process=2):\n"
        "            done.append(result)\n"
        "    except BackendError as exc:\n"
        "        print(done, exc)\n",
        encoding="utf-8",
    )
    env = dict(__import__("os").environ, PYTHONPATH=f"{tmp_path}{__import__('os').pathsep}{Path(vnnews.__file__).parents[1]}")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("[1, 2] ")
    assert "died" in run.stdout and "137" in run.stdout
