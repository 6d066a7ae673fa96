"""A second wording of the stress pages' site furniture, written after vnnews's rules were set.

``scraped_pages.py`` words menus, date lines, bylines, captions, headings and footers one
way, and vnnews's line rules were read off those pages. This module rewords the same
blocks in other ways real Vietnamese sites use (other menu words, "Ngày 07 tháng 7 năm
2025", "PV", all-caps names, "Cùng chuyên mục", "Trụ sở:", "#tags"...), so the benchmark
can show how the rules do on furniture they were not written against.

>>> import random, datetime as dt
>>> parts = reword(random.Random(1), [("headline", ["Tin"]), ("dateline", ["01/07/2025"])], dt.datetime(2025, 7, 1, 8, 30), ["Khác"])
>>> parts[0], parts[1][0]
(('headline', ['Tin']), 'dateline')
"""

from __future__ import annotations

import datetime as dt
import random

SITES = ["BÁO ĐIỆN TỬ SÔNG HÀN", "Nhịp sống Phố Núi", "Tin nhanh Miền Tây Online", "ĐÀI PHÁT THANH - TRUYỀN HÌNH TỈNH"]
MENU = ["Home", "Tin tức", "Chuyên đề", "Multimedia", "Đời sống", "Xe", "Số hóa", "Du lịch", "Góc nhìn", "Nhịp sống trẻ", "Tuyển sinh"]
SURNAMES = ["Phan", "Vũ", "Dương", "Lý", "Mai", "Trương", "Ngô"]
GIVENS = ["Minh Châu", "Quốc Bảo", "Thảo Vy", "Hải Đăng", "Ngọc Ánh", "Gia Huy"]
AGENCIES = ["Lao Động", "Tuổi Trẻ", "Thanh Niên", "Dân trí", "Zing"]
WEEKDAYS = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ Nhật"]


def _name(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(GIVENS)}"


def _dateline(rng: random.Random, when: dt.datetime) -> str:
    return rng.choice([
        f"Ngày {when.day:02d} tháng {when.month:02d} năm {when.year} | {when:%H:%M}",
        f"{when:%d-%m-%Y %H:%M:%S}",
        f"{WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} | {when:%H:%M}",
        f"{when:%I:%M} {'AM' if when.hour < 12 else 'PM'}, {when:%d/%m/%Y}",
        f"Đăng lúc {when:%H:%M} ngày {when:%d/%m/%Y}",
        f"{WEEKDAYS[when.weekday()].lower()} - {when:%d/%m/%Y} {when:%H:%M}",
    ])


def _byline(rng: random.Random) -> str:
    name = _name(rng)
    return rng.choice(["PV", "Nhóm PV", name.upper(), f"{name}/VOV", f"{name} - TTXVN",
                       f"Theo báo {rng.choice(AGENCIES)}", f"(Theo {rng.choice(AGENCIES)})", f"{name} (thực hiện)"])


def _caption(rng: random.Random) -> str:
    return rng.choice([f"Ông {_name(rng)} phát biểu tại buổi lễ (ảnh trên)", "Ảnh: TL", f"Hình: {_name(rng)}",
                       "(Ảnh minh họa: Internet)", f"Nguồn ảnh: {rng.choice(AGENCIES)}", f"Ảnh trên: {_name(rng)} ghi lại"])


def _headlines(rng: random.Random, others: list[str], count: int) -> list[str]:
    return rng.sample(others, k=min(len(others), count))


def _block(rng: random.Random, kind: str, lines: list[str], when: dt.datetime, others: list[str]) -> list[str]:
    """New wording for one block of ``kind`` (the article's own kinds stay as they are)."""
    if kind == "site":
        return [rng.choice(SITES)]
    if kind == "menu":
        return ["Home", *rng.sample(MENU[1:], k=len(lines) - 1 if len(lines) > 1 else 3)]
    if kind == "breadcrumb":
        return ["Home", rng.choice(MENU[1:])]
    if kind == "dateline":
        return [_dateline(rng, when)]
    if kind == "byline":
        return [_byline(rng)]
    if kind == "caption":
        return [_caption(rng)]
    if kind == "share":
        return rng.sample(["Gửi", "Bình chọn", "Tweet", "Chia sẻ bài viết:", "Chia sẻ qua Facebook", "Theo dõi chúng tôi trên Google News"], k=3)
    if kind == "ad":
        return [rng.choice(["- Quảng cáo -", "Sponsored", "Nội dung tài trợ"])]
    if kind == "inline_related":
        return [rng.choice(["=> ", "» ", "Bài liên quan: ", "Mời xem thêm: "]) + rng.choice(others)]
    if kind in ("related", "popular"):
        heading = rng.choice(["Tin khác cùng chuyên mục", "Cùng chuyên mục", "Bài viết cùng chủ đề", "TIN LIÊN QUAN", "Tin cũ hơn", "Tin nổi bật"])
        return [heading, *_headlines(rng, others, len(lines) - 1)]
    if kind == "tags":
        return [rng.choice(["Từ khóa liên quan", "Chủ đề:"]), *["#" + x.lower().replace(" ", "") for x in rng.sample(MENU[1:], k=3)]]
    if kind == "comments":
        return ["Ý kiến của bạn", "Họ tên", "Email", "Viết bình luận...", "Gửi ý kiến", f"{rng.randint(0, 9)} bình luận"]
    if kind == "footer":
        return [f"Trụ sở: {rng.randint(1, 200)} Nguyễn Huệ, TP. Huế", f"ĐT: 0234 38{rng.randint(10000, 99999)}",
                f"Giấy phép hoạt động báo điện tử số {rng.randint(10, 900)}/GP-BTTTT", f"Bản quyền © 2025 {rng.choice(SITES)}",
                f"Chịu trách nhiệm xuất bản: {_name(rng)}", "Về đầu trang"]
    return lines


def reword(rng: random.Random, parts: list[tuple[str, list[str]]], when: dt.datetime, others: list[str]) -> list[tuple[str, list[str]]]:
    """``parts`` with every block of site furniture worded anew; the article's lines untouched."""
    return [(kind, _block(rng, kind, lines, when, others)) for kind, lines in parts]
