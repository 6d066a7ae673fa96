"""Rule accuracy of this checkout against another one on the seen gold set and the probe
set ``modern_a``, side by side in one run, with the checks a rule pass must pass.

Each checkout runs in its own process (its own ``vnnews``) over the same sentences: every
seen batch of ``benchmarks/data/entities_gold.jsonl`` (``entities.FRESH``, the lead's fresh
test, left out: neither run nor scored; ``--with-fresh`` reads them too once the lead has
scored them and they are development data) and the development probe set
``modern_a`` (read with ``build_gold.corpus_sentences``, as ``entities_probe.py`` does).
Both are scored as ``benchmarks/entities.py`` scores them (exact spans per label,
OFFICIAL+PERSON as one label), rules alone (``stacked=False``), without underthesea, so
the run takes a minute rather than the better part of an hour. Flagged: a label whose F1 on
the whole seen set drops by more than 0.002, a seen batch whose precision (all labels)
drops by more than 0.01. ``--diff`` lists every sentence whose entities changed, each
change marked right (TP) or wrong (FP) by the gold. ``--in-article`` reads every gold
sentence that records its VNTC test article (``article_id``, ``article_offset``: all but the
hand-written batch and the probe set) inside that whole article, as the Pipeline reads news,
and scores only the entities lying within the sentence's span: the fair view of rules that
use the rest of the article ("Trump" after "Donald Trump"). An entity crossing the
sentence's edge counts as not found. Run from the repository root:

    mkdir -p /tmp/before && git archive COMMIT | tar -x -C /tmp/before
    nice -n 10 env PYTHONPATH=. python benchmarks/entities_gold_ab.py --other /tmp/before [--diff] [--in-article]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data"))

from build_gold import corpus_sentences  # noqa: E402  (benchmarks/data/build_gold.py)
from entities import FRESH, GOLD, LABELS, as_person, evaluate  # noqa: E402
from entities_speed_ab import _env  # noqa: E402

PROBE = "modern_a"
F1_DROP = 0.002
PRECISION_DROP = 0.01

ONE_RUN = r"""
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, str(Path(sys.argv[1]).parent))
from build_gold import corpus_sentences
from gold_articles import in_article_spans, read_test_articles
from vnnews.entities import extract_entities
from vnnews.resources import shared_data_dir
data = Path(sys.argv[1])
rows = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
rows = [r for r in rows if r["batch"] not in sys.argv[5].split(",")]
rows += corpus_sentences(sys.argv[3] + ".jsonl", sys.argv[3] + ".tsv", sys.argv[3], sys.argv[3], data)
ids = [r["article_id"] for r in rows if sys.argv[4] == "article" and r.get("article_id")]
articles = read_test_articles(ids, shared_data_dir() / "vntc" / "test_full.jsonl.gz") if ids else {}
print(json.dumps(in_article_spans(rows, lambda text: extract_entities(text, stacked=False), articles)))
"""


def gold_rows(left_out: tuple[str, ...] = FRESH) -> list[dict]:
    """The seen gold rows (the batches ``left_out``, by default ``entities.FRESH``, left
    out), then the probe set's, in the order the runs read them."""
    rows = [json.loads(line) for line in GOLD.open(encoding="utf-8")]
    rows = [r for r in rows if r["batch"] not in left_out]
    return rows + corpus_sentences(f"{PROBE}.jsonl", f"{PROBE}.tsv", PROBE, PROBE, HERE / "data")


def predictions(checkout: Path, in_article: bool = False, left_out: tuple[str, ...] = FRESH) -> list[set]:
    """The entities ``checkout``'s rules find in every row of :func:`gold_rows` (read in
    its whole VNTC test article with ``in_article``)."""
    mode = "article" if in_article else "sentence"
    out = subprocess.run([sys.executable, "-c", ONE_RUN, str(HERE / "data"), str(GOLD), PROBE, mode, ",".join(left_out)], cwd=checkout,
                         env={"PYTHONPATH": str(checkout), **_env()}, capture_output=True, text=True, check=True)
    return [{tuple(span) for span in row} for row in json.loads(out.stdout.strip().splitlines()[-1])]


def scores(rows: list[dict], found: list[set]) -> dict:
    """P, R, F1 and gold count per label, OFFICIAL+PERSON included."""
    table = evaluate(rows, found, LABELS)
    table.update(evaluate(rows, [as_person(p) for p in found], ["OFFICIAL+PERSON"],
                          relabel=lambda _t, g: as_person(g)))
    return table


def labelled_precision(rows: list[dict], found: list[set]) -> float:
    """Precision over all labels (a span counts with its label)."""
    right = sum(len(p & {(e["start"], e["end"], e["label"]) for e in r["entities"]}) for r, p in zip(rows, found))
    total = sum(len(p) for p in found)
    return right / total if total else 0.0


def print_side_by_side(title: str, before: dict, after: dict, flag_drops: bool) -> list[str]:
    print(f"\n{title}\n| label | P before → after | R before → after | F1 before → after | gold |\n|---|---|---|---|---|")
    flagged = []
    for label in ["OFFICIAL+PERSON", *LABELS]:
        (p0, r0, f0, n), (p1, r1, f1, _) = before[label], after[label]
        mark = ""
        if flag_drops and f1 < f0 - F1_DROP:
            mark = " ✗"
            flagged.append(f"{title}: {label} F1 {f0:.4f} → {f1:.4f}")
        print(f"| {label} | {p0:.3f} → {p1:.3f} | {r0:.3f} → {r1:.3f} | {f0:.4f} → {f1:.4f}{mark} | {n} |")
    return flagged


def print_diff(rows: list[dict], before: list[set], after: list[set]) -> None:
    for row, old, new in zip(rows, before, after):
        if old == new:
            continue
        gold = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
        text = row["text"]
        print(f"\n[{row['batch']}] {text}")
        for sign, spans in (("-", old - new), ("+", new - old)):
            for s, e, label in sorted(spans):
                print(f"   {sign} {'TP' if (s, e, label) in gold else 'FP'} {label} {text[s:e]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--other", required=True, type=Path, help="the other checkout (holds vnnews/)")
    parser.add_argument("--diff", action="store_true", help="list the sentences whose entities changed")
    parser.add_argument("--in-article", action="store_true",
                        help="read each gold sentence inside its whole VNTC test article, score the sentence's span")
    parser.add_argument("--with-fresh", action="store_true",
                        help="read entities.FRESH too (batches the lead has scored already, now development data)")
    args = parser.parse_args()
    left_out = () if args.with_fresh else FRESH
    rows = gold_rows(left_out)
    before = predictions(args.other.resolve(), args.in_article, left_out)
    after = predictions(HERE.parent, args.in_article, left_out)
    seen = [i for i, r in enumerate(rows) if r["batch"] != PROBE]
    probe = [i for i, r in enumerate(rows) if r["batch"] == PROBE]
    pick = lambda found, idx: [found[i] for i in idx]  # noqa: E731
    seen_rows, probe_rows = pick(rows, seen), pick(rows, probe)
    flagged = print_side_by_side(f"Whole seen gold set: {len(seen)} sentences (other → this checkout)",
                                 scores(seen_rows, pick(before, seen)), scores(seen_rows, pick(after, seen)), True)
    print_side_by_side(f"Probe set {PROBE}: {len(probe)} sentences (development)",
                       scores(probe_rows, pick(before, probe)), scores(probe_rows, pick(after, probe)), False)
    print("\nPrecision per seen batch, all labels (other → this)\n| batch | before | after |\n|---|---|---|")
    for batch in dict.fromkeys(rows[i]["batch"] for i in seen):
        idx = [i for i in seen if rows[i]["batch"] == batch]
        p0, p1 = labelled_precision(pick(rows, idx), pick(before, idx)), labelled_precision(pick(rows, idx), pick(after, idx))
        mark = " ✗" if p1 < p0 - PRECISION_DROP else ""
        flagged += [f"batch {batch}: precision {p0:.3f} → {p1:.3f}"] if mark else []
        print(f"| {batch} | {p0:.3f} | {p1:.3f}{mark} |")
    changed = sum(1 for i in range(len(rows)) if before[i] != after[i])
    print(f"\n{changed} of {len(rows)} sentences changed; checks: "
          + ("; ".join(flagged) if flagged else f"no label's F1 down by more than {F1_DROP}, "
             f"no batch's precision down by more than {PRECISION_DROP}"))
    if args.diff:
        print_diff(rows, before, after)
    return 1 if flagged else 0


if __name__ == "__main__":
    sys.exit(main())
