"""How much article text survives vnnews's cleaning of scraped pages, and how much boilerplate leaks in.

The pages come from ``scraped_pages.py`` (seeded, VNTC **train** articles in site
layouts written there). Per kind of input (HTML bytes, plain-text scrapes) it reports
article-text recall and precision over words (bag of words, as CleanEval scores),
title and date found, errors and crashes, and the time cleaning takes; trafilatura alone
runs on the same pages in the same run; ``plain`` is the articles as they are (headline
and paragraphs, one a line), which cleaning must keep whole; and with ``--other DIR`` (another checkout, e.g.
``git archive main``) the same measurement runs on that checkout's vnnews too.

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/scraped.py --pages 400 --other /tmp/vnnews-main
"""

from __future__ import annotations

import collections
import json
import sys
import time
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkout_sides import ROOT, comparison_parser, run_side  # noqa: E402
from scraped_pages import build_pages, vntc_articles  # noqa: E402

_WORD = regex.compile(r"\w+")


def words(text: str) -> collections.Counter:
    return collections.Counter(_WORD.findall(text.lower()))


def same_line(a: str | None, b: str) -> bool:
    return a is not None and " ".join(a.split()) == " ".join(b.split())


def vnnews_article(cleaned) -> str:
    """The article text vnnews reports: title and body lines (older checkouts: the analysed region)."""
    parts = getattr(cleaned, "parts", None)
    if parts is not None:
        return "\n".join(cleaned.text[p["start"] : p["end"]] for p in parts if p["kind"] in ("title", "body"))
    start = getattr(cleaned, "article_start", 0)
    removed = [(c["start"], c["end"]) for c in cleaned.meta.get("captions", [])]
    removed += [(b["start"], b["end"]) for b in cleaned.boilerplate]
    keep = [ch if not any(s <= i < e for s, e in removed) else " " for i, ch in enumerate(cleaned.text[start : cleaned.article_end], start)]
    return "".join(keep)


def score(gold_pages, outputs) -> dict:
    """Word recall / precision summed over pages, title and date found, errors."""
    hit = gold_total = out_total = titles = dates = errors = crashes = 0
    for page, out in zip(gold_pages, outputs):
        gold = words("\n".join([page.headline, *page.paragraphs]))
        gold_total += sum(gold.values())
        if out.get("error"):
            errors += 1
            crashes += out["error"] == "crash"
            continue
        got = words(out["text"])
        out_total += sum(got.values())
        hit += sum((gold & got).values())
        titles += same_line(out.get("title"), page.headline)
        dates += (out.get("date") or "")[:10] == page.date
    n = len(gold_pages)
    return {"recall": hit / gold_total, "precision": hit / out_total if out_total else 0.0,
            "title": titles / n, "date": dates / n, "errors": errors, "crashes": crashes, "pages": n}


def run_vnnews(pages, kind: str) -> tuple[list[dict], float]:
    from vnnews.clean import clean
    from vnnews.errors import VnnewsError

    outputs, seconds = [], 0.0
    for page in pages:
        try:
            started = time.process_time()
            c = clean({"html": page.html_bytes, "text": page.text_page, "plain": page.plain}[kind])
            seconds += time.process_time() - started  # cleaning only, not the scoring below
            outputs.append({"text": vnnews_article(c), "title": c.meta.get("title"), "date": c.meta.get("date")})
        except VnnewsError as exc:
            outputs.append({"error": f"{type(exc).__name__}: {exc}"})
        except Exception as exc:  # noqa: BLE001 - counted as a crash
            outputs.append({"error": "crash", "detail": repr(exc)})
    return outputs, seconds


def run_trafilatura(pages, kind: str) -> tuple[list[dict], float]:
    """trafilatura alone: the page's bytes (HTML) or text; ``text_p`` gives it the lines as <p>."""
    import html as html_lib

    import trafilatura

    outputs, started = [], time.perf_counter()
    for page in pages:
        if kind == "html":
            source = page.html_bytes
        elif kind == "text":
            source = page.text_page
        else:
            source = "<html><body>" + "".join(f"<p>{html_lib.escape(x)}</p>" for x in page.text_page.splitlines()) + "</body></html>"
        try:
            doc = trafilatura.bare_extraction(source, with_metadata=True)
        except Exception as exc:  # noqa: BLE001 - counted as a crash
            outputs.append({"error": "crash", "detail": repr(exc)})
            continue
        if doc is None:
            outputs.append({"text": "", "title": None, "date": None})
            continue
        text = doc.text or ""
        if doc.title and not text.startswith(doc.title):
            text = doc.title + "\n" + text
        outputs.append({"text": text, "title": doc.title, "date": doc.date})
    return outputs, time.perf_counter() - started


def by_group(pages, outputs, key) -> dict[str, dict]:
    groups: dict[str, list[int]] = collections.defaultdict(list)
    for i, page in enumerate(pages):
        groups[key(page)].append(i)
    return {g: score([pages[i] for i in idx], [outputs[i] for i in idx]) for g, idx in sorted(groups.items())}


def measure_pipeline(pages, count: int, repeats: int) -> dict:
    """CPU seconds of the full Pipeline over ``count`` plain articles and scraped text pages,
    a digest of the plain articles' Documents without their ``meta`` (equal digests: the same
    sentences, tokens, entities and topics) and how many of them got a title."""
    import hashlib

    from vnnews import Pipeline

    nlp = Pipeline().load()
    result = {}
    for kind in ("plain", "text_page"):
        texts = [getattr(page, kind) for page in pages[:count]]
        result[kind] = float("inf")
        for _ in range(repeats):  # the best of ``repeats``: the machine is shared
            started = time.process_time()
            docs = [nlp(text) for text in texts]
            result[kind] = min(result[kind], time.process_time() - started)
        if kind == "plain":
            analysis = [{k: v for k, v in d.to_dict().items() if k != "meta"} for d in docs]
            result["plain_digest"] = hashlib.sha256(json.dumps(analysis, ensure_ascii=False, sort_keys=True).encode()).hexdigest()[:16]
            result["plain_titles"] = sum(1 for d in docs if d.meta.get("title"))
    return result


def measure(count: int, repeats: int, pipeline: int = 0) -> dict:
    """This checkout's vnnews on every kind of page: scores, per-group scores, seconds (best of ``repeats``)."""
    pages = load_pages(count)
    result = {}
    for kind in ("html", "text", "plain"):
        runs = [run_vnnews(pages, kind) for _ in range(repeats)]
        outputs = runs[0][0]
        result[kind] = score(pages, outputs)
        result[kind]["seconds"] = min(r[1] for r in runs)
        result[kind]["by_family"] = by_group(pages, outputs, lambda p: p.family)
        result[kind]["errors_seen"] = sorted({o["error"] + o.get("detail", "") for o in outputs if o.get("error")})[:5]
        if kind == "html":
            result[kind]["by_encoding"] = by_group(pages, outputs, lambda p: f"{p.encoding} / {p.declared or 'undeclared'}")
            result[kind]["by_layout"] = by_group(pages, outputs, lambda p: p.layout)
    if pipeline:
        result["pipeline"] = measure_pipeline(pages, pipeline, repeats)
    return result


def load_pages(count: int):
    from vnnews.resources import shared_data_dir

    data = shared_data_dir()
    if data is None:
        raise SystemExit("../shared/data is absent (set VNNEWS_DATA to the folder)")
    articles, others = vntc_articles(data / "vntc" / "train_full.jsonl.gz", count)
    return build_pages(articles, others)


def row(name: str, s: dict, base: dict | None = None) -> str:
    ratio = f" | {s['recall'] / base['recall']:.2f} / {s['precision'] / base['precision']:.2f}" if base and base["recall"] and base["precision"] else " | "
    return (f"| {name} | {s['recall']:.3f} | {s['precision']:.3f} | {s['title']:.3f} | {s['date']:.3f} | "
            f"{s['errors']} | {s['crashes']}{ratio} |")


def main() -> None:
    parser = comparison_parser(__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pipeline", type=int, default=0, help="also time the full Pipeline on this many articles")
    args = parser.parse_args()
    if args.side:
        print(json.dumps(measure(args.pages, args.repeats, args.pipeline), ensure_ascii=False))
        return
    arguments = ["--pages", str(args.pages), "--repeats", str(args.repeats), "--pipeline", str(args.pipeline)]
    here = run_side(__file__, ROOT, arguments)
    other = run_side(__file__, args.other.resolve(), arguments) if args.other else None
    pages = load_pages(args.pages)
    print(f"{len(pages)} pages ({args.pages // 2} per family); recall / precision over article words; ratios are vnnews / trafilatura")
    print("| kind | family | system | recall | precision | title | date | errors | crashes | ratio R / P |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for kind, peers in (("html", ("html",)), ("text", ("text", "text_p"))):
        peer_scores = {}
        for peer in peers:
            outputs, seconds = run_trafilatura(pages, peer)
            peer_scores[peer] = {"all": score(pages, outputs), **by_group(pages, outputs, lambda p: p.family)}
        for family in ("all", "seen", "fresh"):
            base = peer_scores[peers[-1]][family]
            here_s = here[kind] if family == "all" else here[kind]["by_family"][family]
            print(row(f"{kind} | {family} | vnnews (this checkout)", here_s, base))
            if other:
                other_s = other[kind] if family == "all" else other[kind]["by_family"][family]
                print(row(f"{kind} | {family} | vnnews ({args.other.name})", other_s, base))
            for peer in peers:
                label = {"html": "trafilatura.bare_extraction(bytes)", "text": "trafilatura on the text", "text_p": "trafilatura, lines as <p>"}[peer]
                print(row(f"{kind} | {family} | {label}", peer_scores[peer][family]))
    print()
    if args.pipeline:
        for kind in ("plain", "text_page"):
            line = f"Pipeline() on {args.pipeline} {kind} inputs, best of {args.repeats}: {here['pipeline'][kind]:.2f} CPU s"
            if other:
                line += f", {args.other.name} {other['pipeline'][kind]:.2f} CPU s, ratio this/other {here['pipeline'][kind] / other['pipeline'][kind]:.3f}"
            print(line)
        if other:
            same = here["pipeline"]["plain_digest"] == other["pipeline"]["plain_digest"]
            print(f"plain articles' sentences, tokens, entities, topics identical to {args.other.name}: {same}; "
                  f"titles found {here['pipeline']['plain_titles']} / {other['pipeline']['plain_titles']} of {args.pipeline}")
    for kind in ("html", "text", "plain"):
        line = f"{kind}: cleaning {here[kind]['seconds']:.2f} CPU s"
        if other:
            line += f", {args.other.name} {other[kind]['seconds']:.2f} CPU s, time ratio this/other {here[kind]['seconds'] / other[kind]['seconds']:.2f}"
        print(line)
    print()
    for name, side in (("this checkout", here), (args.other.name if other else "", other)):
        if not side:
            continue
        print(f"{name}, plain VNTC articles (headline and paragraphs, no site furniture): "
              f"recall {side['plain']['recall']:.4f}, precision {side['plain']['precision']:.4f}, title {side['plain']['title']:.3f}")
        print(f"{name}, html by encoding / declared charset, and by layout (recall / precision / title / date / errors):")
        for group, s in {**side["html"]["by_encoding"], **side["html"]["by_layout"]}.items():
            print(f"  {group}: {s['recall']:.3f} / {s['precision']:.3f} / {s['title']:.3f} / {s['date']:.3f} / {s['errors']} of {s['pages']}")
        for kind in ("html", "text"):
            for error in side[kind]["errors_seen"]:
                print(f"  {kind} error: {error[:200]}")


if __name__ == "__main__":
    main()
