"""Draw the candidate sentences of the entity gold set from the VNTC *test* split.

Deterministic (seeded): 150 articles, 1 sentence each — 95 from "Chinh tri Xa hoi",
45 from "Phap luat", 10 from "Kinh doanh". A sentence qualifies when it is 50–280
characters long and has a capitalised word after its first word (so most carry at least
one name). The output is the *unannotated* list; annotations are written by hand
following docs/entities_guideline.md.

Run from the repository root:

    python benchmarks/data/select_gold_sentences.py > benchmarks/data/gold_candidates.jsonl

A second, smaller batch (40 sentences: 25/12/3) was drawn later with another seed, skipping
the articles of the first, and annotated *without* running the recognizer on it and without
looking at its output afterwards while changing rules — a blind check of the figures:

    python benchmarks/data/select_gold_sentences.py --batch 2 > benchmarks/data/gold_candidates_2.jsonl

A third batch ("blind2", 64 sentences: 22 politics-society, 14 law, 12 business, 16 world)
was drawn the same way, skipping the articles of both earlier batches, and annotated before
any rule of the second pass on entity quality was changed:

    python benchmarks/data/select_gold_sentences.py --batch 3 > benchmarks/data/gold_candidates_3.jsonl

A fourth batch ("blind3", 82 sentences: 18 politics-society, 12 law, 12 business, 12 world,
10 culture, 10 sport, 8 health), skipping the articles of the three earlier batches, was
annotated before the third pass on entity quality changed any rule:

    python benchmarks/data/select_gold_sentences.py --batch 4 > benchmarks/data/gold_candidates_4.jsonl

A fifth batch ("blind4", 80 sentences over all ten topics: 16 politics-society, 12 law,
12 business, 12 world, 6 culture, 6 sport, 4 each health, IT, science and life), skipping
the articles of the four earlier batches, was annotated before the fourth pass changed any
rule:

    python benchmarks/data/select_gold_sentences.py --batch 5 > benchmarks/data/gold_candidates_5.jsonl

A sixth batch ("blind5", 120 sentences over all ten topics: 24 politics-society, 16 law,
18 business, 16 world, 10 culture, 10 sport, 8 health, 6 each IT, science and life), skipping
the articles of the five earlier batches, was annotated by an annotator who had not seen the
recognizer's output, before the fifth pass changed any rule:

    python benchmarks/data/select_gold_sentences.py --batch 6 > benchmarks/data/gold_candidates_6.jsonl

A seventh batch ("blind6", 120 sentences, the quotas of blind5), skipping the articles of the
six earlier batches, was drawn and annotated by an annotator who had not seen the recognizer's
output, before the sixth pass on entity quality changed any rule:

    python benchmarks/data/select_gold_sentences.py --batch 7 > benchmarks/data/gold_candidates_7.jsonl

An eighth batch ("blind7", 120 sentences, the same quotas), skipping the articles of the seven
earlier batches, was drawn and annotated the same way before the seventh pass:

    python benchmarks/data/select_gold_sentences.py --batch 8 > benchmarks/data/gold_candidates_8.jsonl

A ninth batch ("blind8", 240 sentences, twice the same quotas, annotated by two annotators who
had not seen the output, 120 sentences each), skipping the articles of the eight earlier
batches, was drawn before the eighth pass:

    python benchmarks/data/select_gold_sentences.py --batch 9 > benchmarks/data/gold_candidates_9.jsonl

A tenth batch ("blind9", 240 sentences, the quotas of blind8, two annotators), skipping the
articles of the nine earlier batches, was drawn the same way before the ninth pass:

    python benchmarks/data/select_gold_sentences.py --batch 10 > benchmarks/data/gold_candidates_10.jsonl

An eleventh batch ("blind10", 240 sentences, the same quotas, two annotators), skipping the
articles of the ten earlier batches, was drawn the same way before the tenth pass:

    python benchmarks/data/select_gold_sentences.py --batch 11 > benchmarks/data/gold_candidates_11.jsonl

A twelfth batch ("blind11", 240 sentences, the same quotas, two annotators), skipping the
articles of the eleven earlier batches, was drawn the same way before the eleventh pass:

    python benchmarks/data/select_gold_sentences.py --batch 12 > benchmarks/data/gold_candidates_12.jsonl

A thirteenth batch ("blind12", 240 sentences, the same quotas, two annotators), skipping the
articles of the twelve earlier batches, was drawn the same way before the twelfth pass:

    python benchmarks/data/select_gold_sentences.py --batch 13 > benchmarks/data/gold_candidates_13.jsonl

A fourteenth batch ("blind13", 240 sentences, the same quotas, two annotators), skipping the
articles of the thirteen earlier batches, was drawn the same way before the thirteenth pass:

    python benchmarks/data/select_gold_sentences.py --batch 14 > benchmarks/data/gold_candidates_14.jsonl

A fifteenth and a sixteenth batch ("blind14", "blind15", 240 sentences each, the same quotas,
two annotators each), skipping the articles of all earlier batches, were drawn the same way
before the fourteenth passes:

    python benchmarks/data/select_gold_sentences.py --batch 15 > benchmarks/data/gold_candidates_15.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 16 > benchmarks/data/gold_candidates_16.jsonl

A seventeenth batch ("blind16", 240 sentences, the same quotas, two annotators), skipping the
articles of all earlier batches, was drawn the same way before the world-cities pass:

    python benchmarks/data/select_gold_sentences.py --batch 17 > benchmarks/data/gold_candidates_17.jsonl

An eighteenth batch ("blind17", 240 sentences, the same quotas, two annotators), skipping the
articles of all earlier batches, was drawn the same way before the sixteenth passes:

    python benchmarks/data/select_gold_sentences.py --batch 18 > benchmarks/data/gold_candidates_18.jsonl

A nineteenth and a twentieth batch ("blind18", "blind19", 240 sentences each, the same quotas,
two annotators each), skipping the articles of all earlier batches, were drawn the same way
before the sixteenth passes:

    python benchmarks/data/select_gold_sentences.py --batch 19 > benchmarks/data/gold_candidates_19.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 20 > benchmarks/data/gold_candidates_20.jsonl

A twenty-first and a twenty-second batch ("blind20", "blind21", 240 sentences each, the same
quotas, two annotators each), skipping the articles of all earlier batches, were drawn the same
way at the start of the seventeenth stop, before the stacked layer was retrained on blind17–19:

    python benchmarks/data/select_gold_sentences.py --batch 21 > benchmarks/data/gold_candidates_21.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 22 > benchmarks/data/gold_candidates_22.jsonl

A twenty-third and a twenty-fourth batch ("blind22", "blind23", 240 sentences each, the same
quotas, two annotators each), skipping the articles of all earlier batches, were drawn the same
way at the start of the eighteenth stop, before its passes:

    python benchmarks/data/select_gold_sentences.py --batch 23 > benchmarks/data/gold_candidates_23.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 24 > benchmarks/data/gold_candidates_24.jsonl

A twenty-fifth and a twenty-sixth batch ("blind24", "blind25", 240 sentences each, the same
quotas, two annotators each), skipping the articles of all earlier batches, were drawn the same
way at the start of the nineteenth stop, before its passes:

    python benchmarks/data/select_gold_sentences.py --batch 25 > benchmarks/data/gold_candidates_25.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 26 > benchmarks/data/gold_candidates_26.jsonl

A twenty-seventh and a twenty-eighth batch ("blind26", "blind27", 240 sentences each, the same
quotas, two annotators each), skipping the articles of all earlier batches, were drawn the same
way at the start of the twentieth stop, before its passes:

    python benchmarks/data/select_gold_sentences.py --batch 27 > benchmarks/data/gold_candidates_27.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 28 > benchmarks/data/gold_candidates_28.jsonl

A twenty-ninth and a thirtieth batch ("blind28", "blind29", 240 sentences each, the same quotas,
two annotators each), skipping the articles of all earlier batches, were drawn the same way at
the start of the twenty-first stop, before its passes:

    python benchmarks/data/select_gold_sentences.py --batch 29 > benchmarks/data/gold_candidates_29.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 30 > benchmarks/data/gold_candidates_30.jsonl

A thirty-first and a thirty-second batch ("blind30", "blind31", 240 sentences each, the same
quotas, two annotators each), skipping the articles of all earlier batches, were drawn the same
way at the start of the twenty-second stop, before its passes:

    python benchmarks/data/select_gold_sentences.py --batch 31 > benchmarks/data/gold_candidates_31.jsonl
    python benchmarks/data/select_gold_sentences.py --batch 32 > benchmarks/data/gold_candidates_32.jsonl
"""

from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

import regex

from build_gold import candidates_file  # this folder, beside this script
from vnnews.resources import shared_data_dir

QUOTAS = {1: {"Chinh tri Xa hoi": 95, "Phap luat": 45, "Kinh doanh": 10},
          2: {"Chinh tri Xa hoi": 25, "Phap luat": 12, "Kinh doanh": 3},
          3: {"Chinh tri Xa hoi": 22, "Phap luat": 14, "Kinh doanh": 12, "The gioi": 16},
          4: {"Chinh tri Xa hoi": 18, "Phap luat": 12, "Kinh doanh": 12, "The gioi": 12,
              "Van hoa": 10, "The thao": 10, "Suc khoe": 8},
          5: {"Chinh tri Xa hoi": 16, "Phap luat": 12, "Kinh doanh": 12, "The gioi": 12,
              "Van hoa": 6, "The thao": 6, "Suc khoe": 4, "Vi tinh": 4, "Khoa hoc": 4, "Doi song": 4},
          6: {"Chinh tri Xa hoi": 24, "Phap luat": 16, "Kinh doanh": 18, "The gioi": 16,
              "Van hoa": 10, "The thao": 10, "Suc khoe": 8, "Vi tinh": 6, "Khoa hoc": 6, "Doi song": 6}}
QUOTAS[7] = QUOTAS[8] = QUOTAS[6]
QUOTAS[9] = QUOTAS[10] = QUOTAS[11] = QUOTAS[12] = QUOTAS[13] = QUOTAS[14] = QUOTAS[15] = QUOTAS[16] = QUOTAS[17] = QUOTAS[18] = QUOTAS[19] = QUOTAS[20] = QUOTAS[21] = QUOTAS[22] = QUOTAS[23] = QUOTAS[24] = QUOTAS[25] = QUOTAS[26] = QUOTAS[27] = QUOTAS[28] = QUOTAS[29] = QUOTAS[30] = QUOTAS[31] = QUOTAS[32] = {label: 2 * quota for label, quota in QUOTAS[6].items()}
SEEDS = {1: 20261127, 2: 20261128, 3: 20261129, 4: 20261130, 5: 20261131, 6: 20261201, 7: 20261202, 8: 20261203, 9: 20261204, 10: 20261205, 11: 20261206, 12: 20261207, 13: 20261208, 14: 20261209, 15: 20261210, 16: 20261211, 17: 20261212, 18: 20261213, 19: 20261214, 20: 20261215, 21: 20261216, 22: 20261217, 23: 20261218, 24: 20261219, 25: 20261220, 26: 20261221, 27: 20261222, 28: 20261223, 29: 20261224, 30: 20261225, 31: 20261226, 32: 20261227}
_SENTENCE_END = regex.compile(r"(?<=[.!?…])\s+(?=[\p{Lu}\"“])|\n+")
_INNER_CAPITAL = regex.compile(r"\s\p{Lu}\p{Ll}")


def sentence_spans(text: str):
    """(start, end) of rough sentences in ``text``."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def qualifies(sentence: str) -> bool:
    return 50 <= len(sentence) <= 280 and bool(_INNER_CAPITAL.search(sentence))


def main() -> int:
    batch = int(sys.argv[sys.argv.index("--batch") + 1]) if "--batch" in sys.argv else 1
    quota_by_label, seed = QUOTAS[batch], SEEDS[batch]
    here = Path(__file__).resolve().parent
    skip = {json.loads(line)["article_id"]
            for earlier in range(1, batch) for line in (here / candidates_file(earlier)).open(encoding="utf-8")}
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    by_label: dict[str, list[dict]] = {label: [] for label in quota_by_label}
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["label"] in by_label and record["id"] not in skip:
                by_label[record["label"]].append(record)
    rng = random.Random(seed)
    seen_text: set[str] = set()
    for label, quota in quota_by_label.items():
        articles = by_label[label]
        rng.shuffle(articles)
        taken = 0
        for article in articles:
            if taken == quota:
                break
            spans = [(s, e) for s, e in sentence_spans(article["text"])
                     if qualifies(article["text"][s:e].strip())]
            if not spans:
                continue
            start, end = rng.choice(spans)
            raw = article["text"][start:end]
            start += len(raw) - len(raw.lstrip())
            sentence = raw.strip()
            if sentence in seen_text:
                continue
            seen_text.add(sentence)
            taken += 1
            print(json.dumps({"article_id": article["id"], "label": label,
                              "article_offset": start, "text": sentence}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
