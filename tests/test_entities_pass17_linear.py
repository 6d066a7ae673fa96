"""Seventeenth stop, performance: no rule of the entity step scans every entity for each one.

The "overlaps any", "holds", "ends near" questions the rules ask for every place, location,
city or list item are answered by :class:`vnnews.entities.positions.EntitiesByStart` (sorted
starts + bisect) or by sets of offsets. Two kinds of test: the answers are those of the scans
they replace (hypothesis, against the scans written out here), and inputs with tens of
thousands of entities finish — a scan per entity (10^8-10^9 comparisons) would not finish in
the suite's time budget, while these take about a second each.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.document import Entity
from vnnews.entities.as_written import ADMIN_LABELS, with_units_as_written
from vnnews.entities.positions import EntitiesByStart
from vnnews.entities.street_lists import with_street_lists
from vnnews.entities.tokens import syllables
from vnnews.entities.world_cities import with_world_cities

_LABELS = ["PERSON", "ORGANIZATION", "LOCATION", "PROVINCE", "DISTRICT", "COMMUNE"]


@st.composite
def _entities(draw, max_size=12):
    found = []
    for _ in range(draw(st.integers(0, max_size))):
        start = draw(st.integers(0, 30))
        end = start + draw(st.integers(0, 8))
        attrs = {}
        if draw(st.booleans()):
            attrs["name_start"] = min(end, start + draw(st.integers(0, 3)))
        if draw(st.booleans()):
            attrs["code"] = "1"
        found.append(Entity(draw(st.sampled_from(_LABELS)), start, end, "x" * (end - start), attrs=attrs))
    return found


def _overlap(a, b):
    return a.start < b.end and b.start < a.end


@settings(max_examples=200, deadline=None)
@given(_entities(), st.integers(0, 40), st.integers(0, 40))
def test_the_index_answers_as_a_scan_does(entities, start, length):
    end = start + length % 10
    index = EntitiesByStart(entities)
    span = Entity("X", start, end, "")
    over = [e for e in entities if _overlap(e, span)]
    assert index.overlap(start, end) == bool(over)
    assert sorted(map(id, index.overlapping(start, end))) == sorted(map(id, over))
    assert index.straddles(start) == any(e.start < start < e.end for e in entities)
    assert index.sticks_out(start, end) == any(e.start < start or e.end > end for e in over)
    assert index.holds(start, end) == any(e.start <= start and end <= e.end for e in over)
    assert index.holds_from_before(start, end) == any(e.start < start and end <= e.end for e in entities)
    assert sorted(map(id, index.holding(start, end))) == sorted(
        id(e) for e in entities if e.start <= start and end <= e.end)


def _units_as_written_by_scans(restored, as_written):
    """The rule as it was written before the index: every entity against every unit."""
    typed = [e for e in as_written if e.label in {"DISTRICT", "COMMUNE"} and e.attrs.get("name_start", e.start) > e.start]
    locations = {(e.start, e.end) for e in restored if e.label == "LOCATION"}
    typed += [e for e in as_written if e.label in {"DISTRICT", "COMMUNE"} and e.attrs.get("code")
              and e.attrs.get("name_start", e.start) == e.start and (e.start, e.end) in locations]
    kept = [e for e in restored if e.label == "ORGANIZATION" or not any(_overlap(e, t) for t in typed)]
    kept += typed
    kept += [e for e in as_written if e.label in ADMIN_LABELS and not any(_overlap(e, k) for k in kept)]
    return sorted(kept, key=lambda e: (e.start, -e.end))


@settings(max_examples=200, deadline=None)
@given(_entities(), _entities())
def test_units_as_written_are_those_of_the_scans(restored, as_written):
    assert [id(e) for e in with_units_as_written(restored, as_written)] == \
        [id(e) for e in _units_as_written_by_scans(restored, as_written)]


def test_units_as_written_over_forty_thousand_entities():
    """40,000 restored entities and 40,000 units as written: 3.2 billion comparisons by scans."""
    restored, written = [], []
    for k in range(40_000):
        at = 100 * k
        restored.append(Entity("PERSON", at, at + 10, "p"))
        restored.append(Entity("LOCATION", at + 40, at + 60, "l"))  # a typed commune is written over it
        written.append(Entity("COMMUNE", at + 40, at + 60, "xa B", attrs={"name_start": at + 43}))
        written.append(Entity("PROVINCE", at + 70, at + 80, "T"))  # only the text as written shows it
    found = with_units_as_written(restored, written)
    assert [e.label for e in found[:3]] == ["PERSON", "COMMUNE", "PROVINCE"]
    assert len(found) == 120_000 and sum(e.label == "LOCATION" for e in found) == 0


def test_world_city_lists_in_a_long_text():
    """4,000 lists of cities, each read from a known place ("Osaka") item by item: the cities
    joined to it, a foreign-spelt name no list holds between two of them."""
    sentence = "Họ đến Osaka, Kobe, Krasnojarsk, Ulyanovsk và Wellington. "
    text = sentence * 4_000
    known = [Entity("LOCATION", k, k + 5, "Osaka", "Osaka", {"kind": "world"})
             for k in range(0, len(text), len(sentence)) for k in [k + sentence.index("Osaka")]]
    found = with_world_cities(text, syllables(text), known)
    assert [e.text for e in found[:5]] == ["Osaka", "Kobe", "Krasnojarsk", "Ulyanovsk", "Wellington"]
    assert len(found) == 5 * 4_000


def test_street_lists_in_a_long_text():
    """4,000 street lists whose later items were read as persons: each item is a street."""
    sentence = "Xe đậu trên tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi thường bị phạt. "
    text = sentence * 4_000
    people = [Entity("PERSON", k + sentence.index(name), k + sentence.index(name) + len(name), name)
              for k in range(0, len(text), len(sentence)) for name in ("Lê Lợi", "Hàm Nghi")]
    found = with_street_lists(text, people)
    assert len(found) == 3 * 4_000 and {e.label for e in found} == {"LOCATION"}
    assert [e.text for e in found[:3]] == ["Nguyễn Huệ", "Lê Lợi", "Hàm Nghi"]
