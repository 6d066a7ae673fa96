"""A whole article in lower case: the Pipeline's time and what it reads, by length.

VNTC **train** articles (every 97th, in file order) joined line by line up to each size in
words, then lower-cased, go through ``Pipeline(input_format="text", topic=False,
words=False)``; the report gives the CPU seconds of the call (best of ``--runs``,
``time.process_time``: other jobs of a shared machine count less), the seconds per 1,000
words (flat when the time is linear), the entities found, and how many of the entities the
same Pipeline finds in the text as written are found in the lower-case text on the same
span with the same label (recasing's recall of the cased reading).

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA=../shared/data python benchmarks/entities_lower_long.py
"""

from __future__ import annotations

import argparse
import gzip
import json
import time

from vnnews import Pipeline
from vnnews.resources import shared_data_dir


def train_lines(step: int = 97, limit: int = 400) -> list[str]:
    """The lines of every ``step``-th VNTC training article, up to ``limit`` articles."""
    lines: list[str] = []
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        for k, row in enumerate(handle):
            if k % step == 0:
                lines.extend(json.loads(row)["text"].split("\n"))
            if k >= step * limit:
                break
    return lines


def first_words(lines: list[str], size: int) -> str:
    """The first ``size`` words of ``lines``, line breaks kept."""
    out, count = [], 0
    for line in lines:
        words = line.split()
        if count + len(words) >= size:
            out.append(" ".join(words[:size - count]))
            break
        out.append(line)
        count += len(words)
    return "\n".join(out)


def cpu_seconds(nlp: Pipeline, text: str, runs: int) -> tuple[float, set]:
    best, found = float("inf"), set()
    for _ in range(runs):
        started = time.process_time()
        doc = nlp(text)
        best = min(best, time.process_time() - started)
        found = {(e.start, e.end, e.label) for e in doc.entities}
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000, 8000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    lines = train_lines()
    nlp = Pipeline(input_format="text", topic=False, words=False)
    nlp("Ông An thăm Hà Nội.")  # load the models first
    print("| words | CPU s (lower case) | s per 1,000 words | entities | of the cased reading's, found |")
    print("|---|---|---|---|---|")
    for size in args.sizes:
        text = first_words(lines, size)
        seconds, lower = cpu_seconds(nlp, text.lower(), args.runs)
        _, cased = cpu_seconds(nlp, text, 1)
        print(f"| {size:,} | {seconds:.3f} | {1000 * seconds / size:.3f} | {len(lower)} | "
              f"{len(lower & cased)} of {len(cased)} ({len(lower & cased) / max(1, len(cased)):.0%}) |")


if __name__ == "__main__":
    main()
