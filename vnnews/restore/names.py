"""Capitalised names the decoder must spell as the registry or a name list does.

``models/diacritics/names.json`` (built by ``models/diacritics/build_names.py`` from the
gazetteer and the person-name lists) maps unaccented names to their spellings. In a run
of capitalised syllables, the longest stretch of two or more that spells a place of the
registry ("Quang Ninh") is a place with that spelling ("Quảng Ninh"); a run of two to
four that starts with a family name ("Nguyen Van Thanh") is a person, with the surname's
one spelling ("Nguyễn") and a last syllable spelled as given names are ("Thanh",
"Thành", ...). The decoder adds a bonus (``BONUS``, log-probability, by kind of name)
to these spellings; the trigram model still decides where its evidence is stronger
("Ấn Độ", the country, is no commune "An Đổ").

>>> names = load_names()
>>> tokens = list(tokenize("o Quang Ninh va Nguyen Van Thanh"))
>>> preferred = preferred_forms(tokens, "o Quang Ninh va Nguyen Van Thanh", names)
>>> preferred[1], preferred[2], preferred[4]
((('quảng',), 'province'), (('ninh',), 'province'), (('nguyễn',), 'surname'))
>>> "thành" in preferred[6][0] and 5 not in preferred
True
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from types import MappingProxyType

from ..errors import ModelError
from ..resources import load_once, model_file
from .tokens import Token, tokenize

MAX_GIVEN_RUN = 4  # surname + at most 3 more syllables: a longer run is not one person's name
# log-probability added to a name's spellings, by kind; tuned on held-out training sentences
BONUS = MappingProxyType({"province": 8.0, "district": 4.0, "commune": 2.0, "surname": 1.0, "given": 1.0})


@dataclass(frozen=True)
class Names:
    """Spellings by unaccented lower-case key: places (several words, with their level),
    surnames, given names."""

    places: dict[tuple[str, ...], tuple[tuple[str, ...], str]]
    surnames: dict[str, str]
    given: dict[str, tuple[str, ...]]
    longest_place: int


def is_capitalised(word: str) -> bool:
    """True for "Ninh" and "NINH", not for "ninh" or "iPhone".

    >>> [is_capitalised(w) for w in ("Ninh", "NINH", "ninh", "iPhone", "A")]
    [True, True, False, False, True]
    """
    return word[0].isupper() and (word[1:].islower() or word.isupper() or len(word) == 1)


def capitalised_runs(tokens: list[Token], text: str) -> list[list[int]]:
    """Indices of the runs of capitalised words separated by one space each.

    >>> text = "Tai Ha Noi, UBND Quang Ninh va ong Ba"
    >>> capitalised_runs(list(tokenize(text)), text)
    [[0, 1, 2], [4, 5, 6], [9]]
    """
    runs: list[list[int]] = []
    for i, token in enumerate(tokens):
        if not (token.is_word and is_capitalised(token.text)):
            continue
        if runs and runs[-1][-1] == i - 1 and text[tokens[i - 1].end : token.start] == " ":
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _place_at(keys: list[str], start: int, names: Names) -> int:
    """Length of the longest place name starting at ``keys[start]`` (0 if none)."""
    for length in range(min(names.longest_place, len(keys) - start), 1, -1):
        if tuple(keys[start : start + length]) in names.places:
            return length
    return 0


def preferred_forms(tokens: list[Token], text: str, names: Names) -> dict[int, tuple[tuple[str, ...], str]]:
    """Token index → (the lower-case spellings a name gives it, the kind of name).

    >>> text = "Thanh Hoa"
    >>> preferred_forms(list(tokenize(text)), text, load_names())
    {0: (('thanh',), 'province'), 1: (('hoá',), 'province')}
    """
    from .lattice import key

    preferred: dict[int, tuple[tuple[str, ...], str]] = {}
    for run in capitalised_runs(tokens, text):
        keys = [key(tokens[i].model_form) for i in run]
        at = 0
        while at < len(run):
            length = _place_at(keys, at, names)
            if length:
                spelling, level = names.places[tuple(keys[at : at + length])]
                preferred.update((run[at + k], ((form,), level)) for k, form in enumerate(spelling))
                at += length
                continue
            rest = len(run) - at
            surname = names.surnames.get(keys[at])
            if surname and 2 <= rest <= MAX_GIVEN_RUN:
                preferred[run[at]] = ((surname,), "surname")
                given = names.given.get(keys[-1])
                if given:
                    preferred[run[-1]] = (given, "given")
                break
            at += 1
    return preferred


def read_names(data: dict) -> Names:
    """A :class:`Names` from the JSON object of ``names.json``.

    >>> read_names({"format": 1, "places": {"ha noi": ["hà nội", "province"]}, "surnames": {}, "given": {}}).places
    {('ha', 'noi'): (('hà', 'nội'), 'province')}
    """
    if data.get("format") != 1:
        raise ModelError("diacritics names table has an unknown format; reinstall vnnews")
    places = {tuple(k.split(" ")): (tuple(form.split(" ")), level) for k, (form, level) in data["places"].items()}
    return Names(places=places, surnames=dict(data["surnames"]),
                 given={k: tuple(v) for k, v in data["given"].items()},
                 longest_place=max((len(k) for k in places), default=0))


@load_once
def load_names() -> Names:
    """The shipped names table, loaded once per process (thread-safe).

    >>> load_names() is load_names()
    True
    """
    path = model_file("diacritics", "names.json")
    try:
        return read_names(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"cannot read diacritics names table: {exc}") from exc
