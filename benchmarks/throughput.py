"""Full-pipeline throughput vs underthesea, one run: articles/s, words/s, peak RSS per worker.

Takes 2,000 articles of ../shared/data/vntc/test_full.jsonl.gz (every 25th, so all ten
topics are in), runs ``vnnews batch`` over them with every step on at ``--jobs 1`` and
``--jobs 2`` (each in a fresh process, so model loading is counted), then underthesea's
``sent_tokenize`` + ``word_tokenize`` + ``ner`` over the same articles, and prints the
ratios. Words are the input's whitespace-separated words, the same count for every run.

Run from the repository root:

    PYTHONPATH=. nice -n 10 python benchmarks/throughput.py            # the reported figures
    PYTHONPATH=. python benchmarks/throughput.py --articles 100        # a quick try
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vnnews.resources import shared_data_dir

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: one vnnews batch run, then its own and its workers' peak RSS.
_BATCH_RUN = """
import json, resource, sys, time
from vnnews.batch import run_batch
start = time.perf_counter()
summary = run_batch(sys.argv[1], sys.argv[2], jobs=int(sys.argv[3]), batch_size=8, progress=False,
                    overwrite=True, pipeline_options=json.loads(sys.argv[4]))
seconds = time.perf_counter() - start
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({
    "cpu": me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime,
    "seconds": seconds, "written": summary.written, "errors": summary.errors,
    "error_reasons": dict(summary.error_reasons),
    "rss_self_mb": me.ru_maxrss / 1024, "rss_children_mb": kids.ru_maxrss / 1024,
}))
"""

_UNDERTHESEA_RUN = """
import json, resource, sys, time
start = time.perf_counter()
from underthesea import ner, sent_tokenize, word_tokenize
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for text in texts:
    sentences = sent_tokenize(text)
    word_tokenize(text)
    for sentence in sentences:  # ner is meant for a sentence: on a whole article it slows down ~10x
        ner(sentence)
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": time.perf_counter() - start, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_self_mb": usage.ru_maxrss / 1024}))
"""


def sample_articles(n: int, stride: int = 25, split: str = "test") -> list[dict]:
    """Every ``stride``-th of the first ``n * stride`` articles of VNTC's ``split`` (test or train)."""
    data = shared_data_dir()
    if data is None:
        sys.exit(f"../shared/data is absent: the benchmark needs vntc/{split}_full.jsonl.gz")
    articles = []
    with gzip.open(data / "vntc" / f"{split}_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for i, line in enumerate(lines):
            if i % stride == 0:
                articles.append(json.loads(line))
                if len(articles) == n:
                    break
    return articles


def _python(code: str, *args: str) -> dict:
    env_cmd = [sys.executable, "-c", code, *args]
    result = subprocess.run(env_cmd, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        sys.exit(f"benchmark run failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--options", default="{}", help="Pipeline options as JSON (default: every step on)")
    parser.add_argument("--skip-underthesea", action="store_true")
    args = parser.parse_args()

    articles = sample_articles(args.articles)
    words = sum(len(a["text"].split()) for a in articles)
    workdir = Path(tempfile.mkdtemp(prefix="vnnews-bench-"))
    source = workdir / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    print(f"{len(articles)} VNTC test articles, {words:,} input words; Pipeline options {args.options}")

    load_before = " ".join(f"{x:.1f}" for x in os.getloadavg())
    rows = {}
    for jobs in (1, 2):
        run = _python(_BATCH_RUN, str(source), str(workdir / f"out{jobs}.jsonl"), str(jobs), args.options)
        worker_rss = run["rss_self_mb"] if jobs == 1 else run["rss_children_mb"]
        rows[f"vnnews --jobs {jobs}"] = (run["seconds"], run["cpu"], worker_rss)
        print(f"  vnnews --jobs {jobs}: {run['written']} written, {run['errors']} errors {run['error_reasons'] or ''}")
    if not args.skip_underthesea:
        run = _python(_UNDERTHESEA_RUN, str(source))
        rows["underthesea sent+word+ner"] = (run["seconds"], run["cpu"], run["rss_self_mb"])

    print()
    print(f"load average before the runs: {load_before}")
    print("| run | wall s | CPU s | articles/s | words/s | words per CPU s | peak RSS per worker (MB) |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (seconds, cpu, rss) in rows.items():
        print(
            f"| {name} | {seconds:.1f} | {cpu:.1f} | {len(articles) / seconds:.1f} | {words / seconds:,.0f} "
            f"| {words / cpu:,.0f} | {rss:.0f} |"
        )
    one = rows["vnnews --jobs 1"][0]
    print()
    print(f"2 processes vs 1: {one / rows['vnnews --jobs 2'][0]:.2f}x faster (target >= 1.7x)")
    if "underthesea sent+word+ner" in rows:
        base = rows["underthesea sent+word+ner"]
        print(f"vnnews 1 process vs underthesea: {base[0] / one:.2f}x faster by wall time, "
              f"{base[1] / rows['vnnews --jobs 1'][1]:.2f}x by CPU time (target >= 5x)")


if __name__ == "__main__":
    main()
