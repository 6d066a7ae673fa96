"""Sentence boundaries: vnnews against underthesea.sent_tokenize on the same paragraphs, one run.

Gold: UD Vietnamese-VTB (../shared/data/ud_vi_vtb), each sentence's ``# text``. VTB has no
document marks (``# sent_id`` is just ``dev-N`` / ``text-sN``, no ``# newdoc``), so running
paragraphs are fixed groups of ``--group`` (5) consecutive sentences joined by one space.
Two renderings of the same paragraphs are scored:

* ``tokenised``: ``# text`` as it is (spaces around every punctuation mark: "sai .");
* ``detokenised``: the marks glued back as news prints them ("sai.", "(CPC)", '"Tốt"'),
  LBKT/RBKT read as brackets; a straight quote opens or closes by its parity in the paragraph.

A boundary is the count of non-space characters before a sentence's end (so spaces cannot
skew the match); the paragraph's end is no boundary. Precision/recall/F1 are over
boundaries, "exact" is the share of paragraphs split exactly as the gold. Speed is gold
sentences per second of CPU time, the median of ``--rounds`` passes, the two systems
alternating within each round.

``--vntc N`` adds a second, harder set built from VNTC *train* articles (see
:func:`vntc_paragraphs`); ``--errors N`` prints N wrong paragraphs per system (use on dev);
``--other DIR`` times another checkout's ``vnnews/segment/sentences.py`` (e.g. main's,
made with ``git archive``) against this one, alternating in the same process.

    nice -n 10 python benchmarks/sentences.py --vntc 600 --other /tmp/main_checkout
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import random
import statistics
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vnnews.resources import shared_data_dir  # noqa: E402
from vnnews.segment.evaluate import read_conllu  # noqa: E402
from vnnews.segment.sentences import sentence_spans  # noqa: E402

_GLUE_LEFT = regex.compile(r" ([.,:;!?…)\]%]|\.\.\.)(?= |$)")
_GLUE_RIGHT = regex.compile(r"([(\[]) ")


def _quote_opens(words: list[str], i: int, inside: bool) -> bool:
    """Whether the straight quote ``words[i]`` opens: by its neighbours, else by parity."""
    before = words[i - 1] if i else ""
    after = words[i + 1] if i + 1 < len(words) else ""
    if not after or after in _MARKS:
        return False
    if not before or before in _MARKS - {"...", "…", ".", "!", "?"}:
        return True
    return not inside


_MARKS = {".", ",", ":", ";", "!", "?", "...", "…", ")", "(", "-"}


def detokenise(sentences: list[str]) -> list[str]:
    """Glue VTB's split-off punctuation back as news prints it.

    >>> detokenise(['Ông nói : " Tốt quá . "', 'Hết ( CPC ) .', 'Từ " đi chợ " là gì ?'])
    ['Ông nói: "Tốt quá."', 'Hết (CPC).', 'Từ "đi chợ" là gì?']
    """
    out = []
    for sentence in sentences:
        words, inside = sentence.split(" "), False
        for i, word in enumerate(words):
            if word == '"':
                inside = _quote_opens(words, i, inside)
                words[i] = "\x01" if inside else "\x02"  # opening / closing quote
        text = _GLUE_RIGHT.sub(r"\1", _GLUE_LEFT.sub(r"\1", " ".join(words)))
        text = text.replace("\x01 ", '"').replace("\x01", '"').replace(" \x02", '"').replace("\x02", '"')
        out.append(_GLUE_LEFT.sub(r"\1", text))
    return out


def vtb_paragraphs(split: str, group: int, tokenised: bool) -> list[list[str]]:
    """Gold sentences of ``split`` in fixed groups of ``group`` consecutive sentences."""
    path = shared_data_dir() / "ud_vi_vtb" / f"vi_vtb-ud-{split}.conllu"
    texts = [text.replace("LBKT", "(").replace("RBKT", ")") for text, _ in read_conllu(path)]
    groups = [texts[i : i + group] for i in range(0, len(texts), group)]
    return groups if tokenised else [detokenise(g) for g in groups]


# A line holds exactly one sentence when its only terminal mark followed by a space is at
# its very end: no ". " / "? " / "… " inside (where a boundary might or might not be).
_INNER_MARK = regex.compile(r"[.!?…][\"'”’»)\]]*\s")
_ENDS_WITH_MARK = regex.compile(r".*[.!?…][\"'”’»)\]]*", flags=regex.DOTALL)


def vntc_paragraphs(n: int, group: int = 5, seed: int = 20261127) -> list[list[str]]:
    """A harder set from VNTC train: ``n`` paragraphs of single-sentence lines, known by construction.

    From a seeded shuffle of the training articles, every line but the first (where VNTC
    glues the headline to the lead) that is one sentence for certain -- it ends with a
    terminal mark and holds no other terminal mark followed by a space -- is kept; runs of
    up to ``group`` such lines that are consecutive in one article are joined by one space.
    The boundaries are then known by construction; what makes the set hard is what real
    news puts around them (quotes, brackets, ellipses, numbers, URLs, lower case).
    """
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    random.Random(seed).shuffle(texts)
    paragraphs: list[list[str]] = []
    for text in texts:
        run: list[str] = []
        for line in [*text.splitlines()[1:], ""]:
            line = " ".join(line.split())
            if _ENDS_WITH_MARK.fullmatch(line) and not _INNER_MARK.search(line) and len(run) < group:
                run.append(line)
                continue
            if len(run) >= 2:
                paragraphs.append(run)
                if len(paragraphs) == n:
                    return paragraphs
            run = [line] if _ENDS_WITH_MARK.fullmatch(line) and not _INNER_MARK.search(line) else []
    return paragraphs


def _boundaries(text: str, ends: list[int]) -> set[int]:
    """Non-space characters before each end, the text's own end left out."""
    total = len("".join(text.split()))
    marks = {len("".join(text[:end].split())) for end in ends}
    return marks - {total, 0}


def gold_boundaries(sentences: list[str]) -> tuple[str, set[int]]:
    text = " ".join(sentences)
    ends, position = [], 0
    for sentence in sentences:
        position += len(sentence)
        ends.append(position)
        position += 1
    return text, _boundaries(text, ends)


def vnnews_ends(text: str, spans=sentence_spans) -> list[int]:
    return [end for _, end in spans(text)]


def underthesea_ends(text: str) -> list[int]:
    from underthesea import sent_tokenize

    ends, position = [], 0
    for sentence in sent_tokenize(text):
        start = text.find(sentence, position)
        if start < 0:  # not a slice of the text: place it by its non-space characters
            start = position
        position = start + len(sentence)
        ends.append(position)
    return ends


def score(system, items) -> dict:
    tp = n_pred = n_gold = exact = 0
    wrong = []
    for text, gold in items:
        predicted = _boundaries(text, system(text))
        tp += len(predicted & gold)
        n_pred += len(predicted)
        n_gold += len(gold)
        exact += predicted == gold
        if predicted != gold:
            wrong.append((text, gold, predicted))
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"P": p, "R": r, "F1": f1, "exact": exact / len(items), "wrong": wrong}


def cpu_seconds(system, texts) -> float:
    start = time.process_time()
    for text in texts:
        system(text)
    return time.process_time() - start


def speeds(systems: dict, texts: list[str], rounds: int) -> dict[str, list[float]]:
    """CPU seconds per system per round, the systems alternating within each round."""
    times: dict[str, list[float]] = {name: [] for name in systems}
    for _ in range(rounds):
        for name, system in systems.items():
            times[name].append(cpu_seconds(system, texts))
    return times


def show_wrong(wrong, n: int) -> None:
    """Print ``n`` wrong paragraphs, each boundary marked: ‖ right, ⟦MISS⟧, ⟦EXTRA⟧."""
    for text, gold, predicted in wrong[:n]:
        out, seen = [], 0
        for ch in text:
            out.append(ch)
            seen += not ch.isspace()
            if not ch.isspace() and seen in gold | predicted:
                out.append("‖" if seen in gold & predicted else "⟦MISS⟧" if seen in gold else "⟦EXTRA⟧")
        print("   ", "".join(out))


def load_other(checkout: Path):
    """``sentence_spans`` of another checkout's ``vnnews/segment/sentences.py``."""
    spec = importlib.util.spec_from_file_location("other_sentences", checkout / "vnnews" / "segment" / "sentences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sentence_spans


def print_table(sets: dict, systems: dict, rounds: int, errors: int) -> None:
    """One row per set and system: boundary P/R/F1, exact paragraphs, speed against underthesea."""
    print("| set | paragraphs | sentences | system | P | R | F1 | exact | sentences/s | speed / underthesea |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, paragraphs in sets.items():
        items = [gold_boundaries(p) for p in paragraphs]
        n_sentences = sum(len(p) for p in paragraphs)
        times = speeds(systems, [text for text, _ in items], rounds)
        for system_name, system in systems.items():
            result = score(system, items)
            speed = n_sentences / statistics.median(times[system_name])
            ratio = statistics.median(u / v for u, v in zip(times["underthesea"], times[system_name]))
            print(f"| {name} | {len(items)} | {n_sentences} | {system_name} | {result['P']:.3f} | {result['R']:.3f} "
                  f"| {result['F1']:.3f} | {result['exact']:.3f} | {speed:,.0f} | {ratio:.2f}× |")
            if errors:
                print(f"<!-- {len(result['wrong'])} wrong; first {errors}:")
                show_wrong(result["wrong"], errors)
                print("-->")


def print_speed_against_other(sets: dict, other, rounds: int) -> None:
    """This checkout's sentence_spans against another's on every set, alternating, CPU time."""
    texts = [gold_boundaries(p)[0] for paragraphs in sets.values() for p in paragraphs]
    n_sentences = sum(len(p) for paragraphs in sets.values() for p in paragraphs)
    times = speeds({"other": other, "this": sentence_spans}, texts, rounds)
    ratios = [o / t for o, t in zip(times["other"], times["this"])]
    print(f"\nAll sets ({len(texts)} paragraphs, {n_sentences} sentences), {rounds} alternating rounds, CPU time:")
    print(f"other {n_sentences / statistics.median(times['other']):,.0f} sentences/s, "
          f"this {n_sentences / statistics.median(times['this']):,.0f} sentences/s, "
          f"speed this / other median {statistics.median(ratios):.3f} (range {min(ratios):.3f}–{max(ratios):.3f}), "
          f"best pass against best pass {min(times['other']) / min(times['this']):.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", type=int, default=5, help="VTB sentences per paragraph")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--vntc", type=int, default=0, help="paragraphs of the VNTC train set (0: skip)")
    parser.add_argument("--errors", type=int, default=0, help="wrong paragraphs to print per system and set")
    parser.add_argument("--splits", default="dev,test")
    parser.add_argument("--other", type=Path, help="another checkout to score and time against (its sentences.py)")
    args = parser.parse_args()
    if shared_data_dir() is None:
        raise SystemExit("../shared/data is absent")
    import underthesea  # noqa: F401  (import cost kept out of the timings)

    underthesea_ends("Chào. Tạm biệt.")
    sets = {}
    for split in args.splits.split(","):
        for tokenised in (False, True):
            sets[f"VTB {split} {'tokenised' if tokenised else 'detokenised'}"] = vtb_paragraphs(split, args.group, tokenised)
    if args.vntc:
        sets["VNTC train lines"] = vntc_paragraphs(args.vntc, args.group)
    systems = {"vnnews": vnnews_ends, "underthesea": underthesea_ends}
    if args.other:
        other = load_other(args.other.resolve())
        systems["vnnews, other checkout"] = lambda text: vnnews_ends(text, other)
    print_table(sets, systems, args.rounds, args.errors)
    if args.other:
        print_speed_against_other(sets, other, args.rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
