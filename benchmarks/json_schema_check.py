"""Validate the Documents of many VNTC training articles against the shipped JSON Schema.

    python benchmarks/json_schema_check.py --every 300 --limit 120 [--stacked fast]

Runs the default Pipeline (``vnnews.load()``) on every ``--every``-th article of the training
split (never the test split) and validates each Document with ``jsonschema`` against
``vnnews.json_schema()``. Prints the number of documents, entities per label, validation
errors (by path) and the ``attrs`` keys of each label the schema does not type (allowed, but
not fixed), so a new attribute shows up here before a user meets it.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import sys

import jsonschema

import vnnews
from vnnews.resources import shared_data_dir


def training_texts(every: int, limit: int) -> list[str]:
    texts = []
    with gzip.open(shared_data_dir() / "vntc" / "train_full.jsonl.gz", "rt", encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i % every == 0:
                texts.append(json.loads(line)["text"])
                if len(texts) == limit:
                    break
    return texts


def untyped_attrs(schema: dict, docs: list[dict]) -> dict[str, list[str]]:
    """label -> attrs keys met that the label's attrs definition does not name."""
    typed = {}
    for rule in schema["$defs"]["Entity"]["allOf"]:
        label = rule["if"]["properties"]["label"]["const"]
        name = rule["then"]["properties"]["attrs"]["$ref"].rsplit("/", 1)[1]
        typed[label] = set(schema["$defs"][name]["properties"])
    unknown = collections.defaultdict(set)
    for doc in docs:
        for ent in doc["entities"]:
            unknown[ent["label"]].update(set(ent.get("attrs", {})) - typed[ent["label"]])
    return {label: sorted(keys) for label, keys in sorted(unknown.items()) if keys}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=int, default=300, help="take every N-th training article")
    parser.add_argument("--limit", type=int, default=120, help="at most this many articles")
    parser.add_argument("--stacked", choices=("off", "fast", "full"), default="off", help="the entity step's stacked layer")
    args = parser.parse_args(argv)
    schema = vnnews.json_schema()
    validator = jsonschema.Draft202012Validator(schema)
    docs = [doc.to_dict() for doc in vnnews.load(stacked=False if args.stacked == "off" else args.stacked).pipe(training_texts(args.every, args.limit))]
    errors = collections.Counter(re.sub(r"\[\d+\]", "[]", e.json_path) for d in docs for e in validator.iter_errors(d))
    labels = collections.Counter(e["label"] for d in docs for e in d["entities"])
    print(json.dumps({"documents": len(docs), "entities": sum(labels.values()), "per_label": dict(labels.most_common()),
                      "validation_errors": dict(errors.most_common()), "untyped_attrs": untyped_attrs(schema, docs)},
                     ensure_ascii=False, indent=1))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
