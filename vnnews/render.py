"""HTML view of a Document: the article with its entities highlighted by label.

:func:`html` returns one self-contained page (inline CSS and a few lines of inline
script, a Content-Security-Policy that forbids every network fetch) showing the topic and
the government-administration score at the top, a legend of entity labels, the article
text with each entity in a ``<mark data-label=...>`` whose hover card gives its details
(admin type, code, successor units, positions of officials), and a table of all entities.
All text from the document is HTML-escaped.

>>> from vnnews.document import Document, Entity
>>> doc = Document("Xã Bình Định.", entities=[Entity("COMMUNE", 0, 12, "Xã Bình Định")])
>>> '<mark data-label="COMMUNE"' in html(doc)
True
"""

from __future__ import annotations

import html as _html
import zlib
from types import MappingProxyType
from typing import Any, Iterable

from .document import Document, Entity
from .errors import InputError
from .render_details import entity_details

LABEL_NAMES = MappingProxyType({
    "OFFICIAL": "Quan chức · Official",
    "PERSON": "Người · Person",
    "PROVINCE": "Tỉnh/thành · Province",
    "DISTRICT": "Huyện/quận · District",
    "COMMUNE": "Xã/phường · Commune",
    "ORGANIZATION": "Tổ chức · Organization",
    "LOCATION": "Địa điểm · Location",
})
"""Display names of the entity labels, in legend order."""

_COLOURS = MappingProxyType({
    "OFFICIAL": "#ffb3a7",
    "PERSON": "#ffd8a8",
    "PROVINCE": "#a5d8ff",
    "DISTRICT": "#b2f2bb",
    "COMMUNE": "#d0bfff",
    "ORGANIZATION": "#ffec99",
    "LOCATION": "#99e9f2",
})
_SPARE_COLOURS = ("#fcc2d7", "#c3fae8", "#e9ecef", "#d8f5a2", "#eebefa", "#ffe3e3")

_CSS = """
:root { font-family: system-ui, "Segoe UI", "Noto Sans", sans-serif; color: #212529; }
body { max-width: 52rem; margin: 1.5rem auto; padding: 0 1rem; line-height: 1.7; }
header { border-bottom: 1px solid #dee2e6; margin-bottom: 1rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; }
.facts { display: flex; flex-wrap: wrap; gap: .4rem 1.5rem; margin: .4rem 0; }
.facts b { font-weight: 600; }
meter { width: 8rem; vertical-align: middle; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem; margin: .6rem 0 1rem; padding: 0; list-style: none; }
.legend button { border: 1px solid #adb5bd; border-radius: 1rem; padding: .1rem .7rem;
  background: var(--c); cursor: pointer; font: inherit; font-size: .85rem; }
.legend button[aria-pressed="false"] { background: #fff; text-decoration: line-through; }
article { white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: var(--c); border-radius: .25rem; padding: 0 .15rem; position: relative; }
mark::after { content: attr(data-label); font-size: .6rem; font-weight: 700; margin-left: .25rem;
  vertical-align: middle; opacity: .65; }
mark.muted { background: none; }
mark.muted::after { content: none; }
mark::before { content: attr(data-details); display: none; position: absolute; left: 0; top: 1.6em;
  z-index: 10; width: max-content; max-width: 26rem; white-space: pre-line; background: #212529;
  color: #f8f9fa; font-size: .8rem; line-height: 1.4; padding: .4rem .6rem; border-radius: .3rem; }
mark:hover::before, mark:focus::before, mark:target::before { display: block; }
mark:hover:has(mark:hover)::before { display: none; }
.boilerplate { color: #868e96; }
table { border-collapse: collapse; margin-top: 1.5rem; font-size: .85rem; width: 100%; }
th, td { border-top: 1px solid #dee2e6; padding: .25rem .5rem; text-align: left; vertical-align: top; }
td.details { white-space: pre-line; }
.note { color: #868e96; font-size: .85rem; }
"""

_SCRIPT = """
document.querySelectorAll(".legend button").forEach(function (button) {
  button.addEventListener("click", function () {
    var on = button.getAttribute("aria-pressed") !== "true";
    button.setAttribute("aria-pressed", String(on));
    document.querySelectorAll("article mark").forEach(function (mark) {
      if (mark.dataset.label === button.dataset.label) mark.classList.toggle("muted", !on);
    });
  });
});
"""

# No fetch of any kind: images, fonts, frames, connections are all refused by the browser.
_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def html(doc: Document, *, title: str | None = None) -> str:
    """Return a self-contained HTML page showing ``doc`` with its entities highlighted.

    ``title`` defaults to the document's ``meta["title"]``, else its first line. Raises
    :class:`~vnnews.errors.InputError` when ``doc`` is not a Document or an entity's
    offsets fall outside its text. Entities that cross another one (neither inside the
    other) are listed in the table but not highlighted.

    >>> from vnnews.document import Document, Entity, Topic
    >>> doc = Document("Ông <A> ở Hà Nội.", entities=[Entity("PROVINCE", 10, 16, "Hà Nội", attrs={"code": "01"})],
    ...                topic=Topic("chinh_tri_xa_hoi", 0.9, government_administration_score=0.8))
    >>> page = html(doc)
    >>> "Ông &lt;A&gt; ở" in page and 'data-details="' in page and "Code: 01" in page
    True
    """
    if not isinstance(doc, Document):
        raise InputError(f"html() needs a vnnews Document, got {type(doc).__name__}")
    _check_offsets(doc)
    page_title = title or str(doc.meta.get("title") or "") or _first_line(doc.text) or "vnnews"
    labels = _labels_in_order(e.label for e in doc.entities)
    colours = {label: _colour(label) for label in labels}
    article, crossing = _article(doc, colours)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="vnnews">',
        f"<title>{_esc(page_title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        _header(doc, page_title),
        _legend(doc.entities, labels, colours),
        article,
        _entity_table(doc.entities, colours, crossing),
        f"<script>{_SCRIPT}</script>",
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _esc(text: Any) -> str:
    return _html.escape(str(text), quote=True)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip() if text.strip() else ""
    return line[:120]


def _check_offsets(doc: Document) -> None:
    size = len(doc.text)
    for entity in doc.entities:
        if not isinstance(entity, Entity):
            raise InputError(f"Document.entities holds a {type(entity).__name__}, not an Entity")
        if not (isinstance(entity.start, int) and isinstance(entity.end, int) and 0 <= entity.start < entity.end <= size):
            raise InputError(
                f"entity {entity.text!r} has offsets {entity.start}..{entity.end} outside the text (length {size})"
            )


def _labels_in_order(labels: Iterable[str]) -> list[str]:
    present = set(labels)
    known = [label for label in LABEL_NAMES if label in present]
    return known + sorted(present - set(LABEL_NAMES))


def _colour(label: str) -> str:
    """A fixed colour per known label, a stable spare colour for any other label."""
    if label in _COLOURS:
        return _COLOURS[label]
    return _SPARE_COLOURS[zlib.crc32(label.encode("utf-8")) % len(_SPARE_COLOURS)]


def _header(doc: Document, page_title: str) -> str:
    facts = []
    meta = doc.meta
    for keys, name in ((("author",), "Tác giả · Author"), (("date", "published"), "Ngày · Date"), (("site", "source"), "Nguồn · Source")):
        value = next((meta[key] for key in keys if meta.get(key)), None)
        if value:
            facts.append(f"<span><b>{name}:</b> {_esc(value)}</span>")
    topic = doc.topic
    if topic is None:
        facts.append('<span class="topic"><b>Chủ đề · Topic:</b> not classified</span>')
    else:
        shown = f"{topic.display_name} ({topic.label})" if topic.display_name else topic.label
        facts.append(f'<span class="topic"><b>Chủ đề · Topic:</b> {_esc(shown)} — {topic.score:.0%}</span>')
        facts.append(_government(topic.government_administration, topic.government_administration_score))
    return f"<header>\n<h1>{_esc(page_title)}</h1>\n<div class=\"facts\">{''.join(facts)}</div>\n</header>"


def _government(flag: bool | None, score: float | None) -> str:
    name = "<b>Hành chính nhà nước · Government administration:</b>"
    if score is None and flag is None:
        return f'<span class="government">{name} not scored</span>'
    verdict = {True: "yes", False: "no", None: ""}[flag]
    parts = [verdict] if verdict else []
    meter = ""
    if score is not None:
        parts.append(f"score {score:.2f}")
        meter = f' <meter min="0" max="1" value="{score:.3f}">{score:.2f}</meter>'
    return f'<span class="government">{name} {", ".join(parts)}{meter}</span>'


def _legend(entities: list[Entity], labels: list[str], colours: dict[str, str]) -> str:
    if not labels:
        return '<p class="note">No entities found.</p>'
    counts = {label: 0 for label in labels}
    for entity in entities:
        counts[entity.label] += 1
    items = [
        f'<li><button type="button" aria-pressed="true" data-label="{_esc(label)}" style="--c:{colours[label]}"'
        f' title="show or hide {_esc(label)}">{_esc(LABEL_NAMES.get(label, label))} ({counts[label]})</button></li>'
        for label in labels
    ]
    return '<ul class="legend" aria-label="Entity labels">' + "".join(items) + "</ul>"


def _article(doc: Document, colours: dict[str, str]) -> tuple[str, set[int]]:
    """The text with entity marks (nested when one lies inside another) inside greyed
    boilerplate blocks; returns the ids of entities that cross another span and so are
    not highlighted."""
    text = doc.text
    spans = [(b["start"], b["end"], 0, -1) for b in _boilerplate_spans(doc)]
    spans += [(e.start, e.end, 1, i) for i, e in enumerate(doc.entities)]
    spans.sort(key=lambda span: (span[0], -span[1], span[2], span[3]))
    out: list[str] = []
    open_spans: list[tuple[int, str]] = []  # (end, closing tag), innermost last
    crossing: set[int] = set()
    cursor = 0

    def close_until(position: int) -> None:
        nonlocal cursor
        while open_spans and open_spans[-1][0] <= position:
            end, closing = open_spans.pop()
            out.append(_esc(text[cursor:end]) + closing)
            cursor = end

    for start, end, kind, index in spans:
        close_until(start)
        if open_spans and end > open_spans[-1][0]:
            if index >= 0:
                crossing.add(index)
            continue
        out.append(_esc(text[cursor:start]))
        if index < 0:
            out.append('<span class="boilerplate" title="site boilerplate: not analysed">')
            open_spans.append((end, "</span>"))
        else:
            entity = doc.entities[index]
            out.append(_open_mark(entity, index, colours[entity.label]))
            open_spans.append((end, "</mark>"))
        cursor = start
    close_until(len(text))
    out.append(_esc(text[cursor:]))
    return "<article>" + "".join(out) + "</article>", crossing


def _boilerplate_spans(doc: Document) -> list[dict[str, Any]]:
    """The boilerplate blocks that carry valid offsets (others are ignored)."""
    size = len(doc.text)
    return [
        block
        for block in doc.boilerplate
        if isinstance(block, dict)
        and isinstance(block.get("start"), int)
        and isinstance(block.get("end"), int)
        and 0 <= block["start"] < block["end"] <= size
    ]


def _open_mark(entity: Entity, index: int, colour: str) -> str:
    details = _esc(entity_details(entity))
    return (
        f'<mark data-label="{_esc(entity.label)}" data-start="{entity.start}" data-end="{entity.end}"'
        f' id="ent-{index}" tabindex="0" style="--c:{colour}" data-details="{details}">'
    )


def _entity_table(entities: list[Entity], colours: dict[str, str], crossing: set[int]) -> str:
    if not entities:
        return ""
    rows = []
    for index, entity in sorted(enumerate(entities), key=lambda pair: (pair[1].start, pair[1].end, pair[0])):
        note = " (overlaps another entity: not highlighted)" if index in crossing else ""
        rows.append(
            f'<tr><td><span style="background:{colours[entity.label]}">{_esc(entity.label)}</span></td>'
            f"<td>{_esc(entity.text)}{note}</td><td>{entity.start}–{entity.end}</td>"
            f'<td class="details">{_esc(entity_details(entity))}</td></tr>'
        )
    head = "<tr><th>Label</th><th>Text</th><th>Offsets</th><th>Details</th></tr>"
    return f'<table class="entities">\n<thead>{head}</thead>\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>"
