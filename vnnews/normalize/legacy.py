"""Legacy Vietnamese encodings (TCVN3, VNI, VIQR): decoding and detection."""

from __future__ import annotations

from .offsets import CharMap

LEGACY_ENCODINGS = ("tcvn3", "vni", "viqr")
LEGACY_CHOICES = ("auto", "none") + LEGACY_ENCODINGS


def detect_encoding(text: str) -> str:
    return "none"


def decode_legacy(text: str, encoding: str) -> tuple[str, CharMap | None]:
    return text, None
