"""How far a second, blind annotator agrees with the entity gold set: the human ceiling.

60 sentences of batch blind8 (``data/gold_candidates_9.jsonl``: the lines whose index i has
i % 8 in {0, 1}, half from each of the batch's two annotators) were annotated again by a third
annotator who saw neither the first annotations nor any system's output
(``data/gold_agree_9.tsv``, same guideline, same format). This script scores that second
annotation against the gold as if it were a system, next to vnnews on the same 60 sentences,
with exact spans per label and OFFICIAL+PERSON as one label.

Run from the repository root (no corpus needed):

    PYTHONPATH=. python benchmarks/entities_agreement.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "data"))

from build_gold import entity  # noqa: E402
from entities import LABELS, as_person, evaluate, print_table  # noqa: E402

from vnnews import extract_entities  # noqa: E402

CANDIDATES = HERE / "data" / "gold_candidates_9.jsonl"
FIRST = HERE / "data" / "gold_annotations_9.tsv"
SECOND = HERE / "data" / "gold_agree_9.tsv"


def in_sample(index: int) -> bool:
    """Whether a blind8 line is one of the 60 annotated twice.

    >>> [i for i in range(20) if in_sample(i)]
    [0, 1, 8, 9, 16, 17]
    """
    return index % 8 in (0, 1)


def read_spans(path: Path, texts: list[str]) -> dict[int, set]:
    """(start, end, label) spans per sentence index of one annotation file, sample lines only."""
    spans: dict[int, set] = {i: set() for i in range(len(texts)) if in_sample(i)}
    for line in path.open(encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        index, *fields = line.rstrip("\n").split("\t")
        if in_sample(int(index)):
            e = entity(texts[int(index)], *fields)
            spans[int(index)].add((e["start"], e["end"], e["label"]))
    return spans


def main() -> int:
    texts = [json.loads(line)["text"] for line in CANDIDATES.open(encoding="utf-8")]
    first, second = read_spans(FIRST, texts), read_spans(SECOND, texts)
    indices = sorted(first)
    rows = [{"text": texts[i], "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in first[i]]}
            for i in indices]
    systems = {
        "second annotator": [second[i] for i in indices],
        "vnnews": [{(e.start, e.end, e.label) for e in extract_entities(texts[i], stacked=False)} for i in indices],
    }
    print(f"{len(rows)} sentences, {sum(len(first[i]) for i in indices)} gold entities, "
          f"{sum(len(second[i]) for i in indices)} from the second annotator")
    for name, predictions in systems.items():
        print_table(f"{name} against the gold, exact spans", evaluate(rows, predictions, LABELS))
        print_table(f"{name}, OFFICIAL and PERSON as one label",
                    evaluate(rows, [as_person(p) for p in predictions], ["OFFICIAL+PERSON"],
                             relabel=lambda _text, gold: as_person(gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
