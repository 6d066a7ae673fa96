"""Named entities of public-affairs news: officials, persons, organisations and places.

Administrative units (provinces, districts, communes before and after the 1 July 2025
reform, linked to their official codes) are found by :mod:`vnnews.entities.places` using
the registry in :mod:`vnnews.entities.gazetteer`.
"""
