"""Build ``names.json``: the names the diacritics decoder spells one way when capitalised.

Read from the shipped registry and person-name lists (nothing from the corpus):

- ``places``: every administrative unit of two or more syllables in the gazetteer
  (provinces, districts and communes, before and after the 2025 reform) by its
  unaccented lower-case name. A name whose unaccented form spells two units differently
  is resolved to the higher level when only one unit of that level has it ("Thanh Hoa":
  the province Thanh Hoá, not the district Thạnh Hoá or the commune Thanh Hoà) and
  left out otherwise. Units of three or more syllables named after a person ("Nguyễn
  Văn Thảnh") are left to the person rule: "Nguyen Van Thanh" is more often a man.
- ``surnames``: family names (``vnnews.entities.person_words.SURNAMES``) whose
  unaccented form belongs to one surname only ("nguyen" → "nguyễn"; "ho" is "hồ" or
  "hờ", so it is left out).
- ``given``: the given names of ``models/person_names/given_names.json`` (syllables that
  end a surname-led full name at least 5 times in the training articles), by their
  unaccented form: every spelling, so "thanh" allows "thanh" and "thành".

All forms are lower case, in the new tone style ("hoà"), the style of ``diacritics.npz``.
Deterministic; rebuild (from the repository root, a few seconds)::

    PYTHONPATH=. python models/diacritics/build_names.py
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from vnnews.entities.gazetteer import LEVELS, load_gazetteer
from vnnews.entities.person_words import SURNAMES
from vnnews.normalize import convert_tone_style, remove_diacritics
from vnnews.normalize.syllable import is_syllable

HERE = Path(__file__).resolve().parent


def spelling(name: str) -> str | None:
    """``name`` lower-cased in the new tone style, or None unless every word is a syllable.

    >>> spelling("Thanh Hóa"), spelling("Phường 12")
    ('thanh hoá', None)
    """
    form = convert_tone_style(name, "new").lower()
    return form if all(is_syllable(word) for word in form.split()) else None


def named_after_person(form: str) -> bool:
    """A name of three or more syllables that starts with a family name.

    >>> named_after_person("nguyễn văn thảnh"), named_after_person("hà nội")
    (True, False)
    """
    words = form.split(" ")
    return len(words) >= 3 and convert_tone_style(words[0], "old") in SURNAMES


def place_names() -> dict[str, list[str]]:
    """Unaccented name → [the one spelling of the highest level that has the name, that level]."""
    gazetteer = load_gazetteer()
    by_level: dict[str, dict[str, set[str]]] = {level: defaultdict(set) for level in LEVELS}
    for period in ("pre2025", "post2025"):
        for level in LEVELS:
            for unit in gazetteer.units_in(period, level):
                form = spelling(unit.name)
                if form and " " in form and not named_after_person(form):
                    by_level[level][remove_diacritics(form)].add(form)
    names: dict[str, list[str]] = {}
    for key in sorted(set().union(*by_level.values())):
        level = next(level for level in LEVELS if key in by_level[level])
        if len(by_level[level][key]) == 1:
            names[key] = [next(iter(by_level[level][key])), level]
    return names


def surnames() -> dict[str, str]:
    """Unaccented surname → its spelling, for surnames no other surname shares a key with."""
    by_key: dict[str, set[str]] = defaultdict(set)
    for name in SURNAMES:
        form = spelling(name)
        if form:
            by_key[remove_diacritics(form)].add(form)
    return {key: next(iter(forms)) for key, forms in sorted(by_key.items()) if len(forms) == 1}


def given_names(path: Path) -> dict[str, list[str]]:
    """Unaccented given name → its spellings, most often a name's last syllable first."""
    table = json.loads(path.read_text(encoding="utf-8"))["syllables"]
    counts: dict[str, int] = defaultdict(int)
    for name, row in table.items():
        form = spelling(name)
        if form:
            counts[form] += row["as_given"]
    by_key: dict[str, list[str]] = defaultdict(list)
    for form in sorted(counts, key=lambda f: (-counts[f], f)):
        by_key[remove_diacritics(form)].append(form)
    return dict(sorted(by_key.items()))


def build(person_names: Path) -> dict:
    """The whole table, as written to ``names.json``."""
    return {
        "format": 1,
        "tone_style": "new",
        "source": "vnnews.entities.gazetteer (models/gazetteer), vnnews.entities.person_words.SURNAMES, "
                  "models/person_names/given_names.json",
        "places": place_names(),
        "surnames": surnames(),
        "given": given_names(person_names),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--person-names", type=Path, default=HERE.parent / "person_names" / "given_names.json")
    parser.add_argument("--out", type=Path, default=HERE / "names.json")
    args = parser.parse_args()
    table = build(args.person_names)
    args.out.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(table['places']):,} places, {len(table['surnames'])} surnames, "
          f"{len(table['given'])} given names")


if __name__ == "__main__":
    main()
