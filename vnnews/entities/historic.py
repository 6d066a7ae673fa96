"""Provinces abolished before the registry's pre-2025 snapshot ("Hà Tây", "Nghĩa Bình").

News from before 2008 names provinces the registry no longer holds. A small hand-made
table (``models/gazetteer/historic_provinces.json``, sources in the gazetteer's model
card) lists them with the provinces they became; a mention written with capitals (with
or without "tỉnh", with or without diacritics) is a PROVINCE whose ``period`` is
"historic" and whose ``successors`` name the registry provinces it became.

>>> e = find_historic_provinces("Công an tỉnh Hà Tây đã vào cuộc.")[0]
>>> e.text, e.name, e.attrs["until"], [s["name"] for s in e.attrs["successors"]]
('tỉnh Hà Tây', 'Hà Tây', 2008, ['Hà Nội'])
"""

from __future__ import annotations

import json

import regex

from ..document import Entity
from ..errors import ModelError, check_text
from ..resources import load_once, model_file
from ._fold import fold, spelt_as
from . import phrasebooks
from .gazetteer import load_gazetteer
from .tokens import syllables


@load_once
def historic_provinces() -> tuple[dict, ...]:
    """The table of abolished provinces, each with its registry successors (name, code).

    >>> next(p for p in historic_provinces() if p["name"] == "Nghĩa Bình")["until"]
    1989
    """
    try:
        rows = json.loads(model_file("gazetteer", "historic_provinces.json").read_text(encoding="utf-8"))["provinces"]
        gazetteer = load_gazetteer()
        return tuple({**row, "successors": tuple(_successor(gazetteer, name) for name in row["successors"])}
                     for row in rows)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ModelError(f"gazetteer/historic_provinces.json is unreadable: {exc}") from exc


def _successor(gazetteer, name: str) -> dict:
    unit = gazetteer.lookup(name, level="province", period="pre2025")[0]
    return {"name": unit.name, "code": unit.code, "type": unit.type}


@load_once
def _pattern() -> regex.Pattern:
    names = sorted({fold(p["name"]) for p in historic_provinces()}, key=len, reverse=True)
    alternatives = "|".join(regex.escape(n).replace(r"\ \-\ ", r"\s*-\s*") for n in names)
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?:(tinh)\s+)?({alternatives})(?![\p{{L}}\p{{N}}])")


def find_historic_provinces(text: str) -> list[Entity]:
    """PROVINCE entities for abolished provinces named in ``text`` (offsets into it).

    >>> [e.text for e in find_historic_provinces("Sinh ra ở Nghia Binh, lớn lên ở hà tây.")]
    ['Nghia Binh']
    """
    check_text(text, who="find_historic_provinces")
    folded = fold(text)
    if len(folded) != len(text):
        return []
    by_fold = {fold(p["name"]): p for p in historic_provinces()}
    found = []
    for match in _pattern().finditer(folded):
        name_start, end = match.span(2)
        written = text[name_start:end]
        row = by_fold.get(" ".join(match.group(2).replace("-", " - ").split()))
        if row is None or not all(w[0].isupper() for w in written.replace("-", " ").split()):
            continue
        if not spelt_as(written, row["name"]):
            continue  # written with other diacritics: another name
        if not match.group(1) and _ends_a_world_place(text, name_start):
            continue  # "Tổng công ty Hàng hải Việt Nam Hà Đức Bàng": "Nam" ends "Việt Nam"
        start = match.start() if match.group(1) else name_start
        found.append(Entity("PROVINCE", start, end, text[start:end], row["name"], {
            "admin_type": "tỉnh", "code": None, "period": "historic", "from": row["from"],
            "until": row["until"], "successors": [dict(s) for s in row["successors"]],
            "name_start": name_start, "ambiguous": False}))
    return found


_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}]*) +$")


def _ends_a_world_place(text: str, name_start: int) -> bool:
    """Whether the capitalised word before ``name_start`` and the name's first word are a
    country or a foreign place ("Việt Nam" in "Việt Nam Hà Đức Bàng").

    >>> t = "Hàng hải Việt Nam Hà Đức Bàng, Báo Nam Hà"
    >>> _ends_a_world_place(t, t.index("Nam Hà Đức")), _ends_a_world_place(t, t.index("Nam Hà", 30))
    (True, False)
    """
    before = _WORD_BEFORE.search(text, max(0, name_start - 20), name_start)
    if before is None:
        return False
    tokens = syllables(text[before.start():name_start + 40])
    hit = phrasebooks.WORLD_PLACES.match(tokens, 0)
    return hit is not None and hit[0] >= 2
