"""Score name bonuses (``vnnews.restore.names.BONUS``) on held-out training sentences.

Each setting is ``kind=value,...`` over the kinds province, district, commune, surname,
given (unnamed kinds keep 0; ``none`` is no names table at all). The decoder runs with a
held-out model build (``--model``, from ``build.py --holdout 20``) on the sentences of
``benchmarks/diacritics.py --split dev``; printed: syllable accuracy, errors on capitalised
words inside a sentence, and syllables fixed / broken against the first setting.

    PYTHONPATH=.:benchmarks nice -n 10 python models/diacritics/tune_names.py --model /tmp/dev \\
        --heldout /tmp/dev/held.jsonl.gz none province=8 province=8,district=4,commune=2
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from types import MappingProxyType

import vnnews.restore
from diacritics import sample, score
from diacritics_names import compare
from vnnews.normalize import remove_diacritics
from vnnews.restore import names
from vnnews.restore.model import read_model

KINDS = tuple(names.BONUS)  # the shipped table's kinds, before any setting replaces it


def setting(text: str) -> dict[str, float] | None:
    """``kind=value,...`` as a bonus table (kinds not named get 0); None for ``none``.

    >>> setting("province=8,given=1")["given"], setting("none")
    (1.0, None)
    """
    if text == "none":
        return None
    table = dict.fromkeys(KINDS, 0.0)
    for part in text.split(","):
        kind, value = part.split("=")
        if kind not in table:
            raise SystemExit(f"unknown kind {kind}")
        table[kind] = float(value)
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, required=True)
    parser.add_argument("--heldout", type=Path, required=True)
    parser.add_argument("--sentences", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("settings", nargs="+")
    args = parser.parse_args()

    gold, _ = sample(argparse.Namespace(split="dev", heldout=args.heldout, sentences=args.sentences, seed=args.seed))
    inputs = [remove_diacritics(s) for s in gold]
    model = read_model(args.model / "diacritics.npz", args.model / "manifest.json")
    vnnews.restore.load_model = lambda: model
    table = names.load_names()
    first = None
    for text in args.settings:
        bonus = setting(text)
        vnnews.restore.load_names = (lambda: None) if bonus is None else (lambda: table)
        names.BONUS = MappingProxyType(bonus or {})  # read by the lattice at each call
        began = time.process_time()
        predicted = [vnnews.restore.restore_diacritics(s) for s in inputs]
        seconds = time.process_time() - began
        result = score(gold, predicted)
        first = first or predicted
        counts = compare(gold, predicted, first)["counts"]
        print(f"{text:48} {result['syllable_accuracy']:.2%}  capitalised errors {counts.get('capitalised errors after', 0):4}"
              f" (fixed {counts.get('capitalised fixed', 0)}, broken {counts.get('capitalised broken', 0)})"
              f"  other fixed {counts.get('other fixed', 0)} broken {counts.get('other broken', 0)}"
              f"  {result['syllables'] / seconds:,.0f} syll/s", flush=True)


if __name__ == "__main__":
    main()
