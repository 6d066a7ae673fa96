"""The Pipeline: clean → normalise → (restore diacritics) → sentences → words → entities → topic.

``nlp = load()`` builds a Pipeline with every step on; ``nlp(text)`` returns a
:class:`~vnnews.document.Document` whose offsets point into the text the user passed
in; ``nlp.pipe(texts, n_process=2)`` analyses many texts, in input order. Steps are
switched with keyword arguments and the configuration is a plain, printable dict.
A step that fails on one article records the error on its Document; the other steps
and the other articles go on.

>>> nlp = Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False, entities=False, topic=False)
>>> nlp.steps
['clean']
>>> doc = nlp("Khai mạc hội nghị\\nHội nghị khai mạc sáng nay.\\nThu Thủy")
>>> doc.meta["title"], doc.meta["author"]
('Khai mạc hội nghị', 'Thu Thủy')
"""

from __future__ import annotations

import collections
import dataclasses
import gc
import os
import threading
from dataclasses import dataclass
from typing import Any, Iterable, Iterator

from .clean import Cleaned, clean
from .document import Document
from .errors import InputError, VnnewsError, check_count
from .parallel import batched, ordered_map
from .stacked_option import resolved, stacked_layer
from .steps import EntitiesStep, NormalizeStep, RestoreStep, SegmentStep, TopicStep, Work

__all__ = ["Pipeline", "PipelineConfig", "load"]

_TEXT_TYPES = (str, bytes, bytearray)  # what a Pipeline analyses
_WARM_UP = "Chủ tịch UBND tỉnh Thái Bình Nguyễn Văn An làm việc tại xã Bình Định."


@dataclass(frozen=True)
class PipelineConfig:
    """Every option of a Pipeline; see :class:`Pipeline` for what each one does.

    >>> PipelineConfig(topic=False).topic
    False
    """

    input_format: str = "auto"
    normalize: bool = True
    tone_style: str = "new"
    legacy: str = "auto"
    restore_diacritics: bool | str = "auto"
    sentences: bool = True
    words: bool = True
    backend: str = "underthesea"
    entities: bool = True
    stacked: bool | str | None = None
    topic: bool = True
    topic_model: Any = None
    include_boilerplate: bool = False
    max_length: int = 1_000_000

    def as_dict(self) -> dict[str, Any]:
        """The configuration as a plain dict (what ``print(nlp)`` shows); shallow, so a loaded
        ``topic_model`` stays the model (``dataclasses.asdict`` would copy it into a dict)."""
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}


class Pipeline:
    """Analyse Vietnamese news articles into Documents.

    Options (all keyword-only, all printable through :attr:`config`):

    - ``input_format``: ``auto`` (decode bytes, extract HTML, split scraped pages),
      ``text`` (take the text as it is), ``scraped`` or ``html``.
    - ``normalize``, ``tone_style`` (``new`` hoà / ``old`` hòa), ``legacy`` (``auto``,
      ``none``, ``tcvn3``, ``vni``, ``viqr``).
    - ``restore_diacritics``: ``"auto"`` (only text written without marks), True, False.
    - ``sentences``, ``words``, ``backend`` (``underthesea`` or ``pyvi``).
    - ``topic_model``: the topic step's model: None (the shipped VNTC model), a folder
      written by ``vnnews train topics -o DIR`` (loaded once per process and path, also in
      the workers of ``pipe(n_process=...)``) or a loaded model
      (:func:`vnnews.topics.load_topic_model`). A model without a government head leaves
      ``topic.government_administration`` None (not scored).
    - ``entities``, ``topic``; ``stacked`` (the entity step's stacked CRF: ``False``,
      ``"fast"``, ``True``/``"full"``; default :data:`vnnews.stacked_option.DEFAULT_STACKED` as it
      is when the Pipeline is made, which :attr:`config` then shows).
    - ``include_boilerplate``: also feed the site's boilerplate (related headlines...)
      to the steps; by default it is kept on the Document but not analysed.
    - ``max_length``: longer texts are refused (an error on the Document).

    >>> print(Pipeline(topic=False).config["topic"])
    False
    """

    def __init__(self, **options: Any) -> None:
        unknown = set(options) - {f.name for f in dataclasses.fields(PipelineConfig)}
        if unknown:
            raise InputError(f"unknown Pipeline option(s): {', '.join(sorted(unknown))}")
        if isinstance(options.get("topic_model"), os.PathLike):  # a printable, rebuildable config
            options["topic_model"] = os.fspath(options["topic_model"])
        options["stacked"] = resolved(options.get("stacked"))  # the default read now, not at import
        self._config = PipelineConfig(**options)
        c = self._config
        if c.input_format not in ("auto", "text", "scraped", "html"):
            raise InputError(f"input_format must be auto, text, scraped or html, not {c.input_format!r}")
        _check_switches(c)
        steps: list[Any] = []
        if c.normalize:
            steps.append(NormalizeStep(c.tone_style, c.legacy))
        if c.restore_diacritics:
            steps.append(RestoreStep(c.restore_diacritics))
        if c.sentences or c.words:
            steps.append(SegmentStep(c.backend, c.sentences, c.words))
        stacked_layer(c.stacked)  # InputError for an unknown value, before any work
        if c.entities:
            steps.append(EntitiesStep(c.stacked))
        if c.topic:
            steps.append(TopicStep(_topic_model_option(c.topic_model)))
        self._steps = tuple(steps)
        self._loaded = False
        self._load_lock = threading.Lock()  # several threads may make the first call at once

    @property
    def config(self) -> dict[str, Any]:
        """The configuration as a plain dict; ``Pipeline(**nlp.config)`` rebuilds the same Pipeline.

        >>> Pipeline(**Pipeline(words=False).config).config["words"]
        False
        """
        return self._config.as_dict()

    @property
    def steps(self) -> list[str]:
        """Names of the steps that run, in order.

        >>> Pipeline(entities=False, topic=False, restore_diacritics=False).steps
        ['clean', 'normalize', 'segment']
        """
        return ["clean"] + [step.name for step in self._steps]

    def __repr__(self) -> str:
        options = ", ".join(f"{k}={v!r}" for k, v in self.config.items())
        return f"Pipeline({options})"

    def __reduce__(self) -> tuple:
        """Pickle as the configuration: the copy loads its own models on first use.

        A Pipeline holds a lock and loaded modules, so ``pickle`` (joblib, a process pool, a
        Spark or Ray task) and ``copy.deepcopy`` failed with "cannot pickle ...".

        >>> import pickle
        >>> pickle.loads(pickle.dumps(Pipeline(topic=False))).config["topic"]
        False
        """
        return (_from_config, (self.config,))

    def load(self) -> "Pipeline":
        """Load every step's component and model now (a short warm-up text runs through
        each step, unguarded); raise the component's error if one is missing or broken.

        >>> Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False,
        ...          entities=False, topic=False).load().steps
        ['clean']
        """
        with self._load_lock:
            if not self._loaded:
                warm_up = Work.start(Document(_WARM_UP), len(_WARM_UP))
                for step in self._steps:
                    step.load()
                    step(warm_up)
                self._loaded = True
        return self

    def __call__(self, text: str | bytes) -> Document:
        """Analyse one article (text, bytes or HTML) into a Document.

        Raises :class:`~vnnews.errors.InputError` for input that is not text or bytes,
        cannot be decoded or is longer than ``max_length``; a step that fails records
        its error in ``doc.errors`` and the Document is still returned.

        >>> Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False,
        ...          entities=False, topic=False)(b"\\xff\\xfeH\\x00i\\x00").text
        'Hi'
        """
        cleaned = self._clean(text)
        doc = Document(text=cleaned.text, meta=cleaned.meta, boilerplate=cleaned.boilerplate)
        if not self._loaded:
            self.load()
        # the site's header, menus and share bars are blanked out (same length: offsets hold)
        work = Work.start(doc, len(doc.text)) if self._config.include_boilerplate else Work(doc, cleaned.analysed_text())
        doc.normalized = work.norm_text
        for step in self._steps:
            try:
                step(work)
            except Exception as exc:  # guarded: one failing step must not lose the article
                doc.errors.append(f"{step.name}: {type(exc).__name__}: {exc}")
        return doc

    def _clean(self, text: Any) -> Cleaned:
        if not isinstance(text, _TEXT_TYPES):
            raise InputError(f"expected text or bytes, got {type(text).__name__}")
        if len(text) > self._config.max_length:
            raise InputError(
                f"text of {len(text):,} characters is longer than max_length={self._config.max_length:,} "
                "(raise it with Pipeline(max_length=...) or vnnews analyze/batch --max-length)"
            )
        return clean(text, self._config.input_format)

    def analyse_safely(self, text: Any) -> Document:
        """Like calling the Pipeline, but bad input gives a Document with the error instead of raising.

        >>> Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False,
        ...          entities=False, topic=False).analyse_safely(None).errors
        ['input: expected text or bytes, got NoneType']
        """
        try:
            return self(text)
        except VnnewsError as exc:
            return Document(text="", errors=[f"input: {exc}"])
        except Exception as exc:  # a bug or a dependency failing in cleaning: still one Document
            return Document(text="", errors=[f"clean: {type(exc).__name__}: {exc}"])

    def pipe(self, texts: Iterable[Any], batch_size: int = 32, n_process: int = 1) -> Iterator[Document]:
        """Analyse many texts; Documents come out in input order, one per text.

        ``n_process > 1`` runs that many worker processes, each with its own copy of this
        Pipeline (same configuration). Bad inputs give Documents with an error. Bad
        arguments (a single string instead of texts, ``n_process`` or ``batch_size``
        below 1) raise :class:`~vnnews.errors.InputError` here, before any work; an
        error raised by ``texts`` itself while it is read is the caller's and goes
        through, after the Documents of the texts before it. A worker process killed by the
        system (out of memory) raises :class:`~vnnews.errors.BackendError`, not a hang.

        >>> nlp = Pipeline(normalize=False, restore_diacritics=False, sentences=False, words=False,
        ...                entities=False, topic=False)
        >>> [d.text for d in nlp.pipe(["một", "hai", "ba"])]
        ['một', 'hai', 'ba']
        >>> nlp.pipe("một")
        Traceback (most recent call last):
        ...
        vnnews.errors.InputError: pipe() needs an iterable of texts, not a single str (wrap it in a list)
        """
        if isinstance(texts, (str, bytes, bytearray)) or not isinstance(texts, Iterable):
            what = f"a single {type(texts).__name__} (wrap it in a list)" if texts is not None else "None"
            raise InputError(f"pipe() needs an iterable of texts, not {what}")
        check_count("n_process", n_process)
        check_count("batch_size", batch_size)
        if n_process == 1:
            return (self.analyse_safely(text) for text in texts)
        return self._pipe_in_workers(texts, batch_size, n_process)

    def _pipe_in_workers(self, texts: Iterable[Any], batch_size: int, n_process: int) -> Iterator[Document]:
        # Only text goes to the workers: anything else (a lock, a generator) may not pickle
        # and would stop every batch; its error Document is made here, in order.
        sent: collections.deque = collections.deque()

        def texts_to_send() -> Iterator[list[Any]]:
            for batch in batched(texts, batch_size):
                sent.append(batch)
                yield [text if isinstance(text, _TEXT_TYPES) else None for text in batch]

        for docs in ordered_map(
            _analyse_batch, texts_to_send(), n_process=n_process, initializer=start_worker, initargs=(self.config,)
        ):
            batch = sent.popleft()
            yield from (doc if isinstance(text, _TEXT_TYPES) else self.analyse_safely(text) for text, doc in zip(batch, docs))


def _from_config(config: dict[str, Any]) -> Pipeline:
    return Pipeline(**config)


def _topic_model_option(topic_model: Any) -> Any:
    """``topic_model`` checked before any work: InputError for a value of the wrong type,
    ModelError for a folder that does not exist or has no ``model.json``.

    >>> Pipeline(topic_model="no/such/folder")
    Traceback (most recent call last):
    ...
    vnnews.errors.ModelError: topic model folder 'no/such/folder' does not exist
    """
    if topic_model is not None:
        from .topics.user_models import check_topic_model_option

        check_topic_model_option(topic_model)
    return topic_model


def _check_switches(config: PipelineConfig) -> None:
    """InputError for a step switch that is not True/False (``entities="no"`` switched the
    step on) and a ``max_length`` that is no positive integer (``"x"`` failed at the first text).

    >>> Pipeline(entities="no")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: entities must be True or False, not 'no'
    """
    for name in ("normalize", "sentences", "words", "entities", "topic", "include_boilerplate"):
        value = getattr(config, name)
        if isinstance(value, str) or value not in (True, False):
            raise InputError(f"{name} must be True or False, not {value!r}")
    if not isinstance(config.max_length, int) or isinstance(config.max_length, bool) or config.max_length < 1:
        raise InputError(f"max_length must be a positive integer, not {config.max_length!r}")
    _check_choices(config)


def _check_choices(config: PipelineConfig) -> None:
    """InputError for a tone style, legacy font or segmentation backend that does not exist;
    taken, they failed at the first text (in every worker of ``pipe(n_process=2)``).

    >>> Pipeline(legacy="tcvn")
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: legacy must be one of ('auto', 'none', 'tcvn3', 'vni', 'viqr', 'cp1258'), not 'tcvn'
    """
    from .normalize.legacy import LEGACY_CHOICES
    from .normalize.tones import check_style
    from .segment.backends import BACKENDS, resolve_backend

    check_style(config.tone_style)
    if config.legacy is not None and config.legacy not in LEGACY_CHOICES:
        raise InputError(f"legacy must be one of {LEGACY_CHOICES}, not {config.legacy!r}")
    if not (isinstance(config.backend, str) and config.backend in BACKENDS):
        resolve_backend(config.backend)  # InputError naming the backends, or a user's backend object


def load(**options: Any) -> Pipeline:
    """A Pipeline with every component loaded (options as for :class:`Pipeline`).

    >>> load(normalize=False, restore_diacritics=False, sentences=False, words=False,
    ...      entities=False, topic=False).steps
    ['clean']
    """
    return Pipeline(**options).load()


# --- worker processes (spawn): one Pipeline per process ------------------------------

_WORKER: dict[str, Any] = {}


def start_worker(config: dict[str, Any]) -> None:
    """Pool initializer: build and load this worker process's Pipeline.

    A failure is kept and raised by :func:`worker_pipeline` on the first batch (an
    initializer that raises would make the pool restart workers forever). It freezes the
    process's heap for good (:func:`gc.freeze`), so call it only in a pool's worker processes.
    """
    try:
        _WORKER["pipeline"] = Pipeline(**config).load()
    except Exception as exc:
        _WORKER["error"] = exc
        return
    gc.freeze()  # a worker only runs batches: its loaded models need no collector passes (vnnews.heap)


def worker_pipeline() -> Pipeline:
    """This worker process's Pipeline (see :func:`start_worker`)."""
    if "error" in _WORKER:
        raise _WORKER["error"]
    return _WORKER["pipeline"]


def _analyse_batch(texts: list[Any]) -> list[Document]:
    nlp = worker_pipeline()
    return [nlp.analyse_safely(text) for text in texts]
