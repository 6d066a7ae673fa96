"""A user's audit of vnnews for corpus work (twenty-first stop): a text and its Document agree.

    VNNEWS_DATA=../shared/data PYTHONPATH=. nice -n 10 python benchmarks/audit_user21.py --articles 25

VNTC *training* articles only (every 1,500th line from line 11). Each article is read in five
spellings: as written, NFD, without diacritics, with Cyrillic look-alike letters, in the old
tone style. Prints one line per check, counting the (article, spelling) pairs where

- topic: ``vnnews.classify(text)`` differs from ``vnnews.load()(text).topic`` (label, government
  flag or a score by more than 1e-6);
- features: ``DocumentFeatures`` gives another row for the text than for its Document;
- words: ``WordAnalyzer()`` gives other words than for the article as written and normalised;
- json: the Document does not round-trip through JSON or fails its JSON Schema
  (``jsonschema`` needed);
- offsets: a sentence, token or entity does not slice the text passed in;
- threads: the first calls of ``classify`` (8 threads) and ``DocumentFeatures`` (4 threads)
  on 4 articles as written and without diacritics give what one call at a time gives.
"""

from __future__ import annotations

import argparse
import gzip
import json
import unicodedata

import vnnews
from vnnews.resources import shared_data_dir
from vnnews.sklearn import DocumentFeatures, WordAnalyzer

LOOK_ALIKES = str.maketrans({"a": "а", "o": "о", "e": "е", "c": "с", "p": "р", "x": "х", "H": "Н", "T": "Т"})


def articles(count: int) -> list[str]:
    out = []
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if number % 1500 == 11:
                out.append(json.loads(line)["text"])
            if len(out) == count:
                break
    return out


def spellings(text: str) -> dict[str, str]:
    return {
        "as written": text,
        "NFD": unicodedata.normalize("NFD", text),
        "no diacritics": vnnews.remove_diacritics(text),
        "look-alikes": text.translate(LOOK_ALIKES),
        "old tone style": vnnews.normalize(text, tone_style="old"),
    }


def feature_row(item) -> dict[str, float]:
    features = DocumentFeatures()
    matrix = features.fit_transform([item])
    return {name: round(float(value), 6) for name, value in zip(features.get_feature_names_out(), matrix.toarray()[0])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=25)
    args = parser.parse_args()
    try:
        import jsonschema
    except ImportError:
        jsonschema = None
    texts = articles(args.articles)
    threads_check(texts[:4])  # first: the models load under the threads
    nlp = vnnews.load()
    analyzer = WordAnalyzer()
    wrong = {"topic": [], "features": [], "words": [], "json": [], "offsets": []}
    for number, article in enumerate(texts):
        words = analyzer(vnnews.normalize(article))
        for kind, text in spellings(article).items():
            where = (number, kind)
            doc = nlp(text)
            topic = vnnews.classify(text)
            if (topic.label, topic.government_administration) != (doc.topic.label, doc.topic.government_administration) or any(
                abs(score - doc.topic.scores[label]) > 1e-6 for label, score in topic.scores.items()
            ):
                wrong["topic"].append(where)
            if feature_row(text) != feature_row(doc):
                wrong["features"].append(where)
            if kind != "no diacritics" and analyzer(text) != words:
                wrong["words"].append(where)
            js = doc.to_json()
            if vnnews.Document.from_json(js) != doc or (jsonschema and not _valid(jsonschema, json.loads(js))):
                wrong["json"].append(where)
            if any(doc.text[s.start : s.end] != s.text for s in doc.sentences + doc.tokens + doc.entities):
                wrong["offsets"].append(where)
    pairs = len(texts) * 5
    for check, found in wrong.items():
        kinds = sorted({kind for _, kind in found})
        print(f"{check}: {len(found)} of {pairs if check != 'words' else len(texts) * 4} differ {kinds if kinds else ''}")


def threads_check(texts: list[str]) -> None:
    """The first ``classify`` / ``DocumentFeatures`` calls of the process from 8 / 4 threads at
    once against the same calls one at a time."""
    from concurrent.futures import ThreadPoolExecutor

    items = [spelling for text in texts for spelling in (text, vnnews.remove_diacritics(text))]
    with ThreadPoolExecutor(8) as pool:
        topics = list(pool.map(lambda t: vnnews.classify(t).scores, items))
    with ThreadPoolExecutor(4) as pool:
        rows = list(pool.map(feature_row, items))
    differ = sum(t != vnnews.classify(x).scores for t, x in zip(topics, items))
    differ_rows = sum(r != feature_row(x) for r, x in zip(rows, items))
    print(f"threads: classify {differ} of {len(items)} differ, DocumentFeatures {differ_rows} of {len(items)} differ")


def _valid(jsonschema, data) -> bool:
    try:
        jsonschema.validate(data, vnnews.json_schema())
    except jsonschema.ValidationError:
        return False
    return True


if __name__ == "__main__":
    main()
