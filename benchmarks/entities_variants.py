"""Entity accuracy on real-world variants of the gold sentences: no diacritics, the other tone
style, NFD, ALL CAPS, all lower case, and documents mixing sentences with and without marks.

Each gold sentence of ``benchmarks/data/entities_gold.jsonl`` is transformed and its gold
spans are mapped through the transform (character by character, so offsets stay exact);
then the transformed text goes through

- ``vnnews.extract_entities`` (what a user calls on a string),
- the public ``vnnews.Pipeline`` (``input_format="text"``, no topic and no words: it
  normalises, restores diacritics in "auto" mode, splits sentences and maps entities back
  onto the input),
- ``underthesea.ner`` (PER/LOC/ORG, spans trimmed of leading lower-case words, as in
  ``benchmarks/entities.py``),

and is scored per label against the clean run of the same system, in one run.

Run from the repository root (about 10 minutes on a busy 2-core machine):

    nice -n 10 env PYTHONPATH=. python benchmarks/entities_variants.py > /tmp/variants.txt
"""

from __future__ import annotations

import argparse
import json
import time
import unicodedata
from typing import Callable

from entities import LABELS, as_person, core, evaluate, load_gold, underthesea_spans
from vnnews import Pipeline, extract_entities
from vnnews.normalize import convert_tone_style, remove_diacritics

Transform = Callable[[str], tuple[str, list[int]]]
MIXED_DOC = 10  # gold sentences per document of the "mixed" variant
FRESH_BATCHES = frozenset({"blind30", "blind31"})  # the twenty-second stop's fresh gold: never scored here


def same_length(function: Callable[[str], str]) -> Transform:
    """A transform that keeps every character in place (checked)."""

    def transform(text: str) -> tuple[str, list[int]]:
        out = function(text)
        if len(out) != len(text):
            raise ValueError(f"{function.__name__} changed the length of {text!r}")
        return out, list(range(len(text) + 1))

    return transform


def nfd(text: str) -> tuple[str, list[int]]:
    """NFD text and, for each position of ``text``, its position in the NFD text."""
    positions, pieces, at = [], [], 0
    for char in text:
        positions.append(at)
        piece = unicodedata.normalize("NFD", char)
        pieces.append(piece)
        at += len(piece)
    return "".join(pieces), positions + [at]


VARIANTS: dict[str, Transform] = {
    "clean": same_length(lambda t: t),
    "no diacritics": same_length(remove_diacritics),
    "tone hoà/thuý": same_length(lambda t: convert_tone_style(t, "new")),
    "tone hòa/thủy": same_length(lambda t: convert_tone_style(t, "old")),
    "NFD": nfd,
    "ALL CAPS": same_length(str.upper),
    "lower case": same_length(str.lower),
}


def gold_spans(row: dict, positions: list[int]) -> set:
    return {(positions[e["start"]], positions[e["end"]], e["label"]) for e in row["entities"]}


def transformed_rows(rows: list[dict], transform: Transform) -> list[dict]:
    """The rows with text and gold entities transformed; ``source`` keeps the clean text."""
    out = []
    for row in rows:
        text, positions = transform(row["text"])
        out.append({"text": text, "source": row["text"],
                    "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in gold_spans(row, positions)]})
    return out


def mixed_documents(rows: list[dict]) -> tuple[list[str], list[list[tuple[int, int]]], list[dict]]:
    """Documents of MIXED_DOC consecutive gold sentences, one per line, every second one
    without diacritics; each document's sentence spans; the rows as transformed."""
    documents, spans, out = [], [], []
    for first in range(0, len(rows), MIXED_DOC):
        lines, doc_spans, at = [], [], 0
        for k, row in enumerate(rows[first:first + MIXED_DOC]):
            text = remove_diacritics(row["text"]) if k % 2 else row["text"]
            lines.append(text)
            doc_spans.append((at, at + len(text)))
            at += len(text) + 1
            out.append({**row, "text": text, "source": row["text"]})
        documents.append("\n".join(lines))
        spans.append(doc_spans)
    return documents, spans, out


def by_sentence(entities: list[tuple[int, int, str]], doc_spans: list[tuple[int, int]]) -> list[set]:
    """Entity spans of a document moved to the sentence each starts in."""
    found: list[set] = [set() for _ in doc_spans]
    for start, end, label in entities:
        for k, (s, e) in enumerate(doc_spans):
            if s <= start < e + 1:
                found[k].add((start - s, end - s, label))
                break
    return found



def vnnews_systems(names: list[str]) -> dict[str, Callable[[str], set]]:
    nlp = Pipeline(input_format="text", topic=False, words=False) if "Pipeline" in names else None
    systems = {
        "extract_entities": lambda text: {(e.start, e.end, e.label) for e in extract_entities(text)},
        "Pipeline": lambda text: {(e.start, e.end, e.label) for e in nlp(text).entities},
    }
    return {name: systems[name] for name in names}


def dump(path: str, variant: str, rows: list[dict], predicted: dict[str, list[set]]) -> None:
    """Append one JSON line per row and system: the variant's text, gold and predicted spans."""
    with open(path, "a", encoding="utf-8") as handle:
        for system, spans in predicted.items():
            for k, (row, found) in enumerate(zip(rows, spans)):
                handle.write(json.dumps({"variant": variant, "system": system, "row": k, "text": row["text"],
                                         "gold": sorted((e["start"], e["end"], e["label"]) for e in row["entities"]),
                                         "found": sorted(found)}, ensure_ascii=False) + "\n")


def run_variant(name: str, rows: list[dict], systems: dict, peer: bool) -> tuple[list[dict], dict[str, list[set]]]:
    if name == "mixed":
        documents, spans, out = mixed_documents(rows)
        predicted = {}
        for system, extract in systems.items():
            predicted[system] = [s for doc, doc_spans in zip(documents, spans)
                                 for s in by_sentence(sorted(extract(doc)), doc_spans)]
    else:
        out = transformed_rows(rows, VARIANTS[name])
        predicted = {system: [extract(r["text"]) for r in out] for system, extract in systems.items()}
    if peer:
        predicted["underthesea.ner"] = [underthesea_spans(r["text"]) for r in out]
    return out, predicted


def scores(rows: list[dict], predicted: dict[str, list[set]]) -> dict[str, dict]:
    """Per system: label -> (P, R, F1, gold count); OFFICIAL+PERSON too; PER/LOC/ORG core."""
    result = {}
    for system, spans in predicted.items():
        if system == "underthesea.ner":
            result[system] = evaluate(rows, spans, ["PER", "LOC", "ORG"], relabel=core)
            continue
        table = evaluate(rows, spans, LABELS)
        table.update(evaluate(rows, [as_person(p) for p in spans], ["OFFICIAL+PERSON"],
                              relabel=lambda _t, g: as_person(g)))
        table.update({f"core {k}": v for k, v in evaluate(
            rows, [core(r["text"], p) for r, p in zip(rows, spans)], ["PER", "LOC", "ORG"], relabel=core).items()})
        result[system] = table
    return result


def print_summary(results: dict[str, dict[str, dict]]) -> None:
    """F1 per label (rows) and variant (columns), one table per system."""
    variants = list(results)
    for system in results["clean"]:
        labels = list(results["clean"][system])
        print(f"\n### {system}: F1 per variant (Δ vs clean in points)\n")
        print("| label | " + " | ".join(variants) + " |\n|---|" + "---|" * len(variants))
        for label in labels:
            clean = results["clean"][system][label][2]
            cells = [f"{clean:.3f}"] + [
                f"{results[v][system][label][2]:.3f} ({100 * (results[v][system][label][2] - clean):+.1f})"
                for v in variants[1:]]
            print(f"| {label} | " + " | ".join(cells) + " |")


def print_details(results: dict[str, dict[str, dict]]) -> None:
    for variant, by_system in results.items():
        if variant == "clean":
            continue
        for system, table in by_system.items():
            print(f"\n#### {variant}, {system}: P / R / F1 (clean run's in brackets)\n")
            print("| label | P | R | F1 | gold |\n|---|---|---|---|---|")
            for label, (p, r, f, n) in table.items():
                cp, cr, cf, _ = results["clean"][system][label]
                print(f"| {label} | {p:.3f} ({cp:.3f}) | {r:.3f} ({cr:.3f}) | {f:.3f} ({cf:.3f}) | {n} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", nargs="*", default=list(VARIANTS) + ["mixed"])
    parser.add_argument("--no-peer", action="store_true", help="skip underthesea.ner")
    parser.add_argument("--no-details", action="store_true", help="only the summary tables")
    parser.add_argument("--limit", type=int, default=0, help="only the first N gold sentences")
    parser.add_argument("--batches", nargs="*", help="only these gold batches (default: every seen batch)")
    parser.add_argument("--systems", nargs="*", default=["extract_entities", "Pipeline"])
    parser.add_argument("--dump", help="append every row's gold and predicted spans to this JSONL file")
    args = parser.parse_args()
    rows = [r for r in load_gold() if r["batch"] not in FRESH_BATCHES]
    rows = [r for r in rows if r["batch"] in args.batches] if args.batches else rows
    rows = [r for r in rows if unicodedata.is_normalized("NFC", r["text"])]  # transforms keep NFC lengths only
    rows = rows[:args.limit] if args.limit else rows
    systems = vnnews_systems(args.systems)
    results, seconds = {}, {}
    for name in ["clean"] + [v for v in args.variants if v != "clean"]:
        started = time.perf_counter()
        out, predicted = run_variant(name, rows, systems, not args.no_peer)
        results[name] = scores(out, predicted)
        if args.dump:
            dump(args.dump, name, out, predicted)
        seconds[name] = time.perf_counter() - started
    print(f"## {len(rows)} gold sentences, {sum(len(r['entities']) for r in rows)} entities; "
          f"seconds per variant: " + ", ".join(f"{k} {v:.0f}" for k, v in seconds.items()))
    print_summary(results)
    if not args.no_details:
        print_details(results)


if __name__ == "__main__":
    main()
