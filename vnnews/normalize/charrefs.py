"""HTML character references left in scraped text: "GD&amp;ĐT" → "GD&ĐT", "&#39;" → "'".

Only complete references are decoded -- a name HTML knows, or a decimal or hex number,
then ";" -- never a bare "&" ("Tesco & Co", "a&b"). Text escaped more than once ("&amp;quot;")
is decoded in full, so normalising is idempotent.

>>> unescape_with_map("GD&amp;ĐT &quot;Bộ&quot; R&D &foo; &#39;x&#x27;")[0]
'GD&ĐT "Bộ" R&D &foo; \\'x\\''
"""

from __future__ import annotations

import html
import re
from html.entities import html5

from .offsets import CharMap, rewrite

#: A reference after any number of escaped "&" ("&amp;amp;quot;" is '"' escaped twice).
_REFERENCE = re.compile(r"&(?:amp;|AMP;|#0*38;|#[xX]0*26;)*((?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});)")


def unescape_with_map(text: str) -> tuple[str, CharMap | None]:
    """Decode HTML character references; the map is None when there were none.

    >>> text, char_map = unescape_with_map("a&amp;amp;b")
    >>> text, char_map.starts, char_map.ends
    ('a&b', [0, 1, 10], [1, 10, 11])
    """
    if "&" not in text:
        return text, None
    edits = []
    for match in _REFERENCE.finditer(text):
        name = match.group(1)
        if name[0] == "#":
            decoded = html.unescape("&" + name)
        else:  # only a whole known name: html.unescape would also read "&ampamp;" as "&" + "amp;"
            decoded = html5.get(name, "&" + name)  # "&amp;foo;" (unknown name) -> "&foo;"
        if decoded != match.group():
            edits.append((match.start(), match.end(), decoded))
    return rewrite(text, edits)
