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

``tcvn3_neighbours.json`` holds the same counts by the word or punctuation mark right
before and after it (``neighbours_of``: "prev:nước", "next::"): a (word, neighbour) is
listed as a capital by the same rule, and, where it can overrule a capital neighbour on
the other side, as lower case when ``lower > MARGIN * capital`` and ``lower >= MIN_CAPITAL``.

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
from vnnews.normalize.tcvn3_capitals import context_of, neighbours_of, table_key
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "tcvn3_capitals.json"
NEIGHBOURS_OUT = OUT.with_name("tcvn3_neighbours.json")
MIN_CAPITAL = 3
MARGIN = 2.0
#: A word is a capital by its neighbours when their odds (naive Bayes) are above this
ODDS = 4.0
_WORD = re.compile(r"\w+")


def count(texts) -> tuple[Counter, Counter]:
    """Counts keyed by (table key, context, written as a capital), and by (table key,
    neighbour key, written as a capital)."""
    counts, neighbours = Counter(), Counter()
    for text in texts:
        text = normalize(text, legacy="none", tone_style="old")
        for match in _WORD.finditer(text):
            word = match.group()
            if not split_tone(word[0])[1] or len(word) > 1 and word.isupper():
                continue
            if _starts_sentence(text, match.start()):
                continue
            context = context_of(text, match.start(), match.end())
            key, capital = table_key(word), word[0].isupper()
            counts[key, context, capital] += 1
            for neighbour in neighbours_of(text, match.start(), match.end()):
                neighbours[key, neighbour, capital] += 1
    return counts, neighbours


def capital_contexts(counts: Counter, margin: float = MARGIN, min_capital: int = MIN_CAPITAL) -> dict:
    """{word: {context: [capital, lower]}} for the (word, context) pairs that are capitals."""
    table: dict[str, dict[str, list[int]]] = {}
    for (word, context, capital), n in sorted(counts.items()):
        lower = counts[word, context, False]
        if capital and n >= min_capital and n > margin * lower:
            table.setdefault(word, {})[context] = [n, lower]
    return table


def capital_neighbours(counts: Counter, margin: float = MARGIN, minimum: int = MIN_CAPITAL) -> dict:
    """{word: {neighbour: [capital, lower]}}: the neighbours that make a word a capital,
    and the single neighbours that make it lower case where they can overrule a capital
    neighbour on the other side (a pair is listed only as a capital)."""
    table: dict[str, dict[str, list[int]]] = {}
    for (word, neighbour, capital), n in sorted(counts.items()):
        lower = counts[word, neighbour, False]
        if capital and n >= minimum and n > margin * lower:
            table.setdefault(word, {})[neighbour] = [n, lower]
    for (word, neighbour, capital), n in sorted(counts.items()):
        upper = counts[word, neighbour, True]
        if capital or n < minimum or n <= margin * upper or neighbour.startswith("pair:"):
            continue
        other_side = "next:" if neighbour.startswith("prev:") else "prev:"
        if any(key.startswith(other_side) for key in table.get(word, ())):  # evidence it can overrule
            table[word][neighbour] = [upper, n]
    totals = Counter()
    for (word, neighbour, capital), n in counts.items():
        if word in table and neighbour.startswith("prev:"):
            totals[word, capital] += n
    for word in table:  # every time the word was seen (in a line with a word before it)
        table[word]["all"] = [totals[word, True], totals[word, False]]
    return {word: dict(sorted(keys.items())) for word, keys in sorted(table.items())}


def _readable(json_text: str) -> str:
    """The JSON with its non-ASCII letters written as themselves, not as \\u escapes."""
    return re.sub(r"\\u(00[a-f][0-9a-f]|0[1-9a-f][0-9a-f]{2}|[1-9a-f][0-9a-f]{3})", _unescape, json_text)


def _unescape(match: re.Match) -> str:
    char = chr(int(match.group(1), 16))
    return char if char.isalpha() else match.group()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="only the first N training articles")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--neighbours-out", type=Path, default=NEIGHBOURS_OUT)
    args = parser.parse_args()
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    records = iter_records(data / "vntc" / "train_full.jsonl.gz")
    counts, neighbour_counts = count(record.text for record in itertools.islice(records, args.articles))
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
    neighbours = capital_neighbours(neighbour_counts)
    neighbour_table = {
        "about": "TCVN3 words with a toned first vowel, inside a sentence: the word or mark right before "
        "(prev:) or after (next:) that makes them capitals (capital > margin x lower) or lower case; "
        "[capital, lower] counts from VNTC train_full (see MODEL_CARD.md)",
        "margin": MARGIN,
        "minimum": MIN_CAPITAL,
        "odds": ODDS,
        "words": neighbours,
    }
    args.neighbours_out.write_text(_readable(one_word_a_line(neighbour_table)), encoding="utf-8")
    print(f"{len(neighbours)} words with neighbours -> {args.neighbours_out}")
    seen = len({key[0] for key in counts})
    print(f"{len(words)} words (of {seen} seen with a toned first vowel) -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
