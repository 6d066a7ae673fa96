"""Build ``given_names.json``: how often a capitalised syllable standing alone is a person.

From the VNTC *train* split only. For every syllable seen as the last syllable of a
surname-led full name ("Nguyễn Văn Tòng" → "Tòng") it counts, among the times it stands
alone with a capital inside a sentence, how many come right after an honorific ("ông
Tòng", "chị Hoa"). That share tells a name ("Tòng", "Hiếu") from a word that is also a
name ("Nam" in "miền Nam", "Việt" in "người Việt"). The recognizer takes a lone
capitalised syllable for a person when the share is high enough (see MODEL_CARD.md).

Run from the repository root (about a minute on 2 cores):

    nice -n 10 env PYTHONPATH=. python models/person_names/build_given_names.py
"""

from __future__ import annotations

import gzip
import json
import sys
from collections import Counter
from pathlib import Path

from vnnews.entities.persons import honorific_before, is_name_syllable, starts_person
from vnnews.entities.tokens import sentence_start, syllables
from vnnews.normalize import normalize
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "given_names.json"
MIN_AS_GIVEN = 5  # seen at least this often ending a full name


def capitalised_runs(texts):
    """(text, tokens, i, end) for every run of linked capitalised name syllables of each
    normalised text (also used by build_given_pairs.py)."""
    for text in texts:
        text = normalize(text)
        tokens = syllables(text)
        i = 0
        while i < len(tokens):
            if not is_name_syllable(tokens[i]):
                i += 1
                continue
            end = i
            while end < len(tokens) and is_name_syllable(tokens[end]) and (end == i or tokens[end].linked):
                end += 1
            yield text, tokens, i, end
            i = end


def count(texts) -> tuple[Counter, Counter, Counter]:
    as_given, alone, after_honorific = Counter(), Counter(), Counter()
    for text, tokens, i, end in capitalised_runs(texts):
        if starts_person(tokens, i) and end - i <= 4:
            as_given[tokens[end - 1].text] += 1
        elif end - i == 1 and not sentence_start(text, tokens[i]):
            word = tokens[i].text
            alone[word] += 1
            if honorific_before(tokens, i):
                after_honorific[word] += 1
    return as_given, alone, after_honorific


def count_training(counter):
    """``counter(texts)`` over the VNTC train split, or None when ../shared/data is absent
    (also used by build_given_pairs.py)."""
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return None
    with gzip.open(data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        return counter(json.loads(line)["text"] for line in handle)


def main() -> int:
    counts = count_training(count)
    if counts is None:
        return 1
    as_given, alone, after_honorific = counts
    table = {
        word: {"as_given": n, "alone": alone[word], "after_honorific": after_honorific[word]}
        for word, n in sorted(as_given.items()) if n >= MIN_AS_GIVEN and alone[word]
    }
    model = {"source": "VNTC train_full (33,759 articles)", "min_as_given": MIN_AS_GIVEN,
             "syllables": table}
    OUT.write_text(json.dumps(model, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} syllables -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
