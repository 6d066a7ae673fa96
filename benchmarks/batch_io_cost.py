"""What the reading and writing ends of ``vnnews batch`` cost, this checkout against another:
CPU seconds of fresh processes, alternating (ABBA...).

* read: every record of VNTC *train* (``vntc/train_full.jsonl.gz``, 33,759 articles) through
  ``iter_records`` (with a :class:`Position` where the checkout has one), and the position read
  once per 16 records as the progress bar does;
* finalize: a checkpoint of ``--records`` full output records (every 100th training article
  analysed once by the default Pipeline, repeated with new int ids) written to Parquet by
  ``finalize`` (the id column's type is decided by one pass more on this branch).

Make the other checkout with ``git archive`` (``git archive main | tar -x -C /tmp/before``):

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA="$PWD/../shared/data" python benchmarks/batch_io_cost.py --other /tmp/before
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_READ = r"""
import inspect, json, resource, sys
from vnnews import corpus
kwargs, position = {}, None
if "position" in inspect.signature(corpus.iter_records).parameters:
    position = corpus.Position(); kwargs["position"] = position
n = 0
for n, record in enumerate(corpus.iter_records(sys.argv[1], **kwargs), 1):
    if position is not None and n % 16 == 0:
        position.tell()
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"records": n, "cpu": usage.ru_utime + usage.ru_stime}))
"""

_FINALIZE = r"""
import json, resource, sys
from vnnews.outputs import PartFile, finalize
import pyarrow, pyarrow.parquet  # imported before the clock starts
out = sys.argv[1]
start = resource.getrusage(resource.RUSAGE_SELF)
finalize(PartFile(out), out)
end = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"cpu": end.ru_utime + end.ru_stime - start.ru_utime - start.ru_stime}))
"""


def _run(checkout: Path, code: str, *args: str) -> dict:
    env = {**{k: v for k, v in os.environ.items() if k != "PYTHONPATH"}, "PYTHONPATH": str(checkout)}
    done = subprocess.run([sys.executable, "-c", code, *args], cwd=checkout, env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _checkpoint(work: Path, data: Path, records: int) -> Path:
    """A checkpoint of ``records`` lines made of real output records with int ids 0, 1, ..."""
    sys.path.insert(0, str(ROOT))
    from vnnews.batch import run_batch
    from vnnews.outputs import encode_record

    source = work / "sample.jsonl"
    with gzip.open(data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        sample = [json.loads(line)["text"] for i, line in enumerate(handle) if i % 100 == 0]
    source.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
                              for i, t in enumerate(sample)), encoding="utf-8")
    run_batch(source, work / "sample_out.jsonl", progress=False)
    lines = (work / "sample_out.jsonl").read_bytes().splitlines()
    part = work / "part.jsonl"
    with open(part, "wb") as sink:
        for i, line in zip(range(records), itertools.cycle(lines)):
            record = json.loads(line)
            record["id"] = i
            sink.write(encode_record(record))  # as the run writes its checkpoint
    return part


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", type=Path, required=True, help="the other checkout (holds vnnews/)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each side")
    parser.add_argument("--records", type=int, default=10000)
    args = parser.parse_args()
    data = Path(os.environ.get("VNNEWS_DATA", ROOT.parent / "shared" / "data"))
    work = Path(tempfile.mkdtemp(prefix="vnnews-io-cost-"))
    part = _checkpoint(work, data, args.records)
    sides = {"other": args.other.resolve(), "this": ROOT}
    cpu = {(task, name): [] for task in ("read", "finalize") for name in sides}
    for run in range(args.runs):
        for name in (list(sides) if run % 2 == 0 else list(sides)[::-1]):
            cpu["read", name].append(_run(sides[name], _READ, str(data / "vntc" / "train_full.jsonl.gz"))["cpu"])
            out = work / f"{name}.parquet"
            shutil.copyfile(part, work / f"{name}.parquet.part")
            cpu["finalize", name].append(_run(sides[name], _FINALIZE, str(out))["cpu"])
    print(f"{args.runs} runs a side, alternating; finalize: {args.records} records, {part.stat().st_size:,} bytes")
    print("| task | checkout | CPU s (min) | CPU s (median) | all runs |\n|---|---|---:|---:|---|")
    for (task, name), values in cpu.items():
        print(f"| {task} | {name} | {min(values):.2f} | {statistics.median(values):.2f} | "
              f"{', '.join(f'{v:.2f}' for v in values)} |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
