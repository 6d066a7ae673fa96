"""Small team-written news snippets for running the examples (no corpus needed).

``examples/data/snippets.jsonl``: three topics, eight snippets each, written by the team
for the examples and their tests (not taken from any corpus).
"""

from __future__ import annotations

import json
from pathlib import Path

SNIPPETS_FILE = Path(__file__).resolve().parent.parent / "examples" / "data" / "snippets.jsonl"


def records() -> list[dict]:
    """Every snippet as a record ``{"id", "label", "text"}``, topics interleaved."""
    with open(SNIPPETS_FILE, encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def write_jsonl(path: Path, rows: list[dict] | None = None) -> Path:
    """Write ``rows`` (default: :func:`records`) as JSON lines; return the path."""
    with open(path, "w", encoding="utf-8") as out:
        for row in records() if rows is None else rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path
