"""Entity-step speed of this checkout against another one, side by side in one run.

Each run is a fresh process that imports ``vnnews`` from one checkout, normalises the same
VNTC test articles, warms the gazetteer, and times ``EntityRecognizer(stacked=False).extract`` (the rules) over all
of them (best of ``--passes``; ``--stacked fast`` for the fast stacked layer on top). Runs alternate between the two checkouts so both see the
same machine load; the report gives each side's median words/s and the ratio.

Make the other checkout with ``git archive``, e.g. the code before a change:

    mkdir -p /tmp/before && git archive COMMIT vnnews | tar -x -C /tmp/before
    ln -s "$PWD/models" /tmp/before/models
    nice -n 10 env PYTHONPATH=. python benchmarks/entities_speed_ab.py --other /tmp/before
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ONE_RUN = r"""
import gzip, itertools, json, sys, time
from vnnews.entities import EntityRecognizer, extract_entities
from vnnews.normalize import normalize
from vnnews.resources import shared_data_dir
n, passes, whole = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3] in ("whole", "pipeline")
clock = time.process_time if sys.argv[4] == "cpu" else time.perf_counter
with gzip.open(shared_data_dir() / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for line in itertools.islice(f, n)]
texts = texts if whole else [normalize(t) for t in texts]
texts = [getattr(t, sys.argv[6])() for t in texts] if sys.argv[6] != "as-written" else texts  # --case
words = sum(len(t.split()) for t in texts)
stacked = False if sys.argv[5] == "off" else sys.argv[5]
rec = EntityRecognizer(stacked=stacked)
extract = (lambda text: extract_entities(text, stacked=stacked)) if whole else rec.extract
if sys.argv[3] == "pipeline":
    from vnnews import Pipeline
    extract = Pipeline(stacked=stacked)
extract(texts[0])
best = float("inf")
for _ in range(passes):
    started = clock()
    for t in texts:
        extract(t)
    best = min(best, clock() - started)
print(json.dumps({"words": words, "words_per_s": words / best}))
"""


def one_run(checkout: Path, articles: int, passes: int, what: str = "step", clock: str = "wall",
            stacked: str = "off", case: str = "as-written") -> float:
    out = subprocess.run([sys.executable, "-c", ONE_RUN, str(articles), str(passes), what, clock, stacked, case],
                         cwd=checkout,
                         env={"PYTHONPATH": str(checkout), **_env()}, capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])["words_per_s"]


def _env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", required=True, type=Path, help="the other checkout (holds vnnews/)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--whole", action="store_true",
                        help="time extract_entities on the raw articles (normalisation and the restoration test included)")
    parser.add_argument("--pipeline", action="store_true",
                        help="time the default Pipeline() on the raw articles (all its steps)")
    parser.add_argument("--cpu-time", action="store_true",
                        help="time with the process's CPU time (time.process_time), which the other jobs of a shared machine disturb less")
    parser.add_argument("--stacked", choices=("off", "fast"), default="off",
                        help="the stacked layer of every side (off: the rules alone)")
    parser.add_argument("--case", choices=["as-written", "upper", "lower"], default="as-written",
                        help="time the articles ALL IN CAPITALS or all in lower case (the recasing's cost)")
    args = parser.parse_args()
    mode = "pipeline" if args.pipeline else "whole" if args.whole else "step"
    clock = "cpu" if args.cpu_time else "wall"
    sides = {"other": args.other.resolve(), "this": ROOT}
    speeds: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.runs):
        for name, checkout in sides.items():
            speeds[name].append(one_run(checkout, args.articles, args.passes, mode, clock, args.stacked,
                                               args.case))
    what = {"pipeline": "Pipeline() (raw text)", "whole": "extract_entities (raw text)",
            "step": "entity step (EntityRecognizer.extract)"}[mode]
    print(f"{what}, stacked {args.stacked}, {args.articles} VNTC test articles ({args.case}), "
          f"{args.runs} alternating runs, best of {args.passes} passes each, {clock} time")
    print("| checkout | median words/s | range |\n|---|---|---|")
    for name, values in speeds.items():
        print(f"| {name} ({sides[name]}) | {statistics.median(values):,.0f} "
              f"| {min(values):,.0f}–{max(values):,.0f} |")
    ratio = statistics.median(speeds["this"]) / statistics.median(speeds["other"])
    print(f"ratio this / other: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
