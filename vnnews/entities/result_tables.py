"""Teams in a table of results or fixtures: the names of a line that pairs names by a score
or a dash again and again.

Sports pages list a round's matches as one run of text, often glued where the line breaks
were lost: "Cagliari - Ascoli 2-1Chievo - Udinese 2-0Empoli - Fiorentina 1-1", "Duisburg
1-1 Bielefeld Schalke 1-0 Mainz", "Liverpool - MU 19h30Aston Villa - Norwich 22h". Each
name there is a team (the guideline's ORGANIZATION), whatever else it could be alone (a
city, a province, a person's name). The evidence is the table itself, not a list of clubs:
at least two pairs close together, each either ``name score name`` or ``name - name`` with
a score or a kick-off time after it (``v``/``vs`` or a double space stand for the dash).

A name is one to three capitalised words; words glued lower → Upper ("LiverpoolAston",
"nhậtEverton") or to a digit ("2-1Chievo", "15/1Liverpool") are read apart. Between two
scores of the ``name score name`` form stand the away team of one match and the home team
of the next ("Bielefeld Schalke"): the run is cut where both sides are a known country or
club ("Bỉ Thụy Điển"), or one side is one word and the other a known name ("Nice Real Betis"),
else two words one and one; other runs are left alone.

>>> t = "Cagliari - Ascoli 2-1Chievo - Udinese 2-0 Milan - Messina 4-0"
>>> [t[s:e] for s, e in table_teams(t)]
['Cagliari', 'Ascoli', 'Chievo', 'Udinese', 'Milan', 'Messina']
>>> t = "Duisburg 1-1 Bielefeld Schalke 1-0 Mainz Hamburg 2-1 Hertha"
>>> [t[s:e] for s, e in table_teams(t)]
['Duisburg', 'Bielefeld', 'Schalke', 'Mainz', 'Hamburg', 'Hertha']
>>> table_teams("Ngày 1-12 Hà Nội họp; giá 7,4-7,5 triệu đồng.")
[]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import known_bodies, phrasebooks
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import lower_key

_ITEM = regex.compile(
    r"(?P<score>(?<![\d/.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d/]|[.,]\d|\s?%))"
    r"|(?P<time>(?<![\d/.,])\d{1,2}h(?:\d{2})?(?!\p{Ll}))"
    r"|(?P<dash>(?<=\S) (?:[-–]|v|vs\.?) (?=\S)|(?<=\p{L}) {2,}(?=\p{Lu}))"
    r"|(?P<word>\p{Lu}\p{Ll}{0,2}\.(?= ?\p{Lu})|\p{Lu}{2,}(?=\p{Lu}\p{Ll})|\p{Lu}+(?:\.\p{Lu}+)*(?![\p{Ll}\p{M}])|\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}[\p{Ll}\p{M}'’]*)*)"
    r"|(?P<lower>\p{Ll}[\p{L}\p{M}]*?(?=\p{Lu}|[^\p{L}\p{M}]|$))"
    r"|(?P<space> )"
    r"|(?P<other>.)",
    regex.S,
)
_MARK = regex.compile(r"(?<![\d/.,])\d{1,2}(?: ?[-–] ?\d{1,2}|h)")  # a score or a time, roughly: where to read
_REACH = 80  # characters read on either side of a score or a time: two names of three words and a dash
_MIN_PAIRS = 2
_MAX_GAP = 24  # characters between two pairs of one table: "Chủ nhật 28/11", "Thứ bảy (giờ Hà Nội)"
_MAX_WORDS = 3
_CLUBS = frozenset(lower_key(c) for c in known_bodies.CLUBS + known_bodies.CLUBS_NAMED_LIKE_A_CITY)
_COUNTRIES = phrasebooks.COUNTRIES
_PLACE_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE", "LOCATION"})


def table_teams(text: str) -> list[tuple[int, int]]:
    """The (start, end) of every team named in a results or fixtures table of ``text``, in
    order: pairs of names no further apart than a date or a day's name, two pairs at least.
    Only the stretches around scores and times are read (a table holds two of them at least)."""
    marks = [m.span() for m in _MARK.finditer(text)]
    if len(marks) < _MIN_PAIRS:
        return []
    found: list[tuple[int, int]] = []
    for start, end in _windows(text, marks):
        items = _items(text, start, end)
        where: dict[tuple, int] = {}  # each cell's place among the items, for its neighbours
        for n, item in enumerate(items):
            where.setdefault(item[1], n)
        cluster: list[tuple] = []
        for pair in _pairs(items):
            if cluster and pair[0][0] - cluster[-1][1][1] > _MAX_GAP:
                found += _cluster_teams(text, cluster, items, where)
                cluster = []
            cluster.append(pair)
        found += _cluster_teams(text, cluster, items, where)
    return found


def with_result_tables(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with the names of a results table made teams: an entity over or
    across a team's name gives way (a place, a person, two teams read as one body); a place
    strictly inside a team's name stays.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Thứ bảy 15/1Liverpool - MU 19h30Aston Villa - Norwich 22hCharlton - Birmingham 22h"
    >>> [e.text for e in EntityRecognizer().extract(t) if e.label == "ORGANIZATION"]
    ['Liverpool', 'MU', 'Aston Villa', 'Norwich', 'Charlton', 'Birmingham']
    """
    teams = table_teams(text)
    return with_bodies_over(text, entities, teams, "team") if teams else entities


def with_bodies_over(text: str, entities: list[Entity], spans: list[tuple[int, int]], kind: str) -> list[Entity]:
    """``entities`` (sorted) with an ORGANIZATION of ``kind`` over each of ``spans``: an
    entity overlapping one gives way unless it is the same organisation or a place strictly
    inside it.

    >>> t = "Hertha Wolfsburg"
    >>> [e.text for e in with_bodies_over(t, [organization_entity(t, 0, 16, "named")], [(0, 6), (7, 16)], "team")]
    ['Hertha', 'Wolfsburg']
    """
    bodies = EntitiesByStart.of_spans(spans)  # a scan of every span per entity would be quadratic
    kept = [e for e in entities if not any(_gives_way(e, *span) for span in bodies.overlapping(e.start, e.end))]
    have = {(e.start, e.end) for e in kept}
    kept += [organization_entity(text, start, end, kind) for start, end in spans if (start, end) not in have]
    return sorted(kept, key=lambda e: (e.start, -e.end))


def _gives_way(entity: Entity, start: int, end: int) -> bool:
    """Whether ``entity`` yields to a body at ``start:end``: it overlaps the body and is
    neither the same organisation nor a place strictly inside the body's name."""
    if entity.end <= start or end <= entity.start:
        return False
    if (entity.start, entity.end) == (start, end):
        return entity.label != "ORGANIZATION"
    inside = start <= entity.start and entity.end <= end
    return not (inside and entity.label in _PLACE_LABELS)


def _windows(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of ``text`` around the scores and times, merged where they touch, each
    widened to the nearest space so that no word is cut. The search for a space never reads
    back past the last window nor again over what the last search read (a text without
    spaces would be read once per mark).

    >>> _windows("x" * 100 + " 1-0 2-1", [(101, 104), (105, 108)])
    [(0, 108)]
    """
    windows: list[list[int]] = []
    last_b = -1  # the first space at or after the last search's start (len(text): none)
    for start, end in marks:
        low = windows[-1][1] if windows else 0
        a = text.rfind(" ", low, max(low, start - _REACH)) + 1
        a = a or low  # no space after the last window: this one joins it (or starts the text)
        ahead = min(len(text), end + _REACH)
        if last_b < ahead:
            last_b = text.find(" ", ahead)
            last_b = len(text) if last_b < 0 else last_b
        b = last_b
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    return [(a, b) for a, b in windows]


def _pairs(items: list) -> list[tuple]:
    """The (first cell, second cell) of every ``name score name`` and of every ``name - name``
    followed by a score, a time or the end."""
    pairs = []
    for k in range(1, len(items) - 1):
        kind = items[k][0]
        if items[k - 1][0] != "cell" or items[k + 1][0] != "cell":
            continue
        if kind == "score" or kind == "dash" and (k + 2 == len(items) or items[k + 2][0] in {"score", "time"}):
            pairs.append((items[k - 1][1], items[k + 1][1]))  # "Duisburg 1-1 Bielefeld", "Liverpool - MU 19h30"
    return pairs


def _cluster_teams(text: str, cluster: list[tuple], items: list, where: dict[tuple, int]) -> list[tuple[int, int]]:
    if len(cluster) < _MIN_PAIRS:
        return []
    cells = sorted({cell for pair in cluster for cell in pair})
    return [span for cell in cells for span in _teams_of_cell(text, cell, items, where[cell])]


def _items(text: str, start: int, end: int) -> list[tuple[str, tuple]]:
    """The line as ('cell', (start, end, words)), 'score', 'time', 'dash' and 'break' items:
    cells are runs of capitalised words joined by one space; glued words end a run."""
    items: list[tuple[str, tuple]] = []
    words: list[tuple[int, int]] = []
    joined = False  # the last word was followed by one space

    def close():
        nonlocal words
        if words:  # one letter alone is a class or a grade ("loại B 16-19 USD"), no team
            items.append(("cell" if words[-1][1] - words[0][0] > 1 else "break", (words[0][0], words[-1][1], tuple(words))))
            words = []

    for m in _ITEM.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "word":
            if words and text[words[-1][1] - 1] == ".":  # "Man. City", "C.Palace": one word
                words[-1] = (words[-1][0], m.end())
                joined = False
                continue
            if words and not joined:
                close()  # glued to the word before: "LiverpoolAston"
            words.append(m.span())
            joined = False
            continue
        if kind == "space":
            if words and not joined:
                joined = True
                continue
            if not words:
                continue
        if kind == "lower" and joined:
            words = []  # "Thứ bảy", "Chelsea thắng": capitals opening a phrase name no team here
        close()
        joined = False
        items.append((kind if kind in {"score", "time", "dash"} else "break", m.span()))
    close()
    return items


def _teams_of_cell(text: str, cell: tuple, items: list, where: int) -> list[tuple[int, int]]:
    """The teams of the cell ``items[where]``: the whole, or two names between two scores."""
    start, end, words = cell
    between_scores = 0 < where < len(items) - 1 and items[where - 1][0] == "score" and items[where + 1][0] == "score"
    if not between_scores:
        return [(start, end)] if len(words) <= _MAX_WORDS else []
    cuts = [n for n in range(1, len(words)) if _known(text, words[:n]) and _known(text, words[n:])] \
        or [n for n in range(1, len(words)) if n == 1 and _known(text, words[1:]) or n == len(words) - 1 and _known(text, words[:n])]
    if len(cuts) == 1:  # "Bỉ Thụy Điển": both sides known; "Nice Real Betis": one word and a known name
        n = cuts[0]
        return [(words[0][0], words[n - 1][1]), (words[n][0], words[-1][1])]
    if len(words) == 2 and not _known(text, words):  # "Bielefeld Schalke"; not "Hà Lan"
        return [words[0], words[1]]
    return []


def _known(text: str, words: Sequence[tuple[int, int]]) -> bool:
    """Whether ``words`` spell one known country or club, whole."""
    name = text[words[0][0]:words[-1][1]]
    return lower_key(name) in _CLUBS or _COUNTRIES.spells(name)
