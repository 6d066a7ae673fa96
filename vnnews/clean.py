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

from .cleaned import Cleaned
from .errors import EncodingError, InputError
from .html_page import decode_html, extract_html, looks_like_html
from .scraped import split_scraped

__all__ = ["Cleaned", "clean", "decode", "extract_html", "looks_like_html", "split_scraped"]


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
        raw = decode_html(bytes(raw))
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
