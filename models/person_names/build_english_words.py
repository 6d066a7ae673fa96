"""Build ``english_words.json``: foreign-spelt words Vietnamese news also writes in lower case.

From the VNTC *train* split only. Vietnamese news writes English loanwords and the words of
products and programs in lower case inside its sentences ("card đồ họa", "trình duyệt
browser", "link", "laser", "media"), and writes people's names with a capital only
("Blair", "Putin" are never lower case). For every word of plain letters that no Vietnamese
syllable is spelt like (:data:`vnnews.entities._fold.VIETNAMESE_SYLLABLE`), three letters or
more, standing as a word of its own (not in an address, a file name or an e-mail), it counts
its all-lower-case uses and its capitalised uses. A word written in lower case often enough
is a common word, and the recognizer does not take a capitalised run of foreign words as a
person when such a word stands before its last word ("Media Player", "Smart Card", "Laser
Argon": :mod:`vnnews.entities.foreign`). See MODEL_CARD.md.

Run from the repository root (under a minute):

    nice -n 10 env PYTHONPATH=. python models/person_names/build_english_words.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import regex
from build_given_names import count_training

from vnnews.entities._fold import VIETNAMESE_SYLLABLE

OUT = Path(__file__).resolve().parent / "english_words.json"
MIN_LOWER = 3  # written in lower case at least this often
MIN_LOWER_SHARE = 0.1  # and at least this share of its capitalised uses
PARTICLES = frozenset({"de", "del", "da", "di", "du", "van", "von", "der", "den", "dos", "das", "le", "la",
                       "al", "el", "bin", "ibn"})  # lower case inside names ("del Piero"), not common words
_WORD = regex.compile(r"(?<![\p{L}\p{N}@./_\-])([A-Za-z]{3,})(?![\p{L}\p{N}@/_\-])")


def count(texts) -> tuple[Counter, Counter]:
    """(lower-case uses, capitalised uses) of every plain-letter word of the texts.

    >>> low, cap = count(["Card đồ họa mới, card rời và www.card.vn"])
    >>> low["card"], cap["card"]
    (1, 1)
    """
    lower, capitalised = Counter(), Counter()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(1)
            if word.islower():
                lower[word] += 1
            elif word[0].isupper() and word[1:].islower():
                capitalised[word.lower()] += 1
    return lower, capitalised


def table(lower: Counter, capitalised: Counter) -> dict[str, list[int]]:
    """Word → [lower-case uses, capitalised uses] for the common words among them.

    >>> table(Counter({"card": 219, "blair": 0, "nick": 2}), Counter({"card": 80, "blair": 338, "nick": 100}))
    {'card': [219, 80]}
    """
    return {word: [n, capitalised[word]] for word, n in sorted(lower.items())
            if n >= MIN_LOWER and n >= MIN_LOWER_SHARE * capitalised[word]
            and word not in PARTICLES and not VIETNAMESE_SYLLABLE.match(word)}


def main() -> int:
    counts = count_training(count)
    if counts is None:
        return 1
    words = table(*counts)
    model = {"source": "VNTC train_full (33,759 articles)", "min_lower": MIN_LOWER,
             "min_lower_share": MIN_LOWER_SHARE, "words": words}
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
