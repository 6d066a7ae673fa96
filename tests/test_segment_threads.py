"""The first calls from 8 threads at once work (underthesea's own lazy load races).

Run in a fresh interpreter so the backends are really cold when the threads start.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = r"""
import json, sys, threading
from vnnews.segment import Segmenter, word_tokenize

backend = sys.argv[1]
text = "Chủ tịch UBND tỉnh Nguyễn Mạnh Hùng thăm thủy điện Hòa Bình lúc 18:31 ngày 26.03.2025."
barrier = threading.Barrier(8)
results, errors = [], []
shared = Segmenter(backend)

def work(i):
    barrier.wait()
    try:
        if i % 2:
            results.append(word_tokenize(text, backend=backend))
        else:
            results.append([text[s:e] for s, e in shared.word_spans(text)])
    except Exception as exc:  # report, never hide
        errors.append(repr(exc))

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(json.dumps({"results": results, "errors": errors}, ensure_ascii=False))
"""


@pytest.mark.parametrize("backend", ["underthesea", "pyvi"])
def test_first_call_from_eight_threads_at_once(backend):
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, backend], capture_output=True, text=True, env=env, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["errors"] == []
    assert len(report["results"]) == 8
    first = report["results"][0]
    assert all(result == first for result in report["results"])
    assert "Nguyễn Mạnh Hùng" in first and "26.03.2025" in first
