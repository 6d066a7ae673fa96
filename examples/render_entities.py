"""Write an HTML page showing an article's entities, topic and government score.

    python examples/render_entities.py article.txt page.html

The page is self-contained (no network fetches): open it in any browser and hover an
entity for its details (admin type, code, successor unit after the 2025 reform,
positions of an official). ``vnnews render article.txt -o page.html`` does the same.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import vnnews
from vnnews.render import html


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("article", help="article file: text or HTML, any encoding vnnews decodes")
    parser.add_argument("page", help="HTML file to write")
    args = parser.parse_args(argv)

    doc = vnnews.load()(Path(args.article).read_bytes())
    Path(args.page).write_text(html(doc), encoding="utf-8")

    counts = Counter(entity.label for entity in doc.entities)
    print(f"wrote {args.page}: {len(doc.entities)} entities", dict(sorted(counts.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
