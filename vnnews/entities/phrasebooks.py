"""The phrasebooks several entity rules share, built once per process from :mod:`vocab`.

Read-only after construction, so one instance serves every module and every thread.

>>> from .tokens import syllables
>>> POSTS.match(syllables("Chủ tịch UBND tỉnh"), 0)
(2, 'chủ tịch')
"""

from __future__ import annotations

from . import vocab
from .tokens import Phrasebook

POSTS = Phrasebook(vocab.POSTS)
SECTORS = Phrasebook(vocab.SECTORS)
PLACE_BODIES = Phrasebook(vocab.PLACE_BODIES)
LEVEL_WORDS = Phrasebook(vocab.LEVEL_WORDS)
HONORIFICS = Phrasebook(vocab.HONORIFICS)
WORLD_PLACES = Phrasebook(vocab.COUNTRIES + vocab.FOREIGN_CITIES)
COMPANY_FORMS = Phrasebook(vocab.COMPANY_FORMS)
COUNTRIES = Phrasebook(vocab.COUNTRIES)
VERBS_AFTER_A_BODY = Phrasebook(vocab.VERBS_AFTER_A_BODY)
