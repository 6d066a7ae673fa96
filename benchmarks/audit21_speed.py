"""CPU time of the calls the twenty-first stop's audit changed, for A/B runs against main.

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/audit21_speed.py
    VNNEWS_DATA=../shared/data PYTHONPATH=OTHER_CHECKOUT nice -n 10 python benchmarks/audit21_speed.py

Run the two alternately, twice. VNTC *training* articles only. Each call is made once over its
input to load every model, then timed (process CPU time):

- classify: ``vnnews.classify`` of 200 articles (every 150th line);
- features: ``DocumentFeatures().fit_transform`` of 60 articles (every 400th line);
- words: ``WordAnalyzer`` (underthesea, pyvi) of one 415,160-character text (30 article
  openings of 1,500 characters, every 2,000th line, 20 times over).
"""

from __future__ import annotations

import gzip
import json
import time

import vnnews
from vnnews.resources import shared_data_dir
from vnnews.sklearn import DocumentFeatures, WordAnalyzer


def every(step: int, count: int, chars: int | None = None) -> list[str]:
    out = []
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % step == 0:
                out.append(json.loads(line)["text"][:chars])
            if len(out) == count:
                break
    return out


def cpu(call) -> float:
    call()
    started = time.process_time()
    call()
    return time.process_time() - started


def main() -> None:
    side = vnnews.__file__.rsplit("/vnnews/", 1)[0].rsplit("/", 1)[-1]
    articles = every(150, 200)
    print(side, "classify 200 articles: %.2f s" % cpu(lambda: [vnnews.classify(t) for t in articles]))
    sixty = every(400, 60)
    print(side, "DocumentFeatures 60 articles: %.2f s" % cpu(lambda: DocumentFeatures().fit_transform(sixty)))
    matrix = DocumentFeatures().fit_transform(sixty)
    print(side, f"DocumentFeatures matrix {matrix.shape}, {matrix.nnz:,} stored values ({matrix.nnz / (matrix.shape[0] * matrix.shape[1]):.1%})")
    big = " ".join(every(2000, 30, 1500)) * 20
    for backend in ("underthesea", "pyvi"):
        analyzer = WordAnalyzer(backend=backend)
        print(side, f"WordAnalyzer({backend}) {len(big):,} characters: %.2f s" % cpu(lambda: analyzer(big)))


if __name__ == "__main__":
    main()
