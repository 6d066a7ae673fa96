"""Districts abolished before the registry's pre-2025 snapshot ("quận 2", "huyện Từ Liêm").

News from before 2021 names districts the registry no longer holds: Hồ Chí Minh City's
quận 2 and quận 9 (merged into Thủ Đức in 2021), Hà Nội's huyện Từ Liêm (split in 2014).
A small hand-made table (``models/gazetteer/historic_districts.json``, sources in the
gazetteer's model card) lists them with the registry districts they became. A mention
needs its type word ("quận 2", "Q.9", "huyện Từ Liêm"; with or without diacritics), since
a bare "2" or "Từ Liêm" says nothing; it is a DISTRICT whose ``period`` is "historic".

>>> e = find_historic_districts("Dự án ở quận 2, TP.HCM chậm tiến độ.")[0]
>>> e.text, e.attrs["until"], [s["name"] for s in e.attrs["successors"]]
('quận 2', 2021, ['Thủ Đức'])
"""

from __future__ import annotations

import json

import regex

from ..document import Entity
from ..errors import ModelError, check_text
from ..resources import load_once, model_file
from ._fold import fold, spelt_as
from .gazetteer import load_gazetteer


@load_once
def historic_districts() -> tuple[dict, ...]:
    """The table of abolished districts, with their province and registry successors.

    >>> next(d for d in historic_districts() if d["name"] == "Từ Liêm")["province"]["name"]
    'Hà Nội'
    """
    try:
        rows = json.loads(model_file("gazetteer", "historic_districts.json").read_text(encoding="utf-8"))["districts"]
        return tuple(_resolved(row) for row in rows)
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise ModelError(f"gazetteer/historic_districts.json is unreadable: {exc}") from exc


def _resolved(row: dict) -> dict:
    gazetteer = load_gazetteer()
    province = gazetteer.lookup(row["province"], level="province", period="pre2025")[0]
    successors = []
    for name in row["successors"]:
        unit = next((u for u in gazetteer.lookup(name, level="district", period="pre2025")
                     if gazetteer.province_of(u).code == province.code), None)
        if unit is None:
            raise KeyError(f"successor {name!r} of {row['name']!r} is no district of {province.name}")
        successors.append({"name": unit.name, "code": unit.code, "admin_type": unit.type,
                           "level": "district", "province": province.name})
    return {**row, "province": {"name": province.name, "code": province.code, "admin_type": province.type},
            "successors": tuple(successors)}


# Folded type words, each with the spaces it takes; "Q.9", "Q. 9" and "Q9" only before a number.
_TYPE_WORDS = {"quận": r"quan\s*", "huyện": r"huyen\s*", "thị xã": r"thi\s+xa\s*"}
_SHORT_TYPE_WORDS = {"quận": r"q\.\s?|q"}
_FOLDED_TYPE_WORDS = tuple(fold(word) for word in _TYPE_WORDS)


@load_once
def _pattern() -> regex.Pattern:
    alternatives = []
    for index, row in enumerate(historic_districts()):
        type_words = _TYPE_WORDS[row["type"]]
        if row["name"].isdigit() and row["type"] in _SHORT_TYPE_WORDS:
            type_words += "|" + _SHORT_TYPE_WORDS[row["type"]]
        alternatives.append(rf"(?P<d{index}>(?:{type_words}){regex.escape(fold(row['name']))})")
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}.])(?:{'|'.join(alternatives)})(?![\p{{L}}\p{{N}}]|[.,]\d)")


def find_historic_districts(text: str) -> list[Entity]:
    """DISTRICT entities for abolished districts named in ``text`` (offsets into it).

    >>> [e.text for e in find_historic_districts("Người dân Q.9 và huyen Tu Liem; quận 20, quận 2,5 tỷ.")]
    ['Q.9', 'huyen Tu Liem']
    """
    check_text(text, who="find_historic_districts")
    folded = fold(text)
    if len(folded) != len(text):
        return []
    rows = historic_districts()
    found = []
    for match in _pattern().finditer(folded):
        row = rows[int(match.lastgroup[1:])]
        start, end = match.span()
        written = text[start:end]
        name_start = end - len(row["name"])
        if not row["name"].isdigit() and not _written_as(text[name_start:end], row["name"]):
            continue
        if folded.startswith(_FOLDED_TYPE_WORDS, start):
            type_word = text[start:start + len(row["type"])]
            if not spelt_as(type_word, row["type"]):
                continue  # "Quân 9", "huyền": another word
        elif text[start] != "Q":
            continue  # the short form is "Q.9", never "q.9"
        found.append(historic_district_entity(text, start, end, row, name_start))
    return found


def historic_district_entity(text: str, start: int, end: int, row: dict, name_start: int) -> Entity:
    """The DISTRICT entity of the abolished district ``row`` (of :func:`historic_districts`)
    written at ``text[start:end]``, its name from ``name_start``.

    >>> row = next(d for d in historic_districts() if d["name"] == "Từ Liêm")
    >>> e = historic_district_entity("ở Từ Liêm", 2, 9, row, 2)
    >>> e.text, e.attrs["period"], [s["name"] for s in e.attrs["successors"]]
    ('Từ Liêm', 'historic', ['Bắc Từ Liêm', 'Nam Từ Liêm'])
    """
    return Entity("DISTRICT", start, end, text[start:end], row["name"], {
        "admin_type": row["type"], "code": None, "full_name": f"{row['type']} {row['name']}",
        "parents": [{**row["province"], "level": "province"}], "period": "historic",
        "from": row["from"], "until": row["until"], "successors": [dict(s) for s in row["successors"]],
        "split": len(row["successors"]) > 1, "name_start": name_start, "ambiguous": False})


def _written_as(written: str, name: str) -> bool:
    """Capitalised, and either without diacritics or with the name's own."""
    capitalised = all(word[0].isupper() for word in written.split())
    return capitalised and spelt_as(written, name)
