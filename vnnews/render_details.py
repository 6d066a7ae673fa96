"""Plain-text details of an entity, as shown in the hover card of :mod:`vnnews.render`.

One line per fact: the label and name, then the admin type, official code, period,
parent units, successor units after the 2025 reform, positions of an official, ranked
candidates of an ambiguous name, and any other attribute as ``key: value``.

>>> from vnnews.document import Entity
>>> print(entity_details(Entity("COMMUNE", 0, 12, "xã Bình Định", "Bình Định",
...     {"admin_type": "xã", "code": "12345", "successors": [{"name": "Bình Định", "admin_type": "xã",
...      "code": "12399", "province": "Hưng Yên"}]})))
COMMUNE: Bình Định
Type: xã
Code: 12345
Successor: xã Bình Định (code 12399), Hưng Yên
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

from .document import Entity

_PERIODS = MappingProxyType({
    "pre2025": "before the 1 July 2025 reform",
    "post2025": "after the 1 July 2025 reform",
    "both": "before and after the 2025 reform",
})
_SHOWN = ("admin_type", "code", "period", "parents", "successors", "positions", "ambiguous", "candidates")
MAX_LISTED = 5
"""At most this many successor units, or candidate units of an ambiguous name, are listed."""
# Attributes that only matter to the recognizer (offsets of the bare name, flags).
_HIDDEN = frozenset({"name_start", "head_capitalised", "split", "full_name"})
_CAPTIONS = MappingProxyType(
    {"refers_to": "Refers to", "kind": "Kind", "cue": "Found by", "role": "Role", "honorific": "Honorific"}
)


def entity_details(entity: Entity) -> str:
    """Return the details of ``entity`` as plain text, one fact per line.

    >>> from vnnews.document import Entity
    >>> print(entity_details(Entity("OFFICIAL", 0, 14, "Nguyễn Mạnh Hùng", attrs={"positions": [
    ...     {"post": "Phó Bí thư", "body": "Tỉnh ủy"}, {"post": "Chủ tịch", "body": "UBND", "place": "tỉnh"}]})))
    OFFICIAL: Nguyễn Mạnh Hùng
    Position: Phó Bí thư Tỉnh ủy
    Position: Chủ tịch UBND tỉnh
    """
    attrs = entity.attrs or {}
    lines = [f"{entity.label}: {attrs.get('full_name') or entity.name or entity.text}"]
    if _given(attrs.get("admin_type")):
        lines.append(f"Type: {_plain(attrs['admin_type'])}")
    if _given(attrs.get("code")):
        lines.append(f"Code: {_plain(attrs['code'])}")
    if _given(attrs.get("period")):
        lines.append(f"Period: {_PERIODS.get(attrs['period'], _plain(attrs['period']))}")
    if _given(attrs.get("parents")):
        lines.append("In: " + "; ".join(unit_text(p) for p in _as_list(attrs["parents"])))
    successors = _as_list(attrs.get("successors"))
    caption = "Successor (split)" if attrs.get("split") or len(successors) > 1 else "Successor"
    lines.extend(f"{caption}: {unit_text(unit)}" for unit in successors[:MAX_LISTED])
    if len(successors) > MAX_LISTED:
        lines.append(f"… and {len(successors) - MAX_LISTED} more successor units")
    lines.extend(f"Position: {position_text(p)}" for p in _as_list(attrs.get("positions")))
    candidates = _as_list(attrs.get("candidates"))
    if attrs.get("ambiguous") or len(candidates) > 1:
        lines.append("Ambiguous: not certain which unit is meant")
        lines.extend(f"Candidate: {unit_text(c)}" for c in candidates[:MAX_LISTED])
        if len(candidates) > MAX_LISTED:
            lines.append(f"… and {len(candidates) - MAX_LISTED} more candidates")
    for key, value in attrs.items():
        if key not in _SHOWN and key not in _HIDDEN and _given(value):
            lines.append(f"{_CAPTIONS.get(key, key)}: {_plain(value)}")
    if entity.score is not None:
        lines.append(f"Confidence: {entity.score:.2f}")
    return "\n".join(lines)


def unit_text(unit: Any) -> str:
    """One administrative unit (a name or a dict with name, admin_type, code, province, score).

    >>> unit_text({"name": "Hưng Yên", "admin_type": "tỉnh", "code": "33", "province": "Hưng Yên"})
    'tỉnh Hưng Yên (code 33)'
    >>> unit_text("Thái Bình")
    'Thái Bình'
    """
    if not isinstance(unit, dict):
        return _plain(unit)
    name = str(unit.get("name") or unit.get("text") or "?")
    kind = unit.get("admin_type") or unit.get("type")
    if kind and not name.lower().startswith(str(kind).lower()):
        name = f"{kind} {name}"
    if _given(unit.get("code")):
        name += f" (code {unit['code']})"
    parent = unit.get("province") or unit.get("parent")
    if _given(parent) and parent != unit.get("name"):  # a province is its own "province"
        name += f", {unit_text(parent)}"
    if isinstance(unit.get("score"), (int, float)):
        name += f" [{unit['score']:.2f}]"
    return name


def position_text(position: Any) -> str:
    """One post of an official: post, body and place as written, then the resolved place.

    >>> position_text({"post": "Chủ tịch", "body": "UBND", "place": "tỉnh",
    ...                "place_resolved": {"name": "Thái Bình", "admin_type": "tỉnh"}})
    'Chủ tịch UBND tỉnh → tỉnh Thái Bình'
    >>> position_text({"text": "nguyên Bí thư Huyện ủy", "former": True})
    'nguyên Bí thư Huyện ủy (former)'
    """
    if not isinstance(position, dict):
        return _plain(position)
    written = position.get("text") or " ".join(
        str(position[key]) for key in ("post", "title", "body", "place") if _given(position.get(key))
    )
    resolved = next(
        (position[key] for key in ("place_resolved", "resolved_place", "resolved", "unit") if _given(position.get(key))),
        None,
    )
    if resolved is not None:
        written = f"{written} → {unit_text(resolved)}" if written else unit_text(resolved)
    if position.get("former") is True:
        written += " (former)"
    return written or _plain(position)


def _as_list(value: Any) -> list:
    if not _given(value):
        return []
    return list(value) if isinstance(value, (list, tuple)) else [value]


def _given(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def _plain(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return ", ".join(f"{k}={_plain(v)}" for k, v in value.items() if _given(v))
    if isinstance(value, (list, tuple)):
        return "; ".join(_plain(v) for v in value)
    return str(value)
