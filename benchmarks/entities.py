"""Entity accuracy on the hand-annotated gold set, vs underthesea.ner, and entity-step speed.

Accuracy: exact-span precision/recall/F1 per label on ``benchmarks/data/entities_gold.jsonl``
(guideline: docs/entities_guideline.md); OFFICIAL+PERSON also as one person label; then
vnnews and ``underthesea.ner`` mapped to PER/LOC/ORG and scored the same way, in one run.
For that comparison both sides' spans are trimmed of leading lower-case words ("xã Bình
Định" → "Bình Định", "sông Hồng" → "Hồng") so that underthesea is not penalised for the
guideline's convention of keeping type words.

Speed: words/s (whitespace-separated) of the entity step (``EntityRecognizer.extract`` on
normalised text) and of ``extract_entities`` (normalisation included) over VNTC test
articles, and of ``underthesea.ner`` over a smaller slice of the same articles.

Run from the repository root (needs ../shared/data for the speed part):

    nice -n 10 env PYTHONPATH=. python benchmarks/entities.py [--articles 300] [--hold-out blind20 blind21] [--stacked off|fast|full]

The script scores the rules alone unless ``--stacked`` says otherwise, whatever the library's
default (``vnnews.stacked_option.DEFAULT_STACKED``): the stacked layers were trained on the seen
batches, so their honest figures are those of batches they never saw
(benchmarks/entities_stacked.md).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import time
from collections import Counter
from pathlib import Path

from vnnews.entities import EntityRecognizer, extract_entities, map_to_original
from vnnews.normalize import normalize, normalize_with_map
from vnnews.resources import shared_data_dir
from vnnews.stacked_option import STACKED_CHOICES as STACKED

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
GOLD = Path(__file__).resolve().parent / "data" / "entities_gold.jsonl"
LABELS = ["OFFICIAL", "PERSON", "PROVINCE", "DISTRICT", "COMMUNE", "ORGANIZATION", "LOCATION"]
COARSE = {"OFFICIAL": "PER", "PERSON": "PER", "PROVINCE": "LOC", "DISTRICT": "LOC",
          "COMMUNE": "LOC", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
FRESH = ("blind30", "blind31")
"""The newest batches, the lead's fresh test of the twenty-second stop: the stacked layers' builds
and their leave-one-batch-out never train on them (move them to the seen set by emptying this
only after they have been scored)."""
TARGETS = {"PROVINCE": 0.92, "DISTRICT": 0.92, "COMMUNE": 0.92, "OFFICIAL+PERSON": 0.88,
           "ORGANIZATION": 0.80}
BATCHES = {
    "vntc": "VNTC test, annotated before the rules (development)",
    "written": "hard cases written by the team (development)",
    "vntc-blind": "VNTC test, annotated after the first rules (blind)",
    "blind2": "VNTC test incl. world news, annotated before the second pass (blind)",
    "blind3": "VNTC test incl. culture/sport/health, annotated before the third pass (blind)",
    "blind4": "VNTC test, all ten topics, annotated before the fourth pass (blind)",
    "blind5": "VNTC test, all ten topics, annotated before the fifth pass (blind, by an annotator who never saw the output)",
    "blind6": "VNTC test, all ten topics, annotated before the sixth pass (blind, by an annotator who never saw the output)",
    "blind7": "VNTC test, all ten topics, annotated before the seventh pass (blind, by an annotator who never saw the output)",
    "blind8": "VNTC test, all ten topics, 240 sentences, annotated before the eighth pass (blind, by two annotators who never saw the output)",
    "blind9": "VNTC test, all ten topics, 240 sentences, annotated before the ninth pass (blind, by two annotators who never saw the output)",
    "blind10": "VNTC test, all ten topics, 240 sentences, annotated before the tenth pass (blind, by two annotators who never saw the output)",
    "blind11": "VNTC test, all ten topics, 240 sentences, annotated before the eleventh pass (blind, by two annotators who never saw the output)",
    "blind12": "VNTC test, all ten topics, 240 sentences, annotated before the twelfth pass (blind, by two annotators who never saw the output)",
    "blind13": "VNTC test, all ten topics, 240 sentences, annotated before the thirteenth pass (blind, by two annotators who never saw the output)",
    "blind14": "VNTC test, all ten topics, 240 sentences, annotated before the fourteenth passes (blind, by two annotators who never saw the output)",
    "blind15": "VNTC test, all ten topics, 240 sentences, annotated before the fourteenth passes (blind, by two annotators who never saw the output)",
    "blind16": "VNTC test, all ten topics, 240 sentences, annotated before the world-cities pass and the fifteenth passes (blind, by two annotators who never saw the output)",
    "blind17": "VNTC test, all ten topics, 240 sentences, annotated before the sixteenth passes (blind, by two annotators who never saw the output)",
    "blind18": "VNTC test, all ten topics, 240 sentences, annotated before the sixteenth passes (blind, by two annotators who never saw the output)",
    "blind19": "VNTC test, all ten topics, 240 sentences, annotated before the sixteenth passes (blind, by two annotators who never saw the output)",
    "blind20": "VNTC test, all ten topics, 240 sentences, annotated at the start of the seventeenth stop (blind, by two annotators who never saw the output)",
    "blind21": "VNTC test, all ten topics, 240 sentences, annotated at the start of the seventeenth stop (blind, by two annotators who never saw the output)",
    "blind22": "VNTC test, all ten topics, 240 sentences, annotated at the start of the eighteenth stop (blind, by two annotators who never saw the output)",
    "blind23": "VNTC test, all ten topics, 240 sentences, annotated at the start of the eighteenth stop (blind, by two annotators who never saw the output)",
    "blind24": "VNTC test, all ten topics, 240 sentences, annotated at the start of the nineteenth stop (blind, by two annotators who never saw the output)",
    "blind25": "VNTC test, all ten topics, 240 sentences, annotated at the start of the nineteenth stop (blind, by two annotators who never saw the output)",
    "blind26": "VNTC test, all ten topics, 240 sentences, annotated at the start of the twentieth stop (blind, by two annotators who never saw the output)",
    "blind27": "VNTC test, all ten topics, 240 sentences, annotated at the start of the twentieth stop (blind, by two annotators who never saw the output)",
    "blind28": "VNTC test, all ten topics, 240 sentences, annotated at the start of the twenty-first stop (blind, by two annotators who never saw the output)",
    "blind29": "VNTC test, all ten topics, 240 sentences, annotated at the start of the twenty-first stop (blind, by two annotators who never saw the output)",
}


def load_gold() -> list[dict]:
    return [json.loads(line) for line in GOLD.open(encoding="utf-8")]


def score(gold: set, predicted: set, label: str) -> tuple[int, int, int]:
    g = {s for s in gold if s[2] == label}
    p = {s for s in predicted if s[2] == label}
    return len(g & p), len(p - g), len(g - p)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def evaluate(rows: list[dict], predictions: list[set], labels: list[str], relabel=None) -> dict:
    totals = {label: Counter() for label in labels}
    for row, predicted in zip(rows, predictions):
        gold = {(e["start"], e["end"], e["label"]) for e in row["entities"]}
        if relabel:
            gold = relabel(row["text"], gold)
        for label in labels:
            tp, fp, fn = score(gold, predicted, label)
            totals[label].update(tp=tp, fp=fp, fn=fn)
    return {label: (*prf(c["tp"], c["fp"], c["fn"]), c["tp"] + c["fn"]) for label, c in totals.items()}


def as_person(spans: set) -> set:
    return {(s, e, "OFFICIAL+PERSON" if lab in {"OFFICIAL", "PERSON"} else lab) for s, e, lab in spans}


def core(text: str, spans: set) -> set:
    """Map to PER/LOC/ORG and trim leading lower-case words of each span."""
    out = set()
    for start, end, label in spans:
        while start < end and not text[start].isalnum():  # "- Ngọc Lễ", ", UBND ..."
            start += 1
        words = text[start:end].split(" ")
        while len(words) > 1 and words[0][:1].islower():
            start += len(words[0]) + 1
            words = words[1:]
        out.add((start, end, COARSE.get(label, label)))
    return out


def _extract_with_crf(text: str):
    normalized = normalize_with_map(text)
    return map_to_original(EntityRecognizer(use_crf=True).extract(normalized.text), normalized)


def underthesea_spans(text: str) -> set:
    from underthesea import ner

    spans, cursor, current = set(), 0, None
    for word, _pos, _chunk, tag in ner(text):
        start = text.find(word, cursor)
        if start < 0:
            continue
        end = cursor = start + len(word)
        kind = tag[2:] if tag != "O" else None
        if tag.startswith("I-") and current and current[2] == kind:
            current[1] = end
        else:
            if current:
                spans.add(tuple(current))
            current = [start, end, kind] if tag.startswith("B-") and kind in {"PER", "LOC", "ORG"} else None
    if current:
        spans.add(tuple(current))
    return spans


def print_table(title: str, results: dict, targets: dict | None = None) -> None:
    print(f"\n{title}\n| label | P | R | F1 | gold | target |\n|---|---|---|---|---|---|")
    for label, (p, r, f, n) in results.items():
        target = (targets or {}).get(label)
        mark = "" if target is None else f"≥ {target:.2f} {'✓' if f >= target else '✗'}"
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {n} | {mark} |")


def accuracy(rows: list[dict], title: str, stacked: bool | str = False) -> None:
    """Print the tables of one set of gold rows; ``stacked`` is ``extract_entities``'s option
    (default: the rules alone, whatever the library's default layer)."""
    ours = [{(e.start, e.end, e.label) for e in extract_entities(r["text"], stacked=stacked)} for r in rows]
    theirs = [underthesea_spans(r["text"]) for r in rows]
    print(f"\n## {title}: {len(rows)} sentences, {sum(len(r['entities']) for r in rows)} entities")
    print_table("vnnews, exact spans", evaluate(rows, ours, LABELS), TARGETS)
    merged = evaluate(rows, [as_person(p) for p in ours], ["OFFICIAL+PERSON"],
                      relabel=lambda _t, g: as_person(g))
    print_table("vnnews, OFFICIAL and PERSON as one label", merged, TARGETS)
    with_crf = [{(e.start, e.end, e.label) for e in _extract_with_crf(r["text"])} for r in rows]
    merged_crf = evaluate(rows, [as_person(p) for p in with_crf], ["OFFICIAL+PERSON"],
                          relabel=lambda _t, g: as_person(g))
    print_table("vnnews with EntityRecognizer(use_crf=True), OFFICIAL and PERSON as one label", merged_crf)
    ours_core = [core(r["text"], p) for r, p in zip(rows, ours)]
    coarse = ["PER", "LOC", "ORG"]
    ours_c = evaluate(rows, ours_core, coarse, relabel=core)
    theirs_c = evaluate(rows, theirs, coarse, relabel=core)
    print("\nPER/LOC/ORG (spans trimmed of leading lower-case words), same gold, one run")
    print("| label | vnnews P/R/F1 | underthesea.ner P/R/F1 | F1 difference (points) |\n|---|---|---|---|")
    for label in coarse:
        a, b = ours_c[label], theirs_c[label]
        print(f"| {label} | {a[0]:.3f} / {a[1]:.3f} / {a[2]:.3f} | {b[0]:.3f} / {b[1]:.3f} / {b[2]:.3f}"
              f" | {100 * (a[2] - b[2]):+.1f} |")


def corpus(n_articles: int) -> list[str]:
    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data is absent: the speed part needs VNTC articles")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in itertools.islice(handle, n_articles)]


def words_per_second(function, texts: list[str]) -> float:
    words = sum(len(t.split()) for t in texts)
    started = time.perf_counter()
    for text in texts:
        function(text)
    return words / (time.perf_counter() - started)


def speed(n_articles: int, stacked: bool | str = False) -> None:
    texts = corpus(n_articles)
    recognizer = EntityRecognizer(stacked=stacked)
    normalized = [normalize(t) for t in texts]
    recognizer.extract(normalized[0])  # load the gazetteer outside the timing
    from underthesea import ner

    ner("Hà Nội")
    step = words_per_second(recognizer.extract, normalized)
    whole = words_per_second(lambda text: extract_entities(text, stacked=stacked), texts)
    # underthesea.ner slows down sharply on long inputs: give it one sentence at a time
    sentences = [s for t in texts[: max(1, n_articles // 4)] for s in _SENTENCE.split(t) if s.strip()]
    peer = words_per_second(ner, sentences)
    words = sum(len(t.split()) for t in texts)
    print(f"\nspeed over {n_articles} VNTC test articles ({words} words)")
    print("| what | words/s | vs underthesea.ner |\n|---|---|---|")
    print(f"| vnnews entity step (EntityRecognizer.extract) | {step:,.0f} | {step / peer:.1f}x |")
    print(f"| vnnews extract_entities (with normalisation) | {whole:,.0f} | {whole / peer:.1f}x |")
    print(f"| underthesea.ner, sentence by sentence (first {max(1, n_articles // 4)} articles) | {peer:,.0f} | 1.0x |")
    print(f"target: entity step ≥ 20,000 words/s: {'✓' if step >= 20000 else '✗'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--batches", nargs="*", default=list(BATCHES),
                        help="gold batches to score on their own (default: all)")
    parser.add_argument("--hold-out", nargs="*", default=[],
                        help="batches left out of every table, the whole-set one included (fresh batches the lead scores)")
    parser.add_argument("--stacked", choices=list(STACKED), default="off",
                        help="the stacked layer (default off: the rules alone; the layers were trained on "
                             "the seen batches, so score them only on batches they never saw)")
    args = parser.parse_args()
    stacked = STACKED[args.stacked]
    print(f"stacked layer: {args.stacked}")
    rows = [r for r in load_gold() if r["batch"] not in args.hold_out]
    accuracy(rows, "Whole gold set", stacked)
    for batch, title in BATCHES.items():
        if batch in args.batches and batch not in args.hold_out:
            accuracy([r for r in rows if r["batch"] == batch], f"Batch {batch}: {title}", stacked)
    if not args.no_speed:
        speed(args.articles, stacked)


if __name__ == "__main__":
    main()
