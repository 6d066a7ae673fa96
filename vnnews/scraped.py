"""Split scraped page text into the article (headline, body) and the site's boilerplate.

The page is read line by line (:mod:`vnnews.scraped_lines` says what each line is):
the first paragraph of running text anchors the article; the headline is the last
headline-like line before it and whatever comes before the headline is the site's
header; the article ends at the first block heading ("Tin liên quan", "Bình luận",
"Tags") or footer line after it. Inside the article, menus, share buttons, ads and
"Xem thêm: ..." links are boilerplate blocks; captions, the byline and the date line are
labelled and pulled into ``meta``. Every non-empty line ends up in ``Cleaned.parts``
with its kind: nothing is dropped silently.

>>> c = split_scraped("Trang chủ | Thời sự | Kinh tế\\nKhởi công cầu mới\\nSáng nay, tỉnh khởi công cầu mới dài hai km qua sông.\\nTin liên quan\\n- Một tin khác")
>>> c.meta["title"], [p["kind"] for p in c.parts]
('Khởi công cầu mới', ['navigation', 'title', 'body', 'related_headlines', 'related_headlines'])
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .cleaned import Cleaned
from .scraped_lines import (
    DATE_AT_END,
    FOOTER,
    body_like,
    byline,
    caption_shaped,
    dateline,
    dateline_date,
    furniture_kind,
    heading_kind,
    headline_like,
    marked_byline,
    marked_caption,
    question_headline,
)

__all__ = ["split_scraped"]


@dataclass
class _Line:
    """One non-empty line and what it looks like, each test run once."""

    start: int
    end: int  # without the line break
    text: str
    date: Any = None  # the dateline match
    furniture: str | None = None
    heading: str | None = None
    marked: bool = False  # a marked photo caption
    body: bool = False  # running text

    @classmethod
    def read(cls, start: int, text: str) -> "_Line":
        line = cls(start, start + len(text), text, body=body_like(text))
        if len(text) > _LONGEST_FURNITURE:  # a paragraph, or a whole footer on one line
            line.furniture = "footer" if FOOTER.match(text) else None
            return line
        short = len(text) <= _LONGEST_HEADING
        line.date = dateline(text) if short else None
        line.furniture = None if line.date else furniture_kind(text)
        line.heading = heading_kind(text) if short else None
        line.marked = not line.body and marked_caption(text)
        return line

    @property
    def label_line(self) -> bool:
        """Never the headline or the first paragraph: furniture, a date, a caption, a marked byline."""
        return bool(self.date or self.furniture or self.marked) or (not self.body and marked_byline(self.text))


_LONGEST_HEADING = 100
"""Block headings and date lines are shorter than this."""

_LONGEST_FURNITURE = 300
"""Lines longer than this are text unless they start like a footer ("© ...", "Giấy phép ...")."""


def _lines(text: str) -> list[_Line]:
    """The non-empty lines of ``text`` with their offsets."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        if body.strip():
            lines.append(_Line.read(pos, body))
        pos += len(raw)
    return lines


def _anchor(lines: list[_Line]) -> int:
    """Index of the first paragraph of running text (the first text line when there is none).

    A question or exclamation right before running text is the headline, not the anchor.
    """
    for i, line in enumerate(lines):
        if line.body and not line.label_line:
            following = next((x for x in lines[i + 1 :] if not x.label_line), None)
            if following and following.body and question_headline(line.text):
                continue
            return i
    return next((i for i, line in enumerate(lines) if not line.label_line), 0)


def _headline(line: _Line) -> bool:
    text = line.text.rstrip()
    if line.label_line or not headline_like(text):
        return False
    return not text.endswith((".", "!", "?")) or question_headline(text)


def _title_index(lines: list[_Line], anchor: int) -> int | None:
    """The headline: in the run of text lines before the anchor (label lines between the
    headline and the anchor skipped), the first headline-like line of four words or more,
    else the last headline-like one; or the first line of a text that starts with running text.
    """
    candidates: list[int] = []
    for i in range(anchor - 1, -1, -1):
        if lines[i].label_line:
            if candidates:
                break
            continue
        if _headline(lines[i]):
            candidates.append(i)
    if candidates:
        return next((i for i in reversed(candidates) if len(lines[i].text.split()) >= 4), candidates[0])
    if anchor == 0 and len(lines) >= 2 and _headline(lines[0]) and not lines[0].text.rstrip().endswith(("!", "?")):
        return 0
    return None


def _tail_start(lines: list[_Line], after: int) -> int:
    """Index of the first block heading or footer line after ``after`` (``len(lines)`` if none)."""
    for i in range(after + 1, len(lines)):
        if lines[i].heading or lines[i].furniture == "footer":
            return i
    return len(lines)


def _item(line: _Line) -> dict[str, Any] | None:
    text = line.text.strip().lstrip("-•*–").strip()
    if not text:
        return None
    start = line.start + line.text.index(text)
    item: dict[str, Any] = {"text": text, "start": start, "end": start + len(text)}
    date = DATE_AT_END.search(text)
    if date:
        item.update(dateline_date(date))
        item["headline"] = text[: date.start()].strip()
    return item


def _tail_blocks(lines: list[_Line]) -> tuple[list[dict[str, Any]], list[str]]:
    """Group the lines from the first heading on into blocks of items (headlines, comments,
    footer lines); also the kind of each line."""
    blocks: list[dict[str, Any]] = []
    labels: list[str] = []
    for line in lines:
        kind = line.heading
        furniture = None if kind else line.furniture
        if kind or (furniture and (not blocks or blocks[-1]["kind"] != furniture)):
            blocks.append({"kind": kind or furniture, "start": line.start, "end": line.end, "items": []})
            if kind:
                blocks[-1]["heading"] = line.text.strip()
        labels.append(blocks[-1]["kind"])
        if kind:
            continue
        blocks[-1]["end"] = line.end
        item = _item(line)
        if item:
            blocks[-1]["items"].append(item)
    return blocks, labels


def _inner_label(line: _Line, is_last: bool) -> str:
    """The kind of a line inside the article: body, caption, byline, dateline or furniture."""
    if line.date:
        return "dateline"
    if line.furniture:
        return line.furniture
    if line.marked:
        return "caption"
    if is_last and byline(line.text):
        return "byline"
    return "body"


def split_scraped(text: str) -> Cleaned:
    """Split scraped page text into headline, body, captions, byline, dates and boilerplate.

    The headline list blocks after the article keep their items with their own dates,
    apart from the article's date. Captions are found by their mark ("Ảnh: ...") or
    their shape (one short sentence) and listed in ``meta["captions"]``; only marked ones
    are labelled ``caption`` in ``parts``, the others stay body text.

    >>> c = split_scraped("Tiêu đề bài báo\\nNội dung bài. Câu thứ hai dài hơn một chút.\\nAn Nhiên\\nXem tin theo ngày\\n-\\nMột tin cũ")
    >>> c.meta["title"], c.meta["author"], c.boilerplate[0]["kind"], c.boilerplate[0]["items"][0]["text"]
    ('Tiêu đề bài báo', 'An Nhiên', 'date_archive', 'Một tin cũ')
    """
    lines = _lines(text)
    if not lines:
        return Cleaned(text, {"format": "text"})
    anchor = _anchor(lines)
    title = _title_index(lines, anchor)
    first = title if title is not None else next(i for i, line in enumerate(lines) if not line.label_line or i == anchor)
    tail = _tail_start(lines, anchor)
    meta: dict[str, Any] = {"format": "scraped" if tail < len(lines) or first > 0 else "text"}
    labels: list[str] = []
    for i, line in enumerate(lines[:first]):
        labels.append("dateline" if line.date else line.furniture or "header")
    if title is not None:
        labels.append("title")
        meta["title"] = lines[title].text.strip()
    last_text = max((i for i in range(first, tail) if not lines[i].furniture), default=-1)
    for i in range(len(labels), tail):
        labels.append(_inner_label(lines[i], i == last_text and i > first))
    if "body" not in labels and "title" not in labels:  # no article found: the text is the article
        labels, first = ["body"] * tail, 0
        meta.pop("title", None)
    blocks = _inner_blocks(lines[:tail], labels)
    tail_blocks, tail_labels = _tail_blocks(lines[tail:])
    labels += tail_labels
    _fill_meta(meta, lines, labels)
    parts = [{"kind": kind, "start": line.start, "end": line.end} for line, kind in zip(lines, labels)]
    article_start = lines[first].start if first < len(lines) and first > 0 else 0
    article_end = lines[tail].start if tail < len(lines) else len(text)
    return Cleaned(text, meta, blocks + tail_blocks, article_end, article_start, parts)


_ARTICLE_LABELS = ("title", "body", "caption", "byline", "dateline")


def _inner_blocks(lines: list[_Line], labels: list[str]) -> list[dict[str, Any]]:
    """Runs of furniture lines (before or inside the article) as boilerplate blocks."""
    blocks: list[dict[str, Any]] = []
    previous = -2
    for i, (line, kind) in enumerate(zip(lines, labels)):
        if kind in _ARTICLE_LABELS:
            continue
        if not (blocks and blocks[-1]["kind"] == kind and previous == i - 1):
            blocks.append({"kind": kind, "start": line.start, "end": line.end, "items": []})
        blocks[-1]["end"] = line.end
        item = _item(line)
        if item:
            blocks[-1]["items"].append(item)
        previous = i
    return blocks


def _fill_meta(meta: dict[str, Any], lines: list[_Line], labels: list[str]) -> None:
    """Author, date and captions from the labelled lines."""
    for line, kind in zip(lines, labels):
        if kind == "byline" and "author" not in meta:
            meta.update(byline(line.text) or {})
        elif kind == "dateline" and "date" not in meta:
            meta.update(dateline_date(line.date))
    body = [line for line, kind in zip(lines, labels) if kind in ("body", "caption")]
    captions = [
        _trimmed(line)
        for line, kind in zip(lines, labels)
        if kind == "caption" or (kind == "body" and len(body) > 2 and line is not body[-1] and caption_shaped(line.text))
    ]
    if captions:
        meta["captions"] = captions


def _trimmed(line: _Line) -> dict[str, Any]:
    """The line without its surrounding spaces, with its offsets."""
    text = line.text.strip()
    start = line.start + line.text.index(text)
    return {"text": text, "start": start, "end": start + len(text)}
