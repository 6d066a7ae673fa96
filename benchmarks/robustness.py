"""Time every public text function on 10 kB, 100 kB and 1 MB inputs of several shapes.

Super-linear work shows as a per-character time that grows with the input: the script
prints seconds per size and the ratio (time per character at the largest size) / (at
the size before it); about 1 is linear, 10 would be quadratic over a 10x size step.

    PYTHONPATH=. nice -n 10 python benchmarks/robustness.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import vnnews
from vnnews.restore import restore_diacritics
from vnnews.segment import Segmenter

ARTICLE = (Path(__file__).resolve().parent.parent / "examples" / "data" / "article.txt").read_text(encoding="utf-8")
NASTY = "Chủ tịch\ufeff UBND 中华 👨\u200d👩\u200d👧 مرحبا \x00\x07 <b>Hà Nội</b> \u202e Thái Bình. "


def shapes(size: int) -> dict[str, str]:
    """Inputs of ``size`` characters: news lines, one line, short lines, mixed scripts, no spaces."""
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "article lines": fill(ARTICLE + "\n"),
        "one line": fill(ARTICLE.replace("\n", " ") + " "),
        "short lines": fill("Hà Nội\n"),
        "mixed scripts": fill(NASTY),
        "no spaces": fill("Nguyễn"),
    }


def functions() -> dict[str, object]:
    segmenter = Segmenter()
    nlp = vnnews.Pipeline(input_format="text")
    return {
        "normalize": vnnews.normalize,
        "remove_diacritics": vnnews.remove_diacritics,
        "restore_diacritics": restore_diacritics,
        "sent_tokenize": vnnews.sent_tokenize,
        "word_spans": segmenter.word_spans,
        "extract_entities": vnnews.extract_entities,
        "classify": vnnews.classify,
        "Pipeline": nlp,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--only", nargs="*", help="function names to time (default: all)")
    args = parser.parse_args()
    funcs = functions()
    for name, func in funcs.items():
        if args.only and name not in args.only:
            continue
        func("Khởi động Hà Nội.")  # loading models is not what is timed
        for shape in shapes(args.sizes[0]):
            seconds = []
            for size in args.sizes:
                text = shapes(size)[shape]
                started = time.perf_counter()
                func(text)
                seconds.append(time.perf_counter() - started)
            per_char = [s / n for s, n in zip(seconds, args.sizes)]
            ratio = per_char[-1] / per_char[-2] if len(per_char) > 1 and per_char[-2] else float("nan")
            cells = "  ".join(f"{s:7.2f}" for s in seconds)
            print(f"{name:18} {shape:14} {cells}  per-char ratio {ratio:5.2f}", flush=True)


if __name__ == "__main__":
    main()
