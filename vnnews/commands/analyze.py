"""``vnnews analyze FILE…``: analyse articles and print a readable summary (or ``--json``).

>>> import argparse
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> pipeline_options(parser.parse_args(["a.txt", "--no-topic"]))["topic"]
False
>>> pipeline_options(parser.parse_args(["a.txt", "--stacked", "off"]))["stacked"]
False
>>> pipeline_options(parser.parse_args(["a.txt", "--topic-model", "my_model"]))["topic_model"]
'my_model'
"""

from __future__ import annotations

import argparse
from collections import Counter

from ..document import Document
from ..pipeline import Pipeline
from ..stacked_option import STACKED_CHOICES
from ._io import read_bytes_arg

NAME = "analyze"
HELP = "analyse article files (text, scraped page, HTML; any encoding) and summarise them"

_SWITCHES = ("normalize", "sentences", "words", "entities", "topic")


def add_pipeline_arguments(parser: argparse.ArgumentParser) -> None:
    """Pipeline options shared by ``analyze`` and ``batch``."""
    for step in _SWITCHES:
        parser.add_argument(f"--no-{step}", action="store_true", help=f"switch the {step} step off")
    parser.add_argument("--restore-diacritics", choices=("auto", "always", "never"), default="auto")
    parser.add_argument("--backend", default="underthesea", help="word segmentation backend (underthesea, pyvi)")
    parser.add_argument("--tone-style", choices=("new", "old"), default="new")
    parser.add_argument("--input-format", choices=("auto", "text", "scraped", "html"), default="auto")
    parser.add_argument("--include-boilerplate", action="store_true", help="analyse site boilerplate too")
    parser.add_argument("--topic-model", metavar="DIR", help="the topic step's model: a folder written by "
                        "'vnnews train topics -o DIR' (default: the shipped VNTC model)")
    parser.add_argument("--stacked", choices=tuple(STACKED_CHOICES), help="the entity step's stacked CRF layer "
                        "(off: the rules alone; default: vnnews.stacked_option.DEFAULT_STACKED)")
    parser.add_argument("--max-length", type=int, metavar="N", help="longest text analysed, in characters "
                        "(default: 1,000,000; a longer one is an error)")


def pipeline_options(args: argparse.Namespace) -> dict:
    """Pipeline keyword options from parsed command-line arguments."""
    options = {step: not getattr(args, f"no_{step}") for step in _SWITCHES}
    options["restore_diacritics"] = {"auto": "auto", "always": True, "never": False}[args.restore_diacritics]
    options.update(
        backend=args.backend,
        tone_style=args.tone_style,
        input_format=args.input_format,
        include_boilerplate=args.include_boilerplate,
    )
    if getattr(args, "topic_model", None):
        options["topic_model"] = args.topic_model
    if getattr(args, "stacked", None):
        options["stacked"] = STACKED_CHOICES[args.stacked]
    if getattr(args, "max_length", None) is not None:
        options["max_length"] = args.max_length
    return options


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="article files ('-' for stdin)")
    parser.add_argument("--json", action="store_true", help="print each Document as JSON (one per line)")
    add_pipeline_arguments(parser)


def summarise(doc: Document, name: str) -> str:
    """A few readable lines about one analysed Document.

    >>> print(summarise(Document("Xin chào.", meta={"title": "Chào"}), "a.txt"))
    == a.txt
    title: Chào
    9 characters, 0 sentences, 0 words
    """
    lines = [f"== {name}"]
    for key in ("title", "author", "date"):
        if doc.meta.get(key):
            lines.append(f"{key}: {doc.meta[key]}")
    lines.append(f"{len(doc.text):,} characters, {len(doc.sentences)} sentences, {len(doc.tokens)} words")
    if doc.boilerplate:
        items = sum(len(b.get("items", [])) for b in doc.boilerplate)
        lines.append(f"boilerplate: {len(doc.boilerplate)} blocks, {items} headlines (not analysed)")
    if doc.topic is not None:
        gov = doc.topic.government_administration
        lines.append(
            f"topic: {doc.topic.display_name or doc.topic.label} ({doc.topic.score:.2f})"
            + ("" if gov is None else f"; government administration: {'yes' if gov else 'no'}")
        )
    if doc.entities:
        counts = Counter(e.label for e in doc.entities)
        lines.append("entities: " + ", ".join(f"{label} {n}" for label, n in sorted(counts.items())))
        for ent in doc.entities:
            extra = ent.attrs.get("code") or ", ".join(p.get("post", "") for p in ent.attrs.get("positions", []) or [])
            lines.append(f"  {ent.label:<12} {ent.text}" + (f"  [{extra}]" if extra else ""))
    for error in doc.errors:
        lines.append(f"error: {error}")
    return "\n".join(lines)



def run(args: argparse.Namespace) -> int:
    nlp = Pipeline(**pipeline_options(args)).load()
    for name in args.files:
        doc = nlp(read_bytes_arg(name))
        print(doc.to_json() if args.json else summarise(doc, name))
    return 0
