"""Entities of gold sentences read inside their whole VNTC test article.

Every gold sentence drawn from VNTC test records its article (``article_id``) and where it
starts there (``article_offset``). :func:`in_article_spans` runs an extractor once per
article and keeps, for each sentence, the entities lying within the sentence's span, with
offsets into the sentence: the view of rules that use the rest of the text, as the Pipeline
reads news. Sentences without an article (the hand-written batch, the probe sets) are read
alone. An entity crossing the sentence's edge is left out (not found).

>>> from types import SimpleNamespace as E
>>> rows = [{"text": "Kim nói.", "article_id": "a", "article_offset": 11}, {"text": "Mưa."}]
>>> extract = lambda t: [E(start=k, end=k + 3, label="PERSON") for k in range(len(t)) if t.startswith("Kim", k)]
>>> in_article_spans(rows, extract, {"a": "Bà Kim đi. Kim nói."})
[[(0, 3, 'PERSON')], []]
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Callable, Iterable


def read_test_articles(ids: Iterable[str], path: Path) -> dict[str, str]:
    """The texts of the VNTC test articles ``ids`` (``test_full.jsonl.gz`` at ``path``)."""
    wanted = set(ids)
    found = {}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if article["id"] in wanted:
                found[article["id"]] = article["text"]
    return found


def in_article_spans(rows: list[dict], extract: Callable, articles: dict[str, str]) -> list[list[tuple]]:
    """(start, end, label) of each row's entities, read in its article when ``articles`` holds
    it, else in the sentence alone; offsets into the sentence."""
    by_article: dict[str, list] = {}
    spans = []
    for row in rows:
        text = articles.get(row.get("article_id"))
        if text is None:
            spans.append([(e.start, e.end, e.label) for e in extract(row["text"])])
            continue
        start = row["article_offset"]
        end = start + len(row["text"])
        if text[start:end] != row["text"]:
            raise ValueError(f"{row['article_id']}: the sentence is not at offset {start}")
        if row["article_id"] not in by_article:
            by_article[row["article_id"]] = extract(text)
        spans.append([(e.start - start, e.end - start, e.label) for e in by_article[row["article_id"]]
                      if start <= e.start and e.end <= end])
    return spans
