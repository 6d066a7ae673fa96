"""Topic-model load time in fresh processes: vnnews's text vocabulary vs the JSON one it replaced.

Run from the repository root:

    PYTHONPATH=. nice -n 10 python benchmarks/topics_load.py

Each measurement is a new Python process, so nothing is cached in memory. "load" times
``load_topic_model()`` alone (imports done before the clock starts); "import+load" times
``import vnnews.topics`` and the load together. The peer, measured in the same run, is the
previous storage of the same vocabulary: a gzipped JSON list read with orjson, then the same
``dict(zip(...))`` mapping (what ``load_topic_model`` did before). Medians of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from vnnews.resources import model_file
from vnnews.topics.storage import META_FILE, VOCABULARY_FILE

OURS_LOAD = """
import time
from vnnews.topics import load_topic_model
started = time.perf_counter()
load_topic_model()
print(time.perf_counter() - started)
"""
OURS_IMPORT_AND_LOAD = """
import time
started = time.perf_counter()
from vnnews.topics import load_topic_model
load_topic_model()
print(time.perf_counter() - started)
"""
PEER_VOCABULARY = """
import gzip, sys, time
import orjson
started = time.perf_counter()
words = orjson.loads(gzip.decompress(open(sys.argv[1], "rb").read()))
mapping = dict(zip(words, range(len(words))))
print(time.perf_counter() - started)
"""
OURS_VOCABULARY = """
import sys, time
started = time.perf_counter()
words = open(sys.argv[1], "rb").read().decode("utf-8").split("\\n")
mapping = dict(zip(words, range(len(words))))
print(time.perf_counter() - started)
"""


def seconds(code: str, *args: str, runs: int) -> float:
    """Median wall time printed by ``code`` over ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    vocabulary = model_file("topics", VOCABULARY_FILE)
    words = vocabulary.read_text(encoding="utf-8").split("\n")
    with tempfile.TemporaryDirectory() as tmp:
        as_json = Path(tmp) / "vocabulary.json.gz"
        as_json.write_bytes(gzip.compress(json.dumps(words, ensure_ascii=False).encode("utf-8"), mtime=0))
        vocab_ours = seconds(OURS_VOCABULARY, str(vocabulary), runs=args.runs)
        vocab_peer = seconds(PEER_VOCABULARY, str(as_json), runs=args.runs)
    load = seconds(OURS_LOAD, runs=args.runs)
    import_and_load = seconds(OURS_IMPORT_AND_LOAD, runs=args.runs)
    result = {
        "n_grams": len(words),
        "model_folder_bytes": sum(p.stat().st_size for p in model_file("topics", META_FILE).parent.iterdir() if p.is_file()),
        "load_topic_model_seconds": round(load, 3),
        "import_and_load_seconds": round(import_and_load, 3),
        "vocabulary_text_seconds": round(vocab_ours, 3),
        "vocabulary_json_gz_seconds_peer": round(vocab_peer, 3),
        "vocabulary_ratio_peer_over_ours": round(vocab_peer / vocab_ours, 2),
        "runs": args.runs,
    }
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
