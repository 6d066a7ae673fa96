"""95 % intervals for the measured figures: a percentile bootstrap over articles/sentences.

Predictions are made once; the bootstrap (``scipy.stats.bootstrap``, percentile method,
seeded) only resamples their indices. Reported, each with its 95 % interval:

- topics: accuracy and macro-F1 of the shipped model (``vnnews.topics``) on the full VNTC
  test split, resampling articles (the split is read for reporting only, nothing is tuned);
- government administration: precision / recall / F1 of ``Topic.government_administration``
  on ``benchmarks/data/gov_admin_eval.jsonl``, resampling articles;
- entities: P / R / F1 per label (and OFFICIAL+PERSON as one label) on the whole gold set
  and on each gold batch, resampling sentences; scored with ``benchmarks/entities.py``'s
  own functions;
- with ``--diacritics 3000``: syllable accuracy of ``restore_diacritics`` on the sentences
  ``benchmarks/diacritics.py`` samples (seed 0), resampling sentences;
- with ``--other DIR``: a PAIRED bootstrap of the F1 difference this checkout minus the
  other one (made with ``git archive``, as for ``entities_speed_ab.py``) on the same
  sentences: both sides' counts are summed over the same resampled sentences.

Run from the repository root:

    nice -n 10 env PYTHONPATH=. python benchmarks/intervals.py --cache /tmp/vnnews_topic_predictions.npz
    nice -n 10 env PYTHONPATH=. python benchmarks/intervals.py --no-topics --other /tmp/before [--batches blind16]
    nice -n 10 env PYTHONPATH=. python benchmarks/intervals.py --no-topics --batches blind20 blind21 --unique --layers fast full
    nice -n 10 env PYTHONPATH=. python benchmarks/intervals.py --no-topics --batches blind24 blind25 --in-article --other /tmp/before

``--in-article`` reads every gold sentence that records its VNTC test article inside that
whole article and scores only the entities within its span (``gold_articles.py``), as
``entities_gold_ab.py --in-article`` does.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import warnings
from pathlib import Path

import numpy as np
from scipy.stats import DegenerateDataWarning, bootstrap

HERE = Path(__file__).resolve().parent

GOLD = HERE / "data" / "entities_gold.jsonl"
GOV_EVAL = HERE / "data" / "gov_admin_eval.jsonl"
MERGED = "OFFICIAL+PERSON"


def sibling(name: str):
    """``benchmarks/<name>.py`` as a module, loaded once, without putting benchmarks/ on ``sys.path``.

    >>> sibling("entities").prf(1, 1, 1)
    (0.5, 0.5, 0.5)
    """
    key = f"benchmarks_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, HERE / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules[key] = module
    return sys.modules[key]


def bootstrap_interval(statistic, n: int, resamples: int = 1000, seed: int = 0, confidence: float = 0.95):
    """The statistic on all ``n`` items and its percentile-bootstrap interval ``(point, low, high)``.

    ``statistic`` takes an array of item indices (drawn with replacement) and returns a number or
    a 1-d array of numbers.

    >>> values = np.array([0.0] * 50 + [1.0] * 50)
    >>> point, low, high = bootstrap_interval(lambda i: values[i].mean(), 100, resamples=200, seed=1)
    >>> float(point), bool(0.35 < low < 0.5 < high < 0.65)
    (0.5, True)

    A resample where the statistic is undefined (NaN: e.g. no gold and no prediction of a label in
    the drawn sentences) is left out of that statistic's percentiles.

    >>> rare = np.array([0] * 97 + [1] * 3)   # the statistic is defined when one of the last 3 is drawn
    >>> point, low, high = bootstrap_interval(lambda i: 1.0 if rare[i].any() else np.nan, 100, 200, seed=1)
    >>> float(low), float(high)
    (1.0, 1.0)
    """
    point = np.asarray(statistic(np.arange(n)), dtype=float)
    with warnings.catch_warnings():  # NaN resamples are dealt with below
        warnings.simplefilter("ignore", DegenerateDataWarning)
        result = bootstrap((np.arange(n),), statistic, n_resamples=resamples, confidence_level=confidence,
                           method="percentile", vectorized=False, random_state=seed, batch=100)
    tail = 50 * (1 - confidence)
    low, high = np.nanpercentile(result.bootstrap_distribution, [tail, 100 - tail], axis=-1)
    return point, low, high


def paired_difference_interval(statistic_a, statistic_b, n: int, resamples: int = 1000, seed: int = 0):
    """``statistic_a - statistic_b`` on the same resampled items, and its interval ``(point, low, high)``.

    >>> a = np.array([1.0] * 90 + [0.0] * 10)
    >>> b = np.where(np.arange(100) < 5, 0.0, a)   # b misses 5 items a gets right, nothing else
    >>> point, low, high = paired_difference_interval(lambda i: a[i].mean(), lambda i: b[i].mean(), 100,
    ...                                               resamples=200, seed=1)
    >>> round(float(point), 2), bool(0 < low < high)
    (0.05, True)
    """
    return bootstrap_interval(lambda i: np.asarray(statistic_a(i)) - np.asarray(statistic_b(i)), n, resamples, seed)


def accuracy_and_macro_f1(truth: np.ndarray, predicted: np.ndarray, n_classes: int) -> np.ndarray:
    """``[accuracy, macro-F1]`` of integer class ids (classes absent from both count F1 0, as scikit-learn's).

    >>> accuracy_and_macro_f1(np.array([0, 0, 1, 1]), np.array([0, 1, 1, 1]), 2).round(4).tolist()
    [0.75, 0.7333]
    """
    confusion = np.bincount(truth * n_classes + predicted, minlength=n_classes * n_classes)
    confusion = confusion.reshape(n_classes, n_classes)
    right = np.diag(confusion)
    denominator = confusion.sum(axis=0) + confusion.sum(axis=1)
    f1 = np.divide(2 * right, denominator, out=np.zeros(n_classes), where=denominator > 0)
    return np.array([right.sum() / len(truth), f1.mean()])


def counts_prf(counts: np.ndarray) -> np.ndarray:
    """P, R, F1 (one row per label) of summed ``(tp, fp, fn)`` counts, by ``entities.prf``.

    A label with nothing to score (no gold, no prediction) gets NaN, not ``prf``'s zeros.

    >>> counts_prf(np.array([[[3, 1, 0], [0, 0, 0]], [[1, 0, 2], [0, 0, 0]]])).round(3).tolist()
    [[0.8, 0.667, 0.727], [nan, nan, nan]]
    """
    prf = sibling("entities").prf
    totals = counts.sum(axis=0)
    return np.array([prf(*map(int, row)) if row.any() else (np.nan,) * 3 for row in totals])


def flag_counts(truth: np.ndarray, flagged: np.ndarray) -> np.ndarray:
    """Per-article ``(tp, fp, fn)`` of a binary flag against binary labels, shape ``(n, 1, 3)``.

    >>> flag_counts(np.array([1, 0, 1]), np.array([True, True, False]))[:, 0].tolist()
    [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    """
    truth, flagged = truth.astype(bool), flagged.astype(bool)
    return np.stack([flagged & truth, flagged & ~truth, ~flagged & truth], axis=-1)[:, None, :].astype(int)


def entity_labels() -> list[str]:
    return [*sibling("entities").LABELS, MERGED]


def entity_counts(rows: list[dict], predictions: list[set]) -> np.ndarray:
    """Per-sentence ``(tp, fp, fn)`` for each label of ``entity_labels()``, by ``entities.score``.

    >>> rows = [{"text": "x", "entities": [{"start": 0, "end": 1, "label": "PERSON"}]}]
    >>> entity_counts(rows, [{(0, 1, "OFFICIAL")}])[0, [0, 1, -1]].tolist()
    [[0, 1, 0], [0, 0, 1], [1, 0, 0]]
    """
    entities = sibling("entities")
    out = np.zeros((len(rows), len(entities.LABELS) + 1, 3), dtype=int)
    for i, (row, predicted) in enumerate(zip(rows, predictions)):
        gold = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
        for j, label in enumerate(entities.LABELS):
            out[i, j] = entities.score(gold, predicted, label)
        out[i, -1] = entities.score(entities.as_person(gold), entities.as_person(predicted), MERGED)
    return out


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def predict_entities(rows: list[dict], stacked: bool | str = False, in_article: bool = False) -> list[set]:
    """The entities found in each gold row, read alone or (``in_article``) inside its whole VNTC
    test article, only its span scored (``gold_articles.py``)."""
    from vnnews.entities import extract_entities
    from vnnews.resources import shared_data_dir

    gold_articles = sibling("gold_articles")
    ids = [r["article_id"] for r in rows if in_article and r.get("article_id")]
    articles = gold_articles.read_test_articles(ids, shared_data_dir() / "vntc" / "test_full.jsonl.gz") if ids else {}
    spans = gold_articles.in_article_spans(rows, lambda text: extract_entities(text, stacked=stacked), articles)
    return [set(found) for found in spans]


def unique_to_batches(rows: list[dict], batches: list[str]) -> list[dict]:
    """The rows of ``batches`` whose text no other batch holds (a fresh batch may repeat an
    earlier gold sentence word for word: a layer trained on that one has seen it).

    >>> rows = [{"batch": "a", "text": "x"}, {"batch": "b", "text": "x"}, {"batch": "b", "text": "y"}]
    >>> [r["text"] for r in unique_to_batches(rows, ["b"])]
    ['y']
    """
    elsewhere = {r["text"] for r in rows if r["batch"] not in batches}
    return [r for r in rows if r["batch"] in batches and r["text"] not in elsewhere]


def topic_predictions(cache: Path | None) -> dict[str, np.ndarray]:
    """Ids, true and predicted topic ids and the government flag of every VNTC test article."""
    if cache and cache.exists():
        with np.load(cache, allow_pickle=False) as stored:
            return dict(stored)
    from vnnews.resources import shared_data_dir
    from vnnews.topics import label_id, load_topic_model

    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data is absent: the topic figures need the VNTC test split")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        test = [json.loads(line) for line in lines]
    model = load_topic_model()
    texts = [r["text"] for r in test]
    topics = [t for start in range(0, len(texts), 500) for t in model.classify(texts[start:start + 500])]
    result = {
        "ids": np.array([r["id"] for r in test]),
        "truth": np.array([label_id(r["label"]) for r in test]),
        "predicted": np.array([t.label for t in topics]),
        "government": np.array([bool(t.government_administration) for t in topics]),
    }
    if cache:
        np.savez(cache, **result)
    return result


def fmt(point: float, low: float, high: float, scale: float = 1.0, digits: int = 3) -> str:
    """``point [low, high]``.

    >>> fmt(0.9338, 0.9316, 0.9359, scale=100, digits=2)
    '93.38 [93.16, 93.59]'
    """
    return f"{scale * point:.{digits}f} [{scale * low:.{digits}f}, {scale * high:.{digits}f}]"


def topic_report(predictions: dict, args) -> None:
    classes = sorted(set(predictions["truth"]) | set(predictions["predicted"]))
    index = {c: i for i, c in enumerate(classes)}
    truth = np.array([index[c] for c in predictions["truth"]])
    predicted = np.array([index[c] for c in predictions["predicted"]])
    point, low, high = bootstrap_interval(lambda i: accuracy_and_macro_f1(truth[i], predicted[i], len(classes)),
                                          len(truth), args.resamples, args.seed)
    print(f"\n## Topics, full VNTC test split ({len(truth):,} articles, {args.resamples} resamples of articles)")
    print("| figure | value [95 % interval] | target | target inside the interval? |\n|---|---|---|---|")
    for k, (name, target) in enumerate((("accuracy", 93.5), ("macro-F1", 91.8))):
        inside = "yes" if 100 * low[k] <= target <= 100 * high[k] else ("no, above" if target > 100 * high[k] else "no, below")
        print(f"| {name} | {fmt(point[k], low[k], high[k], 100, 2)} | {target} | {inside} |")

    rows = read_jsonl(GOV_EVAL)
    position = {article_id: i for i, article_id in enumerate(predictions["ids"])}
    labels = np.array([r["government_administration"] for r in rows])
    flags = np.array([predictions["government"][position[r["id"]]] for r in rows])
    counts = flag_counts(labels, flags)
    point, low, high = bootstrap_interval(lambda i: counts_prf(counts[i])[0], len(rows), args.resamples, args.seed)
    print(f"\n## Government administration ({len(rows)} hand-labelled test articles, {int(labels.sum())} positive,"
          f" {int(flags.sum())} flagged)")
    print("| figure | value [95 % interval] | target | target inside the interval? |\n|---|---|---|---|")
    for k, (name, target) in enumerate((("precision", 0.90), ("recall", 0.85), ("F1", None))):
        inside = "" if target is None else ("yes" if low[k] <= target <= high[k] else
                                            ("no, above" if target > high[k] else "no, below"))
        print(f"| {name} | {fmt(point[k], low[k], high[k])} | {target or ''} | {inside} |")


def entity_table(title: str, counts: np.ndarray, args) -> None:
    labels = entity_labels()
    point, low, high = bootstrap_interval(lambda i: counts_prf(counts[i]).ravel(), len(counts),
                                          args.resamples, args.seed)
    shape = (len(labels), 3)
    point, low, high = point.reshape(shape), low.reshape(shape), high.reshape(shape)
    gold = counts.sum(axis=0)
    print(f"\n{title}\n| label | P [95 %] | R [95 %] | F1 [95 %] | F1 half-width (points) | gold |\n|---|---|---|---|---|---|")
    for j, label in enumerate(labels):
        cells = " | ".join(fmt(point[j, k], low[j, k], high[j, k]) for k in range(3))
        print(f"| {label} | {cells} | {50 * (high[j, 2] - low[j, 2]):.1f} | {gold[j, 0] + gold[j, 2]} |")


def paired_table(title: str, ours: np.ndarray, theirs: np.ndarray, args) -> None:
    labels = entity_labels()
    point, low, high = paired_difference_interval(lambda i: counts_prf(ours[i])[:, 2],
                                                  lambda i: counts_prf(theirs[i])[:, 2],
                                                  len(ours), args.resamples, args.seed)
    changed = (ours != theirs).any(axis=2).sum(axis=0)
    print(f"\n{title}\n| label | F1 this | F1 other | difference this − other, points [95 %] | excludes 0? "
          f"| sentences whose counts changed |\n|---|---|---|---|---|---|")
    mine, other = counts_prf(ours)[:, 2], counts_prf(theirs)[:, 2]
    for j, label in enumerate(labels):
        verdict = "yes" if low[j] > 0 or high[j] < 0 else "no"
        print(f"| {label} | {mine[j]:.3f} | {other[j]:.3f} | {fmt(point[j], low[j], high[j], 100, 1)} "
              f"| {verdict} | {changed[j]} |")


def selected_rows(args) -> list[dict]:
    """The gold sentences ``--batches`` and ``--unique`` ask for (the same for both sides)."""
    rows = read_jsonl(args.gold)
    if args.batches:
        rows = (unique_to_batches(rows, args.batches) if args.unique
                else [r for r in rows if r["batch"] in args.batches])
    return rows


def entity_report(args) -> None:
    run_side = sibling("checkout_sides").run_side
    rows = selected_rows(args)
    ours = entity_counts(rows, predict_entities(rows, in_article=args.in_article))
    batches = list(dict.fromkeys(r["batch"] for r in rows))
    print(f"\n## Entities, {len(rows)} gold sentences in {len(batches)} batches ({args.resamples} resamples of sentences)")
    entity_table("### all sentences", ours, args)
    for batch in batches:
        keep = np.array([r["batch"] == batch for r in rows])
        entity_table(f"### batch {batch} ({int(keep.sum())} sentences)", ours[keep], args)
    for layer in args.layers:
        layered = entity_counts(rows, predict_entities(rows, layer, args.in_article))
        print(f"\n## Paired bootstrap: stacked={layer!r} − the rules alone (this checkout, same sentences)")
        paired_table("### all sentences", layered, ours, args)
    if args.other is None:
        return
    unique = ["--unique"] if args.unique else []
    unique += ["--in-article"] if args.in_article else []
    side = run_side(__file__, args.other.resolve(), ["--gold", str(args.gold), "--batches", *batches, *unique])
    theirs = entity_counts(rows, [{tuple(s) for s in spans} for spans in side])
    print(f"\n## Paired bootstrap: this checkout − {args.other.name} (same sentences resampled for both)")
    paired_table("### all sentences", ours, theirs, args)
    for batch in batches:
        keep = np.array([r["batch"] == batch for r in rows])
        paired_table(f"### batch {batch}", ours[keep], theirs[keep], args)


def diacritic_report(args) -> None:
    """Syllable accuracy of ``restore_diacritics`` on ``benchmarks/diacritics.py``'s test sample, resampling sentences."""
    diacritics = sibling("diacritics")
    from vnnews.normalize import remove_diacritics
    from vnnews.restore import restore_diacritics

    sampling = argparse.Namespace(split="test", heldout=None, sentences=args.diacritics, seed=0)
    gold, pool_size = diacritics.sample(sampling)
    # diacritics.score divides by the marked syllables: each sentence is scored beside a marked
    # two-syllable reference given back exactly, whose two right syllables are then taken off
    reference = "Hà Nội"
    scored = [diacritics.score([g, reference], [restore_diacritics(remove_diacritics(g)), reference]) for g in gold]
    total = np.array([s["syllables"] - 2 for s in scored])
    right = np.array([round(s["syllable_accuracy"] * s["syllables"]) - 2 for s in scored])
    point, low, high = bootstrap_interval(lambda i: right[i].sum() / total[i].sum(), len(gold),
                                          args.resamples, args.seed)
    print(f"\n## Diacritic restoration ({len(gold):,} unseen VNTC test sentences of {pool_size:,}, seed 0 as in "
          f"diacritics.py; {total.sum():,} syllables; {args.resamples} resamples of sentences)")
    print("| figure | value [95 % interval] | target |\n|---|---|---|")
    print(f"| syllable accuracy | {fmt(point, low, high, 100, 2)} | 96.5 |")


def side(args) -> int:
    """Print this process's vnnews entity spans of the gold sentences as JSON (one list per sentence)."""
    rows = selected_rows(args)
    print(json.dumps([sorted(spans) for spans in predict_entities(rows, in_article=args.in_article)], ensure_ascii=False))
    return 0


def main() -> int:
    parser = sibling("checkout_sides").comparison_parser(__doc__.splitlines()[0])
    parser.add_argument("--resamples", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261127)
    parser.add_argument("--cache", type=Path, help="topic predictions (.npz): read if present, else written")
    parser.add_argument("--gold", type=Path, default=GOLD, help="entity gold sentences (.jsonl)")
    parser.add_argument("--batches", nargs="*", help="only these gold batches (default: all)")
    parser.add_argument("--unique", action="store_true",
                        help="with --batches: leave out sentences another gold batch repeats word for word")
    parser.add_argument("--layers", nargs="*", default=[], choices=["fast", "full"],
                        help="also the stacked layers against the rules, paired on the same sentences")
    parser.add_argument("--in-article", action="store_true",
                        help="read each gold sentence inside its whole VNTC test article, score only its span")
    parser.add_argument("--no-topics", action="store_true")
    parser.add_argument("--no-entities", action="store_true")
    parser.add_argument("--diacritics", type=int, default=0, metavar="N",
                        help="also diacritic restoration on diacritics.py's sample of N test sentences (3000 there)")
    args = parser.parse_args()
    if args.side:
        return side(args)
    if not args.no_topics:
        topic_report(topic_predictions(args.cache), args)
    if not args.no_entities:
        entity_report(args)
    if args.diacritics:
        diacritic_report(args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
