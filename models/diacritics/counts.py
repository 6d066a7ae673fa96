"""Read VNTC articles into one integer-coded token stream; count its n-grams and cases.

Used by ``build.py``. Every article is NFC-normalised, moved to the new tone style
("hoà"), tokenised with :func:`vnnews.restore.tokens.model_forms` and padded as
``<s> <s> tokens… </s>``; trigram keys pack three 21-bit token ids into one int64.
"""

from __future__ import annotations

import gzip
import json
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from vnnews.normalize import convert_tone_style
from vnnews.restore.tokens import END, LOWER, START, TITLE, UNKNOWN, case_classes, tokenize

BITS = 21
MASK = (1 << BITS) - 1
SPECIALS = (START, END, UNKNOWN)


def read_articles(path: Path, holdout: int) -> tuple[Iterator[str], Iterator[str]]:
    """Split the articles of a VNTC ``.jsonl.gz`` file into (train, held-out) texts.

    Every ``holdout``-th article (by line number) is held out; ``holdout=0`` keeps all.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "a.jsonl.gz"
    >>> with gzip.open(path, "wt") as f:
    ...     _ = f.write("".join(json.dumps({"text": str(i)}) + chr(10) for i in range(4)))
    >>> [list(part) for part in read_articles(path, holdout=2)]
    [['1', '3'], ['0', '2']]
    """
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in lines]
    if holdout <= 0:
        return iter(texts), iter(())
    train = (t for i, t in enumerate(texts) if i % holdout)
    held = (t for i, t in enumerate(texts) if not i % holdout)
    return train, held


def prepare(text: str) -> str:
    """NFC text in the new tone style, the form the model is trained on.

    >>> prepare("Hòa Bình, thủy điện")
    'Hoà Bình, thuỷ điện'
    """
    return convert_tone_style(text, "new")


def encode(texts: Iterable[str], reverse: bool = False) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Integer-code a padded token stream; ids in first-seen order, specials first.

    Also returns each token's case class (:func:`vnnews.restore.tokens.case_classes`).
    With ``reverse`` each text's tokens are taken last to first (for a right-to-left model).

    >>> stream, cases, forms = encode(["Ông Ba về"])
    >>> stream.tolist(), cases.tolist(), forms[3:]
    ([0, 0, 3, 4, 5, 1], [0, 0, 0, 2, 1, 0], ['ông', 'ba', 'về'])
    >>> stream, cases, forms = encode(["Ông Ba về"], reverse=True)
    >>> cases.tolist(), forms[3:]
    ([0, 0, 1, 2, 0, 0], ['về', 'ba', 'ông'])
    """
    ids: dict[str, int] = {form: i for i, form in enumerate(SPECIALS)}
    stream, cases = array("i"), array("b")
    start, end = ids[START], ids[END]
    for text in texts:
        tokens = list(tokenize(prepare(text)))
        classes = case_classes(tokens)
        if reverse:
            tokens.reverse()
            classes.reverse()
        stream.extend((start, start))
        stream.extend(ids.setdefault(token.model_form, len(ids)) for token in tokens)
        stream.append(end)
        cases.extend((0, 0))
        cases.extend(classes)
        cases.append(0)
    return (np.frombuffer(stream, dtype=np.int32).astype(np.int64),
            np.frombuffer(cases, dtype=np.int8), list(ids))


def case_log_probs(stream: np.ndarray, cases: np.ndarray, vocab_size: int) -> np.ndarray:
    """``log P(case | token)`` for the three case classes, shape (3, vocabulary).

    Row ``UNINFORMATIVE`` is zero; the other two are estimated where the case tells
    something (after a word or comma), with half a count added to each.

    >>> log_case = case_log_probs(np.array([3, 3, 3]), np.array([LOWER, LOWER, TITLE]), 4)
    >>> np.exp(log_case[:, 3]).round(3).tolist()
    [1.0, 0.625, 0.375]
    """
    lower = np.bincount(stream[cases == LOWER], minlength=vocab_size) + 0.5
    title = np.bincount(stream[cases == TITLE], minlength=vocab_size) + 0.5
    out = np.zeros((3, vocab_size), dtype=np.float32)
    out[LOWER] = np.log(lower / (lower + title))
    out[TITLE] = np.log(title / (lower + title))
    return out


def prune_vocabulary(stream: np.ndarray, forms: list[str], min_count: int) -> tuple[np.ndarray, list[str]]:
    """Map tokens seen fewer than ``min_count`` times to ``<unk>``; ids by falling frequency.

    >>> stream, forms = prune_vocabulary(np.array([0, 0, 3, 4, 4, 1]), ["<s>", "</s>", "<unk>", "a", "b"], 2)
    >>> stream.tolist(), forms
    ([0, 0, 2, 3, 3, 1], ['<s>', '</s>', '<unk>', 'b'])
    """
    counts = np.bincount(stream, minlength=len(forms))
    keep = counts >= min_count
    keep[: len(SPECIALS)] = True
    kept = np.flatnonzero(keep)
    order = kept[np.argsort(-counts[kept], kind="stable")]
    specials = np.arange(len(SPECIALS))
    order = np.concatenate([specials, order[~np.isin(order, specials)]])
    remap = np.full(len(forms), SPECIALS.index(UNKNOWN), dtype=np.int64)
    remap[order] = np.arange(len(order))
    if len(order) > MASK:
        raise ValueError(f"vocabulary of {len(order)} does not fit {BITS}-bit ids; raise min_count")
    return remap[stream], [forms[i] for i in order]


def trigram_counts(stream: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique trigram keys ``u<<42 | v<<21 | w`` and their counts (w is never ``<s>``).

    >>> keys, counts = trigram_counts(np.array([0, 0, 3, 1, 0, 0, 3, 1]))
    >>> [(k >> 42, (k >> 21) & MASK, k & MASK) for k in keys.tolist()], counts.tolist()
    ([(0, 0, 3), (0, 3, 1)], [2, 2])
    """
    start = SPECIALS.index(START)
    w = stream[2:]
    keep = w != start
    keys = (stream[:-2][keep] << (2 * BITS)) | (stream[1:-1][keep] << BITS) | w[keep]
    return np.unique(keys, return_counts=True)
