"""Memory and load time of the diacritics model: peak RSS a fresh process gains when it loads.

Each measurement is a fresh Python process that imports ``vnnews.restore`` (and NumPy),
then makes the first ``restore_diacritics`` call, which loads the model; with ``--worker``
it loads a whole Pipeline (``vnnews.load()``), analyses an accented article, then one
written without marks, which loads the model. Reported: peak RSS (``ru_maxrss``) before
and after that call, resident memory after it, and the seconds the call took; the median
of ``--runs`` processes. ``--compare DIR`` measures
another checkout (e.g. ``git archive`` of an older commit) in the same run, alternating
with this one, and prints the ratios.

    PYTHONPATH=. nice -n 10 python benchmarks/diacritics_memory.py --compare /tmp/before
    PYTHONPATH=. nice -n 10 python benchmarks/diacritics_memory.py --compare /tmp/before --worker --runs 3
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

MODEL_ALONE = """
import numpy, vnnews.restore
before = peak()
began = time.perf_counter()
vnnews.restore.restore_diacritics("Chu tich UBND tinh")
"""
# a whole worker: every other model is loaded by an accented article, then an article
# written without marks makes the Pipeline load the restoration model
WORKER = """
import vnnews
nlp = vnnews.load()
nlp("Chủ tịch UBND tỉnh Bình Định đã ký quyết định thành lập Ban chỉ đạo phòng chống thiên tai.")
before = peak()
began = time.perf_counter()
nlp("Chu tich UBND tinh Binh Dinh da ky quyet dinh thanh lap Ban chi dao phong chong thien tai.")
"""
PROBE = """
import json, resource, time
def peak(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
def resident(): return int(open("/proc/self/statm").read().split()[1]) * 4096 / 2**20
{steps}
seconds = time.perf_counter() - began
print(json.dumps({{"before": before, "peak": peak(), "resident": resident(), "seconds": seconds}}))
"""


def measure(root: Path, steps: str) -> dict[str, float]:
    """One fresh process importing vnnews from ``root``: its figures in MB and seconds."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", PROBE.format(steps=steps)], cwd=root, env=env,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def summary(runs: list[dict[str, float]]) -> dict[str, float]:
    figures = {name: statistics.median(r[name] for r in runs) for name in runs[0]}
    figures["added"] = statistics.median(r["peak"] - r["before"] for r in runs)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--compare", type=Path, help="another checkout to measure in the same run")
    parser.add_argument("--worker", action="store_true",
                        help="a whole Pipeline worker (all models) instead of the restoration model alone")
    args = parser.parse_args()
    steps = WORKER if args.worker else MODEL_ALONE
    roots = {"this checkout": ROOT}
    if args.compare:
        roots = {"compared": args.compare.resolve(), **roots}
    runs: dict[str, list] = {name: [] for name in roots}
    for _ in range(args.runs):
        for name, root in roots.items():
            runs[name].append(measure(root, steps))
    results = {name: summary(r) for name, r in runs.items()}
    print(f"{'checkout':14} {'RSS before':>10} {'peak RSS':>9} {'added':>7} {'resident':>9} {'load s':>7}  (MB, median of {args.runs})")
    for name, r in results.items():
        print(f"{name:14} {r['before']:10.1f} {r['peak']:9.1f} {r['added']:7.1f} {r['resident']:9.1f} {r['seconds']:7.2f}")
    if args.compare:
        old, new = results["compared"], results["this checkout"]
        print(f"ratio this/compared: added peak {new['added'] / old['added']:.2f}x, "
              f"load time {new['seconds'] / old['seconds']:.2f}x")


if __name__ == "__main__":
    main()
