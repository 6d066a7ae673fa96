"""Leave-one-batch-out cross-validation of the stacked sequence labeller (a CRFsuite CRF over
syllables whose features include the rule recognizer's output) against the rules alone.

For each seen gold batch: train on all the other batches, label the held-out one; the
held-out predictions of all batches are pooled and scored per label (exact spans, as
``benchmarks/entities.py``), with the paired view (sentences whose output changes, and
whether their per-sentence error count — false positives + misses — goes down or up).
``--underthesea`` adds underthesea's CRF NER tag of each syllable as a feature; ``--runs`` the
runs of capitalised syllables (``vnnews.entities.stacked_runs``), a cheap stand-in for it;
``--document`` whether each capitalised syllable is written capitalised mid-sentence or in
lower case elsewhere in the sentence's VNTC article (``vnnews.entities.stacked_document``;
the article is read from ../shared/data, the row's own text for the written batch).
``--guards none inside glued swallow all`` scores, at the shipped combination (CRF spans with
confidence ≥ 0.7 added, nothing dropped), each named set of the structural guards of
``vnnews.entities.stacked_guards`` ("a+b" for several, "all", "none") against the unguarded one,
with the number of spans each keeps out (the grid of combinations without ``--guards`` is scored
unguarded, as the rows of entities_stacked.md before the guards). ``--hold-out`` batches (default: ``entities.FRESH``, the
lead's fresh test) are never read into the CV (``--hold-out`` alone: none). ``--compact`` uses the
compact features (``sentence_features(..., compact=True)``) (``--pairs``, ``--outside``: with the
syllable pairs or ``r=O`` all the same); ``--skip-plain`` leaves the sentences
``vnnews.entities.stacked.plain_piece`` calls plain to the rules, as a model whose card says
``skip_plain`` does, and counts the CRF spans that costs.

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_stacked.py [--underthesea] [--runs] [--document] [--c1 0.1 --c2 0.01]
    nice -n 10 env PYTHONPATH=. python benchmarks/entities_stacked.py --document --officials-from-rules --guards none inside glued swallow all
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities import FRESH, LABELS, as_person, evaluate, load_gold  # noqa: E402

from vnnews.entities import extract_entities  # noqa: E402
from vnnews.entities.stacked_features import (bio_to_spans, outer_spans, sentence_features,  # noqa: E402
                                              spans_to_bio, underthesea_tags)
from vnnews.entities.stacked import (as_persons, choose, confidence, extra_marks, officials_back,  # noqa: E402
                                     officials_kept, plain_piece, sentence_pieces)
from vnnews.entities.stacked_document import document_counts  # noqa: E402
from vnnews.entities.stacked_guards import GUARDS, blocking  # noqa: E402
from vnnews.entities.stacked_merge import merge  # noqa: E402
from vnnews.entities.tokens import syllables  # noqa: E402
from vnnews.resources import shared_data_dir  # noqa: E402

SCORED = LABELS + ["OFFICIAL+PERSON"]


def gold_articles(rows: list[dict]) -> dict[str, str]:
    """The VNTC test articles the gold sentences come from, by article id (as written)."""
    wanted = {row["article_id"] for row in rows if row["article_id"]}
    found = {}
    with gzip.open(shared_data_dir() / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in wanted:
                found[record["id"]] = record["text"]
    return found


def prepare(rows: list[dict], with_underthesea: bool, with_runs: bool = False,
            articles: dict[str, str] | None = None, officials_from_rules: bool = False,
            compact: bool = False, pairs: bool = False, outside: bool = False) -> list[dict]:
    """Features and BIO tags of every gold sentence; with ``articles`` (see
    :func:`gold_articles`) the document marks come from the sentence's whole article;
    ``officials_from_rules``: gold OFFICIALs are learned as PERSON; ``compact``: the
    features of ``sentence_features(..., compact=True)``."""
    items = []
    for row in rows:
        text = row["text"]
        syl = syllables(text)
        rules = extract_entities(text, stacked=False)  # the rules alone, whatever the default
        gold = [(e["start"], e["end"], e["label"]) for e in row["entities"]]
        gold = as_persons(gold) if officials_from_rules else gold
        crf = underthesea_tags(text, syl) if with_underthesea else None
        counts = None
        if articles is not None:
            article = articles.get(row["article_id"]) or text
            article_syl = syllables(article)
            counts = document_counts(article, article_syl, sentence_pieces(article, article_syl))
        extra = extra_marks(text, syl, with_runs, counts)
        x = sentence_features(text, syl, rules, crf, extra, compact, pairs or None, outside or None)
        items.append({"row": row, "syl": syl, "rules": rules, "x": x,
                      "y": spans_to_bio(syl, gold)})
    return items


def train(items: list[dict], path: str, c1: float, c2: float, iterations: int) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in items:
        if item["syl"]:
            trainer.append(item["x"], item["y"])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    trainer.train(path)


def label(items: list[dict], path: str, officials_from_rules: bool = False,
          skip_plain: Counter | None = None) -> list[dict]:
    """Per sentence: the CRF's spans with their confidence (the lowest marginal of their
    tags) and the confidence the CRF gives each rule outer span (OFFICIAL read as PERSON
    when ``officials_from_rules``). With a ``skip_plain`` counter, a sentence
    ``vnnews.entities.stacked.plain_piece`` calls plain gets no CRF spans, as the layer
    skips it; the counter gets how many there were ("plain") and how many CRF spans rated
    ≥ 0.7 that the rules lack the skip leaves out ("lost")."""
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    out = []
    for item in items:
        if not item["syl"]:
            out.append({"crf": [], "rule": []})
            continue
        tagger.set(item["x"])
        tags = tagger.tag()
        syl, starts = item["syl"], [s.start for s in item["syl"]]
        crf = [(span, confidence(tagger, syl, starts, span)) for span in bio_to_spans(syl, tags)]
        rule_spans = outer_spans([(e.start, e.end, e.label) for e in item["rules"]])
        rule_spans = as_persons(rule_spans) if officials_from_rules else rule_spans
        rule = [(span, confidence(tagger, syl, starts, span)) for span in rule_spans]
        if skip_plain is not None and plain_piece(syl, rule_spans):
            skip_plain["plain"] += 1
            skip_plain["lost"] += sum(c >= 0.7 for _s, c in crf)
            crf = []
        out.append({"crf": crf, "rule": rule})
    tagger.close()
    return out


def combine(item: dict, found: dict, add: float | None, drop: float, officials_from_rules: bool = False,
            guards=()) -> set:
    """The sentence's entities when the CRF's spans are combined with the rules' by
    :func:`vnnews.entities.stacked.choose` (``add`` None: the CRF's spans alone; ``guards``:
    the structural guards applied, none unless asked)."""
    rule_spans = outer_spans([(e.start, e.end, e.label) for e in item["rules"]])
    crf = officials_kept(found["crf"], rule_spans) if officials_from_rules else found["crf"]
    spans = choose(crf, found["rule"], add, drop, item["row"]["text"], guards)
    if officials_from_rules:
        spans = officials_back(spans, rule_spans)
    return {(e.start, e.end, e.label) for e in merge(item["row"]["text"], item["rules"], spans)}


def guard_sets(names: list[str]) -> dict[str, tuple[str, ...]]:
    """The guard sets named on the command line ("inside+glued", "all", "none")."""
    sets = {}
    for name in names:
        chosen = GUARDS if name == "all" else () if name == "none" else tuple(name.split("+"))
        unknown = set(chosen) - set(GUARDS)
        if unknown:
            raise SystemExit(f"unknown guard(s) {sorted(unknown)}; known: {', '.join(GUARDS)}")
        sets[name] = chosen
    return sets


def kept_out(items, found, add: float, guards) -> Counter:
    """How many CRF spans rated at least ``add`` each guard keeps out (the first that applies)."""
    counts = Counter()
    for item, f in zip(items, found):
        rule_spans = [s for s, _c in f["rule"]]
        for span, c in f["crf"]:
            if c >= add and span not in rule_spans:
                counts[blocking(span, rule_spans, item["row"]["text"], guards)] += 1
    counts.pop(None, None)
    return counts


def report_guards(rows, items, found, rules, before, sets, officials_from_rules: bool) -> None:
    """One row per guard set at the shipped combination (add 0.7, drop 0.0), F1 change in
    points against the rules alone and against the unguarded combination."""
    add, drop = 0.7, 0.0
    plain = [combine(item, f, add, drop, officials_from_rules) for item, f in zip(items, found)]
    unguarded = score_all(rows, plain)
    names = ["OFFICIAL+PERSON", "ORGANIZATION", "LOCATION", "OFFICIAL", "PERSON", "PROVINCE", "DISTRICT", "COMMUNE"]
    print("\n## guards at the shipped combination (CRF ≥ 0.7 added, nothing dropped): F1 change in points "
          "vs rules (vs unguarded)")
    print("\n| guards | " + " | ".join(names) + " | spans kept out | sentences changed vs unguarded / better / worse |")
    print("|---|" + "---|" * (len(names) + 2))
    lines = []  # each set's F1 to three places and its sentences changed against the rules
    for name, guards in sets.items():
        guarded = [combine(item, f, add, drop, officials_from_rules, guards) for item, f in zip(items, found)]
        after = score_all(rows, guarded)
        cells = [f"{100 * (after[n][2] - before[n][2]):+.1f} ({100 * (after[n][2] - unguarded[n][2]):+.2f})"
                 for n in names]
        paired = paired_view(rows, plain, guarded)
        out = kept_out(items, found, add, guards)
        lines.append((name, after, paired_view(rows, rules, guarded)))
        print(f"| {name} | " + " | ".join(cells) + f" | {', '.join(f'{k} {v}' for k, v in sorted(out.items())) or '0'}"
              f" | {paired['changed']} / {paired['better']} / {paired['worse']} |")
    print("\nrules alone: " + ", ".join(f"{n} {before[n][2]:.3f}" for n in names))
    for name, scores, changed in lines:
        print(f"{name}: " + ", ".join(f"{n} {scores[n][2]:.3f}" for n in names)
              + f"; vs the rules {changed['changed']} sentences changed, {changed['better']} better, {changed['worse']} worse")


def paired_view(rows, before: list[set], after: list[set]) -> Counter:
    """How many sentences change from ``before`` to ``after``, and how many of them get
    fewer ("better") or more ("worse") errors."""
    counts = Counter()
    for row, b, a in zip(rows, before, after):
        if b != a:
            d = errors(row, a) - errors(row, b)
            counts["changed"] += 1
            counts["better" if d < 0 else "worse" if d > 0 else "same"] += 1
    return counts


def score_all(rows, predictions) -> dict:
    results = evaluate(rows, predictions, LABELS)
    results.update(evaluate(rows, [as_person(p) for p in predictions], ["OFFICIAL+PERSON"],
                            relabel=lambda _t, g: as_person(g)))
    return results


def errors(row: dict, predicted: set) -> int:
    gold = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
    return len(gold ^ predicted)


GRID = [(None, 0.0), (0.5, 0.0), (0.7, 0.0), (0.9, 0.0), (0.5, 0.1), (0.7, 0.1), (0.5, 0.3), (0.7, 0.3)]
"""(add, drop) combinations scored; (None, _) lets the CRF's spans replace the rules'."""


def report(rows, batches, rules, stacked, before, add, drop) -> None:
    after = score_all(rows, stacked)
    mode = "CRF spans replace the rules'" if add is None else f"rules + CRF spans with confidence ≥ {add}, " \
        f"rule spans dropped below {drop}"
    print(f"\n## {mode}")
    print("\n| label | rules P / R / F1 | stacked P / R / F1 | F1 change (points) | gold |\n|---|---|---|---|---|")
    for name in SCORED:
        a, b = before[name], after[name]
        print(f"| {name} | {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} | {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f}"
              f" | {100 * (b[2] - a[2]):+.1f} | {a[3]} |")
    paired = Counter()
    for row, r, s in zip(rows, rules, stacked):
        if r != s:
            paired["changed"] += 1
            d = errors(row, s) - errors(row, r)
            paired["better" if d < 0 else "worse" if d > 0 else "same errors"] += 1
    print(f"\npaired: {paired['changed']} of {len(rows)} sentences change; {paired['better']} better, "
          f"{paired['worse']} worse, {paired['same errors']} as many errors")
    if not (add is None or (add == 0.7 and drop == 0.0)):
        return
    print("\nper held-out batch, F1 rules → stacked")
    for batch in batches:
        idx = [k for k, r in enumerate(rows) if r["batch"] == batch]
        sub = [rows[k] for k in idx]
        a, b = score_all(sub, [rules[k] for k in idx]), score_all(sub, [stacked[k] for k in idx])
        print(f"- {batch}: PER {a['OFFICIAL+PERSON'][2]:.3f} → {b['OFFICIAL+PERSON'][2]:.3f}; "
              f"ORG {a['ORGANIZATION'][2]:.3f} → {b['ORGANIZATION'][2]:.3f}; "
              f"LOC {a['LOCATION'][2]:.3f} → {b['LOCATION'][2]:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--underthesea", action="store_true")
    parser.add_argument("--runs", action="store_true", help="add the runs of capitalised syllables")
    parser.add_argument("--document", action="store_true", help="add the article's other capitals")
    parser.add_argument("--officials-from-rules", action="store_true",
                        help="learn OFFICIAL as PERSON; a learned person the rules found as an official stays one")
    parser.add_argument("--compact", action="store_true",
                        help="the compact features (sentence_features(compact=True): defaults unwritten, no pairs)")
    parser.add_argument("--pairs", action="store_true", help="with --compact: keep the syllable pairs")
    parser.add_argument("--outside", action="store_true", help="with --compact: keep r=O")
    parser.add_argument("--skip-plain", action="store_true",
                        help="leave sentences with no rule span and no capital after the first syllable to the rules")
    parser.add_argument("--c1", type=float, default=0.1)
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--guards", nargs="*", default=None,
                        help="guard sets to score at the shipped combination: none, all, inside, glued, swallow, a+b")
    parser.add_argument("--hold-out", nargs="*", default=list(FRESH),
                        help="batches never read into the CV (the lead's fresh test)")
    args = parser.parse_args()
    sets = guard_sets(args.guards) if args.guards is not None else None
    started = time.perf_counter()
    rows = [r for r in load_gold() if r["batch"] not in args.hold_out]
    items = prepare(rows, args.underthesea, args.runs, gold_articles(rows) if args.document else None,
                    args.officials_from_rules, args.compact, args.pairs, args.outside)
    batches = sorted({r["batch"] for r in rows})
    found: list[dict | None] = [None] * len(rows)
    plain = Counter() if args.skip_plain else None
    with tempfile.TemporaryDirectory() as folder:
        for batch in batches:
            held = [k for k, r in enumerate(rows) if r["batch"] == batch]
            path = f"{folder}/{batch}.crfsuite"
            train([items[k] for k, r in enumerate(rows) if r["batch"] != batch], path,
                  args.c1, args.c2, args.iterations)
            for k, result in zip(held, label([items[k] for k in held], path, args.officials_from_rules, plain)):
                found[k] = result
    rules = [{(e.start, e.end, e.label) for e in item["rules"]} for item in items]
    print(f"# leave-one-batch-out over {len(batches)} seen batches, {len(rows)} sentences; "
          f"c1={args.c1} c2={args.c2} iterations={args.iterations} underthesea={args.underthesea} runs={args.runs} "
          f"document={args.document} officials_from_rules={args.officials_from_rules} compact={args.compact} pairs={args.pairs} outside={args.outside}"
          f" skip_plain={args.skip_plain}")
    if plain is not None:
        print(f"plain sentences left to the rules: {plain['plain']}; CRF spans rated >= 0.7 they held: {plain['lost']}")
    before = score_all(rows, rules)
    if sets is not None:
        report_guards(rows, items, found, rules, before, sets, args.officials_from_rules)
        print(f"\n{time.perf_counter() - started:.0f} s")
        return
    for add, drop in GRID:
        stacked = [combine(item, f, add, drop, args.officials_from_rules) for item, f in zip(items, found)]
        report(rows, batches, rules, stacked, before, add, drop)
    print(f"\n{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
