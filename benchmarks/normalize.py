"""Throughput of vnnews.normalize vs underthesea.text_normalize on the same VNTC articles.

Run from the repository root (``../shared/data`` beside it, or set VNNEWS_DATA):

    nice -n 10 env PYTHONPATH=. python benchmarks/normalize.py --articles 5000

Prints MB/s (UTF-8 bytes of input per second) for each and the ratio. With ``--vnnews-only``
it times vnnews alone and prints its figures as one JSON line (``normalize_ab.py`` uses
this to compare two checkouts). vnnews'
per-word caches are cleared before its timed run, so it starts cold like underthesea.
Also reports how many characters differ between the two outputs (old tone style,
which is underthesea's), as a check that both did comparable work.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time

from vnnews.resources import shared_data_dir


def load_articles(count: int) -> list[str]:
    """The first ``count`` texts of ``vntc/test_full.jsonl.gz``."""
    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data not found; set VNNEWS_DATA")
    with gzip.open(data / "vntc" / "test_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        return [json.loads(line)["text"] for line in itertools.islice(lines, count)]


def throughput(function, texts: list[str], clock=time.perf_counter) -> tuple[float, float, list[str]]:
    """(MB/s, seconds, outputs) of ``function`` over ``texts``, timed by ``clock``."""
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    start = clock()
    outputs = [function(text) for text in texts]
    seconds = clock() - start
    return size / seconds, seconds, outputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--vnnews-only", action="store_true", help="skip underthesea; print vnnews' MB/s as JSON")
    parser.add_argument("--cpu-time", action="store_true", help="time by the process's CPU time (steadier on a busy machine)")
    args = parser.parse_args()
    clock = time.process_time if args.cpu_time else time.perf_counter

    from vnnews.normalize import normalize, normalize_with_map
    from vnnews.normalize.syllable import parse
    from vnnews.normalize.tones import place_tone

    texts = load_articles(args.articles)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    normalize(texts[0])
    results = {}
    if not args.vnnews_only:
        from underthesea import text_normalize

        print(f"{len(texts)} articles, {megabytes:.1f} MB of UTF-8 text")
        text_normalize(texts[0])  # load underthesea's tables before timing
        results["underthesea.text_normalize"] = throughput(text_normalize, texts, clock)
    for style in ("new", "old"):
        place_tone.cache_clear()
        parse.cache_clear()
        results[f"vnnews.normalize (tone_style={style})"] = throughput(
            lambda text, style=style: normalize(text, tone_style=style), texts, clock
        )
    place_tone.cache_clear()
    parse.cache_clear()
    results["vnnews.normalize_with_map (new, offsets)"] = throughput(normalize_with_map, texts, clock)
    if args.vnnews_only:
        print(json.dumps({name: speed for name, (speed, _, _) in results.items()}))
        return
    peer = results["underthesea.text_normalize"][0]
    for name, (speed, seconds, _) in results.items():
        print(f"{name:40s} {speed:7.2f} MB/s  {seconds:7.1f} s  {speed / peer:5.1f}x underthesea")

    ours = results["vnnews.normalize (tone_style=old)"][2]
    theirs = results["underthesea.text_normalize"][2]
    compared = differ = 0
    for a, b in zip(ours, theirs):
        # underthesea re-spaces punctuation: compare the non-space characters
        a, b = "".join(a.split()), "".join(b.split())
        if len(a) == len(b):
            compared += len(a)
            differ += sum(x != y for x, y in zip(a, b))
    print(f"old style vs underthesea: {differ} of {compared} non-space characters differ")

if __name__ == "__main__":
    main()
