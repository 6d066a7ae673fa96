"""Legacy decoding accuracy of this checkout against another one, in one run.

Two measures on VNTC *test* articles (the test split is only measured, never tuned on):

- round trip: each article (first ``--articles``) encoded with ``vnnews.normalize.encode``
  in TCVN3, VNI and VIQR, decoded by ``normalize(..., legacy=ENCODING)``, compared word by
  word with the article (old tone style; articles with a Latin-1 character that is not a
  Vietnamese letter are left out, so both checkouts see the same ones);
- short lines: the first one and the first two words of each sentence of the first
  ``--line-articles`` articles, encoded in VNI or VIQR, as a line under a Unicode headline:
  how many are decoded right by ``normalize(text)`` (legacy="auto").

Each checkout runs in a fresh process importing its own ``vnnews``.

    mkdir -p /tmp/before && git archive COMMIT vnnews models | tar -x -C /tmp/before
    nice -n 10 env PYTHONPATH=. python benchmarks/normalize_legacy.py --other /tmp/before
"""

from __future__ import annotations

import gzip
import itertools
import json
import re
from pathlib import Path

from checkout_sides import ROOT, check_other, comparison_parser, run_side

HEADLINE = "Tin mới nhất từ Hà Nội\n"
_SENTENCE_END = re.compile(r"[.!?\n]+")
_WORD = re.compile(r"^\w+$")


def _test_texts(limit: int) -> list[str]:
    from vnnews.normalize import normalize
    from vnnews.resources import shared_data_dir

    data = shared_data_dir()
    if data is None:
        raise FileNotFoundError("../shared/data not found: set VNNEWS_DATA")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [normalize(json.loads(line)["text"], tone_style="old", legacy="none") for line in itertools.islice(lines, limit)]


def round_trip(texts: list[str]) -> dict[str, list[int]]:
    """{encoding: [wrong words, words]}."""
    from vnnews.normalize import encode, normalize
    from vnnews.normalize.alphabet import VIETNAMESE_LETTERS

    result = {}
    writable = [t for t in texts if not any(0x80 <= ord(c) <= 0xFF and c not in VIETNAMESE_LETTERS for c in t)]
    for encoding in ("tcvn3", "vni", "viqr"):
        wrong = words = 0
        for text in writable:
            decoded = normalize(encode(text, encoding), tone_style="old", legacy=encoding).split()
            expected = text.split()
            words += len(expected)
            wrong += sum(a != b for a, b in zip(decoded, expected)) + abs(len(decoded) - len(expected))
        result[encoding] = [wrong, words]
    return result


def short_lines(texts: list[str]) -> dict[str, list[int]]:
    """{"ENCODING, N words": [decoded right, lines]} for lines that encoding changes."""
    from vnnews.normalize import encode, normalize

    result = {}
    phrases = {1: [], 2: []}
    for text in texts:
        for sentence in _SENTENCE_END.split(text):
            words = sentence.split()
            for n in (1, 2):
                if len(words) >= n and all(_WORD.match(w) for w in words[:n]):
                    phrases[n].append(" ".join(words[:n]))
    for encoding in ("vni", "viqr"):
        for n, lines in phrases.items():
            right = total = 0
            for line in lines:
                legacy = encode(line, encoding)
                if legacy == line:
                    continue
                total += 1
                right += normalize(HEADLINE + legacy) == normalize(HEADLINE + line)
            result[f"{encoding}, {n} word{'s' * (n > 1)}"] = [right, total]
    return result


def _side(args) -> None:
    texts = _test_texts(max(args.articles, args.line_articles))
    print(json.dumps({"round trip": round_trip(texts[: args.articles]), "short lines": short_lines(texts[: args.line_articles])}))


def _run(checkout: Path, args) -> dict:
    return run_side(__file__, checkout, ["--articles", str(args.articles), "--line-articles", str(args.line_articles)])


def main() -> int:
    parser = comparison_parser(__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--line-articles", type=int, default=300)
    args = parser.parse_args()
    if args.side:
        _side(args)
        return 0
    other, this = _run(check_other(parser, args), args), _run(ROOT, args)
    print(f"round trip, first {args.articles} VNTC test articles: wrong words (share)")
    print("| encoding | other | this |\n|---|---|---|")
    for encoding, (wrong, words) in this["round trip"].items():
        before = other["round trip"][encoding][0]
        print(f"| {encoding} | {before} ({100 * before / words:.3f} %) | {wrong} ({100 * wrong / words:.3f} %) |")
    print(f"\nshort lines under a Unicode headline, first {args.line_articles} VNTC test articles: decoded right / lines")
    print("| line | other | this |\n|---|---|---|")
    for name, (right, total) in this["short lines"].items():
        before = other["short lines"][name][0]
        print(f"| {name} | {before} / {total} ({100 * before / total:.1f} %) | {right} / {total} ({100 * right / total:.1f} %) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
