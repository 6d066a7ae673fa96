"""Pipeline.pipe: bad arguments raise at the call; every text gives one Document, in order;
an error raised by the caller's own iterator goes through after the Documents before it."""

from __future__ import annotations

import math

import pytest

from vnnews.errors import InputError
from vnnews.pipeline import Pipeline

CLEAN_ONLY = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)


@pytest.mark.parametrize(
    "texts, options",
    [
        ("một bài báo", {}),
        (b"mot bai bao", {}),
        (None, {}),
        (5, {}),
        (["a"], {"n_process": 0}),
        (["a"], {"n_process": "2"}),
        (["a"], {"n_process": True}),
        (["a"], {"batch_size": 0}),
        (["a"], {"batch_size": 2.5}),
    ],
    ids=["str", "bytes", "None", "int", "n_process 0", "n_process str", "n_process bool", "batch_size 0", "batch_size float"],
)
def test_bad_arguments_raise_input_error_at_the_call(texts, options):
    with pytest.raises(InputError):
        Pipeline(**CLEAN_ONLY).pipe(texts, **options)  # not only once iterated


def test_every_input_gives_one_document_in_order():
    texts = ["Hà Nội", None, b"Hu\xe1\xba\xbf", 5, math.nan, {"text": "x"}, "", "\ud800", "Hà Nội"]
    docs = list(Pipeline(**CLEAN_ONLY).pipe(iter(texts)))
    assert len(docs) == len(texts)
    assert [d.text for d in docs] == ["Hà Nội", "", "Huế", "", "", "", "", "\ud800", "Hà Nội"]
    assert [bool(d.errors) for d in docs] == [False, True, False, True, True, True, False, False, False]


def _breaking_source():
    yield "một"
    yield "hai"
    raise RuntimeError("the source broke")


@pytest.mark.parametrize("n_process", [1, 2])
def test_an_error_of_the_callers_iterator_comes_after_the_documents_before_it(n_process):
    got = []
    with pytest.raises(RuntimeError, match="the source broke"):
        for doc in Pipeline(**CLEAN_ONLY).pipe(_breaking_source(), batch_size=1, n_process=n_process):
            got.append(doc.text)
    assert got == ["một", "hai"]


def test_with_workers_an_item_that_cannot_be_pickled_is_one_error_document():
    import threading

    texts = ["một", threading.Lock(), "hai", (c for c in "ab"), None, "ba"]
    docs = list(Pipeline(**CLEAN_ONLY).pipe(texts, batch_size=2, n_process=2))
    assert [d.text for d in docs] == ["một", "", "hai", "", "", "ba"]
    assert [d.errors for d in docs][1:5] == [
        ["input: expected text or bytes, got lock"],
        [],
        ["input: expected text or bytes, got generator"],
        ["input: expected text or bytes, got NoneType"],
    ]
