"""A new user's audit of the invariants (nineteenth stop): offsets, encodings, batches, threads, network, logging.

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/audit_user.py --articles 25

Prints one line per check. VNTC *training* articles only (every 1,500th line from line 7);
the HTML pages around them are written here (a news-site layout: menu, share bar, date line,
related headlines, footer).

- offsets: every sentence, token and entity of ``Pipeline`` and ``extract_entities`` slices
  the text the user passed in (and officials' position spans, ``name_start``), for the
  article as written, NFD, ALL CAPS, without diacritics, in the old tone style, as TCVN3 /
  VNI text, with zero-width spaces, CRLF line ends and site boilerplate around it;
- pages: the (label, name) pairs of the entities of the page, as bytes in UTF-8, UTF-16,
  Windows-1258, TCVN3 and VNI (declared or not; TCVN3 also declared Windows-1252), found
  among those of the plain article;
- pipe: ``nlp.pipe(items, n_process=2)`` on nasty items (None, numbers, NaN, lists, bytes,
  lone surrogates) gives the same JSON as one process, one Document each, that round-trips;
- threads / network / logging: first calls from eight threads at once in this process, no
  socket opened, the root logger left as it was.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import socket
import unicodedata
from concurrent.futures import ThreadPoolExecutor

import vnnews
from vnnews.normalize.cp1258 import encode_cp1258
from vnnews.normalize.legacy import encode
from vnnews.resources import shared_data_dir

CONNECTS: list = []


def _blocked(*args, **kwargs):
    CONNECTS.append(args)
    raise OSError("network blocked by the audit")


def articles(count: int) -> list[str]:
    path = shared_data_dir() / "vntc" / "train_full.jsonl.gz"
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 1500 == 7:
                out.append(json.loads(line)["text"])
            if len(out) == count:
                return out
    return out


def page(text: str, charset: str | None) -> str:
    title, _, body = text.partition("\n")
    meta = f'<meta charset="{charset}">' if charset else ""
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html><head>{meta}<title>{title} - Báo Tin Tức</title></head><body>"
            '<nav><a href="/">Trang chủ</a> | <a href="/a">Thời sự</a></nav><div>Chia sẻ Facebook</div>'
            f"<article><h1>{title}</h1><div>Thứ hai, 26/03/2025 18:31 GMT+7</div>{paragraphs}<p>Minh Anh</p></article>"
            '<aside><h3>Tin cùng chuyên mục</h3><a href="/b">Giá vàng tăng mạnh</a></aside>'
            "<footer>(c) 2025 Báo Tin Tức</footer></body></html>")


VARIANTS = {
    "as written": lambda t: t, "NFD": lambda t: unicodedata.normalize("NFD", t), "ALL CAPS": str.upper,
    "no diacritics": vnnews.remove_diacritics, "old tones": lambda t: vnnews.normalize(t, tone_style="old"),
    "TCVN3 text": lambda t: encode(t, "tcvn3"), "VNI text": lambda t: encode(t, "vni"),
    "zero-width": lambda t: t.replace(" ", " \u200b", 40), "CRLF": lambda t: t.replace("\n", "\r\n"),
    "boilerplate": lambda t: f"Trang chủ | Thời sự\nĐăng nhập\n{t}\nTin cùng chuyên mục\n- Giá vàng tăng 26.03.2025 | 18:31 PM",
}
PAGES = {
    "UTF-8": lambda t: page(t, "utf-8").encode(), "UTF-16": lambda t: page(t, None).encode("utf-16"),
    "Windows-1258": lambda t: encode_cp1258(page(t, "windows-1258")).encode("cp1252"),
    "Windows-1258 undeclared": lambda t: encode_cp1258(page(t, None)).encode("cp1252"),
    "TCVN3 undeclared": lambda t: encode(page(t, None), "tcvn3").encode("latin-1", "replace"),
    "TCVN3 as Windows-1252": lambda t: encode(page(t, "windows-1252"), "tcvn3").encode("latin-1", "replace"),
    "VNI undeclared": lambda t: encode(page(t, None), "vni").encode("cp1252", "replace"),
}


def offset_errors(doc: vnnews.Document) -> int:
    text, bad = doc.text, 0
    for span in [*doc.sentences, *doc.tokens, *doc.entities]:
        bad += text[span.start:span.end] != span.text
    for entity in doc.entities:
        bad += sum(text[p["start"]:p["end"]] != p["text"] for p in entity.attrs.get("positions") or [] if "start" in p)
        bad += not entity.start <= entity.attrs.get("name_start", entity.start) <= entity.end
    return bad


def check_threads(texts: list[str]) -> str:
    """Eight first calls at once (``extract_entities`` and ``classify``), against a later call."""

    def call(i: int) -> str:
        return repr((vnnews.extract_entities if i % 2 else vnnews.classify)(texts[i % len(texts)]))

    with ThreadPoolExecutor(8) as pool:
        futures = [pool.submit(call, i) for i in range(8)]
    errors = [f.exception() for f in futures if f.exception() is not None]
    unlike = sum(f.exception() is None and f.result() != call(i) for i, f in enumerate(futures))
    return f"threads: 8 first calls at once, errors {len(errors)}, results unlike a later call {unlike}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=25)
    args = parser.parse_args()
    socket.socket.connect = _blocked
    socket.create_connection = _blocked
    root_before = (list(logging.getLogger().handlers), logging.getLogger().level)
    texts = articles(args.articles)
    print(check_threads(texts))
    nlp = vnnews.load()
    for name, variant in VARIANTS.items():
        docs = [nlp(variant(t)) for t in texts]
        passed = sum(d.text == variant(t) for d, t in zip(docs, texts))
        bad = sum(offset_errors(d) for d in docs)
        direct = sum(variant(t)[e.start:e.end] != e.text for t in texts for e in vnnews.extract_entities(variant(t)))
        print(f"offsets {name}: {len(docs)} articles, doc.text is the input {passed}, "
              f"entities {sum(len(d.entities) for d in docs)}, spans not slicing the input {bad}, extract_entities {direct}")
    plain = [{(e.label, e.name) for e in nlp(t).entities} for t in texts]
    for name, make in PAGES.items():
        found = [{(e.label, e.name) for e in nlp(make(t)).entities} for t in texts]
        kept = sum(len(f & p) for f, p in zip(found, plain))
        print(f"pages {name}: entities of the article found {kept} / {sum(map(len, plain))}")
    items = [texts[0], None, 42, float("nan"), ["x"], "", texts[1].encode("utf-16"), "\ud800 Hà Nội",
             bytearray(texts[2][:300].encode()), unicodedata.normalize("NFD", texts[3]).upper()]
    one = [d.to_json() for d in nlp.pipe(items)]
    two = [d.to_json() for d in nlp.pipe(iter(items), n_process=2, batch_size=3)]
    trips = sum(vnnews.Document.from_json(j).to_json() == j for j in one)
    print(f"pipe: {len(items)} items, {len(one)} / {len(two)} Documents (1 / 2 processes), same JSON {one == two}, "
          f"JSON round trips {trips}")
    root_after = (list(logging.getLogger().handlers), logging.getLogger().level)
    print(f"network: connections tried {len(CONNECTS)}; root logger unchanged {root_before == root_after}")


if __name__ == "__main__":
    main()
