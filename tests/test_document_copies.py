"""Entity.to_dict and Topic.to_dict give what dataclasses.asdict gave, as independent copies."""

from __future__ import annotations

import collections
import dataclasses
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.document import Entity, Topic, _compact

_LEAVES = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
_VALUES = st.recursive(_LEAVES, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                       | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(max_size=8), _VALUES, max_size=6), st.none() | st.floats(allow_nan=False))
def test_entity_dict_is_asdicts(attrs, score):
    entity = Entity("PROVINCE", 0, 6, "Hà Nội", None, attrs, score)
    made = entity.to_dict()
    assert made == _compact(dataclasses.asdict(entity))
    assert json.dumps(made, ensure_ascii=False) == json.dumps(_compact(dataclasses.asdict(entity)), ensure_ascii=False)


def test_the_dict_is_a_copy_at_every_level():
    attrs = {"positions": [[0, 6]], "successor": {"code": "01", "names": ["Hà Nội"]}, "pair": ({"a": 1}, 2)}
    entity = Entity("PROVINCE", 0, 6, "Hà Nội", attrs=attrs)
    made = entity.to_dict()
    made["attrs"]["positions"][0].append(9)
    made["attrs"]["successor"]["names"].append("x")
    made["attrs"]["pair"][0]["a"] = 5
    assert attrs == {"positions": [[0, 6]], "successor": {"code": "01", "names": ["Hà Nội"]}, "pair": ({"a": 1}, 2)}


def test_odd_values_are_copied_as_asdict_copies_them():
    @dataclasses.dataclass
    class Inner:
        code: str
        parts: list

    point = collections.namedtuple("Point", "x y")
    attrs = {"inner": Inner("01", [1, 2]), "point": point(1, [2]), "counts": collections.Counter(a=2)}
    entity = Entity("PROVINCE", 0, 6, "Hà Nội", attrs=attrs)
    assert entity.to_dict() == _compact(dataclasses.asdict(entity))
    assert entity.to_dict()["attrs"]["inner"] == {"code": "01", "parts": [1, 2]}
    assert entity.to_dict()["attrs"]["point"][1] is not attrs["point"][1]


def test_topic_dict_is_asdicts():
    topic = Topic("the_thao", 0.9, {"the_thao": 0.9, "kinh_doanh": 0.1}, True, 0.7, "Thể thao")
    assert topic.to_dict() == _compact(dataclasses.asdict(topic))
    assert topic.to_dict()["scores"] is not topic.scores
