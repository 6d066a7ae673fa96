"""Provinces, districts and communes in news text, linked to the registry before and after
the 1 July 2025 reform.

Run from the repository root:  PYTHONPATH=. python examples/admin_units.py
"""

from vnnews.entities.gazetteer import load_gazetteer
from vnnews.entities.places import find_admin_units

TEXTS = [
    "Công an xã Bình Định, huyện Kiến Xương (Thái Bình) phối hợp với TP.HCM.",
    "xa Binh Dinh, huyen Kien Xuong",  # no diacritics
    "Cán bộ xã Bình Định ký cam kết.",  # five communes bear this name: stays ambiguous
]


def _unit(info: dict) -> str:
    where = "" if info["level"] == "province" else f" ({info['province']})"
    return f"{info['admin_type']} {info['name']}{where}"


for text in TEXTS:
    print(text)
    for e in find_admin_units(text):
        line = f"  {e.label:<9} {e.text!r:<22} {e.full_name} ({e.code}, {e.period})"
        if e.attrs.get("successors"):
            line += " → " + ", ".join(_unit(s) for s in e.successors[:3])
        if e.ambiguous:
            line += " ambiguous: " + "; ".join(f"{c['province']} {c['score']}" for c in e.candidates)
        print(line)

# The old → new table: a commune split among several new ones.
gaz = load_gazetteer()
old = next(u for u in gaz.lookup("xã Tân Thạnh", period="pre2025") if gaz.parents(u)[0].name == "Thới Lai")
print("xã Tân Thạnh (Thới Lai, Cần Thơ) split:", old.split, "→", [u.full_name for u in gaz.successors(old)])
