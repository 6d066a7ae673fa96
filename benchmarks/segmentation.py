"""Word segmentation accuracy and speed: each backend raw and through vnnews, one run.

Data: ../shared/data/ud_vi_vtb (dev and test), gold words from the CoNLL-U FORM column,
input text from each sentence's ``# text`` line. A word is scored as the span of
non-space characters it covers (so syllable splits and spaces cannot skew the match);
precision, recall and F1 are over those spans. Speed is gold words per second of
segmentation calls (CPU time of this process), best of ``--rounds`` passes; the speed
ratio is the median over rounds of raw time / vnnews time, raw and vnnews passes
alternating within each round so machine load and cache state weigh on both alike.

    nice -n 10 python benchmarks/segmentation.py            # from the repository root
    nice -n 10 python benchmarks/segmentation.py --styles   # also: F1 per tone style fed (dev)
    nice -n 10 python benchmarks/segmentation.py --ablation # also: dev F1 without the rules
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vnnews.resources import shared_data_dir  # noqa: E402
from vnnews.segment import PyviBackend, Segmenter, UndertheseaBackend  # noqa: E402
from vnnews.segment.evaluate import read_conllu, span_prf  # noqa: E402


def raw_underthesea():
    from underthesea import word_tokenize

    return word_tokenize, " "


def raw_pyvi():
    from pyvi import ViTokenizer

    return lambda text: ViTokenizer.tokenize(text).split(), "_"


def pyvi_one_pass():
    """pyvi with vnnews's one-pass CRF features but none of the wrapper (offsets, rules)."""
    from vnnews.segment.pyvi_crf import load_pyvi_tagger

    tokenize = load_pyvi_tagger()
    return lambda text: tokenize(text).split(), "_"


def through_vnnews(backend):
    return Segmenter(backend).word_spans, None


def score(system, joiner, sentences) -> tuple[float, float, float]:
    predicted = []
    for text, _ in sentences:
        output = system(text)
        predicted.append(output if joiner else [text[s:e] for s, e in output])
    return span_prf([gold for _, gold in sentences], predicted, joiner or " ")


def timed_pass(system, texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        system(text)
    return time.process_time() - start


class StyledBackend:
    """A named backend fed a chosen tone style (for --styles)."""

    def __init__(self, base, style):
        self.base, self.tone_style, self.joiner = base, style, base.joiner
        self.name = f"{base.name}[{style}]"

    def words(self, text):
        return self.base.words(text)


def speed(raw, via, texts: list[str], rounds: int) -> tuple[float, float, float]:
    """Best raw and via pass times (CPU seconds) and the median per-round speed ratio.

    Each round times one pass of each, alternating which goes first, so that machine
    load and cache state weigh on both alike.
    """
    raw_times, via_times = [], []
    for r in range(rounds):
        order = [(raw, raw_times), (via, via_times)]
        for system, times in order if r % 2 == 0 else reversed(order):
            times.append(timed_pass(system, texts))
    ratio = statistics.median(a / b for a, b in zip(raw_times, via_times))
    return min(raw_times), min(via_times), ratio


def ablation(sentences) -> str:
    """Dev F1 of each backend through vnnews, then without its rules (patched out)."""
    from unittest import mock

    no_rules = lambda text: []  # noqa: E731
    rows = ["| backend | vnnews | without the name rule | without name and number/URL/code rules |", "|---|---|---|---|"]
    for backend in ("underthesea", "pyvi"):
        full = score(Segmenter(backend).word_spans, None, sentences)[2]
        with mock.patch("vnnews.segment.segmenter.name_spans", no_rules):
            no_names = score(Segmenter(backend).word_spans, None, sentences)[2]
            with mock.patch("vnnews.segment.segmenter.protected_spans", no_rules):
                bare = score(Segmenter(backend).word_spans, None, sentences)[2]
        rows.append(f"| {backend} | {100 * full:.2f} | {100 * no_names:.2f} | {100 * bare:.2f} |")
    return "\n".join(rows) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6, help="timed rounds per backend and split")
    parser.add_argument("--styles", action="store_true", help="F1 on dev per tone style fed to each backend")
    parser.add_argument("--ablation", action="store_true", help="dev F1 without the name and number/URL rules")
    parser.add_argument(
        "--wrapper-cost",
        action="store_true",
        help="speed of pyvi through vnnews against pyvi with the same one-pass features and no wrapper",
    )
    args = parser.parse_args()
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    splits = {name: read_conllu(data / "ud_vi_vtb" / f"vi_vtb-ud-{name}.conllu") for name in ("dev", "test")}
    backends = {
        "underthesea": (raw_underthesea(), through_vnnews("underthesea")),
        "pyvi": (raw_pyvi(), through_vnnews("pyvi")),
    }
    for pair in backends.values():
        for system, _ in pair:
            system("Khởi động")  # load models outside the timing

    if args.styles:
        print("| backend fed | dev F1 |\n|---|---|")
        for base in (UndertheseaBackend(), PyviBackend()):
            for style in (None, "old", "new"):
                f1 = score(Segmenter(StyledBackend(base, style)).word_spans, None, splits["dev"])[2]
                print(f"| {base.name}, tone style {style or 'unchanged'} | {100 * f1:.2f} |")
        print()

    if args.ablation:
        print(ablation(splits["dev"]))

    if args.wrapper_cost:
        print("| split | pyvi, one-pass features, no wrapper: words/s | through vnnews: words/s | speed ratio |")
        print("|---|---|---|---|")
        bare = pyvi_one_pass()[0]
        for split, sentences in splits.items():
            texts = [text for text, _ in sentences]
            n_words = sum(len(gold) for _, gold in sentences)
            bare_time, via_time, ratio = speed(bare, backends["pyvi"][1][0], texts, args.rounds)
            print(f"| {split} | {n_words / bare_time:,.0f} | {n_words / via_time:,.0f} | {ratio:.2f} |")
        print()

    print("| split | backend | called | P | R | F1 | words/s (best pass) | F1 vs raw | speed vs raw (median of rounds) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for split, sentences in splits.items():
        texts = [text for text, _ in sentences]
        n_words = sum(len(gold) for _, gold in sentences)
        for backend, ((raw, raw_joiner), (via, via_joiner)) in backends.items():
            raw_time, via_time, ratio = speed(raw, via, texts, args.rounds)
            raw_prf = score(raw, raw_joiner, sentences)
            via_prf = score(via, via_joiner, sentences)
            for called, (p, r, f1), seconds in (("raw", raw_prf, raw_time), ("via vnnews", via_prf, via_time)):
                versus = "" if called == "raw" else f"{100 * (f1 - raw_prf[2]):+.2f}"
                speed_versus = "" if called == "raw" else f"{ratio:.2f}"
                print(
                    f"| {split} | {backend} | {called} | {100 * p:.2f} | {100 * r:.2f} | {100 * f1:.2f} "
                    f"| {n_words / seconds:,.0f} | {versus} | {speed_versus} |"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
