"""Score a word segmentation against gold words (CoNLL-U), as the benchmark does.

A word is compared as the span of non-space characters it covers, so differences in
spacing or in how punctuation is split off cannot skew the match. Precision, recall
and F1 are over those spans.

>>> gold = [["Thủy điện", "Hòa Bình"]]
>>> predicted = [["Thủy điện", "Hòa", "Bình"]]
>>> [round(x, 3) for x in span_prf(gold, predicted)]
[0.333, 0.5, 0.4]
"""

from __future__ import annotations

from itertools import accumulate
from pathlib import Path
from typing import Iterable


def read_conllu(path: str | Path) -> list[tuple[str, list[str]]]:
    r"""``(text, gold words)`` for each sentence of a CoNLL-U file.

    The text is the ``# text`` comment; words are the FORM column of integer-id rows
    (multi-word ranges and empty nodes are skipped).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.conllu"
    >>> _ = path.write_text("# text = Hà Nội mưa\n1\tHà Nội\t_\n2\tmưa\t_\n\n", encoding="utf-8")
    >>> read_conllu(path)
    [('Hà Nội mưa', ['Hà Nội', 'mưa'])]
    """
    sentences: list[tuple[str, list[str]]] = []
    text, words = None, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# text"):
            text = line.partition("=")[2].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
        elif not line and text is not None:
            sentences.append((text, words))
            text, words = None, []
    if text is not None:
        sentences.append((text, words))
    return sentences


def word_spans_without_spaces(words: Iterable[str], joiner: str = " ") -> set[tuple[int, int]]:
    """Spans of ``words`` over their non-space characters (``joiner`` is not counted).

    >>> sorted(word_spans_without_spaces(["Hà Nội", "mưa"]))
    [(0, 5), (5, 8)]
    """
    lengths = [len("".join(w.split())) - (w.count(joiner) if joiner.strip() else 0) for w in words]
    ends = list(accumulate(lengths))
    return {(end - n, end) for n, end in zip(lengths, ends) if n}


def span_prf(
    gold: Iterable[list[str]], predicted: Iterable[list[str]], joiner: str = " "
) -> tuple[float, float, float]:
    """Precision, recall and F1 of predicted words against gold words, sentence by sentence.

    >>> span_prf([["Hà Nội"]], [["Hà_Nội"]], joiner="_")
    (1.0, 1.0, 1.0)
    """
    tp = n_pred = n_gold = 0
    for gold_words, predicted_words in zip(gold, predicted):
        gold_spans = word_spans_without_spaces(gold_words)
        predicted_spans = word_spans_without_spaces(predicted_words, joiner)
        tp += len(gold_spans & predicted_spans)
        n_pred += len(predicted_spans)
        n_gold += len(gold_spans)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1
