"""``vnnews batch`` (run_batch, one process) of this checkout against another one: CPU
seconds of fresh processes, alternating, and whether the two outputs are byte-identical.

Each run is ``throughput.py``'s batch run (a fresh interpreter: imports, model loading,
every article, JSON lines written) over the same VNTC articles (every 25th, ``--stride``;
``--split`` test or train), with
the Pipeline options given; the sides alternate (ABBA...) so both see the same machine
load; CPU seconds (user + system, the process and its children) are the steadier figure
on a shared machine. Make the other checkout with ``git archive`` (see
``entities_identity_ab.py``):

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA="$PWD/../shared/data" python benchmarks/batch_cpu_ab.py --other /tmp/before --options '{"stacked": "fast"}'
    ... --split train --stride 16 --articles 2000 --runs 1     # 2,000 training articles: identity

Each side's peak RSS (the largest of its runs) is printed beside its CPU time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import _BATCH_RUN, sample_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def one_run(checkout: Path, source: Path, output: Path, options: str) -> tuple[float, float]:
    """(CPU seconds, peak RSS in MB) of one fresh batch run of ``checkout``'s vnnews."""
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", _BATCH_RUN, str(source), str(output), "1", options], cwd=checkout,
                          env=env, capture_output=True, text=True, check=True)
    run = json.loads(done.stdout.strip().splitlines()[-1])
    return run["cpu"], run["rss_self_mb"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout (holds vnnews/)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=4, help="runs of each side")
    parser.add_argument("--options", default="{}", help="Pipeline options as JSON")
    parser.add_argument("--split", choices=("test", "train"), default="test", help="VNTC split the articles come from")
    parser.add_argument("--stride", type=int, default=25, help="every n-th article (train: 16 gives 2,000)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="vnnews-batch-ab-"))
    source = work / "articles.jsonl"
    articles = sample_articles(args.articles, stride=args.stride, split=args.split)
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    sides = {"other": args.other.resolve(), "this": ROOT}
    cpu: dict[str, list[float]] = {name: [] for name in sides}
    rss: dict[str, list[float]] = {name: [] for name in sides}
    for run in range(args.runs):
        order = list(sides) if run % 2 == 0 else list(sides)[::-1]
        for name in order:
            seconds, peak = one_run(sides[name], source, work / f"{name}.jsonl", args.options)
            cpu[name].append(seconds)
            rss[name].append(peak)
    same = (work / "other.jsonl").read_bytes() == (work / "this.jsonl").read_bytes()
    print(f"{args.articles} VNTC {args.split} articles, Pipeline options {args.options}, "
          f"{args.runs} runs a side (alternating)")
    print("| checkout | CPU s (min) | CPU s (median) | all runs | peak RSS MB (max) |\n|---|---:|---:|---|---:|")
    for name, values in cpu.items():
        print(f"| {name} ({sides[name]}) | {min(values):.2f} | {statistics.median(values):.2f} "
              f"| {', '.join(f'{v:.2f}' for v in values)} | {max(rss[name]):.0f} |")
    print(f"\nother / this: {min(cpu['other']) / min(cpu['this']):.3f} by the minimum, "
          f"{statistics.median(cpu['other']) / statistics.median(cpu['this']):.3f} by the median")
    print(f"outputs byte-identical: {'yes' if same else 'NO'}")


if __name__ == "__main__":
    main()
