"""World figures named by their surname alone: "Bush", "Saddam", "Arafat", "Putin".

World news names the best-known leaders without a post or a first name ("chính quyền
Bush", "Saddam bị bắt", "Putin nói"). A short list of such surnames, written from general
knowledge of the news of the VNTC years (heads of state and government, leaders of movements
and a few public figures), marks them as persons where nothing else holds them and they
stand alone, or after a given name with a particle or a middle initial ("Osama bin Laden",
"George W. Bush"); a longer capitalised name is left to the other rules ("Bush Jr").

>>> t = "Chính quyền Bush gây sức ép, còn Saddam và Al-Zarqawi vẫn là mục tiêu."
>>> [e.text for e in find_figures(t, syllables(t), set())]
['Bush', 'Saddam', 'Al-Zarqawi']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import person_words
from .persons import person_entity
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

WORLD_FIGURES = frozenset("""
bush saddam arafat putin cheney powell rumsfeld blair chirac schroeder schröder koizumi sharon
olmert kerry clinton annan musharraf karzai zarqawi al-zarqawi laden khamenei ahmadinejad
khatami chavez castro yushchenko yanukovich berlusconi merkel gorbachev yeltsin mandela
gates beckham ronaldinho zidane federer sharapova schumacher negroponte wolfowitz bremer
allawi talabani sistani nasrallah haniyeh assad mubarak gaddafi kadhafi thaksin megawati
yudhoyono arroyo suharto mahathir badawi lukashenko erdogan sarkozy villepin prodi zapatero
aznar condoleezza greenspan bernanke wolfensohn kofi
""".split())
"""Surnames and names of world figures (lower case)."""


def find_figures(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for world figures named alone on tokens not in ``taken``.

    >>> t = "George W. Bush và Bush Jr, Osama bin Laden, 10-Zinedine Zidane"
    >>> [e.text for e in find_figures(t, syllables(t), set())]
    ['George W. Bush', 'Osama bin Laden']
    """
    found = []
    for k, token in enumerate(tokens):
        if k in taken or not token.cap or token.low not in WORLD_FIGURES:
            continue
        if k + 1 < len(tokens) and tokens[k + 1].linked and tokens[k + 1].cap:
            continue  # "Bush Jr"
        start = _first_name_start(text, tokens, k)
        if start is not None and not any(j in taken for j in range(start, k)):
            found.append(person_entity(text, tokens, start, k + 1, "figure"))
    return found


def _first_name_start(text: str, tokens: Sequence[Syllable], k: int) -> int | None:
    """Where the name ending with the figure at ``k`` starts: ``k`` alone, or the given name
    before a particle or a middle initial ("Osama bin Laden", "George W. Bush"); None when a
    longer capitalised name or a shirt number holds it ("10-Zinedine Zidane")."""
    previous = tokens[k - 1] if k > 0 and tokens[k].linked else None
    if previous is None and not _after_initial(text, tokens, k):
        return k
    if previous is not None and previous.text[0].isdigit():
        return None
    if previous is not None and previous.cap and not _after_initial(text, tokens, k):
        return None
    if previous is not None and not previous.cap and previous.low not in person_words.NAME_PARTICLES:
        return k  # "chính quyền Bush"
    j = k - 1  # a particle ("bin") or an initial ("W.") before the figure
    if j > 0 and (tokens[j].linked or _after_initial(text, tokens, j)) and tokens[j - 1].name_like \
            and not tokens[j - 1].text[0].isdigit():
        return j - 1
    return None


def _after_initial(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """"W. Bush": the name goes on from a middle initial."""
    return k > 0 and len(tokens[k - 1].text) == 1 and tokens[k - 1].cap \
        and text[tokens[k - 1].end:tokens[k].start] == ". "
