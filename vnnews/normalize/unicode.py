"""Unicode composition (NFC) and removal of invisible characters, with offset maps.

>>> text, char_map = nfc_with_map("Vie\\u0302\\u0323t")
>>> text, char_map.starts
('Việt', [0, 1, 2, 5])
"""

from __future__ import annotations

import re
import unicodedata

import regex

from .offsets import CharMap, chain, rewrite

_GRAPHEME = regex.compile(r"\X")
#: Soft hyphen, zero-width space, word joiner and byte-order mark: invisible, and they split
#: words; and zero-width (non-)joiners next to ASCII, a Latin letter, mark or space (they
#: join letters of Indic or Arabic script and emoji, never Vietnamese ones).
_LATIN_OR_SPACE = "\\x21-\\x7e\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f\\s"
_ALWAYS_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_LATIN_JOINER = re.compile("(?<=[%s])[\u200c\u200d]+|[\u200c\u200d]+(?=[%s])" % (_LATIN_OR_SPACE, _LATIN_OR_SPACE))
#: Any of them: the fast first check (clean text has none; the lookbehind above is slow)
_MAY_BE_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff\u200c\u200d]")
#: No-break, thin, ideographic... spaces (category Zs, all below U+3001) become " ".
_SPACES = {c: " " for c in range(0x3001) if unicodedata.category(chr(c)) == "Zs" and c != 0x20}


def nfc_with_map(text: str) -> tuple[str, CharMap | None]:
    """Compose ``text`` to NFC; the map is None when it already was NFC.

    Each grapheme cluster is composed on its own, so every output character maps
    back to the cluster it came from.

    >>> nfc_with_map("Hà Nội")
    ('Hà Nội', None)
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    edits = []
    for match in _GRAPHEME.finditer(text):
        cluster = match.group()
        composed = unicodedata.normalize("NFC", cluster)
        if composed != cluster:
            edits.append((match.start(), match.end(), composed))
    result, char_map = rewrite(text, edits)
    if not unicodedata.is_normalized("NFC", result):  # a composition across clusters
        return rewrite(text, [(0, len(text), unicodedata.normalize("NFC", text))])
    return result, char_map


def drop_invisible(text: str) -> tuple[str, CharMap | None]:
    """Remove soft hyphens, zero-width spaces, word joiners, byte-order marks and
    zero-width (non-)joiners in Latin text; compose (NFC) what they kept apart.

    >>> drop_invisible("\\ufeffNgh\\u00ade An, Vie\\u200c\\u0302\\u0323t")[0]
    'Nghe An, Việt'
    >>> drop_invisible("\\U0001f468\\u200d\\U0001f469")[1] is None  # an emoji sequence keeps its joiner
    True
    >>> drop_invisible("\\u200c\\u200c\\u200bThành")[0]  # joiners next to a letter once the space is gone
    'Thành'
    """
    if not _MAY_BE_INVISIBLE.search(text):
        return text, None
    char_map = None
    for invisible in (_ALWAYS_INVISIBLE, _LATIN_JOINER):
        edits = [(m.start(), m.end(), "") for m in invisible.finditer(text)]
        if edits:
            text, step_map = rewrite(text, edits)
            char_map = chain(char_map, step_map)
    if char_map is None:
        return text, None
    composed, nfc_map = nfc_with_map(text)
    return composed, char_map.then(nfc_map)


def unify_spaces(text: str) -> tuple[str, None]:
    """Write no-break, thin and other Unicode spaces as " ", one for one (tabs stay).

    >>> unify_spaces("Khánh\\xa0Hoà\\u2009\\t1")
    ('Khánh Hoà \\t1', None)
    """
    return (text if text.isascii() else text.translate(_SPACES)), None
