"""The batch run keeps loaded models out of the collector's full passes, and leaves the
process's collector as it found it."""

import gc

from vnnews import VnnewsError
from vnnews.batch import run_batch
from vnnews.heap import frozen_heap

_OFF = dict(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)


def test_frozen_heap_freezes_for_the_block_only():
    kept = []
    with frozen_heap():
        assert gc.get_freeze_count() > 0
        kept.append([])  # a new object is not frozen: the young generations still work
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_frozen_heap_leaves_a_callers_freeze_alone():
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with frozen_heap():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_batch_run_frozen_while_it_runs_unfrozen_after(tmp_path, monkeypatch):
    from vnnews import batch

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Một"}\n{"id": 2, "text": "Hai"}\n', encoding="utf-8")
    frozen_during = []
    analyse = batch.analyse_record

    def spy(nlp, record):
        frozen_during.append(gc.get_freeze_count() > 0)
        return analyse(nlp, record)

    monkeypatch.setattr(batch, "analyse_record", spy)
    summary = run_batch(source, tmp_path / "out.jsonl", jobs=1, progress=False, pipeline_options=_OFF)
    assert summary.written == 2
    assert frozen_during == [True, True]
    assert gc.get_freeze_count() == 0


def test_a_freeze_made_during_the_block_is_not_undone():
    import threading

    entered, leave = threading.Event(), threading.Event()

    def batch_run():
        with frozen_heap():
            entered.set()
            leave.wait(10)

    runner = threading.Thread(target=batch_run)
    runner.start()
    entered.wait(10)
    kept = [[i] for i in range(2000)]  # objects of the caller's own, frozen on purpose
    gc.freeze()
    try:
        leave.set()
        runner.join(10)
        assert gc.get_freeze_count() > 0 and kept
    finally:
        gc.unfreeze()


def test_a_failed_batch_run_leaves_the_heap_unfrozen(tmp_path, monkeypatch):
    from vnnews import batch

    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Một"}\n{"id": 2, "text": "Hai"}\n', encoding="utf-8")

    def full_disk(self, lines):
        raise OSError("disk full")

    monkeypatch.setattr(batch.PartFile, "append", full_disk)
    try:
        run_batch(source, tmp_path / "out.jsonl", jobs=1, progress=False, pipeline_options=_OFF)
    except VnnewsError as failure:  # the OSError comes out as "cannot write ...; --resume ..."
        kept = failure  # a REPL or a logger keeps the traceback (and with it the run's frames)
    assert kept and gc.get_freeze_count() == 0
