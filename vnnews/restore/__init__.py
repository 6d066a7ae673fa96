"""Diacritic restoration: unaccented Vietnamese back to accented text.

``restore_diacritics`` decodes the most likely accented form of every Vietnamese
syllable with a modified Kneser-Ney 4-gram model over syllables (exact third-order
Viterbi, see :mod:`vnnews.restore.viterbi`). It keeps case, punctuation, spacing, numbers and
words it does not know; marks already written are kept and the rest filled in. One
character in gives one character out on NFC text, so offsets stay valid. Output uses
the new tone style ("hoà", "thuỷ").

>>> restore_diacritics("Thu tuong Chinh phu da ky quyet dinh.")
'Thủ tướng Chính phủ đã ký quyết định.'
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import check_text
from ..normalize import convert_tone_style
from .lattice import build_lattice, in_capitals, key as _key
from .model import TrigramModel, load_model
from .names import Names, load_names
from .tokens import Token, tokenize
from .viterbi import best_forms

WIDTH = 16  # candidates per syllable looked at, most frequent first (tuned on held-out training articles)
KEEP = 5  # of those, kept for the Viterbi pass by their bigram neighbourhood (see viterbi.MARGIN)
KEEP_TRIGRAM = 4  # the same for a trigram model (format 1), as it was tuned
MARKED_SHARE = 0.5  # a line with more than this share of marked syllables is taken as accented


def _cased(form: str, written: str) -> str:
    if written.islower() and len(form) == len(written):  # no upper-case letter to copy (the common case)
        return form
    return "".join(c.upper() if w.isupper() else c for c, w in zip(form, written))


def _marked_share(tokens: Iterable[Token], candidates: dict[str, tuple[int, ...]]) -> float | None:
    marked = total = 0
    for token in tokens:
        if token.is_word:
            key = _key(token.model_form)
            if len(candidates.get(key, ())) > 1:
                total += 1
                marked += key != token.model_form
    return marked / total if total else None


def _restore_line(line: str, model: TrigramModel, names: Names | None) -> str:
    view = line if line.isascii() else convert_tone_style(line, "new")
    if len(view) != len(line):  # not NFC: decode the text as written
        view = line
    tokens = list(tokenize(view))
    share = _marked_share(tokens, model.candidates)  # accented lines cost no lattice
    if share is None or share > MARKED_SHARE:
        return line
    lattice = build_lattice(view, model, WIDTH, names, tokens, in_capitals(view, tokens))
    chosen = best_forms(lattice, model, KEEP_TRIGRAM if model.fourgrams is None else KEEP)
    pieces = list(line)
    for position, token in enumerate(lattice.tokens, start=2):
        if lattice.restorable[position]:
            written = line[token.start : token.end]
            restored = _cased(model.forms[chosen[position]], written)
            same_letters = _key(restored).lower() == _key(written).lower()  # remove_diacritics, ASCII passed as is
            if len(restored) == len(written) and same_letters:
                pieces[token.start : token.end] = restored
    return "".join(pieces)


def restore_diacritics(text: str) -> str:
    """Return ``text`` with the diacritics of its Vietnamese syllables restored.

    Each line is handled on its own. A line where more than half the syllables that
    could carry marks already do is taken as accented and returned unchanged; in any
    other line, marks already written are kept and the rest filled in. Length-preserving
    on NFC text; words the model does not know, numbers, punctuation and spacing are
    returned unchanged. In a line written in capitals (three words or more) no word's
    case counts as evidence and no name bonus runs (:func:`.lattice.in_capitals`).

    >>> restore_diacritics("Ong NGUYEN Van A song o TP.HCM tu nam 2020")
    'Ông NGUYỄN Văn A sống ở TP.HCM từ năm 2020'
    >>> restore_diacritics("KHO SONG LAM ANH A.")
    'KHÓ SỐNG LẮM ANH Ạ.'
    >>> restore_diacritics("Hà Noi")
    'Hà Nội'
    >>> restore_diacritics("Con trai anh đã về nhà.")  # accented already: unchanged
    'Con trai anh đã về nhà.'
    """
    model, names = load_model(), load_names()
    return "".join(_restore_line(line, model, names) for line in check_text(text).splitlines(keepends=True))


def marked_share(text: str) -> float | None:
    """Share of the Vietnamese-looking syllables of ``text`` that carry a diacritic.

    A syllable looks Vietnamese when the model knows more than one accented form of it;
    None when the text has no such syllable.

    >>> marked_share("Hà Noi"), marked_share("1234 OK")
    (0.5, None)
    """
    return _marked_share(tokenize(check_text(text)), load_model().candidates)


def needs_restoration(text: str) -> bool:
    """True when ``text`` looks written without diacritics (few of its syllables carry marks).

    >>> needs_restoration("Thu tuong Chinh phu"), needs_restoration("Thủ tướng Chính phủ")
    (True, False)
    """
    share = marked_share(text)
    return share is not None and share <= MARKED_SHARE
