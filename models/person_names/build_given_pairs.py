"""Build ``given_pairs.json``: how often two capitalised syllables standing alone are a person.

From the VNTC *train* split only. For every run of exactly two capitalised syllables inside
a sentence that is not surname-led ("Minh Quân", "Lan Anh", "Việt Minh", "Thanh Hóa") nor
alone on its line (a byline) it counts the times it is written and, of those, the times an
honorific comes right before it ("anh Minh Quân", "chị Lan Anh"). A pair's own share tells a two-syllable given name from a
place or a body spelt with given names, which the shares of its syllables alone cannot
("Anh" alone is mostly the country; "Việt" and "Minh" are both names, "Việt Minh" is not).

Run from the repository root (1.5 minutes on a quiet machine; deterministic):

    nice -n 10 env PYTHONPATH=. python models/person_names/build_given_pairs.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from build_given_names import capitalised_runs, count_training  # this folder: the script's own
from vnnews.entities.persons import honorific_before, starts_person
from vnnews.entities.tokens import sentence_start

OUT = Path(__file__).resolve().parent / "given_pairs.json"
MIN_ALONE = 3  # a pair is kept when written at least this often


def count(texts) -> tuple[Counter, Counter]:
    alone, after_honorific = Counter(), Counter()
    for text, tokens, i, end in capitalised_runs(texts):
        if end - i == 2 and not starts_person(tokens, i) and not sentence_start(text, tokens[i]) \
                and not _alone_on_its_line(text, tokens[i].start, tokens[i + 1].end):
            pair = f"{tokens[i].text} {tokens[i + 1].text}"
            alone[pair] += 1
            if honorific_before(tokens, i):
                after_honorific[pair] += 1
    return alone, after_honorific


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """A byline ("\nPhương Thảo\n"): a person never written after an honorific there."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end < 0 else line_end].strip()


def main() -> int:
    counts = count_training(count)
    if counts is None:
        return 1
    alone, after_honorific = counts
    table = {pair: [n, after_honorific[pair]] for pair, n in sorted(alone.items()) if n >= MIN_ALONE}
    model = {"source": "VNTC train_full (33,759 articles)", "min_alone": MIN_ALONE,
             "columns": ["alone", "after_honorific"], "pairs": table}
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
                   encoding="utf-8")
    print(f"{len(table)} pairs -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
