"""Build ``body_fields.txt``: two-syllable words that name a body's field, mined from VNTC *train*.

A Vietnamese body's name capitalises only its first syllable, so its field often goes on in
lower case: "Quỹ Hỗ trợ phát triển", "Tổng công ty Tái bảo hiểm", "Cục Nghệ thuật biểu
diễn". Some of those words ("bảo hiểm", "phát triển", "biểu diễn") begin with a syllable
that usually starts a verb after a name ("bảo", "phát"), so the recogniser cut the name there.

Over the training split this script reads every organisation head ("Công ty", "Trung tâm",
"Quỹ", "Viện", "Cục", ...) followed by a run of words written as a name's words, each a
capitalised syllable and a lower-case one ("Trung tâm Kiểm định Chất lượng"), and counts
each such word. A word is kept when it was seen at least ``MIN_COUNT`` times and is a word
of underthesea's own dictionary (which drops pieces of places, "Tây Ban Nha và" → "nha
và"). The test split is never read.

Run from the repository root (under a minute; deterministic):

    nice -n 10 env PYTHONPATH=. python models/body_fields/build_body_fields.py
"""

from __future__ import annotations

import pickle  # noqa: S403 -- reads underthesea's own installed word list, at build time only
import unicodedata
from collections import Counter
from pathlib import Path

import regex
import underthesea

from vnnews.corpus import iter_records
from vnnews.entities import vocab
from vnnews.entities.tokens import lower_key
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "body_fields.txt"
MIN_COUNT = 3
_DICTIONARY = Path(underthesea.__file__).parent / "pipeline" / "word_tokenize" / "models" \
    / "ws_crf_vlsp2013_20230727" / "dictionary.bin"


def head_pattern() -> regex.Pattern:
    """Organisation heads written capitalised, then a run of "Xx yy" name words."""
    heads = sorted({h for h in vocab.ORG_HEADS_NAMED if " " in h or len(h) > 2}, key=len, reverse=True)
    alternatives = "|".join(regex.escape(h[0].upper() + h[1:]) for h in heads)
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternatives})((?: \p{{Lu}}\p{{Ll}}+ \p{{Ll}}+(?![\p{{L}}\p{{M}}]))+)")


def count_fields(texts) -> Counter:
    """Each "Xx yy" word of a name right after a head, in lower case.

    >>> count_fields(["Trung tâm Kiểm định Chất lượng cho biết"])["chất lượng"]
    1
    """
    pattern = head_pattern()
    counts: Counter = Counter()
    for text in texts:
        for match in pattern.finditer(unicodedata.normalize("NFC", text)):
            words = match.group(1).split()
            for a in range(0, len(words) - 1, 2):
                counts[lower_key(f"{words[a]} {words[a + 1]}")] += 1
    return counts


def dictionary_words() -> set[str]:
    with _DICTIONARY.open("rb") as handle:
        return {lower_key(word) for word in pickle.load(handle)}  # noqa: S301 (installed package data)


def main() -> None:
    path = shared_data_dir() / "vntc" / "train_full.jsonl.gz"
    counts = count_fields(record.text for record in iter_records(path))
    words = dictionary_words()
    kept = sorted(w for w, n in counts.items() if n >= MIN_COUNT and w in words)
    OUT.write_text("".join(f"{w}\t{counts[w]}\n" for w in kept), encoding="utf-8")
    print(f"{len(kept)} field words of {len(counts)} seen -> {OUT.name}")


if __name__ == "__main__":
    main()
