"""Quickstart: analyse one Vietnamese news article and print what vnnews found.

    python examples/quickstart.py                # the built-in sample article
    python examples/quickstart.py article.txt    # your own article: text or HTML, any encoding
    python examples/quickstart.py article.txt --json doc.json   # also save the Document
"""

from __future__ import annotations

import argparse
from pathlib import Path

import vnnews
from vnnews.render_details import entity_details

SAMPLE = (
    "Bình Định: Ra mắt mô hình \"Chính quyền thân thiện vì nhân dân phục vụ\"\n"
    "Cán bộ, công chức xã Bình Định, huyện Kiến Xương ký cam kết thi đua thực hiện mô hình. "
    "Đồng chí Nguyễn Mạnh Hùng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Thái Bình dự hội nghị.\n"
    "Thu Thủy"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", help="article to analyse (default: a built-in sample)")
    parser.add_argument("--json", metavar="PATH", help="also write the Document as JSON here")
    args = parser.parse_args(argv)

    nlp = vnnews.load()  # every step on; models load once, offline
    doc = nlp(Path(args.file).read_bytes() if args.file else SAMPLE)

    print("title:    ", doc.meta.get("title"))
    if doc.topic:
        print("topic:    ", doc.topic.label, f"{doc.topic.score:.2f}")
        print("government administration:", doc.topic.government_administration,
              f"(score {doc.topic.government_administration_score:.2f})")
    print("sentences:", len(doc.sentences), " words:", len(doc.tokens))
    print("first words:", " | ".join(t.text for t in doc.tokens[:8]))
    for entity in doc.entities:  # offsets point into your own text
        print(f"  {entity.label:<12} {doc.text[entity.start:entity.end]!r} at {entity.start}-{entity.end}")
        for line in entity_details(entity).splitlines()[1:]:  # type, code, successors, positions...
            print(f"  {'':<12}   {line}")
    for error in doc.errors:
        print("error:", error)
    if args.json:
        Path(args.json).write_text(doc.to_json(indent=1), encoding="utf-8")
        print("wrote", args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
