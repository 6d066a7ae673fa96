"""pandas integration: analyse a DataFrame's text column into new columns in one call.

:func:`analyze_dataframe` runs every text through ``nlp.pipe`` (in order, with a tqdm
progress bar) and returns a copy of the frame with the topic, its score, the
government-administration verdict and score, one list column of entity names per label,
and the errors met on each row. Importing this module also registers the accessor
``df.vnnews.analyze(column)``. Needs pandas (``pip install "vnnews[pandas]"``).

>>> import pandas as pd
>>> from vnnews.document import Document, Entity
>>> class Upper:  # any object with pipe(texts, batch_size, n_process) -> Documents
...     def pipe(self, texts, batch_size=64, n_process=1):
...         return (Document(t, entities=[Entity("PERSON", 0, len(t), t)]) for t in texts)
>>> out = analyze_dataframe(pd.DataFrame({"text": ["Lan", None]}), nlp=Upper(), progress=False)
>>> out["entities_person"].tolist(), out["errors"].tolist()
([['Lan'], []], [[], ['no text in column text']])
"""

from __future__ import annotations

from typing import Any, Iterable

from .document import Document
from .errors import BackendError, InputError, MissingDependencyError

try:
    import pandas as pd
except ImportError as exc:  # pragma: no cover - exercised only without pandas
    raise MissingDependencyError('vnnews.pandas_ext needs pandas: pip install "vnnews[pandas]"') from exc

ENTITY_LABELS = ("OFFICIAL", "PERSON", "PROVINCE", "DISTRICT", "COMMUNE", "ORGANIZATION", "LOCATION")
"""Labels that always get a column, so every frame has the same columns."""

RESULT_COLUMNS = (
    ("topic", "topic_score", "government_administration", "government_score")
    + tuple(f"entities_{label.lower()}" for label in ENTITY_LABELS)
    + ("errors",)
)
"""Columns added by :func:`analyze_dataframe` (before the optional prefix)."""

_TEXT_TYPES = (str, bytes, bytearray)  # what a Pipeline analyses


def analyze_dataframe(
    df: "pd.DataFrame",
    column: str = "text",
    *,
    nlp: Any = None,
    batch_size: int = 64,
    n_process: int = 1,
    progress: bool = True,
    prefix: str = "",
) -> "pd.DataFrame":
    """Return a copy of ``df`` with the analysis of ``df[column]`` in new columns.

    ``nlp`` defaults to :func:`vnnews.load`; rows whose text is missing (None/NaN) or
    neither a string nor bytes are not sent to it and get an explanation in ``errors``
    (bytes, as a BINARY Parquet column reads, go to the Pipeline, which decodes them as
    ``vnnews batch`` does). Entity columns
    hold the distinct names (normalised form) in order of first mention. ``prefix`` is
    put before every new column name; a name already in ``df`` raises
    :class:`~vnnews.errors.InputError`.

    >>> import pandas as pd
    >>> from vnnews.document import Document, Topic
    >>> class Sport:
    ...     def pipe(self, texts, batch_size=64, n_process=1):
    ...         return (Document(t, topic=Topic("the_thao", 0.9, government_administration_score=0.1)) for t in texts)
    >>> out = analyze_dataframe(pd.DataFrame({"body": ["Bóng đá"]}), "body", nlp=Sport(), progress=False, prefix="vn_")
    >>> out["vn_topic"].tolist(), out["vn_topic_score"].tolist(), out["vn_government_score"].tolist()
    (['the_thao'], [0.9], [0.1])
    """
    if not isinstance(df, pd.DataFrame):
        raise InputError(f"analyze_dataframe() needs a pandas DataFrame, got {type(df).__name__}")
    if column not in df.columns:
        raise InputError(f"no column {column!r} in the DataFrame (columns: {', '.join(map(str, df.columns))})")
    names = [prefix + name for name in RESULT_COLUMNS]
    clashes = [name for name in names if name in df.columns]
    if clashes:
        raise InputError(f"the DataFrame already has columns {clashes}; pass prefix= to name the new ones apart")
    if nlp is None:
        from .pipeline import load

        nlp = load()

    values = df[column].tolist()
    usable = [i for i, value in enumerate(values) if isinstance(value, _TEXT_TYPES)]
    docs = nlp.pipe((values[i] for i in usable), batch_size=batch_size, n_process=n_process)
    rows = [None if isinstance(value, _TEXT_TYPES) else _unanalysed_row(value, column) for value in values]
    done = 0
    with _progress_bar(len(usable), progress) as bar:
        for doc in docs:
            if done == len(usable):
                raise BackendError(f"nlp.pipe returned more documents than the {len(usable)} texts")
            rows[usable[done]] = document_row(doc)
            done += 1
            bar.update()
    if done != len(usable):
        raise BackendError(f"nlp.pipe returned {done} documents for {len(usable)} texts")
    result = pd.DataFrame(rows, index=df.index, columns=list(RESULT_COLUMNS))
    result.columns = names
    return pd.concat([df, result], axis=1)


def document_row(doc: Document) -> dict[str, Any]:
    """The values of the new columns for one analysed Document.

    >>> from vnnews.document import Document, Entity
    >>> row = document_row(Document("Huế, Huế", entities=[Entity("PROVINCE", 0, 3, "Huế", "Huế"),
    ...                                                  Entity("PROVINCE", 5, 8, "Huế", "Huế")]))
    >>> row["entities_province"], row["topic"]
    (['Huế'], None)
    """
    topic = doc.topic
    row: dict[str, Any] = {
        "topic": topic.label if topic else None,
        "topic_score": topic.score if topic else None,
        "government_administration": topic.government_administration if topic else None,
        "government_score": topic.government_administration_score if topic else None,
        "errors": list(doc.errors),
    }
    for label in ENTITY_LABELS:
        row[f"entities_{label.lower()}"] = _distinct(e.name or e.text for e in doc.entities if e.label == label)
    return row


def _unanalysed_row(value: Any, column: str) -> dict[str, Any]:
    """The row of a value that was not analysed, with the reason in ``errors``."""
    row: dict[str, Any] = {name: [] if name.startswith("entities_") else None for name in RESULT_COLUMNS}
    if pd.api.types.is_scalar(value) and pd.isna(value):
        row["errors"] = [f"no text in column {column}"]
    else:
        row["errors"] = [f"not text in column {column}: {type(value).__name__}"]
    return row


def _progress_bar(total: int, progress: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="vnnews", unit="doc", disable=not progress)


def _distinct(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))


@pd.api.extensions.register_dataframe_accessor("vnnews")
class VnnewsAccessor:
    """``df.vnnews.analyze(column, ...)``: :func:`analyze_dataframe` as a DataFrame method.

    >>> import pandas as pd
    >>> hasattr(pd.DataFrame({"text": []}).vnnews, "analyze")
    True
    """

    def __init__(self, df: "pd.DataFrame") -> None:
        self._df = df

    def analyze(self, column: str = "text", **options: Any) -> "pd.DataFrame":
        """Same as ``analyze_dataframe(df, column, **options)``."""
        return analyze_dataframe(self._df, column, **options)
