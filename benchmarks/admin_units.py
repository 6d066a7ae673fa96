"""Administrative units: vnnews.entities.places.find_admin_units vs underthesea.ner, one run.

Speed: words/s of each on the same VNTC test articles (underthesea on a smaller slice, it
is ~50x slower). Accuracy: on the team's gold set (``benchmarks/data/entities_gold.jsonl``,
written by the entities guideline), precision/recall/F1 of PROVINCE, DISTRICT and COMMUNE
spans; underthesea has no such labels, so both systems are also scored on *unlabelled*
admin-unit spans, where underthesea's LOC spans count as predictions (its LOC also covers
villages, streets and countries, which counts against its precision: a LOC that is not an
administrative unit is a false positive here).

Run from the repository root (../shared/data must be present)::

    PYTHONPATH=. nice -n 10 python benchmarks/admin_units.py [--gold PATH] [--articles 1500] [--ner-articles 100]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path

from vnnews.entities.gazetteer import load_gazetteer
from vnnews.entities.places import find_admin_units
from vnnews.resources import shared_data_dir

ADMIN = ("PROVINCE", "DISTRICT", "COMMUNE")
GOLD = Path(__file__).resolve().parent / "data" / "entities_gold.jsonl"


def vntc_articles(limit: int) -> list[str]:
    data = shared_data_dir()
    if data is None:
        sys.exit("../shared/data is absent (set VNNEWS_DATA)")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, limit)]


def words_per_second(function, texts: list[str]) -> tuple[float, float]:
    words = sum(len(t.split()) for t in texts)
    start = time.perf_counter()
    for text in texts:
        function(text)
    seconds = time.perf_counter() - start
    return words / seconds, seconds


def ner_by_line(text: str) -> None:
    """underthesea.ner one line at a time: its CRF is ~7x slower on a whole article at once."""
    import underthesea

    for line in text.split("\n"):
        if line.strip():
            underthesea.ner(line)


def underthesea_loc_spans(text: str) -> set[tuple[int, int]]:
    """Character spans of underthesea.ner's LOC entities (its tokens located in order)."""
    import underthesea

    spans, current, cursor = set(), None, 0
    for token, _pos, _chunk, tag in underthesea.ner(text):
        found = text.find(token, cursor)
        if found < 0:  # underthesea rewrote the token; skip it
            continue
        start, end = found, found + len(token)
        cursor = end
        if tag == "B-LOC" or (tag == "I-LOC" and current is None):
            if current:
                spans.add(current)
            current = (start, end)
        elif tag == "I-LOC":
            current = (current[0], end)
        else:
            if current:
                spans.add(current)
            current = None
    if current:
        spans.add(current)
    return {(s, e - 1) if text[s:e].endswith(".") and e - s > 1 else (s, e) for s, e in spans}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def accuracy(gold_path: Path) -> None:
    records = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    labelled = {label: Counter() for label in ADMIN}
    unlabelled = {"vnnews": Counter(), "underthesea.ner": Counter()}
    for record in records:
        text = record["text"]
        gold = {(e["start"], e["end"], e["label"]) for e in record["entities"] if e["label"] in ADMIN}
        ours = {(e.start, e.end, e.label) for e in find_admin_units(text)}
        for label in ADMIN:
            g = {x for x in gold if x[2] == label}
            o = {x for x in ours if x[2] == label}
            labelled[label].update(tp=len(g & o), fp=len(o - g), fn=len(g - o))
        gold_spans = {(s, e) for s, e, _ in gold}
        for name, spans in (("vnnews", {(s, e) for s, e, _ in ours}), ("underthesea.ner", underthesea_loc_spans(text))):
            unlabelled[name].update(tp=len(gold_spans & spans), fp=len(spans - gold_spans), fn=len(gold_spans - spans))
    print(f"\nAccuracy on {gold_path.name}: {len(records)} sentences")
    print(f"{'label':<28}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    total = Counter()
    for label, c in labelled.items():
        total.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"{'vnnews ' + label:<28}{c['tp'] + c['fn']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    print(f"{'vnnews all three (labelled)':<28}{total['tp'] + total['fn']:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    f1 = {}
    for name, c in unlabelled.items():
        p, r, f1[name] = prf(c["tp"], c["fp"], c["fn"])
        print(f"{name + ' (admin spans)':<28}{c['tp'] + c['fn']:>6}{p:>8.3f}{r:>8.3f}{f1[name]:>8.3f}")
    print(f"F1 difference on admin spans, vnnews - underthesea.ner: {f1['vnnews'] - f1['underthesea.ner']:+.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--articles", type=int, default=1500)
    parser.add_argument("--ner-articles", type=int, default=100)
    args = parser.parse_args(argv)

    start = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer first load: {time.perf_counter() - start:.2f} s")
    import underthesea

    underthesea.ner("Khởi động.")  # load its model before timing
    texts = vntc_articles(args.articles)
    ours, ours_s = words_per_second(find_admin_units, texts)
    theirs, theirs_s = words_per_second(ner_by_line, texts[: args.ner_articles])
    print(f"\nSpeed on VNTC test articles ({sum(len(t.split()) for t in texts):,} words)")
    print(f"vnnews find_admin_units : {ours:>10,.0f} words/s ({len(texts)} articles, {ours_s:.1f} s)")
    print(f"underthesea.ner by line : {theirs:>10,.0f} words/s ({args.ner_articles} articles, {theirs_s:.1f} s)")
    print(f"ratio vnnews / underthesea.ner: {ours / theirs:.1f}x")
    if args.gold.exists():
        accuracy(args.gold)
    else:
        print(f"\n(no gold set at {args.gold}: accuracy skipped)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
