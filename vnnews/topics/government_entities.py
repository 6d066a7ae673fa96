"""Entity features for the government-administration detector.

What :func:`vnnews.extract_entities` finds in the headline, the first paragraph and the rest
of an article, reduced to counts a stack can weigh: officials holding a state or Party post,
state bodies among the organisations, administrative units, and the level (central,
province, district, commune) of the posts. The parts are those the headline-and-lead head
reads (:func:`.government_lead.headline_and_lead`) and what follows them.

>>> named = entity_features("Chủ tịch UBND tỉnh Bình Định Nguyễn Văn A thăm Bộ Tài chính\\nSáng nay ...")
>>> [round(math.expm1(named[name])) for name in ("headline_state_officials", "headline_state_bodies", "post_province")]
[1, 2, 1]
>>> named["headline_names_state"], named["state_body_share"]
(1.0, 1.0)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Iterable, Sequence

from ..document import Entity
from .government import lead as normalised
from .government_lead import headline_and_lead

PARTS = ("headline", "lead", "body")
LEVELS = ("central", "province", "district", "commune")

STATE_BODY = re.compile(
    r"^(?:ubnd|hđnd|uỷ ban nhân dân|hội đồng nhân dân|tỉnh uỷ|thành uỷ|huyện uỷ|quận uỷ|thị uỷ|đảng uỷ|"
    r"ban chấp hành|bộ |chính phủ|quốc hội|thanh tra|sở |cục |tổng cục|chi cục|văn phòng|vp |"
    r"mặt trận|ban |uỷ ban|kiểm toán|toà án|tand|viện kiểm sát|vks|công an|ca |bộ chính trị|ban bí thư)"
)
"""How the (normalised, lower-cased) name of a state or Party body begins."""
CENTRAL_BODY = re.compile(
    r"^(?:bộ |chính phủ|quốc hội|tổng cục|cục |vụ |văn phòng chính phủ|văn phòng quốc hội|bộ chính trị|"
    r"ban bí thư|ban chấp hành trung ương|trung ương|kiểm toán nhà nước|thanh tra chính phủ|uỷ ban thường vụ)"
)
"""How the name of a central (national) state or Party body begins."""
STATE_POST = re.compile(
    r"^(?:phó )?(?:thủ tướng|chủ tịch nước|tổng bí thư|bí thư|bộ trưởng|thứ trưởng|đại biểu|đb|"
    r"tổng cục trưởng|cục trưởng|vụ trưởng|chánh thanh tra|chánh văn phòng|tổng thanh tra|tổng kiểm toán|"
    r"chủ nhiệm uỷ ban|trưởng đoàn đại biểu|uỷ viên bộ chính trị|uỷ viên trung ương)"
)
"""Posts that are state or Party posts whatever body (if any) is written with them."""
CENTRAL_POST = re.compile(
    r"^(?:phó )?(?:thủ tướng|chủ tịch nước|tổng bí thư|bộ trưởng|thứ trưởng|tổng cục trưởng|cục trưởng|"
    r"vụ trưởng|tổng thanh tra|tổng kiểm toán|uỷ viên bộ chính trị|uỷ viên trung ương)"
)


def article_parts(text: str) -> tuple[str, str]:
    """(headline and first paragraph, the rest of the article).

    >>> article_parts("Tỉnh uỷ họp\\nSáng nay, Tỉnh uỷ họp.\\nĐoạn hai.\\nĐoạn ba.")
    ('Tỉnh uỷ họp\\nSáng nay, Tỉnh uỷ họp.', 'Đoạn hai.\\nĐoạn ba.')
    """
    _, _, rest = text.lstrip().partition("\n")
    remainder = rest.strip().split("\n", 1)
    return headline_and_lead(text), remainder[1].strip() if len(remainder) > 1 else ""


def is_state_body(name: str) -> bool:
    """Whether an organisation's name is that of a state or Party body.

    >>> is_state_body("UBND tỉnh Bình Định"), is_state_body("Công ty Sông Đà")
    (True, False)
    """
    return bool(STATE_BODY.match(normalised(name)))


def post_level(position: dict) -> str | None:
    """The level of a state or Party post ("central", "province", ...), or None when it is no such post.

    ``position`` is one of an OFFICIAL's ``positions`` (post, body, level).

    >>> post_level({"post": "Bộ trưởng", "body": "Bộ Tài chính", "level": None})
    'central'
    >>> post_level({"post": "Chủ tịch", "body": "UBND tỉnh Bình Định", "level": "province"})
    'province'
    >>> post_level({"post": "Giám đốc", "body": "Công ty Sông Đà", "level": None}) is None
    True
    """
    post = normalised(position.get("post") or "")
    body = normalised(position.get("body") or "")
    state = bool(STATE_POST.match(post)) or bool(body and STATE_BODY.match(body))
    if not state:
        return None
    if position.get("level") in LEVELS:
        return position["level"]
    if CENTRAL_POST.match(post) or (body and CENTRAL_BODY.match(body)):
        return "central"
    return "unplaced"


def official_level(entity: Entity) -> str | None:
    """The level of an OFFICIAL's first state or Party post (None: no such post)."""
    levels = [post_level(p) for p in entity.attrs.get("positions", [])]
    return next((level for level in levels if level), None)


def part_counts(entities: Iterable[Entity]) -> Counter:
    """Counts of state officials, officials, state bodies, organisations, admin units, persons and post levels.

    >>> from vnnews.entities import extract_entities
    >>> counts = part_counts(extract_entities("Bí thư Tỉnh uỷ Nguyễn Văn A gặp UBND huyện Tuy Phước và Công ty Sông Đà"))
    >>> sorted(counts.items())
    [('admin_units', 1), ('officials', 1), ('organisations', 2), ('post_province', 1), ('state_bodies', 1), ('state_officials', 1)]
    """
    counts: Counter = Counter()
    for entity in entities:
        if entity.label == "OFFICIAL":
            counts["officials"] += 1
            level = official_level(entity)
            if level:
                counts["state_officials"] += 1
                counts[f"post_{level}"] += 1
        elif entity.label == "ORGANIZATION":
            counts["organisations"] += 1
            if is_state_body(entity.text):
                counts["state_bodies"] += 1
        elif entity.label in ("PROVINCE", "DISTRICT", "COMMUNE"):
            counts["admin_units"] += 1
        elif entity.label == "PERSON":
            counts["persons"] += 1
    return counts


COUNTED = ("state_officials", "officials", "state_bodies", "organisations", "admin_units", "persons")


def features_from_entities(head_entities: Sequence[Entity], headline_chars: int,
                           body_entities: Sequence[Entity] | None) -> dict[str, float]:
    """The named entity features from the entities of the headline and lead (offsets into it)
    and, unless None, those of the rest of the article.

    ``headline_chars`` is the headline's length in the headline-and-lead text. Counts are
    log(1 + n); ``headline_names_state`` is 1 when the headline names a state official or body;
    ``state_body_share`` the share of all organisations that are state bodies;
    ``post_<level>`` the state and Party posts by level (central, province, district, commune).
    """
    parts = {"headline": part_counts(e for e in head_entities if e.start < headline_chars),
             "lead": part_counts(e for e in head_entities if e.start >= headline_chars)}
    if body_entities is not None:
        parts["body"] = part_counts(body_entities)
    named = {f"{part}_{name}": math.log1p(counts[name]) for part, counts in parts.items() for name in COUNTED}
    headline = parts["headline"]
    named["headline_names_state"] = float(headline["state_officials"] + headline["state_bodies"] > 0)
    total = sum(parts.values(), Counter())
    named["state_body_share"] = total["state_bodies"] / total["organisations"] if total["organisations"] else 0.0
    for level in LEVELS:
        named[f"post_{level}"] = math.log1p(total[f"post_{level}"])
    return named


def entity_features(text: str, body: bool = False) -> dict[str, float]:
    """The named entity features of an article: headline and lead, with ``body`` also the rest.

    >>> entity_features("Arsenal thắng Chelsea\\nTrận đấu ...")["headline_names_state"]
    0.0
    """
    from ..entities import extract_entities

    head, rest = article_parts(text)
    headline_chars = len(head.partition("\n")[0])
    return features_from_entities(extract_entities(head), headline_chars,
                                  extract_entities(rest) if body else None)
