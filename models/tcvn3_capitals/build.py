"""Build ``tcvn3_capitals.json``: which words with a toned first vowel are capitals inside a
sentence, by context.

TCVN3 (ABC) has no code for a toned capital ("Ấ", "Ở", "Ý"): its fonts drew them from the
lower-case codes in a separate capital font, so decoded text has "ấn Độ" for "Ấn Độ". At a
sentence's start the decoder knows; inside a sentence it asks this table
(``vnnews.normalize.tcvn3_capitals``). Counted from the VNTC *train* split only: for each
word whose first letter is a toned vowel (in the old tone style: "Uỷ" counts as "Ủy"), not
at a sentence's start and not in an upper-case word, in each context -- whether the words
right before and after it are capitalised (``context_of``) --

- ``capital``: times it is written with a capital ("nước Ý", "Ấn Độ", "Lê Ánh"),
- ``lower``: times it is written in lower case ("ở Hà Nội", "ý kiến").

A (word, context) is listed when ``capital > MARGIN * lower`` and ``capital >= MIN_CAPITAL``.

Run from the repository root (about two minutes on 2 shared cores):

    nice -n 10 env PYTHONPATH=. python models/tcvn3_capitals/build.py [--articles N]

``--articles N`` counts only the first N training articles (for choosing the margin on
held-out training articles, see MODEL_CARD.md).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from models.viqr_stops.build import one_word_a_line
from vnnews.corpus import iter_records
from vnnews.normalize import normalize
from vnnews.normalize.alphabet import split_tone
from vnnews.normalize.tcvn3 import _starts_sentence
from vnnews.normalize.tcvn3_capitals import context_of, table_key
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "tcvn3_capitals.json"
MIN_CAPITAL = 3
MARGIN = 2.0
_WORD = re.compile(r"\w+")


def count(texts) -> Counter:
    """Counts keyed by (table key, context, written as a capital)."""
    counts = Counter()
    for text in texts:
        text = normalize(text, legacy="none", tone_style="old")
        for match in _WORD.finditer(text):
            word = match.group()
            if not split_tone(word[0])[1] or len(word) > 1 and word.isupper():
                continue
            if _starts_sentence(text, match.start()):
                continue
            context = context_of(text, match.start(), match.end())
            counts[table_key(word), context, word[0].isupper()] += 1
    return counts


def capital_contexts(counts: Counter, margin: float = MARGIN, min_capital: int = MIN_CAPITAL) -> dict:
    """{word: {context: [capital, lower]}} for the (word, context) pairs that are capitals."""
    table: dict[str, dict[str, list[int]]] = {}
    for (word, context, capital), n in sorted(counts.items()):
        lower = counts[word, context, False]
        if capital and n >= min_capital and n > margin * lower:
            table.setdefault(word, {})[context] = [n, lower]
    return table


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N training articles")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    records = iter_records(data / "vntc" / "train_full.jsonl.gz")
    counts = count(record.text for record in itertools.islice(records, args.articles))
    words = capital_contexts(counts)
    table = {
        "about": "TCVN3 words with a toned first vowel that are capitals inside a sentence, by context "
        "(capitalised neighbours: none, previous, next, both); [capital, lower] counts from VNTC "
        "train_full (see MODEL_CARD.md)",
        "margin": MARGIN,
        "min_capital": MIN_CAPITAL,
        "words": words,
    }
    args.out.write_text(one_word_a_line(table), encoding="utf-8")
    seen = len({key[0] for key in counts})
    print(f"{len(words)} words (of {seen} seen with a toned first vowel) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
