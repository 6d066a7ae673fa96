"""Build the administrative-unit gazetteer shipped as ``admin_units.json.gz``.

Source: the ``vietnamadminunits`` package (MIT, (c) 2025 Tran Ngoc Minh Hieu,
https://github.com/tranngocminhhieu/vietnamadminunits),
whose SQLite database holds the 63-province registry in force before 1 July 2025
(63 provinces, 696 districts, 10,035 communes) and the 34-province registry after it
(34 provinces, 3,321 communes), and whose ``converter_2025.json`` maps every old
commune to the new commune(s) it went into (several when it was split).

Build-time only: ``pip install vietnamadminunits`` then, from the repository root::

    PYTHONPATH=. python models/gazetteer/build_gazetteer.py

The output is plain JSON (gzip), one record per unit::

    {"id": 17, "level": "commune", "type": "xã", "name": "Bình Định",
     "code": "13186", "period": "pre2025", "parents": [16, 3],
     "successors": [12001], "split": false}

``period`` is ``pre2025``, ``post2025`` or ``both`` (a unit with the same name and code
on both sides of the reform that took in no other unit). ``parents`` lists ids nearest
first (commune → district → province before the reform; commune → province after it;
both). ``successors`` (pre-reform units only) lists the post-reform units that took over
the unit's territory; ``split`` says a commune was divided among several of them.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from vnnews.entities.gazetteer import FORMAT, units_digest  # the loader checks this digest

OUTPUT = Path(__file__).resolve().parent / "admin_units.json.gz"
BUILT = "2026-11-27"

# Names people write that the registry does not carry: unit key -> extra surface forms.
# Abbreviations written in capitals are matched case-sensitively (see vnnews.entities.gazetteer).
EXTRA_ALIASES = {
    "thanhphohochiminh": ["TP HCM", "TPHCM", "TP.HCM", "TP. HCM", "HCM", "Sài Gòn", "Sài Gòn - Gia Định"],
    "thanhphohanoi": ["HN"],
    "thanhphohue": ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
    "tinhbariavungtau": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"],
    "tinhdaklak": ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Daklak", "DakLak"],
    "tinhbackan": ["Bắc Cạn"],
    "tinhkontum": ["Kontum"],
    "tinhdaknong": ["Đăk Nông", "Đắc Nông"],
}
# The same for districts, keyed by the registry's district key: short names news uses.
EXTRA_DISTRICT_ALIASES = {
    "thanhphophanrangthapcham": ["Phan Rang"],
}


def source_paths() -> tuple[Path, Path]:
    try:
        import vietnamadminunits
    except ImportError:
        sys.exit("build needs the source data: pip install vietnamadminunits")
    data = Path(vietnamadminunits.__file__).parent / "data"
    return data / "dataset.db", data / "converter_2025.json"


UNIT_TYPES = ("Thành phố", "Tỉnh", "Huyện", "Quận", "Thị xã", "Thị trấn", "Xã", "Phường", "Đặc khu")


def split_type(full_name: str) -> tuple[str, str]:
    """'Quận 1' -> ('quận', '1'); 'Thành phố Hà Nội' -> ('thành phố', 'Hà Nội').

    The type is read from the full name, not the registry's type column (which says 'Xã'
    for 'Thị trấn Ngọc Lặc'), nor its short name ('Kỳ Anh (Huyện)' where two units
    share a name).
    """
    for unit_type in UNIT_TYPES:
        if full_name.lower().startswith(unit_type.lower() + " "):  # 'Thành Phố Bắc Kạn' too
            return unit_type.lower(), full_name[len(unit_type) + 1 :].strip()
    raise ValueError(f"{full_name!r} starts with no known unit type")


class Builder:
    def __init__(self) -> None:
        self.units: list[dict] = []
        self.by_key: dict[tuple, int] = {}

    def add(self, key: tuple, **record) -> int:
        if key in self.by_key:
            return self.by_key[key]
        record["id"] = len(self.units)
        self.units.append(record)
        self.by_key[key] = record["id"]
        return record["id"]


def named(full_name: str) -> dict:
    unit_type, name = split_type(full_name)
    return {"type": unit_type, "name": name}


def read_rows(db: Path, table: str) -> list[dict]:
    with sqlite3.connect(db) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid")]


def aliases(key: str, alias_json: str | None) -> list[str]:
    extra = list(EXTRA_ALIASES.get(key, []))
    # The registry's own aliases are folded keys ("hn", "hcm"); keep only short abbreviations.
    for alias in json.loads(alias_json) if alias_json else []:
        if len(alias) <= 4 and alias.upper() not in extra:
            extra.append(alias.upper())
    return extra


def build() -> dict:
    db, converter_path = source_paths()
    converter = json.loads(converter_path.read_text(encoding="utf-8"))
    b = Builder()

    # Before the reform: provinces, districts, communes.
    for row in read_rows(db, "admin_units_legacy"):
        p = b.add(
            ("old", "p", row["provinceKey"]),
            level="province", **named(row["province"]), code=row["provinceCode"], period="pre2025", parents=[],
            aliases=aliases(row["provinceKey"], row["provinceAlias"]),
        )
        d = b.add(
            ("old", "d", row["provinceKey"], row["districtKey"]),
            level="district", **named(row["district"]),
            code=row["districtCode"], period="pre2025", parents=[p],
            aliases=list(EXTRA_DISTRICT_ALIASES.get(row["districtKey"], [])),
        )
        if row["wardCode"]:
            b.add(
                ("old", "c", row["provinceKey"], row["districtKey"], row["wardKey"]),
                level="commune", **named(row["ward"]),
                code=row["wardCode"], period="pre2025", parents=[d, p],
            )

    # After the reform: provinces and communes.
    for row in read_rows(db, "admin_units"):
        p = b.add(
            ("new", "p", row["provinceKey"]),
            level="province", **named(row["province"]), code=row["provinceCode"], period="post2025", parents=[],
            aliases=aliases(row["provinceKey"], row["provinceAlias"]),
        )
        b.add(
            ("new", "c", row["provinceKey"], row["wardKey"]),
            level="commune", **named(row["ward"]),
            code=row["wardCode"], period="post2025", parents=[p],
        )

    link_successors(b, converter)
    merge_unchanged(b)
    units = [u for u in b.units if not u.get("merged")]
    return {
        "format": FORMAT,
        "built": BUILT,
        "source": "vietnamadminunits 1.0.4 (MIT licence, (c) 2025 Tran Ngoc Minh Hieu): dataset.db, converter_2025.json",
        "units": units,
        "units_sha256": units_digest(units),
    }



def link_successors(b: Builder, converter: dict) -> None:
    """Fill ``successors``/``split`` of pre-reform units from the old→new table."""
    old_commune = {}
    for key, uid in b.by_key.items():
        if key[0] == "old" and key[1] == "c":
            old_commune["_".join(key[2:])] = uid
        elif key[0] == "old" and key[1] == "d":  # island districts without communes
            old_commune["_".join(key[2:]) + "_"] = uid

    for new_province, old_provinces in converter["DICT_PROVINCE"].items():
        new_p = b.by_key[("new", "p", new_province)]
        for old_p in old_provinces:
            b.units[b.by_key[("old", "p", old_p)]]["successors"] = [new_p]

    for new_province, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, old_keys in wards.items():
            target = b.by_key[("new", "c", new_province, new_ward)]
            for old_key in old_keys:
                unit = b.units[old_commune[old_key]]
                unit["successors"], unit["split"] = [target], False
    for new_province, splits in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in splits.items():
            unit = b.units[old_commune[old_key]]
            unit["successors"] = [b.by_key[("new", "c", new_province, p["newWardKey"])] for p in parts]
            unit["split"] = len(parts) > 1

    # A district's territory went to the new communes of its communes.
    children = defaultdict(list)
    for unit in b.units:
        if unit["period"] == "pre2025" and unit["level"] == "commune":
            children[unit["parents"][0]].append(unit)
    for unit in b.units:
        if unit["level"] == "district" and "successors" not in unit:
            succ = {s for child in children[unit["id"]] for s in child["successors"]}
            unit["successors"] = sorted(succ, key=lambda i: b.units[i]["code"])
            unit["split"] = False


def merge_unchanged(b: Builder) -> None:
    """A new unit with the old unit's name and code that took in nothing else is one unit: ``both``."""
    predecessors = defaultdict(list)
    for unit in b.units:
        for s in unit.get("successors", []):
            if unit["level"] == b.units[s]["level"]:
                predecessors[s].append(unit["id"])
    remap = {}
    for new in b.units:
        if new["period"] != "post2025":
            continue
        preds = predecessors.get(new["id"], [])
        if len(preds) != 1:
            continue
        old = b.units[preds[0]]
        if (old["name"], old["code"], old["type"]) == (new["name"], new["code"], new["type"]) and old["successors"] == [new["id"]]:
            old["period"] = "both"
            old["successors"] = []
            for parent in new["parents"]:
                if parent not in old["parents"]:
                    old["parents"].append(parent)
            new["merged"] = True
            remap[new["id"]] = old["id"]
    # Point references at the surviving record, then renumber densely.
    for unit in b.units:
        unit["parents"] = [remap.get(p, p) for p in unit["parents"]]
        if "successors" in unit:
            unit["successors"] = [remap.get(s, s) for s in unit["successors"]]
    for unit in b.units:
        # parents may now repeat (old province == new province)
        unit["parents"] = list(dict.fromkeys(unit["parents"]))
    kept = [u for u in b.units if not u.get("merged")]
    renumber = {u["id"]: i for i, u in enumerate(kept)}
    for u in kept:
        u["id"] = renumber[u["id"]]
        u["parents"] = [renumber[p] for p in u["parents"]]
        if "successors" in u:
            u["successors"] = [renumber[s] for s in u["successors"]]
        if not u.get("aliases"):
            u.pop("aliases", None)
        if not u.get("successors"):
            u.pop("successors", None)
            u.pop("split", None)


def main() -> int:
    data = build()
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    # mtime=0: the same data gives the same bytes.
    with open(OUTPUT, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(payload)
    counts = defaultdict(int)
    for u in data["units"]:
        for period in (["pre2025", "post2025"] if u["period"] == "both" else [u["period"]]):
            counts[period, u["level"]] += 1
    for key in sorted(counts):
        print(*key, counts[key])
    print(f"wrote {OUTPUT.name}: {OUTPUT.stat().st_size:,} bytes, {len(data['units']):,} records")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
