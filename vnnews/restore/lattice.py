"""The candidate lattice: for every token of a text, the accented forms it may take.

A word is looked up by its unaccented lower-case key; the model's forms with that key
are its candidates, most frequent first, cut to ``width``. Marks already written
restrict the candidates to forms that carry them ("ngừơi" keeps only forms with "ừ"
and "ơ"). Numbers, punctuation and unknown words have one candidate: themselves.

>>> from vnnews.restore.model import load_model
>>> model = load_model()
>>> lattice = build_lattice("Hà Noi", model, width=4)
>>> [model.forms[i] for i in lattice.candidates[2]]
['hà']
>>> "nội" in [model.forms[i] for i in lattice.candidates[3]]
True
"""

from __future__ import annotations

import unicodedata
from itertools import chain
from dataclasses import dataclass, field

import numpy as np

from ..normalize import remove_diacritics
from .foreign import could_be_syllable, kept_as_written
from .model import TrigramModel
from . import names as name_rules
from .names import Names, preferred_forms
from .tokens import END, START, UNINFORMATIVE, Token, case_classes, tokenize


@dataclass
class Lattice:
    """Token ``i`` of the text is position ``i + 2``; ``<s> .`` come first and ``</s>`` last.

    A line is decoded as if it followed a full stop: the model was trained on whole
    articles, where most sentences start after one, so "Nhung" at the start of a line
    becomes "Nhưng" rather than "Những".
    """

    tokens: list[Token]
    candidates: list[tuple[int, ...]]
    restorable: list[bool]
    cases: list[int]
    bonus: dict[int, tuple[tuple[int, ...], float]] = field(default_factory=dict)  # position -> (ids, bonus)

    def as_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """Candidate ids padded to one width, shape (positions, width), and their mask.

        >>> from vnnews.restore.model import load_model
        >>> ids, valid = build_lattice("con", load_model(), width=3).as_arrays()
        >>> ids.shape, valid.sum(axis=1).tolist()
        ((4, 3), [1, 1, 3, 1])
        """
        lengths = np.fromiter(map(len, self.candidates), dtype=np.intp, count=len(self.candidates))
        valid = np.arange(lengths.max()) < lengths[:, None]
        ids = np.zeros(valid.shape, dtype=np.int64)
        ids[valid] = np.fromiter(chain.from_iterable(self.candidates), dtype=np.int64, count=int(lengths.sum()))
        return ids, valid  # (the mask is filled row by row: each row's candidates in order)


def marks_fit(written: str, form: str) -> bool:
    """True if ``form`` carries every mark already written in ``written`` (same letters).

    >>> marks_fit("nguoi", "người"), marks_fit("ngươi", "người"), marks_fit("ngùoi", "người")
    (True, True, False)
    """
    for have, want in zip(written, form):
        if have == want or remove_diacritics(have) == have:
            continue
        have_parts, want_parts = unicodedata.normalize("NFD", have), unicodedata.normalize("NFD", want)
        if have_parts[0] != want_parts[0] or not set(have_parts[1:]) <= set(want_parts[1:]):
            return False
    return True


def key(written: str) -> str:
    """The unaccented key of a lower-case word.

    >>> key("người"), key("nguoi")
    ('nguoi', 'nguoi')
    """
    return written if written.isascii() else remove_diacritics(written)


def named_ids(written: str, spellings: tuple[str, ...], model: TrigramModel) -> tuple[int, ...]:
    """Ids of the name ``spellings`` the model knows that fit the marks already written.

    >>> from vnnews.restore.model import load_model
    >>> model = load_model()
    >>> [model.forms[i] for i in named_ids("ninh", ("ninh", "nính"), model)]
    ['ninh']
    """
    ids = (model.id_of(form) for form in spellings if marks_fit(written, form))
    return tuple(i for i in ids if i != model.unknown)


def _word_candidates(token: Token, model: TrigramModel, width: int) -> tuple[int, ...] | None:
    """Candidate ids of a word token, or None when it must stay as written."""
    written = token.model_form
    unaccented = key(written)
    if not len(unaccented) == len(written) == len(token.text):
        return None
    if written == unaccented:
        forms = model.common_candidates.get(unaccented)
    else:
        forms = tuple(i for i in model.candidates.get(unaccented, ()) if marks_fit(written, model.forms[i]))
    if not forms:
        return None
    return forms[:width] or None


MIN_CAPITAL_WORDS = 3  # a line in capitals with fewer words that could be syllables is read as before


def in_capitals(text: str, tokens: list[Token]) -> bool:
    """True for a text written in capitals (every cased letter upper-case) with at least
    ``MIN_CAPITAL_WORDS`` words that could spell a Vietnamese syllable; ``tokens`` are its tokens.

    >>> [in_capitals(t, list(tokenize(t))) for t in ("O HA NOI", "UBND TP.HCM", "O Ha Noi", "HA NOI")]
    [True, False, False, False]
    """
    return text.isupper() and sum(t.is_word and could_be_syllable(t.text) for t in tokens) >= MIN_CAPITAL_WORDS


def build_lattice(text: str, model: TrigramModel, width: int, names: Names | None = None,
                  tokens: list[Token] | None = None, capitals: bool = False) -> Lattice:
    """The lattice of ``text`` with at most ``width`` candidates per word.

    Words that are no Vietnamese syllable (:mod:`.foreign`) keep one candidate, themselves;
    with ``names``, words inside a capitalised name also get its spellings as candidates,
    with the name's bonus (:mod:`.names`). ``tokens``, when given, must be
    ``list(tokenize(text))`` (a caller that has them already saves the second pass).
    ``capitals`` says the text is written in capitals (:func:`in_capitals`): no word's case
    tells anything then, and no name bonus is given (the whole line is one capitalised run).

    >>> from vnnews.restore.model import load_model
    >>> lattice = build_lattice("2 con", load_model(), width=3)
    >>> [len(c) for c in lattice.candidates], lattice.restorable
    ([1, 1, 1, 3, 1], [False, False, False, True, False])
    """
    tokens = list(tokenize(text)) if tokens is None else tokens
    cases = [UNINFORMATIVE] * (len(tokens) + 3) if capitals else [UNINFORMATIVE, UNINFORMATIVE] + case_classes(
        tokens) + [UNINFORMATIVE]
    start, end = model.id_of(START), model.id_of(END)
    candidates: list[tuple[int, ...]] = [(start,), (model.id_of("."),)]
    restorable = [False, False]
    kept = kept_as_written(tokens, text, model.knows_marked)
    preferred = preferred_forms(tokens, text, names) if names and not capitals else {}
    bonus = {}
    for i, token in enumerate(tokens, start=2):
        forms = _word_candidates(token, model, width) if token.is_word and i - 2 not in kept else None
        if forms and i - 2 in preferred:
            spellings, kind = preferred[i - 2]
            named = named_ids(token.model_form, spellings, model)
            if named:
                forms = named + tuple(f for f in forms if f not in named)
                bonus[i] = (named, name_rules.BONUS[kind])
        restorable.append(forms is not None)
        candidates.append(forms if forms is not None else (model.id_of(token.model_form),))
    candidates.append((end,))
    restorable.append(False)
    return Lattice(tokens, candidates, restorable, cases, bonus)
