"""Build ``foreign_surnames.json``: how often a foreign-spelt word standing alone is a person.

From the VNTC *train* split only. For every word spelt like no Vietnamese syllable
(:func:`vnnews.entities.foreign.looks_foreign`: "Blair", "Henman", "Liverpool", "Windows")
that stands alone with a capital inside a sentence, it counts how many times that happens
and how many of those come right after an honorific ("ông Blair", "tay vợt Henman"). The
share tells a person's surname from a club, a product or an English word: those are never
written after "ông" or "bà". The recognizer takes such a word opening a clause before an
adverb and a verb ("Henman cũng không tỏ ra ...") for a person when the share is high enough
(see MODEL_CARD.md).

Run from the repository root (a few minutes on 2 shared cores):

    nice -n 10 env PYTHONPATH=. python models/person_names/build_foreign_surnames.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from build_given_names import capitalised_runs, count_training

from vnnews.entities.foreign import looks_foreign
from vnnews.entities.persons import honorific_before
from vnnews.entities.tokens import sentence_start

OUT = Path(__file__).resolve().parent / "foreign_surnames.json"
MIN_ALONE = 3  # seen alone at least this often


def count(texts) -> tuple[Counter, Counter]:
    alone, after_honorific = Counter(), Counter()
    for text, tokens, i, end in capitalised_runs(texts):
        if end - i != 1 or not looks_foreign(tokens[i]) or sentence_start(text, tokens[i]):
            continue
        word = tokens[i].text
        alone[word] += 1
        if honorific_before(tokens, i):
            after_honorific[word] += 1
    return alone, after_honorific


def main() -> int:
    counts = count_training(count)
    if counts is None:
        return 1
    alone, after_honorific = counts
    table = {word: {"alone": n, "after_honorific": after_honorific[word]}
             for word, n in sorted(alone.items()) if n >= MIN_ALONE}
    model = {"source": "VNTC train_full (33,759 articles)", "min_alone": MIN_ALONE, "words": table}
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} words -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
