"""Normalisation throughput of this checkout against another one, alternating in one run.

Each run is a fresh process of ``benchmarks/normalize.py --vnnews-only`` importing
``vnnews`` from one checkout; runs alternate between the two so both see the same machine
load. Prints each side's median MB/s per function and the ratio this / other.

Make the other checkout with ``git archive``, e.g. the code before a change:

    mkdir -p /tmp/before && git archive COMMIT vnnews models | tar -x -C /tmp/before
    nice -n 10 env PYTHONPATH=. python benchmarks/normalize_ab.py --other /tmp/before --runs 5
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "benchmarks" / "normalize.py"


def speeds_of(checkout: Path, articles: int, cpu_time: bool = False) -> dict[str, float]:
    """MB/s per vnnews function, measured in a fresh process importing ``checkout``."""
    environment = dict(os.environ, PYTHONPATH=str(checkout))
    command = [sys.executable, str(SCRIPT), "--vnnews-only", "--articles", str(articles)] + ["--cpu-time"] * cpu_time
    finished = subprocess.run(command, env=environment, capture_output=True, text=True, check=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", required=True, type=Path, help="the other checkout (holds vnnews/)")
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cpu-time", action="store_true", help="time by CPU time, not wall-clock time")
    args = parser.parse_args()
    sides = {"other": args.other.resolve(), "this": ROOT}
    runs = {side: [] for side in sides}
    for _ in range(args.runs):
        for side, checkout in sides.items():
            runs[side].append(speeds_of(checkout, args.articles, args.cpu_time))
    clock = "CPU" if args.cpu_time else "wall-clock"
    print(f"{args.articles} VNTC test articles, {args.runs} alternating runs; median MB/s of {clock} time (range)")
    print("| function | other | this | this / other |\n|---|---|---|---|")
    for name in runs["this"][0]:
        other, this = ([run[name] for run in runs[side]] for side in sides)
        print(f"| {name} | {statistics.median(other):.2f} ({min(other):.2f}–{max(other):.2f}) "
              f"| {statistics.median(this):.2f} ({min(this):.2f}–{max(this):.2f}) "
              f"| {statistics.median(this) / statistics.median(other):.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
