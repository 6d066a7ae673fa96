"""Peak RSS and wall time of ``import vnnews; vnnews.classify(text)`` in fresh processes.

Run from the repository root (corpus at ``../shared/data`` for the Pipeline rows):

    PYTHONPATH=. nice -n 10 python benchmarks/topics_memory.py --before 7390466

Rows, each a median over ``--runs`` fresh Python processes in this one run:

- ``lean``: this tree's ``vnnews.classify`` (NumPy/SciPy prediction path).
- ``sklearn path``: the same shipped files loaded as the scikit-learn ``TopicClassifier``
  (``vnnews.topics.load_model``) and ``predict_proba`` + the government head on the same text.
- ``before``: ``vnnews.classify`` of the revision given by ``--before`` (extracted with
  ``git archive`` into a temporary folder), the code this change replaced.
- ``pipeline``: ``vnnews.load()`` over ``--articles`` VNTC test articles (all steps on), this
  tree and ``--before``: peak RSS of one Pipeline worker.
- ``speed``: in this process, articles/s of ``TopicModel.classify`` on ``--speed-articles`` VNTC
  test articles against the scikit-learn path doing the same work (one ``TfidfVectorizer``
  transform, margins, temperature softmax, government head), best of 3 each.

Peak RSS is ``ru_maxrss`` of the process; time runs from before ``import vnnews`` to after
the first result.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Thủ tướng chủ trì phiên họp Chính phủ thường kỳ\nChính phủ bàn về cải cách thủ tục hành chính."
REPORT = """
import json, resource, sys
print(json.dumps({"seconds": seconds, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "sklearn_imported": "sklearn" in sys.modules, "label": label}))
"""
LEAN = """
import time
started = time.perf_counter()
import vnnews
label = vnnews.classify(TEXT).label
seconds = time.perf_counter() - started
"""
SKLEARN_PATH = """
import time
started = time.perf_counter()
import numpy as np
from vnnews.resources import model_file
from vnnews.topics.government import government_score
from vnnews.topics.storage import load_model_with_extras
clf, meta, extras = load_model_with_extras(model_file("topics", "model.json").parent)
label = str(clf.predict([TEXT])[0])
government_score(clf.vectorizer_.transform([TEXT]), extras["government_coef"], meta["government"]["intercept"])
seconds = time.perf_counter() - started
"""
PIPELINE = """
import gzip, itertools, time
started = time.perf_counter()
import vnnews
nlp = vnnews.load()
with gzip.open(DATA + "/vntc/test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
    rows = [json.loads(line) for line in itertools.islice(lines, ARTICLES)]
label = [doc.topic.label for doc in nlp.pipe([r["text"] for r in rows])][0]
seconds = time.perf_counter() - started
"""


def measure(code: str, source: Path, runs: int, **values: object) -> dict:
    """Medians of seconds and peak RSS over ``runs`` fresh processes running ``code`` from ``source``."""
    prelude = "import json\n" + "".join(f"{name} = {value!r}\n" for name, value in {"TEXT": TEXT, **values}.items())
    results = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", prelude + code + REPORT], capture_output=True, text=True,
                             cwd=source, env={"PYTHONPATH": str(source), "PATH": ""}, check=True)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {
        "seconds": round(statistics.median(r["seconds"] for r in results), 3),
        "rss_mb": round(statistics.median(r["rss_mb"] for r in results), 1),
        "sklearn_imported": results[0]["sklearn_imported"],
        "label": results[0]["label"],
    }


def speed(texts: list[str]) -> dict:
    """Articles/s of the lean classify and of the scikit-learn path over the same texts."""
    import time

    from vnnews.resources import model_file
    from vnnews.topics import load_topic_model
    from vnnews.topics.government import government_score
    from vnnews.topics.scoring import calibrated_proba
    from vnnews.topics.storage import load_model_with_extras

    model = load_topic_model()
    clf, meta, extras = load_model_with_extras(model_file("topics", "model.json").parent)

    def sklearn_path() -> None:
        features = clf.vectorizer_.transform(texts)
        calibrated_proba(features @ clf.coef_.T + clf.intercept_, len(clf.classes_), clf.temperature_)
        government_score(features, extras["government_coef"], meta["government"]["intercept"])

    rates = {}
    for name, run in (("lean", lambda: model.classify(texts)), ("sklearn path", sklearn_path)):
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            run()
            best = min(best, time.perf_counter() - started)
        rates[name] = round(len(texts) / best, 1)
    return {"articles": len(texts), "articles_per_s": rates, "ratio_lean_over_sklearn": round(rates["lean"] / rates["sklearn path"], 2)}


def extract(revision: str, folder: Path) -> Path:
    """The package and models of ``revision`` written into ``folder``."""
    archive = subprocess.run(["git", "archive", revision, "vnnews", "models"], cwd=ROOT, capture_output=True, check=True)
    with tarfile.open(fileobj=BytesIO(archive.stdout)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--before", help="git revision to compare with (the code before the lean path)")
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--speed-articles", type=int, default=1000)
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    args = parser.parse_args()
    rows = {"lean": measure(LEAN, ROOT, args.runs), "sklearn path": measure(SKLEARN_PATH, ROOT, args.runs)}
    pipeline = {"DATA": args.data, "ARTICLES": args.articles}
    with tempfile.TemporaryDirectory() as tmp:
        before = extract(args.before, Path(tmp)) if args.before else None
        if before:
            rows["before"] = measure(LEAN, before, args.runs)
        if Path(args.data, "vntc").is_dir():
            rows["pipeline lean"] = measure(PIPELINE, ROOT, max(1, args.runs // 2), **pipeline)
            if before:
                rows["pipeline before"] = measure(PIPELINE, before, max(1, args.runs // 2), **pipeline)
            with gzip.open(Path(args.data, "vntc", "test_full.jsonl.gz"), "rt", encoding="utf-8") as lines:
                texts = [json.loads(line)["text"] for line in itertools.islice(lines, args.speed_articles)]
            rows["speed"] = speed(texts)
    for peer in ("sklearn path", "before"):
        if peer in rows:
            rows[f"ratio {peer} / lean"] = {
                "seconds": round(rows[peer]["seconds"] / rows["lean"]["seconds"], 2),
                "rss_mb": round(rows[peer]["rss_mb"] / rows["lean"]["rss_mb"], 2),
            }
    print(json.dumps({"runs": args.runs, "before_revision": args.before, "articles": args.articles, **rows}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
