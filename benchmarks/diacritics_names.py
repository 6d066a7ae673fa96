"""Diacritic restoration, this checkout against another (``--other``), same sentences, one run.

Each side restores the same sentences in a fresh process with its own ``vnnews`` (see
``checkout_sides.py``); ``--model DIR`` makes both use one model build instead of the
shipped one (the held-out build for ``--split dev``). Reports, for both sides, syllable
accuracy and syllables/s (fastest of ``--repeats`` passes), and which syllables the change
fixed and broke: all of them, and capitalised words inside a sentence (not the first word),
where names are.

    git archive main | tar -x -C /tmp/main_side
    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/diacritics_names.py \\
        --other /tmp/main_side --split dev --heldout /tmp/dev/held.jsonl.gz --model /tmp/dev
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from checkout_sides import check_other, comparison_parser, run_side
from diacritics import sample, score, syllables

ROOT = Path(__file__).resolve().parent.parent


def add_sample_arguments(parser: argparse.ArgumentParser) -> None:
    """The options that choose the sentences and the model, shared by both sides."""
    parser.add_argument("--split", choices=["test", "dev"], default="dev")
    parser.add_argument("--heldout", type=Path, help="held-out training articles (.jsonl.gz) for --split dev")
    parser.add_argument("--model", type=Path, help="folder of a model build (diacritics.npz + manifest.json)")
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)


def sample_arguments(args: argparse.Namespace) -> list[str]:
    """Those options as command-line arguments for a side's process."""
    forwarded = ["--split", args.split, "--sentences", str(args.sentences), "--seed", str(args.seed)]
    forwarded += ["--heldout", str(args.heldout.resolve())] if args.heldout else []
    return forwarded + (["--model", str(args.model.resolve())] if args.model else [])


def use_model(args: argparse.Namespace) -> None:
    """Make ``vnnews.restore`` decode with the build in ``--model`` (if given) instead of the shipped one."""
    import vnnews.restore
    from vnnews.restore.model import read_model

    if args.model:
        model = read_model(args.model / "diacritics.npz", args.model / "manifest.json")
        vnnews.restore.load_model = lambda: model


def measure_side(args: argparse.Namespace) -> dict:
    """Restore the sample with the ``vnnews`` on ``PYTHONPATH``: outputs and fastest CPU time."""
    import vnnews.restore
    from vnnews.normalize import remove_diacritics

    use_model(args)
    gold, _ = sample(args)
    inputs = [remove_diacritics(s) for s in gold]
    vnnews.restore.restore_diacritics("khoi dong Ha Noi")  # load outside the timing
    seconds = float("inf")
    for _ in range(args.repeats):
        began = time.process_time()
        predicted = [vnnews.restore.restore_diacritics(text) for text in inputs]
        seconds = min(seconds, time.process_time() - began)
    return {"gold": gold, "predicted": predicted, "seconds": seconds}


def capitalised_inside(sentence: str) -> list[bool]:
    """For each syllable of ``sentence``: capitalised and not the sentence's first word."""
    spans = syllables(sentence)
    return [k > 0 and sentence[a].isupper() for k, (a, b) in enumerate(spans)]


def compare(gold: list[str], ours: list[str], theirs: list[str]) -> dict:
    """Syllables fixed and broken by this side against the other, overall and on capitalised words."""
    counts: Counter = Counter()
    broken_examples, fixed_examples = [], []
    for truth, mine, other in zip(gold, ours, theirs):
        words = [truth[a:b].lower() for a, b in syllables(truth)]
        mine_words = [mine[a:b].lower() for a, b in syllables(mine)]
        other_words = [other[a:b].lower() for a, b in syllables(other)]
        if not len(words) == len(mine_words) == len(other_words):
            counts["misaligned"] += 1
            continue
        for word, m, o, cap in zip(words, mine_words, other_words, capitalised_inside(truth)):
            where = "capitalised" if cap else "other"
            counts[f"{where} syllables"] += 1
            counts[f"{where} errors before"] += o != word
            counts[f"{where} errors after"] += m != word
            if m == word != o:
                counts[f"{where} fixed"] += 1
                fixed_examples.append(f"{o} -> {m}  | {truth[:90]}")
            elif o == word != m:
                counts[f"{where} broken"] += 1
                broken_examples.append(f"{o} -> {m} (gold {word})  | {truth[:90]}")
    return {"counts": dict(counts), "fixed": fixed_examples, "broken": broken_examples}


def main() -> None:
    parser = comparison_parser(__doc__.splitlines()[0])
    add_sample_arguments(parser)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--examples", type=int, default=15, help="fixed/broken syllables to print")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(measure_side(args), ensure_ascii=False))
        return
    other = check_other(parser, args)
    forwarded = sample_arguments(args) + ["--repeats", str(args.repeats)]
    script = str(Path(__file__).resolve())
    theirs = run_side(script, other, forwarded)
    ours = run_side(script, ROOT, forwarded)
    gold = ours["gold"]
    print(f"{args.split}: {len(gold)} sentences (seed {args.seed}); model: {args.model or 'shipped'}")
    print(f"{'side':10} {'syll acc':>9} {'marked':>8} {'sent EM':>8} {'syll/s':>9}")
    for name, side in (("other", theirs), ("this", ours)):
        result = score(gold, side["predicted"])
        print(f"{name:10} {result['syllable_accuracy']:9.2%} {result['marked_accuracy']:8.2%} "
              f"{result['sentence_exact']:8.2%} {result['syllables'] / side['seconds']:9,.0f}")
    print(f"speed ratio this/other: {theirs['seconds'] / ours['seconds']:.2f}x")
    changes = compare(gold, ours["predicted"], theirs["predicted"])
    for name, count in sorted(changes["counts"].items()):
        print(f"  {name:28} {count:7,}")
    for title in ("fixed", "broken"):
        print(f"{title} (first {args.examples}):")
        for line in changes[title][: args.examples]:
            print("   ", line)


if __name__ == "__main__":
    main()
