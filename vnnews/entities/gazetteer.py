"""The administrative-unit registry before and after the 1 July 2025 reform, loaded once.

The shipped file ``models/gazetteer/admin_units.json.gz`` (built by
``models/gazetteer/build_gazetteer.py``) holds 63 provinces, 696 districts and 10,035
communes before the reform, 34 provinces and 3,321 communes after it, with official
codes, types, parents and the old→new table. :func:`load_gazetteer` reads it once per
process (thread-safe) and checks it; lookups accept names with or without diacritics,
either tone style ("Hoà"/"Hòa") and common abbreviations ("TP HCM", "HN").

>>> gaz = load_gazetteer()
>>> [(u.level, u.type, u.period) for u in gaz.lookup("Bình Định", level="province")]
[('province', 'tỉnh', 'pre2025')]
>>> [u.name for u in gaz.successors(gaz.lookup("tinh binh dinh")[0])]
['Gia Lai']
"""

from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import ahocorasick

from ..errors import ModelError
from ..resources import load_once, model_file
from ._fold import final_y_as_i, fold, folded_loosely, highland_name, loose_spellings, tone_key

FORMAT = "vnnews-gazetteer/1"
LEVELS = ("province", "district", "commune")
PERIODS = ("pre2025", "post2025", "both")

# Type words as written in text (folded) -> the unit types they name.
TYPE_WORDS = {
    "tinh": ("tỉnh",),
    "thanh pho": ("thành phố",),
    "tp": ("thành phố",),
    "t.p": ("thành phố",),
    "huyen": ("huyện",),
    "h": ("huyện",),
    "quan": ("quận",),
    "q": ("quận",),
    "thi xa": ("thị xã",),
    "tx": ("thị xã",),
    "xa": ("xã",),
    "x": ("xã",),
    "phuong": ("phường",),
    "p": ("phường",),
    "thi tran": ("thị trấn",),
    "tt": ("thị trấn",),
    "dac khu": ("đặc khu",),
}


@dataclass(frozen=True)
class AdminUnit:
    """One unit of the registry.

    ``period`` is ``pre2025`` (abolished or reshaped on 1 July 2025), ``post2025`` (created
    by the reform) or ``both`` (same name and code on both sides). ``parents`` are ids,
    nearest first; ``successors`` the ids of the post-reform units that took the
    territory of a pre-reform unit; ``split`` that a commune was divided among them.

    >>> AdminUnit(0, "province", "tỉnh", "Bình Định", "52", "pre2025").full_name
    'tỉnh Bình Định'
    """

    id: int
    level: str
    type: str
    name: str
    code: str
    period: str
    parents: tuple[int, ...] = ()
    successors: tuple[int, ...] = ()
    split: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.type} {self.name}"

    def in_period(self, period: str) -> bool:
        """True when the unit existed in ``period`` ("pre2025" or "post2025").

        >>> AdminUnit(0, "province", "thành phố", "Hà Nội", "01", "both").in_period("post2025")
        True
        """
        return self.period == period or self.period == "both"


@dataclass(frozen=True)
class Surface:
    """One way a unit's name is written: folded key, tone-style-free key, exact form."""

    unit_id: int
    form: str
    tone_key: str
    case_sensitive: bool  # abbreviations such as "HN" only match as written
    loose: bool = False  # a name news spells with marks of its own ("Chư Pảh" for "Chư Păh")


class Gazetteer:
    """The loaded registry: units by id, name lookups and a many-pattern matcher.

    Build one with :func:`load_gazetteer` (shipped file, loaded once) or
    :meth:`Gazetteer.from_file`.

    >>> gaz = load_gazetteer()
    >>> len(gaz.units_in("post2025", "commune")), len(gaz.units_in("pre2025", "district"))
    (3321, 696)
    """

    def __init__(self, units: Iterable[AdminUnit]):
        self.units: tuple[AdminUnit, ...] = tuple(units)
        self._surfaces: dict[str, list[Surface]] = {}
        spellings: dict[str, set[str]] = {}
        for unit in self.units:
            for form, case_sensitive in [(unit.name, False)] + [(a, a.isupper()) for a in unit.aliases]:
                key = _key(form)
                loose = not case_sensitive and (folded_loosely(key) or highland_name(form))
                surface = Surface(unit.id, form, tone_key(form), case_sensitive, loose)
                self._surfaces.setdefault(key, []).append(surface)
                spellings.setdefault(key, set()).update(_spellings(form))
        self.automaton = ahocorasick.Automaton()
        for key, surfaces in self._surfaces.items():
            for written in spellings[key]:
                self.automaton.add_word(written, (len(written), tuple(surfaces)))
        # Loose spellings ("krong ana" for "Krông A Na") join a name spelt so only when that
        # name is loosely spelt too.
        variants: dict[str, list[Surface]] = {}
        for key, surfaces in self._surfaces.items():
            loose = [s for s in surfaces if s.loose]
            for written in {v for spelt in spellings[key] for v in loose_spellings(spelt)} if loose else ():
                if written not in variants:
                    variants[written] = list(self.automaton.get(written, (0, ()))[1])
                variants[written] += [s for s in loose if s not in variants[written]]
        for written, surfaces in variants.items():
            if all(s.loose for s in surfaces):
                self.automaton.add_word(written, (len(written), tuple(surfaces)))
        self.automaton.make_automaton()

    @classmethod
    def from_file(cls, path: Path) -> "Gazetteer":
        """Read and check a gazetteer file; :class:`ModelError` when unreadable or tampered."""
        try:
            with gzip.open(path, "rb") as handle:
                data = json.loads(handle.read().decode("utf-8"))
        except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError) as exc:
            raise ModelError(f"gazetteer {Path(path).name} is unreadable: {exc}") from exc
        return cls(_checked_units(data, Path(path).name))

    def unit(self, unit_id: int) -> AdminUnit:
        """The unit with id ``unit_id``."""
        return self.units[unit_id]

    def units_in(self, period: str, level: str) -> list[AdminUnit]:
        """Units of ``level`` that existed in ``period`` ("pre2025" or "post2025")."""
        return [u for u in self.units if u.level == level and u.in_period(period)]

    def surfaces(self, text: str) -> list[Surface]:
        """The name forms matching ``text`` (folded: case, diacritics and tone style ignored)."""
        return self._surfaces.get(_key(text), [])

    def lookup(self, name: str, level: str | None = None, period: str | None = None) -> list[AdminUnit]:
        """Units named ``name``; a leading type word ("xã", "TP.", "huyen") narrows the type.

        Names with diacritics must match them up to tone style; names without any match
        every unit with that spelling once diacritics are removed.

        >>> gaz = load_gazetteer()
        >>> [(u.type, u.period) for u in gaz.lookup("xã Bình Định") if gaz.province_of(u).name == "Hưng Yên"]
        [('xã', 'post2025')]
        >>> [u.name for u in gaz.lookup("TPHCM")]
        ['Hồ Chí Minh', 'Hồ Chí Minh']
        """
        types, bare = split_type_word(name)
        found = []
        for surface in self.surfaces(bare):
            unit = self.units[surface.unit_id]
            if not surface_matches(surface, bare):
                continue
            if types and unit.type not in types:
                continue
            if level and unit.level != level:
                continue
            if period and not unit.in_period(period):
                continue
            if unit not in found:
                found.append(unit)
        return sorted(found, key=_rank)

    def parents(self, unit: AdminUnit) -> list[AdminUnit]:
        """The units containing ``unit``, nearest first."""
        return [self.units[p] for p in unit.parents]

    def successors(self, unit: AdminUnit) -> list[AdminUnit]:
        """The post-reform units that took over a pre-reform unit's territory."""
        return [self.units[s] for s in unit.successors]

    def province_of(self, unit: AdminUnit, period: str | None = None) -> AdminUnit:
        """The province of ``unit`` (itself for a province); ``period`` picks old or new."""
        if unit.level == "province":
            return unit
        provinces = [p for p in self.parents(unit) if p.level == "province"]
        if period:
            provinces = [p for p in provinces if p.in_period(period)] or provinces
        return provinces[0]


def split_type_word(name: str) -> tuple[tuple[str, ...], str]:
    """Split a leading type word off a name: ``'TP. Hồ Chí Minh'`` → ``(('thành phố',), 'Hồ Chí Minh')``.

    >>> split_type_word("huyen Kien Xuong")
    (('huyện',), 'Kien Xuong')
    >>> split_type_word("Bình Định")
    ((), 'Bình Định')
    >>> split_type_word("Q1")
    (('quận',), '1')
    """
    folded = fold(name)
    if folded[:1] in ("q", "p") and folded[1:2].isdigit():  # "Q1", "P12"
        return TYPE_WORDS[folded[0]], name[1:].strip()
    for word in sorted(TYPE_WORDS, key=len, reverse=True):
        for sep in (". ", ".", " "):
            prefix = word + sep
            if folded.startswith(prefix) and len(folded) > len(prefix):
                if sep == "." and len(word) > 2:
                    continue
                return TYPE_WORDS[word], name[len(prefix) :].strip()
    return (), name.strip()


def surface_matches(surface: Surface, written: str, written_key: str | None = None) -> bool:
    """Whether ``written`` (same folded key) is this surface form as a reader would accept it.

    Written with diacritics, they must agree up to tone style; written without any, or
    for a loosely spelt name (:func:`._fold.folded_loosely`), the plain spelling is enough;
    abbreviations in capitals must be written in capitals.
    ``written_key`` is ``tone_key(written)`` when the caller already has it.

    >>> s = Surface(0, "Hòa Bình", tone_key("Hòa Bình"), False)
    >>> surface_matches(s, "Hoà Bình"), surface_matches(s, "Hoa Binh"), surface_matches(s, "Hóa Bính")
    (True, True, False)
    """
    if surface.case_sensitive:
        return written == surface.form
    if written.isascii() or surface.loose:
        return True
    return (written_key or tone_key(written)) == surface.tone_key


def _key(text: str) -> str:
    """Lookup key: folded, final y as i, hyphens and runs of spaces as one space."""
    return final_y_as_i(" ".join(fold(text).replace("-", " ").split()))


def _spellings(form: str) -> set[str]:
    """The ways a name may appear in folded text: "Bà Rịa - Vũng Tàu" as "ba ria - vung tau",
    "ba ria-vung tau", "ba ria- vung tau", "ba ria -vung tau" or "ba ria vung tau".

    >>> sorted(_spellings("Bà Rịa - Vũng Tàu"))
    ['ba ria - vung tau', 'ba ria -vung tau', 'ba ria vung tau', 'ba ria- vung tau', 'ba ria-vung tau']
    >>> sorted(_spellings("Kỳ Anh"))
    ['ki anh', 'ky anh']
    """
    parts = [" ".join(fold(p).split()) for p in form.split("-")]
    spelt = {joint.join(parts) for joint in (" - ", "-", "- ", " -", " ")}
    return spelt | {final_y_as_i(s) for s in spelt}  # "ki anh" for "Kỳ Anh"


def _rank(unit: AdminUnit) -> tuple:
    """Default order: bigger units first, the current registry before the old one, then code."""
    return (LEVELS.index(unit.level), unit.period == "pre2025", unit.code, unit.id)


def units_digest(records: list[dict]) -> str:
    """SHA-256 of the canonical JSON of unit records, as stored in the file."""
    canonical = json.dumps(records, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _checked_units(data: object, name: str) -> list[AdminUnit]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"gazetteer {name} is not a {FORMAT} file")
    records = data.get("units")
    if not isinstance(records, list) or units_digest(records) != data.get("units_sha256"):
        raise ModelError(f"gazetteer {name} failed its checksum: the file was modified; reinstall vnnews")
    try:
        units = [
            AdminUnit(
                id=r["id"], level=r["level"], type=r["type"], name=r["name"], code=r["code"],
                period=r["period"], parents=tuple(r["parents"]),
                successors=tuple(r.get("successors", ())), split=bool(r.get("split", False)),
                aliases=tuple(r.get("aliases", ())),
            )
            for r in records
        ]
    except (KeyError, TypeError) as exc:
        raise ModelError(f"gazetteer {name} has a malformed record: {exc!r}") from exc
    ids_ok = all(u.id == i for i, u in enumerate(units))
    refs_ok = all(0 <= r < len(units) for u in units for r in u.parents + u.successors)
    if not ids_ok or not refs_ok or any(u.level not in LEVELS or u.period not in PERIODS for u in units):
        raise ModelError(f"gazetteer {name} is inconsistent (ids, references, levels or periods)")
    return units


@load_once
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded and checked once per process (thread-safe).

    >>> load_gazetteer() is load_gazetteer()
    True
    """
    return Gazetteer.from_file(model_file("gazetteer", "admin_units.json.gz"))
