"""Run the Pipeline on Dask: over a bag or a dataframe, or a batch run on a cluster.

Each Dask worker builds one Pipeline per configuration and keeps it on the worker (not in
a module global), so models load once per worker. Needs the ``dask`` extra
(``pip install 'vnnews[dask]'``).

Point it at an existing cluster with ``vnnews batch IN.jsonl -o OUT.jsonl --engine dask
--scheduler tcp://HOST:8786``, or from Python::

    from dask.distributed import Client
    import dask.bag as db
    from vnnews.dask_ext import analyse_bag, json_record
    client = Client("tcp://HOST:8786")
    records = analyse_bag(db.read_text("news-*.jsonl").filter(str.strip).map(json_record), topic=True).compute()

>>> import dask.bag as db
>>> bag = db.from_sequence([{"id": 1, "text": "Xin chào."}, {"id": 2, "text": None}], npartitions=1)
>>> [r["error"] for r in analyse_bag(bag, normalize=False, restore_diacritics=False, sentences=False,
...                                  words=False, entities=False, topic=False).compute(scheduler="sync")]
[None, "no text in field 'text'"]
"""

from __future__ import annotations

import collections
from typing import Any, Iterable, Iterator

from . import jsonline
from .corpus import Record, make_record
from .errors import BackendError, InputError, MissingDependencyError
from .pipeline import Pipeline

__all__ = ["analyse_bag", "analyse_dataframe", "analyse_on_cluster", "json_record", "worker_pipeline"]


def json_record(line: str | bytes) -> Any:
    """The value of one JSON line, or the :class:`~vnnews.errors.InputError` saying why it is
    none, which :func:`analyse_bag` writes as that record's error (``map(json.loads)`` stopped
    the whole computation at the first broken line).

    >>> json_record('{"id": 1}'), json_record("{broken")
    ({'id': 1}, InputError('not valid JSON: ...'))
    """
    try:
        return jsonline.loads(line)
    except ValueError as exc:
        return InputError(f"not valid JSON: {exc}")


def _dask():
    try:
        import dask  # noqa: F401
        import distributed
    except ImportError:
        raise MissingDependencyError("Dask support needs dask.distributed: pip install 'vnnews[dask]'") from None
    return distributed


def worker_pipeline(options: dict[str, Any]) -> Pipeline:
    """The Pipeline for ``options`` on the current Dask worker (built on first use).

    Outside a distributed worker (e.g. the synchronous scheduler) a new Pipeline is built;
    its models still load only once per process.

    >>> off = dict(normalize=False, restore_diacritics=False, sentences=False, words=False,
    ...            entities=False, topic=False)
    >>> worker_pipeline(off).steps
    ['clean']
    """
    try:
        from distributed import get_worker

        worker = get_worker()
    except (ImportError, ValueError):
        return Pipeline(**options).load()
    cache = worker.__dict__.setdefault("_vnnews_pipelines", {})
    key = tuple(sorted(options.items()))
    if key not in cache:
        cache[key] = Pipeline(**options).load()
    return cache[key]


def _analyse_partition(items: Iterable[Any], options: dict[str, Any], text_field: str, id_field: str) -> list[dict]:
    from .batch import analyse_record

    nlp = worker_pipeline(options)
    out = []
    for item in items:
        # no id: None, not the position, which restarts in every partition and would
        # repeat the ids of other records
        if isinstance(item, (str, bytes)):
            record = Record(None, item)
        elif isinstance(item, (dict, Exception)):
            record = make_record(None, item, text_field, id_field)
        else:  # None, a number: "record is not a JSON object" spoke of a JSON the item never was
            record = Record(None, None, f"expected text, bytes or a dict, got {type(item).__name__}")
        out.append(analyse_record(nlp, record))
    return out


def analyse_bag(bag: Any, text_field: str = "text", id_field: str = "id", **options: Any) -> Any:
    """A bag of output records (``id``, ``error``, ``document``) from a bag of texts or dicts.

    ``options`` are Pipeline options. Dicts take their text and id from ``text_field``
    and ``id_field``; a plain text, a dict without an id and an item that is no dict get
    id None.
    """
    _dask()
    config = Pipeline(**options).config
    return bag.map_partitions(_analyse_partition, config, text_field, id_field)


def _analyse_frame(frame: Any, options: dict[str, Any], text_column: str, id_column: str | None) -> Any:
    import pandas as pd

    rows = frame.to_dict("records")
    if id_column is None:
        for index, row in zip(frame.index, rows):
            row["__id"] = index
    records = _analyse_partition(rows, options, text_column, id_column or "__id")
    return pd.DataFrame(
        {
            "id": [str(r["id"]) for r in records],
            "error": [r["error"] for r in records],
            "topic": [((r["document"] or {}).get("topic") or {}).get("label") for r in records],
            "document": [jsonline.dumps(r["document"]).decode() if r["document"] else None for r in records],
        },
        index=frame.index,
    )


def analyse_dataframe(ddf: Any, text_column: str = "text", id_column: str | None = "id", **options: Any) -> Any:
    """A Dask dataframe with columns id, error, topic and document (JSON) for each row of ``ddf``.

    With ``id_column=None`` the dataframe index is the id.
    """
    _dask()
    import pandas as pd

    config = Pipeline(**options).config
    meta = pd.DataFrame({c: pd.Series(dtype="object") for c in ("id", "error", "topic", "document")})
    return ddf.map_partitions(_analyse_frame, config, text_column, id_column, meta=meta)


def _encode_batch_on_worker(records: list[Record], options: dict[str, Any]) -> list[tuple[bytes, str | None]]:
    from .batch import encode_batch

    return encode_batch(worker_pipeline(options), records)


def analyse_on_cluster(
    batches: Iterable[list[Record]], options: dict[str, Any], scheduler: str | None = None, in_flight: int = 4
) -> Iterator[list[tuple[bytes, str | None]]]:
    """Encode batches on the cluster at ``scheduler`` (a local one when None), in input order.

    At most ``in_flight`` batches per worker are queued, so a large corpus streams through.
    """
    distributed = _dask()
    if scheduler:
        try:
            client, cluster = distributed.Client(scheduler), None
        except OSError as exc:  # it was reported as the output's write failure
            raise BackendError(f"cannot reach the Dask scheduler at {scheduler}: {exc}; is it running? "
                               "(without --scheduler a local cluster is started)") from None
    else:
        cluster = distributed.LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = distributed.Client(cluster)
    try:
        window = max(1, len(client.scheduler_info().get("workers", {})) or 1) * in_flight
        pending: collections.deque = collections.deque()
        for batch in batches:
            pending.append(client.submit(_encode_batch_on_worker, batch, options, pure=False))
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
