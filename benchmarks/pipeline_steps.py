"""CPU seconds of each Pipeline step over VNTC train articles, for the checkout on PYTHONPATH.

Loads the Pipeline (``--options`` as JSON, default every step on), then analyses every
``--stride``-th of VNTC's training articles (``throughput.sample_articles``) and writes each
Document's JSON, timing each step's ``__call__``, the whole call (cleaning included) and
``to_json`` by ``time.process_time``. Run it for two checkouts in turn (alternating) to see
where a change moved the time:

    nice -n 10 env PYTHONPATH=. VNNEWS_DATA="$PWD/../shared/data" python benchmarks/pipeline_steps.py --articles 200
    nice -n 10 env PYTHONPATH=/tmp/before VNNEWS_DATA="$PWD/../shared/data" python benchmarks/pipeline_steps.py --articles 200
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from throughput import sample_articles  # noqa: E402

from vnnews.pipeline import load  # noqa: E402


class Timed:
    """A Pipeline step that adds the CPU seconds of each of its calls to ``seconds[step.name]``."""

    def __init__(self, step, seconds: collections.Counter) -> None:
        self.step, self.name, self.seconds = step, step.name, seconds

    def __call__(self, work) -> None:
        start = time.process_time()
        try:
            self.step(work)
        finally:
            self.seconds[self.name] += time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--stride", type=int, default=25)
    parser.add_argument("--options", default="{}", help="Pipeline options as JSON")
    args = parser.parse_args()
    texts = [a["text"] for a in sample_articles(args.articles, stride=args.stride, split="train")]
    nlp = load(**json.loads(args.options))
    seconds: collections.Counter = collections.Counter()
    nlp._steps = tuple(Timed(step, seconds) for step in nlp._steps)
    start = time.process_time()
    for text in texts:
        began = time.process_time()
        doc = nlp(text)
        seconds["whole call"] += time.process_time() - began
        began = time.process_time()
        doc.to_json()
        seconds["to_json"] += time.process_time() - began
    seconds["total"] = time.process_time() - start
    print(json.dumps({name: round(value, 2) for name, value in seconds.items()}))


if __name__ == "__main__":
    main()
