"""Diacritic restoration: vnnews vs pyvi's ``ViUtils.add_accents``, side by side, one run.

Sentences of VNTC test articles that do not occur in train (an article copied from train
is dropped, and so is any sentence also found in a training article), de-duplicated,
a seeded sample. Each gold sentence is put in the new tone style, stripped of
diacritics, restored, and compared syllable by syllable ("hòa" and "hoà" count as the
same, and so do upper and lower case: pyvi changes case). Reports syllable accuracy
(all, and those that carry marks), sentence exact match, syllables/s on one core (CPU
time of one call per sentence, fastest of ``--repeats`` passes), and pyvi's crashes
(a crash counts its sentence as all wrong).

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/diacritics.py

``--split dev --heldout FILE`` scores held-out TRAINING articles instead (for tuning);
``--capitals`` restores the sample written in capitals (ALL CAPS input).
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import random
import time
from pathlib import Path

import regex

from vnnews.normalize import convert_tone_style, remove_diacritics
from vnnews.resources import shared_data_dir
from vnnews.restore import restore_diacritics
from vnnews.restore.tokens import tokenize

SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(convert_tone_style(text, "new")) if s.strip()]


def read_texts(path: Path) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in lines]


def unseen_test_sentences(data: Path) -> list[str]:
    """Test sentences found in no training article, each once, in corpus order."""
    train = read_texts(data / "vntc" / "train_full.jsonl.gz")
    train_articles = set(train)
    seen = {s for text in train for s in sentences(text)}
    out = []
    for text in read_texts(data / "vntc" / "test_full.jsonl.gz"):
        if text in train_articles:
            continue
        for s in sentences(text):
            if s not in seen:
                seen.add(s)
                out.append(s)
    return out


def heldout_sentences(path: Path) -> list[str]:
    seen: set[str] = set()
    return [s for text in read_texts(path) for s in sentences(text) if not (s in seen or seen.add(s))]


def syllables(text: str) -> list[tuple[int, int]]:
    return [(t.start, t.end) for t in tokenize(text) if t.is_word]


def score(gold: list[str], predicted: list[str | None]) -> dict[str, float]:
    """Syllable accuracy (all / marked) and sentence exact match, ignoring letter case.

    None (a crash) or an output with another number of syllables counts as all wrong.
    """
    right = total = right_marked = marked = exact = misaligned = 0
    for truth, guess in zip(gold, predicted):
        spans = syllables(truth)
        words = [truth[a:b].lower() for a, b in spans]
        guessed = [""] * len(words)
        if guess is not None:
            guess = convert_tone_style(guess, "new").lower()
            found = [guess[a:b] for a, b in syllables(guess)]
            misaligned += len(found) != len(words)
            guessed = found if len(found) == len(words) else guessed
        exact += guessed == words
        for word, guessed_word in zip(words, guessed):
            has_mark = remove_diacritics(word) != word
            total += 1
            marked += has_mark
            right += guessed_word == word
            right_marked += has_mark and guessed_word == word
    return {
        "syllable_accuracy": right / total,
        "marked_accuracy": right_marked / marked,
        "sentence_exact": exact / len(gold),
        "syllables": total,
        "misaligned": misaligned,
    }


def restore_all(restore, inputs: list[str]) -> tuple[list[str | None], int, float]:
    """Outputs (None where it crashed), crash count and CPU seconds of one pass, one call per sentence."""
    predicted, crashes = [], 0
    began = time.process_time()
    for text in inputs:
        try:
            predicted.append(restore(text))
        except Exception:  # pyvi crashes on some inputs: count them
            predicted.append(None)
            crashes += 1
    return predicted, crashes, time.process_time() - began


def run(name: str, restore, inputs: list[str], gold: list[str], repeats: int) -> dict:
    """Score one system; its speed is the fastest of ``repeats`` passes (CPU time, shared machine)."""
    predicted, crashes, seconds = restore_all(restore, inputs)
    for _ in range(repeats - 1):
        seconds = min(seconds, restore_all(restore, inputs)[2])
    result = score(gold, predicted)
    result.update(name=name, seconds=seconds, crashes=crashes,
                  syllables_per_s=result["syllables"] / seconds)
    return result


def pyvi_add_accents(text: str) -> str:
    from pyvi import ViUtils

    return ViUtils.add_accents(text)


def sample(args: argparse.Namespace) -> tuple[list[str], int]:
    """The seeded sample of sentences (3 syllables or more) and the size of the pool."""
    pool = heldout_sentences(args.heldout) if args.split == "dev" else unseen_test_sentences(shared_data_dir())
    pool = [s for s in pool if len(syllables(s)) >= 3]
    return random.Random(args.seed).sample(pool, min(args.sentences, len(pool))), len(pool)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["test", "dev"], default="test")
    parser.add_argument("--heldout", type=Path, help="held-out training articles (.jsonl.gz) for --split dev")
    parser.add_argument("--sentences", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3, help="timing passes; the fastest counts")
    parser.add_argument("--no-pyvi", action="store_true")
    parser.add_argument("--capitals", action="store_true", help="restore the sample written in capitals")
    args = parser.parse_args()

    gold, pool_size = sample(args)
    gc.collect()  # the corpus is gone: time the systems without its garbage around
    inputs = [remove_diacritics(s).upper() if args.capitals else remove_diacritics(s) for s in gold]
    print(f"{args.split}: {len(gold)} sentences sampled from {pool_size} (seed {args.seed})"
          + (", written in capitals" if args.capitals else ""))

    restore_diacritics("khoi dong")  # load the model outside the timing
    results = [run("vnnews.restore_diacritics", restore_diacritics, inputs, gold, args.repeats)]
    if not args.no_pyvi:
        pyvi_add_accents("khoi dong")
        results.append(run("pyvi ViUtils.add_accents", pyvi_add_accents, inputs, gold, args.repeats))
    print(f"{'system':28} {'syll acc':>9} {'marked':>8} {'sent EM':>8} {'syll/s':>9} {'crashes':>8} {'misaligned':>10}")
    for r in results:
        print(f"{r['name']:28} {r['syllable_accuracy']:9.2%} {r['marked_accuracy']:8.2%} "
              f"{r['sentence_exact']:8.2%} {r['syllables_per_s']:9,.0f} {r['crashes']:8} {r['misaligned']:10}")
    if len(results) == 2:
        ours, peer = results
        print(f"ratio vnnews/pyvi: accuracy {ours['syllable_accuracy'] / peer['syllable_accuracy']:.2f}x, "
              f"speed {ours['syllables_per_s'] / peer['syllables_per_s']:.2f}x")
    print(f"{results[0]['syllables']:,} syllables")


if __name__ == "__main__":
    main()
