"""Vietnamese text normalisation that keeps the way back to the original text.

``normalize`` repairs UTF-8 read as Windows-1252 ("Viá»‡t", :mod:`.mojibake`), decodes HTML character references ("&amp;"), legacy encodings (TCVN3, VNI, VIQR) when it detects them,
composes Unicode (NFC; a PDF's dotless "ı" with a tone mark is an "i", :mod:`.marks`), drops invisible characters, replaces look-alike letters and
puts every tone mark where the chosen style wants it ("new": hoà, thuỷ; "old": hòa,
thủy), repairing misplaced and doubled marks. URLs, e-mail addresses, numbers and
non-Vietnamese words are left alone. ``normalize_with_map`` also returns the map
from normalised offsets back to the original.

>>> normalize("Thuỷ điện Hòa Bình, baỏ dàì")
'Thuỷ điện Hoà Bình, bảo dài'
>>> normalize("Thuỷ điện Hoà Bình", tone_style="old")
'Thủy điện Hòa Bình'
>>> remove_diacritics("Đồng bằng sông Cửu Long")
'Dong bang song Cuu Long'
"""

from __future__ import annotations

import sys
import types

from ..errors import InputError, check_text
from .charrefs import unescape_with_map
from .confusables import fix_confusables, fix_script_confusables
from .detect import detect_encoding
from .fold import remove_diacritics
from .legacy import LEGACY_CHOICES, decode, decode_legacy, encode
from .marks import fix_marks
from .mixed import decode_detected
from .mojibake import fix_mojibake_with_map
from .offsets import CharMap, Normalized, chain
from .protect import outside_protected
from .spelling import qui_to_quy
from .tones import check_style, convert_tone_style
from .unicode import drop_invisible, nfc_with_map, unify_spaces

__all__ = [
    "Normalized",
    "normalize",
    "normalize_with_map",
    "convert_tone_style",
    "remove_diacritics",
    "detect_encoding",
    "decode",
    "decode_legacy",
    "encode",
    "fix_confusables",
]


def normalize_with_map(
    text: str, tone_style: str = "new", legacy: str | None = "auto", qui_to_quy: bool = False
) -> Normalized:
    """Normalise ``text`` and keep, for each output character, where it came from.

    ``legacy`` is "auto" (decode TCVN3/VNI/VIQR only when detected: in the whole text, or
    line by line in Unicode text that carries legacy lines, :mod:`.mixed`), one of
    "tcvn3", "vni", "viqr" (force), or "none"/None (never decode). ``qui_to_quy`` also
    spells the syllable "qui" as "quy" (off by default: see :mod:`.spelling`). ``steps``
    names the fixes that changed something, in the order they ran.

    >>> n = normalize_with_map("Ðà Nẵng  ho\\u0300a")
    >>> n.text, n.offsets[-4:], n.span_to_original(9, 12), n.steps
    ('Đà Nẵng  hoà', [9, 10, 12, 13], (9, 13), ('nfc', 'confusables', 'tones'))
    """
    steps: list[str] = []
    result, char_map = _normalize(text, tone_style, legacy, qui_to_quy, steps)
    return Normalized.build(result, text, char_map, tuple(steps))


def normalize(text: str, tone_style: str = "new", legacy: str | None = "auto", qui_to_quy: bool = False) -> str:
    """Normalise Vietnamese ``text`` (see :func:`normalize_with_map`); returns the text only.

    >>> normalize("Quốc hội Việt Nam: Nghịêm, lựơng, qúy, thuỷ", tone_style="old")
    'Quốc hội Việt Nam: Nghiệm, lượng, quý, thủy'
    >>> normalize("qui định, quĩ"), normalize("qui định, quĩ", qui_to_quy=True)
    ('qui định, quĩ', 'quy định, quỹ')
    """
    return _normalize(text, tone_style, legacy, qui_to_quy, [])[0]


def _normalize(
    text: str, tone_style: str, legacy: str | None, quy: bool, steps: list[str]
) -> tuple[str, CharMap | None]:
    """The normalised text and its map (None: same length); appends to ``steps``."""
    check_text(text, who="normalize")
    check_style(tone_style)
    legacy = "none" if legacy is None else legacy
    if legacy not in LEGACY_CHOICES:
        raise InputError(f"legacy must be one of {LEGACY_CHOICES}, not {legacy!r}")
    result, char_map = text, None
    line_encodings: tuple[str, ...] = ()

    def decode_step(t: str):  # detected on the text the steps before it give (mojibake repaired)
        nonlocal legacy, line_encodings
        if legacy != "auto":
            return decode_legacy(t, legacy)
        legacy = "lines"
        decoded, char_map, line_encodings = decode_detected(t)
        return decoded, char_map

    mapped_steps = [("mojibake", fix_mojibake_with_map), ("html", unescape_with_map), ("nfc", nfc_with_map)]
    mapped_steps += [("marks", fix_marks)]  # a PDF's dotless i with a tone mark
    # Cyrillic and Greek look-alikes go before legacy detection, which must judge the
    # letters the output has ("ViÖt" with a Greek "Ι" is TCVN3 only once the Ι is an I);
    # all look-alikes after it (Ð is also a TCVN3 code)
    mapped_steps += [("confusables", _confusables_step), ("legacy", decode_step)]
    for name, step in mapped_steps + [("invisible", drop_invisible), ("spaces", unify_spaces)]:
        before = result
        result, step_map = step(result)
        char_map = chain(char_map, step_map)
        if result is not before and result != before and name not in steps:
            if name == "legacy":
                steps.extend(f"legacy:{e}" for e in (line_encodings if legacy == "lines" else [legacy]))
            else:
                steps.append(name)
    fixes = [("confusables", fix_confusables), ("tones", lambda t: convert_tone_style(t, tone_style))]
    fixes = ([] if result.isascii() else fixes) + ([("qui-to-quy", qui_to_quy)] if quy else [])
    for name, fix in fixes:
        before = result
        result = outside_protected(result, fix)
        if result != before and name not in steps:
            steps.append(name)
    return result, char_map


def _confusables_step(text: str) -> tuple[str, CharMap | None]:
    """Cyrillic and Greek look-alikes replaced outside URLs and e-mail addresses, composed again where a
    replaced letter takes the combining mark after it (Cyrillic "а" + U+0302 → "â")."""
    if text.isascii() or fix_script_confusables(text) is text:  # the fast check: none in the text
        return text, None
    fixed = outside_protected(text, fix_script_confusables)
    return (text, None) if fixed == text else nfc_with_map(fixed)


class _CallableModule(types.ModuleType):
    """``vnnews.normalize`` is both this package and the function ``normalize``: once
    the package is imported, Python binds the name on ``vnnews`` to the package, so
    calling the package calls the function (the documented module ``__class__`` hook)."""

    def __call__(self, text: str, tone_style: str = "new", legacy: str | None = "auto", qui_to_quy: bool = False) -> str:
        return normalize(text, tone_style, legacy, qui_to_quy)


sys.modules[__name__].__class__ = _CallableModule
