"""Which sentences of VNTC training articles get other words between two checkouts?

The false-positive check of a word-segmentation change: the first ``--articles`` training
articles are normalised and split into words by this checkout and by another one (each in a
fresh process importing its own ``vnnews``), with ``--backend``; the script counts the
sentences whose words differ and tallies each change as (words before -> words after).

    mkdir -p /tmp/before && git archive COMMIT vnnews models | tar -x -C /tmp/before
    nice -n 10 env PYTHONPATH=. python benchmarks/segment_train_changes.py --other /tmp/before --backend pyvi
"""

from __future__ import annotations

import collections
import difflib
import json

from checkout_sides import ROOT, check_other, comparison_parser, run_side
from normalize_train_changes import training_texts


def _side(args) -> None:
    """In a fresh process: print the words of every sentence, sentence by sentence."""
    from vnnews.normalize import normalize
    from vnnews.segment import Segmenter

    segmenter = Segmenter(args.backend)
    out = []
    for text in training_texts(args.articles):
        text = normalize(text)
        for start, end in segmenter.sentence_spans(text):
            out.append(segmenter.words(text[start:end]))
    print(json.dumps(out, ensure_ascii=False))


def main() -> int:
    parser = comparison_parser(__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--backend", default="underthesea", choices=("underthesea", "pyvi"))
    parser.add_argument("--show", type=int, default=15, help="print this many most frequent changes")
    args = parser.parse_args()
    if args.side:
        _side(args)
        return 0
    arguments = ["--articles", str(args.articles), "--backend", args.backend]
    other = run_side(__file__, check_other(parser, args), arguments)
    this = run_side(__file__, ROOT, arguments)
    changes: collections.Counter = collections.Counter()
    changed = 0
    for before, after in zip(other, this):
        if before != after:
            changed += 1
            matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
            for op, i1, i2, j1, j2 in matcher.get_opcodes():
                if op != "equal":
                    changes[(" | ".join(before[i1:i2]), " | ".join(after[j1:j2]))] += 1
    print(f"{changed} of {len(this)} sentences change ({args.articles} training articles, {args.backend})")
    for (before, after), count in changes.most_common(args.show):
        print(f"{count:5d}  {before!r} -> {after!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
