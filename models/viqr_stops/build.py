"""Build ``viqr_stops.json``: the words whose final VIQR "." or "?" is a tone mark at a break.

VIQR writes the dot-below tone as "." and the hook as "?", so "Thi." is "Thị" or "Thi" +
full stop, and "Tre?" is "Trẻ" or "Tre" + question mark. Inside a sentence the next
character decides (see ``vnnews.normalize.viqr``); at a break -- the end of a line, or a space
and then a capital, a digit, a bracket or a quote -- it does not. There the decoder takes the reading that Vietnamese
news text makes more likely, counted here from the VNTC *train* split only:

- ``toned``: the toned word ("Thị", "Trẻ") comes before a break with no punctuation
  after it ("Nguyễn Thị Minh", "Theo Tuổi Trẻ");
- ``punctuated``: the word without its tone ("Thi", "Tre") is followed by the punctuation
  the mark looks like ("kỳ thi. Năm", "... Tre?") in the same places.

A word is listed when ``toned > punctuated`` and ``toned >= MIN_TONED``. The case of the
first letter counts ("Thị" before a name, "thị" rarely); an upper-case word is looked up
in title case.

Run from the repository root (about a minute on 2 cores):

    nice -n 10 env PYTHONPATH=. python models/viqr_stops/build.py
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import regex

from vnnews.corpus import iter_records
from vnnews.normalize import normalize
from vnnews.normalize.alphabet import BASE_VOWELS, split_tone, with_tone
from vnnews.normalize.syllable import is_syllable
from vnnews.normalize.viqr_stops import CLOSING, stop_key
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "viqr_stops.json"
MIN_TONED = 3
#: A word, an optional "." or "?", then a break (``vnnews.normalize.viqr_stops.at_a_break``):
#: after any closing quotes or brackets, the end of a line, or spaces and no lower-case letter.
WORD_AT_A_BREAK = regex.compile(
    r"(?<!\w)(\w+)([.?]?)(?=[%s]*(?:[ \t]*(?:\r?\n|\Z)|[ \t]+[^\s\p{Ll}]))" % regex.escape(CLOSING)
)
MARK_TONE = {".": 5, "?": 3}


def count(texts) -> tuple[Counter, Counter]:
    """(toned, punctuated) counts, both keyed by the toned word."""
    toned, punctuated = Counter(), Counter()
    for text in texts:
        text = normalize(text, legacy="none")
        for match in WORD_AT_A_BREAK.finditer(text):
            word, mark = match.groups()
            if not is_syllable(word):
                continue
            base, tone = split_tone(word[-1])
            if not mark and tone in MARK_TONE.values():
                toned[stop_key(word)] += 1
            elif mark and base.lower() in BASE_VOWELS and not any(split_tone(c)[1] for c in word):
                punctuated[stop_key(word[:-1] + with_tone(base, MARK_TONE[mark]))] += 1
    return toned, punctuated


def main() -> int:
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    toned, punctuated = count(record.text for record in iter_records(data / "vntc" / "train_full.jsonl.gz"))
    words = {
        word: [toned[word], punctuated[word]]
        for word in sorted(toned)
        if toned[word] >= MIN_TONED and toned[word] > punctuated[word]
    }
    table = {
        "about": "VIQR words whose final '.' or '?' is a tone mark at a line end or before a capital; "
        "[toned, punctuated] counts from VNTC train_full (see MODEL_CARD.md)",
        "min_toned": MIN_TONED,
        "words": words,
    }
    OUT.write_text(one_word_a_line(table), encoding="utf-8")
    print(f"{len(words)} words (of {len(toned)} toned words seen at a break) -> {OUT.name}")
    return 0


def one_word_a_line(table: dict) -> str:
    """The table as JSON with one word a line (short, and readable in a diff)."""
    head = json.dumps({k: v for k, v in table.items() if k != "words"}, ensure_ascii=False)[:-1]
    words = ",\n".join(f"{json.dumps(w, ensure_ascii=False)}: {json.dumps(c)}" for w, c in table["words"].items())
    return head + ', "words": {\n' + words + "\n}}\n"


if __name__ == "__main__":
    raise SystemExit(main())
