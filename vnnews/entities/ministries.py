"""Ministries named by their field alone: "Bộ trưởng Tài chính Nguyễn Sinh Hùng", "các bộ
Ngoại giao, Công an".

News writes a minister's post without the second "Bộ" ("Bộ trưởng Tài chính", "Thứ trưởng
Công an") and lists ministries after a lower-case "bộ". The guideline makes a body inside a
post an ORGANIZATION and leaves a lower-case head out, so the capitalised field is the
ministry: "Tài chính", "Ngoại giao". A field followed by a country ("Bộ trưởng Ngoại giao
Mỹ") is left alone: whether the country belongs to the name is not settled. Since the
nineteenth stop a field after a minister's post tells the official's post but is dropped
from the output (:func:`without_fields_after_posts`): the gold batches annotated later leave
it out.

>>> t = "Bộ trưởng Tài chính Nguyễn Sinh Hùng và các bộ Ngoại giao, Công an họp."
>>> [e.text for e in find_ministries_by_field(t, syllables(t), [])]
['Tài chính', 'Ngoại giao', 'Công an']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import phrasebooks
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

MINISTRY_FIELDS = (
    "tư pháp", "tài chính", "công an", "quốc phòng", "ngoại giao", "nội vụ", "y tế", "xây dựng",
    "công thương", "thương mại", "công nghiệp", "giáo dục và đào tạo", "giáo dục - đào tạo",
    "giáo dục", "giao thông vận tải", "giao thông - vận tải", "nông nghiệp và phát triển nông thôn",
    "nông nghiệp", "tài nguyên và môi trường", "tài nguyên - môi trường", "kế hoạch và đầu tư",
    "kế hoạch - đầu tư", "kế hoạch đầu tư", "lao động - thương binh và xã hội",
    "lao động thương binh và xã hội", "lao động - thương binh - xã hội", "lao động",
    "văn hóa - thông tin", "văn hóa thông tin", "văn hóa", "khoa học và công nghệ",
    "khoa học - công nghệ", "bưu chính viễn thông", "bưu chính - viễn thông", "thủy sản",
    "năng lượng", "kinh tế", "thông tin và truyền thông",
)
"""Fields that name a ministry after a minister's post or a lower-case "bộ"."""

_FIELDS = Phrasebook(MINISTRY_FIELDS)
_POSTS = Phrasebook(("bộ trưởng", "thứ trưởng"))
_COUNTRIES = phrasebooks.COUNTRIES


def find_ministries_by_field(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for ministries named by their field after a minister's post or a
    lower-case "bộ" (and the fields listed after it), outside ``organizations``.

    >>> t = "Thứ trưởng Quốc phòng Mỹ cho biết; Bộ Tài chính họp."
    >>> find_ministries_by_field(t, syllables(t), [])
    []
    """
    found = []
    bodies = None  # the organisations by position (log-time lookups: linear on long texts), built when first asked
    k = 0
    while k < len(tokens):
        cue = _cue_length(tokens, k)
        if not cue:
            k += 1
            continue
        cue_is_post = cue > 1  # "bộ trưởng", "thứ trưởng"; not a lower-case "bộ"
        k += cue
        while k < len(tokens) and tokens[k].cap and (field := _FIELDS.match(tokens, k)):
            end = k + field[0]
            if _country_after(tokens, end) or (cue_is_post and _goes_on(tokens, end)):
                break  # "Bộ trưởng Ngoại giao Mỹ", "Bộ trưởng Nông nghiệp và Đất đai Canada"
            start, stop = tokens[k].start, tokens[end - 1].end
            bodies = bodies or EntitiesByStart(organizations)
            if not bodies.overlap(start, stop):
                found.append(organization_entity(text, start, stop, "post_field" if cue_is_post else "ministry_field"))
            k = _next_field(text, tokens, end)
            if k is None:
                k = end
                break
    return found


def without_fields_after_posts(entities: list[Entity]) -> list[Entity]:
    """``entities`` without the fields read after a minister's post: "Bộ trưởng Tài chính"
    names a post, not a body (the gold batches annotated from blind9 on, by annotators who
    never saw the output, leave the field out 16 times in 17; so does modern_a). The field
    still tells the official's post; fields listed after a lower-case "bộ" stay ("các bộ
    Ngoại giao, Công an"). Nineteenth pass.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Bộ trưởng Tài chính Nguyễn Sinh Hùng và các bộ Ngoại giao, Công an họp."
    >>> [(e.label, e.text) for e in EntityRecognizer(stacked=False).extract(t)]
    [('OFFICIAL', 'Nguyễn Sinh Hùng'), ('ORGANIZATION', 'Ngoại giao'), ('ORGANIZATION', 'Công an')]
    """
    return [e for e in entities if e.label != "ORGANIZATION" or e.attrs.get("kind") != "post_field"]


def _cue_length(tokens: Sequence[Syllable], k: int) -> int:
    """Length of a minister's post or a lower-case "bộ" at ``k`` that a field follows, else 0."""
    post = _POSTS.match(tokens, k)
    size = post[0] if post else (1 if tokens[k].text == "bộ" else 0)
    if not size or k + size >= len(tokens) or not tokens[k + size].linked:
        return 0
    return size


def _goes_on(tokens: Sequence[Syllable], end: int) -> bool:
    """The field goes on with "và" and a capital: a longer name than the list holds."""
    return end + 1 < len(tokens) and tokens[end].low == "và" and tokens[end].linked and tokens[end + 1].cap


def _country_after(tokens: Sequence[Syllable], end: int) -> bool:
    return end < len(tokens) and tokens[end].linked and _COUNTRIES.match(tokens, end) is not None


def _next_field(text: str, tokens: Sequence[Syllable], end: int) -> int | None:
    """Index of the next field of a list ("Ngoại giao, Công an", "Ngoại giao và Tài chính"),
    or None when the list ends at ``end``."""
    if end >= len(tokens):
        return None
    if text[tokens[end - 1].end:tokens[end].start].strip() == ",":
        return end
    if tokens[end].low == "và" and tokens[end].linked and end + 1 < len(tokens) and tokens[end + 1].linked:
        return end + 1
    return None
