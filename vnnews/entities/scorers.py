"""Players named by the minute they scored in a match report: "(Trường Giang 5', Kesley 15',
Abey 45' - Ngọc Linh 3')", "Milan - Shakhtar 4-0 Kaka 52', 90'", "Ronaldo (39', 69')".

Score lines name each scorer by one to three capitalised words (an initial may come first:
"C. Ronaldo", "B.McCarthy") right before a minute, a number and an apostrophe; nothing else
is written that way, so the name is a PERSON, whatever it is spelt like, in place of an
entity inside the name and its minute ("Trường Giang 5" read as a numbered body). A name
that runs on to the left from another capitalised word on the same line ("Hải Phòng Minh
Phương 80'"), or of two words right after a score ("Porto 2-1 Chelsea Diego 60'": the team
and its scorer), is left alone: where the team ends is not known; so are sizes in inches
("LG 17''"), numbers with a leading zero ("Schalke 04'") and the end of a quoted title
("'Duyên dáng Việt Nam 13'"). Twenty-first stop, read off the
seen batches and checked on VNTC training articles (score lines of V-League and European
matches).

>>> t = "Bình Dương 4-2 Nam Định (Trường Giang 5', Kesley 15'40', C. Ronaldo 93'; van Persie 108')"
>>> [e.text for e in with_scorers(t, [])]
['Trường Giang', 'Kesley', 'C. Ronaldo', 'van Persie']
>>> with_scorers("Lincoln của Schalke 04'. Màn hình LG 17'' giá 115 USD; Porto 2-1 Chelsea Diego 60'", [])
[]
"""

from __future__ import annotations

import regex

from ..document import Entity
from .positions import EntitiesByStart

_WORD = r"\p{Lu}[\p{L}'\-]*"
_SCORER = regex.compile(
    rf"(?<![\p{{L}}\d.'])(?<!{_WORD}[ ])((?:(?:van|de|del|di|da|von)[ ])?(?:\p{{Lu}}\.[ ]?)?{_WORD}(?:[ ]{_WORD}){{0,2}})"
    rf"[ ]\(?[1-9]\d{{0,2}}(?:\+\d{{1,2}})?['’](?!['’])")
_MINUTE = regex.compile(r"\d['’]")
_OPEN_QUOTE = regex.compile(r"(?:^|[\s(])['‘]\p{Lu}")
_SCORE_BEFORE = regex.compile(r"\d[ ]?[-–][ ]?\d+[ ]$")
_CONTEXT = 150


def with_scorers(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` with every scorer of a score line a PERSON, an entity lying inside the
    name and its minute replaced; a scorer is skipped where a longer entity holds it.

    >>> from ..document import Entity
    >>> t = "2-1 (Trường Giang 5', Abey 45')"
    >>> found = [Entity("ORGANIZATION", 5, 19, "Trường Giang 5")]
    >>> [(e.label, e.text) for e in with_scorers(t, found)]
    [('PERSON', 'Trường Giang'), ('PERSON', 'Abey')]
    """
    if not _MINUTE.search(text):
        return entities
    added, dropped = [], set()
    held = None  # indexed at the first score line: one scan per scorer would be quadratic
    for match in _SCORER.finditer(text):
        start, end = match.span(1)
        reach = max(0, start - _CONTEXT)
        before = text[text.rfind("\n", reach, start) + 1 or reach:start]  # on the scorer's line
        last_minute = max((m.end() for m in _MINUTE.finditer(before)), default=0)
        if _OPEN_QUOTE.search(before, last_minute):
            continue  # a quoted title ("'Half-Life 2'", "'Duyên dáng Việt Nam 13'")
        if _SCORE_BEFORE.search(before) and " " in match.group(1) and "." not in match.group(1):
            continue  # "Porto 2-1 Chelsea Diego 60'": a team and its scorer
        held = held or EntitiesByStart(entities)
        inside = held.overlapping(start, match.end())
        if any(e.start < start or e.end > match.end() for e in inside):
            continue  # a longer entity holds the name
        if any(e.start == start and e.end == end and e.label in ("PERSON", "OFFICIAL") for e in inside):
            continue
        dropped.update(id(e) for e in inside)
        surface = text[start:end]
        added.append(Entity("PERSON", start, end, surface, " ".join(surface.split()), {"cue": "scorer"}))
    if not added:
        return entities
    kept = [e for e in entities if id(e) not in dropped]
    return sorted(kept + added, key=lambda e: (e.start, -e.end))
