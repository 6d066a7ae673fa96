"""Diacritic restoration: unaccented Vietnamese back to accented text.

``restore_diacritics`` decodes the most likely accented form of every Vietnamese
syllable with a Kneser-Ney trigram model over syllables (exact second-order Viterbi,
see :mod:`vnnews.restore.viterbi`). It keeps case, punctuation, spacing, numbers and
words it does not know; marks already written are kept and the rest filled in. One
character in gives one character out on NFC text, so offsets stay valid. Output uses
the new tone style ("hoà", "thuỷ").

>>> restore_diacritics("Thu tuong Chinh phu da ky quyet dinh.")
'Thủ tướng Chính phủ đã ký quyết định.'
"""

from __future__ import annotations

from ..errors import InputError
from ..normalize import convert_tone_style, remove_diacritics
from .lattice import build_lattice
from .model import load_model
from .tokens import tokenize
from .viterbi import best_forms

WIDTH = 16  # candidates per syllable looked at, most frequent first (tuned on held-out training articles)
KEEP = 3  # of those, kept for the trigram pass by their bigram neighbourhood
MARKED_SHARE = 0.5  # below this share of marked syllables a text needs restoration


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise InputError(f"expected str, got {type(text).__name__}")
    return text


def _cased(form: str, written: str) -> str:
    return "".join(c.upper() if w.isupper() else c for c, w in zip(form, written))


def restore_diacritics(text: str) -> str:
    """Return ``text`` with the diacritics of its Vietnamese syllables restored.

    Length-preserving on NFC text; idempotent; words the model does not know,
    numbers, punctuation and spacing are returned unchanged.

    >>> restore_diacritics("Ong NGUYEN Van A song o TP.HCM tu nam 2020")
    'Ông NGUYỄN Văn A sống ở TP.HCM từ năm 2020'
    >>> restore_diacritics("Hà Noi") == restore_diacritics(restore_diacritics("Hà Noi"))
    True
    """
    text = _check(text)
    if not text.strip():
        return text
    view = convert_tone_style(text, "new")
    if len(view) != len(text):
        view = text
    model = load_model()
    lattice = build_lattice(view, model, WIDTH)
    chosen = best_forms(lattice, model, KEEP)
    pieces = list(text)
    for position, token in enumerate(lattice.tokens, start=2):
        if lattice.restorable[position]:
            form = model.forms[chosen[position]]
            pieces[token.start : token.end] = _cased(form, text[token.start : token.end])
    return "".join(pieces)


def marked_share(text: str) -> float | None:
    """Share of the Vietnamese-looking syllables of ``text`` that carry a diacritic.

    A syllable looks Vietnamese when the model knows an accented form of it; None when
    the text has no such syllable.

    >>> marked_share("Hà Noi"), marked_share("1234 OK")
    (0.5, None)
    """
    candidates = load_model().candidates
    marked = total = 0
    for token in tokenize(_check(text)):
        if not token.is_word:
            continue
        key = remove_diacritics(token.model_form)
        if len(candidates.get(key, ())) > 1:
            total += 1
            marked += key != token.model_form
    return marked / total if total else None


def needs_restoration(text: str) -> bool:
    """True when ``text`` looks written without diacritics (few of its syllables carry marks).

    >>> needs_restoration("Thu tuong Chinh phu"), needs_restoration("Thủ tướng Chính phủ")
    (True, False)
    """
    share = marked_share(text)
    return share is not None and share < MARKED_SHARE
