"""Turn the hand-written annotations into ``entities_gold.jsonl`` with character offsets.

Inputs (all written by hand, see docs/entities_guideline.md):
- ``gold_candidates.jsonl``: sentences drawn from the VNTC test split by
  ``select_gold_sentences.py`` (article id, offset of the sentence in the article);
- ``gold_annotations.tsv``: ``index<TAB>label<TAB>surface[<TAB>occurrence]`` for them;
- ``gold_written.txt``: hard cases written by the team, same annotation lines;
- ``gold_candidates_2.jsonl`` / ``gold_annotations_2.tsv``: a second VNTC batch annotated
  blind (batch "vntc-blind"), kept apart in the benchmark's report;
- ``gold_candidates_3.jsonl`` / ``gold_annotations_3.tsv``: a third VNTC batch (with world
  news) annotated before the second pass on entity rules (batch "blind2");
- ``gold_candidates_4.jsonl`` / ``gold_annotations_4.tsv``: a fourth VNTC batch (also culture,
  sport, health) annotated before the third pass on entity rules (batch "blind3");
- ``gold_candidates_5.jsonl`` / ``gold_annotations_5.tsv``: a fifth VNTC batch (all ten topics)
  annotated before the fourth pass on entity rules (batch "blind4");
- ``gold_candidates_6.jsonl`` / ``gold_annotations_6.tsv``: a sixth VNTC batch (all ten topics,
  120 sentences) annotated by an annotator who never saw the recognizer's output, before the
  fifth pass on entity rules (batch "blind5");
- ``gold_candidates_7.jsonl`` / ``gold_annotations_7.tsv``: a seventh VNTC batch (all ten
  topics, 120 sentences) annotated the same way before the sixth pass (batch "blind6");
- ``gold_candidates_8.jsonl`` / ``gold_annotations_8.tsv``: an eighth VNTC batch, the same way
  before the seventh pass (batch "blind7");
- ``gold_candidates_9.jsonl`` / ``gold_annotations_9.tsv``: a ninth VNTC batch (240 sentences,
  two annotators, half each), the same way before the eighth pass (batch "blind8");
- ``gold_candidates_10.jsonl`` / ``gold_annotations_10.tsv``: a tenth VNTC batch (240 sentences,
  two annotators, half each), the same way before the ninth pass (batch "blind9");
- ``gold_candidates_11.jsonl`` / ``gold_annotations_11.tsv``: an eleventh VNTC batch (240
  sentences, two annotators, half each), the same way before the tenth pass (batch "blind10");
- ``gold_candidates_12.jsonl`` / ``gold_annotations_12.tsv``: a twelfth VNTC batch (240
  sentences, two annotators, half each), the same way before the eleventh pass (batch "blind11");
- ``gold_candidates_13.jsonl`` / ``gold_annotations_13.tsv``: a thirteenth VNTC batch (240
  sentences, two annotators, half each), the same way before the twelfth pass (batch "blind12");
- ``gold_candidates_14.jsonl`` / ``gold_annotations_14.tsv``: a fourteenth VNTC batch (240
  sentences, two annotators, half each), the same way before the thirteenth pass (batch "blind13");
- batches 15 to 19 (``gold_candidates_15.jsonl`` … ``gold_candidates_19.jsonl`` and their
  ``gold_annotations_*.tsv``; "blind14" … "blind18") and 20 ("blind19"): the same way, 240
  sentences each, two annotators; blind17–blind19 were annotated before the sixteenth passes
  and scored before and after them (benchmarks/entities.md);
- batches 21 and 22 ("blind20", "blind21"): the same way, annotated at the start of the
  seventeenth stop, before the stacked layer was retrained on blind17–blind19;
- batches 23 and 24 ("blind22", "blind23"): the same way, annotated at the start of the
  eighteenth stop, before any of its passes.
- batches 25 and 26 ("blind24", "blind25"): the same way, annotated at the start of the
  nineteenth stop, before any of its passes.
- batches 27 and 28 ("blind26", "blind27"): the same way, annotated at the start of the
  twentieth stop, before any of its passes.
- batches 29 and 30 ("blind28", "blind29"): the same way, annotated at the start of the
  twenty-first stop, before any of its passes.
- batches 31 and 32 ("blind30", "blind31"): the same way, annotated at the start of the
  twenty-second stop, before any of its changes reached main.

A surface that is not found (or not found often enough) is an error, so a typo in the
annotation cannot slip through. Run from the repository root:

    python benchmarks/data/build_gold.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"OFFICIAL", "PERSON", "PROVINCE", "DISTRICT", "COMMUNE", "ORGANIZATION", "LOCATION"}


def locate(text: str, surface: str, occurrence: int) -> int:
    """Start of the ``occurrence``-th (1-based) appearance of ``surface`` in ``text``."""
    start = -1
    for _ in range(occurrence):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} (#{occurrence}) not in {text!r}")
    return start


def entity(text: str, label: str, surface: str, occurrence: str = "1") -> dict:
    if label not in LABELS:
        raise ValueError(f"unknown label {label!r}")
    start = locate(text, surface, int(occurrence))
    return {"start": start, "end": start + len(surface), "label": label, "text": surface}


def ordered(entities: list[dict]) -> list[dict]:
    return sorted(entities, key=lambda e: (e["start"], -e["end"], e["label"]))


def corpus_sentences(candidates: str, annotations: str, prefix: str, batch: str, folder: Path = HERE) -> list[dict]:
    rows = [json.loads(line) for line in (folder / candidates).open(encoding="utf-8")]
    for row in rows:
        row["entities"] = []
    for line in (folder / annotations).open(encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        index, *fields = line.rstrip("\n").split("\t")
        row = rows[int(index)]
        row["entities"].append(entity(row["text"], *fields))
    return [
        {"id": f"{prefix}-{i:03d}", "batch": batch, "article_id": row["article_id"], "topic": row["label"],
         "article_offset": row["article_offset"], "text": row["text"],
         "entities": ordered(row["entities"])}
        for i, row in enumerate(rows)
    ]


def written_sentences() -> list[dict]:
    rows: list[dict] = []
    for line in (HERE / "gold_written.txt").open(encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("= "):
            ident, text = line[2:].rstrip("\n").split(" ", 1)
            rows.append({"id": ident, "batch": "written", "article_id": None, "topic": None,
                         "article_offset": None, "text": text, "entities": []})
        else:
            rows[-1]["entities"].append(entity(rows[-1]["text"], *line.rstrip("\n").split("\t")))
    for row in rows:
        row["entities"] = ordered(row["entities"])
    return rows


CORPUS_BATCHES = ("vntc", "vntc-blind") + tuple(f"blind{n}" for n in range(2, 32))
"""Names of the VNTC batches in the order they were drawn. Batch ``n`` (from 1) lives in
:func:`candidates_file` and :func:`annotations_file` of ``n``; its sentence ids start with
``vntc<n>`` ("vntc" for the first)."""


def candidates_file(batch: int) -> str:
    """The candidate sentences of VNTC batch ``batch`` (no number for the first).

    >>> candidates_file(1), candidates_file(14)
    ('gold_candidates.jsonl', 'gold_candidates_14.jsonl')
    """
    return "gold_candidates.jsonl" if batch == 1 else f"gold_candidates_{batch}.jsonl"


def annotations_file(batch: int) -> str:
    """The hand annotations of VNTC batch ``batch`` (no number for the first)."""
    return "gold_annotations.tsv" if batch == 1 else f"gold_annotations_{batch}.tsv"


def main() -> int:
    out = HERE / "entities_gold.jsonl"
    rows = []
    for batch, name in enumerate(CORPUS_BATCHES, start=1):
        prefix = "vntc" if batch == 1 else f"vntc{batch}"
        rows += corpus_sentences(candidates_file(batch), annotations_file(batch), prefix, name)
        if batch == 1:
            rows += written_sentences()  # the team's hard cases follow the first batch
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} sentences, {sum(len(r['entities']) for r in rows)} entities -> {out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
