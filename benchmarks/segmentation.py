"""Word segmentation accuracy and speed: each backend raw and through vnnews, one run.

Data: ../shared/data/ud_vi_vtb (dev and test), gold words from the CoNLL-U FORM column,
input text from each sentence's ``# text`` line. A word is scored as the span of
non-space characters it covers (so syllable splits and spaces cannot skew the match);
precision, recall and F1 are over those spans. Speed is gold words per second of
segmentation calls, best of ``--repeat`` timed passes, systems interleaved so machine
load hits them alike.

    nice -n 10 python benchmarks/segmentation.py            # from the repository root
    nice -n 10 python benchmarks/segmentation.py --styles   # also: F1 per tone style fed (dev)
"""

from __future__ import annotations

import argparse
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per system (best kept)")
    parser.add_argument("--styles", action="store_true", help="F1 on dev per tone style fed to each backend")
    args = parser.parse_args()
    data = shared_data_dir()
    if data is None:
        print("../shared/data is absent", file=sys.stderr)
        return 1
    splits = {name: read_conllu(data / "ud_vi_vtb" / f"vi_vtb-ud-{name}.conllu") for name in ("dev", "test")}
    systems = {
        "underthesea raw": raw_underthesea(),
        "underthesea via vnnews": through_vnnews("underthesea"),
        "pyvi raw": raw_pyvi(),
        "pyvi via vnnews": through_vnnews("pyvi"),
    }
    for system, _ in systems.values():
        system("Khởi động")  # load models outside the timing

    if args.styles:
        print("| backend fed | dev F1 |\n|---|---|")
        for base in (UndertheseaBackend(), PyviBackend()):
            for style in (None, "old", "new"):
                f1 = score(Segmenter(StyledBackend(base, style)).word_spans, None, splits["dev"])[2]
                print(f"| {base.name}, tone style {style or 'unchanged'} | {100 * f1:.2f} |")
        print()

    print("| split | system | P | R | F1 | words/s | F1 vs raw | words/s vs raw |")
    print("|---|---|---|---|---|---|---|---|")
    for split, sentences in splits.items():
        texts = [text for text, _ in sentences]
        n_words = sum(len(gold) for _, gold in sentences)
        best = {name: float("inf") for name in systems}
        for _ in range(args.repeat):
            for name, (system, _) in systems.items():
                best[name] = min(best[name], timed_pass(system, texts))
        results = {name: (*score(system, joiner, sentences), n_words / best[name]) for name, (system, joiner) in systems.items()}
        for name, (p, r, f1, wps) in results.items():
            raw = results[name.split()[0] + " raw"]
            print(
                f"| {split} | {name} | {100 * p:.2f} | {100 * r:.2f} | {100 * f1:.2f} | {wps:,.0f} "
                f"| {100 * (f1 - raw[2]):+.2f} | {wps / raw[3]:.2f} |"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
