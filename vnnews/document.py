"""The Document model: one analysed article with offsets into the text the user passed in.

Every :class:`Token`, :class:`Sentence` and :class:`Entity` carries ``start``/``end``
character offsets into ``Document.text`` (the user's original text), so
``doc.text[e.start:e.end]`` is what the user sees in their own text, whatever the
normalisation changed. A Document serialises to JSON with a schema version and
round-trips through :meth:`Document.from_dict`.

>>> doc = Document(text="Hà Nội mưa.", tokens=[Token(0, 6, "Hà Nội"), Token(7, 10, "mưa"), Token(10, 11, ".")])
>>> [doc.text[t.start:t.end] for t in doc.tokens]
['Hà Nội', 'mưa', '.']
>>> Document.from_json(doc.to_json()) == doc
True
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

SCHEMA_VERSION = 1
"""Version of the JSON layout written by :meth:`Document.to_dict`; its JSON Schema is
``vnnews/schema/document-<version>.json`` (:func:`json_schema`). It goes up only when the
layout changes incompatibly (a field removed, renamed or retyped); new optional fields and new
entity ``attrs`` keep it."""

_SCHEMA_KINDS = {"document": "#/$defs/Document", "record": "#/$defs/BatchRecord"}


@dataclass
class Token:
    """A word (possibly several syllables) at ``text[start:end]`` of the original text.

    ``text`` is the original slice; ``norm`` the normalised form the models saw.

    >>> Token(0, 6, "Hà Nội").to_dict()["text"]
    'Hà Nội'
    """

    start: int
    end: int
    text: str
    norm: str | None = None
    pos: str | None = None

    def to_dict(self) -> dict[str, Any]:
        # Scalar fields only: a plain copy, ~10x cheaper than dataclasses.asdict (tokens are many).
        return _compact(self.__dict__)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Token":
        return cls(**_known(cls, data))


@dataclass
class Sentence:
    """A sentence at ``text[start:end]`` of the original text.

    >>> Sentence(0, 11, "Hà Nội mưa.").end
    11
    """

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)  # scalar fields only (see Token.to_dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Sentence":
        return cls(**_known(cls, data))


@dataclass
class Entity:
    """A named entity at ``text[start:end]`` of the original text.

    ``label`` is one of OFFICIAL, PERSON, PROVINCE, DISTRICT, COMMUNE, ORGANIZATION,
    LOCATION; ``name`` the normalised name; ``attrs`` the label-specific attributes
    (admin type, official code, successors, positions, candidates, ...), JSON-ready.

    >>> e = Entity("PROVINCE", 0, 6, "Hà Nội", "Hà Nội", {"code": "01"})
    >>> Entity.from_dict(e.to_dict()) == e
    True
    """

    label: str
    start: int
    end: int
    text: str
    name: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    score: float | None = None

    def __getattr__(self, item: str) -> Any:
        # Label-specific attributes read as plain attributes: entity.code, entity.positions.
        attrs = self.__dict__.get("attrs")
        if attrs is not None and item in attrs:
            return attrs[item]
        raise AttributeError(item)

    def to_dict(self) -> dict[str, Any]:
        return _compact(_fields_copied(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Entity":
        return cls(**_known(cls, data))


@dataclass
class Topic:
    """The topic of an article: best label, its probability and all label probabilities.

    >>> t = Topic("chinh_tri_xa_hoi", 0.9, {"chinh_tri_xa_hoi": 0.9, "the_thao": 0.1})
    >>> Topic.from_dict(t.to_dict()) == t
    True
    """

    label: str
    score: float
    scores: dict[str, float] = field(default_factory=dict)
    government_administration: bool | None = None
    government_administration_score: float | None = None
    display_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _compact(_fields_copied(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Topic":
        return cls(**_known(cls, data))


@dataclass
class Document:
    """One analysed article.

    ``text`` is the text the user passed in (after decoding bytes / extracting HTML, when
    the input was not already text); ``normalized`` the text the models saw; ``meta``
    holds title, author, dates and other facts pulled out by cleaning; ``boilerplate``
    lists spans of site furniture that do not feed entities or topic; ``errors`` lists
    problems met on the way (the document is still returned).

    >>> doc = Document(text="Xin chào")
    >>> doc.to_dict()["schema_version"] == SCHEMA_VERSION
    True
    """

    text: str
    normalized: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    topic: Topic | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    boilerplate: list[dict[str, Any]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    schema_version: int = SCHEMA_VERSION

    def ents(self, label: str | None = None) -> list[Entity]:
        """Entities, optionally only those with ``label``.

        >>> Document("x", entities=[Entity("PERSON", 0, 1, "x")]).ents("PERSON")[0].text
        'x'
        """
        return [e for e in self.entities if label is None or e.label == label]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole document."""
        return {
            "schema_version": self.schema_version,
            "text": self.text,
            "normalized": self.normalized,
            "sentences": [s.to_dict() for s in self.sentences],
            "tokens": [t.to_dict() for t in self.tokens],
            "entities": [e.to_dict() for e in self.entities],
            "topic": self.topic.to_dict() if self.topic else None,
            "meta": self.meta,
            "boilerplate": self.boilerplate,
            "errors": self.errors,
        }

    def to_json(self, **kwargs: Any) -> str:
        """The document as a JSON string (UTF-8 characters kept, not escaped)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Document":
        """Rebuild a Document from :meth:`to_dict` output; refuses a newer schema and
        raises :class:`~vnnews.errors.InputError` for anything else that is no Document.

        >>> Document.from_dict({"text": "abc", "entities": [{"label": "PERSON"}]})
        Traceback (most recent call last):
        ...
        vnnews.errors.InputError: not a vnnews document: TypeError: ...
        """
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError("not a vnnews document: expected a dict with a 'text' field (str)")
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or version > SCHEMA_VERSION:
            raise InputError(
                f"document schema version {version!r} is newer than this vnnews reads ({SCHEMA_VERSION})"
            )
        try:
            return cls._from_checked_dict(data)
        except (TypeError, ValueError, AttributeError) as exc:  # a field of the wrong shape
            raise InputError(f"not a vnnews document: {type(exc).__name__}: {exc}") from exc

    @classmethod
    def _from_checked_dict(cls, data: dict[str, Any]) -> "Document":
        topic = data.get("topic")
        return cls(
            text=data["text"],
            normalized=data.get("normalized"),
            sentences=_spans(Sentence, _listed(data, "sentences")),
            tokens=_spans(Token, _listed(data, "tokens")),
            entities=_spans(Entity, _listed(data, "entities")),
            topic=Topic.from_dict(topic) if topic else None,
            meta=dict(data.get("meta") or {}),
            boilerplate=_listed(data, "boilerplate"),
            errors=_listed(data, "errors"),
            schema_version=SCHEMA_VERSION,
        )

    @classmethod
    def from_json(cls, text: str) -> "Document":
        """Rebuild a Document from :meth:`to_json` output."""
        try:
            data = json.loads(text)
        except (json.JSONDecodeError, TypeError) as exc:
            raise InputError(f"not valid JSON: {exc}") from exc
        return cls.from_dict(data)


def json_schema(kind: str = "document") -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :meth:`Document.to_json` (``kind="document"``) or of
    a line of a batch run's output (``"record"``: an id with a document, or an error with its
    reason). A fresh dict on each call; validate with the ``jsonschema`` package.

    >>> schema = json_schema()
    >>> schema["$schema"], schema["$defs"]["Document"]["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    ('https://json-schema.org/draft/2020-12/schema', True)
    >>> sorted(json_schema("record")["$defs"]["BatchRecord"]["required"])
    ['document', 'error', 'id']
    """
    if kind not in _SCHEMA_KINDS:
        raise InputError(f"kind must be one of {', '.join(_SCHEMA_KINDS)}, not {kind!r}")
    path = Path(__file__).with_name("schema") / f"document-{SCHEMA_VERSION}.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    schema["$ref"] = _SCHEMA_KINDS[kind]
    return schema


def _listed(data: dict[str, Any], key: str) -> list[Any]:
    """``data[key]`` as a list: a string or a number there is no list ("oops" became ['o', 'o', 'p', 's'])."""
    value = data.get(key) or []
    if not isinstance(value, list):
        raise TypeError(f"{key!r} must be a list, not {type(value).__name__}")
    return value


def _spans(cls: type, items: list[Any]) -> list[Any]:
    """``cls.from_dict`` of each item, whose ``start``/``end`` must be integers."""
    spans = [cls.from_dict(item) for item in items]
    for span in spans:
        if not all(isinstance(x, int) and not isinstance(x, bool) for x in (span.start, span.end)):
            raise TypeError(f"{cls.__name__} offsets must be integers, not {span.start!r}:{span.end!r}")
    return spans


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _copied(value: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a field's value, without its per-value
    ``copy.deepcopy`` of strings and numbers: plain dicts, lists and tuples copied level by
    level, any other value handed to ``dataclasses.asdict`` itself.

    >>> attrs = {"code": "01", "positions": [(0, 6)], "n": 1.5}
    >>> _copied(attrs) == dataclasses.asdict(Entity("PROVINCE", 0, 6, "Hà Nội", attrs=attrs))["attrs"]
    True
    """
    kind = type(value)
    if kind in _SCALARS:
        return value
    if kind is dict:
        return {_copied(k): _copied(v) for k, v in value.items()}
    if kind is list:
        return [_copied(v) for v in value]
    if kind is tuple:
        return tuple(_copied(v) for v in value)
    return dataclasses.asdict(_Holder(value))["value"]  # a dataclass, a namedtuple, a dict subclass...


@dataclass
class _Holder:
    """A field for :func:`_copied` to hand a value of another type to ``dataclasses.asdict``."""

    value: Any


def _fields_copied(obj: Any) -> dict[str, Any]:
    """``dataclasses.asdict(obj)`` by :func:`_copied`: the fields in their order, values copied."""
    return {name: _copied(getattr(obj, name)) for name in _field_names(type(obj))}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _compact(data: dict[str, Any]) -> dict[str, Any]:
    """Drop None-valued optional fields to keep JSON lines small."""
    return {k: v for k, v in data.items() if v is not None}


def _known(cls: type, data: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in dataclasses.fields(cls)}
    return {k: v for k, v in data.items() if k in names}
