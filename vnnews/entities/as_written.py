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
from .positions import EntitiesByStart

ADMIN_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})


def read_restored(recognizer, restored: str, written: str, sentences=None) -> list[Entity]:
    """Entities of a text whose diacritics were restored: ``recognizer`` reads ``restored``,
    and the units written with their type word come from ``written`` (the same text before
    restoration, same offsets). Every entity gets ``attrs["diacritics_restored"] = True``.

    >>> from vnnews.entities import EntityRecognizer
    >>> found = read_restored(EntityRecognizer(), "Ông An ở xã Bình Đạo.", "Ong An o xa Binh Dao.")
    >>> [(e.label, e.text, e.attrs["diacritics_restored"]) for e in found]
    [('PERSON', 'An', True), ('COMMUNE', 'xa Binh Dao', True)]
    """
    found = with_units_as_written(recognizer.extract(restored, sentences=sentences),
                                  recognizer.extract(written, sentences=sentences))
    for entity in found:
        entity.attrs["diacritics_restored"] = True
    return found


def with_units_as_written(restored: list[Entity], as_written: list[Entity]) -> list[Entity]:
    """The entities of the restored text, with the districts and communes written with their
    type word in the text as given in place of what they overlap (except organisations), and
    any other unit of the text as given that overlaps nothing; sorted by position."""
    typed = [e for e in as_written if e.label in {"DISTRICT", "COMMUNE"}
             and e.attrs.get("name_start", e.start) > e.start]
    typed += _units_over_restored_locations(restored, as_written)  # "cac xa Cong Hai, Ho Hai"
    typed_index = EntitiesByStart(typed)  # "overlaps any" in log time: a long text holds thousands
    kept = [e for e in restored if e.label == "ORGANIZATION" or not typed_index.overlap(e.start, e.end)]
    kept += typed
    kept_index = EntitiesByStart(kept)
    kept += [e for e in as_written if e.label in ADMIN_LABELS and not kept_index.overlap(e.start, e.end)]
    return sorted(kept, key=lambda e: (e.start, -e.end))


def _units_over_restored_locations(restored: list[Entity], as_written: list[Entity]) -> list[Entity]:
    """Registered districts and communes as written on exactly the span of a LOCATION of the
    restored reading: the type word before a list ("cac xa Cong Hai, Ho Hai") made them units,
    and restoration turned the rarer name into one the registry does not hold ("Hồ Hải" for
    "Hộ Hải"), which the restored reading then took for some other place."""
    locations = {(e.start, e.end) for e in restored if e.label == "LOCATION"}
    return [e for e in as_written if e.label in {"DISTRICT", "COMMUNE"} and e.attrs.get("code")
            and e.attrs.get("name_start", e.start) == e.start and (e.start, e.end) in locations]
