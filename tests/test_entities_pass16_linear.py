"""Sixteenth pass, performance: the entity step takes time linear in the length of a text.

The posts looked up for every name (:mod:`vnnews.entities.post_index`) and the places looked
up for every dash of a fixture (:mod:`vnnews.entities.teams`) are indexed once per text; the
answers are those of the scans they replace.
"""

from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnnews import extract_entities
from vnnews.entities import post_index, teams
from vnnews.entities.post_index import IndexedPosts

PARAGRAPH = (
    "Phó chủ tịch UBND tỉnh Bình Định, ông Nguyễn Văn Hùng cho biết tỉnh sẽ hỗ trợ. "
    "Giám đốc Sở Y tế Trần Thị Lan đã kiểm tra. "
    "Ở trận Long An - Bình Dương, thủ môn Lê Văn Tâm bắt bóng và đội khách thắng 2-1. "
    "Bí thư Đảng ủy xã Tam Nông, tỉnh Phú Thọ, ông Hà Văn Bình phát biểu.\n"
)


def _summary(entities):
    return [(e.label, e.text, [p["post"] for p in e.attrs.get("positions", [])]) for e in entities]


def test_posts_and_fixtures_are_still_found():
    assert _summary(extract_entities(PARAGRAPH)) == [
        ("ORGANIZATION", "UBND tỉnh Bình Định", []),
        ("PROVINCE", "tỉnh Bình Định", []),
        ("OFFICIAL", "Nguyễn Văn Hùng", ["Phó chủ tịch"]),  # post before the honorific
        ("ORGANIZATION", "Sở Y tế", []),
        ("OFFICIAL", "Trần Thị Lan", ["Giám đốc"]),  # post glued to the name
        ("ORGANIZATION", "Long An", []),  # two places joined by a dash in a match: teams
        ("ORGANIZATION", "Bình Dương", []),
        ("PERSON", "Lê Văn Tâm", []),
        ("ORGANIZATION", "Đảng ủy xã Tam Nông", []),
        ("COMMUNE", "xã Tam Nông", []),
        ("PROVINCE", "tỉnh Phú Thọ", []),
        ("OFFICIAL", "Hà Văn Bình", ["Bí thư"]),  # post before units set off by commas
    ]


def test_a_repeated_paragraph_gives_the_same_entities_each_time():
    """Lookups by position never reach a post or a team of another copy."""
    one = _summary(extract_entities(PARAGRAPH))
    assert _summary(extract_entities(PARAGRAPH * 40)) == one * 40


_posts = st.lists(st.builds(SimpleNamespace, first=st.integers(0, 12), end=st.integers(0, 12),
                            tag=st.integers(0, 10 ** 6)), max_size=30)


@given(_posts, st.integers(-2, 14), st.integers(-2, 14))
def test_indexed_lookups_answer_as_the_scans(posts, low, high):
    indexed = IndexedPosts(posts)
    assert post_index.first_ending_at(indexed, low) is next((p for p in posts if p.end == low), None)
    assert post_index.by_end(indexed) == {p.end: p for p in posts}
    assert post_index.by_first(indexed) == {p.first: p for p in posts}
    assert post_index.ending_between(indexed, low, high) == [p for p in posts if low <= p.end <= high]
    assert post_index.ending_between(posts, low, high) == post_index.ending_between(indexed, low, high)


def test_the_fixture_window_covers_every_dash_the_pattern_reads():
    """Partners are looked for at most _FIXTURE_DASH_LONGEST characters away: no gap the
    pattern accepts may be longer (change both together)."""
    alphabet = [" ", "-", "–", "\u00a0", "\t", "x"]
    gaps, level = [""], [""]
    for _ in range(5):
        level = [g + c for g in level for c in alphabet]
        gaps += level
    accepted = [g for g in gaps if teams._FIXTURE_DASH.fullmatch(g)]
    assert accepted and max(map(len, accepted)) <= teams._FIXTURE_DASH_LONGEST


def _seconds(text: str) -> float:
    start = time.process_time()
    extract_entities(text)
    return time.process_time() - start


@pytest.mark.slow
def test_time_grows_linearly_with_the_text():
    """300 kB take about ten times 30 kB (under 25×: loose, not flaky); before this pass the
    rules that scanned every post, place or organisation per name made it 58× (0.56 s → 32.5 s)."""
    small = PARAGRAPH * (30_000 // len(PARAGRAPH.encode()))
    large = PARAGRAPH * (300_000 // len(PARAGRAPH.encode()))
    extract_entities(PARAGRAPH)  # models loaded before timing
    assert _seconds(large) < 25 * _seconds(small)
