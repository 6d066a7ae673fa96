"""All word lists of the entity rules in one namespace, for the build scripts in ``models/``.

Plain immutable data, written by hand from general knowledge of Vietnamese news style
(not from the gold set). Phrases are lower case; lookups also accept text without
diacritics (see :class:`vnnews.entities.tokens.Phrasebook`).

Each list lives in the module of what it is for; rule modules import that module.

- :mod:`.person_words`: surnames, honorifics, words around a person's name
- :mod:`.post_words`: posts and ranks, former or acting holders, post predicates
- :mod:`.body_words`: bodies of a place, national bodies, acronyms, sectors, verbs after a body
- :mod:`.org_head_words`: head words of an organisation's name and what may follow them
- :mod:`.company_words`: company heads and forms, trades, foreign company words, products
- :mod:`.place_words`: level words, place heads, words that rule a place out
- :mod:`.world_words`: countries, foreign cities, foreign place and event words
- :mod:`.match_words`: sport: match verbs, teams, competitions, grounds

>>> "nguyễn" in SURNAMES and "chủ tịch" in POSTS
True
"""

from .body_words import *  # noqa: F401,F403
from .company_words import *  # noqa: F401,F403
from .match_words import *  # noqa: F401,F403
from .org_head_words import *  # noqa: F401,F403
from .person_words import *  # noqa: F401,F403
from .place_words import *  # noqa: F401,F403
from .post_words import *  # noqa: F401,F403
from .world_words import *  # noqa: F401,F403
