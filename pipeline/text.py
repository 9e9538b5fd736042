"""Small character helpers shared by stages (scripts, digits)."""

from __future__ import annotations


def script_of(ch: str) -> str:
    """ISO 15924 code of one character: Deva, Beng, Latn, or Zyyy (common: digits, punctuation)."""
    o = ord(ch)
    if 0x0900 <= o <= 0x097F or 0xA8E0 <= o <= 0xA8FF:
        return "Deva"
    if 0x0980 <= o <= 0x09FF:
        return "Beng"
    if ch.isalpha() and (o < 0x0250 or 0x1E00 <= o <= 0x1EFF):
        return "Latn"
    if ch.isalpha():
        return "Other"
    return "Zyyy"
