"""Build ``truecase.json``: how each word is usually capitalised inside a sentence.

From the VNTC *train* split only (the test split is never read). Every syllable token
(:func:`vnnews.entities.tokens.syllables`' pattern, so "TP.HCM" is one token) that does not
open a sentence, a line or a quotation is counted under its lower-case key in the new
tone style, with the way it was written. Three tables come out:

- ``words``: keys whose most frequent writing is not all lower case ("nguyễn" → "Nguyễn",
  "ubnd" → "UBND", "tp.hcm" → "TP.HCM"), seen at least ``MIN_COUNT`` times;
- ``after``: "previous-word-as-written key" pairs whose most frequent writing of the key
  differs from what ``words`` says ("Nguyễn văn" → "Văn", "Phạm minh" → "Minh", "nền văn"
  → "văn");
- ``before``: "key next-key" pairs likewise for the first word ("bộ tư" → "Bộ");

each seen at least ``MIN_COUNT`` times with the neighbour on the same line.

:mod:`vnnews.entities.casing` uses them to recase a line written all in capitals or all in
lower case before the entity rules read it.

Run from the repository root (a few minutes on 2 busy cores):

    nice -n 10 env PYTHONPATH=. python models/truecase/build_truecase.py
"""

from __future__ import annotations

import gzip
import json
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from vnnews.entities.tokens import SENTENCE_MARKS, _SYLLABLE
from vnnews.normalize import convert_tone_style
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "truecase.json"
MIN_COUNT = 3  # a writing seen fewer times is not trusted
MIN_SHARE = 0.5  # the writing kept must be the most frequent and at least this share
MIN_PAIR_SHARE = 0.02  # words capitalised less often than this are lower case in any pair


def words_in(text: str):
    """(previous word as written, key, written, next key) for every syllable of ``text`` that does not
    open a sentence; a neighbour is None across punctuation or a line break."""
    text = unicodedata.normalize("NFC", text)
    styled = convert_tone_style(text, "new")
    lowered = styled.lower()
    if len(lowered) != len(text):
        return
    found = []  # (key, written, linked to the previous, opens a sentence)
    previous_end = -1
    for match in _SYLLABLE.finditer(styled):
        start, end = match.span()
        linked = previous_end >= 0 and text[previous_end:start].strip(" \t") == ""
        before = text[max(0, start - 3):start].rstrip(" \t\"“'‘(")
        opens = not before or before[-1] in SENTENCE_MARKS
        found.append((lowered[start:end], styled[start:end], linked, opens))
        previous_end = end
    for k, (key, written, linked, opens) in enumerate(found):
        if opens or not any(c.isalpha() for c in key):
            continue
        previous = found[k - 1][1] if linked and k else None  # as written: "Phạm minh" is not "vi phạm minh"
        after = found[k + 1][0] if k + 1 < len(found) and found[k + 1][2] else None
        yield previous, key, written, after


def count(texts) -> tuple[dict, dict, dict]:
    words: dict[str, Counter] = defaultdict(Counter)
    after: dict[str, Counter] = defaultdict(Counter)  # "previous-as-written key": writings of key
    before: dict[str, Counter] = defaultdict(Counter)  # "key next": writings of key
    for text in texts:
        for previous, key, written, following in words_in(text):
            words[key][written] += 1
            if written != key:  # capitalised: note the pairs
                if previous is not None:
                    after[f"{previous} {key}"][written] += 1
                if following is not None:
                    before[f"{key} {following}"][written] += 1
    return words, after, before


def most_frequent(forms: Counter, total: int) -> str | None:
    form, n = forms.most_common(1)[0]
    return form if n >= MIN_COUNT and n / total >= MIN_SHARE else None


def pair_table(alone: dict, pairs: dict, pair_totals: Counter, position: int) -> dict:
    """Pairs whose usual writing of the word (``position`` 1: the second, 0: the first)
    differs from its writing alone."""
    together = {}
    for pair, forms in pairs.items():
        key = pair.split(" ", 1)[position]
        total = pair_totals[pair]
        if not total:  # a word almost never capitalised: lower case in any pair
            continue
        form = most_frequent(forms + Counter({key: total - sum(forms.values())}), total)
        if form is not None and form != alone.get(key, key):
            together[pair] = form
    for pair, total in pair_totals.items():  # lower case in this pair though capitalised alone
        key = pair.split(" ", 1)[position]
        if key in alone and pair not in together:
            capitalised = sum(pairs.get(pair, Counter()).values())
            if total >= MIN_COUNT and (total - capitalised) / total > MIN_SHARE:
                together[pair] = key
    return together


def capitalised_share(forms: Counter, key: str) -> float:
    total = sum(forms.values())
    capitalised = total - forms.get(key, 0)
    return capitalised / total if capitalised >= MIN_COUNT else 0.0


def pair_counts(texts, keys: set) -> tuple[Counter, Counter]:
    """How often each "previous key" and "key next" pair occurs (any writing), for the keys asked."""
    after: Counter = Counter()
    before: Counter = Counter()
    for text in texts:
        for previous, key, _, following in words_in(text):
            if key in keys:
                if previous is not None:
                    after[f"{previous} {key}"] += 1
                if following is not None:
                    before[f"{key} {following}"] += 1
    return after, before


def read_train(limit: int) -> list[str]:
    data = shared_data_dir()
    if data is None:
        sys.exit("../shared/data is absent")
    with gzip.open(data / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for _, line in zip(range(limit), lines)]


def main() -> None:
    texts = read_train(int(sys.argv[1]) if len(sys.argv) > 1 else 10**9)
    words, after, before = count(texts)
    alone = {}
    for key, forms in words.items():
        form = most_frequent(forms, sum(forms.values()))
        if form is not None and form != key:
            alone[key] = form
    keys = {key for key, forms in words.items() if capitalised_share(forms, key) >= MIN_PAIR_SHARE}
    after_totals, before_totals = pair_counts(texts, keys)
    model = {"about": "VNTC train, see MODEL_CARD.md", "min_count": MIN_COUNT,
             "words": dict(sorted(alone.items())),
             "after": dict(sorted(pair_table(alone, after, after_totals, 1).items())),
             "before": dict(sorted(pair_table(alone, before, before_totals, 0).items()))}
    OUT.write_text(json.dumps(model, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(texts)} articles: {len(model['words'])} words, {len(model['after'])} pairs after a word, "
          f"{len(model['before'])} before one -> {OUT.name}")


if __name__ == "__main__":
    main()
