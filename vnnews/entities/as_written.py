"""Administrative units read off the text as written, beside entities read off its restored form.

Diacritic restoration helps the person and organisation rules a great deal, but it can
mis-restore a rare place name, which then no longer matches the registry (on the gold
sentences without diacritics, COMMUNE F1 0.80 restored against 0.87 as written). The registry itself matches text without diacritics through folded keys, so a
district or commune written with its type word ("xa Binh Dao", "huyen Kien Xuong") is read
more safely off the text as the user wrote it. :func:`with_units_as_written` puts those in
place of what the restored reading found over them (organisations holding them stay), and
adds the other units only the text as written shows. Both readings share offsets: restoration
keeps every character in place.

>>> from vnnews.entities import EntityRecognizer
>>> plain = "Ong An o xa Binh Dao, huyen Thang Binh."
>>> restored = EntityRecognizer().extract("Ông An ở xã Bình Đạo, huyện Thăng Bình.")
>>> [(e.label, plain[e.start:e.end]) for e in with_units_as_written(restored, EntityRecognizer().extract(plain))]
[('PERSON', 'An'), ('COMMUNE', 'xa Binh Dao'), ('DISTRICT', 'huyen Thang Binh')]
"""

from __future__ import annotations

from ..document import Entity

ADMIN_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})


def with_units_as_written(restored: list[Entity], as_written: list[Entity]) -> list[Entity]:
    """The entities of the restored text, with the districts and communes written with their
    type word in the text as given in place of what they overlap (except organisations), and
    any other unit of the text as given that overlaps nothing; sorted by position."""
    typed = [e for e in as_written if e.label in {"DISTRICT", "COMMUNE"}
             and e.attrs.get("name_start", e.start) > e.start]
    kept = [e for e in restored if e.label == "ORGANIZATION" or not any(_overlap(e, t) for t in typed)]
    kept += typed
    kept += [e for e in as_written if e.label in ADMIN_LABELS and not any(_overlap(e, k) for k in kept)]
    return sorted(kept, key=lambda e: (e.start, -e.end))


def _overlap(a: Entity, b: Entity) -> bool:
    return a.start < b.end and b.start < a.end
