"""A seeded stress set of scraped news pages built around VNTC training articles.

Each page wraps one VNTC **train** article (its first line as the headline, the other
lines as paragraphs) in a Vietnamese news-site layout written here: menus, breadcrumb,
date line, byline, photo captions, share buttons, inline "Xem thêm" links, ads, related
headlines (other training articles' headlines), tags, comments and a footer with address,
hotline and licence. Every page comes as HTML (with or without ``<article>``/``<p>``,
charset declared utf-8 / windows-1258 / not at all, bytes in UTF-8, UTF-8 with BOM,
cp1258 or UTF-16) and flattened to plain text the way a copy-paste scrape looks.

The gold of a page is its headline, paragraphs and date; everything else is boilerplate.

>>> page = build_pages([("Tiêu đề bài", ["Đoạn một của bài.", "Đoạn hai."])], ["Tin khác"], seed=1)[0]
>>> page.headline, "Đoạn hai." in page.text_page
('Tiêu đề bài', True)
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

try:
    from .scraped_fresh import reword  # imported as benchmarks.scraped_pages (the tests)
except ImportError:
    from scraped_fresh import reword  # run as a script from benchmarks/

SITES = ["Báo Tin Tức Tỉnh Nhà", "Thời Sự 24h", "Cổng thông tin Đất Việt", "Báo điện tử Người Dân", "Tạp chí Phố Hội"]
MENU = ["Trang chủ", "Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Văn hóa", "Thể thao",
        "Giáo dục", "Sức khỏe", "Quốc tế", "Bạn đọc", "Video", "Ảnh", "Podcast", "E-paper"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ"]
MIDDLES = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Ngọc", "Đức", "Thu"]
GIVENS = ["An", "Bình", "Hà", "Hùng", "Lan", "Phương", "Tâm", "Thủy", "Quân", "Nhiên", "Khánh", "Sơn"]
AGENCIES = ["TTXVN", "VOV", "Chinhphu.vn", "Báo Nhân Dân", "VnExpress"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
SHARE = ["Chia sẻ", "Facebook", "Zalo", "Twitter", "In bài", "Gửi email", "Lưu bài viết", "Copy link"]
COMMENT_TEXTS = [
    "Bài viết rất hay, cảm ơn tác giả.",
    "Mong các cơ quan chức năng sớm vào cuộc xử lý dứt điểm.",
    "Tôi hoàn toàn đồng ý với ý kiến này!",
    "Thông tin hữu ích, chia sẻ cho mọi người cùng biết",
    "Không biết bao giờ mới xong đây?",
]
ADS = ["Quảng cáo", "QUẢNG CÁO", "Liên hệ quảng cáo: 0909 123 456", "Advertisement"]
CAPTION_WHAT = ["Quang cảnh buổi làm việc", "Các đại biểu tham quan mô hình", "Ảnh minh họa",
                "Lãnh đạo địa phương trao quà cho người dân", "Toàn cảnh hội nghị"]


@dataclass
class Page:
    """One stress page: the gold (headline, paragraphs, date) and its renderings."""

    headline: str
    paragraphs: list[str]
    date: str  # ISO yyyy-mm-dd
    layout: str = ""
    family: str = "seen"  # "fresh": furniture worded by scraped_fresh.py, after the rules were set
    html: str = ""
    html_bytes: bytes = b""
    encoding: str = ""
    declared: str = ""
    text_page: str = ""
    parts: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def plain(self) -> str:
        """The article alone: headline and paragraphs, one a line."""
        return "\n".join([self.headline, *self.paragraphs])


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVENS)}"


def _dateline(rng: random.Random, when: dt.datetime) -> str:
    day, clock = when.strftime("%d/%m/%Y"), when.strftime("%H:%M")
    weekday = WEEKDAYS[when.weekday()]
    return rng.choice([
        f"{weekday}, {day} {clock} (GMT+7)",
        f"{weekday}, ngày {day} - {clock}",
        f"{day} {clock}",
        f"Cập nhật: {clock} {day}",
        f"{weekday}, {day}, {clock} GMT+7",
        f"{day} - {clock}",
    ])


def _byline(rng: random.Random) -> str:
    return rng.choice([
        _name(rng),
        f"Theo {rng.choice(AGENCIES)}",
        f"{_name(rng)} ({rng.choice(AGENCIES)})",
        f"Bài và ảnh: {_name(rng)}",
        f"Tác giả: {_name(rng)}",
        f"{_name(rng)} - {_name(rng)}",
    ])


def _caption(rng: random.Random) -> str:
    what = rng.choice(CAPTION_WHAT)
    return rng.choice([f"{what}. Ảnh: {_name(rng)}", f"{what} (Ảnh: {rng.choice(AGENCIES)})",
                       f"Ảnh: {_name(rng)}", f"{what}. (Ảnh: {_name(rng)})", f"{what} - Ảnh: {rng.choice(AGENCIES)}"])


def _footer(rng: random.Random, site: str) -> list[str]:
    number = rng.randint(10, 600)
    return [
        f"© {site}. Cơ quan chủ quản: UBND tỉnh {rng.choice(['Bình Định', 'Thái Bình', 'Nghệ An'])}",
        f"Tổng Biên tập: {_name(rng)}",
        f"Địa chỉ: {rng.randint(1, 300)} đường {rng.choice(['Lê Lợi', 'Trần Hưng Đạo', 'Hai Bà Trưng'])}, phường {rng.choice(['Quy Nhơn', 'Trần Hưng Đạo', 'Lê Lợi'])}",
        f"Điện thoại: 0256 3822 {rng.randint(100, 999)} - Hotline: 0912 345 {rng.randint(100, 999)} - Email: toasoan@baotinh.vn",
        f"Giấy phép số {number}/GP-BTTTT do Bộ Thông tin và Truyền thông cấp ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/20{rng.randint(10, 23)}",
        "Ghi rõ nguồn khi phát hành lại thông tin từ website này.",
    ]


def _related(rng: random.Random, headlines: list[str], with_dates: bool) -> list[str]:
    items = rng.sample(headlines, k=min(len(headlines), rng.randint(3, 6)))
    if not with_dates:
        return items
    return [f"{h} {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025" for h in items]


def _comments(rng: random.Random) -> list[str]:
    lines = [rng.choice(["Bình luận", f"Bình luận ({rng.randint(1, 9)})", "Ý kiến bạn đọc"])]
    for _ in range(rng.randint(1, 3)):
        lines += [f"{_name(rng)} - {rng.randint(1, 23)} giờ trước", rng.choice(COMMENT_TEXTS), "Trả lời | Thích"]
    return lines + ["Gửi bình luận"]


def page_parts(rng: random.Random, headline: str, paragraphs: list[str], others: list[str], when: dt.datetime) -> list[tuple[str, list[str]]]:
    """The page's blocks in reading order as (kind, lines); kind "headline"/"paragraph" are the article."""
    site = rng.choice(SITES)
    menu = rng.sample(MENU[1:], k=rng.randint(5, 10))
    section = rng.choice(menu)
    parts: list[tuple[str, list[str]]] = [("site", [site]), ("menu", ["Trang chủ", *menu])]
    if rng.random() < 0.7:
        parts.append(("breadcrumb", ["Trang chủ", section]))
    date_first = rng.random() < 0.5
    if date_first:
        parts.append(("dateline", [_dateline(rng, when)]))
    parts.append(("headline", [headline]))
    if not date_first:
        parts.append(("dateline", [_dateline(rng, when)]))
    if rng.random() < 0.5:
        parts.append(("share", rng.sample(SHARE, k=rng.randint(2, 5))))
    body: list[tuple[str, list[str]]] = [("paragraph", [p]) for p in paragraphs]
    for _ in range(rng.randint(0, 2)):
        body.insert(rng.randint(0, len(body)), ("caption", [_caption(rng)]))
    if rng.random() < 0.4 and len(body) > 1:
        body.insert(rng.randint(1, len(body)), ("inline_related", [f"{rng.choice(['Xem thêm', 'Đọc thêm', '>> Xem thêm'])}: {rng.choice(others)}"]))
    if rng.random() < 0.3 and len(body) > 1:
        body.insert(rng.randint(1, len(body)), ("ad", [rng.choice(ADS)]))
    parts += body
    if rng.random() < 0.8:
        parts.append(("byline", [_byline(rng)]))
    tail: list[tuple[str, list[str]]] = []
    if rng.random() < 0.6:
        tail.append(("share", rng.sample(SHARE, k=rng.randint(2, 5))))
    if rng.random() < 0.6:
        tail.append(("tags", [rng.choice(["Từ khóa:", "Tags:", "Từ khoá"]), *rng.sample(MENU[1:], k=3)]))
    tail.append(("related", [rng.choice(["Tin liên quan", "Tin cùng chuyên mục", "Bài viết liên quan", "Xem thêm", "Có thể bạn quan tâm"]),
                             *_related(rng, others, rng.random() < 0.5)]))
    if rng.random() < 0.5:
        tail.append(("comments", _comments(rng)))
    if rng.random() < 0.5:
        tail.append(("popular", [rng.choice(["Tin đọc nhiều", "Đọc nhiều nhất", "Tin mới nhất"]), *_related(rng, others, False)]))
    rng.shuffle(tail)
    parts += tail
    parts.append(("footer", _footer(rng, site)))
    return parts


ARTICLE_KINDS = ("headline", "paragraph")
"""Kinds of part that are the article text; every other kind is boilerplate."""


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _html_block(kind: str, lines: list[str], layout: str) -> str:
    e = [_esc(line) for line in lines]
    if kind == "site":
        return f'<div class="logo"><a href="/">{e[0]}</a></div>'
    if kind == "menu":
        return "<nav><ul>" + "".join(f'<li><a href="/{i}">{x}</a></li>' for i, x in enumerate(e)) + "</ul></nav>"
    if kind == "breadcrumb":
        return '<div class="breadcrumb">' + " &gt; ".join(f'<a href="/c{i}">{x}</a>' for i, x in enumerate(e)) + "</div>"
    if kind == "headline":
        return f'<h1 class="title">{e[0]}</h1>'
    if kind == "dateline":
        return f'<div class="date">{e[0]}</div>' if layout != "modern" else f'<time class="date">{e[0]}</time>'
    if kind == "paragraph":
        return f"<p>{e[0]}</p>" if layout != "brs" else f"{e[0]}<br><br>"
    if kind == "caption":
        return f'<figure><img src="/img/a.jpg" alt=""><figcaption>{e[0]}</figcaption></figure>' if layout == "modern" else f'<p class="caption"><em>{e[0]}</em></p>'
    if kind == "byline":
        return f'<p class="author"><strong>{e[0]}</strong></p>'
    if kind == "share":
        return '<div class="share">' + "".join(f'<a href="#s{i}">{x}</a>' for i, x in enumerate(e)) + "</div>"
    if kind == "ad":
        return f'<div class="ads">{e[0]}</div>'
    if kind == "inline_related":
        return f'<p class="related-inline"><a href="/rel">{e[0]}</a></p>'
    if kind == "footer":
        return "<footer>" + "".join(f"<p>{x}</p>" for x in e) + "</footer>"
    heading, items = e[0], e[1:]  # tags, related, comments, popular
    return f'<div class="box-{kind}"><h3>{heading}</h3><ul>' + "".join(f'<li><a href="/x{i}">{x}</a></li>' for i, x in enumerate(items)) + "</ul></div>"


def to_html(page: Page, layout: str, charset: str | None) -> str:
    """The page as HTML in ``layout`` (``modern``: <article>/<p>; ``portal``: <div> and <p>; ``brs``: <br>)."""
    meta = f'<meta charset="{charset}">' if charset else ""
    head = (f"<!DOCTYPE html><html lang=\"vi\"><head>{meta}<title>{_esc(page.headline)} - {_esc(page.parts[0][1][0])}</title>"
            f'<meta property="og:title" content="{_esc(page.headline)}"></head><body>')
    blocks = [(kind, _html_block(kind, lines, layout)) for kind, lines in page.parts]
    inner = [html for kind, html in blocks if kind not in ("site", "menu", "breadcrumb", "footer", "popular")]
    outer_top = [html for kind, html in blocks if kind in ("site", "menu", "breadcrumb")]
    outer_end = [html for kind, html in blocks if kind in ("popular", "footer")]
    wrap = ("<article>", "</article>") if layout == "modern" else ('<div class="detail">', "</div>")
    return head + "<header>" + "".join(outer_top) + "</header><main>" + wrap[0] + "\n".join(inner) + wrap[1] + "</main>" + "".join(outer_end) + "</body></html>"


def to_text(rng: random.Random, parts: list[tuple[str, list[str]]]) -> tuple[str, list[str]]:
    """The page flattened as a copy-paste scrape: (text, the kind of each line)."""
    lines: list[tuple[str, str]] = []
    joiner = rng.choice(["\n", " | ", "  ", "\n"])
    gap = rng.random() < 0.4  # blank lines between paragraphs
    for kind, items in parts:
        if kind in ("menu", "share") and joiner != "\n":
            lines.append((kind, joiner.join(items)))
        elif kind == "breadcrumb":
            lines.append((kind, rng.choice([" > ", " / ", " » "]).join(items)))
        elif kind in ("related", "popular", "tags") and len(items) > 1:
            bullet = rng.choice(["- ", "• ", ""])
            lines += [(kind, items[0])] + [(kind, bullet + x) for x in items[1:]]
        else:
            lines += [(kind, x) for x in items]
        if gap and kind == "paragraph":
            lines.append(("blank", ""))
    return "\n".join(x for _, x in lines), [k for k, _ in lines]


def _encode_cp1258(text: str) -> bytes:
    """cp1258 bytes of ``text``: tone marks as combining characters after their letter."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in decomposed if c in TONES).encode("cp1258")
    return bytes(out)


TONES = "\u0300\u0301\u0303\u0309\u0323"
ENCODINGS = [("utf-8", "utf-8"), ("utf-8-sig", "utf-8"), ("utf-8", None), ("cp1258", "windows-1258"),
             ("cp1258", None), ("utf-16", None), ("utf-16", "utf-16")]
"""(bytes' encoding, declared charset or None) pairs the pages are written in."""


def encode_page(html: str, encoding: str) -> bytes:
    """``html`` as bytes in ``encoding`` (``cp1258`` writes tone marks as combining characters)."""
    return _encode_cp1258(html) if encoding == "cp1258" else html.encode(encoding)


def build_pages(articles: list[tuple[str, list[str]]], others: list[str], seed: int = 20261127) -> list[Page]:
    """One page per (headline, paragraphs), every random choice drawn from ``seed``; every
    second page has its furniture worded by :mod:`scraped_fresh` (``family == "fresh"``)."""
    rng = random.Random(seed)
    pages = []
    for number, (headline, paragraphs) in enumerate(articles):
        when = dt.datetime(2024, 1, 1, 6, 0) + dt.timedelta(minutes=rng.randint(0, 700 * 24 * 60))
        page = Page(headline, paragraphs, when.date().isoformat())
        page.parts = page_parts(rng, headline, paragraphs, others, when)
        if number % 2:
            page.family, page.parts = "fresh", reword(rng, page.parts, when, others)
        page.layout = rng.choice(["modern", "portal", "brs"])
        page.encoding, page.declared = rng.choice(ENCODINGS)
        page.html = to_html(page, page.layout, page.declared)
        page.html_bytes = encode_page(page.html, page.encoding)
        page.text_page, _ = to_text(rng, page.parts)
        pages.append(page)
    return pages


def vntc_articles(path, count: int, seed: int = 20261127) -> tuple[list[tuple[str, list[str]]], list[str]]:
    """``count`` VNTC training articles as (headline, paragraphs), and other articles' headlines.

    An article qualifies when its first line is a plausible headline (4-25 words, no
    full stop inside) and at least one paragraph follows.
    """
    import gzip
    import json

    qualified = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            rows = [" ".join(x.split()) for x in text.split("\n") if x.strip()]
            if len(rows) >= 2 and 4 <= len(rows[0].split()) <= 25 and ". " not in rows[0]:
                qualified.append((rows[0], rows[1:]))
    rng = random.Random(seed)
    chosen = rng.sample(range(len(qualified)), k=2 * count)
    articles = [qualified[i] for i in chosen[:count]]
    others = [qualified[i][0] for i in chosen[count:]]
    return articles, others
