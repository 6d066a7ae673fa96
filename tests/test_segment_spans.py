"""Forcing spans into a word segmentation keeps it a tiling of the text's characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnnews.segment.spans import covered, force_spans, non_overlapping


@st.composite
def segmentations(draw):
    syllables = draw(st.lists(st.text(alphabet="abcđ", min_size=1, max_size=4), min_size=1, max_size=12))
    text = " ".join(syllables)
    bounds, pos = [], 0
    for s in syllables:
        bounds.append((pos, pos + len(s)))
        pos += len(s) + 1
    # words: runs of consecutive syllables
    cuts = sorted(draw(st.sets(st.integers(1, len(bounds) - 1), max_size=len(bounds) - 1))) if len(bounds) > 1 else []
    groups = [bounds[a:b] for a, b in zip([0] + cuts, cuts + [len(bounds)])]
    starts = [g[0][0] for g in groups]
    ends = [g[-1][1] for g in groups]
    forced = draw(st.lists(st.tuples(st.integers(0, len(bounds) - 1), st.integers(0, 3)), max_size=4))
    spans = [(bounds[i][0], bounds[min(i + n, len(bounds) - 1)][1]) for i, n in forced]
    return text, starts, ends, non_overlapping(spans)


@given(segmentations())
def test_forced_spans_become_words_and_nothing_is_lost(case):
    text, starts, ends, forced = case
    new_starts, new_ends = force_spans(text, starts, ends, forced)
    for span in forced:
        assert covered(new_starts, new_ends, span)
    pairs = list(zip(new_starts, new_ends))
    assert all(s < e for s, e in pairs)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(pairs, pairs[1:]))
    assert "".join(text[s:e] for s, e in pairs).replace(" ", "") == text.replace(" ", "")
    # words untouched by any forced span are kept as they were
    for s, e in zip(starts, ends):
        if not any(s < fe and fs < e for fs, fe in forced):
            assert (s, e) in pairs


def test_non_overlapping_prefers_the_earliest_then_the_longest():
    assert non_overlapping([(3, 5), (0, 2), (0, 4), (4, 9)]) == [(0, 4), (4, 9)]
