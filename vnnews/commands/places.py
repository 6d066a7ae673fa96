"""``vnnews places [FILE]``: provinces, districts and communes of a text, linked to the registry.

>>> import argparse, io, contextlib
>>> parser = argparse.ArgumentParser()
>>> add_arguments(parser)
>>> out = io.StringIO()
>>> with contextlib.redirect_stdout(out):
...     status = run(parser.parse_args(["--text", "xa Binh Dinh, huyen Kien Xuong"]))
>>> status
0
>>> out.getvalue().splitlines()[0].split(chr(9))
['0-12', 'COMMUNE', 'xa Binh Dinh', 'xã Bình Định', '13186', 'pre2025', '< huyện Kiến Xương, tỉnh Thái Bình', '→ xã Bình Định (Hưng Yên)']
"""

from __future__ import annotations

import argparse
import json

from ..entities.places import find_admin_units
from ._io import read_text_arg

NAME = "places"
HELP = "list the provinces, districts and communes of a text with codes, parents and successors"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", nargs="?", default="-", help="UTF-8 text file ('-' or absent: stdin)")
    parser.add_argument("--text", help="analyse this text instead of a file")
    parser.add_argument("--json", action="store_true", help="one JSON object per unit")


def run(args: argparse.Namespace) -> int:
    text = args.text if args.text is not None else read_text_arg(args.file)
    for entity in find_admin_units(text):
        if args.json:
            print(json.dumps(entity.to_dict(), ensure_ascii=False))
        else:
            print(_line(entity))
    return 0


def _line(entity) -> str:
    """One tab-separated line: span, label, text, unit, code, period, parents, successors."""
    parents = ", ".join(f"{p['admin_type']} {p['name']}" for p in entity.parents)
    successors = "; ".join(
        f"{s['admin_type']} {s['name']}" + (f" ({s['province']})" if s["level"] != "province" else "")
        for s in entity.attrs.get("successors", [])
    )
    fields = [
        f"{entity.start}-{entity.end}", entity.label, entity.text, entity.full_name, entity.code, entity.period,
        f"< {parents}" if parents else "",
        ("split → " if entity.attrs.get("split") else "→ ") + successors if successors else "",
    ]
    if entity.ambiguous:
        fields.append(f"ambiguous: {len(entity.candidates)} candidates")
    return "\t".join(fields).rstrip("\t")
