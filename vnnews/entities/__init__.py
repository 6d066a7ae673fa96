"""Named entities of public-affairs news: officials, persons, organisations and places.

Administrative units (provinces, districts, communes before and after the 1 July 2025
reform, linked to their official codes) are found by :mod:`vnnews.entities.places` using
the registry in :mod:`vnnews.entities.gazetteer`; persons, officials, organisations and
other locations by the rules in the sibling modules, combined by
:class:`~vnnews.entities.recognizer.EntityRecognizer`.

>>> text = "Ông Nguyễn Văn A, Chủ tịch UBND xã Bình Định, huyện Kiến Xương."
>>> [(e.label, e.text) for e in extract_entities(text)]
[('OFFICIAL', 'Nguyễn Văn A'), ('ORGANIZATION', 'UBND xã Bình Định'), ('COMMUNE', 'xã Bình Định'), ('DISTRICT', 'huyện Kiến Xương')]
"""

from __future__ import annotations

from ..document import Entity
from ..errors import BackendError, InputError, check_text
from .recognizer import EntityRecognizer

__all__ = ["EntityRecognizer", "extract_entities", "map_to_original"]


def extract_entities(text: str, restore: bool | str = "auto", stacked: bool | str | None = None) -> list[Entity]:
    """Entities of ``text`` with offsets into ``text`` itself, whatever normalisation did.

    The text is normalised first (NFC, one tone-mark style, look-alike letters); entity
    ``text`` (and an official's position ``text``) is the slice of the original, ``name``
    and the parts of a position (``post``, ``body``, ``place``) the normalised form.

    ``restore`` works as the Pipeline's ``restore_diacritics``: ``"auto"`` (the default)
    restores the diacritics of a text written without them, or of its lines without them
    (the Pipeline's own test, :func:`vnnews.steps.lacks_diacritics`), before the rules
    read it; ``True`` always restores, ``False`` never. Offsets and ``text`` still point
    into the text given; ``name`` is the restored form, and every entity of a restored text
    has ``attrs["diacritics_restored"] = True``. Accented text is read as written.
    ``stacked`` lets a stacked CRF (:mod:`.stacked`) decide persons, officials,
    organisations and locations over the rules' output: ``False`` (the rules alone),
    ``"fast"``, ``True``/``"full"`` (with underthesea's NER tag; about 20 times slower);
    None (the default) is :data:`vnnews.stacked_option.DEFAULT_STACKED` as it is at the
    call. Other values raise
    :class:`~vnnews.errors.InputError`.

    >>> text = "Chủ tịch UBND tỉnh Khánh Hoà Nguyễn Tấn Tuân"
    >>> [(e.label, e.text, text[e.start:e.end] == e.text) for e in extract_entities(text)]
    [('ORGANIZATION', 'UBND tỉnh Khánh Hoà', True), ('PROVINCE', 'tỉnh Khánh Hoà', True), ('OFFICIAL', 'Nguyễn Tấn Tuân', True)]
    >>> [(e.label, e.text, e.name) for e in extract_entities("Ong Nguyen Van Hung den Ha Noi")]
    [('PERSON', 'Nguyen Van Hung', 'Nguyễn Văn Hùng'), ('PROVINCE', 'Ha Noi', 'Hà Nội')]
    >>> [(e.label, e.text) for e in extract_entities("Ong Nguyen Van Hung den Ha Noi", restore=False)]
    [('PERSON', 'Nguyen Van Hung'), ('LOCATION', 'den Ha Noi')]
    """
    from ..normalize import normalize_with_map

    check_text(text, who="extract_entities")
    if restore not in (True, False, "auto"):
        raise InputError(f"restore must be True, False or 'auto', not {restore!r}")
    recognizer = EntityRecognizer(stacked=stacked)
    normalized = normalize_with_map(text)
    if restore and (restore is True or _lacks_diacritics(normalized.text)):
        from ..restore import restore_diacritics
        from .as_written import read_restored

        restored = restore_diacritics(normalized.text)
        if len(restored) != len(normalized.text):
            raise BackendError("diacritic restoration changed the text length; offsets would break")
        entities = read_restored(recognizer, restored, normalized.text)
    else:
        entities = recognizer.extract(normalized.text)
    return map_to_original(entities, normalized)


def _lacks_diacritics(text: str) -> bool:
    from ..restore import needs_restoration
    from ..steps import lacks_diacritics

    return lacks_diacritics(text, needs_restoration)


def map_to_original(entities: list[Entity], normalized) -> list[Entity]:
    """Move every offset of ``entities`` found in ``normalized.text`` to ``normalized.original``:
    the entity span, each official's position span, a short form's ``refers_to``; entity
    and position ``text`` become slices of the original. Changes the entities in place and
    returns them (the Pipeline calls this after ``EntityRecognizer().extract``).

    >>> from vnnews.normalize import normalize_with_map
    >>> n = normalize_with_map("Ông Lê Văn Thuỷ")
    >>> [e.text for e in map_to_original(EntityRecognizer().extract(n.text), n)]
    ['Lê Văn Thuỷ']
    """
    original = normalized.original
    for entity in entities:
        if "name_start" in entity.attrs:  # where an admin unit's name starts after its type word
            entity.attrs["name_start"] = normalized.span_to_original(entity.attrs["name_start"], entity.end)[0]
        entity.start, entity.end = normalized.span_to_original(entity.start, entity.end)
        entity.text = original[entity.start:entity.end]
        for span in [entity.attrs.get("refers_to")] + entity.attrs.get("positions", []):
            if span:
                span["start"], span["end"] = normalized.span_to_original(span["start"], span["end"])
        for position in entity.attrs.get("positions", []):
            position["text"] = original[position["start"]:position["end"]]
    return entities
