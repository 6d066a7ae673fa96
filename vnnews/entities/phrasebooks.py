"""The phrasebooks several entity rules share, built once per process from :mod:`vocab`.

Read-only after construction, so one instance serves every module and every thread.

>>> from .tokens import syllables
>>> POSTS.match(syllables("Chủ tịch UBND tỉnh"), 0)
(2, 'chủ tịch')
"""

from __future__ import annotations

from . import body_words, company_words, person_words, place_words, post_words, world_words
from .tokens import Phrasebook

POSTS = Phrasebook(post_words.POSTS)
SECTORS = Phrasebook(body_words.SECTORS)
PLACE_BODIES = Phrasebook(body_words.PLACE_BODIES)
LEVEL_WORDS = Phrasebook(place_words.LEVEL_WORDS)
HONORIFICS = Phrasebook(person_words.HONORIFICS)
WORLD_PLACES = Phrasebook(world_words.COUNTRIES + world_words.FOREIGN_CITIES)
COMPANY_FORMS = Phrasebook(company_words.COMPANY_FORMS)
COUNTRIES = Phrasebook(world_words.COUNTRIES)
VERBS_AFTER_A_BODY = Phrasebook(body_words.VERBS_AFTER_A_BODY)
