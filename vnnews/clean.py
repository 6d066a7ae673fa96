"""Cleaning: turn raw input (bytes, HTML, scraped page text) into an article.

:func:`clean` is the entry point the Pipeline uses. It decodes bytes (:func:`decode`),
extracts HTML through trafilatura (:func:`extract_html`) and splits scraped page text
into the article and the site's boilerplate (:func:`split_scraped`). The result keeps
the whole text; boilerplate is listed as spans so the Pipeline can leave it out of the
article's entities and topic.

>>> page = "Hà Nội: Khai mạc hội nghị\\nSáng nay hội nghị khai mạc tại Hà Nội.\\nThu Thủy\\nTin cùng chuyên mục\\n- Tin khác 26.03.2025 | 18:31 PM"
>>> c = clean(page)
>>> c.meta["title"], c.meta["author"]
('Hà Nội: Khai mạc hội nghị', 'Thu Thủy')
>>> c.article_end == page.index("Tin cùng")
True
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

import regex

from .errors import EncodingError, InputError, MissingDependencyError

__all__ = ["Cleaned", "clean", "decode", "extract_html", "looks_like_html", "split_scraped"]


@dataclass
class Cleaned:
    """The outcome of cleaning one input.

    ``text`` is the whole text (it becomes ``Document.text``); ``article_end`` where the
    article stops and the site's boilerplate starts (``len(text)`` when there is none);
    ``meta`` title / author / date / captions / source format; ``boilerplate`` the
    boilerplate blocks as JSON-ready dicts with ``start``/``end`` into ``text``.

    >>> Cleaned("abc").article_end
    3
    """

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    boilerplate: list[dict[str, Any]] = field(default_factory=list)
    article_end: int = -1

    def __post_init__(self) -> None:
        if self.article_end < 0:
            self.article_end = len(self.text)


def clean(raw: str | bytes, input_format: str = "auto") -> Cleaned:
    """Clean one input: ``input_format`` is ``auto``, ``text``, ``scraped`` or ``html``.

    ``auto`` decodes bytes, sends HTML to trafilatura and splits any other text as a
    scraped page (plain text without site furniture comes out whole). ``text`` keeps
    the text exactly as given.

    >>> clean("Xin chào.", input_format="text").text
    'Xin chào.'
    >>> clean("Xin chào.".encode("utf-16")).text
    'Xin chào.'
    """
    if input_format not in ("auto", "text", "scraped", "html"):
        raise InputError(f"input_format must be auto, text, scraped or html, not {input_format!r}")
    if isinstance(raw, (bytes, bytearray)):
        raw = decode(bytes(raw))
    if not isinstance(raw, str):
        raise InputError(f"expected text or bytes, got {type(raw).__name__}")
    if input_format == "text":
        return Cleaned(raw, {"format": "text"})
    if input_format == "html" or (input_format == "auto" and looks_like_html(raw)):
        return extract_html(raw)
    return split_scraped(raw)


# --- decoding bytes ----------------------------------------------------------------

_VIET_LOWER = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệfghiìíỉĩịjklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvwxyỳýỷỹỵz"
)
_PLAUSIBLE = set(_VIET_LOWER) | set(_VIET_LOWER.upper()) | set("0123456789 \t\r\n.,;:!?\"'()[]-–—…/%&+*=#@“”‘’«»·•|_<>$€")


def _plausibility(text: str) -> float:
    """Share of characters that ordinary Vietnamese/English news text is made of."""
    if not text:
        return 1.0
    sample = text[:20000]
    return sum(ch in _PLAUSIBLE for ch in sample) / len(sample)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode UTF-16 that has no BOM, told by the zero high bytes of ASCII characters."""
    if len(data) < 4 or len(data) % 2 or data.count(0) < len(data) // 8:
        return None
    best, best_score = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best_score:
            best, best_score = text, score
    return best if best_score >= 0.9 else None


def _legacy_or_cp1258(data: bytes) -> str:
    """Decode 8-bit bytes: a legacy Vietnamese font encoding (TCVN3, VNI) or cp1258.

    Legacy font text is read byte for byte (cp1252 / latin-1) and decoded by
    :mod:`vnnews.normalize` when its detection recognises the encoding. The most plausible
    reading wins; on a tie, a recognised legacy encoding beats cp1258 (VNI's "daân" is
    plausible text in cp1258 too).

    >>> _legacy_or_cp1258("daân daân xaõ kyù keát".encode("cp1252"))
    'dân dân xã ký kết'
    """
    from .normalize import decode_legacy, detect_encoding

    candidates = []
    for codec in ("cp1252", "latin-1"):
        as_bytes = data.decode(codec, errors="replace")
        encoding = detect_encoding(as_bytes)
        if encoding not in ("none", "auto"):
            candidates.append(decode_legacy(as_bytes, encoding)[0])
    candidates.append(unicodedata.normalize("NFC", data.decode("cp1258", errors="replace")))
    return max(candidates, key=_plausibility)  # max keeps the first of equals: legacy before cp1258


def decode(data: bytes) -> str:
    """Decode bytes of an article: UTF-8, UTF-16 (with or without BOM), legacy fonts, cp1258.

    Raises :class:`~vnnews.errors.EncodingError` for bytes that are not text.

    >>> decode("Thủy điện".encode("utf-16-le"))
    'Thủy điện'
    >>> decode(b"Ho\\xe0 Bi\\xccnh")  # cp1258: a combining grave after the i
    'Hoà Bình'
    >>> decode(bytes(range(256)) * 4)
    Traceback (most recent call last):
    ...
    vnnews.errors.EncodingError: bytes do not look like text (binary data?)
    """
    if not isinstance(data, (bytes, bytearray)):
        raise InputError(f"decode() expects bytes, got {type(data).__name__}")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise EncodingError(f"invalid {codec} text after its byte-order mark: {exc.reason}") from None
    text = _utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _legacy_or_cp1258(data)
    if "\x00" in text or _plausibility(text) < 0.75:
        raise EncodingError("bytes do not look like text (binary data?)")
    return text


# --- HTML ------------------------------------------------------------------------------

_HTML_START = regex.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)", regex.IGNORECASE)
_HTML_TAGS = regex.compile(r"<(?:p|div|article|br|h1|h2|span|a)(?:\s[^<>]*)?/?>", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than plain text.

    >>> looks_like_html("<html><body><p>Tin</p></body></html>"), looks_like_html("a < b > c")
    (True, False)
    """
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAGS.findall(text[:5000])) >= 3


def extract_html(html: str | bytes) -> Cleaned:
    """Extract title, author, date and main text from an HTML page with trafilatura.

    Needs the ``html`` extra (``pip install 'vnnews[html]'``). The text is the title
    followed by the main text; navigation, related links and footers are dropped.

    >>> c = extract_html("<html><head><title>Tin</title></head><body><article><p>Hội nghị "
    ...                  "khai mạc sáng nay tại Hà Nội với sự tham dự của đại biểu.</p></article></body></html>")
    >>> c.meta["format"], "Hội nghị" in c.text
    ('html', True)
    """
    try:
        import trafilatura
    except ImportError as exc:
        raise MissingDependencyError(
            f"HTML input needs trafilatura: pip install 'vnnews[html]' ({exc})"
        ) from None
    if isinstance(html, (bytes, bytearray)):
        html = decode(bytes(html))
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml parser errors on broken markup
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no article text found in the HTML page")
    title = (extracted.title or "").strip() or None
    body = extracted.text.strip()
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    # Related-headline lists inside the main content are split off as for scraped text;
    # the page's own metadata wins over what the text's shape suggests.
    split = split_scraped(text)
    meta = {**split.meta, "format": "html", "title": title, "author": extracted.author, "date": extracted.date}
    if extracted.sitename:
        meta["site"] = extracted.sitename
    return Cleaned(text, {k: v for k, v in meta.items() if v is not None}, split.boilerplate, split.article_end)


# --- scraped page text -----------------------------------------------------------------

_BOILERPLATE_HEADINGS = {
    "tin cùng chuyên mục": "related_headlines",
    "tin liên quan": "related_headlines",
    "bài liên quan": "related_headlines",
    "bài viết liên quan": "related_headlines",
    "tin khác": "related_headlines",
    "các tin khác": "related_headlines",
    "tin tức khác": "related_headlines",
    "có thể bạn quan tâm": "related_headlines",
    "tin mới": "latest_headlines",
    "tin mới nhất": "latest_headlines",
    "tin đọc nhiều": "popular_headlines",
    "đọc nhiều nhất": "popular_headlines",
    "xem nhiều nhất": "popular_headlines",
    "xem tin theo ngày": "date_archive",
    "bình luận": "comments",
    "ý kiến bạn đọc": "comments",
    "từ khóa": "tags",
    "từ khoá": "tags",
    "tags": "tags",
}
_HEADING = regex.compile(r"^\s*(?P<h>[^\n:]{2,40}?)\s*:?\s*$")
_DATE = regex.compile(
    r"(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})"
    r"(?:\s*\|?\s*(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s*(?:AM|PM|SA|CH))?)?"
)
_DATE_AT_END = regex.compile(_DATE.pattern + r"\s*$")
_DATELINE = regex.compile(r"^\s*(?:(?:Thứ\s+\w+|Chủ\s+nhật),?\s*)?" + _DATE.pattern + r"\s*(?:\(GMT[+-]\d+\))?\s*$")
_BYLINE = regex.compile(
    r"^\s*(?:(?:Bài(?:\s+và\s+|,\s*)ảnh|Bài|Ảnh|Theo|Tác giả)\s*:?\s*)?"
    r"(?P<name>\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s*(?:\((?P<src>[^()\n]{2,30})\))?\s*$"
)
_CAPTION_MARK = regex.compile(r"^\s*Ảnh\s*:|\(Ảnh\s*:|[-–]\s*Ảnh\s*:", regex.IGNORECASE)
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s+\p{Lu}")


@dataclass
class _Line:
    start: int
    end: int  # without the line break
    text: str


def _lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(_Line(pos, pos + len(body), body))
        pos += len(raw)
    return lines


def _heading_kind(line: str) -> str | None:
    match = _HEADING.match(line)
    if not match:
        return None
    return _BOILERPLATE_HEADINGS.get(" ".join(match["h"].lower().split()))


def _iso_date(match: regex.Match) -> dict[str, str]:
    out = {"date": f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"}
    if match["H"]:
        out["time"] = f"{int(match['H']):02d}:{match['M']}"
    return out


def _boilerplate_blocks(lines: list[_Line], first: int) -> list[dict[str, Any]]:
    """Group the lines from the first boilerplate heading on into blocks of headline items."""
    blocks: list[dict[str, Any]] = []
    for line in lines[first:]:
        kind = _heading_kind(line.text)
        if kind is not None:
            blocks.append({"kind": kind, "heading": line.text.strip(), "start": line.start, "end": line.end, "items": []})
            continue
        item_text = line.text.strip().lstrip("-•*–").strip()
        block = blocks[-1]
        block["end"] = line.end
        if not item_text:
            continue
        start = line.start + line.text.index(item_text)
        item: dict[str, Any] = {"text": item_text, "start": start, "end": start + len(item_text)}
        date = _DATE_AT_END.search(item_text)
        if date:
            item.update(_iso_date(date))
            item["headline"] = item_text[: date.start()].strip()
        block["items"].append(item)
    return blocks


def _is_caption(line: str) -> bool:
    """A photo caption: marked "Ảnh:", or one short sentence without ';' or ':'."""
    if _CAPTION_MARK.search(line):
        return True
    stripped = line.strip()
    words = stripped.split()
    return (
        3 <= len(words) <= 35
        and stripped.endswith(".")
        and not regex.search(r"[;:]", stripped)
        and not _SENTENCE_END.search(stripped)
    )


def split_scraped(text: str) -> Cleaned:
    """Split scraped page text into headline, body, captions, byline, dates and boilerplate.

    Everything from the first site heading ("Tin cùng chuyên mục", "Xem tin theo ngày",
    "Tin liên quan", ...) on is boilerplate: its headline lists are kept as blocks of
    items with their own dates, apart from the article's date. Captions are found by
    their shape (one short sentence, or marked "Ảnh:") and listed, not removed.

    >>> c = split_scraped("Tiêu đề bài báo\\nNội dung bài. Câu thứ hai dài hơn một chút.\\nAn Nhiên\\nXem tin theo ngày\\n-\\nMột tin cũ")
    >>> c.meta["title"], c.meta["author"], c.boilerplate[0]["kind"], c.boilerplate[0]["items"][0]["text"]
    ('Tiêu đề bài báo', 'An Nhiên', 'date_archive', 'Một tin cũ')
    """
    lines = _lines(text)
    first_text = next((i for i, line in enumerate(lines) if line.text.strip()), len(lines))
    first_boiler = next(
        (i for i, line in enumerate(lines) if i > first_text and _heading_kind(line.text)), len(lines)
    )
    article = [line for line in lines[:first_boiler] if line.text.strip()]
    article_end = lines[first_boiler].start if first_boiler < len(lines) else len(text)
    meta: dict[str, Any] = {"format": "scraped" if first_boiler < len(lines) else "text"}
    body = list(article)
    if len(body) >= 2 and not body[0].text.rstrip().endswith((".", "!", "?")) and len(body[0].text.split()) <= 40:
        meta["title"] = body.pop(0).text.strip()
    if len(body) >= 2:
        byline = _BYLINE.match(body[-1].text)
        if byline:
            meta["author"] = byline["name"]
            if byline["src"]:
                meta["source"] = byline["src"].strip()
            body.pop()
    for line in body[:3]:
        dateline = _DATELINE.match(line.text)
        if dateline:
            meta.update(_iso_date(dateline))
            body.remove(line)
            break
    captions = [
        {"text": line.text.strip(), "start": line.start, "end": line.end}
        for line in body[:-1]
        if len(body) > 2 and _is_caption(line.text)
    ]
    if captions:
        meta["captions"] = captions
    blocks = _boilerplate_blocks(lines, first_boiler) if first_boiler < len(lines) else []
    return Cleaned(text, meta, blocks, article_end)
