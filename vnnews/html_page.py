"""HTML news pages: tell HTML from text, decode by the declared charset, extract with trafilatura.

>>> looks_like_html("<html><body><p>Tin</p></body></html>"), looks_like_html("a < b > c")
(True, False)
"""

from __future__ import annotations

import codecs
import unicodedata

import regex

from .cleaned import Cleaned
from .errors import InputError, MissingDependencyError
from .scraped import split_scraped
from .scraped_lines import dateline, dateline_date

__all__ = ["declared_charset", "decode_html", "extract_html", "legacy_page_decoded", "looks_like_html", "page_date"]

_HTML_START = regex.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<!--)", regex.IGNORECASE)
_HTML_TAGS = regex.compile(r"<(?:p|div|article|br|h1|h2|span|a)(?:\s[^<>]*)?/?>", regex.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment rather than plain text.

    >>> looks_like_html("Tỷ lệ a < b và c > d.")
    False
    """
    if _HTML_START.match(text):
        return True
    return len(_HTML_TAGS.findall(text[:5000])) >= 3


_META_CHARSET = regex.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{2,40})", regex.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The Python codec the page's ``<meta charset>`` declares (first 4 KB), or None.

    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    'cp1258'
    >>> declared_charset(b"<html><body>Tin</body></html>") is None
    True
    """
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        return codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Decode page bytes in the single-byte charset the page declares, else with :func:`vnnews.clean.decode`.

    A BOM, and valid UTF-8 with non-ASCII bytes is UTF-8 whatever the page declares (a page saved
    as UTF-8 often keeps its old ``windows-1258`` declaration); 8-bit bytes in a
    declared single-byte charset are read in it, composed to NFC (cp1258 writes most
    tone marks as combining characters).

    >>> decode_html(b'<meta charset="windows-1258"><p>Ho\\xe0 Bi\\xccnh</p>')
    '<meta charset="windows-1258"><p>Hoà Bình</p>'
    """
    from .clean import decode

    charset = declared_charset(data)
    if charset is None or charset.startswith(("utf-", "ascii")) or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data)
    try:
        data.decode("utf-8")
        return decode(data)
    except UnicodeDecodeError:
        pass
    try:
        return unicodedata.normalize("NFC", data.decode(charset))
    except UnicodeDecodeError:
        return decode(data)


_OG_TITLE = regex.compile(r"<meta\s[^>]*?property=[\"']og:title[\"'][^>]*?content=[\"']([^\"']*)[\"']", regex.IGNORECASE)
_H1 = regex.compile(r"<h1[^>]*>(.*?)</h1>", regex.IGNORECASE | regex.DOTALL)
_TAG = regex.compile(r"<[^>]*>")


def full_title(html: str, title: str | None) -> str | None:
    """The page's headline (``og:title`` or ``<h1>``) when trafilatura's title is cut short of it.

    trafilatura cuts some titles at a quotation mark ('Thăm "hoàng cung"...' -> 'Thăm').

    >>> full_title('<h1>Thăm "hoàng cung" của các "nữ hoàng"!</h1>', "Thăm")
    'Thăm "hoàng cung" của các "nữ hoàng"!'
    """
    import html as html_lib

    for pattern in (_OG_TITLE, _H1):
        match = pattern.search(html)
        if match:
            candidate = " ".join(html_lib.unescape(_TAG.sub(" ", match[1])).split())
            if candidate and (not title or (candidate.startswith(title) and len(candidate) > len(title))):
                return candidate
    return title


_ELEMENT_TEXT = regex.compile(r">([^<>]{6,80})<")
_HEADLINE_TAG = regex.compile(r"<h1[\s>]", regex.IGNORECASE)


def page_date(html: str) -> dict[str, str] | None:
    """The publication date of the page: the element whose whole text is a Vietnamese date
    line ("Thứ Hai, 01/07/2025 08:30 (GMT+7)") nearest to the ``<h1>`` headline.

    >>> page_date("<div>Thứ Sáu, 27/11/2026</div><h1>Tin</h1><span>Thứ Hai, 01/07/2025 08:30 (GMT+7)</span>")
    {'date': '2025-07-01', 'time': '08:30'}
    """
    headline = _HEADLINE_TAG.search(html)
    anchor = headline.start() if headline else 0
    best = None
    for match in _ELEMENT_TEXT.finditer(html):
        line = dateline(match[1])
        if line and (best is None or abs(match.start() - anchor) < best[0]):
            best = (abs(match.start() - anchor), line)
    return dateline_date(best[1]) if best else None


def legacy_page_decoded(html: str) -> str:
    """The page in Unicode when its text is in a legacy font encoding (TCVN3, VNI), else ``html``.

    Decoded before trafilatura reads the page: TCVN3 writes "ư" as the byte of a soft
    hyphen, which trafilatura drops from a page read in a Western charset ("ngời").

    >>> legacy_page_decoded("<p>ng\\xadêi d©n Hµ Néi</p>")
    '<p>người dân Hà Nội</p>'
    """
    from .normalize import decode_legacy, detect_encoding

    encoding = detect_encoding(html)
    return decode_legacy(html, encoding)[0] if encoding in ("tcvn3", "vni") else html


def extract_html(html: str | bytes) -> Cleaned:
    """Extract title, author, date and main text from an HTML page with trafilatura.

    Needs the ``html`` extra (``pip install 'vnnews[html]'``). The text is the title
    followed by the main text; navigation, related links and footers are dropped, and
    what trafilatura leaves of them in the main text is labelled as for scraped text.
    A Vietnamese date line next to the headline wins over the date trafilatura guesses.

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
        html = decode_html(bytes(html))
    html = legacy_page_decoded(html)
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # trafilatura/lxml parser errors on broken markup
        raise InputError(f"HTML could not be parsed: {type(exc).__name__}: {exc}") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no article text found in the HTML page")
    title = full_title(html, (extracted.title or "").strip() or None)
    body = extracted.text.strip()
    text = body if title is None or body.startswith(title) else f"{title}\n{body}"
    split = split_scraped(text)
    meta = {**split.meta, "format": "html", "title": title, "author": extracted.author or split.meta.get("author"),
            "date": extracted.date}
    meta.update(page_date(html) or {})
    if extracted.sitename:
        meta["site"] = extracted.sitename
    meta = {k: v for k, v in meta.items() if v is not None}
    return Cleaned(text, meta, split.boilerplate, split.article_end, split.article_start, split.parts)
