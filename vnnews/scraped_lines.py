"""What one line of a scraped news page is: a block heading, site furniture, a date line, a byline, a caption.

Each function looks at one line alone; :mod:`vnnews.scraped` decides from their answers
where the article starts and ends.

>>> heading_kind("Tin liên quan:"), furniture_kind("Facebook | Zalo | In bài")
('related_headlines', 'share')
>>> dateline_date(dateline("Thứ Hai, 01/07/2025 08:30 (GMT+7)"))
{'date': '2025-07-01', 'time': '08:30'}
"""

from __future__ import annotations

import regex

HEADINGS = {
    "tin cùng chuyên mục": "related_headlines",
    "tin liên quan": "related_headlines",
    "bài liên quan": "related_headlines",
    "bài viết liên quan": "related_headlines",
    "tin tức liên quan": "related_headlines",
    "tin khác": "related_headlines",
    "các tin khác": "related_headlines",
    "tin tức khác": "related_headlines",
    "tin cùng loại": "related_headlines",
    "cùng chuyên mục": "related_headlines",
    "tin khác cùng chuyên mục": "related_headlines",
    "bài cùng chuyên mục": "related_headlines",
    "bài viết cùng chủ đề": "related_headlines",
    "tin cùng chủ đề": "related_headlines",
    "tin cũ hơn": "related_headlines",
    "tin mới hơn": "latest_headlines",
    "tin nổi bật": "popular_headlines",
    "tin tiêu điểm": "popular_headlines",
    "tin hot": "popular_headlines",
    "xem thêm": "related_headlines",
    "đọc thêm": "related_headlines",
    "có thể bạn quan tâm": "related_headlines",
    "có thể bạn chưa đọc": "related_headlines",
    "tin mới": "latest_headlines",
    "tin mới nhất": "latest_headlines",
    "tin mới cập nhật": "latest_headlines",
    "tin đọc nhiều": "popular_headlines",
    "đọc nhiều nhất": "popular_headlines",
    "xem nhiều nhất": "popular_headlines",
    "tin xem nhiều": "popular_headlines",
    "bài đọc nhiều": "popular_headlines",
    "xem tin theo ngày": "date_archive",
    "bình luận": "comments",
    "ý kiến bạn đọc": "comments",
    "ý kiến": "comments",
    "gửi bình luận": "comments",
    "ý kiến của bạn": "comments",
    "gửi ý kiến": "comments",
    "gửi ý kiến của bạn": "comments",
    "bình luận của bạn": "comments",
    "viết bình luận": "comments",
    "từ khóa": "tags",
    "từ khoá": "tags",
    "tags": "tags",
    "tag": "tags",
    "từ khóa liên quan": "tags",
    "từ khoá liên quan": "tags",
    "chủ đề": "tags",
}
"""Headings that open a block of the site's own (lower case, spaces collapsed)."""

_INLINE_TAGS = regex.compile(r"^\s*(?:tags?|từ khóa|từ khoá|chủ đề)\s*:\s*\S", regex.IGNORECASE)
_HEADING = regex.compile(r"^\s*(?:\d+\s+(?=bình luận|ý kiến))?(?P<h>[^\n:()]{2,40}?)\s*(?:\(\s*\d+\s*\))?\s*:?\s*$", regex.IGNORECASE)

SHARE_WORDS = {
    "chia sẻ", "share", "facebook", "zalo", "twitter", "linkedin", "in bài", "in", "gửi email", "email",
    "lưu", "lưu bài viết", "lưu tin", "copy link", "sao chép liên kết", "thích", "like", "tweet", "bookmark",
    "gửi bài", "bản in", "quay lại", "về đầu trang", "đầu trang", "lên đầu trang", "gửi", "bình chọn",
    "chia sẻ bài viết", "chia sẻ qua facebook", "chia sẻ qua zalo", "chia sẻ lên facebook", "google news",
    "theo dõi chúng tôi trên google news", "theo dõi", "nghe bài viết", "nghe đọc bài", "phóng to", "thu nhỏ",
}
"""Buttons of a share / tools bar, as they come out when a page is copied (lower case)."""

HOME_WORDS = {"trang chủ", "trang nhất", "home", "trang chính"}
"""A menu's first item: alone on a line, it is navigation."""

ADS = regex.compile(
    r"^\W*(?:quảng cáo|advertisement|ads|sponsored|tài trợ|nội dung tài trợ|bài pr|liên hệ quảng cáo\b.*)\W*$", regex.IGNORECASE
)
FOOTER = regex.compile(
    r"^\s*(?:©|\(c\)|copyright\b|bản quyền\s+(?:thuộc|©)|giấy phép\s+(?:số|xuất bản|hoạt động)\b|ghi rõ nguồn\b"
    r"|(?:trụ sở|đt|đt/fax|tel)\s*:"
    r"|không được sao chép\b|cấm sao chép\b|(?:cơ quan chủ quản|tổng biên tập|phó tổng biên tập|chịu trách nhiệm(?: nội dung| xuất bản)?"
    r"|địa chỉ|điện thoại|hotline|đường dây nóng|fax|e-?mail|t(?:òa|oà) soạn|liên hệ)\s*:)",
    regex.IGNORECASE,
)
INLINE_RELATED = regex.compile(
    r"^\s*(?:(?:>>\s*|»\s*)?(?:mời (?:bạn )?(?:đọc |xem )?)?(?:xem thêm|đọc thêm|xem tiếp|tin liên quan|bài liên quan)\s*[:>»]\s*\S"
    r"|(?:=>|>>|»)\s*\p{Lu}[^.!?]{0,150}$)",
    regex.IGNORECASE,
)
_NAV_SEPARATOR = regex.compile(r"\s*[|·•»›]\s*|\s+[>/]\s+|\s{2,}|\t+")
_HAS_SEPARATOR = regex.compile(r"[|·•»›>/\t]|\s\s")
_LONGEST_BUTTON = max(len(word) for word in SHARE_WORDS)
_BREADCRUMB_SEPARATOR = regex.compile(r"\s+(?:>|»|›|/)\s+")
_SENTENCE_PUNCTUATION = regex.compile(r"[.!?…;]\s*$")


def _key(line: str) -> str:
    return " ".join(line.lower().split()).rstrip(":").rstrip()


def heading_kind(line: str) -> str | None:
    """The kind of block a heading line opens ("Tin liên quan", "Bình luận (3)", "Tags:"), else None.

    >>> heading_kind("Bình luận (3)"), heading_kind("Xem thêm: Một tin khác"), heading_kind("Tags: cầu, đường")
    ('comments', None, 'tags')
    """
    if _INLINE_TAGS.match(line):
        return "tags"
    match = _HEADING.match(line)
    if not match:
        return None
    return HEADINGS.get(_key(match["h"]))


def furniture_kind(line: str) -> str | None:
    """The kind of site furniture one line is: ``navigation``, ``breadcrumb``, ``share``, ``ads``,
    ``related_inline`` (a "Xem thêm: ..." link) or ``footer``; None for text.

    A navigation line is three or more short items between separators (``|``, ``»``,
    two spaces...) with no sentence in them.

    >>> furniture_kind("Trang chủ » Thời sự"), furniture_kind("Giấy phép số 12/GP-BTTTT"), furniture_kind("Hội nghị khai mạc.")
    ('breadcrumb', 'footer', None)
    """
    stripped = line.strip()
    if not stripped:
        return None
    if INLINE_RELATED.match(stripped):
        return "related_inline"
    if FOOTER.match(stripped):
        return "footer"
    if ADS.match(stripped):
        return "ads"
    if _SENTENCE_PUNCTUATION.search(stripped):  # menus, crumbs and buttons do not end a sentence
        return None
    if len(stripped) <= _LONGEST_BUTTON and _key(stripped) in SHARE_WORDS:
        return "share"
    if not _HAS_SEPARATOR.search(stripped):
        return "navigation" if _key(stripped) in HOME_WORDS else None
    items = [x for x in _NAV_SEPARATOR.split(stripped) if x]
    if items and all(_key(x) in SHARE_WORDS for x in items):
        return "share"
    if _key(stripped) in HOME_WORDS:
        return "navigation"
    if len(items) >= 2 and _BREADCRUMB_SEPARATOR.search(stripped) and _key(items[0]) in ("trang chủ", "home"):
        return "breadcrumb"
    if len(items) >= 3 and all(len(x.split()) <= 4 and not _SENTENCE_PUNCTUATION.search(x) for x in items):
        return "navigation"
    return None


_DATE = (
    r"(?:(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})|ngày\s+(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})\s+năm\s+(?P<y>\d{4}))"
    r"(?:\s*(?:,|-|–|\||lúc)?\s*(?P<H>\d{1,2})[:h](?P<M>\d{2})(?::\d{2})?(?:\s*(?P<ap>AM|PM|SA|CH))?)?"
)
DATE = regex.compile(_DATE)
DATE_AT_END = regex.compile(_DATE + r"\s*$")
_DATELINE = regex.compile(
    r"^\s*(?:(?:cập nhật|đăng lúc|ngày đăng|đăng ngày|thời gian|xuất bản|published|updated)\s*:?\s*)?"
    r"(?:(?:thứ\s+(?:\p{L}+|[2-7])|chủ\s+nhật|T[2-7]|CN)\s*[,-]?\s*)?"
    r"(?:(?P<H0>\d{1,2})[:h](?P<M0>\d{2})(?:\s*(?P<ap0>AM|PM|SA|CH))?\s*(?:,|-|–|\||ngày)?\s*)?(?:ngày\s+(?=\d{1,2}[./-]))?"
    + _DATE
    + r"\s*(?:\(?\s*GMT\s*[+-]\s*\d{1,2}\s*\)?)?\s*$",
    regex.IGNORECASE,
)


def dateline(line: str) -> regex.Match | None:
    """The match when the whole line is a publication date ("Thứ Hai, 01/07/2025 08:30 (GMT+7)").

    >>> bool(dateline("Cập nhật: 08:30 01/07/2025")), bool(dateline("Ngày 1/7/2025, hội nghị khai mạc."))
    (True, False)
    """
    return _DATELINE.match(line)


def dateline_date(match: regex.Match) -> dict[str, str]:
    """``{"date": "yyyy-mm-dd", "time": "hh:mm"}`` from a :data:`DATE` or :func:`dateline` match.

    >>> dateline_date(DATE.search("26.03.2025 | 18:31 PM")), dateline_date(dateline("08:30 PM, 07/07/2025"))
    ({'date': '2025-03-26', 'time': '18:31'}, {'date': '2025-07-07', 'time': '20:30'})
    """
    out = {"date": f"{int(match['y']):04d}-{int(match['m']):02d}-{int(match['d']):02d}"}
    groups = match.groupdict()
    hour, minute, half = (
        (groups.get("H"), groups.get("M"), groups.get("ap")) if groups.get("H") else (groups.get("H0"), groups.get("M0"), groups.get("ap0"))
    )
    if hour:
        out["time"] = f"{_24_hour(int(hour), half):02d}:{minute}"
    return out


def _24_hour(hour: int, half: str | None) -> int:
    """The hour on a 24-hour clock: "08:30 PM" is 20:30; "18:31 PM", as sites write it, stays 18:31."""
    if half and half.upper() in ("PM", "CH") and hour < 12:
        return hour + 12
    if half and half.upper() in ("AM", "SA") and hour == 12:
        return 0
    return hour


_NAME = r"\p{Lu}[\p{L}.]*"
_BYLINE = regex.compile(
    rf"^\s*\(?\s*(?:(?P<lead>Bài(?:\s+và\s+|\s*,\s*|\s*&\s*)ảnh|Bài|Ảnh|Theo(?:\s+(?:báo|tạp chí|trang))?|Tác giả|Nguồn|Phóng viên|Nhóm phóng viên|Nhóm PV)"
    rf"\s*:?\s*(?P<name1>{_NAME}(?:\s+{_NAME}){{0,5}})"
    rf"|(?P<name2>{_NAME}(?:\s+{_NAME}){{1,4}})|(?P<name3>PV|Nhóm PV|Phóng viên))"
    rf"(?P<more>(?:\s*(?:[-–,&/]|và)\s*{_NAME}(?:\s+{_NAME}){{0,4}})*)"
    r"\s*(?:[-–]\s*)?(?:\((?P<src>[^()\n]{2,30})\))?\s*\)?\s*\.?\s*$"
)


def byline(line: str) -> dict[str, str] | None:
    """``{"author": ..., "source": ...}`` when the line is a byline, else None.

    >>> byline("Bài và ảnh: Nguyễn Văn An"), byline("Theo TTXVN")
    ({'author': 'Nguyễn Văn An'}, {'author': 'TTXVN'})
    >>> byline("Thu Thủy (Báo Thái Bình)"), byline("Hội nghị khai mạc")
    ({'author': 'Thu Thủy', 'source': 'Báo Thái Bình'}, None)
    """
    match = _BYLINE.match(line)
    if not match:
        return None
    name = match["name1"] or match["name2"] or match["name3"]
    out = {"author": (name + match["more"]).strip()}
    if match["src"]:
        out["source"] = match["src"].strip()
    return out


def marked_byline(line: str) -> bool:
    """A byline that says it is one: "Theo TTXVN", "Tác giả: ...", "Bài và ảnh: ...".

    >>> marked_byline("Theo TTXVN"), marked_byline("Thu Thủy")
    (True, False)
    """
    match = _BYLINE.match(line)
    return bool(match and (match["lead"] or match["name3"]))


_CAPTION_MARK = regex.compile(
    r"^\s*(?:Ảnh|Hình|Video|Nguồn ảnh|Ảnh trên|Ảnh dưới)\s*:|\(\s*(?:Ảnh|Hình|Nguồn)\b[^()]{0,60}\)\s*\.?\s*$|[-–.]\s*Ảnh\s*:"
    r"|\bẢnh minh họa\b|\bẢnh minh hoạ\b|\(ảnh(?: trên| dưới| bên| phải| trái)?\)",
    regex.IGNORECASE,
)
_SENTENCE_END = regex.compile(r"[.!?…][\"”’)]*\s+\p{Lu}")


def marked_caption(line: str) -> bool:
    """A photo caption marked as one: "Ảnh: ...", "(Ảnh: TTXVN)", "Ảnh minh họa".

    >>> marked_caption("Quang cảnh hội nghị. Ảnh: Nguyễn An"), marked_caption("Nhiều ảnh đẹp được trưng bày.")
    (True, False)
    """
    return bool(_CAPTION_MARK.search(line))


def caption_shaped(line: str) -> bool:
    """One short sentence without ';' or ':' that ends with a full stop: how unmarked captions look.

    >>> caption_shaped("Các đại biểu tham quan trụ sở xã."), caption_shaped("Theo đó, 5 tiêu chí: công khai.")
    (True, False)
    """
    stripped = line.strip()
    return (
        3 <= len(stripped.split()) <= 35
        and stripped.endswith(".")
        and ";" not in stripped and ":" not in stripped
        and not _SENTENCE_END.search(stripped)
    )


_ENDS_A_SENTENCE = regex.compile(r"[.!?…][\"”’)]*\s*$")
_ENDS_A_QUESTION = regex.compile(r"[!?][!?\"”’)]*$")


def body_like(line: str) -> bool:
    """A paragraph of running text: eight words or more ending a sentence, or 25 words or more.

    >>> body_like("Sáng nay, hội nghị tổng kết công tác năm 2025 khai mạc tại Hà Nội."), body_like("Tin liên quan")
    (True, False)
    """
    if len(line) >= 300:  # 25 words or more in any real text
        return True
    count = len(line.split())
    return count >= 25 or (count >= 8 and bool(_ENDS_A_SENTENCE.search(line)))


def question_headline(line: str) -> bool:
    """One question or exclamation of 25 words at most: a headline when running text follows.

    >>> question_headline("Vi phạm giao thông qua ghi hình: có bị giữ xe?"), question_headline("Vì sao? Vì trời mưa.")
    (True, False)
    """
    stripped = line.strip()
    return (
        len(stripped.split()) <= 25
        and bool(_ENDS_A_QUESTION.search(stripped))
        and not _SENTENCE_END.search(stripped)
    )


def headline_like(line: str) -> bool:
    """Could be a headline: two to 40 words, not ending with a full stop, colon or comma.

    >>> headline_like("Khởi công cầu mới"), headline_like("Sáng nay, tỉnh khởi công cầu mới.")
    (True, False)
    """
    stripped = line.strip()
    return 2 <= len(stripped.split()) <= 40 and not stripped.endswith((".", ":", ",", ";"))
